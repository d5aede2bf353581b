"""個人情報漏洩保険 payouts: INS-1..INS-3 (seed 000 §3.5.1 (カ), RULES.md INS Decision).

Every worked example is computed by hand in its comment, in the Decision's order: deductible
(① first), ratio (floored), per-record cap, per-phone limits, per-contract limit (② cut first).
"""

from datetime import date, datetime
from decimal import Decimal

import attrs
import pytest

from telcobiz.core import (
    Dated,
    EffectiveTable,
    InvalidInput,
    OutOfRange,
    RuleViolation,
    TelcobizError,
    Yen,
    from_json,
    structure,
    to_json,
    unstructure,
)
from telcobiz.core.citation import BOS_DMP_GUIDE, RULEBOOK
from telcobiz.policy import insurance as ins
from telcobiz.policy.insurance import (
    INSURANCE_TERMS,
    PUBLISHED_TERMS,
    Accident,
    Contract,
    ContractHolder,
    Coverage,
    CoverageTerms,
    InsuranceYear,
    Limit,
    Payout,
    RecordDamages,
    YearPayout,
    assess,
    assess_year,
    coverage_terms,
    is_insured,
    validate_insured,
)
from telcobiz.policy.insurance.terms import TERMS_CITATION, coverage_terms_entry

FY2026 = date(2026, 4, 1)


def accident(on=date(2026, 5, 1), phone="A", **amounts):
    return Accident(on, phone, **amounts)


def records(count, per_record):
    return (RecordDamages(count, Yen(per_record)),)


# --- the terms as data (INS-1..INS-3, seed 000 §3.5.1 (カ)) ---------------------------------


def test_published_terms_are_the_guide_table_ins_1_to_3():
    terms = coverage_terms(date(2026, 5, 1))
    assert terms == PUBLISHED_TERMS
    assert terms.insured_holders == (ContractHolder.CORPORATION,)
    assert terms.deductible == Yen(100_000)  # 免責金額 1事故につき 10万円
    assert terms.liability_ratio == Decimal(1)  # ① 縮小てん補割合 "—"
    assert terms.liability_phone_limit == Yen(5_000_000)  # 1の携帯電話につき500万円
    assert terms.mental_record_limit == Yen(300_000)  # 個人情報1件につき30万円
    assert terms.response_ratio == Decimal("0.9")  # ② 90%
    assert terms.response_phone_limit == Yen(500_000)  # 1の携帯電話につき50万円
    assert terms.contract_limit == Yen(5_000_000)  # 1の位置情報等提供契約につき500万円


def test_every_term_is_cited_to_the_guide_section():
    rules = {citation.rule for citation in PUBLISHED_TERMS.citations}
    assert {"INS-1", "INS-2", "INS-3"} <= rules
    guide = [c for c in PUBLISHED_TERMS.citations if c.source == BOS_DMP_GUIDE]
    assert all(c.section == "§3.5.1 (カ) 個人情報漏洩保険" for c in guide)
    assert any(c.source == RULEBOOK for c in PUBLISHED_TERMS.citations)
    entry = coverage_terms_entry(date(2026, 5, 1))
    assert entry.citation == TERMS_CITATION
    assert entry.valid_from == date(2014, 4, 1)


def test_terms_accessors():
    assert PUBLISHED_TERMS.ratio(Coverage.LIABILITY) == Decimal(1)
    assert PUBLISHED_TERMS.phone_limit(Coverage.LIABILITY) == Yen(5_000_000)
    assert PUBLISHED_TERMS.insures(ContractHolder.CORPORATION)
    assert Coverage.LIABILITY.name_en == "legal liability"
    assert Coverage.RESPONSE.mark == "②"


def test_holder_labels_and_parsing():
    assert ContractHolder.parse(" Corporation ") is ContractHolder.CORPORATION
    assert ContractHolder.parse("個人") is ContractHolder.INDIVIDUAL
    with pytest.raises(InvalidInput) as error:
        ContractHolder.parse("company")
    assert error.value.code == "insurance.unknown_holder"


@pytest.mark.parametrize(
    "change",
    [
        {"deductible": Yen(-1)},
        {"deductible": 100_000},
        {"response_ratio": Decimal("1.1")},
        {"liability_ratio": 0.9},
        {"insured_holders": ("corporation",)},
    ],
)
def test_bad_terms_are_refused(change):
    with pytest.raises(InvalidInput) as error:
        attrs.evolve(PUBLISHED_TERMS, **change)
    assert error.value.code == "insurance.bad_terms"


def test_terms_accept_a_single_holder_or_a_set():
    one = attrs.evolve(PUBLISHED_TERMS, insured_holders=ContractHolder.INDIVIDUAL)
    both = attrs.evolve(PUBLISHED_TERMS, insured_holders=set(ContractHolder))
    assert one.insured_holders == (ContractHolder.INDIVIDUAL,)
    assert both.insured_holders == (ContractHolder.CORPORATION, ContractHolder.INDIVIDUAL)


