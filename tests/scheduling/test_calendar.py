"""BusinessCalendar (CAL-1, CAL-3): seed values, known holiday years, numpy agreement."""

import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import BusinessCalendar, InvalidInput, OutOfRange
from telcobiz.scheduling import Closure, ReasonKind
from telcobiz.testing import business_days, dates

CAL = BusinessCalendar()
NUMPY_CAL = np.busdaycalendar(
    weekmask=CAL.weekmask, holidays=CAL.holidays(CAL.first_supported, CAL.last_supported)
)


def test_rules_md_cal3_example():
    # CAL-3: accepted 2026-11-02 + 5 営業日 = 2026-11-10, because 2026-11-03 is 文化の日.
    assert CAL.add_business_days(date(2026, 11, 2), 5) == date(2026, 11, 10)
    assert CAL.count_business_days(date(2026, 11, 2), date(2026, 11, 10)) == 5


def test_imperial_transition_2019_is_ten_days_off():
    # 2019-04-27..05-06: 昭和の日, 国民の休日, 天皇の即位の日, 国民の休日, 憲法記念日, ... 振替休日.
    closed = [d.day for d in CAL.non_business_days(date(2019, 4, 27), date(2019, 5, 6))]
    assert closed == [date(2019, 4, 27) + timedelta(days=i) for i in range(10)]
    assert [str(r) for r in CAL.reasons(date(2019, 5, 1))] == ["祝日: 天皇の即位の日"]
    assert [str(r) for r in CAL.reasons(date(2019, 4, 30))] == ["祝日: 国民の休日"]
    assert [str(r) for r in CAL.reasons(date(2019, 5, 2))] == ["祝日: 国民の休日"]
    assert CAL.next_business_day(date(2019, 4, 26)) == date(2019, 5, 7)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        # 2020: the Olympic special measures moved 海の日, スポーツの日 and 山の日.
        (date(2020, 7, 23), "海の日"),
        (date(2020, 7, 24), "スポーツの日"),
        (date(2020, 8, 10), "山の日"),
        # 2021: moved again after the postponement.
        (date(2021, 7, 22), "海の日"),
        (date(2021, 7, 23), "スポーツの日"),
        (date(2021, 8, 9), "山の日 振替休日"),
    ],
)
def test_olympic_holidays_moved(day, name):
    assert not CAL.is_business_day(day)
    assert [r.name for r in CAL.reasons(day)] == [name]


@pytest.mark.parametrize(
    "day",
    [
        date(2020, 7, 20),
        date(2020, 8, 11),
        date(2020, 10, 12),
        date(2021, 7, 19),
        date(2021, 10, 11),
    ],
)
def test_usual_dates_of_the_moved_olympic_holidays_were_working_days(day):
    assert CAL.is_business_day(day)


def test_kokumin_no_kyujitsu_2026():
    # 2026-09-22 lies between 敬老の日 (09-21) and 秋分の日 (09-23).
    assert not CAL.is_business_day(date(2026, 9, 22))
    assert [r.name for r in CAL.reasons(date(2026, 9, 22))] == ["国民の休日"]


def test_year_end_closure():
    # CAL-1 Decision: 12-29..01-03 are closed even on weekdays.
    for day in (date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 2)):
        assert not CAL.is_business_day(day)
    assert CAL.is_business_day(date(2026, 12, 28))
    assert CAL.is_business_day(date(2027, 1, 4))
    assert CAL.next_business_day(date(2026, 12, 28)) == date(2027, 1, 4)
    assert CAL.previous_business_day(date(2027, 1, 4)) == date(2026, 12, 28)
    assert [r.kind for r in CAL.reasons(date(2027, 1, 1))] == [
        ReasonKind.HOLIDAY,
        ReasonKind.CLOSURE,
    ]
    assert [r.kind for r in CAL.reasons(date(2027, 1, 2))] == [
        ReasonKind.WEEKEND,
        ReasonKind.CLOSURE,
    ]


