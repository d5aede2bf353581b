"""Words for insurance payouts: ``explain()`` in Japanese or English, and ``to_rows()`` tables.

The methods of :class:`~telcobiz.policy.insurance.payout.Payout` and
:class:`~telcobiz.policy.insurance.payout.YearPayout` call these (INS-1, INS-2, INS-3).

>>> from datetime import date
>>> from telcobiz.core.money import Yen
>>> from telcobiz.policy.insurance import Accident, assess
>>> payout = assess(Accident(date(2026, 5, 1), "A", response_costs=Yen(300_000)))
>>> print(explain_payout(payout, "ja").splitlines()[0])
個人情報漏洩保険の保険金: 180,000円（損害額 300,000円、自己負担 120,000円）
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from telcobiz.core.citation import Citation
from telcobiz.core.money import Yen
from telcobiz.core.text import LANGUAGES, check_lang, percent
from telcobiz.policy.insurance.accident import Accident, Contract

if TYPE_CHECKING:
    # Annotations only: payout imports this module, so the runtime imports point one way.
    from telcobiz.policy.insurance.payout import CoverageSteps, Payout, YearPayout

__all__ = ["LANGUAGES", "explain_payout", "explain_year", "payout_rows", "year_rows"]


def _contract(contract: Contract, ja: bool) -> str:
    if ja:
        who = f"契約者 {contract.holder.label}"
        return f"契約 {contract.number}（{contract.holder.label}）" if contract.number else who
    who = f"contract holder: {contract.holder.value}"
    return f"contract {contract.number} ({contract.holder.value})" if contract.number else who


def _mental(accident: Accident, ja: bool) -> str:
    parts = []
    for group in accident.mental:
        if ja:
            parts.append(f"精神的損害 {group.records:,}件 × {group.per_record} = {group.total}")
        else:
            records = "record" if group.records == 1 else "records"
            parts.append(
                f"mental damage {group.records:,} {records} × {group.per_record} = {group.total}"
            )
    parts.append(
        f"その他の賠償責任 {accident.other_liability}"
        if ja
        else f"other liability {accident.other_liability}"
    )
    return ("、" if ja else ", ").join(parts)


def _record_step(payout: Payout, ja: bool) -> str:
    accident, steps = payout.accident, payout.liability
    limit = payout.terms.mental_record_limit
    if not accident.mental:
        if ja:
            return f"4. 精神的損害の請求なし: ① {steps.after_record_limit}"
        return f"4. No mental damage claimed: ① {steps.after_record_limit}"
    unit = "件" if ja else ""
    terms = [str(accident.other_liability)]
    terms += [
        f"{group.records:,}{unit} × {min(group.per_record, limit)}" for group in accident.mental
    ]
    formula = f"{' + '.join(terms)} = {steps.record_limit}"
    if ja:
        return (
            f"4. 精神的損害は個人情報1件につき {limit} まで: ①の上限 {formula}"
            f" → ① {steps.after_record_limit}"
        )
    return (
        f"4. Mental damage limit {limit} per record: ① cap {formula} → ① {steps.after_record_limit}"
    )


def _phone_part(steps: CoverageSteps, ja: bool) -> str:
    mark = steps.coverage.mark
    if ja:
        return (
            f"{mark} 限度額 {steps.phone_limit}（既払 {steps.phone_used}、残り {steps.phone_left}）"
            f"→ {steps.after_phone_limit}"
        )
    return (
        f"{mark} limit {steps.phone_limit} (used {steps.phone_used}, left {steps.phone_left})"
        f" → {steps.after_phone_limit}"
    )


def _self_borne_parts(payout: Payout) -> tuple[Yen, Yen, Yen]:
    # deductible + (net − after ratio) + (after ratio − paid) adds up to claimed − paid.
    ratio = Yen.sum(s.after_deductible - s.after_ratio for s in payout.coverages)
    over_limits = Yen.sum(s.after_ratio - s.paid for s in payout.coverages)
    return payout.deductible, ratio, over_limits


def _citations(citations: Iterable[Citation], ja: bool) -> list[str]:
    return ["根拠:" if ja else "Sources:"] + [f"  {citation}" for citation in citations]


def explain_payout(payout: Payout, lang: str) -> str:
    """Explain every step of one payout in ``lang`` (``"ja"`` or ``"en"``).

    >>> from datetime import date
    >>> from telcobiz.policy.insurance import Accident, assess
    >>> explain_payout(assess(Accident(date(2026, 5, 1), "A")), "fr")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: lang: got 'fr'; expected "ja" or "en"
    """
    ja = check_lang(lang) == "ja"
    accident, liability, response = payout.accident, payout.liability, payout.response
    terms = payout.terms
    deductible, ratio_part, over_limits = _self_borne_parts(payout)
    before_contract = liability.after_phone_limit + response.after_phone_limit
    if ja:
        lines = [
            f"個人情報漏洩保険の保険金: {payout.paid}"
            f"（損害額 {payout.claimed}、自己負担 {payout.self_borne}）",
            f"事故: {accident.on}、携帯電話 {accident.phone}、{_contract(accident.contract, ja)}、"
            f"保険年度 {payout.year.format('ja')}",
            f"1. 損害額: ① {liability.claimed}（{_mental(accident, ja)}）、"
            f"② {response.claimed}、計 {payout.claimed}",
            f"2. 免責金額 1事故につき {terms.deductible}（①から先に控除）: "
            f"① −{liability.deductible} → {liability.after_deductible}、"
            f"② −{response.deductible} → {response.after_deductible}",
            f"3. てん補割合（1円未満切り捨て）: ① {percent(liability.ratio)} → "
            f"{liability.after_ratio}、② {percent(response.ratio)} → {response.after_ratio}",
            _record_step(payout, ja),
            f"5. 1年あたり1の携帯電話につき: {_phone_part(liability, ja)}、"
            f"{_phone_part(response, ja)}",
            f"6. 1年あたり1の位置情報等提供契約につき {payout.contract_limit}"
            f"（既払 {payout.contract_used}、残り {payout.contract_left}、②から先に削減）: "
            f"{before_contract} → ① {liability.paid}、② {response.paid}",
            f"保険金: {payout.paid}（① {liability.paid}、② {response.paid}）",
            f"自己負担: {payout.self_borne}（免責金額 {deductible}、てん補割合・端数 {ratio_part}、"
            f"限度額超過 {over_limits}）",
        ]
    else:
        lines = [
            f"Personal-information leak insurance: pays {payout.paid} of {payout.claimed}"
            f" claimed; you bear {payout.self_borne}",
            f"Accident: {accident.on}, phone {accident.phone},"
            f" {_contract(accident.contract, ja)}, insurance year {payout.year}",
            f"1. Claimed: ① {liability.claimed} ({_mental(accident, ja)}),"
            f" ② {response.claimed}, total {payout.claimed}",
            f"2. Deductible {terms.deductible} per accident, from ① first:"
            f" ① −{liability.deductible} → {liability.after_deductible},"
            f" ② −{response.deductible} → {response.after_deductible}",
            f"3. Coverage ratio (floored to whole yen): ① {percent(liability.ratio)} →"
            f" {liability.after_ratio}, ② {percent(response.ratio)} → {response.after_ratio}",
            _record_step(payout, ja),
            f"5. Per phone per year: {_phone_part(liability, ja)}; {_phone_part(response, ja)}",
            f"6. Per contract per year {payout.contract_limit} (used {payout.contract_used},"
            f" left {payout.contract_left}; cuts ② first): {before_contract} →"
            f" ① {liability.paid}, ② {response.paid}",
            f"Paid: {payout.paid} (① {liability.paid}, ② {response.paid})",
            f"Self-borne: {payout.self_borne} (deductible {deductible}, coverage ratio and"
            f" rounding {ratio_part}, over the limits {over_limits})",
        ]
    return "\n".join(lines + _citations(payout.citations, ja))


def payout_rows(payout: Payout) -> list[dict[str, Any]]:
    """Return one dict per step: ``step``, ``liability`` (①), ``response`` (②), ``total``, ``note``.

    >>> from datetime import date
    >>> from telcobiz.policy.insurance import Accident, assess
    >>> payout_rows(assess(Accident(date(2026, 5, 1), "A")))[1]["note"]
    'deductible 100,000円 per accident, from ① first'
    """
    liability, response, terms = payout.liability, payout.response, payout.terms
    steps: list[tuple[str, Yen, Yen, str]] = [
        ("claimed", liability.claimed, response.claimed, "the loss before insurance"),
        (
            "after_deductible",
            liability.after_deductible,
            response.after_deductible,
            f"deductible {terms.deductible} per accident, from ① first",
        ),
        (
            "after_ratio",
            liability.after_ratio,
            response.after_ratio,
            f"① × {percent(liability.ratio)}, ② × {percent(response.ratio)}, floored",
        ),
        (
            "after_record_limit",
            liability.after_record_limit,
            response.after_record_limit,
            f"① at most {liability.record_limit} ({terms.mental_record_limit} per record)",
        ),
        (
            "after_phone_limit",
            liability.after_phone_limit,
            response.after_phone_limit,
            f"left on the phone this year: ① {liability.phone_left}, ② {response.phone_left}",
        ),
        (
            "paid",
            liability.paid,
            response.paid,
            f"left on the contract this year: {payout.contract_left}; cuts ② first",
        ),
        (
            "self_borne",
            liability.self_borne,
            response.self_borne,
            "claimed − paid",
        ),
    ]
    return [
        {"step": step, "liability": one, "response": two, "total": one + two, "note": note}
        for step, one, two, note in steps
    ]


def _year_accident_line(payout: Payout, ja: bool) -> str:
    accident = payout.accident
    if ja:
        line = (
            f"  {accident.on} 携帯電話 {accident.phone}: 損害額 {payout.claimed} → 保険金 "
            f"{payout.paid}（① {payout.liability.paid}、② {payout.response.paid}）"
        )
        limits = "・".join(limit.label for limit in payout.limited_by)
        return f"{line} 限度額: {limits}" if limits else line
    line = (
        f"  {accident.on} phone {accident.phone}: claimed {payout.claimed} → paid"
        f" {payout.paid} (① {payout.liability.paid}, ② {payout.response.paid})"
    )
    limits = ", ".join(limit.name_en for limit in payout.limited_by)
    return f"{line}; limits: {limits}" if limits else line


def explain_year(year: YearPayout, lang: str) -> str:
    """Explain a year in ``lang``: totals, each accident, per-phone and per-contract use.

    >>> from datetime import date
    >>> from telcobiz.policy.insurance import assess_year
    >>> print(explain_year(assess_year([], year_start=date(2026, 4, 1)), "ja"))
    個人情報漏洩保険 保険年度 2026-04-01～2027-03-31: 事故 0件
    """
    ja = check_lang(lang) == "ja"
    count = len(year.payouts)
    if ja:
        head = f"個人情報漏洩保険 保険年度 {year.year.format('ja')}: 事故 {count}件"
    else:
        plural = "" if count == 1 else "s"
        head = f"Personal-information leak insurance, year {year.year}: {count} accident{plural}"
    if not year.payouts:
        return head
    if ja:
        head += (
            f"、損害額 計 {year.claimed}、保険金 計 {year.paid}（① {year.liability_paid}、"
            f"② {year.response_paid}）、自己負担 計 {year.self_borne}"
        )
    else:
        head += (
            f", claimed {year.claimed}, paid {year.paid} (① {year.liability_paid},"
            f" ② {year.response_paid}), self-borne {year.self_borne}"
        )
    lines = [head]
    lines += [_year_accident_line(payout, ja) for payout in year.payouts]
    lines += _phone_totals(year, ja) + _contract_totals(year, ja)
    return "\n".join(lines + _citations(year.citations, ja))


def _phone_totals(year: YearPayout, ja: bool) -> list[str]:
    names: dict[tuple[Contract, str], str] = {}
    paid: dict[tuple[Contract, str], tuple[Yen, Yen]] = {}
    limits: dict[tuple[Contract, str], tuple[Yen, Yen]] = {}
    for payout in year.payouts:
        key = (payout.accident.contract, payout.accident.phone_key)
        names.setdefault(key, payout.accident.phone)
        one, two = paid.get(key, (Yen.ZERO, Yen.ZERO))
        paid[key] = (one + payout.liability.paid, two + payout.response.paid)
        limits[key] = (payout.liability.phone_limit, payout.response.phone_limit)
    several_contracts = len({contract for contract, _ in paid}) > 1
    sep = "、" if ja else ", "
    lines = ["携帯電話ごとの保険金（1年あたり）:" if ja else "Paid per phone this year:"]
    for key, (one, two) in paid.items():
        name = names[key]
        if several_contracts:
            name += f"（{_contract(key[0], ja)}）" if ja else f" ({_contract(key[0], ja)})"
        limit_1, limit_2 = limits[key]
        lines.append(f"  {name}: ① {one} / {limit_1}{sep}② {two} / {limit_2}")
    return lines


def _contract_totals(year: YearPayout, ja: bool) -> list[str]:
    totals: dict[Contract, tuple[Yen, Yen]] = {}
    for payout in year.payouts:
        paid, _ = totals.get(payout.accident.contract, (Yen.ZERO, Yen.ZERO))
        totals[payout.accident.contract] = (paid + payout.paid, payout.contract_limit)
    lines = ["契約ごとの保険金（1年あたり）:" if ja else "Paid per contract this year:"]
    lines += [
        f"  {_contract(contract, ja)}: {paid} / {limit}"
        for contract, (paid, limit) in totals.items()
    ]
    return lines


def year_rows(year: YearPayout) -> list[dict[str, Any]]:
    """Return one dict per accident: date, phone, contract, claimed, ①/② paid, paid, self-borne.

    >>> from datetime import date
    >>> from telcobiz.policy.insurance import assess_year
    >>> year_rows(assess_year([], year_start=date(2026, 4, 1)))
    []
    """
    return [
        {
            "on": payout.accident.on,
            "phone": payout.accident.phone,
            "contract": str(payout.accident.contract),
            "claimed": payout.claimed,
            "liability_paid": payout.liability.paid,
            "response_paid": payout.response.paid,
            "paid": payout.paid,
            "self_borne": payout.self_borne,
            "limited_by": ", ".join(limit.value for limit in payout.limited_by),
        }
        for payout in year.payouts
    ]
