"""ドコモビジネスオンラインショップ: DBO-1 order date and DBO-2 payment due date (004)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telcobiz import BusinessCalendar, InvalidInput, OutOfRange
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.core.jst import JST
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.docomo import OrderDate, PaymentDue, order_date, payment_due_date
from telcobiz.testing import year_months

CAL = BusinessCalendar()


# -- DBO-1 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("submitted", "day", "after_cutoff", "on_business_day"),
    [
        # 「お申し込みが13時以降となった場合、翌営業日扱い」: 12:59 same day, 13:00 next.
        (datetime(2026, 11, 24, 12, 59, 59), date(2026, 11, 24), False, True),
        (datetime(2026, 11, 24, 13, 0), date(2026, 11, 25), True, True),
        # Friday evening: next business day is Tuesday (11-23 is 勤労感謝の日).
        (datetime(2026, 11, 20, 13, 0), date(2026, 11, 24), True, True),
        (datetime(2026, 11, 20, 23, 59), date(2026, 11, 24), True, True),
        # DBO-1 Decision: a non-business day counts as the next business day at any hour.
        (datetime(2026, 11, 21, 9, 0), date(2026, 11, 24), False, False),
        (datetime(2026, 11, 23, 15, 0), date(2026, 11, 24), True, False),
        # Year-end closure.
        (datetime(2026, 12, 28, 12, 59), date(2026, 12, 28), False, True),
        (datetime(2026, 12, 28, 13, 0), date(2027, 1, 4), True, True),
        (datetime(2026, 12, 31, 10, 0), date(2027, 1, 4), False, False),
        # Leap day 2028-02-29 is a Tuesday.
        (datetime(2028, 2, 29, 12, 0), date(2028, 2, 29), False, True),
        (datetime(2028, 2, 29, 13, 0), date(2028, 3, 1), True, True),
    ],
)
def test_dbo1_cutoff(submitted, day, after_cutoff, on_business_day):
    result = order_date(submitted)
    assert (result.day, result.after_cutoff, result.on_business_day) == (
        day,
        after_cutoff,
        on_business_day,
    )
    assert result.moved is (day != submitted.date())


def test_dbo1_aware_times_are_converted():
    # 04:00 UTC is 13:00 JST: next business day; 03:59 UTC is 12:59 JST: same day.
    assert order_date(datetime(2026, 11, 24, 4, 0, tzinfo=UTC)).day == date(2026, 11, 25)
    assert order_date(datetime(2026, 11, 24, 3, 59, tzinfo=UTC)).day == date(2026, 11, 24)
    # 2026-11-23 20:00 UTC is Tuesday 11-24 05:00 JST: a business day before the cut-off.
    result = order_date(datetime(2026, 11, 23, 20, 0, tzinfo=UTC))
    assert (result.day, result.submitted_at) == (
        date(2026, 11, 24),
        datetime(2026, 11, 24, 5, 0, tzinfo=JST),
    )


def test_dbo1_caller_calendar():
    company = BusinessCalendar(extra_holidays=[date(2026, 11, 24)])
    assert order_date(datetime(2026, 11, 24, 10, 0), calendar=company).day == date(2026, 11, 25)


def test_dbo1_text():
    late = order_date(datetime(2026, 11, 20, 13, 0))
    assert str(late) == (
        "An application sent 2026-11-20 13:00 JST counts as 2026-11-24 "
        "(at or after 13:00: next business day)."
    )
    assert late.sentence("ja") == (
        "2026-11-20 13:00のお申し込みは2026-11-24扱いです（13時以降のため翌営業日扱い）。"
    )
    assert late.explain("ja").splitlines()[1] == "締め 13:00; 13時以降の送信"
    weekend = order_date(datetime(2026, 11, 21, 9, 0))
    assert weekend.sentence("ja").endswith("（営業日以外のため翌営業日扱い）。")
    assert str(weekend).endswith("(sent on a non-business day).")
    assert weekend.explain("ja").splitlines()[1] == "締め 13:00; 営業日以外の送信"
    assert weekend.explain("en").splitlines()[1] == "cut-off 13:00 JST; sent on a non-business day"
    early = order_date(datetime(2026, 11, 24, 9, 0))
    assert early.sentence("ja") == "2026-11-24 09:00のお申し込みは2026-11-24扱いです。"
    assert early.explain("ja").splitlines()[1] == "締め 13:00; 営業日の13時前の送信"
    assert late.explain("en").splitlines()[1] == "cut-off 13:00 JST; sent at or after the cut-off"
    assert "※ 万が一お申し込み内容に不備などがあった場合はさらに日数を要する場合がございます。" in (
        late.explain("ja")
    )
    assert late.rules == ("DBO-1", "CAL-1", "CAL-2")


def test_dbo1_bad_input():
    with pytest.raises(InvalidInput) as caught:
        order_date(date(2026, 11, 24))
    assert (caught.value.code, caught.value.field) == ("time.not_datetime", "submitted_at")
    with pytest.raises(OutOfRange):
        order_date(datetime(2099, 12, 31, 14, 0))


# -- DBO-2 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("month", "due"),
    [
        # RULES.md DBO-2 Decision: 12-31 is in the year-end closure.
        (YearMonth(2026, 12), date(2027, 1, 4)),
        (YearMonth(2022, 12), date(2023, 1, 4)),
        # Month end on a weekend.
        (YearMonth(2026, 1), date(2026, 2, 2)),
        (YearMonth(2026, 5), date(2026, 6, 1)),
        (YearMonth(2026, 10), date(2026, 11, 2)),
        # Month end on a business day stays.
        (YearMonth(2026, 11), date(2026, 11, 30)),
        (YearMonth(2026, 9), date(2026, 9, 30)),
        # Leap years: 2024-02-29 is a Thursday, 2020-02-29 a Saturday.
        (YearMonth(2024, 2), date(2024, 2, 29)),
        (YearMonth(2020, 2), date(2020, 3, 2)),
        (YearMonth(2026, 2), date(2026, 3, 2)),
    ],
)
def test_dbo2_due_dates(month, due):
    result = payment_due_date(month)
    assert result.due == due
    assert result.month_end == month.last_day
    assert result.moved is (due != month.last_day)
    assert len(result.closed) == (due - month.last_day).days


def test_dbo2_closed_days_explain_the_move():
    result = payment_due_date(YearMonth(2026, 12))
    assert [str(day) for day in result.closed] == [
        "2026-12-31 (Thu): 年末年始: 年末年始",
        "2027-01-01 (Fri): 祝日: 元日; 年末年始: 年末年始",
        "2027-01-02 (Sat): 土日: 土曜日; 年末年始: 年末年始",
        "2027-01-03 (Sun): 土日: 日曜日; 年末年始: 年末年始",
    ]
    assert result.sentence("ja") == (
        "2026-12発行の請求書の支払期限日は2027-01-04です（末日2026-12-31が営業日でないため翌営業日）。"
    )
    assert str(result) == (
        "An invoice issued in 2026-12 is due on 2027-01-04 (the month end 2026-12-31 is not a "
        "business day)."
    )
    plain = payment_due_date(YearMonth(2026, 11))
    assert plain.sentence("ja") == "2026-11発行の請求書の支払期限日は2026-11-30です（月末）。"
    assert str(plain).endswith("(the month end).")
    assert plain.explain("en").splitlines()[1] == (
        "note: other services: pay by the due date printed on each invoice (not computed)."
    )
    assert result.explain("ja").splitlines()[1] == "休業日 2026-12-31 (Thu): 年末年始: 年末年始"


def test_dbo2_caller_calendar_without_closure():
    result = payment_due_date(YearMonth(2026, 12), calendar=BusinessCalendar(closure=None))
    assert result.due == date(2026, 12, 31)


@pytest.mark.parametrize("bad", ["2026-12", date(2026, 12, 1), (2026, 12)])
def test_dbo2_bad_month(bad):
    with pytest.raises(InvalidInput) as caught:
        payment_due_date(bad)
    assert (caught.value.code, caught.value.field) == ("docomo.bad_month", "invoice_month")


@pytest.mark.parametrize(
    ("result", "cls"),
    [
        (order_date(datetime(2026, 12, 28, 13, 0)), OrderDate),
        (payment_due_date(YearMonth(2026, 12)), PaymentDue),
        (payment_due_date(YearMonth(2026, 11)), PaymentDue),
    ],
)
def test_json_round_trip(result, cls):
    assert structure(unstructure(result), cls) == result
    assert to_json(result)


# -- properties ---------------------------------------------------------------------------------

MOMENTS = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2098, 12, 31))


@settings(deadline=None)
@given(MOMENTS)
def test_order_date_is_always_a_business_day_on_or_after_the_day_sent(submitted):
    result = order_date(submitted)
    assert CAL.is_business_day(result.day)
    assert result.day >= submitted.date()
    # No business day is skipped: nothing between the day sent (exclusive) and the answer.
    assert CAL.count_business_days(submitted.date(), result.day) <= 1


@given(year_months(min_value=YearMonth(1971, 1), max_value=YearMonth(2098, 12)))
def test_due_date_is_the_first_business_day_from_the_month_end(month):
    result = payment_due_date(month)
    assert CAL.is_business_day(result.due)
    assert result.due >= month.last_day
    assert all(
        not CAL.is_business_day(month.last_day + timedelta(days=n))
        for n in range((result.due - month.last_day).days)
    )