def test_holidays_before_their_law_are_working_days():
    # 振替休日 exists from 1973-04-12: 1973-02-12 (Monday after 建国記念の日 on a Sunday)
    # was a working day.
    assert CAL.is_business_day(date(1973, 2, 12))
    assert not CAL.is_business_day(date(1973, 4, 30))  # the first 振替休日
    # 国民の休日 exists from 1985-12-27: 1984-05-04 (Fri) was a workday, 1988-05-04 was not.
    assert CAL.is_business_day(date(1984, 5, 4))
    assert not CAL.is_business_day(date(1988, 5, 4))


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(1989, 2, 24), "昭和天皇の大喪の礼"),
        (date(1990, 11, 12), "即位の礼正殿の儀"),
        (date(1993, 6, 9), "結婚の儀"),
        (date(2019, 10, 22), "即位礼正殿の儀"),
    ],
)
def test_one_off_holidays(day, name):
    assert not CAL.is_business_day(day)
    assert name in CAL.reasons(day)[0].name


def test_counts_around_the_closure():
    assert CAL.count_business_days(date(2026, 12, 25), date(2027, 1, 8)) == 6
    assert CAL.count_business_days(date(2027, 1, 8), date(2026, 12, 25)) == -6
    assert CAL.count_business_days(date(2026, 11, 2), date(2026, 11, 2)) == 0
    # Business days in 2026: 365 - 104 weekend days - 15 weekday holidays - 3 closure weekdays
    # of January (01-02) and December (12-29..12-31) not already counted.
    assert CAL.count_business_days(date(2025, 12, 31), date(2026, 12, 31)) == len(
        list(CAL.business_days(date(2026, 1, 1), date(2026, 12, 31)))
    )


def test_n_zero_returns_the_day_unchanged():
    assert CAL.add_business_days(date(2026, 11, 21), 0) == date(2026, 11, 21)
    assert CAL.roll_forward(date(2026, 11, 21)) == date(2026, 11, 24)  # 11-23 勤労感謝の日
    assert CAL.roll_forward(date(2026, 11, 24)) == date(2026, 11, 24)


def test_negative_n_counts_backwards_across_years():
    assert CAL.add_business_days(date(2027, 1, 4), -1) == date(2026, 12, 28)
    assert CAL.add_business_days(date(2026, 11, 10), -5) == date(2026, 11, 2)
    assert CAL.add_business_days(date(2027, 1, 1), -300) == CAL.add_business_days(
        date(2026, 12, 28), -299
    )


def test_long_spans_cross_many_years():
    start = date(2000, 1, 4)
    far = CAL.add_business_days(start, 5000)
    assert CAL.count_business_days(start, far) == 5000
    assert CAL.add_business_days(far, -5000) == start


def test_custom_calendars():
    no_closure = BusinessCalendar(closure=None)
    assert no_closure.is_business_day(date(2026, 12, 29))
    assert not no_closure.is_business_day(date(2027, 1, 1))  # still 元日
    own = BusinessCalendar(
        extra_holidays={date(2026, 11, 20): "創立記念日"},
        extra_working_days=[date(2026, 11, 3)],
    )
    assert not own.is_business_day(date(2026, 11, 20))
    assert [str(r) for r in own.reasons(date(2026, 11, 20))] == ["休業日: 創立記念日"]
    assert own.is_business_day(date(2026, 11, 3))
    # 11-03 now works and 11-20 is off: 11-03, 04, 05, 06, 09.
    assert own.add_business_days(date(2026, 11, 2), 5) == date(2026, 11, 9)
    unnamed = BusinessCalendar(extra_holidays=[date(2026, 11, 20)])
    assert [r.name for r in unnamed.reasons(date(2026, 11, 20))] == ["休業日"]
    short = BusinessCalendar(closure=Closure((12, 31), (1, 2), name="年末年始休業"))
    assert short.is_business_day(date(2026, 12, 30))
    assert not short.is_business_day(date(2026, 12, 31))
    assert Closure((8, 13), (8, 16), name="夏季休業").contains(date(2026, 8, 14))
    six_day_week = BusinessCalendar(weekend=[6])
    assert six_day_week.is_business_day(date(2026, 11, 21))
    assert six_day_week.weekmask == "1111110"


