"""Why a day is closed: yearly closures and the reasons behind a non-business day (CAL-1).

:class:`Closure` is a closure that repeats every year, such as 年末年始 12-29..01-03 (the
default of :class:`~telcobiz.scheduling.calendar.BusinessCalendar`). :class:`NonBusinessDay`
is a closed day with each :class:`Reason` that applies, of a :class:`ReasonKind`.

>>> str(NonBusinessDay(date(2027, 1, 1), (Reason(ReasonKind.HOLIDAY, "元日"),)))
'2027-01-01 (Fri): 祝日: 元日'
>>> Closure((12, 29), (1, 10**30))
Traceback (most recent call last):
...
telcobiz.core.errors.InvalidInput: end: got (1, 1000000000000000000000000000000); expected a \
(month, day) pair such as (12, 29)
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

import attrs

from telcobiz.core.errors import InvalidInput

__all__ = ["Closure", "NonBusinessDay", "Reason", "ReasonKind"]

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

    >>> from telcobiz.scheduling.calendar import BusinessCalendar
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
        if not all(type(part) is int for part in (month, day)):
            raise TypeError
        date(2000, month, day)  # 2000 is a leap year, so 02-29 is allowed
    except (TypeError, ValueError, OverflowError):
        raise InvalidInput.for_value(
            field, value, "a (month, day) pair such as (12, 29)", code="calendar.bad_closure"
        ) from None
    return (month, day)


def _closure_start(value: Any) -> tuple[int, int]:
    return _month_day(value, "start")


def _closure_end(value: Any) -> tuple[int, int]:
    return _month_day(value, "end")


def _closure_name(instance: Closure, attribute: object, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput.for_value(
            "name", value, "a non-empty name such as '年末年始'", code="calendar.bad_closure"
        )


@attrs.frozen
class Closure:
    """A closure that repeats every year, such as 年末年始 12-29..01-03 (both ends included).

    ``start`` after ``end`` wraps over the new year. A closure from or to 02-29 covers, in a
    common year, the days from 03-01 or up to 02-28.

    >>> Closure().contains(date(2026, 12, 31)), Closure().contains(date(2027, 1, 4))
    (True, False)
    """

    start: tuple[int, int] = attrs.field(default=(12, 29), converter=_closure_start)
    end: tuple[int, int] = attrs.field(default=(1, 3), converter=_closure_end)
    name: str = attrs.field(default="年末年始", validator=_closure_name)

    def contains(self, day: date) -> bool:
        """True when ``day`` is inside the closure.

        >>> Closure((8, 13), (8, 16), name="夏季休業").contains(date(2026, 8, 14))
        True
        """
        key = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= key <= self.end
        return key >= self.start or key <= self.end
