"""The precomputed days of one business calendar over 1970-2099 (CAL-1).

A calendar is its weekend plus two short sorted lists: the weekdays it closes (holidays, the
yearly closure, extra holidays) and the weekend days it opens (extra working days). Then

``rank(o)`` = weekdays up to ``o`` - closed weekdays up to ``o`` + opened weekend days up to ``o``

is the number of business days up to ordinal ``o``: arithmetic plus two bisections, so
``count_business_days`` costs the same for a week and for a century. ``add_business_days``
bisects a per-year tuple of business-day ordinals, built the first time the year is used
(about 40 µs), and jumps across years by rank. Building the tables of a calendar takes about
a millisecond; no holiday rule runs (the holidays are shipped data).

Tables are shared by equal calendars through :func:`tables_for`, a ``functools.lru_cache``:
thread-safe without a lock on every call; a race at worst builds the same tables twice.

>>> tables = tables_for(frozenset({5, 6}), ((12, 29), (1, 3)), (), ())
>>> from datetime import date
>>> tables.rank(date(2027, 1, 8).toordinal()) - tables.rank(date(2026, 12, 25).toordinal())
6
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from telcobiz.scheduling.holidays import (
    HOLIDAYS_FIRST_YEAR,
    HOLIDAYS_LAST_YEAR,
    _holiday_ordinals,
)

if TYPE_CHECKING:
    from telcobiz.scheduling._calendar_arrays import NumpyTables

__all__: list[str] = []

FIRST_ORDINAL: Final = date(HOLIDAYS_FIRST_YEAR, 1, 1).toordinal()
LAST_ORDINAL: Final = date(HOLIDAYS_LAST_YEAR, 12, 31).toordinal()
MonthDay = tuple[int, int]


def weekday_of(ordinal: int) -> int:
    """The weekday of a date ordinal, Monday = 0 (ordinal 1, 0001-01-01, was a Monday).

    >>> weekday_of(date(2026, 11, 3).toordinal())
    1
    """
    return (ordinal + 6) % 7


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_day_ordinal(year: int, month: int, day: int, *, start: bool) -> int:
    if month == 2 and day == 29 and not _is_leap(year):
        # A closure from 02-29 starts on 03-01 in a common year; one to 02-29 ends on 02-28.
        return date(year, 3, 1).toordinal() if start else date(year, 2, 28).toordinal()
    return date(year, month, day).toordinal()


def closure_ordinals(start: MonthDay, end: MonthDay) -> Iterator[int]:
    """Every day of a yearly closure from ``start`` to ``end`` (both included), 1970-2099.

    >>> [date.fromordinal(o).isoformat() for o in closure_ordinals((12, 29), (1, 3))][:4]
    ['1970-01-01', '1970-01-02', '1970-01-03', '1970-12-29']
    """
    for year in range(HOLIDAYS_FIRST_YEAR, HOLIDAYS_LAST_YEAR + 1):
        first = _month_day_ordinal(year, *start, start=True)
        last = _month_day_ordinal(year, *end, start=False)
        if start <= end:
            yield from range(first, last + 1)
        else:  # wraps over the new year: the year's first days, then its last ones
            yield from range(date(year, 1, 1).toordinal(), last + 1)
            yield from range(first, date(year, 12, 31).toordinal() + 1)


class CalendarTables:
    """The closed weekdays and opened weekend days of one calendar, with ranks and years."""

    __slots__ = (
        "_numpy",
        "_week",
        "_year_end_ranks",
        "closed",
        "closed_set",
        "opened",
        "opened_set",
        "weekend",
        "years",
    )

    def __init__(
        self,
        weekend: frozenset[int],
        closed_days: Iterable[int],
        working_days: Iterable[int],
    ) -> None:
        working = {o for o in working_days if FIRST_ORDINAL <= o <= LAST_ORDINAL}
        self.weekend = weekend
        self.closed = tuple(
            sorted(
                {
                    o
                    for o in closed_days
                    if FIRST_ORDINAL <= o <= LAST_ORDINAL
                    and (o + 6) % 7 not in weekend
                    and o not in working
                }
            )
        )
        self.opened = tuple(sorted(o for o in working if (o + 6) % 7 in weekend))
        self.closed_set = frozenset(self.closed)
        self.opened_set = frozenset(self.opened)
        # Working weekdays among the first r weekdays of a week (Mon..), r = 0..7.
        week = [0]
        for weekday in range(7):
            week.append(week[-1] + (weekday not in weekend))
        self._week = tuple(week)
        self.years: dict[int, tuple[int, ...]] = {}
        self._year_end_ranks: tuple[int, ...] | None = None
        self._numpy: NumpyTables | None = None

    def is_open(self, ordinal: int) -> bool:
        """True when the day is a business day."""
        if (ordinal + 6) % 7 in self.weekend:
            return ordinal in self.opened_set
        return ordinal not in self.closed_set

    def rank(self, ordinal: int) -> int:
        """Business days up to and including ``ordinal`` (counted from a fixed origin)."""
        weeks, rest = divmod(ordinal, 7)
        return (
            weeks * self._week[7]
            + self._week[rest]
            - bisect_right(self.closed, ordinal)
            + bisect_right(self.opened, ordinal)
        )

    def count(self, start: int, end: int) -> int:
        """``rank(end) - rank(start)``: business days in ``(start, end]``, in one call."""
        closed, opened, week = self.closed, self.opened, self._week
        weeks, rest = divmod(end, 7)
        starts, start_rest = divmod(start, 7)
        return (
            (weeks - starts) * week[7]
            + week[rest]
            - week[start_rest]
            - bisect_right(closed, end)
            + bisect_right(closed, start)
            + (bisect_right(opened, end) - bisect_right(opened, start) if opened else 0)
        )

    def year(self, year: int) -> tuple[int, ...]:
        """The business-day ordinals of ``year`` (built on first use; equal every time)."""
        table = self.years.get(year)
        if table is None:
            start, stop = date(year, 1, 1).toordinal(), date(year + 1, 1, 1).toordinal()
            weekend, closed, opened = self.weekend, self.closed_set, self.opened_set
            table = tuple(
                o
                for o in range(start, stop)
                if ((o in opened) if (o + 6) % 7 in weekend else (o not in closed))
            )
            # Two threads may both build a year: they build equal tuples, either one stays.
            self.years[year] = table
        return table

    def _ends(self) -> tuple[int, ...]:
        ends = self._year_end_ranks
        if ends is None:
            ends = self._year_end_ranks = tuple(
                self.rank(date(year, 12, 31).toordinal())
                for year in range(HOLIDAYS_FIRST_YEAR - 1, HOLIDAYS_LAST_YEAR + 1)
            )
        return ends

    def nth(self, rank: int) -> int | None:
        """The ordinal of the business day of rank ``rank``, or None outside 1970-2099."""
        ends = self._ends()
        if not ends[0] < rank <= ends[-1]:
            return None
        at = bisect_left(ends, rank)  # ends[at - 1] < rank <= ends[at]
        return self.year(HOLIDAYS_FIRST_YEAR - 1 + at)[rank - ends[at - 1] - 1]

    def add(self, ordinal: int, year: int, n: int) -> int | None:
        """The ``n``-th business day after ``ordinal`` (before, ``n < 0``); None if outside."""
        table = self.years.get(year) or self.year(year)
        if n > 0:
            index = bisect_right(table, ordinal) + n - 1
            if index < len(table):
                return table[index]
            return self.nth(self.rank(ordinal) + n)
        index = bisect_left(table, ordinal) + n
        if index >= 0:
            return table[index]
        return self.nth(self.rank(ordinal) - self.is_open(ordinal) + n + 1)

    def numpy(self) -> NumpyTables:
        """The same days as numpy arrays (numpy is imported here, on the first array)."""
        built = self._numpy
        if built is None:
            from telcobiz.scheduling._calendar_arrays import NumpyTables

            built = self._numpy = NumpyTables.build(self)
        return built


@lru_cache(maxsize=64)
def tables_for(
    weekend: frozenset[int],
    closure: tuple[MonthDay, MonthDay] | None,
    extra_holidays: tuple[date, ...],
    extra_working_days: tuple[date, ...] | frozenset[date],
) -> CalendarTables:
    """The tables of the calendar with these parts, shared by equal calendars."""
    closed: list[int] = list(_holiday_ordinals())
    if closure is not None:
        closed.extend(closure_ordinals(*closure))
    closed.extend(day.toordinal() for day in extra_holidays)
    return CalendarTables(weekend, closed, (day.toordinal() for day in extra_working_days))
