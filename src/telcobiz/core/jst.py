"""Japan Standard Time helpers (CAL-2).

Every time rule of telcobiz runs in JST (UTC+9, no daylight saving). A naive ``datetime`` is
taken to be JST already; an aware one is converted.

>>> from datetime import datetime, timezone
>>> to_jst(datetime(2026, 11, 22, 4, 0, tzinfo=timezone.utc)).hour
13
>>> to_jst(datetime(2026, 11, 22, 13, 0)).isoformat()
'2026-11-22T13:00:00+09:00'
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from telcobiz.core.dates import out_of_dates
from telcobiz.core.errors import InvalidInput

__all__ = ["JST", "jst_date", "jst_naive", "require_date", "to_jst"]

_NINE_HOURS = timedelta(hours=9)
JST = timezone(_NINE_HOURS, "JST")
"""The fixed UTC+9 zone. Japan has had no daylight saving time since 1951."""


def to_jst(moment: datetime, *, field: str = "at") -> datetime:
    """Return ``moment`` as an aware JST datetime (naive input is taken as JST).

    >>> to_jst(datetime(2026, 1, 1, 0, 0)).tzname()
    'JST'

    A moment whose JST time falls outside Python's calendar (``datetime.min`` at UTC+14) is
    an :class:`~telcobiz.core.errors.OutOfRange` error, ``time.out_of_range``.
    """
    if not isinstance(moment, datetime):
        raise InvalidInput.for_value(
            field, moment, "a datetime.datetime (naive = JST)", code="time.not_datetime"
        )
    offset = moment.utcoffset() if moment.tzinfo is not None else None
    if offset is None or offset == _NINE_HOURS:  # already JST: no trip through UTC to overflow
        return moment.replace(tzinfo=JST)
    try:
        return moment.astimezone(JST)
    except OverflowError:
        raise out_of_dates(field, moment.isoformat(), "in JST") from None


def jst_naive(moment: datetime, *, field: str = "at") -> datetime:
    """Return the JST wall-clock time of ``moment`` as a naive datetime.

    >>> jst_naive(datetime(2026, 11, 21, 15, 0, tzinfo=timezone.utc))
    datetime.datetime(2026, 11, 22, 0, 0)
    """
    return to_jst(moment, field=field).replace(tzinfo=None)


def jst_date(moment: datetime, *, field: str = "at") -> date:
    """The JST calendar date of ``moment``.

    >>> jst_date(datetime(2026, 11, 21, 15, 0, tzinfo=timezone.utc))
    datetime.date(2026, 11, 22)
    """
    return to_jst(moment, field=field).date()


def require_date(value: object, field: str, *, code: str = "time.not_a_date") -> date:
    """Return ``value`` if it is a ``datetime.date`` and not a datetime, else raise.

    Rules that count days take dates: a datetime would carry a time zone question with it.
    Each area passes its own stable ``code``.

    >>> require_date(date(2026, 11, 2), "accepted_on")
    datetime.date(2026, 11, 2)
    >>> require_date(datetime(2026, 11, 2, 9), "on", code="insurance.not_a_date")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: on: got datetime.datetime(2026, 11, 2, 9, 0); expected a \
datetime.date (not a datetime: use telcobiz.core.jst_date(moment))
    """
    if type(value) is not date:
        expected = "a datetime.date"
        if isinstance(value, datetime):
            expected += " (not a datetime: use telcobiz.core.jst_date(moment))"
        raise InvalidInput.for_value(field, value, expected, code=code)
    return value
