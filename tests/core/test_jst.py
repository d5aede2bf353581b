"""JST helpers (CAL-2): naive = JST, aware converted."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from telcobiz.core import JST, InvalidInput, jst_date, jst_naive, to_jst


def test_naive_is_taken_as_jst():
    moment = to_jst(datetime(2026, 11, 22, 13, 0))
    assert moment.utcoffset() == timedelta(hours=9)
    assert moment.hour == 13


def test_aware_is_converted():
    utc = datetime(2026, 11, 21, 15, 30, tzinfo=UTC)
    assert to_jst(utc) == datetime(2026, 11, 22, 0, 30, tzinfo=JST)
    assert jst_date(utc) == date(2026, 11, 22)
    assert jst_naive(utc) == datetime(2026, 11, 22, 0, 30)
    new_york = timezone(timedelta(hours=-5))
    assert jst_naive(datetime(2026, 11, 21, 23, 0, tzinfo=new_york)) == datetime(
        2026, 11, 22, 13, 0
    )


def test_dates_are_not_datetimes():
    with pytest.raises(InvalidInput) as caught:
        to_jst(date(2026, 11, 22))  # type: ignore[arg-type]
    assert caught.value.code == "time.not_datetime"
    assert caught.value.field == "at"
