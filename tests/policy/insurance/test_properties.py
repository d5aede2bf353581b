"""Properties of 個人情報漏洩保険 payouts (INS-1..INS-3, RULES.md INS Decision).

Why the year's total paid cannot depend on the order of same-day accidents (the only order
assess_year leaves to the caller), with the terms fixed over the year: every per-accident
amount before the yearly limits (deductible, ratio, per-record cap) ignores other accidents;
filling a per-phone limit accident by accident pays min(limit, Σ) whatever the order; and once
the per-contract limit cuts an accident, nothing is left for later ones. So a contract's year
pays min(K, Σ_phones [min(A, Σ①) + min(B, Σ②)]): test_year_total_matches_the_closed_form
checks exactly this. How that total splits between ① and ②, phones and accidents does depend on
the order (a per-contract cut reduces ② of the accident that meets it): see the examples at
the end, including the one case where the total changes (terms that change mid-year).
"""

from collections import defaultdict
from datetime import date
from decimal import ROUND_FLOOR, Decimal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from telcobiz.core import Dated, EffectiveTable, Yen, from_json, to_json
from telcobiz.policy.insurance import (
    PUBLISHED_TERMS,
    Accident,
    Contract,
    InsuranceYear,
    RecordDamages,
    YearPayout,
    assess,
    assess_year,
)
from telcobiz.policy.insurance.terms import TERMS_CITATION
from telcobiz.testing import accidents, record_damages, year_accidents

YEAR = InsuranceYear(date(2026, 4, 1))
CONTRACTS = (Contract(), Contract("K-2"))
YEARS = year_accidents(YEAR, contracts=CONTRACTS)


def _floor(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal(1), rounding=ROUND_FLOOR)


def reference_before_year_limits(accident: Accident) -> tuple[Decimal, Decimal]:
    """① and ② of one accident after deductible, ratio and per-record cap (seed 000 §3.5.1 (カ))."""
    other = accident.other_liability.amount
    liability = other + sum((g.per_record.amount * g.records for g in accident.mental), Decimal(0))
    response = accident.response_costs.amount
    from_liability = min(Decimal(100_000), liability)
    from_response = min(Decimal(100_000) - from_liability, response)
    cap = _floor(
        other
        + sum(
            (min(g.per_record.amount, Decimal(300_000)) * g.records for g in accident.mental),
            Decimal(0),
        )
    )
    one = min(_floor(liability - from_liability), cap)
    two = _floor((response - from_response) * Decimal("0.9"))
    return one, two


def reference_year_total(accidents: list[Accident]) -> Yen:
    """min(5,000,000, Σ_phones [min(5,000,000, Σ①) + min(500,000, Σ②)]) per contract."""
    phones: dict[Contract, dict[str, list[Decimal]]] = defaultdict(
        lambda: defaultdict(lambda: [Decimal(0), Decimal(0)])
    )
    for accident in accidents:
        one, two = reference_before_year_limits(accident)
        sums = phones[accident.contract][accident.phone_key]
        sums[0] += one
        sums[1] += two
    total = Decimal(0)
    for by_phone in phones.values():
        contract = sum(
            (
                min(Decimal(5_000_000), one) + min(Decimal(500_000), two)
                for one, two in by_phone.values()
            ),
            Decimal(0),
        )
        total += min(Decimal(5_000_000), contract)
    return Yen(total)


@given(accidents(year=YEAR))
def test_paid_plus_self_borne_is_claimed_for_one_accident(accident):
    payout = assess(accident)
    assert payout.paid + payout.self_borne == payout.claimed
    for steps in payout.coverages:
        assert steps.paid + steps.self_borne == steps.claimed
        assert steps.paid >= Yen.ZERO
        assert steps.paid.is_whole
    assert payout.deductible <= Yen(100_000)


