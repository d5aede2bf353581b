"""The Japanese business-day calendar: :class:`BusinessCalendar` (CAL-1, CAL-3).

A business day (営業日) is Monday to Friday, not a national holiday (祝日・振替休日・国民の休日,
shipped as data, see :mod:`~telcobiz.scheduling.holidays`) and not in the year-end/new-year
closure (年末年始, 12-29..01-03 by default). A calendar is a frozen value: build another one
for other closures, extra holidays or extra working days, and pass it as ``calendar=`` to any
rule.

A calendar keeps its closed weekdays and opened weekend days of 1970-2099 in sorted tables
(about a millisecond to build, shared by equal calendars): ``count_business_days`` is two
bisections whatever the span, ``add_business_days`` a bisection in a per-year table,
``is_business_day`` a set lookup. numpy ``datetime64`` arrays and pandas ``Series`` or
``DatetimeIndex`` values go through vectorised tables instead (numpy is imported only then).

>>> cal = BusinessCalendar()
>>> cal.add_business_days(date(2026, 11, 2), 5)  # 11-03 is 文化の日
datetime.date(2026, 11, 10)
>>> cal.count_business_days(date(2026, 12, 25), date(2027, 1, 8))  # 12-29..01-03 closed
6
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

import attrs

from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput, OutOfRange
from telcobiz.scheduling import _calendar_arrays as arrays
from telcobiz.scheduling._calendar_tables import (
    FIRST_ORDINAL,
    LAST_ORDINAL,
    CalendarTables,
    tables_for,
)
from telcobiz.scheduling.closed_days import Closure, NonBusinessDay, Reason, ReasonKind
from telcobiz.scheduling.holidays import HOLIDAY_CITATION, national_holidays

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

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

_Days = TypeVar("_Days", "npt.NDArray[np.datetime64]", "pd.Series[Any]", "pd.DatetimeIndex")
_Day = TypeVar("_Day", date, "np.datetime64")


def _date_set(values: Iterable[date], field: str) -> frozenset[date]:
    try:
        result = frozenset(values)
    except TypeError:
        raise InvalidInput.for_value(
            field, values, "an iterable of datetime.date values", code="calendar.bad_day"
        ) from None
    for value in result:
        if type(value) is not date:
            raise InvalidInput.for_value(
                field, value, "datetime.date values", code="calendar.bad_day"
            )
    return result


def _extra_holidays(values: Mapping[date, str] | Iterable[date]) -> tuple[tuple[date, str], ...]:
    try:
        pairs = values.items() if isinstance(values, Mapping) else ((d, "休業日") for d in values)
        named = dict(pairs)
    except TypeError:
        raise InvalidInput.for_value(
            "extra_holidays",
            values,
            "a mapping date -> name, or an iterable of datetime.date values",
            code="calendar.bad_day",
        ) from None
    _date_set(named, "extra_holidays")
    for day, name in named.items():
        if not isinstance(name, str) or not name:
            raise InvalidInput.for_value(
                "extra_holidays", name, f"a name (str) for {day}", code="calendar.bad_day"
            )
    return tuple(sorted(named.items()))


def _extra_working_days(values: Iterable[date]) -> frozenset[date]:
    return _date_set(values, "extra_working_days")


def _weekend(values: Iterable[int]) -> frozenset[int]:
    expected = "weekday numbers 0 (Mon)..6 (Sun), not all seven, e.g. {5, 6}"
    try:
        days = frozenset(values)
    except TypeError:
        raise InvalidInput.for_value(
            "weekend", values, expected, code="calendar.bad_weekend"
        ) from None
    if (
        any(type(day) is not int for day in days)
        or not days <= frozenset(range(7))
        or len(days) == 7
    ):
        raise InvalidInput.for_value("weekend", values, expected, code="calendar.bad_weekend")
    return days


def _closure(instance: object, attribute: object, value: object) -> None:
    if value is not None and not isinstance(value, Closure):
        raise InvalidInput.for_value(
            "closure", value, "a Closure or None", code="calendar.bad_closure"
        )


@attrs.frozen
class BusinessCalendar:
    """Japanese business days: weekends, national holidays, a yearly closure, plus your own days.

    Dates from 1970-01-01 to 2099-12-31 are supported; a date outside that range is an
    :class:`~telcobiz.core.errors.OutOfRange` error (code ``calendar.out_of_range``), never a
    silent "no holidays". Extra working days win over every other reason.

    Days are ``datetime.date`` values, ``numpy.datetime64`` or ``pandas.Timestamp`` scalars
    (naive, at midnight), or numpy ``datetime64`` arrays and pandas ``Series`` /
    ``DatetimeIndex`` values (see :mod:`~telcobiz.scheduling._calendar_arrays` for what comes
    back). A ``datetime.datetime`` is refused: it is a moment, and its day depends on the time
    zone (CAL-2): take it with :func:`telcobiz.core.jst_date` first.

    >>> cal = BusinessCalendar(extra_holidays={date(2026, 11, 20): "創立記念日"})
    >>> cal.next_business_day(date(2026, 11, 19))
    datetime.date(2026, 11, 24)
    >>> BusinessCalendar(closure=None).is_business_day(date(2026, 12, 29))
    True
    """

    weekend: frozenset[int] = attrs.field(default=frozenset({5, 6}), converter=_weekend)
    closure: Closure | None = attrs.field(default=Closure(), validator=_closure)
    extra_holidays: tuple[tuple[date, str], ...] = attrs.field(
        default=(), converter=_extra_holidays
    )
    extra_working_days: frozenset[date] = attrs.field(
        default=frozenset(), converter=_extra_working_days
    )
    # The precomputed days, looked up on first use; a cache, not part of the value.
    _cache: CalendarTables | None = attrs.field(
        default=None, init=False, eq=False, hash=False, repr=False
    )

    def _tables(self) -> CalendarTables:
        tables = self._cache
        if tables is None:
            closure = None if self.closure is None else (self.closure.start, self.closure.end)
            tables = tables_for(
                self.weekend,
                closure,
                tuple(day for day, _ in self.extra_holidays),
                self.extra_working_days,
            )
            object.__setattr__(self, "_cache", tables)
        return tables

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

    def _out_of_range(self, what: object, field: str = "day") -> OutOfRange:
        return OutOfRange(
            f"{what} is outside the supported calendar range "
            f"{self.first_supported}..{self.last_supported}",
            code="calendar.out_of_range",
            field=field,
            value=what,
            expected=f"a date from {self.first_supported} to {self.last_supported}",
        )

    def _day(self, day: object, field: str) -> date:
        """A checked ``date`` (scalars of numpy and pandas too), inside the range."""
        if type(day) is not date:
            day = arrays.scalar_day(day, field)[0]
        assert isinstance(day, date)
        if not FIRST_ORDINAL <= day.toordinal() <= LAST_ORDINAL:
            raise self._out_of_range(day, field)
        return day

    # -- questions about one day ----------------------------------------------------------

    @overload
    def is_business_day(self, day: date | np.datetime64) -> bool: ...
    @overload
    def is_business_day(self, day: npt.NDArray[np.datetime64]) -> npt.NDArray[np.bool_]: ...
    @overload
    def is_business_day(self, day: pd.Series[Any]) -> pd.Series[bool]: ...
    @overload
    def is_business_day(self, day: pd.DatetimeIndex) -> npt.NDArray[np.bool_]: ...
    def is_business_day(self, day: Any) -> Any:
        """True when ``day`` is a business day (an array of answers for an array of days).

        >>> BusinessCalendar().is_business_day(date(2026, 9, 22))  # 国民の休日
        False
        """
        if arrays.is_array(day):
            return arrays.is_open(self._tables(), day)
        return self._tables().is_open(self._day(day, "day").toordinal())

    def reasons(self, day: date) -> tuple[Reason, ...]:
        """Every reason ``day`` is closed; empty for a business day.

        >>> [str(r) for r in BusinessCalendar().reasons(date(2026, 11, 3))]
        ['祝日: 文化の日']
        """
        return self._reasons(self._day(day, "day"))

    def next_business_day(self, day: _Day) -> _Day:
        """The first business day strictly after ``day``.

        >>> BusinessCalendar().next_business_day(date(2026, 12, 28))
        datetime.date(2027, 1, 4)
        """
        return self.add_business_days(day, 1)

    def previous_business_day(self, day: _Day) -> _Day:
        """The last business day strictly before ``day``.

        >>> BusinessCalendar().previous_business_day(date(2027, 1, 4))
        datetime.date(2026, 12, 28)
        """
        return self.add_business_days(day, -1)

    def roll_forward(self, day: _Day) -> _Day:
        """``day`` itself if it is a business day, else the next one.

        >>> BusinessCalendar().roll_forward(date(2026, 11, 21))
        datetime.date(2026, 11, 24)
        """
        return day if self.is_business_day(day) else self.next_business_day(day)

    # -- arithmetic -----------------------------------------------------------------------

    @overload
    def add_business_days(self, day: _Day, n: int) -> _Day: ...
    @overload
    def add_business_days(self, day: _Days, n: int | npt.NDArray[np.integer[Any]]) -> _Days: ...
    @overload
    def add_business_days(
        self, day: date | np.datetime64, n: npt.NDArray[np.integer[Any]]
    ) -> npt.NDArray[np.datetime64]: ...
    def add_business_days(self, day: Any, n: Any) -> Any:
        """The ``n``-th business day after ``day`` (``n`` < 0: before it).

        ``day`` itself never counts, whether or not it is a business day: ``n=1`` is the next
        business day, as in "N営業日" counted from the day after acceptance (CAL-3).
        ``n=0`` returns ``day`` unchanged (use :meth:`roll_forward` to land on a business
        day). In numpy's terms: ``numpy.busday_offset(day, n, roll="backward")`` for
        ``n > 0`` and ``roll="forward"`` for ``n < 0``. Arrays of days, of ``n``, or both
        (broadcast) give an array of days.

        >>> cal = BusinessCalendar()
        >>> cal.add_business_days(date(2026, 11, 10), -5)
        datetime.date(2026, 11, 2)
        >>> cal.add_business_days(date(2026, 11, 21), 0)
        datetime.date(2026, 11, 21)
        """
        if type(day) is date and type(n) is int and n:  # the hot path, inlined
            ordinal = day.toordinal()
            if FIRST_ORDINAL <= ordinal <= LAST_ORDINAL:
                tables = self._cache or self._tables()
                table = tables.years.get(day.year) or tables.year(day.year)
                if n > 0:
                    index = bisect_right(table, ordinal) + n - 1
                    if index < len(table):
                        return date.fromordinal(table[index])
                else:
                    index = bisect_left(table, ordinal) + n
                    if index >= 0:
                        return date.fromordinal(table[index])
        if type(n) is not int:
            if arrays.is_array(n) or arrays.is_array(day):
                return arrays.add(self._tables(), day, n)
            raise InvalidInput.for_value("n", n, "an int (business days)", code="calendar.bad_n")
        if type(day) is date:
            back = None
        elif arrays.is_array(day):
            return arrays.add(self._tables(), day, n)
        else:
            day, back = arrays.scalar_day(day, "day")
        ordinal = day.toordinal()
        if not FIRST_ORDINAL <= ordinal <= LAST_ORDINAL:
            raise self._out_of_range(day)
        if n == 0:
            result = day
        else:
            found = self._tables().add(ordinal, day.year, n)
            if found is None:
                raise self._out_of_range(f"{day} {n:+d} business days")
            result = date.fromordinal(found)
        return result if back is None else back(result)

    @overload
    def count_business_days(
        self, start: date | np.datetime64, end: date | np.datetime64
    ) -> int: ...
    @overload
    def count_business_days(self, start: Any, end: Any) -> Any: ...
    def count_business_days(self, start: Any, end: Any) -> Any:
        """Business days in ``(start, end]``: after ``start``, up to and including ``end``.

        So ``count_business_days(d, add_business_days(d, n)) == n`` for ``n >= 0`` (and for
        ``n < 0`` when ``d`` is a business day). Swapping the ends negates the count. numpy
        counts ``[begin, end)``, and a reversed range as minus ``(end, begin]``: for
        ``a <= b``, ``count_business_days(a, b) == numpy.busday_count(a + 1 day, b + 1 day)``
        and ``count_business_days(b, a)`` is minus that (not ``busday_count(b + 1, a + 1)``,
        which can differ by one). The cost does not depend on the span. Either end may be an
        array (an array of counts comes back).

        >>> BusinessCalendar().count_business_days(date(2026, 11, 2), date(2026, 11, 10))
        5
        """
        if type(start) is date and type(end) is date:  # the hot path, inlined
            first, last = start.toordinal(), end.toordinal()
            if FIRST_ORDINAL <= first <= LAST_ORDINAL and FIRST_ORDINAL <= last <= LAST_ORDINAL:
                return (self._cache or self._tables()).count(first, last)
        elif arrays.is_array(start) or arrays.is_array(end):
            return arrays.count(self._tables(), start, end)
        tables = self._tables()
        return tables.rank(self._day(end, "end").toordinal()) - tables.rank(
            self._day(start, "start").toordinal()
        )

    def business_days(self, start: date, end: date) -> Iterator[date]:
        """Every business day from ``start`` to ``end`` inclusive, in order.

        >>> [d.day for d in BusinessCalendar().business_days(date(2026, 11, 1), date(2026, 11, 6))]
        [2, 4, 5, 6]
        """
        first, last = self._day(start, "start"), self._day(end, "end")
        return self._business_days(first, last)

    def _business_days(self, first: date, last: date) -> Iterator[date]:
        tables = self._tables()
        for year in range(first.year, last.year + 1):
            table = tables.year(year)
            begin = bisect_left(table, first.toordinal())
            stop = bisect_right(table, last.toordinal())
            for ordinal in table[begin:stop]:
                yield date.fromordinal(ordinal)

    def non_business_days(self, start: date, end: date) -> list[NonBusinessDay]:
        """Every closed day from ``start`` to ``end`` inclusive, with its reasons.

        >>> [str(d) for d in BusinessCalendar().non_business_days(
        ...     date(2026, 9, 21), date(2026, 9, 23))]
        ['2026-09-21 (Mon): 祝日: 敬老の日', '2026-09-22 (Tue): 祝日: 国民の休日', \
'2026-09-23 (Wed): 祝日: 秋分の日']
        """
        first = self._day(start, "start").toordinal()
        last = self._day(end, "end").toordinal()
        is_open = self._tables().is_open
        return [
            NonBusinessDay(day, self._reasons(day))
            for day in map(date.fromordinal, range(first, last + 1))
            if not is_open(day.toordinal())
        ]

    # -- interop ----------------------------------------------------------------------------

    @property
    def weekmask(self) -> str:
        """The weekend as numpy's ``weekmask`` string (Mon..Sun, ``1`` = working).

        >>> BusinessCalendar().weekmask
        '1111100'
        """
        return "".join("0" if weekday in self.weekend else "1" for weekday in range(7))

    def holidays(self, start: date | None = None, end: date | None = None) -> list[date]:
        """Closed weekdays from ``start`` to ``end`` (default: the whole supported range).

        With :attr:`weekmask`, the whole calendar: numpy's and pandas' holiday list. A
        calendar whose extra working days fall on a weekend cannot be expressed that way and
        raises instead of giving a wrong calendar.

        >>> BusinessCalendar().holidays(date(2026, 12, 28), date(2027, 1, 5))
        [datetime.date(2026, 12, 29), datetime.date(2026, 12, 30), datetime.date(2026, 12, 31), \
datetime.date(2027, 1, 1)]
        """
        first = self._day(self.first_supported if start is None else start, "start").toordinal()
        last = self._day(self.last_supported if end is None else end, "end").toordinal()
        tables = self._tables()
        opened = tables.opened[
            bisect_left(tables.opened, first) : bisect_right(tables.opened, last)
        ]
        if opened:
            raise InvalidInput(
                "extra working days on a weekend cannot be expressed as a holiday list",
                code="calendar.not_expressible",
                field="extra_working_days",
                value=[date.fromordinal(o) for o in opened],
                expected="no extra working day on a weekend inside the range",
            )
        closed = tables.closed[
            bisect_left(tables.closed, first) : bisect_right(tables.closed, last)
        ]
        return [date.fromordinal(ordinal) for ordinal in closed]

    def to_numpy_busdaycalendar(
        self, start: date | None = None, end: date | None = None
    ) -> np.busdaycalendar:
        """The calendar as a ``numpy.busdaycalendar`` from ``start`` to ``end`` (default: all).

        numpy then gives the same answers: ``busday_offset`` (with ``roll`` as in
        :meth:`add_business_days`), ``busday_count`` (one day later on both ends, see
        :meth:`count_business_days`) and ``is_busday``.

        >>> import numpy as np
        >>> npcal = BusinessCalendar().to_numpy_busdaycalendar()
        >>> np.busday_offset(np.datetime64("2026-11-02"), 5, roll="backward", busdaycal=npcal)
        np.datetime64('2026-11-10')
        """
        return arrays.busdaycalendar(self.weekmask, self.holidays(start, end))  # type: ignore[no-any-return]

    def to_pandas_offset(
        self, start: date | None = None, end: date | None = None
    ) -> pd.offsets.CustomBusinessDay:
        """The calendar as a pandas ``CustomBusinessDay`` offset, holidays ``start``..``end``.

        >>> import pandas as pd
        >>> pd.Timestamp("2026-11-02") + 5 * BusinessCalendar().to_pandas_offset()
        Timestamp('2026-11-10 00:00:00')
        """
        return arrays.pandas_offset(self.weekmask, self.holidays(start, end))  # type: ignore[no-any-return]

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
