"""Yen: exact money on Decimal (issue 2; CAC-4's 1,928.50 sample)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import InvalidInput, Rounding, Yen
from telcobiz.testing import yens


def test_sen_are_kept_exactly():
    # 003 web sample: 56.00 + 0.00 + 1,872.50 = 1,928.50 (CAC-6 Decision).
    total = Yen("56.00") + Yen("0.00") + Yen("1872.50")
    assert total == Yen("1928.50")
    assert total.amount == Decimal("1928.50")


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Yen("1928.50"), "1,928.50円"),
        (Yen(1929), "1,929円"),
        (Yen("1929.00"), "1,929円"),
        (Yen(-1410), "-1,410円"),
        (Yen(0), "0円"),
        (Yen("0.5"), "0.50円"),
        (Yen("1.005"), "1.005円"),
        (Yen(33840), "33,840円"),
    ],
)
def test_str_formats_with_separators(amount, text):
    assert str(amount) == text


def test_format_options():
    assert Yen(1929).format(sen=True) == "1,929.00円"
    assert Yen("1928.50").format(unit=" yen") == "1,928.50 yen"
    assert f"{Yen(467):>8}" == "    467円"
    assert f"{Yen(467)}" == "467円"
    with pytest.raises(InvalidInput) as caught:
        Yen("1928.50").format(sen=False)
    assert caught.value.code == "money.hidden_sen"


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (Rounding.FLOOR, ["1928", "-1929"]),
        (Rounding.CEILING, ["1929", "-1928"]),
        (Rounding.DOWN, ["1928", "-1928"]),
        (Rounding.HALF_UP, ["1929", "-1929"]),
        (Rounding.HALF_EVEN, ["1928", "-1928"]),
    ],
)
def test_rounding_modes_are_named(mode, expected):
    assert [Yen("1928.50").rounded(mode), Yen("-1928.50").rounded(mode)] == [
        Yen(value) for value in expected
    ]


def test_default_rounding_is_floor():
    assert Yen("1928.99").rounded() == Yen(1928)


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        (0.1, "money.not_exact"),
        (True, "money.not_exact"),
        (None, "money.not_exact"),
        ("abc", "money.not_a_number"),
        ("NaN", "money.not_finite"),
        ("Infinity", "money.not_finite"),
        (Decimal("-inf"), "money.not_finite"),
    ],
)
def test_inexact_or_non_finite_input_is_refused(bad, code):
    with pytest.raises(InvalidInput) as caught:
        Yen(bad)
    assert caught.value.code == code
    assert caught.value.field == "amount"
    assert "expected" in str(caught.value)


def test_errors_are_value_errors_too():
    with pytest.raises(ValueError, match="floats are not exact"):
        Yen(1.5)


def test_arithmetic():
    assert Yen(467) * 120 == Yen(56040)
    assert 3 * Yen(200) == Yen(600)
    assert Yen(467) * Decimal("0.10") == Yen("46.70")
    assert Yen(1000) / 8 == Yen(125)
    assert Yen(1) / 1024 == Yen("0.0009765625")
    assert Yen(100) - Yen(250) == Yen(-150)
    assert -Yen(5) == Yen(-5)
    assert +Yen(5) == Yen(5)
    assert abs(Yen(-5)) == Yen(5)
    assert sum([Yen(1), Yen(2)]) == Yen(3)
    assert Yen.sum([]) == Yen.ZERO
    assert not Yen(0)
    assert Yen("0.01")


def test_arithmetic_refuses_floats_and_nonsense():
    with pytest.raises(InvalidInput):
        Yen(1) * 1.5
    with pytest.raises(InvalidInput):
        Yen(1) / 1.5
    with pytest.raises(InvalidInput) as caught:
        Yen(1) / 0
    assert caught.value.code == "money.divide_by_zero"
    with pytest.raises(TypeError):
        Yen(1) * Yen(2)  # type: ignore[operator]
    with pytest.raises(TypeError):
        Yen(1) + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        Yen(1) - 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        Yen(1) / "2"  # type: ignore[operator]
    with pytest.raises(TypeError):
        Yen(1) * True  # type: ignore[operator]
    with pytest.raises(InvalidInput) as caught:
        round(Yen("1.5"))
    assert caught.value.code == "money.implicit_rounding"
    with pytest.raises(InvalidInput):
        Yen(1).rounded("floor")  # type: ignore[arg-type]


def test_comparison_and_hash():
    assert Yen(191) < Yen(467)
    assert Yen("1.0") == Yen(1)
    assert hash(Yen("1.0")) == hash(Yen(1))
    assert sorted([Yen(3), Yen(-1), Yen(2)]) == [Yen(-1), Yen(2), Yen(3)]
    assert repr(Yen("1928.50")) == "Yen('1928.50')"
    assert Yen(Yen(5)) == Yen(5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,928.50円", Yen("1928.50")),
        ("467", Yen(467)),
        ("-1,410", Yen(-1410)),
        ("¥33,840", Yen(33840)),
        (" 0.50 円 ", Yen("0.50")),
    ],
)
def test_parse_reads_amounts_written_for_people(text, expected):
    assert Yen.parse(text) == expected


@pytest.mark.parametrize("text", ["", "1,92,8", "12円34", "abc", "1.2.3"])
def test_parse_refuses_malformed_text(text):
    with pytest.raises(InvalidInput) as caught:
        Yen.parse(text)
    assert caught.value.code == "money.unparsable"


@given(yens(), yens())
def test_addition_is_exact_and_commutative(a, b):
    assert a + b == b + a
    assert (a + b) - b == a


@given(yens(), st.sampled_from(list(Rounding)))
def test_rounded_is_whole_and_within_one_yen(amount, mode):
    whole = amount.rounded(mode)
    assert whole.is_whole
    assert abs(whole - amount) < Yen(1)


@given(yens())
def test_floor_never_exceeds_ceiling(amount):
    assert amount.rounded(Rounding.FLOOR) <= amount <= amount.rounded(Rounding.CEILING)


@given(yens())
def test_parse_reads_what_str_prints(amount):
    assert Yen.parse(str(amount)) == amount
