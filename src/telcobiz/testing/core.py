"""Hypothesis strategies for the core values: :class:`~telcobiz.core.Yen`, months, dates.

>>> from hypothesis import given
>>> @given(yens(min_value=Yen(0)))
... def test_never_negative(amount): assert amount >= Yen(0)
>>> test_never_negative()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import reject
from hypothesis import strategies as st

from telcobiz.core.citation import Citation, Source
from telcobiz.core.errors import TelcobizError
from telcobiz.core.frames import Column
from telcobiz.core.money import Rounding, Yen
from telcobiz.core.table import Dated, EffectiveTable
from telcobiz.core.tax import InvoiceTax, TaxGroup, invoice_tax
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.calendar import (
    FIRST_SUPPORTED_YEAR,
    LAST_SUPPORTED_YEAR,
    BusinessCalendar,
)

__all__ = [
    "business_days",
    "citations",
    "columns",
    "dated_values",
    "dates",
    "effective_tables",
    "invoice_taxes",
    "parts",
    "returned",
    "sources",
    "tax_groups",
    "year_months",
    "yens",
]

T = TypeVar("T")
P = TypeVar("P")

_FIRST = date(FIRST_SUPPORTED_YEAR, 1, 1)
_LAST = date(LAST_SUPPORTED_YEAR, 12, 31)


def yens(
    *,
    min_value: Yen = Yen(-10_000_000),
    max_value: Yen = Yen(10_000_000),
    sen: bool = True,
) -> st.SearchStrategy[Yen]:
    """Amounts from ``min_value`` to ``max_value``; with ``sen=False`` whole yen only.

    >>> from hypothesis import find
    >>> find(yens(sen=False), lambda amount: amount > Yen("0.5"))
    Yen('1')
    """
    places = 2 if sen else 0
    return st.decimals(
        min_value=min_value.amount,
        max_value=max_value.amount,
        places=places,
        allow_nan=False,
        allow_infinity=False,
    ).map(lambda amount: Yen(amount.quantize(Decimal(1).scaleb(-places))))


def year_months(
    *, min_value: YearMonth = YearMonth(1970, 1), max_value: YearMonth = YearMonth(2099, 12)
) -> st.SearchStrategy[YearMonth]:
    """Months from ``min_value`` to ``max_value`` inclusive.

    >>> from hypothesis import find
    >>> find(year_months(min_value=YearMonth(2026, 1)), lambda m: (m.year, m.month) == (2026, 4))
    YearMonth(2026, 4)
    """
    span = max_value.months_since(min_value)
    return st.integers(0, span).map(min_value.shift)


def dates(*, min_value: date = _FIRST, max_value: date = _LAST) -> st.SearchStrategy[date]:
    """Dates inside the supported calendar range (1970-01-01..2099-12-31 by default).

    >>> from hypothesis import find
    >>> find(dates(), lambda day: day.year >= 2026 and day.month == 11)
    datetime.date(2026, 11, 1)
    """
    return st.dates(min_value=max(min_value, _FIRST), max_value=min(max_value, _LAST))


def business_days(
    calendar: BusinessCalendar | None = None,
    *,
    min_value: date = _FIRST,
    max_value: date = _LAST,
) -> st.SearchStrategy[date]:
    """Business days of ``calendar`` (the default calendar if omitted).

    >>> from hypothesis import find
    >>> find(business_days(min_value=date(2026, 11, 1)), lambda day: True)
    datetime.date(2026, 11, 2)
    """
    cal = calendar or BusinessCalendar()
    return (
        dates(min_value=min_value, max_value=max_value)
        .map(cal.roll_forward)
        .filter(lambda day: day <= max_value)
    )


def returned(
    function: Callable[..., T], /, *args: st.SearchStrategy[Any], **kwargs: st.SearchStrategy[Any]
) -> st.SearchStrategy[T]:
    """What ``function`` returns for drawn arguments; a draw the library refuses is rejected.

    This is how every result strategy draws: through the library's own function, so a drawn
    result is one the library could return.

    >>> from hypothesis import find
    >>> from telcobiz.core.tax import consumption_tax_rate
    >>> find(returned(consumption_tax_rate, dates()), lambda rate: rate > Decimal("0.08"))
    Decimal('0.10')
    """

    @st.composite
    def _call(draw: st.DrawFn) -> T:
        drawn = [draw(strategy) for strategy in args]
        named = {name: draw(strategy) for name, strategy in kwargs.items()}
        try:
            return function(*drawn, **named)
        except TelcobizError:
            reject()

    return _call()


def parts(results: st.SearchStrategy[P], get: Callable[[P], Sequence[T]]) -> st.SearchStrategy[T]:
    """One of the parts ``get`` takes out of a drawn result (results without parts are skipped).

    >>> from hypothesis import find
    >>> find(parts(invoice_taxes(), lambda tax: tax.groups), lambda group: True).tax
    Yen('0')
    """
    return results.map(get).filter(len).flatmap(st.sampled_from)


def sources() -> st.SearchStrategy[Source]:
    """The source documents the library cites.

    >>> from hypothesis import find
    >>> find(sources(), lambda source: "KDDI" in source.title).key
    '...'
    """
    from telcobiz.testing.tables import table_rows

    return table_rows(Source)


def citations() -> st.SearchStrategy[Citation]:
    """The citations the library's tables and results carry.

    >>> from hypothesis import find
    >>> find(citations(), lambda citation: citation.rule == "TAX-2").rule
    'TAX-2'
    """
    from telcobiz.testing.tables import table_rows

    return table_rows(Citation)


_RATES = st.sampled_from([Decimal("0.10"), Decimal("0.08"), None])


def invoice_taxes() -> st.SearchStrategy[InvoiceTax]:
    """The tax of drawn invoice lines, from :func:`~telcobiz.core.tax.invoice_tax`.

    >>> from hypothesis import given
    >>> @given(invoice_taxes())
    ... def test_tax_is_whole_yen(tax):
    ...     assert all(group.tax.is_whole for group in tax.groups)
    >>> test_tax_is_whole_yen()
    """
    lines = st.lists(st.tuples(yens(min_value=Yen(0), max_value=Yen(1_000_000)), _RATES))
    return returned(invoice_tax, lines, rounding=st.sampled_from(Rounding))


def tax_groups() -> st.SearchStrategy[TaxGroup]:
    """One rate's group of a drawn invoice tax.

    >>> from hypothesis import given
    >>> @given(tax_groups())
    ... def test_tax_is_the_rate_rounded_once(group):
    ...     assert abs(group.tax.amount - group.base.amount * (group.rate or 0)) < 1
    >>> test_tax_is_the_rate_rounded_once()
    """
    return parts(invoice_taxes(), lambda tax: tax.groups)


def effective_tables() -> st.SearchStrategy[EffectiveTable[Any]]:
    """The library's effective-dated tables (tax rates, price lists, insurance terms, …).

    >>> from hypothesis import find
    >>> find(effective_tables(), lambda table: "tax" in table.name.lower()).name
    '...'
    """
    from telcobiz.testing.tables import table_rows

    return table_rows(EffectiveTable)


def dated_values() -> st.SearchStrategy[Dated[Any]]:
    """One dated entry of one of the library's effective-dated tables.

    >>> from hypothesis import given
    >>> @given(dated_values())
    ... def test_starts_before_it_ends(entry):
    ...     assert entry.valid_until is None or entry.valid_from < entry.valid_until
    >>> test_starts_before_it_ends()
    """
    return parts(effective_tables(), lambda table: table.entries)


def columns() -> st.SearchStrategy[Column]:
    """The column specs the results' ``to_dataframe()`` use.

    >>> from hypothesis import find
    >>> find(columns(), lambda column: column.kind.value == "month").name
    'month'
    """
    from telcobiz.testing.tables import table_rows

    return table_rows(Column)