def test_calendars_are_values():
    assert BusinessCalendar() == BusinessCalendar()
    assert hash(BusinessCalendar()) == hash(BusinessCalendar())
    assert BusinessCalendar(closure=None) != BusinessCalendar()
    assert "closure 12-29..01-03" in str(BusinessCalendar())
    assert "no closure" in str(BusinessCalendar(closure=None))
    assert {c.rule for c in CAL.citations} == {"CAL-1"}


def test_out_of_range_is_a_clear_error():
    with pytest.raises(OutOfRange) as caught:
        CAL.add_business_days(date(1969, 12, 31), 1)
    assert caught.value.code == "calendar.out_of_range"
    assert caught.value.expected == "a date from 1970-01-01 to 2099-12-31"
    assert "1969-12-31" in str(caught.value)
    with pytest.raises(OutOfRange):
        CAL.add_business_days(date(2099, 12, 30), 5)
    with pytest.raises(OutOfRange):
        CAL.add_business_days(date(1970, 1, 5), -5)
    with pytest.raises(OutOfRange):
        CAL.is_business_day(date(2100, 1, 1))
    with pytest.raises(OutOfRange):
        CAL.count_business_days(date(2026, 1, 1), date(2100, 1, 1))
    with pytest.raises(OutOfRange):
        CAL.non_business_days(date(1969, 1, 1), date(1970, 1, 1))
    with pytest.raises(OutOfRange):
        list(CAL.business_days(date(2099, 1, 1), date(2100, 1, 1)))


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"weekend": range(7)}, "calendar.bad_weekend"),
        ({"weekend": [7]}, "calendar.bad_weekend"),
        ({"extra_working_days": ["2026-11-03"]}, "calendar.bad_day"),
        ({"extra_holidays": [datetime(2026, 11, 3)]}, "calendar.bad_day"),
    ],
)
def test_bad_calendars_are_refused(kwargs, code):
    with pytest.raises(InvalidInput) as caught:
        BusinessCalendar(**kwargs)
    assert caught.value.code == code


@pytest.mark.parametrize("bad", [(13, 1), (2, 30), "12-29", (12,)])
def test_bad_closures_are_refused(bad):
    with pytest.raises(InvalidInput) as caught:
        Closure(bad, (1, 3))
    assert caught.value.code == "calendar.bad_closure"


def test_bad_arguments():
    with pytest.raises(InvalidInput) as caught:
        CAL.add_business_days(datetime(2026, 11, 2, 9), 1)  # type: ignore[arg-type]
    assert caught.value.code == "calendar.not_a_date"
    assert "jst_date" in caught.value.message
    with pytest.raises(InvalidInput) as caught:
        CAL.add_business_days(date(2026, 11, 2), 1.0)  # type: ignore[arg-type]
    assert caught.value.code == "calendar.bad_n"
    with pytest.raises(InvalidInput):
        CAL.add_business_days(date(2026, 11, 2), True)
    with pytest.raises(InvalidInput):
        CAL.is_business_day("2026-11-02")  # type: ignore[arg-type]


def test_holiday_list_refuses_what_numpy_cannot_express():
    saturday_work = BusinessCalendar(extra_working_days=[date(2026, 11, 21)])
    with pytest.raises(InvalidInput) as caught:
        saturday_work.holidays(date(2026, 11, 1), date(2026, 11, 30))
    assert caught.value.code == "calendar.not_expressible"
    assert saturday_work.holidays(date(2026, 12, 1), date(2026, 12, 31))[0] == date(2026, 12, 29)


# -- agreement with numpy's business-day functions on the same holidays ----------------------

SAFE_DATES = dates(min_value=date(1971, 1, 1), max_value=date(2098, 12, 31))
# Far enough from both ends that +-400 business days stay inside the supported range.
MIDDLE = {"min_value": date(1972, 1, 1), "max_value": date(2097, 12, 31)}


@given(SAFE_DATES, st.integers(1, 250))
def test_add_agrees_with_numpy_busday_offset(day, n):
    expected = np.busday_offset(day, n, roll="backward", busdaycal=NUMPY_CAL)
    assert CAL.add_business_days(day, n) == expected.astype(date)
    expected_back = np.busday_offset(day, -n, roll="forward", busdaycal=NUMPY_CAL)
    assert CAL.add_business_days(day, -n) == expected_back.astype(date)


