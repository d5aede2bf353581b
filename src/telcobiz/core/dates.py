"""Date and time arithmetic that stays inside Python's calendar, 0001-01-01 to 9999-12-31.

A rule that adds days or hours to a caller's date can step past :data:`datetime.date.max`
(a cancellation received on 9999-12-31, a file created at ``datetime.max``). These helpers
make that step an :class:`~telcobiz.core.errors.OutOfRange` error with the stable code
``time.out_of_range``, instead of Python's ``OverflowError``.

>>> from datetime import date
>>> add_days(date(2026, 12, 31), 1)
datetime.date(2027, 1, 1)
>>> add_days(date(9999, 12, 31), 1, field="received_on")
Traceback (most recent call last):
...
telcobiz.core.errors.OutOfRange: received_on: 9999-12-31 + 1 day leaves the dates Python can \
hold; expected a date from 0001-01-01 to 9999-12-31
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TypeVar

from telcobiz.core.errors import OutOfRange

__all__ = ["DATE_RANGE", "add_days", "add_duration", "out_of_dates"]

DATE_RANGE = "a date from 0001-01-01 to 9999-12-31"
"""What every date of telcobiz may be: Python's own calendar (rules narrow it further).

>>> DATE_RANGE
'a date from 0001-01-01 to 9999-12-31'
"""

Moment = TypeVar("Moment", date, datetime)


def out_of_dates(field: str, value: object, step: str) -> OutOfRange:
    """The error of a step that leaves the dates Python can hold (``time.out_of_range``).

    >>> out_of_dates("at", date(1, 1, 1), "- 1 day").code
    'time.out_of_range'
    """
    return OutOfRange(
        f"{field}: {value} {step} leaves the dates Python can hold; expected {DATE_RANGE}",
        code="time.out_of_range",
        field=field,
        value=value,
        expected=DATE_RANGE,
    )


def add_days(day: Moment, days: int, *, field: str = "day") -> Moment:
    """``day`` moved by ``days`` calendar days, or ``OutOfRange`` past year 1 or 9999.

    >>> add_days(date(2024, 2, 28), 2)
    datetime.date(2024, 3, 1)
    """
    try:
        return day + timedelta(days=days)
    except OverflowError:
        sign = "+" if days >= 0 else "-"
        unit = "day" if abs(days) == 1 else "days"
        raise out_of_dates(field, day, f"{sign} {abs(days)} {unit}") from None


def add_duration(moment: datetime, duration: timedelta, *, field: str = "at") -> datetime:
    """``moment`` moved by ``duration``, or ``OutOfRange`` past year 1 or 9999.

    >>> add_duration(datetime(9999, 12, 31, 23, 0), timedelta(hours=2), field="confirmed_at")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.OutOfRange: confirmed_at: 9999-12-31 23:00:00 + 2:00:00 leaves the dates \
Python can hold; expected a date from 0001-01-01 to 9999-12-31
    """
    try:
        return moment + duration
    except OverflowError:
        step = f"- {-duration}" if duration < timedelta(0) else f"+ {duration}"
        raise out_of_dates(field, moment, step) from None
