"""The Japanese business-day calendar: :class:`BusinessCalendar` (CAL-1, CAL-3).

A business day (営業日) is Monday to Friday, not a national holiday (祝日・振替休日・国民の休日,
through ``jpholiday``) and not in the year-end/new-year closure (年末年始, 12-29..01-03 by
default). A calendar is a frozen value: build another one for other closures, extra holidays
or extra working days, and pass it as ``calendar=`` to any rule.

Arithmetic reads a per-year table of business-day ordinals with :func:`bisect.bisect_right`
(O(log n) inside a year, one step per year crossed), never a day-by-day loop.

>>> cal = BusinessCalendar()
>>> cal.add_business_days(date(2026, 11, 2), 5)  # 11-03 is 文化の日
datetime.date(2026, 11, 10)
>>> cal.count_business_days(date(2026, 12, 25), date(2027, 1, 8))  # 12-29..01-03 closed
6
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any, Final

import attrs

from telcobiz.core.checks import expect_instance, expect_iterable
from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput, OutOfRange
from telcobiz.core.jst import require_date
from telcobiz.scheduling.holidays import HOLIDAY_CITATION, national_holidays

__all__ = [
    "CALENDAR_CITATION",
    "FIRST_SUPPORTED_YEAR",
    "LAST_SUPPORTED_YEAR",
    "BusinessCalendar",
    "Closure",
    "NonBusinessDay",
    "Reason",
    "ReasonKind",
]

FIRST_SUPPORTED_YEAR: Final = 1970
LAST_SUPPORTED_YEAR: Final = 2099
CALENDAR_CITATION = Citation(RULEBOOK, "CAL-1 Decision (closure 12-29..01-03)", rule="CAL-1")

_SHARED_CALENDARS_MAX = 32  # distinct calendars whose year tables are kept (oldest dropped)
_SHARED_YEAR_TABLES: dict[BusinessCalendar, dict[int, tuple[int, ...]]] = {}

_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class ReasonKind(enum.Enum):
    """Why a day is not a business day.

    >>> ReasonKind.HOLIDAY.label
    '祝日'
    """

    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    CLOSURE = "closure"
    EXTRA_HOLIDAY = "extra_holiday"

    @property
    def label(self) -> str:
        """The Japanese label of the reason."""
        return _REASON_LABELS[self]


_REASON_LABELS = {
    ReasonKind.WEEKEND: "土日",
    ReasonKind.HOLIDAY: "祝日",
    ReasonKind.CLOSURE: "年末年始",
    ReasonKind.EXTRA_HOLIDAY: "休業日",
}


@attrs.frozen
class Reason:
    """One reason a day is closed: its kind and a name (``'文化の日'``, ``'土曜日'``…).

    >>> str(Reason(ReasonKind.HOLIDAY, "文化の日"))
    '祝日: 文化の日'
    """

    kind: ReasonKind
    name: str

    def __str__(self) -> str:
        return f"{self.kind.label}: {self.name}"


@attrs.frozen
class NonBusinessDay:
    """A day that is not a business day, with every reason that applies.

    >>> day = BusinessCalendar().non_business_days(date(2027, 1, 2), date(2027, 1, 2))[0]
    >>> str(day)
    '2027-01-02 (Sat): 土日: 土曜日; 年末年始: 年末年始'
    """

    day: date
    reasons: tuple[Reason, ...]

    def __str__(self) -> str:
        weekday = _WEEKDAY_NAMES[self.day.weekday()]
        return f"{self.day.isoformat()} ({weekday}): " + "; ".join(map(str, self.reasons))


def _month_day(value: Any, field: str) -> tuple[int, int]:
    try:
        month, day = value
        date(2000, month, day)  # 2000 is a leap year, so 02-29 is allowed
    except (TypeError, ValueError):
        raise InvalidInput.for_value(
            field, value, "a (month, day) pair such as (12, 29)", code="calendar.bad_closure"
        ) from None
    return (month, day)


def _closure_start(value: Any) -> tuple[int, int]:
    return _month_day(value, "start")


def _closure_end(value: Any) -> tuple[int, int]:
    return _month_day(value, "end")


@attrs.frozen
class Closure:
    """A closure that repeats every year, such as 年末年始 12-29..01-03 (both ends included).

    >>> Closure().contains(date(2026, 12, 31)), Closure().contains(date(2027, 1, 4))
    (True, False)
    """

    start: tuple[int, int] = attrs.field(default=(12, 29), converter=_closure_start)
    end: tuple[int, int] = attrs.field(default=(1, 3), converter=_closure_end)
    name: str = "年末年始"

    def contains(self, day: date) -> bool:
        """True when ``day`` is inside the closure.

        >>> Closure((8, 13), (8, 16), name="夏季休業").contains(date(2026, 8, 14))
        True
        """
        key = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= key <= self.end
        return key >= self.start or key <= self.end


def _date_set(values: Iterable[date], field: str) -> frozenset[date]:
    expect_iterable(values, field, expected="datetime.date values", code="calendar.bad_day")
    result = tuple(values)
    for value in result:
        if type(value) is not date:
            raise InvalidInput.for_value(
                field, value, "datetime.date values", code="calendar.bad_day"
            )
    return frozenset(result)


def _extra_holidays(values: Mapping[date, str] | Iterable[date]) -> tuple[tuple[date, str], ...]:
    expect_iterable(values, "extra_holidays", expected="dates or a date → name mapping")
    pairs = values.items() if isinstance(values, Mapping) else [(day, "休業日") for day in values]
    _date_set([day for day, _ in pairs], "extra_holidays")
    named = dict(pairs)
    return tuple(sorted(named.items()))


def _closure(value: object) -> Closure | None:
    if value is None:
        return None
    return expect_instance(
        value, Closure, "closure", expected="a Closure or None", code="calendar.bad_closure"
    )


def _extra_working_days(values: Iterable[date]) -> frozenset[date]:
    return _date_set(values, "extra_working_days")


def _weekend(values: Iterable[int]) -> frozenset[int]:
    expect_iterable(
        values, "weekend", expected="weekday numbers 0 (Mon)..6 (Sun)", code="calendar.bad_weekend"
    )
    days = frozenset(values)
    if not days <= frozenset(range(7)) or len(days) == 7:
        raise InvalidInput.for_value(
            "weekend",
            values,
            "weekday numbers 0 (Mon)..6 (Sun), not all seven",
            code="calendar.bad_weekend",
        )
    return days


@attrs.frozen
class BusinessCalendar:
    """Japanese business days: weekends, national holidays, a yearly closure, plus your own days.

    Dates from 1970-01-01 to 2099-12-31 are supported; a date outside that range is an
    :class:`~telcobiz.core.errors.OutOfRange` error (code ``calendar.out_of_range``), never a
    silent "no holidays". Extra working days win over every other reason.

    >>> cal = BusinessCalendar(extra_holidays={date(2026, 11, 20): "創立記念日"})
    >>> cal.next_business_day(date(2026, 11, 19))
    datetime.date(2026, 11, 24)
    >>> BusinessCalendar(closure=None).is_business_day(date(2026, 12, 29))
    True
    """

    weekend: frozenset[int] = attrs.field(default=frozenset({5, 6}), converter=_weekend)
    closure: Closure | None = attrs.field(default=Closure(), converter=_closure)
    extra_holidays: tuple[tuple[date, str], ...] = attrs.field(
        default=(), converter=_extra_holidays
    )
    extra_working_days: frozenset[date] = attrs.field(
        default=frozenset(), converter=_extra_working_days
    )
    # Business-day ordinals per year, built on first use; a cache, not part of the value.
    # Equal calendars share one cache, so `BusinessCalendar()` anywhere costs nothing new.
    _years: dict[int, tuple[int, ...]] = attrs.field(
        factory=dict, init=False, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        shared = _SHARED_YEAR_TABLES.get(self)
        if shared is None:
            if len(_SHARED_YEAR_TABLES) >= _SHARED_CALENDARS_MAX:
                _SHARED_YEAR_TABLES.pop(next(iter(_SHARED_YEAR_TABLES)))
            shared = _SHARED_YEAR_TABLES[self] = self._years
        object.__setattr__(self, "_years", shared)

    @property
    def first_supported(self) -> date:
        """The first date the calendar answers for (1970-01-01)."""
        return date(FIRST_SUPPORTED_YEAR, 1, 1)

    @property
    def last_supported(self) -> date:
        """The last date the calendar answers for (2099-12-31)."""
        return date(LAST_SUPPORTED_YEAR, 12, 31)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Where the calendar's rules come from."""
        return (CALENDAR_CITATION, HOLIDAY_CITATION)

    # -- building -------------------------------------------------------------------------

    def _year(self, year: int, asked: object = None) -> tuple[int, ...]:
        table = self._years.get(year)
        if table is None:
            if not FIRST_SUPPORTED_YEAR <= year <= LAST_SUPPORTED_YEAR:
                raise self._out_of_range(asked if asked is not None else f"year {year}")
            start = date(year, 1, 1).toordinal()
            stop = date(year + 1, 1, 1).toordinal()
            table = tuple(o for o in range(start, stop) if not self._reasons(date.fromordinal(o)))
            self._years[year] = table
        return table

    def _reasons(self, day: date) -> tuple[Reason, ...]:
        if day in self.extra_working_days:
            return ()
        reasons: list[Reason] = []
        if day.weekday() in self.weekend:
            reasons.append(
                Reason(ReasonKind.WEEKEND, "土日月火水木金"[(day.weekday() + 2) % 7] + "曜日")
            )
        holiday = national_holidays(day.year).get(day)
        if holiday is not None:
            reasons.append(Reason(ReasonKind.HOLIDAY, holiday))
        if self.closure is not None and self.closure.contains(day):
            reasons.append(Reason(ReasonKind.CLOSURE, self.closure.name))
        for extra, name in self.extra_holidays:
            if extra == day:
                reasons.append(Reason(ReasonKind.EXTRA_HOLIDAY, name))
        return tuple(reasons)

    def _out_of_range(self, what: object) -> OutOfRange:
        return OutOfRange(
            f"{what} is outside the supported calendar range "
            f"{self.first_supported}..{self.last_supported}",
            code="calendar.out_of_range",
            field="day",
            value=what,
            expected=f"a date from {self.first_supported} to {self.last_supported}",
        )

    # -- questions about one day ----------------------------------------------------------

    def is_business_day(self, day: date) -> bool:
        """True when ``day`` is a business day.

        >>> BusinessCalendar().is_business_day(date(2026, 9, 22))  # 国民の休日
        False
        """
        ordinal = _ordinal(day, "day")
        table = self._years.get(day.year) or self._year(day.year, day)
        index = bisect_left(table, ordinal)
        return index < len(table) and table[index] == ordinal

    def reasons(self, day: date) -> tuple[Reason, ...]:
        """Every reason ``day`` is closed; empty for a business day.

        >>> [str(r) for r in BusinessCalendar().reasons(date(2026, 11, 3))]
        ['祝日: 文化の日']
        """
        _ordinal(day, "day")
        self._year(day.year, day)  # range check
        return self._reasons(day)

    def next_business_day(self, day: date) -> date:
        """The first business day strictly after ``day``.

        >>> BusinessCalendar().next_business_day(date(2026, 12, 28))
        datetime.date(2027, 1, 4)
        """
        return self.add_business_days(day, 1)

    def previous_business_day(self, day: date) -> date:
        """The last business day strictly before ``day``.

        >>> BusinessCalendar().previous_business_day(date(2027, 1, 4))
        datetime.date(2026, 12, 28)
        """
        return self.add_business_days(day, -1)

    def roll_forward(self, day: date) -> date:
        """``day`` itself if it is a business day, else the next one.

        >>> BusinessCalendar().roll_forward(date(2026, 11, 21))
        datetime.date(2026, 11, 24)
        """
        return day if self.is_business_day(day) else self.next_business_day(day)

    # -- arithmetic -----------------------------------------------------------------------

    def add_business_days(self, day: date, n: int) -> date:
        """The ``n``-th business day after ``day`` (``n`` < 0: before it).

        ``day`` itself never counts, whether or not it is a business day: ``n=1`` is the next
        business day, as in "N営業日" counted from the day after acceptance (CAL-3).
        ``n=0`` returns ``day`` unchanged (use :meth:`roll_forward` to land on a business
        day).

        >>> cal = BusinessCalendar()
        >>> cal.add_business_days(date(2026, 11, 10), -5)
        datetime.date(2026, 11, 2)
        >>> cal.add_business_days(date(2026, 11, 21), 0)
        datetime.date(2026, 11, 21)
        """
        if type(day) is not date:
            _ordinal(day, "day")
        if type(n) is not int:
            raise InvalidInput.for_value("n", n, "an int (business days)", code="calendar.bad_n")
        ordinal = day.toordinal()
        year = day.year
        table = self._years.get(year) or self._year(year, day)
        if n > 0:
            index = bisect_right(table, ordinal) + n - 1
            while index >= len(table):
                index -= len(table)
                year += 1
                table = self._year_or_raise(year, day, n)
        elif n < 0:
            index = bisect_left(table, ordinal) + n
            while index < 0:
                year -= 1
                table = self._year_or_raise(year, day, n)
                index += len(table)
        else:
            return day
        return date.fromordinal(table[index])

    def _year_or_raise(self, year: int, day: date, n: int) -> tuple[int, ...]:
        if not FIRST_SUPPORTED_YEAR <= year <= LAST_SUPPORTED_YEAR:
            raise self._out_of_range(f"{day} {n:+d} business days")
        return self._year(year)

    def count_business_days(self, start: date, end: date) -> int:
        """Business days in ``(start, end]``: after ``start``, up to and including ``end``.

        So ``count_business_days(d, add_business_days(d, n)) == n`` for ``n >= 0`` (and for
        ``n < 0`` when ``d`` is a business day). Swapping the ends negates the count:
        ``count_business_days(a, b) == -count_business_days(b, a)``. (``numpy.busday_count``
        counts a reversed range over other half-open ends, so its negative counts can differ
        by one from these.)

        >>> BusinessCalendar().count_business_days(date(2026, 11, 2), date(2026, 11, 10))
        5
        """
        if type(start) is not date or type(end) is not date:
            _ordinal(start, "start")
            _ordinal(end, "end")
        start_ordinal = start.toordinal()
        end_ordinal = end.toordinal()
        if end_ordinal < start_ordinal:
            return -self.count_business_days(end, start)
        table = self._years.get(start.year) or self._year(start.year, start)
        if start.year == end.year:  # the common case: one table, two bisections
            return bisect_right(table, end_ordinal) - bisect_right(table, start_ordinal)
        # Business days left in start's year, then the whole years between, then end's year.
        counted = len(table) - bisect_right(table, start_ordinal)
        for year in range(start.year + 1, end.year):
            counted += len(self._year(year))
        end_table = self._years.get(end.year) or self._year(end.year, end)
        return counted + bisect_right(end_table, end_ordinal)

    def business_days(self, start: date, end: date) -> Iterator[date]:
        """Every business day from ``start`` to ``end`` inclusive, in order.

        >>> [d.day for d in BusinessCalendar().business_days(date(2026, 11, 1), date(2026, 11, 6))]
        [2, 4, 5, 6]
        """
        start_ordinal = _ordinal(start, "start")
        end_ordinal = _ordinal(end, "end")
        self._year(start.year, start)
        self._year(end.year, end)
        for year in range(start.year, end.year + 1):
            table = self._year(year)
            begin = bisect_left(table, start_ordinal)
            stop = bisect_right(table, end_ordinal)
            for ordinal in table[begin:stop]:
                yield date.fromordinal(ordinal)

    def non_business_days(self, start: date, end: date) -> list[NonBusinessDay]:
        """Every closed day from ``start`` to ``end`` inclusive, with its reasons.

        >>> [str(d) for d in BusinessCalendar().non_business_days(
        ...     date(2026, 9, 21), date(2026, 9, 23))]
        ['2026-09-21 (Mon): 祝日: 敬老の日', '2026-09-22 (Tue): 祝日: 国民の休日', \
'2026-09-23 (Wed): 祝日: 秋分の日']
        """
        start_ordinal = _ordinal(start, "start")
        end_ordinal = _ordinal(end, "end")
        days: list[NonBusinessDay] = []
        self._year(start.year, start)
        self._year(end.year, end)
        for year in range(start.year, end.year + 1):
            open_days = set(self._year(year))
            first = max(start_ordinal, date(year, 1, 1).toordinal())
            last = min(end_ordinal, date(year, 12, 31).toordinal())
            for ordinal in range(first, last + 1):
                if ordinal not in open_days:
                    day = date.fromordinal(ordinal)
                    days.append(NonBusinessDay(day, self._reasons(day)))
        return days

    # -- interop ----------------------------------------------------------------------------

    @property
    def weekmask(self) -> str:
        """The weekend as numpy's ``weekmask`` string (Mon..Sun, ``1`` = working).

        >>> BusinessCalendar().weekmask
        '1111100'
        """
        return "".join("0" if weekday in self.weekend else "1" for weekday in range(7))

    def holidays(self, start: date, end: date) -> list[date]:
        """Closed weekdays from ``start`` to ``end``: with :attr:`weekmask`, the whole calendar.

        Feed it to ``numpy.busdaycalendar(weekmask=cal.weekmask, holidays=...)`` or pandas'
        ``CustomBusinessDay``. A calendar whose extra working days fall on a weekend cannot
        be expressed that way and raises instead of giving a wrong calendar.

        >>> BusinessCalendar().holidays(date(2026, 12, 28), date(2027, 1, 5))
        [datetime.date(2026, 12, 29), datetime.date(2026, 12, 30), datetime.date(2026, 12, 31), \
datetime.date(2027, 1, 1)]
        """
        weekend_work = sorted(d for d in self.extra_working_days if d.weekday() in self.weekend)
        if any(start <= d <= end for d in weekend_work):
            raise InvalidInput(
                "extra working days on a weekend cannot be expressed as a holiday list",
                code="calendar.not_expressible",
                field="extra_working_days",
                value=weekend_work,
                expected="no extra working day on a weekend inside the range",
            )
        return [
            closed.day
            for closed in self.non_business_days(start, end)
            if closed.day.weekday() not in self.weekend
        ]

    def __str__(self) -> str:
        closure = (
            "no closure"
            if self.closure is None
            else f"closure {self.closure.start[0]:02d}-{self.closure.start[1]:02d}.."
            f"{self.closure.end[0]:02d}-{self.closure.end[1]:02d}"
        )
        return (
            f"BusinessCalendar(weekmask {self.weekmask}, national holidays, {closure}, "
            f"{len(self.extra_holidays)} extra holidays, "
            f"{len(self.extra_working_days)} extra working days)"
        )


def _ordinal(day: object, field: str) -> int:
    return require_date(day, field, code="calendar.not_a_date").toordinal()