@given(SAFE_DATES, SAFE_DATES)
def test_count_agrees_with_numpy_busday_count(start, end):
    start, end = min(start, end), max(start, end)
    one = timedelta(days=1)
    expected = np.busday_count(start + one, end + one, busdaycal=NUMPY_CAL)
    assert CAL.count_business_days(start, end) == expected


@given(SAFE_DATES, SAFE_DATES)
def test_count_is_antisymmetric(start, end):
    assert CAL.count_business_days(start, end) == -CAL.count_business_days(end, start)


@given(SAFE_DATES)
def test_is_business_day_agrees_with_numpy(day):
    assert CAL.is_business_day(day) == bool(np.is_busday(day, busdaycal=NUMPY_CAL))


@given(dates(**MIDDLE), st.integers(0, 400))
def test_count_of_add_is_n(day, n):
    assert CAL.count_business_days(day, CAL.add_business_days(day, n)) == n


@given(business_days(CAL, **MIDDLE), st.integers(-400, -1))
def test_count_of_add_is_n_backwards_from_a_business_day(day, n):
    assert CAL.count_business_days(day, CAL.add_business_days(day, n)) == n


@given(business_days(CAL, **MIDDLE), st.integers(1, 400))
def test_add_then_subtract_round_trips_on_business_days(day, n):
    assert CAL.add_business_days(CAL.add_business_days(day, n), -n) == day


@given(SAFE_DATES, st.integers(1, 60))
def test_results_are_business_days_and_strictly_after(day, n):
    result = CAL.add_business_days(day, n)
    assert result > day
    assert CAL.is_business_day(result)
    assert CAL.next_business_day(day) == CAL.add_business_days(day, 1)


@given(SAFE_DATES, st.integers(0, 40))
def test_non_business_days_and_business_days_partition_a_range(start, length):
    end = start + timedelta(days=length)
    closed = {d.day for d in CAL.non_business_days(start, end)}
    open_ = set(CAL.business_days(start, end))
    assert not closed & open_
    assert len(closed) + len(open_) == length + 1
    assert all(d.reasons for d in CAL.non_business_days(start, end))


def test_equal_calendars_share_their_tables():
    first = BusinessCalendar()
    first.is_business_day(date(2026, 11, 2))
    second = BusinessCalendar()
    assert second._tables() is first._tables()
    assert BusinessCalendar(closure=None)._tables() is not first._tables()


def test_many_calendars_keep_their_own_days():
    # More distinct calendars than the shared cache keeps (64): each still answers for itself.
    for offset in range(80):
        own = BusinessCalendar(extra_holidays=[date(2030, 1, 7) + timedelta(days=offset)])
        assert own.add_business_days(date(2030, 1, 4), 1) == date(2030, 1, 7) + timedelta(
            days=0 if offset else 1
        )


def _answers(offset):
    own = BusinessCalendar(extra_holidays=[date(2030, 1, 7) + timedelta(days=offset % 97)])
    return (
        own.add_business_days(date(2030, 1, 4), 3),
        own.count_business_days(date(2029, 12, 1), date(2030, 6, 30)),
        own.is_business_day(date(2030, 1, 7)),
    )


def test_calendars_built_from_many_threads_agree_with_one_thread():
    # issue 20 defect 2: 8 threads building over 32 distinct calendars raised KeyError from
    # the shared cache's eviction. A tiny switch interval makes the threads interleave.
    expected = [_answers(offset) for offset in range(1200)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = list(pool.map(_answers, range(1200)))
    finally:
        sys.setswitchinterval(interval)
    assert got == expected


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"weekend": 5}, "weekend"),
        ({"weekend": [[5]]}, "weekend"),
        ({"weekend": {5.0, 6.0}}, "weekend"),
        ({"closure": (12, 29)}, "closure"),
        ({"extra_holidays": 5}, "extra_holidays"),
        ({"extra_holidays": {date(2026, 11, 20): 1}}, "extra_holidays"),
        ({"extra_working_days": 5}, "extra_working_days"),
        ({"extra_working_days": [[date(2026, 11, 3)]]}, "extra_working_days"),
    ],
)
def test_wrong_calendar_parts_name_the_parameter(kwargs, field):
    with pytest.raises(InvalidInput) as caught:
        BusinessCalendar(**kwargs)
    assert caught.value.field == field
    assert caught.value.code.startswith("calendar.")