@given(YEARS)
def test_paid_plus_self_borne_is_claimed_for_a_year(accidents):
    year = assess_year(accidents, year_start=YEAR.start)
    assert year.paid + year.self_borne == year.claimed
    assert year.paid == year.liability_paid + year.response_paid
    assert all(p.paid + p.self_borne == p.claimed for p in year.payouts)


@given(YEARS)
def test_paid_never_exceeds_any_limit(accidents):
    year = assess_year(accidents, year_start=YEAR.start)
    phone_1: dict[tuple[Contract, str], Yen] = defaultdict(lambda: Yen.ZERO)
    phone_2: dict[tuple[Contract, str], Yen] = defaultdict(lambda: Yen.ZERO)
    contract: dict[Contract, Yen] = defaultdict(lambda: Yen.ZERO)
    for payout in year.payouts:
        one, two = payout.liability, payout.response
        # Per accident: never more than the loss net of the deductible, times the ratio.
        assert one.paid <= one.after_ratio <= one.after_deductible
        assert two.paid <= two.after_ratio == (two.after_deductible * Decimal("0.9")).rounded()
        assert one.paid <= one.record_limit  # other liability + Σ min(record, 300,000)
        key = (payout.accident.contract, payout.accident.phone_key)
        phone_1[key] += one.paid
        phone_2[key] += two.paid
        contract[payout.accident.contract] += payout.paid
    assert all(paid <= Yen(5_000_000) for paid in phone_1.values())
    assert all(paid <= Yen(500_000) for paid in phone_2.values())
    assert all(paid <= Yen(5_000_000) for paid in contract.values())


@given(YEARS)
def test_year_total_matches_the_closed_form(accidents):
    assert assess_year(accidents, year_start=YEAR.start).paid == reference_year_total(accidents)


@given(YEARS, st.randoms(use_true_random=False))
def test_listing_a_year_in_another_order_keeps_the_total_paid(accidents, random):
    shuffled = list(accidents)
    random.shuffle(shuffled)
    first = assess_year(accidents, year_start=YEAR.start)
    second = assess_year(shuffled, year_start=YEAR.start)
    assert second.paid == first.paid
    assert second.claimed == first.claimed
    # Accidents are still assessed in date order.
    assert [p.accident.on for p in second.payouts] == sorted(a.on for a in accidents)


def _grow(accident: Accident, how: str, amount: Yen, group: RecordDamages) -> Accident:
    if how == "other":
        return attrs.evolve(accident, other_liability=accident.other_liability + amount)
    if how == "response":
        return attrs.evolve(accident, response_costs=accident.response_costs + amount)
    if how == "new_records":
        return attrs.evolve(accident, mental=(*accident.mental, group))
    if how == "more_records" and accident.mental:
        first = accident.mental[0]
        bigger = RecordDamages(first.records + group.records, first.per_record)
        return attrs.evolve(accident, mental=(bigger, *accident.mental[1:]))
    if accident.mental:  # "per_record": a record claims more
        first = accident.mental[0]
        bigger = RecordDamages(first.records, first.per_record + amount)
        return attrs.evolve(accident, mental=(bigger, *accident.mental[1:]))
    return attrs.evolve(accident, mental=(group,))


@given(
    YEARS.filter(bool),
    st.data(),
    st.sampled_from(["other", "response", "new_records", "more_records", "per_record"]),
    st.integers(1, 3_000_000).map(Yen),
    record_damages(),
)
def test_paid_never_decreases_when_a_claim_grows(accidents, data, how, amount, group):
    index = data.draw(st.integers(0, len(accidents) - 1))
    grown = list(accidents)
    grown[index] = _grow(accidents[index], how, amount, group)
    assert grown[index].claimed >= accidents[index].claimed
    before = assess_year(accidents, year_start=YEAR.start)
    after = assess_year(grown, year_start=YEAR.start)
    assert after.paid >= before.paid
    # The accident itself, with the same earlier accidents, is paid at least as much.
    earlier = accidents[:index]
    same_day_or_before = [a for a in earlier if a.on <= accidents[index].on]
    alone_before = assess(accidents[index], history=same_day_or_before, year_start=YEAR.start)
    alone_after = assess(grown[index], history=same_day_or_before, year_start=YEAR.start)
    assert alone_after.paid >= alone_before.paid


