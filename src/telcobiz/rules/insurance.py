"""The catalogue's INS rules: 個人情報漏洩保険, 説明資料 Ver 1.2.0 §3.5.1 (カ) (INS-1..INS-3).

>>> [rule.id for rule in RULES]
['INS-1', 'INS-2', 'INS-3']
"""

from __future__ import annotations

from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = ["RULES"]

_INS = Service.INSURANCE
_SECTION = "§3.5.1 (カ) 個人情報漏洩保険"
_TERMS = "telcobiz.policy.insurance.INSURANCE_TERMS.entries[-1].value"
_IMPLEMENTED_BY = ("telcobiz.policy.insurance.assess", "telcobiz.policy.insurance.assess_year")


def _cite(row: str, rule: str) -> Citation:
    return Citation(BOS_DMP_GUIDE, _SECTION, row=row, rule=rule)


RULES: tuple[Rule, ...] = (
    Rule(
        "INS-1",
        _INS,
        "① Legal liability from a leak",
        "① 法律上の損害賠償責任",
        "Legal liability from a leak, or the risk of one, caused by the loss or theft of a phone "
        "is covered at 100% up to 5,000,000 yen per phone per year, the mental-damage part at "
        "most 300,000 yen per personal-information record.",
        (_cite("①", "INS-1"),),
        "The table gives the record limit without saying how it combines with the deductible. "
        "telcobiz caps ①, after the deductible, at the other liability plus, for each record, the "
        "smaller of its mental damage and 300,000 yen: one record of 350,000 yen alone is paid "
        "250,000 (350,000 less the 100,000 deductible, under its cap).",
        values=(
            RuleValue("coverage ratio", f"{_TERMS}.liability_ratio"),
            RuleValue("limit per phone per year", f"{_TERMS}.liability_phone_limit"),
            RuleValue("mental damage per record", f"{_TERMS}.mental_record_limit"),
        ),
        implemented_by=_IMPLEMENTED_BY,
    ),
    Rule(
        "INS-2",
        _INS,
        "② Response costs",
        "② 事故対応費用",
        "A press conference, apology gifts within social norms and outside consultants for a ① "
        "event are covered at 90% up to 500,000 yen per phone per year.",
        (_cite("②", "INS-2"),),
        "The guide gives the ratio, not the rounding: telcobiz pays ② net of its part of the "
        "deductible at 90% and floors the result to whole yen, so it never pays more than the "
        "ratio allows.",
        values=(
            RuleValue("coverage ratio", f"{_TERMS}.response_ratio"),
            RuleValue("limit per phone per year", f"{_TERMS}.response_phone_limit"),
        ),
        implemented_by=_IMPLEMENTED_BY,
    ),
    Rule(
        "INS-3",
        _INS,
        "Who is insured, the deductible and the limit per contract",
        "被保険者・免責金額・てん補限度額",
        "Corporations that hold the DMP contract (位置情報等提供契約) are insured without any "
        "procedure; each accident bears a 100,000 yen deductible, and ① and ② together are paid "
        "at most 5,000,000 yen per contract per year.",
        (
            _cite("被保険者（位置情報等提供契約の契約者である法人に限る）", "INS-3"),
            _cite("免責金額（自己負担額）1事故につき10万円", "INS-3"),
            _cite("てん補限度額 1の位置情報等提供契約につき", "INS-3"),
            _cite("<株式会社損害保険ジャパン監修>", "INS-3"),
        ),
        "The deductible and the contract limit are merged cells over ① and ②, and the guide gives "
        "no order of application. telcobiz applies the usual formula, (loss − deductible) × "
        "ratio, then the limits, in this order per accident: the deductible once, from ① first; ② "
        "at 90%, floored; the record limit of ①; the per-phone limits less what earlier accidents "
        "on the phone were paid that year; the contract limit less what earlier accidents were "
        "paid, cutting ② first. Paid plus self-borne equals the claim. A year's accidents are "
        "assessed in date order (same-day ones in the given order). The per-phone ① limit equals "
        "the contract limit and so never binds first; it stays as data. The insurance year is not "
        "defined: it is a parameter, by default the Japanese fiscal year from April 1. A mid-year "
        "change of terms has no rule yet: the published terms have one row, and the terms are an "
        "effective-dated table because the insurance may change or end without notice.",
        values=(
            RuleValue("insured", f"{_TERMS}.insured_holders"),
            RuleValue("deductible per accident", f"{_TERMS}.deductible"),
            RuleValue("limit per contract per year", f"{_TERMS}.contract_limit"),
            RuleValue(
                "insurance year starts (month, day)",
                "telcobiz.policy.insurance.accident.FISCAL_YEAR_START",
            ),
            RuleValue("terms in force from", "telcobiz.policy.insurance.TERMS_PUBLISHED_FROM"),
        ),
        implemented_by=(*_IMPLEMENTED_BY, "telcobiz.policy.insurance.is_insured"),
    ),
)
"""The INS rules, in ID order."""
