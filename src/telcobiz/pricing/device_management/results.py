"""What a DMP quote returns: one month's bill, or a run of months (DMP-1..DMP-4, TAX-1, TAX-2).

A :class:`Quote` is the bill of one billing month, total first, then the lines and the tax
(computed once per rate and floored, TAX-2, at the rate in force on the month's first day,
TAX-1) that explain it. A :class:`Projection` is one quote per month over a run of months,
and their sum. Both give plain rows for a data frame (``to_rows``) and a text table with rule
IDs and citations (``explain``, rendered by :mod:`~telcobiz.pricing.device_management.text`).

>>> from datetime import date
>>> from telcobiz.pricing import DeviceGroup, project
>>> run = project([DeviceGroup("a", "ios", 3, date(2026, 11, 1))], "2026-11", 2)
>>> isinstance(run, Projection), all(isinstance(month, Quote) for month in run)
(True, True)
>>> str(run.quotes[1])
'2026-12: 1,541円 (1,401円 + consumption tax 140円 at 10%) for 3 devices'
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.frames import ColumnKind, columns, to_dataframe
from telcobiz.core.money import Rounding, Yen
from telcobiz.core.tax import TaxGroup
from telcobiz.core.text import percent
from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing.device_management.lines import QuoteLine
from telcobiz.pricing.device_management.text import Lang, _explain_projection, _explain_quote

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Projection", "Quote"]

_LINE_COLUMNS = columns(
    month="month",
    group="text",
    kind="text",
    what="text",
    option="text",
    phase="text",
    unit_price="money",
    quantity="int",
    amount="money",
    rule=ColumnKind.TEXT,
    citation="text",
)
_MONTH_COLUMNS = columns(
    month="month",
    devices="int",
    basic_pack_applied="int",
    subtotal="money",
    tax_rate="decimal",
    tax="money",
    total="money",
)


@attrs.frozen
class Quote:
    """The bill of one month: total first, then the lines and the tax that explain it.

    Attributes:
        total: ``subtotal + tax``.
        month: the billing month.
        subtotal: the sum of the lines, before tax (sen kept).
        tax: consumption tax, computed once per rate on the taxable total (TAX-2).
        tax_rate: the standard rate in force on the month's first day (TAX-1).
        lines: every charge and discount, by group name, then fleet-wide lines.
        tax_groups: the taxable base and tax of each rate.
        rounding: how each rate's tax was rounded to whole yen (floor by default).
        devices: devices billed this month (groups started on or before it).
        basic_pack_ids: the Basic Pack IDs the caller has.
        basic_pack_applied: devices that paid the Basic Pack price this month.
        rules: the catalogue rule IDs the quote applied.
        citations: the sources of every value used.

    >>> from datetime import date
    >>> from telcobiz.pricing import DeviceGroup, Fleet, quote
    >>> fleet = Fleet([DeviceGroup("a", "ios", 3, date(2026, 10, 1))])
    >>> november = quote(fleet, YearMonth(2026, 11))
    >>> [(line.what, str(line.amount)) for line in november.lines], str(november.total)
    ([('基本サービス', '1,401円')], '1,541円')
    """

    total: Yen
    month: YearMonth
    subtotal: Yen
    tax: Yen
    tax_rate: Decimal
    lines: tuple[QuoteLine, ...]
    tax_groups: tuple[TaxGroup, ...]
    rounding: Rounding
    devices: int
    basic_pack_ids: int
    basic_pack_applied: int
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        return (
            f"{self.month}: {self.total} ({self.subtotal} + consumption tax {self.tax} at"
            f" {percent(self.tax_rate)}) for {self.devices} devices"
        )

    def lines_of(self, group: str) -> tuple[QuoteLine, ...]:
        """Return the lines of one group (fleet-wide lines have ``group=None``).

        >>> from datetime import date
        >>> from telcobiz.pricing import DeviceGroup, Fleet, quote
        >>> fleet = Fleet([DeviceGroup("a", "ios", 3, date(2026, 10, 1))])
        >>> len(quote(fleet, YearMonth(2026, 11)).lines_of("a"))
        1
        """
        return tuple(line for line in self.lines if line.group == group)

    def to_rows(self) -> list[dict[str, Any]]:
        """One plain dict per line, with the month: ``pandas.DataFrame(quote.to_rows())``.

        >>> from datetime import date
        >>> from telcobiz.pricing import DeviceGroup, Fleet, quote
        >>> fleet = Fleet([DeviceGroup("a", "ios", 3, date(2026, 10, 1))])
        >>> quote(fleet, YearMonth(2026, 11)).to_rows()[0]["month"]
        '2026-11'
        """
        month = str(self.month)
        return [{"month": month, **line.to_row()} for line in self.lines]

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame: ``month`` a ``Period[M]``, amounts exact.

        Amounts are ``decimal128`` (``pd.ArrowDtype``): ``sum()`` is exact and ``plot()``
        draws them. Needs the ``pandas`` extra.

        >>> from datetime import date
        >>> from telcobiz.pricing import DeviceGroup, Fleet, quote
        >>> fleet = Fleet([DeviceGroup("a", "ios", 3, date(2026, 10, 1))])
        >>> frame = quote(fleet, YearMonth(2026, 11)).to_dataframe()
        >>> frame["amount"].sum(), str(frame["month"].dtype)
        (Decimal('1401.00'), 'period[M]')
        """
        return to_dataframe(self.to_rows(), _LINE_COLUMNS, needed_by="Quote.to_dataframe()")

    def explain(self, lang: Lang = "ja") -> str:
        """Return the full breakdown as a text table, with rule IDs and citations.

        >>> from datetime import date
        >>> from telcobiz.pricing import DeviceGroup, Fleet, quote
        >>> fleet = Fleet([DeviceGroup("a", "ios", 3, date(2026, 11, 1))])
        >>> print(quote(fleet, YearMonth(2026, 11)).explain("en"))
        KDDI Device Management Pack, billing month 2026-11 (prices before tax)
        group  item                              unit price  quantity  amount  rule
        -----  --------------------------------  ----------  --------  ------  -----
        a      Initial fee                              0円         3      0円  DMP-1
        a      Basic service (start month free)         0円         3      0円  DMP-1
               Subtotal                                                    0円
               Consumption tax 10% (floored)                               0円  TAX-2
               Total                                                       0円
        Devices billed: 3. Basic Pack IDs: 0, used: 0.
        Rules: DMP-1, TAX-1, TAX-2
        Sources:
        ...
        """
        return _explain_quote(self, lang)