def test_no_terms_before_the_guide_is_no_coverage():
    with pytest.raises(OutOfRange) as error:
        assess(accident(date(2014, 3, 31)))
    assert error.value.code == "insurance.no_coverage"


def _ended_table():
    # The insurance "may change or end without notice": an end is a valid_until.
    return EffectiveTable(
        "ended", [Dated(PUBLISHED_TERMS, date(2014, 4, 1), date(2026, 9, 30), TERMS_CITATION)]
    )


def test_ended_insurance_covers_nothing_after_its_end():
    table = _ended_table()
    assert assess(accident(date(2026, 9, 30), other_liability=Yen(150_000)), terms=table).paid == (
        Yen(50_000)
    )
    with pytest.raises(OutOfRange) as error:
        assess(accident(date(2026, 10, 1)), terms=table)
    assert error.value.code == "insurance.no_coverage"


@pytest.mark.parametrize(
    "terms",
    [PUBLISHED_TERMS, EffectiveTable.single("bad", 1, date(2014, 4, 1), TERMS_CITATION)],
)
def test_terms_must_be_a_table_of_coverage_terms(terms):
    with pytest.raises(InvalidInput) as error:
        assess(accident(), terms=terms)
    assert error.value.code == "insurance.bad_terms"


def test_a_changed_row_applies_from_its_date():
    halved = attrs.evolve(PUBLISHED_TERMS, deductible=Yen(50_000))
    table = EffectiveTable(
        "changed",
        [
            Dated(PUBLISHED_TERMS, date(2014, 4, 1), date(2026, 9, 30), TERMS_CITATION),
            Dated(halved, date(2026, 10, 1), None, TERMS_CITATION),
        ],
    )
    # 150,000 − 50,000 = 100,000 from 2026-10-01; − 100,000 = 50,000 before.
    assert assess(accident(date(2026, 10, 1), other_liability=150_000), terms=table).paid == (
        Yen(100_000)
    )
    assert assess(accident(date(2026, 9, 30), other_liability=150_000), terms=table).paid == (
        Yen(50_000)
    )


# --- who is insured ----------------------------------------------------------------------------


def test_only_corporate_contracts_are_insured():
    individual = Contract("K-9", ContractHolder.INDIVIDUAL)
    assert is_insured(Contract(), on=date(2026, 5, 1))
    assert not is_insured(individual, on=date(2026, 5, 1))
    with pytest.raises(RuleViolation) as error:
        assess(accident(contract=individual, other_liability=Yen(500_000)))
    assert error.value.code == "insurance.not_insured"
    assert error.value.field == "contract"
    assert "個人" in error.value.message
    assert validate_insured(Contract(), on=date(2026, 5, 1)) is None


def test_is_insured_needs_a_contract():
    with pytest.raises(InvalidInput) as error:
        is_insured("K-1", on=date(2026, 5, 1))
    assert error.value.code == "insurance.bad_contract"


# --- worked examples at each limit -------------------------------------------------------------


def test_loss_under_the_deductible_pays_nothing():
    # ① 80,000: the deductible takes all 80,000 → 0 paid, 80,000 borne.
    payout = assess(accident(other_liability=Yen(80_000)))
    assert (payout.paid, payout.self_borne, payout.claimed) == (Yen(0), Yen(80_000), Yen(80_000))
    assert payout.liability.deductible == Yen(80_000)
    assert payout.deductible == Yen(80_000)
    # ① 60,000 + ② 30,000 = 90,000 < 100,000: all deductible (60,000 from ①, 30,000 from ②).
    payout = assess(accident(other_liability=Yen(60_000), response_costs=Yen(30_000)))
    assert (payout.liability.deductible, payout.response.deductible) == (Yen(60_000), Yen(30_000))
    assert (payout.paid, payout.self_borne) == (Yen(0), Yen(90_000))


def test_loss_exactly_at_the_deductible_pays_nothing_and_one_yen_more_pays_one_yen():
    # ① 100,000 − 100,000 = 0; ① 100,001 − 100,000 = 1.
    assert assess(accident(other_liability=Yen(100_000))).paid == Yen(0)
    assert assess(accident(other_liability=Yen(100_001))).paid == Yen(1)
    # ② 100,000 alone: 0 × 90% = 0.
    assert assess(accident(response_costs=Yen(100_000))).paid == Yen(0)


