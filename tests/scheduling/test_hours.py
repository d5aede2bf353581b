"""ServiceHours and the stated windows (MC-8, MC-10, DMP-7, BOS-1, SB-5, CAC-5, DBO-8)."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telcobiz import BusinessCalendar, InvalidInput, OutOfRange, UnknownItem
from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.core.conversion import from_json, structure, to_json, unstructure
from telcobiz.core.jst import JST
from telcobiz.core.text import check_lang, explanation, format_moment
from telcobiz.scheduling import (
    BOS_CORPORATE_CENTER,
    CLOUD_AUTOCALL_SUPPORT,
    DMP_FAILURE_WEB,
    DMP_INQUIRY_PHONE,
    DMP_INQUIRY_WEB,
    DMP_KITTING_WEB,
    DMP_LOSS_PHONE,
    DMP_LOSS_WEB,
    DOCOMO_BILLING_CENTER,
    DOCOMO_CONSULTATION_RESERVATION,
    DOCOMO_CONTACT_CENTER,
    DOCOMO_INFORMATION_CENTER,
    DOCOMO_ONLINE_CONSULTATION,
    DOCOMO_SHOP,
    MESSAGE_CAST_INCIDENT_MAIL,
    MESSAGE_CAST_INCIDENT_PHONE,
    MESSAGE_CAST_MISDELIVERY_RECOVERY,
    MESSAGE_CAST_SUPPORT_WEB,
    MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE,
    SERVICE_HOURS,
    SOFTBANK_BACKUP_ACCEPTANCE,
    Closure,
    Note,
    OpenDays,
    OpenStatus,
    ServiceHours,
    TimeRange,
    service_hours,
)
from telcobiz.scheduling.hours import require_date

CITE = Citation(RULEBOOK, "test")
NO_CLOSURE = BusinessCalendar(closure=None)


def jst(*args):
    return datetime(*args, tzinfo=JST)


def hours(days, *ranges, key="demo"):
    return ServiceHours(key, "デモ", days, ranges, "デモ", CITE)


# -- the constants, against the seeds ---------------------------------------------------------


def test_every_stated_window_is_in_the_lookup_with_its_rule():
    rules = {key: window.rule for key, window in SERVICE_HOURS.items()}
    assert rules == {
        "message-cast-support": "MC-8",
        "message-cast-support-acceptance": "MC-8",
        "message-cast-incident-mail": "MC-8",
        "message-cast-incident-phone": "MC-8",
        "message-cast-misdelivery-recovery": "MC-10",
        "dmp-kitting-web": "DMP-7",
        "dmp-loss-web": "DMP-7",
        "dmp-loss-phone": "DMP-7",
        "dmp-failure-web": "DMP-7",
        "dmp-inquiry-web": "DMP-7",
        "dmp-inquiry-phone": "DMP-7",
        "bos-corporate-center": "BOS-1",
        "softbank-backup-acceptance": "SB-5",
        "cloud-autocall-support": "CAC-5",
        "docomo-shop": "DBO-8",
        "docomo-online-consultation": "DBO-8",
        "docomo-consultation-reservation": "DBO-8",
        "docomo-contact-center": "DBO-8",
        "docomo-billing-center": "DBO-8",
        "docomo-information-center": "DBO-8",
    }
    assert all(window.key == key for key, window in SERVICE_HOURS.items())
    assert service_hours("dmp-inquiry-phone") is DMP_INQUIRY_PHONE


def test_dmp7_no_phone_for_kitting_and_failure():
    # 000 §3.5.1 ア/ウ: 「お電話による受付は行っておりません」: no phone window exists.
    assert "dmp-kitting-phone" not in SERVICE_HOURS
    assert "dmp-failure-phone" not in SERVICE_HOURS


@pytest.mark.parametrize(
    ("window", "days", "ranges"),
    [
        (MESSAGE_CAST_SUPPORT_WEB, OpenDays.BUSINESS_DAYS, "10:00–18:30"),
        (MESSAGE_CAST_INCIDENT_PHONE, OpenDays.BUSINESS_DAYS, "9:00–17:00"),
        (MESSAGE_CAST_MISDELIVERY_RECOVERY, OpenDays.BUSINESS_DAYS, "9:00–18:00"),
        (DMP_INQUIRY_PHONE, OpenDays.EXCEPT_CLOSURE, "9:00–21:00"),
        (BOS_CORPORATE_CENTER, OpenDays.EXCEPT_CLOSURE, "9:00–20:00"),
        (SOFTBANK_BACKUP_ACCEPTANCE, OpenDays.EVERY_DAY, "9:00–23:00"),
        (CLOUD_AUTOCALL_SUPPORT, OpenDays.BUSINESS_DAYS, "9:00–18:00"),
        (DOCOMO_ONLINE_CONSULTATION, OpenDays.BUSINESS_DAYS, "10:00–17:00"),
        (DOCOMO_CONTACT_CENTER, OpenDays.BUSINESS_DAYS, "9:00–17:00"),
        (DOCOMO_BILLING_CENTER, OpenDays.BUSINESS_DAYS, "9:00–17:00"),
        (DOCOMO_INFORMATION_CENTER, OpenDays.EVERY_DAY, "9:00–20:00"),
    ],
)
def test_stated_hours(window, days, ranges):
    assert window.days is days
    assert ", ".join(map(str, window.ranges)) == ranges


@pytest.mark.parametrize(
    "window",
    [
        MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE,
        MESSAGE_CAST_INCIDENT_MAIL,
        DMP_KITTING_WEB,
        DMP_LOSS_WEB,
        DMP_LOSS_PHONE,
        DMP_FAILURE_WEB,
        DMP_INQUIRY_WEB,
        DOCOMO_SHOP,
        DOCOMO_CONSULTATION_RESERVATION,
    ],
)
def test_24_365_windows_are_always_open(window):
    # 「24時間365日」: open on 元日 at midnight, never closing.
    assert window.all_day
    assert window.days is OpenDays.EVERY_DAY
    assert window.is_open(datetime(2027, 1, 1, 0, 0))
    assert window.next_open(datetime(2027, 1, 1, 0, 0)) == jst(2027, 1, 1, 0, 0)
    assert window.next_close(datetime(2026, 12, 31, 23, 59)) is None


def test_source_texts_are_character_exact():
    assert MESSAGE_CAST_SUPPORT_WEB.text == "平日10:00～18:30対応"
    assert MESSAGE_CAST_INCIDENT_MAIL.text == "24時間365日受付および対応"
    assert MESSAGE_CAST_MISDELIVERY_RECOVERY.text == "平日日勤帯（9時-18時）"
    assert DMP_INQUIRY_PHONE.text == "電話受付 : 9:00~21:00 (年末年始を除く)"
    assert SOFTBANK_BACKUP_ACCEPTANCE.text == "利用可否設定の受付時間は9:00～23:00です。"
    assert DOCOMO_INFORMATION_CENTER.text == "受付時間:午前 9:00 ~ 午後 8:00(年中無休)"


def test_mc8_support_web_friday_evening_and_holiday_monday():
    # 001 §4.2 平日10:00～18:30; 2026-11-20 is a Friday, 11-23 (Mon) is 勤労感謝の日.
    friday = datetime(2026, 11, 20, 18, 29, 59)
    assert MESSAGE_CAST_SUPPORT_WEB.is_open(friday)
    assert not MESSAGE_CAST_SUPPORT_WEB.is_open(datetime(2026, 11, 20, 18, 30))
    assert MESSAGE_CAST_SUPPORT_WEB.next_open(datetime(2026, 11, 20, 18, 30)) == jst(
        2026, 11, 24, 10, 0
    )
    assert not MESSAGE_CAST_SUPPORT_WEB.is_open(datetime(2026, 11, 23, 12, 0))
    # The web form itself accepts at that time (24時間365日受付).
    assert MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE.is_open(datetime(2026, 11, 23, 12, 0))


def test_mc8_incident_phone_year_end_closure_and_calendar_choice():
    # MC-8 Decision: 平日 = business day of CAL-1 (closure 12-29..01-03) unless the caller
    # passes another calendar.
    assert MESSAGE_CAST_INCIDENT_PHONE.is_open(datetime(2026, 12, 28, 16, 59))
    assert MESSAGE_CAST_INCIDENT_PHONE.next_open(datetime(2026, 12, 28, 17, 0)) == jst(
        2027, 1, 4, 9, 0
    )
    assert not MESSAGE_CAST_INCIDENT_PHONE.is_open(datetime(2026, 12, 30, 10, 0))
    assert MESSAGE_CAST_INCIDENT_PHONE.is_open(datetime(2026, 12, 30, 10, 0), calendar=NO_CLOSURE)
    assert MESSAGE_CAST_INCIDENT_PHONE.next_open(
        datetime(2026, 12, 28, 17, 0), calendar=NO_CLOSURE
    ) == jst(2026, 12, 29, 9, 0)
    company = BusinessCalendar(extra_holidays={date(2026, 11, 20): "創立記念日"})
    assert not MESSAGE_CAST_INCIDENT_PHONE.is_open(datetime(2026, 11, 20, 10, 0), calendar=company)


def test_dmp7_inquiry_phone_weekends_yes_year_end_no():
    # 000 §3.5.1 エ: 9:00~21:00 (年末年始を除く): weekends and holidays are open.
    assert DMP_INQUIRY_PHONE.is_open(datetime(2026, 11, 22, 9, 0))  # a Sunday
    assert DMP_INQUIRY_PHONE.is_open(datetime(2026, 11, 23, 20, 59))  # 勤労感謝の日
    assert not DMP_INQUIRY_PHONE.is_open(datetime(2026, 11, 23, 21, 0))
    assert not DMP_INQUIRY_PHONE.is_open(datetime(2026, 12, 29, 12, 0))
    assert DMP_INQUIRY_PHONE.next_open(datetime(2026, 12, 28, 21, 0)) == jst(2027, 1, 4, 9, 0)
    assert DMP_INQUIRY_PHONE.next_close(datetime(2027, 1, 4, 8, 0)) == jst(2027, 1, 4, 21, 0)
    assert DMP_INQUIRY_PHONE.is_open(datetime(2026, 12, 31, 12, 0), calendar=NO_CLOSURE)


def test_bos1_corporate_center():
    # 000 第6章: 9:00～20:00（年末年始を除く）.
    assert BOS_CORPORATE_CENTER.is_open(datetime(2026, 11, 21, 19, 59))  # Saturday
    assert not BOS_CORPORATE_CENTER.is_open(datetime(2027, 1, 3, 10, 0))
    assert BOS_CORPORATE_CENTER.next_open(datetime(2027, 1, 3, 10, 0)) == jst(2027, 1, 4, 9, 0)


def test_sb5_acceptance_nine_inclusive_twenty_three_exclusive():
    # SB-5 Decision: 9:00 inclusive to 23:00 exclusive, JST, every day.
    window = SOFTBANK_BACKUP_ACCEPTANCE
    assert not window.is_open(datetime(2026, 11, 21, 8, 59, 59, 999999))
    assert window.is_open(datetime(2026, 11, 21, 9, 0))
    assert window.is_open(datetime(2026, 11, 21, 22, 59, 59, 999999))
    assert not window.is_open(datetime(2026, 11, 21, 23, 0))
    assert window.next_open(datetime(2026, 11, 21, 23, 0)) == jst(2026, 11, 22, 9, 0)
    assert window.is_open(datetime(2027, 1, 1, 12, 0))  # no closure stated
    # 14:00 UTC is 23:00 JST: closed; 23:59 UTC the day before is 08:59 JST.
    assert not window.is_open(datetime(2026, 11, 21, 14, 0, tzinfo=UTC))
    assert not window.is_open(datetime(2026, 11, 20, 23, 59, tzinfo=UTC))
    assert window.is_open(datetime(2026, 11, 21, 0, 0, tzinfo=UTC))


def test_cac5_support_weekdays_only():
    # 003: 平日: 9:00~18:00(土・日・祝日・年末年始を除く).
    assert not CLOUD_AUTOCALL_SUPPORT.is_open(datetime(2026, 11, 23, 10, 0))
    assert CLOUD_AUTOCALL_SUPPORT.next_close(datetime(2026, 11, 24, 17, 0)) == jst(
        2026, 11, 24, 18, 0
    )
    assert CLOUD_AUTOCALL_SUPPORT.next_open(datetime(2024, 2, 29, 18, 0)) == jst(2024, 3, 1, 9, 0)


def test_dbo8_windows():
    assert DOCOMO_INFORMATION_CENTER.is_open(datetime(2027, 1, 1, 19, 59))  # 年中無休
    assert not DOCOMO_INFORMATION_CENTER.is_open(datetime(2027, 1, 1, 20, 0))
    assert not DOCOMO_ONLINE_CONSULTATION.is_open(datetime(2026, 11, 20, 9, 59))
    assert DOCOMO_CONSULTATION_RESERVATION.is_open(datetime(2026, 11, 20, 3, 0))
    assert not DOCOMO_CONTACT_CENTER.is_open(datetime(2026, 12, 31, 10, 0))
    assert DOCOMO_BILLING_CENTER.next_open(datetime(2026, 12, 31, 10, 0)) == jst(2027, 1, 4, 9, 0)


# -- working time (MC-10) ---------------------------------------------------------------------


def test_mc10_friday_1730_plus_two_hours_is_next_business_day_1030():
    window = MESSAGE_CAST_MISDELIVERY_RECOVERY
    two = timedelta(hours=2)
    assert window.add_working_time(datetime(2026, 11, 27, 17, 30), two) == jst(2026, 11, 30, 10, 30)
    # 11-23 is a holiday Monday: due Tuesday.
    assert window.add_working_time(datetime(2026, 11, 20, 17, 30), two) == jst(2026, 11, 24, 10, 30)
    # Year-end: Monday 12-28 17:30 -> 2027-01-04 10:30.
    assert window.add_working_time(datetime(2026, 12, 28, 17, 30), two) == jst(2027, 1, 4, 10, 30)
    # Exactly at the window's end: 16:00 + 2h = 18:00 the same day.
    assert window.add_working_time(datetime(2026, 11, 27, 16, 0), two) == jst(2026, 11, 27, 18, 0)
    # Across three days: 20 hours = 9 + 9 + 2.
    assert window.add_working_time(datetime(2026, 11, 24, 9, 0), timedelta(hours=20)) == jst(
        2026, 11, 26, 11, 0
    )


def test_working_time_on_an_always_open_window_is_plain_addition():
    assert MESSAGE_CAST_INCIDENT_MAIL.add_working_time(
        datetime(2026, 12, 31, 23, 0), timedelta(hours=2)
    ) == jst(2027, 1, 1, 1, 0)
    assert MESSAGE_CAST_INCIDENT_MAIL.working_time_between(
        datetime(2026, 12, 31, 23, 0), datetime(2027, 1, 1, 1, 0)
    ) == timedelta(hours=2)


def test_zero_working_time_is_the_next_opening():
    assert MESSAGE_CAST_MISDELIVERY_RECOVERY.add_working_time(
        datetime(2026, 11, 21, 3, 0), timedelta(0)
    ) == jst(2026, 11, 24, 9, 0)


def test_working_time_between():
    window = MESSAGE_CAST_MISDELIVERY_RECOVERY
    assert window.working_time_between(
        datetime(2026, 11, 20, 8, 0), datetime(2026, 11, 20, 8, 0)
    ) == timedelta(0)
    assert window.working_time_between(
        datetime(2026, 11, 20, 8, 0), datetime(2026, 11, 25, 10, 0)
    ) == timedelta(hours=9 + 9 + 1)
    assert window.working_time_between(
        datetime(2026, 11, 20, 19, 0), datetime(2026, 11, 24, 9, 0)
    ) == timedelta(0)


@pytest.mark.parametrize("duration", [timedelta(minutes=-1), 2, "2h"])
def test_bad_durations(duration):
    with pytest.raises(InvalidInput) as caught:
        MESSAGE_CAST_MISDELIVERY_RECOVERY.add_working_time(datetime(2026, 11, 20, 9, 0), duration)
    assert caught.value.code == "hours.bad_duration"


def test_end_before_start():
    with pytest.raises(InvalidInput) as caught:
        MESSAGE_CAST_MISDELIVERY_RECOVERY.working_time_between(
            datetime(2026, 11, 20, 10, 0), datetime(2026, 11, 20, 9, 0)
        )
    assert (caught.value.code, caught.value.field) == ("hours.end_before_start", "end")


# -- generic ServiceHours ----------------------------------------------------------------------


def test_lunch_break_and_adjacent_ranges():
    lunch = hours(
        OpenDays.BUSINESS_DAYS, TimeRange(time(13), time(17)), TimeRange(time(9), time(12))
    )
    assert [str(r) for r in lunch.ranges] == ["9:00–12:00", "13:00–17:00"]  # sorted
    assert lunch.next_close(datetime(2026, 11, 24, 10, 0)) == jst(2026, 11, 24, 12, 0)
    assert lunch.next_open(datetime(2026, 11, 24, 12, 0)) == jst(2026, 11, 24, 13, 0)
    assert lunch.next_close(datetime(2026, 11, 24, 12, 30)) == jst(2026, 11, 24, 17, 0)
    joined = hours(
        OpenDays.BUSINESS_DAYS, TimeRange(time(9), time(12)), TimeRange(time(12), time(17))
    )
    assert joined.next_close(datetime(2026, 11, 24, 10, 0)) == jst(2026, 11, 24, 17, 0)


def test_a_night_window_merges_across_midnight():
    night = hours(OpenDays.EVERY_DAY, TimeRange(time(22), time(0)), TimeRange(time(0), time(6)))
    assert night.is_open(datetime(2026, 11, 24, 23, 0))
    assert night.next_close(datetime(2026, 11, 24, 23, 0)) == jst(2026, 11, 25, 6, 0)
    assert night.next_open(datetime(2026, 11, 24, 6, 0)) == jst(2026, 11, 24, 22, 0)
    assert not night.all_day
    assert str(night) == "デモ: 毎日（365日） 0:00–6:00, 22:00–24:00 JST"


def test_all_day_windows_close_at_the_next_closed_day():
    weekdays = hours(OpenDays.BUSINESS_DAYS, TimeRange.ALL_DAY)
    assert weekdays.next_close(datetime(2026, 11, 24, 10, 0)) == jst(2026, 11, 28, 0, 0)
    assert weekdays.next_open(datetime(2026, 11, 28, 10, 0)) == jst(2026, 11, 30, 0, 0)
    except_closure = hours(OpenDays.EXCEPT_CLOSURE, TimeRange.ALL_DAY)
    assert except_closure.next_close(datetime(2026, 12, 20, 10, 0)) == jst(2026, 12, 29, 0, 0)
    assert except_closure.next_open(datetime(2026, 12, 30, 10, 0)) == jst(2027, 1, 4, 0, 0)
    # Without a closure it never closes.
    assert except_closure.next_close(datetime(2026, 12, 20, 10, 0), calendar=NO_CLOSURE) is None


def test_a_closure_of_the_whole_year_never_opens():
    window = hours(OpenDays.EXCEPT_CLOSURE, TimeRange(time(9), time(17)))
    closed = BusinessCalendar(closure=Closure(start=(1, 1), end=(12, 31)))
    assert not window.is_open(datetime(2026, 6, 1, 10, 0), calendar=closed)
    with pytest.raises(OutOfRange) as caught:
        window.next_open(datetime(2026, 6, 1, 10, 0), calendar=closed)
    assert caught.value.code == "hours.never_open"


def test_out_of_range():
    with pytest.raises(OutOfRange) as caught:
        SOFTBANK_BACKUP_ACCEPTANCE.next_open(datetime(9999, 12, 31, 23, 0))
    assert caught.value.code == "hours.out_of_range"
    with pytest.raises(OutOfRange) as caught:
        MESSAGE_CAST_SUPPORT_WEB.next_open(datetime(2099, 12, 31, 19, 0))
    assert caught.value.code == "calendar.out_of_range"


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (time(17), time(9)),
        (time(9), time(9)),
        (time(9, tzinfo=JST), time(17)),
        ("09:00", time(17)),
    ],
)
def test_bad_time_ranges(start, end):
    with pytest.raises(InvalidInput) as caught:
        TimeRange(start, end)
    assert caught.value.code == "hours.bad_range"


@pytest.mark.parametrize(
    "ranges",
    [
        (),
        (TimeRange(time(9), time(12)), TimeRange(time(11), time(13))),
        ("9-17",),
        17,
    ],
)
def test_bad_range_sets(ranges):
    with pytest.raises(InvalidInput) as caught:
        ServiceHours("demo", "デモ", OpenDays.EVERY_DAY, ranges, "デモ", CITE)
    assert caught.value.code == "hours.bad_range"


def test_a_single_range_needs_no_tuple():
    window = ServiceHours(
        "demo", "デモ", OpenDays.EVERY_DAY, TimeRange(time(9), time(17)), "", CITE
    )
    assert window.ranges == (TimeRange(time(9), time(17)),)


def test_time_range_offsets():
    assert TimeRange(time(9), time(0)).duration == timedelta(hours=15)
    assert TimeRange.ALL_DAY.contains(time(23, 59, 59, 999999))
    assert str(TimeRange(time(9, 30), time(17, 45))) == "9:30–17:45"


def test_bad_inputs_name_the_field():
    with pytest.raises(InvalidInput) as caught:
        MESSAGE_CAST_SUPPORT_WEB.is_open(date(2026, 11, 20))
    assert (caught.value.code, caught.value.field) == ("time.not_datetime", "at")
    with pytest.raises(InvalidInput) as caught:
        MESSAGE_CAST_SUPPORT_WEB.is_open_day(datetime(2026, 11, 20, 10, 0))
    assert caught.value.code == "scheduling.not_a_date"
    assert "jst_date" in caught.value.expected
    with pytest.raises(InvalidInput) as caught:
        require_date("2026-11-20", "today")
    assert "jst_date" not in caught.value.expected


@pytest.mark.parametrize("key", ["nope", ["message-cast-support"]])
def test_unknown_service(key):
    with pytest.raises(UnknownItem) as caught:
        service_hours(key)
    assert caught.value.code == "hours.unknown_service"
    assert "message-cast-support" in caught.value.expected


def test_days_must_be_an_open_days_member():
    with pytest.raises(TypeError):
        ServiceHours("demo", "デモ", "business_days", (TimeRange.ALL_DAY,), "", CITE)


# -- OpenStatus -------------------------------------------------------------------------------


def test_status_closed_saturday_as_in_the_issue():
    status = MESSAGE_CAST_SUPPORT_WEB.status(datetime(2026, 11, 21, 10, 0))
    assert not status.open
    assert (status.next_open, status.next_close) == (
        jst(2026, 11, 24, 10, 0),
        jst(2026, 11, 24, 18, 30),
    )
    assert str(status) == (
        "KDDI Message CastサポートWEB（対応） is closed at 2026-11-21 10:00 JST; "
        "it opens next at 2026-11-24 10:00 JST."
    )
    ja = status.explain("ja").splitlines()
    assert ja[0] == (
        "KDDI Message CastサポートWEB（対応）は2026-11-21 10:00（JST）に受付時間外です。"
        "次の開始は2026-11-24 10:00です。"
    )
    assert (
        ja[1] == "受付時間: 平日（土日祝日・年末年始を除く） 10:00–18:30 JST "
        "(出典の記載: 平日10:00～18:30対応)"
    )
    assert ja[2] == "根拠: MC-8, CAL-1, CAL-2"
    assert status.rules == ("MC-8", "CAL-1", "CAL-2")


def test_status_open_sentences():
    status = DMP_INQUIRY_PHONE.status(datetime(2026, 11, 22, 20, 0))
    assert status.open
    assert status.explain("en").splitlines()[0] == (
        "お問い合わせ対応（電話受付） is open at 2026-11-22 20:00 JST; "
        "it closes at 2026-11-22 21:00 JST."
    )
    assert status.explain("ja").splitlines()[0] == (
        "お問い合わせ対応（電話受付）は2026-11-22 20:00（JST）に"
        "受付中です（2026-11-22 21:00まで）。"
    )
    always = DMP_LOSS_PHONE.status(datetime(2027, 1, 1, 3, 0))
    assert str(always).endswith("it does not close (24/365).")
    assert "終了時刻なし（24時間365日）" in always.explain("ja")


@pytest.mark.parametrize("window", list(SERVICE_HOURS.values()))
def test_status_json_round_trip(window):
    status = window.status(datetime(2026, 12, 31, 10, 0))
    assert structure(unstructure(status), OpenStatus) == status
    assert from_json(to_json(status), OpenStatus) == status


def test_bad_lang():
    with pytest.raises(InvalidInput) as caught:
        MESSAGE_CAST_SUPPORT_WEB.status(datetime(2026, 11, 21, 10, 0)).explain("fr")
    assert caught.value.code == "explain.bad_lang"
    with pytest.raises(InvalidInput):
        check_lang("JA")


def test_helpers():
    note = Note("demo", "日本語", "English")
    assert (note.text("ja"), note.text("en")) == ("日本語", "English")
    assert format_moment(datetime(2026, 11, 24, 10, 0, 0, 5)) == "2026-11-24 10:00:00"
    assert format_moment(datetime(2026, 11, 24, 1, 0, tzinfo=UTC)) == "2026-11-24 10:00"
    text = explanation("文。", ["詳細"], ["MC-7"], [CITE], "ja", notes=[note])
    assert text.splitlines() == [
        "文。",
        "詳細",
        "※ 日本語",
        "根拠: MC-7",
        "- telcobiz rules test",
    ]


def test_describe():
    assert SOFTBANK_BACKUP_ACCEPTANCE.describe("ja") == "毎日（365日） 9:00–23:00 JST"
    assert DMP_LOSS_WEB.describe("en") == "every day, 24 hours"
    assert OpenDays.BUSINESS_DAYS.english == "business days"


# -- properties -------------------------------------------------------------------------------

WINDOWS = st.sampled_from(sorted(SERVICE_HOURS.values(), key=lambda w: w.key)) | st.just(
    hours(OpenDays.BUSINESS_DAYS, TimeRange(time(9), time(12)), TimeRange(time(13), time(17, 30)))
)
MOMENTS = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31))


def _open_periods(window, start_day, end_day):
    """Brute-force oracle: every [open, close) period of each day, from the definitions."""
    day = start_day
    while day <= end_day:
        if window.is_open_day(day):
            for time_range in window.ranges:
                midnight = datetime.combine(day, time(0), tzinfo=JST)
                yield midnight + time_range.start_offset, midnight + time_range.end_offset
        day += timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(WINDOWS, MOMENTS)
def test_next_open_is_open_and_nothing_before_it_is(window, at):
    opens = window.next_open(at)
    moment = at.replace(tzinfo=JST)
    assert opens >= moment
    assert window.is_open(opens)
    if opens == moment:
        assert window.is_open(at)
        return
    for start, end in _open_periods(window, at.date(), opens.date()):
        assert not (start < opens and end > moment)  # no open period overlaps [at, opens)


@settings(max_examples=300, deadline=None)
@given(WINDOWS, MOMENTS)
def test_next_close_ends_an_open_period(window, at):
    closes = window.next_close(at)
    if closes is None:
        assert window.all_day
        assert window.days is OpenDays.EVERY_DAY
        return
    assert closes > window.next_open(at)
    assert window.is_open(closes - timedelta(microseconds=1))
    assert not window.is_open(closes)


@settings(max_examples=200, deadline=None)
@given(WINDOWS, MOMENTS, st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=50)))
def test_working_time_round_trip(window, start, duration):
    due = window.add_working_time(start, duration)
    assert window.working_time_between(start, due) == duration
    assert due >= start.replace(tzinfo=JST)
