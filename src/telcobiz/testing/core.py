"""Hypothesis strategies for the core values: :class:`~telcobiz.core.Yen`, months, dates.

>>> from hypothesis import given
>>> @given(yens(min_value=Yen(0)))
... def test_never_negative(amount): assert amount >= Yen(0)
>>> test_never_negative()
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from telcobiz.core.money import Yen
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.calendar import (
    FIRST_SUPPORTED_YEAR,
    LAST_SUPPORTED_YEAR,
    BusinessCalendar,
)

__all__ = ["business_days", "dates", "year_months", "yens"]

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
