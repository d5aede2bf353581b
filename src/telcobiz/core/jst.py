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

from telcobiz.core.errors import InvalidInput

__all__ = ["JST", "jst_date", "jst_naive", "to_jst"]

JST = timezone(timedelta(hours=9), "JST")
"""The fixed UTC+9 zone. Japan has had no daylight saving time since 1951."""


def to_jst(moment: datetime, *, field: str = "at") -> datetime:
    """Return ``moment`` as an aware JST datetime (naive input is taken as JST).

    >>> to_jst(datetime(2026, 1, 1, 0, 0)).tzname()
    'JST'
    """
    if not isinstance(moment, datetime):
        raise InvalidInput.for_value(
            field, moment, "a datetime.datetime (naive = JST)", code="time.not_datetime"
        )
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=JST)
    return moment.astimezone(JST)


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