def test_deductible_comes_from_liability_first_then_response():
    # ① 60,000 + ② 100,000: 60,000 from ①, the other 40,000 from ②;
    # ② (100,000 − 40,000) × 90% = 54,000 paid; borne 160,000 − 54,000 = 106,000.
    payout = assess(accident(other_liability=Yen(60_000), response_costs=Yen(100_000)))
    assert payout.liability.deductible == Yen(60_000)
    assert payout.response.deductible == Yen(40_000)
    assert payout.response.after_deductible == Yen(60_000)
    assert (payout.paid, payout.self_borne) == (Yen(54_000), Yen(106_000))


def test_response_costs_are_paid_at_90_percent_ins_2():
    # ② 300,000 alone: (300,000 − 100,000) × 90% = 180,000; borne 120,000.
    payout = assess(accident(response_costs=Yen(300_000)))
    assert (payout.response.after_ratio, payout.paid, payout.self_borne) == (
        Yen(180_000),
        Yen(180_000),
        Yen(120_000),
    )
    # ① 150,000 takes the whole deductible: ① 50,000 + ② 300,000 × 90% = 270,000 → 320,000.
    payout = assess(accident(other_liability=Yen(150_000), response_costs=Yen(300_000)))
    assert (payout.liability.paid, payout.response.paid) == (Yen(50_000), Yen(270_000))
    assert payout.self_borne == Yen(130_000)


def test_ratio_is_floored_to_whole_yen():
    # ② 100,015: (100,015 − 100,000) × 0.9 = 13.5 → 13 paid; borne 100,002.
    payout = assess(accident(response_costs=Yen(100_015)))
    assert payout.paid == Yen(13)
    assert payout.self_borne == Yen(100_002)
    # Sen in a claim: ① 100,000.99 → 0.99 → floored to 0.
    payout = assess(accident(other_liability=Yen("100000.99")))
    assert payout.paid == Yen(0)
    assert payout.self_borne == Yen("100000.99")


def test_a_record_over_300000_is_capped_ins_1():
    # One record of 500,000: 500,000 − 100,000 = 400,000 > cap 300,000 → 300,000 paid.
    payout = assess(accident(mental=records(1, 500_000)))
    assert payout.liability.record_limit == Yen(300_000)
    assert (payout.paid, payout.self_borne) == (Yen(300_000), Yen(200_000))
    assert payout.limited_by == (Limit.RECORD,)


def test_rules_example_one_record_of_350000_pays_250000():
    # RULES.md INS Decision step 3: 350,000 − 100,000 = 250,000, under its 300,000 cap.
    payout = assess(accident(mental=records(1, 350_000)))
    assert payout.liability.record_limit == Yen(300_000)
    assert (payout.paid, payout.self_borne) == (Yen(250_000), Yen(100_000))
    assert payout.limited_by == ()


def test_records_of_different_amounts_are_capped_one_by_one():
    # 3 × 400,000 + 2 × 100,000 = 1,400,000; − 100,000 = 1,300,000;
    # cap 3 × 300,000 + 2 × 100,000 = 1,100,000 → 1,100,000 paid, 300,000 borne.
    payout = assess(
        accident(mental=(RecordDamages(3, Yen(400_000)), RecordDamages(2, Yen(100_000))))
    )
    assert payout.accident.records == 5
    assert payout.liability.record_limit == Yen(1_100_000)
    assert (payout.paid, payout.self_borne) == (Yen(1_100_000), Yen(300_000))


def test_other_liability_is_not_capped_per_record():
    # Other 3,000,000 + 1 record × 350,000: 3,350,000 − 100,000 = 3,250,000;
    # cap 3,000,000 + 300,000 = 3,300,000 → 3,250,000 paid.
    payout = assess(accident(other_liability=Yen(3_000_000), mental=records(1, 350_000)))
    assert payout.paid == Yen(3_250_000)


def test_second_accident_on_the_same_phone_hits_the_5000000_phone_limit():
    # 1st, phone A: ① 4,100,000 − 100,000 = 4,000,000 paid.
    # 2nd, phone A: ① 1,600,000 − 100,000 = 1,500,000, phone room 5,000,000 − 4,000,000 =
    # 1,000,000 → 1,000,000 paid (contract room is also 1,000,000: no further cut).
    first = accident(date(2026, 5, 10), other_liability=Yen(4_100_000))
    second = accident(date(2026, 8, 20), other_liability=Yen(1_600_000))
    payout = assess(second, history=[first])
    assert payout.liability.phone_used == Yen(4_000_000)
    assert payout.liability.phone_left == Yen(1_000_000)
    assert payout.liability.after_phone_limit == Yen(1_000_000)
    assert (payout.paid, payout.self_borne) == (Yen(1_000_000), Yen(600_000))
    assert payout.limited_by == (Limit.PHONE,)
    year = assess_year([second, first])
    assert [p.paid for p in year.payouts] == [Yen(4_000_000), Yen(1_000_000)]
    assert year.paid == Yen(5_000_000)


