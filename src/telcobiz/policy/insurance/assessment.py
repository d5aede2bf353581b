"""How much the 個人情報漏洩保険 pays: one accident or a year of them (INS-1, INS-2, INS-3).

:func:`assess` answers one accident, :func:`assess_year` runs a year of accidents in date
order. Per accident, in the order of the INS-3 Decision (`telcobiz rules INS-3`):

1. the deductible (100,000 yen) is taken once, from ① liability first, then ② response costs;
2. ① is paid at 100%, ② at 90%, each floored to whole yen;
3. ① is capped at other liability + Σ min(a record's mental damage, 300,000 yen);
4. per phone per insurance year: ① at most 5,000,000 yen, ② at most 500,000 yen, less what
   earlier accidents on that phone were paid;
5. per contract per insurance year: ① + ② at most 5,000,000 yen, less what earlier accidents
   were paid; a cut here reduces ② first.

>>> from telcobiz.policy.insurance import RecordDamages
>>> str(assess(Accident(date(2026, 5, 1), "A", mental=[RecordDamages(1, Yen(350_000))])).paid)
'250,000円'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput, OutOfRange, RuleViolation
from telcobiz.core.money import Rounding, Yen
from telcobiz.core.table import EffectiveTable
from telcobiz.policy.insurance.accident import Accident, Contract, InsuranceYear
from telcobiz.policy.insurance.payout import INSURANCE_RULES, CoverageSteps, Payout, YearPayout
from telcobiz.policy.insurance.terms import (
    INSURANCE_TERMS,
    Coverage,
    CoverageTerms,
    coverage_terms,
    coverage_terms_entry,
)

__all__ = ["assess", "assess_year", "is_insured", "validate_insured"]

_FLOOR = Rounding.FLOOR  # INS Decision: amounts after the coverage ratio are floored


def is_insured(
    contract: Contract, *, on: date, terms: EffectiveTable[CoverageTerms] = INSURANCE_TERMS
) -> bool:
    """Tell whether ``contract`` is insured on ``on`` (a DMP contract held by a corporation).

    >>> from telcobiz.policy.insurance import ContractHolder
    >>> is_insured(Contract(holder=ContractHolder.INDIVIDUAL), on=date(2026, 5, 1))
    False
    """
    if not isinstance(contract, Contract):
        raise InvalidInput.for_value(
            "contract", contract, "a Contract", code="insurance.bad_contract"
        )
    return coverage_terms(on, terms=terms).insures(contract.holder)


def validate_insured(
    contract: Contract, *, on: date, terms: EffectiveTable[CoverageTerms] = INSURANCE_TERMS
) -> None:
    """Raise ``insurance.not_insured`` unless ``contract`` is insured on ``on``.

    >>> from telcobiz.policy.insurance import ContractHolder
    >>> validate_insured(Contract(holder=ContractHolder.INDIVIDUAL), on=date(2026, 5, 1))
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: contract: a contract held by 個人 (individual) is not \
insured; expected a デバイスマネジメントパック contract held by a corporation (法人)
    """
    if not is_insured(contract, on=on, terms=terms):
        raise RuleViolation.for_value(
            "contract",
            contract,
            "a デバイスマネジメントパック contract held by a corporation (法人)",
            code="insurance.not_insured",
            problem=(
                f"a contract held by {contract.holder.label} ({contract.holder.value})"
                " is not insured"
            ),
        )


@attrs.define
class _Ledger:
    """What accidents of one insurance year were paid so far, per phone and per contract."""

    phones: dict[tuple[Contract, str, Coverage], Yen] = attrs.Factory(dict)
    contracts: dict[Contract, Yen] = attrs.Factory(dict)

    def phone_used(self, accident: Accident, coverage: Coverage) -> Yen:
        return self.phones.get((accident.contract, accident.phone_key, coverage), Yen.ZERO)

    def contract_used(self, contract: Contract) -> Yen:
        return self.contracts.get(contract, Yen.ZERO)

    def record(self, payout: Payout) -> None:
        accident = payout.accident
        for steps in payout.coverages:
            key = (accident.contract, accident.phone_key, steps.coverage)
            self.phones[key] = self.phones.get(key, Yen.ZERO) + steps.paid
        self.contracts[accident.contract] = self.contract_used(accident.contract) + payout.paid


def _limited(amount: Yen, limit: Yen, used: Yen) -> Yen:
    return min(amount, max(limit - used, Yen.ZERO))


def _assess_one(
    accident: Accident,
    year: InsuranceYear,
    table: EffectiveTable[CoverageTerms],
    ledger: _Ledger,
) -> Payout:
    entry = coverage_terms_entry(accident.on, terms=table)
    terms = entry.value
    validate_insured(accident.contract, on=accident.on, terms=table)

    # 1. The deductible, once per accident: from ① first, then from ②.
    claimed_1, claimed_2 = accident.liability_claimed, accident.response_costs
    deductible_1 = min(terms.deductible, claimed_1)
    deductible_2 = min(terms.deductible - deductible_1, claimed_2)
    net_1, net_2 = claimed_1 - deductible_1, claimed_2 - deductible_2
    # 2. The coverage ratio, floored to whole yen.
    ratio_1 = (net_1 * terms.liability_ratio).rounded(_FLOOR)
    ratio_2 = (net_2 * terms.response_ratio).rounded(_FLOOR)
    # 3. Mental damage counts at most the per-record limit per record (① only).
    capped_mental = Yen.sum(
        group.capped_total(terms.mental_record_limit) for group in accident.mental
    )
    record_limit = (accident.other_liability + capped_mental).rounded(_FLOOR)
    record_1 = min(ratio_1, record_limit)
    # 4. Per phone per year, less what earlier accidents on the phone were paid.
    used_1 = ledger.phone_used(accident, Coverage.LIABILITY)
    used_2 = ledger.phone_used(accident, Coverage.RESPONSE)
    phone_1 = _limited(record_1, terms.liability_phone_limit, used_1)
    phone_2 = _limited(ratio_2, terms.response_phone_limit, used_2)
    # 5. Per contract per year; a cut takes ② first, so ① keeps as much of the room as it can.
    contract_used = ledger.contract_used(accident.contract)
    paid_1 = _limited(phone_1, terms.contract_limit, contract_used)
    paid_2 = _limited(phone_2, terms.contract_limit, contract_used + paid_1)

    liability = CoverageSteps(
        paid=paid_1,
        coverage=Coverage.LIABILITY,
        claimed=claimed_1,
        deductible=deductible_1,
        after_deductible=net_1,
        ratio=terms.liability_ratio,
        after_ratio=ratio_1,
        record_limit=record_limit,
        after_record_limit=record_1,
        phone_limit=terms.liability_phone_limit,
        phone_used=used_1,
        after_phone_limit=phone_1,
        contract_cut=phone_1 - paid_1,
    )
    response = CoverageSteps(
        paid=paid_2,
        coverage=Coverage.RESPONSE,
        claimed=claimed_2,
        deductible=deductible_2,
        after_deductible=net_2,
        ratio=terms.response_ratio,
        after_ratio=ratio_2,
        record_limit=None,
        after_record_limit=ratio_2,
        phone_limit=terms.response_phone_limit,
        phone_used=used_2,
        after_phone_limit=phone_2,
        contract_cut=phone_2 - paid_2,
    )
    paid = paid_1 + paid_2
    citations = (entry.citation, *terms.citations) if entry.citation else terms.citations
    return Payout(
        paid=paid,
        self_borne=accident.claimed - paid,
        claimed=accident.claimed,
        accident=accident,
        year=year,
        liability=liability,
        response=response,
        contract_limit=terms.contract_limit,
        contract_used=contract_used,
        terms=terms,
        rules=INSURANCE_RULES,
        citations=_unique(citations),
    )


def _unique(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(citations))


def _require_accident(value: object, field: str) -> Accident:
    if not isinstance(value, Accident):
        raise InvalidInput.for_value(field, value, "an Accident", code="insurance.not_an_accident")
    return value


def _history_date(item: Accident | Payout) -> date:
    return item.on if isinstance(item, Accident) else item.accident.on


def _earlier(
    history: Iterable[Accident | Payout], accident: Accident, year: InsuranceYear
) -> list[Accident | Payout]:
    if isinstance(history, Accident | Payout | str) or not isinstance(history, Iterable):
        raise InvalidInput.for_value(
            "history",
            history,
            "an iterable of Accident or Payout values",
            code="insurance.bad_history",
        )
    kept: list[Accident | Payout] = []
    for item in history:
        if not isinstance(item, Accident | Payout):
            raise InvalidInput.for_value(
                "history", item, "Accident or Payout values", code="insurance.bad_history"
            )
        on = _history_date(item)
        if on > accident.on:
            raise OutOfRange.for_value(
                "history",
                on,
                f"accidents on or before the accident assessed ({accident.on})",
                code="insurance.history_after_accident",
            )
        # Another contract's or another year's accidents use none of this year's limits.
        if on in year and _contract_of(item) == accident.contract:
            kept.append(item)
    return sorted(kept, key=_history_date)


def _contract_of(item: Accident | Payout) -> Contract:
    return item.contract if isinstance(item, Accident) else item.accident.contract


def assess(
    accident: Accident,
    *,
    history: Iterable[Accident | Payout] = (),
    year_start: date | None = None,
    terms: EffectiveTable[CoverageTerms] = INSURANCE_TERMS,
) -> Payout:
    """Compute what the insurance pays for ``accident``, step by step.

    ``history`` lists earlier accidents of the insurance year, as :class:`Accident` values
    (assessed here first, in date order; same-day ones in the order given) or as
    :class:`Payout` values (taken as paid). Entries of another contract or another insurance
    year are ignored, so a contract's whole claims log can be passed; an entry dated after
    ``accident`` is ``insurance.history_after_accident``. ``year_start`` starts the insurance
    year (default: April 1 of the accident's fiscal year); an accident outside it is
    ``insurance.outside_year``. A contract that is not a corporation's is
    ``insurance.not_insured``.

    >>> first = Accident(date(2026, 5, 10), "A", other_liability=Yen(4_100_000))
    >>> second = Accident(date(2026, 8, 20), "A", other_liability=Yen(1_600_000),
    ...                   response_costs=Yen(300_000))
    >>> payout = assess(second, history=[first])
    >>> str(payout.liability.paid), str(payout.response.paid), str(payout.self_borne)
    ('1,000,000円', '0円', '900,000円')
    """
    _require_accident(accident, "accident")
    year = InsuranceYear.fiscal(accident.on) if year_start is None else InsuranceYear(year_start)
    year.require(accident.on)
    ledger = _Ledger()
    for item in _earlier(history, accident, year):
        ledger.record(item if isinstance(item, Payout) else _assess_one(item, year, terms, ledger))
    return _assess_one(accident, year, terms, ledger)


def assess_year(
    accidents: Iterable[Accident],
    *,
    year_start: date | None = None,
    terms: EffectiveTable[CoverageTerms] = INSURANCE_TERMS,
) -> YearPayout:
    """Assess a year of accidents in date order (same-day accidents in the order given).

    Every accident must fall in the insurance year that starts on ``year_start`` (default:
    April 1 of the earliest accident's fiscal year). Accidents of several contracts may be
    mixed: each contract has its own per-contract limit. The year's total paid does not
    depend on the order same-day accidents are listed in; how it splits between ① and ②,
    phones and accidents can (a per-contract cut reduces ② of the accident that meets it).

    >>> year = assess_year([
    ...     Accident(date(2026, 6, 1), "A", other_liability=Yen(2_100_000),
    ...              response_costs=Yen(600_000)),
    ...     Accident(date(2026, 6, 1), "B", other_liability=Yen(2_100_000),
    ...              response_costs=Yen(600_000)),
    ...     Accident(date(2026, 7, 1), "C", other_liability=Yen(1_100_000)),
    ... ])
    >>> [str(payout.paid) for payout in year.payouts], str(year.paid)
    (['2,500,000円', '2,500,000円', '0円'], '5,000,000円')
    """
    if isinstance(accidents, Accident | str) or not isinstance(accidents, Iterable):
        raise InvalidInput.for_value(
            "accidents",
            accidents,
            "an iterable of Accident values",
            code="insurance.not_an_accident",
        )
    ordered = sorted(
        (_require_accident(item, "accidents") for item in accidents), key=lambda item: item.on
    )
    if year_start is not None:
        year = InsuranceYear(year_start)
    elif ordered:
        year = InsuranceYear.fiscal(ordered[0].on)
    else:
        raise InvalidInput(
            "year_start: no accidents to take the insurance year from; give year_start",
            code="insurance.no_year",
            field="year_start",
            expected="a date, or at least one accident",
        )
    for accident in ordered:
        year.require(accident.on)
    ledger = _Ledger()
    payouts = []
    for accident in ordered:
        payout = _assess_one(accident, year, terms, ledger)
        ledger.record(payout)
        payouts.append(payout)
    paid = Yen.sum(payout.paid for payout in payouts)
    claimed = Yen.sum(payout.claimed for payout in payouts)
    return YearPayout(
        paid=paid,
        self_borne=claimed - paid,
        claimed=claimed,
        year=year,
        payouts=tuple(payouts),
        rules=INSURANCE_RULES,
        citations=_unique(citation for payout in payouts for citation in payout.citations),
    )
