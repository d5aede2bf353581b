"""The parts of service hours: the day set and the daily JST time range (CAL-1, CAL-2).

:class:`OpenDays` says on which days a window opens (every day, business days, or every day
except the year-end closure, CAL-1); :class:`TimeRange` is one daily JST window, start
included, end excluded (CAL-2). :class:`~telcobiz.scheduling.opening_hours.ServiceHours`
combines them.

>>> from datetime import time
>>> str(TimeRange(time(10), time(18, 30))), OpenDays.EVERY_DAY.label
('10:00–18:30', '毎日（365日）')
"""

from __future__ import annotations

import enum
import itertools
from datetime import time, timedelta
from typing import ClassVar

import attrs

from telcobiz.core.errors import InvalidInput

__all__ = ["OpenDays", "TimeRange", "as_time_ranges"]

_DAY = timedelta(days=1)
_MIDNIGHT = time(0)


class OpenDays(enum.Enum):
    """On which days a window opens; each member carries the Japanese wording.

    >>> OpenDays.BUSINESS_DAYS.label
    '平日（土日祝日・年末年始を除く）'
    """

    EVERY_DAY = "every_day"
    BUSINESS_DAYS = "business_days"
    EXCEPT_CLOSURE = "except_closure"

    @property
    def label(self) -> str:
        """The Japanese wording of the day set."""
        return _OPEN_DAYS_LABELS[self][0]

    @property
    def english(self) -> str:
        """The English wording of the day set.

        >>> OpenDays.EXCEPT_CLOSURE.english
        'every day except the year-end closure'
        """
        return _OPEN_DAYS_LABELS[self][1]


_OPEN_DAYS_LABELS = {
    OpenDays.EVERY_DAY: ("毎日（365日）", "every day"),
    OpenDays.BUSINESS_DAYS: ("平日（土日祝日・年末年始を除く）", "business days"),
    OpenDays.EXCEPT_CLOSURE: ("年末年始を除く毎日", "every day except the year-end closure"),
}


def _clock(value: object, field: str) -> time:
    if type(value) is not time or value.tzinfo is not None:
        raise InvalidInput.for_value(
            field, value, "a naive datetime.time (JST wall clock)", code="hours.bad_range"
        )
    return value


def _start_clock(value: object) -> time:
    return _clock(value, "start")


def _end_clock(value: object) -> time:
    return _clock(value, "end")


def _offset(value: time) -> timedelta:
    return timedelta(
        hours=value.hour, minutes=value.minute, seconds=value.second, microseconds=value.microsecond
    )


@attrs.frozen
class TimeRange:
    """A daily JST window from ``start`` (included) to ``end`` (excluded).

    ``end=time(0)`` means midnight at the end of the day (24:00), so ``TimeRange(time(0),
    time(0))`` is the whole day. A range never crosses midnight.

    >>> str(TimeRange(time(9), time(23)))
    '9:00–23:00'
    >>> TimeRange(time(9), time(23)).contains(time(23))
    False
    >>> str(TimeRange.ALL_DAY)
    '0:00–24:00'
    """

    start: time = attrs.field(converter=_start_clock)
    end: time = attrs.field(converter=_end_clock)

    ALL_DAY: ClassVar[TimeRange]
    """The whole day, 0:00–24:00."""

    def __attrs_post_init__(self) -> None:
        if self.end != _MIDNIGHT and self.end <= self.start:
            raise InvalidInput.for_value(
                "end",
                self.end,
                f"a time after the start {self.start.isoformat()} (or 00:00 for midnight)",
                code="hours.bad_range",
            )

    @property
    def start_offset(self) -> timedelta:
        """How long after midnight the window opens.

        >>> TimeRange(time(9, 30), time(17)).start_offset
        datetime.timedelta(seconds=34200)
        """
        return _offset(self.start)

    @property
    def end_offset(self) -> timedelta:
        """How long after midnight the window closes (24 hours for an end of ``00:00``).

        >>> TimeRange(time(9), time(0)).end_offset
        datetime.timedelta(days=1)
        """
        if self.end == _MIDNIGHT:
            return _DAY
        return _offset(self.end)

    @property
    def duration(self) -> timedelta:
        """The length of the window.

        >>> TimeRange(time(10), time(18, 30)).duration
        datetime.timedelta(seconds=30600)
        """
        return self.end_offset - self.start_offset

    def contains(self, clock: time) -> bool:
        """Tell whether the wall-clock time ``clock`` is inside the window.

        >>> TimeRange(time(9), time(17)).contains(time(9))
        True
        """
        return self.start_offset <= _offset(clock) < self.end_offset

    def __str__(self) -> str:
        end = "24:00" if self.end == _MIDNIGHT else f"{self.end.hour}:{self.end.minute:02d}"
        return f"{self.start.hour}:{self.start.minute:02d}–{end}"


TimeRange.ALL_DAY = TimeRange(time(0), time(0))


def as_time_ranges(values: object) -> tuple[TimeRange, ...]:
    """Return one or more :class:`TimeRange` values as a tuple sorted by start; reject overlaps.

    >>> afternoon, morning = TimeRange(time(13), time(17)), TimeRange(time(9), time(12))
    >>> [str(r) for r in as_time_ranges((afternoon, morning))]
    ['9:00–12:00', '13:00–17:00']
    """
    if isinstance(values, TimeRange):
        values = (values,)
    try:
        ranges = tuple(sorted(values, key=lambda r: r.start_offset))  # type: ignore[call-overload]
    except (TypeError, AttributeError):
        raise InvalidInput.for_value(
            "ranges", values, "one or more TimeRange values", code="hours.bad_range"
        ) from None
    if not ranges or not all(isinstance(r, TimeRange) for r in ranges):
        raise InvalidInput.for_value(
            "ranges", values, "one or more TimeRange values", code="hours.bad_range"
        )
    for before, after in itertools.pairwise(ranges):
        if after.start_offset < before.end_offset:
            raise InvalidInput.for_value(
                "ranges", values, "time ranges that do not overlap", code="hours.bad_range"
            )
    return ranges
