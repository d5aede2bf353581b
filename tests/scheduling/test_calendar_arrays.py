"""BusinessCalendar on numpy arrays and pandas values (CAL-1, CAL-3), against numpy's own."""

import subprocess
import sys
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import BusinessCalendar, InvalidInput, OutOfRange
from telcobiz.testing import dates

CAL = BusinessCalendar()
NUMPY_CAL = CAL.to_numpy_busdaycalendar()
# Far enough from both ends that +-400 business days stay inside 1970..2099.
MIDDLE = dates(min_value=date(1972, 1, 1), max_value=date(2097, 12, 31))
ONE = np.timedelta64(1, "D")


def days(*isos):
    return np.array(isos, dtype="datetime64[D]")


# -- worked examples ---------------------------------------------------------------------------


def test_cal3_example_on_an_array():
    # CAL-3: 2026-11-02 + 5 営業日 = 2026-11-10 (11-03 文化の日); over the closure 12-28 + 1.
    got = CAL.add_business_days(days("2026-11-02", "2026-12-28", "2026-11-21"), np.array([5, 1, 0]))
    assert got.dtype == np.dtype("datetime64[D]")
    assert got.tolist() == [date(2026, 11, 10), date(2027, 1, 4), date(2026, 11, 21)]
    assert CAL.count_business_days(
        days("2026-11-02", "2026-12-25"), days("2026-11-10", "2027-01-08")
    ).tolist() == [5, 6]
    assert CAL.is_business_day(days("2026-09-22", "2026-09-24")).tolist() == [False, True]


def test_scalars_of_numpy_and_pandas_come_back_in_their_type():
    assert CAL.add_business_days(np.datetime64("2026-11-02"), 5) == np.datetime64("2026-11-10")
    assert isinstance(CAL.add_business_days(np.datetime64("2026-11-02"), 5), np.datetime64)
    stamp = CAL.add_business_days(pd.Timestamp("2026-11-02"), 5)
    assert stamp == pd.Timestamp("2026-11-10")
    assert isinstance(stamp, pd.Timestamp)
    assert CAL.count_business_days(pd.Timestamp("2026-11-02"), np.datetime64("2026-11-10")) == 5
    assert CAL.is_business_day(np.datetime64("2026-11-03T00:00:00")) is False
    assert CAL.next_business_day(np.datetime64("2026-12-28")) == np.datetime64("2027-01-04")


def test_a_series_keeps_its_index_and_name():
    series = pd.Series(pd.to_datetime(["2026-11-02", "2026-12-28"]), index=[10, 20], name="受付日")
    added = CAL.add_business_days(series, 5)
    assert isinstance(added, pd.Series)
    assert added.index.tolist() == [10, 20]
    assert added.name == "受付日"
    assert added.dtype == series.dtype
    assert added.tolist() == [pd.Timestamp("2026-11-10"), pd.Timestamp("2027-01-08")]
    assert CAL.is_business_day(series).tolist() == [True, True]
    assert CAL.count_business_days(series, added).tolist() == [5, 5]
    assert CAL.count_business_days(series, date(2026, 11, 10)).index.tolist() == [10, 20]


def test_a_datetime_index_gives_dates_as_an_index_and_answers_as_arrays():
    index = pd.DatetimeIndex(["2026-11-02", "2026-11-03"], name="day")
    added = CAL.add_business_days(index, 1)
    assert isinstance(added, pd.DatetimeIndex)
    assert added.name == "day"
    assert list(added.date) == [date(2026, 11, 4), date(2026, 11, 4)]
    flags = CAL.is_business_day(index)
    assert isinstance(flags, np.ndarray)
    assert flags.tolist() == [True, False]


def test_finer_units_at_midnight_are_days_and_keep_their_unit():
    ns = days("2026-11-02").astype("datetime64[ns]")
    got = CAL.add_business_days(ns, 5)
    assert got.dtype == np.dtype("datetime64[ns]")
    assert got[0] == np.datetime64("2026-11-10T00:00:00", "ns")


def test_an_array_of_steps_from_one_day():
    got = CAL.add_business_days(date(2026, 11, 2), np.array([1, 2, -1]))
    assert got.tolist() == [date(2026, 11, 4), date(2026, 11, 5), date(2026, 10, 30)]


def test_bridges_give_numpy_and_pandas_the_same_calendar():
    offset = CAL.to_pandas_offset(date(2026, 1, 1), date(2027, 12, 31))
    assert pd.Timestamp("2026-12-28") + offset == pd.Timestamp("2027-01-04")
    assert np.busday_count("2026-11-03", "2026-11-11", busdaycal=NUMPY_CAL) == 5
    assert len(NUMPY_CAL.holidays) == len(CAL.holidays())