def test_phone_limit_then_contract_limit_cuts_response_first():
    # 1st, phone A: ① 4,000,000 paid (as above).
    # 2nd, phone A: ① 1,600,000 + ② 300,000; deductible from ①: ① 1,500,000, ② 270,000;
    # phone: ① 1,000,000 (room), ② 270,000; contract room 1,000,000: ① keeps 1,000,000 and
    # ② is cut by 270,000 to 0. Paid 1,000,000; borne 1,900,000 − 1,000,000 = 900,000.
    first = accident(date(2026, 5, 10), other_liability=Yen(4_100_000))
    second = accident(
        date(2026, 8, 20), other_liability=Yen(1_600_000), response_costs=Yen(300_000)
    )
    payout = assess(second, history=[first])
    assert (payout.liability.paid, payout.response.paid) == (Yen(1_000_000), Yen(0))
    assert payout.response.contract_cut == Yen(270_000)
    assert payout.liability.contract_cut == Yen(0)
    assert payout.self_borne == Yen(900_000)
    assert payout.limited_by == (Limit.PHONE, Limit.CONTRACT)


def test_response_phone_limit_500000_over_two_accidents():
    # Phone A: ② 400,000 → (400,000 − 100,000) × 90% = 270,000 each time;
    # 2nd: room 500,000 − 270,000 = 230,000 → 230,000 paid, borne 170,000.
    first = accident(date(2026, 5, 10), response_costs=Yen(400_000))
    second = accident(date(2026, 6, 10), response_costs=Yen(400_000))
    payout = assess(second, history=[first])
    assert payout.response.phone_used == Yen(270_000)
    assert (payout.paid, payout.self_borne) == (Yen(230_000), Yen(170_000))
    # Another phone has its own ② limit: 270,000.
    assert assess(attrs.evolve(second, phone="B"), history=[first]).paid == Yen(270_000)


def test_the_same_phone_written_differently_shares_its_limits():
    first = accident(date(2026, 5, 10), phone="090-1234-5678", response_costs=Yen(400_000))
    second = accident(date(2026, 6, 10), phone="09012345678", response_costs=Yen(400_000))
    assert assess(second, history=[first]).paid == Yen(230_000)


def test_several_phones_hit_the_contract_limit_ins_3():
    # A and B (2026-06-01): ① 1,600,000 − 100,000 = 1,500,000; ② 500,000 × 90% = 450,000;
    #   1,950,000 each → 3,900,000 used.
    # C (2026-07-01): ① 1,000,000 + ② 300,000 × 90% = 270,000 = 1,270,000 > room 1,100,000:
    #   ② cut by 170,000 → ① 1,000,000, ② 100,000 → 1,100,000 paid.
    # D (2026-08-01): ② 200,000 → 90,000, but the contract has nothing left → 0.
    # Year: 5,000,000 paid of 5,800,000 claimed.
    year = assess_year(
        [
            accident(date(2026, 8, 1), "D", response_costs=Yen(200_000)),
            accident(date(2026, 7, 1), "C", other_liability=1_100_000, response_costs=300_000),
            accident(date(2026, 6, 1), "A", other_liability=1_600_000, response_costs=500_000),
            accident(date(2026, 6, 1), "B", other_liability=1_600_000, response_costs=500_000),
        ]
    )
    assert [p.accident.phone for p in year.payouts] == ["A", "B", "C", "D"]
    assert [p.paid for p in year.payouts] == [
        Yen(1_950_000),
        Yen(1_950_000),
        Yen(1_100_000),
        Yen(0),
    ]
    c, d = year.payouts[2], year.payouts[3]
    assert (c.liability.paid, c.response.paid, c.response.contract_cut) == (
        Yen(1_000_000),
        Yen(100_000),
        Yen(170_000),
    )
    assert c.contract_used == Yen(3_900_000)
    assert c.contract_left == Yen(1_100_000)
    assert d.limited_by == (Limit.CONTRACT,)
    assert (year.paid, year.claimed, year.self_borne) == (
        Yen(5_000_000),
        Yen(5_800_000),
        Yen(800_000),
    )
    assert (year.liability_paid, year.response_paid) == (Yen(4_000_000), Yen(1_000_000))


def test_a_contract_cut_larger_than_response_reaches_liability():
    # After 3,900,000 used: ① 1,500,000 + ② 180,000 = 1,680,000 > room 1,100,000:
    # ② loses all 180,000, ① loses the other 400,000 → ① 1,100,000.
    used = [
        accident(date(2026, 6, 1), "A", other_liability=1_600_000, response_costs=500_000),
        accident(date(2026, 6, 1), "B", other_liability=1_600_000, response_costs=500_000),
    ]
    payout = assess(
        accident(date(2026, 7, 1), "E", other_liability=1_600_000, response_costs=200_000),
        history=used,
    )
    assert (payout.liability.paid, payout.response.paid) == (Yen(1_100_000), Yen(0))
    assert (payout.liability.contract_cut, payout.response.contract_cut) == (
        Yen(400_000),
        Yen(180_000),
    )