@given(YEARS.filter(bool))
def test_assess_with_history_agrees_with_assess_year(accidents):
    ordered = sorted(accidents, key=lambda a: a.on)
    year = assess_year(ordered, year_start=YEAR.start)
    last = ordered[-1]
    assert assess(last, history=ordered[:-1], year_start=YEAR.start) == year.payouts[-1]
    assert assess(last, history=year.payouts[:-1], year_start=YEAR.start) == year.payouts[-1]


@settings(max_examples=30)
@given(YEARS)
def test_year_payouts_round_trip_through_json(accidents):
    year = assess_year(accidents, year_start=YEAR.start)
    assert from_json(to_json(year), YearPayout) == year


# --- order: the split can change, the total cannot (with fixed terms) ----------------------


def test_order_of_same_day_accidents_changes_the_split_not_the_total():
    # P1: ① 4,100,000 − 100,000 = 4,000,000.  P2: ① 900,000 − 100,000 = 800,000, ② 450,000.
    # P1 first: P2 has 1,000,000 left → ① 800,000, ② 200,000: ① 4,800,000 + ② 200,000.
    # P2 first: P2 is paid 1,250,000 → P1 gets 3,750,000: ① 4,550,000 + ② 450,000.
    p1 = Accident(date(2026, 6, 1), "P1", other_liability=Yen(4_100_000))
    p2 = Accident(date(2026, 6, 1), "P2", other_liability=Yen(900_000), response_costs=500_000)
    one = assess_year([p1, p2])
    two = assess_year([p2, p1])
    assert (one.liability_paid, one.response_paid) == (Yen(4_800_000), Yen(200_000))
    assert (two.liability_paid, two.response_paid) == (Yen(4_550_000), Yen(450_000))
    assert one.paid == two.paid == Yen(5_000_000)


def test_terms_raised_mid_year_make_the_total_depend_on_same_day_order():
    # The one case where the total depends on order: the per-contract limit is raised from
    # 5,000,000 to 8,000,000 on 2026-10-01 (a new row of the effective-dated terms).
    # 2026-06-01, same day: A on P1 ① 4,000,000 and B on P2 ① 2,000,000; the contract limit
    # cuts whichever comes second, so P1 has used 4,000,000 (A first) or 3,000,000 (B first).
    # 2026-11-01: C on P1 ① 5,000,000; contract room 8,000,000 − 5,000,000 = 3,000,000, but
    # P1's phone room is 1,000,000 (A first) or 2,000,000 (B first): totals 6,000,000 / 7,000,000.
    raised = attrs.evolve(PUBLISHED_TERMS, contract_limit=Yen(8_000_000))
    table = EffectiveTable(
        "raised",
        [
            Dated(PUBLISHED_TERMS, date(2014, 4, 1), date(2026, 9, 30), TERMS_CITATION),
            Dated(raised, date(2026, 10, 1), None, TERMS_CITATION),
        ],
    )
    a = Accident(date(2026, 6, 1), "P1", other_liability=Yen(4_100_000))
    b = Accident(date(2026, 6, 1), "P2", other_liability=Yen(2_100_000))
    c = Accident(date(2026, 11, 1), "P1", other_liability=Yen(5_100_000))
    a_first = assess_year([a, b, c], terms=table)
    b_first = assess_year([b, a, c], terms=table)
    assert [p.paid for p in a_first.payouts] == [Yen(4_000_000), Yen(1_000_000), Yen(1_000_000)]
    assert [p.paid for p in b_first.payouts] == [Yen(2_000_000), Yen(3_000_000), Yen(2_000_000)]
    assert (a_first.paid, b_first.paid) == (Yen(6_000_000), Yen(7_000_000))