# -- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        (days("2026-11-02", "NaT"), "NaT at position 1"),
        (np.array(["2026-11-02T09:30"], dtype="datetime64[m]"), "time of day"),
        (np.array(["2026-11"], dtype="datetime64[M]"), "datetime64[M]"),
        (np.array([date(2026, 11, 2)], dtype=object), "dtype object"),
        (np.array([20261102]), "dtype int64"),
        (pd.Series(pd.to_datetime(["2026-11-02"]).tz_localize("Asia/Tokyo")), "aware"),
        (pd.Index([1, 2]), "Index"),
        (np.datetime64("NaT"), "NaT"),
        (np.datetime64("2026-11-02T09:30"), "time of day"),
        (pd.Timestamp("2026-11-02 09:30"), "midnight"),
        (pd.Timestamp("2026-11-02", tz="Asia/Tokyo"), "aware"),
    ],
)
def test_what_is_not_a_day_is_refused(value, hint):
    for call in (
        lambda: CAL.add_business_days(value, 1),
        lambda: CAL.is_business_day(value),
        lambda: CAL.count_business_days(value, date(2026, 11, 2)),
    ):
        with pytest.raises(InvalidInput) as caught:
            call()
        assert caught.value.code == "calendar.not_a_date"
        assert hint in caught.value.message


def test_far_dates_in_an_array_are_out_of_range():
    with pytest.raises(OutOfRange) as caught:
        CAL.is_business_day(days("2026-11-02", "2100-01-01"))
    assert "2100-01-01" in caught.value.message
    with pytest.raises(OutOfRange) as caught:
        CAL.add_business_days(days("2026-11-02", "2099-12-30"), 5)
    assert "2099-12-30 +5 business days" in caught.value.message
    with pytest.raises(OutOfRange):
        CAL.add_business_days(days("1970-01-05"), np.array([-5]))
    with pytest.raises(OutOfRange):
        CAL.add_business_days(np.array(["9999-12-31"], dtype="datetime64[D]"), 1)


def test_wrong_steps_and_shapes_are_refused():
    with pytest.raises(InvalidInput) as caught:
        CAL.add_business_days(days("2026-11-02"), np.array([1.5]))
    assert caught.value.code == "calendar.bad_n"
    with pytest.raises(InvalidInput) as caught:
        CAL.add_business_days(days("2026-11-02", "2026-11-03"), np.array([1, 2, 3]))
    assert caught.value.code == "calendar.bad_n"
    with pytest.raises(InvalidInput) as caught:
        CAL.count_business_days(
            days("2026-11-02", "2026-11-03"), days("2026-11-02", "2026-11-03", "2026-11-04")
        )
    assert caught.value.code == "calendar.bad_shape"
    with pytest.raises(InvalidInput) as caught:
        CAL.add_business_days(days("2026-11-02"), [1])  # a list is not an array of steps
    assert caught.value.code == "calendar.bad_n"
    left = pd.Series(pd.to_datetime(["2026-11-02"]), index=[1])
    right = pd.Series(pd.to_datetime(["2026-11-02"]), index=[2])
    with pytest.raises(InvalidInput):
        CAL.count_business_days(left, right)