def test_cli_example_twenty_records_of_400000():
    # ① 3,000,000 + 20 × 400,000 = 11,000,000; ② 800,000; claimed 11,800,000.
    # Deductible from ①: 10,900,000; ② 800,000 × 90% = 720,000.
    # Cap 3,000,000 + 20 × 300,000 = 9,000,000; phone: ① 5,000,000, ② 500,000;
    # contract 5,000,000: ② cut by 500,000 → paid 5,000,000, borne 6,800,000.
    payout = assess(
        accident(
            other_liability=Yen(3_000_000), mental=records(20, 400_000), response_costs=800_000
        )
    )
    rows = {row["step"]: row for row in payout.to_rows()}
    assert rows["claimed"]["total"] == Yen(11_800_000)
    assert rows["after_deductible"]["liability"] == Yen(10_900_000)
    assert rows["after_ratio"]["response"] == Yen(720_000)
    assert rows["after_record_limit"]["liability"] == Yen(9_000_000)
    assert rows["after_phone_limit"]["total"] == Yen(5_500_000)
    assert (rows["paid"]["liability"], rows["paid"]["response"]) == (Yen(5_000_000), Yen(0))
    assert rows["self_borne"]["total"] == Yen(6_800_000)
    assert payout.limited_by == (Limit.RECORD, Limit.PHONE, Limit.CONTRACT)


# --- the insurance year ------------------------------------------------------------------------


def test_default_year_is_the_fiscal_year_from_april_1():
    assert InsuranceYear.fiscal(date(2026, 3, 31)) == InsuranceYear(date(2025, 4, 1))
    assert InsuranceYear.fiscal(date(2026, 4, 1)) == InsuranceYear(date(2026, 4, 1))
    assert assess(accident(date(2027, 3, 31))).year.end == date(2027, 3, 31)


def test_limits_restart_with_a_new_insurance_year():
    # 2027-03-31 and 2027-04-01 are in different fiscal years: both pay 4,000,000 on phone A.
    march = accident(date(2027, 3, 31), other_liability=Yen(4_100_000))
    april = accident(date(2027, 4, 1), other_liability=Yen(4_100_000))
    assert assess(april, history=[march]).paid == Yen(4_000_000)
    # With a year starting 2026-10-01 both fall in one year: 1,000,000 left.
    assert assess(april, history=[march], year_start=date(2026, 10, 1)).paid == Yen(1_000_000)


def test_a_year_from_29_february_ends_on_28_february():
    # 民法第143条: no 29 February next year, so the year ends on the last day of February.
    assert InsuranceYear(date(2024, 2, 29)).end == date(2025, 2, 28)
    assert InsuranceYear(date(2026, 2, 28)).end == date(2027, 2, 27)
    assert str(InsuranceYear(date(2026, 4, 1))) == "2026-04-01 to 2027-03-31"


def test_accident_outside_the_year_is_an_error():
    with pytest.raises(OutOfRange) as error:
        assess(accident(date(2026, 3, 31)), year_start=FY2026)
    assert error.value.code == "insurance.outside_year"
    with pytest.raises(OutOfRange) as error:
        assess_year([accident(date(2026, 5, 1)), accident(date(2027, 4, 1))])
    assert error.value.code == "insurance.outside_year"
    with pytest.raises(OutOfRange) as error:
        assess_year([accident(date(2026, 5, 1))], year_start=date(2026, 6, 1))
    assert error.value.code == "insurance.outside_year"


@pytest.mark.parametrize("start", [datetime(2026, 4, 1, 0, 0), "2026-04-01", None])
def test_year_start_must_be_a_date(start):
    with pytest.raises(InvalidInput) as error:
        InsuranceYear(start)
    assert error.value.code == "insurance.not_a_date"
    assert error.value.field == "year_start"


def test_year_start_in_the_last_representable_year_is_refused():
    with pytest.raises(OutOfRange) as error:
        InsuranceYear(date(9999, 1, 1))
    assert error.value.code == "insurance.outside_year"
    assert date(2026, 5, 1) not in InsuranceYear(date(2027, 4, 1))
    assert "2026-05-01" not in InsuranceYear(date(2026, 4, 1))


# --- history -----------------------------------------------------------------------------------


def test_history_as_payouts_counts_what_was_paid():
    first = assess(accident(date(2026, 5, 10), other_liability=Yen(4_100_000)))
    second = accident(date(2026, 8, 20), other_liability=Yen(1_600_000))
    assert assess(second, history=[first]).paid == Yen(1_000_000)


