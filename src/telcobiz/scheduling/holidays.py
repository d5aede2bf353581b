"""Japanese national holidays as shipped data, 1970-2099 (CAL-1, CAL-5).

The holidays come from a table committed with the library
(``telcobiz.scheduling._holiday_data``), generated from ``jpholiday`` by
``python -m telcobiz.scheduling._holiday_source`` and checked against it by the tests, so no
holiday rule runs when a program starts. Two of ``jpholiday``'s rules ignore the date their
law took effect; before that date the days they produce were working days, and the table
leaves them out:

- 振替休日 (substitute holiday) exists from 1973-04-12 (昭和48年法律第10号), so 1973-02-12 was a
  working day;
- 国民の休日 (a day between two holidays) exists from 1985-12-27 (昭和60年法律第103号), so
  5月4日 of 1970..1985 were working days unless another rule made them holidays.

Years outside 1970..2099 are refused (the Holiday Act dates from 1948, and the calendar serves
1970..2099), never answered with holidays that did not exist.

>>> national_holidays(2026)[date(2026, 11, 3)]
'文化の日'
>>> date(1984, 5, 4) in national_holidays(1984)
False
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Final

from telcobiz.core.citation import HOLIDAY_ACT, Citation
from telcobiz.core.errors import InvalidInput, OutOfRange
from telcobiz.scheduling import _holiday_data

__all__ = ["HOLIDAYS_FIRST_YEAR", "HOLIDAYS_LAST_YEAR", "HOLIDAY_CITATION", "national_holidays"]

HOLIDAY_CITATION = Citation(HOLIDAY_ACT, "第2条, 第3条", rule="CAL-1")
"""Where holidays come from: the Holiday Act, as computed by ``jpholiday`` (shipped table)."""

HOLIDAYS_FIRST_YEAR: Final[int] = _holiday_data.FIRST_YEAR
"""The first year of the shipped table (1970)."""
HOLIDAYS_LAST_YEAR: Final[int] = _holiday_data.LAST_YEAR
"""The last year of the shipped table (2099)."""

# Days before the 1st of each month in a common year; index 1 = January.
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _check_year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int):
        raise InvalidInput.for_value(
            "year", year, "a year as an int, 1970..2099", code="calendar.bad_year"
        )
    if not HOLIDAYS_FIRST_YEAR <= year <= HOLIDAYS_LAST_YEAR:
        raise OutOfRange.for_value(
            "year",
            year,
            f"a year from {HOLIDAYS_FIRST_YEAR} to {HOLIDAYS_LAST_YEAR} (the years the"
            " calendar serves)",
            code="calendar.out_of_range",
        )
    return year


def _entries(year: int) -> list[tuple[int, str]]:
    """The year's holidays as (ordinal, name), in date order, straight from the table."""
    base = date(year, 1, 1).toordinal() - 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    names = _holiday_data.NAMES
    out = []
    for entry in _holiday_data.YEARS[year].split():
        month, day = int(entry[:2]), int(entry[2:4])
        out.append(
            (base + _DAYS_BEFORE_MONTH[month] + day + (leap and month > 2), names[int(entry[5:])])
        )
    return out


@cache  # functools' cache is thread-safe: at worst two threads build the same value
def _year_holidays(year: int) -> Mapping[date, str]:
    return MappingProxyType({date.fromordinal(o): name for o, name in _entries(year)})


def _holiday_ordinals() -> tuple[int, ...]:
    """Every holiday of the table as a date ordinal, sorted (the calendar's input).

    >>> date.fromordinal(_holiday_ordinals()[0])
    datetime.date(1970, 1, 1)
    """
    return _holiday_data.ORDINALS


def national_holidays(year: int) -> Mapping[date, str]:
    """The national holidays of ``year`` with their names (read-only, cached).

    ``year`` must be an int from 1970 to 2099; anything else raises
    :class:`~telcobiz.core.errors.InvalidInput` (code ``calendar.bad_year``) or
    :class:`~telcobiz.core.errors.OutOfRange` (code ``calendar.out_of_range``).

    >>> sorted(day for day in national_holidays(2019) if day.month == 5)[:3]
    [datetime.date(2019, 5, 1), datetime.date(2019, 5, 2), datetime.date(2019, 5, 3)]
    >>> national_holidays(1800)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.OutOfRange: year: got 1800; expected a year from 1970 to 2099 (the \
years the calendar serves)
    """
    return _year_holidays(_check_year(year))