@attrs.frozen
class Projection:
    """One :class:`Quote` per month over a run of months, and their sum.

    >>> from datetime import date
    >>> from telcobiz.pricing import DeviceGroup, Fleet, project
    >>> fleet = Fleet([DeviceGroup("a", "ios", 10, date(2026, 11, 5))])
    >>> run = project(fleet, YearMonth(2026, 11), 3)
    >>> [str(q.total) for q in run.quotes], str(run.total), str(run.end)
    (['0円', '5,137円', '5,137円'], '10,274円', '2027-01')
    """

    total: Yen
    start: YearMonth
    quotes: tuple[Quote, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def months(self) -> int:
        """The number of months."""
        return len(self.quotes)

    @property
    def end(self) -> YearMonth:
        """The last month."""
        return self.start.shift(self.months - 1)

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def __str__(self) -> str:
        return f"{self.start} to {self.end}: {self.total} over {self.months} months"

    def to_rows(self, *, detail: bool = False) -> list[dict[str, Any]]:
        """One plain dict per month, or per line of every month with ``detail=True``.

        ``pandas.DataFrame(projection.to_rows())`` gives a month-by-month table.

        >>> from datetime import date
        >>> from telcobiz.pricing import DeviceGroup, Fleet, project
        >>> fleet = Fleet([DeviceGroup("a", "ios", 10, date(2026, 11, 5))])
        >>> rows = project(fleet, YearMonth(2026, 11), 2).to_rows()
        >>> rows[1]
        {'month': '2026-12', 'devices': 10, 'basic_pack_applied': 0, 'subtotal': Decimal('4670'), \
'tax_rate': Decimal('0.10'), 'tax': Decimal('467'), 'total': Decimal('5137')}
        """
        if detail:
            return [row for month in self.quotes for row in month.to_rows()]
        return [
            {
                "month": str(month.month),
                "devices": month.devices,
                "basic_pack_applied": month.basic_pack_applied,
                "subtotal": month.subtotal.amount,
                "tax_rate": month.tax_rate,
                "tax": month.tax.amount,
                "total": month.total.amount,
            }
            for month in self.quotes
        ]

    def to_dataframe(self, *, detail: bool = False) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, ready for ``df.plot(x="month", y="total")``.

        ``month`` is a ``Period[M]``; amounts and the tax rate are exact ``decimal128``
        (``pd.ArrowDtype``), so ``df["total"].sum()`` equals :attr:`total`. Needs the
        ``pandas`` extra.

        >>> from datetime import date
        >>> from telcobiz.pricing import DeviceGroup, Fleet, project
        >>> fleet = Fleet([DeviceGroup("a", "ios", 10, date(2026, 11, 5))])
        >>> frame = project(fleet, YearMonth(2026, 11), 3).to_dataframe()
        >>> frame["total"].tolist(), frame["total"].sum()
        ([Decimal('0.00'), Decimal('5137.00'), Decimal('5137.00')], Decimal('10274.00'))
        """
        specs = _LINE_COLUMNS if detail else _MONTH_COLUMNS
        rows = self.to_rows(detail=detail)
        return to_dataframe(rows, specs, needed_by="Projection.to_dataframe()")

    def explain(self, lang: Lang = "ja") -> str:
        """Return a month-by-month table with the total, rule IDs and citations.

        >>> from datetime import date
        >>> from telcobiz.pricing import DeviceGroup, Fleet, project
        >>> fleet = Fleet([DeviceGroup("a", "ios", 10, date(2026, 11, 5))])
        >>> print(project(fleet, YearMonth(2026, 11), 2).explain("en"))
        KDDI Device Management Pack, 2026-11 to 2026-12 (2 months, prices before tax)
        month    devices  subtotal  tax rate    tax    total
        -------  -------  --------  --------  -----  -------
        2026-11       10       0円       10%    0円      0円
        2026-12       10   4,670円       10%  467円  5,137円
        Total                                        5,137円
        Rules: DMP-1, TAX-1, TAX-2
        Sources:
        ...
        """
        return _explain_projection(self, lang)
