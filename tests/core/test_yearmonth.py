"""YearMonth: billing months (CAL-4, MC-7, CAC-2 build on it)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import InvalidInput, YearMonth
from telcobiz.testing import year_months


def test_parse_and_print():
    assert YearMonth.parse("2026-11") == YearMonth(2026, 11)
    assert YearMonth.parse("2026/1") == YearMonth(2026, 1)
    assert str(YearMonth(2026, 1)) == "2026-01"
    assert repr(YearMonth(2026, 1)) == "YearMonth(2026, 1)"


def test_month_arithmetic_crosses_years():
    assert YearMonth(2026, 11) + 2 == YearMonth(2027, 1)
    assert 2 + YearMonth(2026, 11) == YearMonth(2027, 1)
    assert YearMonth(2026, 1) - 1 == YearMonth(2025, 12)
    assert YearMonth(2027, 1) - YearMonth(2026, 11) == 2
    assert YearMonth(2026, 11).shift(-11) == YearMonth(2025, 12)
    assert YearMonth(2028, 10).months_since(YearMonth(2026, 11)) == 23


def test_first_and_last_day_with_leap_years():
    assert YearMonth(2024, 2).last_day == date(2024, 2, 29)
    assert YearMonth(2026, 2).last_day == date(2026, 2, 28)
    assert YearMonth(2100, 2).last_day == date(2100, 2, 28)
    assert YearMonth(2026, 12).last_day == date(2026, 12, 31)
    assert YearMonth(2026, 11).first_day == date(2026, 11, 1)
    assert len(list(YearMonth(2024, 2).days())) == 29


def test_of_and_contains():
    assert YearMonth.of(date(2026, 11, 22)) == YearMonth(2026, 11)
    assert date(2026, 11, 30) in YearMonth(2026, 11)
    assert date(2026, 12, 1) not in YearMonth(2026, 11)
    assert "2026-11-01" not in YearMonth(2026, 11)


def test_ordering():
    assert YearMonth(2026, 12) < YearMonth(2027, 1)
    assert max(YearMonth(2019, 9), YearMonth(2019, 10)) == YearMonth(2019, 10)


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "26-11", "2026-11-01", "", "abcd-ef"])
def test_bad_text_is_refused(text):
    with pytest.raises(InvalidInput) as caught:
        YearMonth.parse(text)
    assert caught.value.code in {"month.unparsable", "month.invalid"}


@pytest.mark.parametrize(("year", "month"), [(2026, 0), (2026, 13), (0, 1), (True, 1), (2026, 1.0)])
def test_bad_numbers_are_refused(year, month):
    with pytest.raises(InvalidInput) as caught:
        YearMonth(year, month)
    assert caught.value.code == "month.invalid"


def test_bad_operands():
    with pytest.raises(InvalidInput):
        YearMonth.of("2026-11-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        YearMonth(2026, 1).shift("1")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        YearMonth(2026, 1) + 1.0  # type: ignore[operator]
    with pytest.raises(TypeError):
        YearMonth(2026, 1) - "x"  # type: ignore[operator]


@given(year_months(), st.integers(-600, 600))
def test_adding_then_subtracting_round_trips(month, n):
    moved = month + n
    assert moved - month == n
    assert moved - n == month


@given(year_months())
def test_parse_reads_what_str_prints(month):
    assert YearMonth.parse(str(month)) == month
    assert (month + 1).first_day.toordinal() == month.last_day.toordinal() + 1
