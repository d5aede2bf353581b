"""Yen's bounds (issue 20, defect 3): 15 integer digits, 12 decimal places, exact or OutOfRange."""

import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import InvalidInput, OutOfRange, Rounding, Yen

LIMIT = Fraction(10**15)


def in_bounds(value: Fraction) -> bool:
    return abs(value) < LIMIT and (value * 10**12).denominator == 1


@pytest.mark.parametrize(
    "build",
    [
        lambda: Yen("1e28").rounded(),
        lambda: str(Yen("12345678901234567890123456789.5")),
        lambda: Yen("1e999999") * 10,
        lambda: Yen(467) * (10**26 + 1),
        lambda: str(Yen("1e999999999")),
        lambda: Yen(10**15),
        lambda: Yen("-1000000000000000"),
        lambda: Yen.MAX + Yen("0.000000000001"),
        lambda: -Yen.MAX - Yen(1),
        lambda: Yen(1) * 10**5000,
        lambda: Yen(1) * Decimal("1e999999"),
        lambda: Yen.sum([Yen.MAX, Yen.MAX]),
    ],
)
def test_amounts_past_the_bound_are_out_of_range(build):
    with pytest.raises(OutOfRange) as caught:
        build()
    assert caught.value.code == "money.out_of_range"
    assert "at most 15 integer digits" in str(caught.value)
    assert len(str(caught.value)) < 300  # never a message quoting a million digits


def test_the_issue_cases_no_longer_escape_as_decimal_errors():
    # Yen(467) * (10**26 + 1) used to give Yen('4.670000000000000000000000047E+28').
    with pytest.raises(OutOfRange, match=r"467円 \* 100000000000000000000000001 is too large"):
        Yen(467) * (10**26 + 1)
    with pytest.raises(OutOfRange, match="got '1e28'"):
        Yen("1e28")


@pytest.mark.parametrize(
    "build",
    [
        lambda: Yen("1e-999999999"),
        lambda: Yen("0.0000000000001"),
        lambda: Yen(1000) / 3,
        lambda: Yen(1) * Decimal("1.0000000000000000000000000000000000000000000000001"),
        lambda: Yen("0.000000000001") * Decimal("0.1"),
    ],
)
def test_more_than_twelve_places_is_too_precise(build):
    with pytest.raises(OutOfRange) as caught:
        build()
    assert caught.value.code == "money.too_precise"


def test_division_says_how_to_get_an_answer():
    with pytest.raises(OutOfRange, match=r"1000円 / 3 has more than 12 decimal places.*round"):
        Yen(1000) / 3


def test_the_largest_amount():
    assert Yen("999999999999999.999999999999") == Yen.MAX
    assert Yen("-999999999999999.999999999999") == -Yen.MAX
    assert str(Yen.MAX.rounded(Rounding.DOWN)) == "999,999,999,999,999円"
    with pytest.raises(OutOfRange):
        Yen.MAX.rounded(Rounding.CEILING)  # 10^15 itself is past the bound
    assert Yen.MAX_PLACES == 12


def test_exponents_are_brought_into_range_exactly():
    assert repr(Yen("1e3")) == "Yen('1000')"
    assert str(Yen("1E+14")) == "100,000,000,000,000円"
    assert repr(Yen("1.500000000000000000")) == "Yen('1.500000000000')"
    assert repr(Yen("0E-99999999")) == "Yen('0E-12')"
    assert repr(Yen("0E+99999999")) == "Yen('0')"
    assert repr(Yen("-0.00")) == "Yen('-0.00')"  # kept as written: a CSV file reads back


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        ("NaN", "money.not_finite"),
        ("sNaN", "money.not_finite"),
        (Decimal("sNaN"), "money.not_finite"),
        (Decimal("-NaN"), "money.not_finite"),
        ("-Infinity", "money.not_finite"),
        (float("nan"), "money.not_exact"),
        (float("inf"), "money.not_exact"),
    ],
)
def test_nan_and_infinities_are_refused(bad, code):
    with pytest.raises(InvalidInput) as caught:
        Yen(bad)
    assert caught.value.code == code
    if not isinstance(bad, str):  # text is no factor at all: `Yen(1) * "2"` is a TypeError
        with pytest.raises(InvalidInput):
            Yen(1) * bad


def test_arithmetic_ignores_the_callers_decimal_context():
    with decimal.localcontext() as context:
        context.prec = 3
        context.traps[decimal.Inexact] = True
        assert Yen("123456.78") + Yen("0.01") == Yen("123456.79")
        assert Yen("123456.78") * 3 == Yen("370370.34")
        assert -Yen("123456.78") == Yen("-123456.78")
        assert Yen("123456.78").rounded() == Yen(123456)
        assert str(Yen("123456.78")) == "123,456.78円"


def test_sum_refuses_what_is_not_yen():
    with pytest.raises(InvalidInput) as caught:
        Yen.sum([Yen(1), 2])  # type: ignore[list-item]
    assert caught.value.code == "money.not_yen"


def test_partial_sums_may_pass_the_bound():
    assert Yen.sum([Yen.MAX, Yen.MAX, -Yen.MAX]) == Yen.MAX


# Amounts from far inside to far outside the bounds: any sign, 0..30 digits, exponents -20..+20.
wide_decimals = st.builds(
    lambda sign, digits, exponent: Decimal((sign, tuple(int(d) for d in digits), exponent)),
    st.integers(0, 1),
    st.text("0123456789", min_size=1, max_size=30),
    st.integers(-20, 20),
)
factors = st.one_of(st.integers(-(10**30), 10**30), wide_decimals)


@given(wide_decimals)
def test_building_is_exact_or_out_of_range(number):
    exact = Fraction(number)
    try:
        amount = Yen(number)
    except OutOfRange:
        assert not in_bounds(exact)
    else:
        assert in_bounds(exact)
        assert Fraction(amount.amount) == exact


@given(wide_decimals.filter(lambda d: in_bounds(Fraction(d))), factors, st.sampled_from("+-*/"))
def test_arithmetic_is_exact_or_out_of_range(number, other, operator):
    amount = Yen(number)
    right = Fraction(other)
    if operator in "+-":
        if not in_bounds(right):
            return
        operand: object = Yen(other)
    else:
        operand = other
    if operator == "/" and right == 0:
        with pytest.raises(InvalidInput):
            amount / operand  # type: ignore[operator]
        return
    exact = {
        "+": lambda: Fraction(number) + right,
        "-": lambda: Fraction(number) - right,
        "*": lambda: Fraction(number) * right,
        "/": lambda: Fraction(number) / right,
    }[operator]()
    try:
        result = {
            "+": lambda: amount + operand,  # type: ignore[operator]
            "-": lambda: amount - operand,  # type: ignore[operator]
            "*": lambda: amount * operand,  # type: ignore[operator]
            "/": lambda: amount / operand,  # type: ignore[operator]
        }[operator]()
    except OutOfRange:
        assert not in_bounds(exact)
    else:
        assert Fraction(result.amount) == exact
        assert in_bounds(exact)