def test_scalar_calls_never_load_numpy():
    code = (
        "import sys; from datetime import date; import telcobiz\n"
        "cal = telcobiz.BusinessCalendar()\n"
        "cal.add_business_days(date(2026, 11, 2), 5)\n"
        "cal.count_business_days(date(1971, 1, 1), date(2099, 12, 31))\n"
        "cal.is_business_day(date(2026, 11, 3)); cal.holidays()\n"
        "print(sorted(m for m in ('numpy', 'pandas', 'jpholiday') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- agreement with numpy's busday functions -------------------------------------------------

ARRAYS = st.lists(MIDDLE, min_size=1, max_size=40).map(
    lambda ds: np.array(ds, dtype="datetime64[D]")
)


@given(ARRAYS, st.integers(-400, 400))
def test_add_agrees_with_busday_offset(values, n):
    roll = "backward" if n > 0 else "forward"
    expected = values if n == 0 else np.busday_offset(values, n, roll=roll, busdaycal=NUMPY_CAL)
    assert np.array_equal(CAL.add_business_days(values, n), expected)


@given(ARRAYS, st.data())
def test_add_with_an_array_of_steps_agrees_with_the_scalar_answers(values, data):
    steps = np.array(
        data.draw(st.lists(st.integers(-400, 400), min_size=len(values), max_size=len(values)))
    )
    got = CAL.add_business_days(values, steps)
    assert got.tolist() == [
        CAL.add_business_days(d, int(n)) for d, n in zip(values.tolist(), steps, strict=True)
    ]


@given(ARRAYS, ARRAYS)
def test_count_agrees_with_busday_count_one_day_later(starts, ends):
    # Ours counts (start, end]; numpy [begin, end), and a reversed range as -(end, begin]:
    # so one day later on both ends, over the ends in order, with the sign of the order.
    size = min(len(starts), len(ends))
    starts, ends = starts[:size], ends[:size]
    low, high = np.minimum(starts, ends), np.maximum(starts, ends)
    sign = np.where(starts <= ends, 1, -1)
    expected = sign * np.busday_count(low + ONE, high + ONE, busdaycal=NUMPY_CAL)
    assert np.array_equal(CAL.count_business_days(starts, ends), expected)
    assert CAL.count_business_days(starts, ends).tolist() == [
        CAL.count_business_days(a, b) for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
    ]


def test_numpy_counts_a_reversed_range_over_other_ends():
    # 2000-01-03 (Mon, closed) back to 2000-01-01: ours -(01-01, 01-03] = 0; numpy's
    # busday_count(01-04, 01-02) is -[01-02, 01-04) shifted: -(01-02, 01-04] = -1 (01-04 Tue).
    assert CAL.count_business_days(date(2000, 1, 3), date(2000, 1, 1)) == 0
    assert np.busday_count("2000-01-04", "2000-01-02", busdaycal=NUMPY_CAL) == -1
    assert -np.busday_count("2000-01-02", "2000-01-04", busdaycal=NUMPY_CAL) == 0


@given(ARRAYS)
def test_is_business_day_agrees_with_is_busday(values):
    assert np.array_equal(CAL.is_business_day(values), np.is_busday(values, busdaycal=NUMPY_CAL))


OWN = BusinessCalendar(
    weekend={6},
    extra_holidays={date(2030, 5, 8): "創立記念日", date(2031, 5, 8): "創立記念日"},
    extra_working_days=[date(2030, 12, 30), date(2031, 1, 2)],
)


@given(
    st.lists(dates(min_value=date(2029, 1, 1), max_value=date(2032, 12, 31)), min_size=1),
    st.integers(-30, 30),
)
def test_own_calendars_agree_with_numpy_too(values, n):
    own_numpy = OWN.to_numpy_busdaycalendar()
    array = np.array(values, dtype="datetime64[D]")
    assert np.array_equal(OWN.is_business_day(array), np.is_busday(array, busdaycal=own_numpy))
    roll = "backward" if n > 0 else "forward"
    expected = array if n == 0 else np.busday_offset(array, n, roll=roll, busdaycal=own_numpy)
    assert np.array_equal(OWN.add_business_days(array, n), expected)


SATURDAY_WORK = BusinessCalendar(extra_working_days=[date(2026, 11, 21), date(2026, 12, 5)])


@given(
    st.lists(dates(min_value=date(2026, 10, 1), max_value=date(2027, 1, 31)), min_size=1),
    st.integers(-20, 20),
)
def test_weekend_working_days_agree_with_the_scalar_answers(values, n):
    # numpy cannot express a working Saturday; the arrays must still match the scalars.
    array = np.array(values, dtype="datetime64[D]")
    assert SATURDAY_WORK.is_business_day(array).tolist() == [
        SATURDAY_WORK.is_business_day(d) for d in values
    ]
    assert SATURDAY_WORK.add_business_days(array, n).tolist() == [
        SATURDAY_WORK.add_business_days(d, n) for d in values
    ]
    assert SATURDAY_WORK.count_business_days(array, date(2026, 11, 30)).tolist() == [
        SATURDAY_WORK.count_business_days(d, date(2026, 11, 30)) for d in values
    ]


def test_datetimes_stay_refused_as_scalars():
    # A datetime is a moment: its day depends on the time zone (CAL-2). jst_date() first.
    with pytest.raises(InvalidInput) as caught:
        CAL.add_business_days(datetime(2026, 11, 2), 1)  # type: ignore[call-overload]
    assert "jst_date" in caught.value.message
    assert CAL.add_business_days(date(2026, 11, 2) + timedelta(days=0), 1) == date(2026, 11, 4)