@pytest.mark.parametrize("bad", [(1, 10**30), (10**30, 1), (True, 1), (1.0, 3), None, 5, (-1, 1)])
def test_closures_out_of_any_calendar_are_refused(bad):
    with pytest.raises(InvalidInput) as caught:
        Closure((12, 29), bad)
    assert (caught.value.code, caught.value.field) == ("calendar.bad_closure", "end")


def test_a_closure_name_must_be_text():
    with pytest.raises(InvalidInput) as caught:
        Closure(name=None)  # type: ignore[arg-type]
    assert caught.value.field == "name"


def test_a_closure_on_february_29_in_common_years():
    leap = BusinessCalendar(closure=Closure((2, 29), (3, 2), name="x"))
    # 2027 is common: the closure is 03-01..03-02 (Mon, Tue); 2028: 02-29..03-02 (Tue..Thu).
    assert [leap.is_business_day(date(2027, 3, d)) for d in (1, 2, 3)] == [False, False, True]
    assert not leap.is_business_day(date(2028, 2, 29))
    assert leap.is_business_day(date(2027, 2, 26))
    up_to = BusinessCalendar(closure=Closure((2, 27), (2, 29), name="x"))
    assert [up_to.is_business_day(date(2030, m, d)) for m, d in ((2, 28), (3, 1))] == [
        False,
        True,
    ]


FAR = [date(1, 1, 1), date(9999, 12, 31), date(1969, 12, 31), date(2100, 1, 1)]


@pytest.mark.parametrize("day", FAR)
def test_far_dates_are_out_of_range_everywhere(day):
    inside = date(2026, 11, 2)
    calls = [
        lambda: CAL.is_business_day(day),
        lambda: CAL.reasons(day),
        lambda: CAL.add_business_days(day, 1),
        lambda: CAL.add_business_days(day, 0),
        lambda: CAL.next_business_day(day),
        lambda: CAL.previous_business_day(day),
        lambda: CAL.roll_forward(day),
        lambda: CAL.count_business_days(day, inside),
        lambda: CAL.count_business_days(inside, day),
        lambda: list(CAL.business_days(day, inside)),
        lambda: CAL.non_business_days(inside, day),
        lambda: CAL.holidays(day, inside),
    ]
    for call in calls:
        with pytest.raises(OutOfRange) as caught:
            call()
        assert caught.value.code == "calendar.out_of_range"


@pytest.mark.parametrize(
    "bad", [datetime.max, datetime(2026, 11, 2), "2026-11-02", 20261102, b"2026-11-02"]
)
def test_what_is_not_a_day_is_refused_everywhere(bad):
    inside = date(2026, 11, 2)
    calls = [
        lambda: CAL.is_business_day(bad),
        lambda: CAL.reasons(bad),
        lambda: CAL.add_business_days(bad, 1),
        lambda: CAL.roll_forward(bad),
        lambda: CAL.count_business_days(bad, inside),
        lambda: CAL.count_business_days(inside, bad),
        lambda: list(CAL.business_days(inside, bad)),
        lambda: CAL.non_business_days(bad, inside),
        lambda: CAL.holidays(bad, inside),
    ]
    for call in calls:
        with pytest.raises(InvalidInput) as caught:
            call()
        assert caught.value.code == "calendar.not_a_date"


@given(st.dates(), st.dates(), st.integers(-3000, 3000))
def test_any_date_answers_or_is_out_of_range(day, other, n):
    inside = all(CAL.first_supported <= d <= CAL.last_supported for d in (day, other))
    if not inside:
        with pytest.raises(OutOfRange):
            CAL.count_business_days(day, other)
        return
    assert isinstance(CAL.count_business_days(day, other), int)
    try:
        result = CAL.add_business_days(day, n)
    except OutOfRange as error:
        code = error.code
    else:
        code = None
        assert CAL.first_supported <= result <= CAL.last_supported
    assert code in (None, "calendar.out_of_range")
