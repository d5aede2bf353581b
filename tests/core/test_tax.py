"""Consumption tax (TAX-1 rates by date, TAX-2 one rounding per invoice and rate)."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import OutOfRange, Rounding, Yen, consumption_tax_rate
from telcobiz.core import InvalidInput
from telcobiz.core.tax import CONSUMPTION_TAX_RATES, invoice_tax
from telcobiz.testing import yens


@pytest.mark.parametrize(
    ("on", "rate"),
    [
        (date(1989, 4, 1), "0.03"),
        (date(1997, 3, 31), "0.03"),
        (date(1997, 4, 1), "0.05"),
        (date(2014, 3, 31), "0.05"),
        (date(2014, 4, 1), "0.08"),
        (date(2019, 9, 30), "0.08"),
        (date(2019, 10, 1), "0.10"),
        (date(2026, 11, 22), "0.10"),
    ],
)
def test_rates_change_on_their_dates(on, rate):
    assert consumption_tax_rate(on) == Decimal(rate)


def test_no_consumption_tax_before_1989_is_an_error_not_zero():
    with pytest.raises(OutOfRange) as caught:
        consumption_tax_rate(date(1989, 3, 31))
    assert caught.value.code == "table.before_first"
    assert caught.value.expected == "a date on or after 1989-04-01"


def test_every_rate_is_cited():
    for row in CONSUMPTION_TAX_RATES:
        assert row.citation is not None
        assert row.citation.rule == "TAX-1"
        assert "消費税法" in str(row.citation)


def test_tax_is_rounded_once_per_invoice_not_per_line():
    # 3 lines of 5 yen at 10%: per line 0.5 each would floor to 0; once per invoice 1.5 -> 1.
    lines = [(Yen(5), Decimal("0.10"))] * 3
    result = invoice_tax(lines)
    assert result.total_tax == Yen(1)
    assert result.groups[0].base == Yen(15)
    assert result.rounding is Rounding.FLOOR
    assert result.citation.rule == "TAX-2"


def test_worked_invoice_120_devices():
    # 120 devices x 467 yen = 56,040; tax 10% = 5,604 exactly.
    result = invoice_tax([(Yen(467) * 120, consumption_tax_rate(date(2026, 12, 1)))])
    assert result.total_tax == Yen(5604)
    assert result.groups[0].total == Yen(61644)


def test_groups_by_rate_and_non_taxable():
    result = invoice_tax(
        [
            (Yen("1928.50"), Decimal("0.10")),
            (Yen(100), None),
            (Yen(999), Decimal("0.08")),
            (Yen("0.50"), Decimal("0.10")),
        ]
    )
    assert [group.rate for group in result.groups] == [Decimal("0.08"), Decimal("0.10"), None]
    assert [group.tax for group in result.groups] == [Yen(79), Yen(192), Yen(0)]
    assert result.total_tax == Yen(271)
    assert result.total_base == Yen("3028.00")
    assert [str(group) for group in result.groups] == [
        "8%: base 999円, tax 79円",
        "10%: base 1,929円, tax 192円",
        "non-taxable: base 100円, tax 0円",
    ]


def test_named_rounding_is_applied():
    lines = [(Yen(1005), Decimal("0.10"))]
    assert invoice_tax(lines).total_tax == Yen(100)
    assert invoice_tax(lines, rounding=Rounding.HALF_UP).total_tax == Yen(101)
    assert invoice_tax(lines, rounding=Rounding.CEILING).total_tax == Yen(101)


def test_bad_input():
    with pytest.raises(InvalidInput) as caught:
        invoice_tax([(467, Decimal("0.10"))])  # type: ignore[list-item]
    assert caught.value.code == "tax.not_yen"
    with pytest.raises(InvalidInput):
        invoice_tax([(Yen(1), 0.1)])  # type: ignore[list-item]
    with pytest.raises(InvalidInput):
        invoice_tax([(Yen(1), Decimal(10))])
    with pytest.raises(InvalidInput) as caught:
        invoice_tax([], rounding="floor")  # type: ignore[arg-type]
    assert caught.value.code == "tax.rounding"


@given(st.lists(yens(min_value=Yen(0)), max_size=20))
def test_tax_once_is_never_below_sum_of_floored_line_taxes(amounts):
    rate = Decimal("0.10")
    once = invoice_tax([(amount, rate) for amount in amounts]).total_tax
    per_line = Yen.sum((amount * rate).rounded() for amount in amounts)
    assert once >= per_line
    assert once == (Yen.sum(amounts) * rate).rounded()
