"""Cited prices and phased prices (Kill Bill style phases, used by DMP-1 and DMP-4)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import InvalidInput, OutOfRange, Yen
from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.pricing.price import PhasedPrice, PhaseType, Price, PricePhase

CITE = Citation(BOS_DMP_GUIDE, "§3.5.4", rule="DMP-4")


def smart_value_like():
    return PhasedPrice(
        "sv",
        (
            PricePhase(PhaseType.DISCOUNT, Yen(1410), CITE, months=24),
            PricePhase(PhaseType.EVERGREEN, Yen(934), CITE),
        ),
    )


def test_price_prints_amount_and_rule():
    assert str(Price(Yen(467), Citation(BOS_DMP_GUIDE, "§3.5.3", rule="DMP-1"))) == "467円 (DMP-1)"
    assert str(Price(Yen(0), Citation(BOS_DMP_GUIDE, "§3.5.3"))) == "0円 (§3.5.3)"


@pytest.mark.parametrize(
    ("month", "phase", "price"),
    [
        (1, PhaseType.DISCOUNT, 1410),
        (24, PhaseType.DISCOUNT, 1410),
        (25, PhaseType.EVERGREEN, 934),
        (600, PhaseType.EVERGREEN, 934),
    ],
)
def test_phase_boundaries_dmp_4_month_24_then_25(month, phase, price):
    assert smart_value_like().phase_at(month).type is phase
    assert smart_value_like().price_at(month) == Yen(price)


def test_total_for_two_years_is_33840_as_the_seed_says():
    # 000 §3.5.4: 「1,410 円/月×24=33,840 円」; from the 3rd year 934 yen.
    assert smart_value_like().total_for(24) == Yen(33_840)
    assert smart_value_like().total_for(36) == Yen(33_840 + 12 * 934)
    assert smart_value_like().total_for(0) == Yen(0)


@pytest.mark.parametrize("bad", [0, -1])
def test_month_before_the_start_is_out_of_range(bad):
    with pytest.raises(OutOfRange) as caught:
        smart_value_like().phase_at(bad)
    assert caught.value.code == "pricing.bad_month_number"


@pytest.mark.parametrize("bad", [True, 1.5, "3"])
def test_month_number_must_be_an_int(bad):
    with pytest.raises(InvalidInput) as caught:
        smart_value_like().phase_at(bad)
    assert caught.value.code == "pricing.bad_month_number"


@pytest.mark.parametrize("bad", [-1, True, "12"])
def test_total_for_needs_a_count_of_months(bad):
    with pytest.raises(InvalidInput) as caught:
        smart_value_like().total_for(bad)
    assert caught.value.code == "pricing.bad_months"


@pytest.mark.parametrize(
    "phases",
    [
        (),
        ("not a phase",),
        (PricePhase(PhaseType.TRIAL, Yen(0), CITE, months=1),),  # no open-ended phase
        (
            PricePhase(PhaseType.EVERGREEN, Yen(1), CITE),
            PricePhase(PhaseType.EVERGREEN, Yen(2), CITE),
        ),
    ],
)
def test_phases_need_bounded_phases_then_one_open_ended(phases):
    with pytest.raises(InvalidInput) as caught:
        PhasedPrice("bad", phases)
    assert caught.value.code == "pricing.bad_phases"


@pytest.mark.parametrize("months", [0, -3, True, 1.0])
def test_a_phase_length_is_a_positive_int(months):
    with pytest.raises(InvalidInput) as caught:
        PricePhase(PhaseType.DISCOUNT, Yen(1), CITE, months=months)
    assert caught.value.code == "pricing.bad_phases"


def test_phase_labels():
    assert [phase.label for phase in PhaseType] == ["無料期間", "割引期間", "継続期間"]
    assert PhaseType.DISCOUNT.label_en == "discount period"


@given(st.lists(st.integers(1, 40), min_size=0, max_size=4), st.integers(1, 200))
def test_total_for_is_the_sum_of_the_monthly_prices(lengths, months):
    phases = [PricePhase(PhaseType.DISCOUNT, Yen(n), CITE, months=n) for n in lengths]
    price = PhasedPrice("p", (*phases, PricePhase(PhaseType.EVERGREEN, Yen(7), CITE)))
    assert price.total_for(months) == Yen.sum(price.price_at(m) for m in range(1, months + 1))