def test_history_of_other_contracts_and_years_is_ignored():
    other_contract = accident(
        date(2026, 5, 10), other_liability=Yen(5_100_000), contract=Contract("K-2")
    )
    last_year = accident(date(2026, 3, 1), other_liability=Yen(5_100_000))
    payout = assess(
        accident(date(2026, 8, 20), other_liability=Yen(600_000)),
        history=[other_contract, last_year],
    )
    assert payout.paid == Yen(500_000)
    assert payout.contract_used == Yen(0)


def test_history_after_the_accident_is_an_error():
    with pytest.raises(OutOfRange) as error:
        assess(accident(date(2026, 5, 1)), history=[accident(date(2026, 5, 2))])
    assert error.value.code == "insurance.history_after_accident"


@pytest.mark.parametrize("history", [accident(), "A", 3, [1]])
def test_history_must_be_accidents_or_payouts(history):
    with pytest.raises(InvalidInput) as error:
        assess(accident(), history=history)
    assert error.value.code == "insurance.bad_history"


def test_same_day_history_counts_in_the_order_given():
    a = accident(date(2026, 6, 1), "A", other_liability=Yen(4_100_000))
    b = accident(date(2026, 6, 1), "B", other_liability=Yen(900_000), response_costs=500_000)
    # a then b: b gets ① 800,000 + ② 200,000 (room 1,000,000, ② cut first).
    assert assess(b, history=[a]).response.paid == Yen(200_000)


# --- input validation --------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["other_liability", "response_costs"])
def test_negative_amounts_are_refused(field):
    with pytest.raises(InvalidInput) as error:
        accident(**{field: Yen(-1)})
    assert error.value.code == "insurance.negative_amount"
    assert error.value.field == field


def test_negative_mental_damage_is_refused():
    with pytest.raises(InvalidInput) as error:
        RecordDamages(1, Yen(-1))
    assert error.value.code == "insurance.negative_amount"


@pytest.mark.parametrize("count", [0, -1, True, "3"])
def test_record_counts_are_whole_and_positive(count):
    with pytest.raises(InvalidInput) as error:
        RecordDamages(count, Yen(1))
    assert error.value.code == "insurance.bad_records"


@pytest.mark.parametrize("mental", ["x", 3, [Yen(1)]])
def test_mental_damage_comes_as_record_damages(mental):
    with pytest.raises(InvalidInput) as error:
        accident(mental=mental)
    assert error.value.code == "insurance.bad_records"


def test_a_single_record_damages_is_accepted():
    assert accident(mental=RecordDamages(2, Yen(5))).mental == (RecordDamages(2, Yen(5)),)


def test_floats_are_not_money():
    with pytest.raises(TelcobizError) as error:
        accident(other_liability=0.5)
    assert error.value.code == "money.not_exact"


@pytest.mark.parametrize("phone", ["", "   ", None, 9012345678])
def test_phone_is_a_non_empty_name(phone):
    with pytest.raises(InvalidInput) as error:
        Accident(date(2026, 5, 1), phone)
    assert error.value.code == "insurance.bad_phone"


@pytest.mark.parametrize("on", [datetime(2026, 5, 1, 9, 0), "2026-05-01"])
def test_accident_date_is_a_date(on):
    with pytest.raises(InvalidInput) as error:
        Accident(on, "A")
    assert error.value.code == "insurance.not_a_date"


@pytest.mark.parametrize(
    "build",
    [
        lambda: accident(contract="K-1"),
        lambda: Contract(3),
        lambda: Contract("K-1", "corporation"),
    ],
)
def test_contract_is_validated(build):
    with pytest.raises(InvalidInput) as error:
        build()
    assert error.value.code == "insurance.bad_contract"


def test_contract_str():
    assert str(Contract("K-1")) == "K-1 (corporation)"
    assert str(Contract()) == "corporation"


@pytest.mark.parametrize("value", [accident(), "abc", 5, [accident(), "x"]])
def test_assess_year_needs_accidents(value):
    with pytest.raises(InvalidInput) as error:
        assess_year(value)
    assert error.value.code == "insurance.not_an_accident"


def test_assess_needs_an_accident():
    with pytest.raises(InvalidInput) as error:
        assess("accident")
    assert error.value.code == "insurance.not_an_accident"


def test_an_empty_year_needs_its_start():
    with pytest.raises(InvalidInput) as error:
        assess_year([])
    assert error.value.code == "insurance.no_year"
    empty = assess_year([], year_start=FY2026)
    assert (empty.paid, empty.payouts, empty.to_rows()) == (Yen(0), (), [])


def test_unknown_language_is_an_error():
    payout = assess(accident())
    with pytest.raises(InvalidInput) as error:
        payout.explain("fr")
    assert error.value.code == "explain.bad_lang"
    with pytest.raises(InvalidInput):
        assess_year([accident()]).explain("de")


