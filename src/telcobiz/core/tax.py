"""Japanese consumption tax: rates by date (TAX-1) and invoice tax rounded once per rate (TAX-2).

Telecom services take the standard rate (they are not reduced-rate items). Under the
qualified invoice system the tax of an invoice is computed once per rate on the total taxable
amount of that rate, then rounded, never line by line; telcobiz's default rounding is floor.

>>> consumption_tax_rate(date(2019, 9, 30)), consumption_tax_rate(date(2019, 10, 1))
(Decimal('0.08'), Decimal('0.10'))
>>> tax = invoice_tax([(Yen("56040"), Decimal("0.10")), (Yen("9550.5"), Decimal("0.10"))])
>>> str(tax.total_tax), str(tax.groups[0].base)
('6,559円', '65,590.50円')
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from telcobiz.core.checks import expect_iterable
from telcobiz.core.citation import CONSUMPTION_TAX_ACT, CONSUMPTION_TAX_ORDER, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Rounding, Yen, to_decimal
from telcobiz.core.table import Dated, EffectiveTable
from telcobiz.core.text import percent

__all__ = [
    "CONSUMPTION_TAX_RATES",
    "INVOICE_ROUNDING_CITATION",
    "InvoiceTax",
    "TaxGroup",
    "consumption_tax_rate",
    "invoice_tax",
]


def _rate_row(rate: str, start: date, section: str) -> Dated[Decimal]:
    return Dated(
        Decimal(rate),
        start,
        citation=Citation(CONSUMPTION_TAX_ACT, section, rule="TAX-1"),
    )


CONSUMPTION_TAX_RATES: EffectiveTable[Decimal] = EffectiveTable(
    "consumption tax rate",
    [
        _rate_row("0.03", date(1989, 4, 1), "第29条 (1988年法律第108号)"),
        _rate_row("0.05", date(1997, 4, 1), "第29条 (1994年法律第109号 改正)"),
        _rate_row("0.08", date(2014, 4, 1), "第29条 (2012年法律第68号 改正)"),
        _rate_row("0.10", date(2019, 10, 1), "第29条 (2012年法律第68号 改正, 2016年延期)"),
    ],
)
"""TAX-1: the standard rate (consumption tax and local consumption tax together) by date."""

INVOICE_ROUNDING_CITATION = Citation(CONSUMPTION_TAX_ORDER, "第70条の10", rule="TAX-2")
"""TAX-2: one rounding per invoice and rate under the qualified invoice system."""


def consumption_tax_rate(on: date) -> Decimal:
    """The standard consumption tax rate in force on ``on`` (TAX-1).

    Before 1989-04-01 there was no consumption tax: asking is an
    :class:`~telcobiz.core.errors.OutOfRange` error rather than a silent zero.

    >>> consumption_tax_rate(date(2014, 4, 1))
    Decimal('0.08')
    """
    return CONSUMPTION_TAX_RATES.at(on)


@attrs.frozen
class TaxGroup:
    """The taxable base of one rate on an invoice and its tax, rounded once.

    ``rate=None`` is the non-taxable group (its tax is always zero).

    >>> group = TaxGroup(Decimal("0.10"), Yen("1001.50"), Yen(100))
    >>> str(group)
    '10%: base 1,001.50円, tax 100円'
    """

    rate: Decimal | None
    base: Yen
    tax: Yen

    @property
    def total(self) -> Yen:
        """Base plus tax."""
        return self.base + self.tax

    def __str__(self) -> str:
        label = "non-taxable" if self.rate is None else percent(self.rate)
        return f"{label}: base {self.base}, tax {self.tax}"


@attrs.frozen
class InvoiceTax:
    """The tax of a whole invoice: one :class:`TaxGroup` per rate, in rate order.

    >>> InvoiceTax((), Rounding.FLOOR).total_tax
    Yen('0')
    """

    groups: tuple[TaxGroup, ...]
    rounding: Rounding
    citation: Citation = INVOICE_ROUNDING_CITATION

    @property
    def total_tax(self) -> Yen:
        """Tax of all groups."""
        return Yen.sum(group.tax for group in self.groups)

    @property
    def total_base(self) -> Yen:
        """Taxable and non-taxable amounts before tax."""
        return Yen.sum(group.base for group in self.groups)


def invoice_tax(
    amounts: Iterable[tuple[Yen, Decimal | None]],
    *,
    rounding: Rounding = Rounding.FLOOR,
) -> InvoiceTax:
    """Tax of an invoice: group amounts by rate, then round each group's tax once (TAX-2).

    ``amounts`` are ``(amount, rate)`` pairs, tax-exclusive; ``rate=None`` marks a
    non-taxable amount. Sen are kept in the bases; only the tax is rounded.

    >>> lines = [(Yen("0.5"), Decimal("0.10"))] * 3
    >>> invoice_tax(lines).total_tax, invoice_tax(lines, rounding=Rounding.HALF_UP).total_tax
    (Yen('0'), Yen('0'))
    >>> invoice_tax([(Yen(1005), Decimal("0.10"))], rounding=Rounding.HALF_UP).total_tax
    Yen('101')
    """
    if not isinstance(rounding, Rounding):
        raise InvalidInput.for_value(
            "rounding", rounding, "a telcobiz.Rounding member", code="tax.rounding"
        )
    expect_iterable(amounts, "amounts", expected="(Yen, rate) pairs", code="tax.bad_amounts")
    bases: dict[Decimal | None, Yen] = {}
    for pair in amounts:
        if not (isinstance(pair, tuple) and len(pair) == 2):
            raise InvalidInput.for_value(
                "amounts",
                pair,
                "(Yen, rate) pairs such as (Yen(467), Decimal('0.10'))",
                code="tax.bad_amounts",
            )
        amount, rate = pair
        if not isinstance(amount, Yen):
            raise InvalidInput.for_value("amount", amount, "a Yen", code="tax.not_yen")
        key = None if rate is None else to_decimal(rate, field="rate")
        if key is not None and not Decimal(0) <= key < Decimal(1):
            raise InvalidInput.for_value("rate", rate, "a rate from 0 to 1, e.g. 0.10")
        bases[key] = bases.get(key, Yen.ZERO) + amount
    groups = tuple(
        TaxGroup(rate, base, Yen.ZERO if rate is None else (base * rate).rounded(rounding))
        for rate, base in sorted(bases.items(), key=lambda item: (item[0] is None, item[0] or 0))
    )
    return InvoiceTax(groups, rounding)
