"""KDDI クラウドオートコール セルフページ: CAC-1..CAC-4 time rules (003)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import InvalidInput
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.core.jst import JST
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.cloud_autocall import (
    BillingMonth,
    DetailFileExpiry,
    PasswordUsable,
    ViewableMonths,
    billing_month,
    detail_file_expires_at,
    password_usable_from,
    viewable_months,
)
from telcobiz.testing import dates


def jst(*args):
    return datetime(*args, tzinfo=JST)


# -- CAC-2 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "months"),
    [
        # 「前月分を含め過去4カ月分」: M-1 … M-4 (CAC-2 Decision).
        (date(2026, 11, 21), ["2026-10", "2026-09", "2026-08", "2026-07"]),
        (date(2026, 11, 1), ["2026-10", "2026-09", "2026-08", "2026-07"]),
        (date(2026, 11, 30), ["2026-10", "2026-09", "2026-08", "2026-07"]),
        (date(2027, 1, 1), ["2026-12", "2026-11", "2026-10", "2026-09"]),
        (date(2024, 2, 29), ["2024-01", "2023-12", "2023-11", "2023-10"]),
    ],
)
def test_cac2_viewable_months(today, months):
    view = viewable_months(today)
    assert [str(month) for month in view.months] == months
    assert not view.includes(YearMonth.of(today))
    assert not view.includes(YearMonth.parse(months[-1]).shift(-1))


def test_cac2_text():
    view = viewable_months(date(2026, 11, 21))
    assert str(view) == "On 2026-11-21 the self page shows the charges of 2026-07 to 2026-10."
    assert view.sentence("ja") == (
        "2026-11-21にご確認いただけるご利用料金は2026-07～2026-10の4カ月分です。"
    )
    assert view.explain("ja").splitlines()[1] == "対象月: 2026-10, 2026-09, 2026-08, 2026-07"
    assert view.rules == ("CAC-2",)


def test_cac2_needs_a_date():
    with pytest.raises(InvalidInput) as caught:
        viewable_months(datetime(2026, 11, 21, 10, 0))
    assert (caught.value.code, caught.value.field) == ("scheduling.not_a_date", "today")


# -- CAC-3 --------------------------------------------------------------------------------------


def test_cac3_kept_48_hours():
    expiry = detail_file_expires_at(datetime(2026, 11, 20, 18, 0))
    assert expiry.expires_at == jst(2026, 11, 22, 18, 0)
    assert expiry.is_available(datetime(2026, 11, 22, 17, 59, 59))
    assert not expiry.is_available(datetime(2026, 11, 22, 18, 0))
    # Aware: 09:00 UTC on 11-22 is 18:00 JST, the moment it expires.
    assert not expiry.is_available(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    ("created", "expires"),
    [
        (datetime(2024, 2, 28, 9, 30), jst(2024, 3, 1, 9, 30)),  # over a leap day
        (datetime(2026, 2, 28, 9, 30), jst(2026, 3, 2, 9, 30)),
        (datetime(2026, 12, 31, 23, 0), jst(2027, 1, 2, 23, 0)),  # no closure: clock hours
    ],
)
def test_cac3_calendar_hours_not_business_hours(created, expires):
    assert detail_file_expires_at(created).expires_at == expires


def test_cac3_text():
    expiry = detail_file_expires_at(datetime(2026, 11, 20, 18, 0))
    assert (
        str(expiry)
        == "A detail file created 2026-11-20 18:00 JST is kept until 2026-11-22 18:00 JST."
    )
    assert expiry.explain("ja").splitlines()[1:3] == [
        "保存期間 48時間",
        "※ 48時間経過後は、再度作成が必要です。作成に数分かかります。",
    ]


# -- CAC-4 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "month", "spans"),
    [
        # 「月をまたがって通話された場合は、翌月のご請求となります」
        (datetime(2026, 10, 31, 23, 59), datetime(2026, 11, 1, 0, 1), YearMonth(2026, 11), True),
        (
            datetime(2026, 12, 31, 23, 59, 59),
            datetime(2027, 1, 1, 0, 0, 0, 1),
            YearMonth(2027, 1),
            True,
        ),
        (datetime(2024, 2, 29, 23, 59), datetime(2024, 3, 1, 0, 5), YearMonth(2024, 3), True),
        # Ending exactly at midnight: the call did not continue into the new month.
        (datetime(2026, 10, 31, 23, 59), datetime(2026, 11, 1, 0, 0), YearMonth(2026, 10), False),
        # Inside one month (003's sample: 05/01(金)20時12分, 1 min 6 s).
        (
            datetime(2026, 5, 1, 20, 12, 21),
            datetime(2026, 5, 1, 20, 13, 27),
            YearMonth(2026, 5),
            False,
        ),
        (datetime(2026, 5, 1, 20, 12), datetime(2026, 5, 1, 20, 12), YearMonth(2026, 5), False),
    ],
)
def test_cac4_billing_month(start, end, month, spans):
    result = billing_month(start, end)
    assert (result.month, result.spans_months) == (month, spans)


def test_cac4_aware_times_use_the_jst_month():
    # 2026-10-31 14:59 UTC = 23:59 JST; 15:01 UTC = 11-01 00:01 JST: spans in JST.
    result = billing_month(
        datetime(2026, 10, 31, 14, 59, tzinfo=UTC), datetime(2026, 10, 31, 15, 1, tzinfo=UTC)
    )
    assert (result.month, result.spans_months) == (YearMonth(2026, 11), True)
    assert result.call_start == jst(2026, 10, 31, 23, 59)


def test_cac4_end_before_start():
    with pytest.raises(InvalidInput) as caught:
        billing_month(datetime(2026, 11, 1, 0, 1), datetime(2026, 10, 31, 23, 59))
    assert (caught.value.code, caught.value.field) == (
        "cloud_autocall.end_before_start",
        "call_end",
    )
    with pytest.raises(InvalidInput) as caught:
        billing_month(date(2026, 11, 1), datetime(2026, 11, 1, 0, 1))
    assert caught.value.field == "call_start"


def test_cac4_text():
    result = billing_month(datetime(2026, 10, 31, 23, 59), datetime(2026, 11, 1, 0, 1))
    assert (
        str(result)
        == "A call started 2026-10-31 23:59 JST is billed in 2026-11 (it spans a month boundary)."
    )
    assert result.explain("ja").splitlines()[1:3] == [
        "通話: 2026-10-31 23:59 – 2026-11-01 00:01 JST",
        "※ 電報料金・消費税は含まれていません。",
    ]
    plain = billing_month(datetime(2026, 11, 5, 10, 0), datetime(2026, 11, 5, 10, 1))
    assert plain.sentence("ja") == "2026-11-05 10:00開始の通話は2026-11のご請求です。"
    assert str(plain) == "A call started 2026-11-05 10:00 JST is billed in 2026-11."


# -- CAC-1 --------------------------------------------------------------------------------------


def test_cac1_about_five_minutes():
    ready = password_usable_from(datetime(2026, 11, 20, 9, 58))
    assert (ready.usable_from, ready.approximate) == (jst(2026, 11, 20, 10, 3), True)
    assert password_usable_from(datetime(2026, 12, 31, 23, 57)).usable_from == jst(2027, 1, 1, 0, 2)
    assert (
        ready.sentence("ja")
        == "2026-11-20 09:58に変更したパスワードは2026-11-20 10:03頃からご利用可能です。"
    )
    assert ready.explain("ja").splitlines()[1] == "約5分後"
    assert (
        str(ready)
        == "A password changed 2026-11-20 09:58 JST works from about 2026-11-20 10:03 JST."
    )
    assert "法人お客さまセンター" in ready.explain("en")
    assert ready.rules == ("CAC-1", "CAL-2")
    with pytest.raises(InvalidInput):
        password_usable_from("2026-11-20 09:58")


# -- JSON and properties ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "cls"),
    [
        (viewable_months(date(2027, 1, 1)), ViewableMonths),
        (detail_file_expires_at(datetime(2026, 11, 20, 18, 0)), DetailFileExpiry),
        (billing_month(datetime(2026, 10, 31, 23, 59), datetime(2026, 11, 1, 0, 1)), BillingMonth),
        (password_usable_from(datetime(2026, 11, 20, 9, 58)), PasswordUsable),
    ],
)
def test_json_round_trip(result, cls):
    assert structure(unstructure(result), cls) == result
    assert to_json(result)


@given(dates(min_value=date(1971, 1, 1), max_value=date(2098, 12, 31)))
def test_viewable_months_are_the_four_before_this_one(today):
    months = viewable_months(today).months
    assert [YearMonth.of(today) - month for month in months] == [1, 2, 3, 4]


MOMENTS = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2098, 12, 31))


@given(MOMENTS, st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=30)))
def test_billing_month_is_the_start_month_or_the_next(start, length):
    result = billing_month(start, start + length)
    started_in = YearMonth.of(start.date())
    assert result.month in (started_in, started_in.shift(1))
    assert result.spans_months is (result.month != started_in)
    assert result.spans_months is (
        YearMonth.of((start + length - timedelta(microseconds=1)).date()) != started_in
        and length > timedelta(0)
    )