# --- results: str, explain, rows, JSON ---------------------------------------------------------


def test_str_is_one_sentence():
    payout = assess(accident(mental=records(1, 500_000)))
    assert str(payout) == (
        "2026-05-01, phone A: claimed 500,000円, the insurance pays 300,000円, you bear"
        " 200,000円 (cut by the limits per record)"
    )
    year = assess_year([accident(other_liability=150_000)])
    assert str(year) == (
        "Insurance year 2026-04-01 to 2027-03-31: 1 accident, claimed 150,000円,"
        " the insurance pays 50,000円, you bear 100,000円"
    )


def test_explain_in_japanese_shows_every_step():
    payout = assess(
        accident(
            other_liability=Yen(3_000_000), mental=records(20, 400_000), response_costs=800_000
        )
    )
    lines = payout.explain("ja").splitlines()
    assert (
        lines[0]
        == "個人情報漏洩保険の保険金: 5,000,000円（損害額 11,800,000円、自己負担 6,800,000円）"
    )
    assert lines[2] == (
        "1. 損害額: ① 11,000,000円（精神的損害 20件 × 400,000円 = 8,000,000円、"
        "その他の賠償責任 3,000,000円）、② 800,000円、計 11,800,000円"
    )
    assert lines[5] == (
        "4. 精神的損害は個人情報1件につき 300,000円 まで: ①の上限 3,000,000円 + 20件 × 300,000円"
        " = 9,000,000円 → ① 9,000,000円"
    )
    assert lines[7].endswith("5,500,000円 → ① 5,000,000円、② 0円")
    assert lines[9] == (
        "自己負担: 6,800,000円（免責金額 100,000円、てん補割合・端数 80,000円、"
        "限度額超過 6,620,000円）"
    )
    assert lines[10] == "根拠:"
    assert any("INS-3" in line for line in lines[11:])


def test_explain_in_english():
    payout = assess(accident(response_costs=Yen(300_000), contract=Contract("K-7")))
    text = payout.explain("en")
    assert "Accident: 2026-05-01, phone A, contract K-7 (corporation)" in text
    assert "4. No mental damage claimed: ① 0円" in text
    assert "3. Coverage ratio (floored to whole yen): ① 100% → 0円, ② 90% → 180,000円" in text
    assert (
        "Self-borne: 120,000円 (deductible 100,000円, coverage ratio and rounding 20,000円" in text
    )


def test_explain_year_lists_accidents_phones_and_contracts():
    year = assess_year(
        [
            accident(date(2026, 6, 1), "A", other_liability=4_100_000),
            accident(date(2026, 7, 1), "B", other_liability=2_100_000),
            accident(date(2026, 7, 2), "B", response_costs=200_000, contract=Contract("K-2")),
        ]
    )
    ja = year.explain("ja").splitlines()
    assert ja[0] == (
        "個人情報漏洩保険 保険年度 2026-04-01～2027-03-31: 事故 3件、損害額 計 6,400,000円、"
        "保険金 計 5,090,000円（① 5,000,000円、② 90,000円）、自己負担 計 1,310,000円"
    )
    assert ja[2] == (
        "  2026-07-01 携帯電話 B: 損害額 2,100,000円 → 保険金 1,000,000円"
        "（① 1,000,000円、② 0円） 限度額: 1の位置情報等提供契約につき"
    )
    assert "  B（契約 K-2（法人））: ① 0円 / 5,000,000円、② 90,000円 / 500,000円" in ja
    assert "  契約者 法人: 5,000,000円 / 5,000,000円" in ja
    en = year.explain("en")
    assert "; limits: per contract per year" in en
    assert "  contract K-2 (corporation): 90,000円 / 5,000,000円" in en
    assert en.startswith("Personal-information leak insurance, year 2026-04-01 to 2027-03-31: 3")
    rows = year.to_rows()
    assert rows[1] == {
        "on": date(2026, 7, 1),
        "phone": "B",
        "contract": "corporation",
        "claimed": Yen(2_100_000),
        "liability_paid": Yen(1_000_000),
        "response_paid": Yen(0),
        "paid": Yen(1_000_000),
        "self_borne": Yen(1_100_000),
        "limited_by": "contract",
    }


def test_payout_rows_add_up():
    payout = assess(accident(mental=records(1, 500_000), response_costs=Yen(50_000)))
    rows = payout.to_rows()
    assert [row["step"] for row in rows] == [
        "claimed",
        "after_deductible",
        "after_ratio",
        "after_record_limit",
        "after_phone_limit",
        "paid",
        "self_borne",
    ]
    assert all(row["total"] == row["liability"] + row["response"] for row in rows)
    assert rows[5]["total"] + rows[6]["total"] == rows[0]["total"]


def test_results_carry_rules_and_citations():
    payout = assess(accident())
    assert payout.rules == ("INS-1", "INS-2", "INS-3")
    assert payout.citations[0] == TERMS_CITATION
    assert len(set(payout.citations)) == len(payout.citations)
    year = assess_year([accident(), accident(date(2026, 6, 1))])
    assert year.citations == payout.citations


def test_json_round_trip_through_the_shared_converter():
    the_accident = accident(
        other_liability=Yen("3000000.50"),
        mental=records(20, 400_000),
        response_costs=800_000,
        contract=Contract("K-1"),
    )
    payout = assess(the_accident)
    data = unstructure(payout)
    assert data["paid"] == "5000000"
    assert data["accident"]["mental"] == [{"records": 20, "per_record": "400000"}]
    assert data["liability"]["coverage"] == "liability"
    assert data["response"]["record_limit"] is None
    assert data["terms"]["insured_holders"] == ["corporation"]
    assert structure(data, Payout) == payout
    assert from_json(to_json(payout), Payout) == payout
    year = assess_year([the_accident, attrs.evolve(the_accident, phone="B")])
    assert from_json(to_json(year), YearPayout) == year
    assert from_json(to_json(the_accident), Accident) == the_accident
    assert from_json(to_json(PUBLISHED_TERMS), CoverageTerms) == PUBLISHED_TERMS


def test_bad_json_is_a_telcobiz_error():
    with pytest.raises(InvalidInput):
        structure({"on": "2026-05-01", "phone": "A", "other_liability": "-1"}, Accident)


def test_public_names_are_exported():
    assert set(ins.__all__) >= {"assess", "assess_year", "Payout", "YearPayout", "Accident"}
    assert INSURANCE_TERMS.at(date(2030, 1, 1)) is PUBLISHED_TERMS


def test_explain_year_of_one_contract_names_phones_only():
    year = assess_year(
        [
            accident(date(2026, 5, 1), "090-1234-5678", response_costs=400_000),
            accident(date(2026, 6, 1), "09012345678", response_costs=400_000),
        ]
    )
    # ② 270,000 then 230,000 (the 500,000 phone limit): one phone, written two ways.
    assert "  090-1234-5678: ① 0円 / 5,000,000円、② 500,000円 / 500,000円" in year.explain("ja")
    assert "  090-1234-5678: ① 0円 / 5,000,000円, ② 500,000円 / 500,000円" in year.explain("en")


def _docs_examples():
    # The accidents of docs/insurance.md "Worked examples", by row number: (accident, history).
    a_4m = accident(date(2026, 4, 10), "A", other_liability=4_100_000)
    a_r = accident(date(2026, 4, 10), "A", response_costs=400_000)
    a_b = [
        accident(date(2026, 4, 10), phone, other_liability=1_600_000, response_costs=500_000)
        for phone in ("A", "B")
    ]
    return {
        1: (accident(other_liability=80_000), []),
        2: (accident(other_liability=100_000), []),
        3: (accident(other_liability=100_001), []),
        4: (accident(other_liability=60_000, response_costs=100_000), []),
        5: (accident(response_costs=300_000), []),
        6: (accident(response_costs=100_015), []),
        7: (accident(mental=records(1, 500_000)), []),
        8: (accident(mental=records(1, 350_000)), []),
        9: (accident(mental=(RecordDamages(3, Yen(400_000)), RecordDamages(2, Yen(100_000)))), []),
        10: (accident(phone="A", other_liability=1_600_000), [a_4m]),
        11: (accident(phone="A", other_liability=1_600_000, response_costs=300_000), [a_4m]),
        12: (accident(phone="A", response_costs=400_000), [a_r]),
        13: (accident(phone="C", other_liability=1_100_000, response_costs=300_000), a_b),
        14: (
            accident(phone="D", response_costs=200_000),
            [
                *a_b,
                accident(date(2026, 4, 20), "C", other_liability=1_100_000, response_costs=300_000),
            ],
        ),
        15: (
            accident(
                other_liability=3_000_000, mental=records(20, 400_000), response_costs=800_000
            ),
            [],
        ),
    }


def test_docs_worked_examples_table_is_right():
    from pathlib import Path

    page = (Path(__file__).parents[3] / "docs" / "insurance.md").read_text(encoding="utf-8")
    rows = {}
    for line in page.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 5 and cells[0].isdigit():
            rows[int(cells[0])] = (Yen.parse(cells[3]), Yen.parse(cells[4]))
    examples = _docs_examples()
    assert sorted(rows) == sorted(examples)
    for number, (the_accident, history) in examples.items():
        payout = assess(the_accident, history=history)
        assert (payout.paid, payout.self_borne) == rows[number], f"row {number}"
