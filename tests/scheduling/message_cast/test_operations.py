"""KDDI Message Cast operations: MC-9 maintenance notice, MC-10 incident targets (001)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from telcobiz import InvalidInput, UnknownItem
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.core.jst import JST
from telcobiz.scheduling.message_cast import (
    IncidentCause,
    IncidentTargets,
    MaintenanceKind,
    MaintenanceNotice,
    incident_targets,
    maintenance_notice_ok,
)

OPTION = IncidentCause.MISDELIVERY_PREVENTION_OPTION


def jst(*args):
    return datetime(*args, tzinfo=JST)


# -- MC-9 ---------------------------------------------------------------------------------------


def test_mc9_seven_calendar_days():
    stop = datetime(2026, 11, 20, 1, 0)
    in_time = maintenance_notice_ok(datetime(2026, 11, 13, 23, 59), stop)
    assert (in_time.ok, in_time.late, in_time.notify_by) == (True, False, date(2026, 11, 13))
    assert bool(in_time)
    late = maintenance_notice_ok(datetime(2026, 11, 14, 0, 0), stop)
    assert (late.ok, late.late) == (False, True)
    assert not late
    # Aware times: 2026-11-13 15:30 UTC is 11-14 00:30 JST: late.
    aware = maintenance_notice_ok(
        datetime(2026, 11, 13, 15, 30, tzinfo=UTC),
        datetime(2026, 11, 19, 16, 0, tzinfo=UTC),
    )
    assert (aware.late, aware.stop_starts_at) == (True, jst(2026, 11, 20, 1, 0))
    # Across a month end and a leap day: stop 2028-03-06 -> notify by 2028-02-28.
    assert maintenance_notice_ok(datetime(2028, 2, 28, 12, 0), datetime(2028, 3, 6, 0, 0)).ok


def test_mc9_third_party_and_emergency():
    stop = datetime(2026, 11, 20, 1, 0)
    third = maintenance_notice_ok(
        datetime(2026, 11, 19, 9, 0), stop, kind=MaintenanceKind.THIRD_PARTY
    )
    assert (third.ok, third.late) == (True, True)
    assert "which the source allows" in str(third)
    assert "許容されます" in third.sentence("ja")
    emergency = maintenance_notice_ok(
        datetime(2026, 11, 20, 0, 30), stop, kind=MaintenanceKind.EMERGENCY
    )
    assert emergency.ok
    assert emergency.rules == ("MC-9", "MC-10")
    assert "not bound by the 7-day notice" in str(emergency)
    assert "7日前通知の対象外" in emergency.sentence("ja")


def test_mc9_text_and_errors():
    notice = maintenance_notice_ok(datetime(2026, 11, 13, 9, 0), datetime(2026, 11, 20, 1, 0))
    assert str(notice).endswith("is in time (due by 2026-11-13).")
    assert notice.sentence("ja") == (
        "2026-11-20 01:00開始の停止の通知（2026-11-13 09:00）は期限内です。期限: 2026-11-13"
    )
    late = maintenance_notice_ok(datetime(2026, 11, 14, 9, 0), datetime(2026, 11, 20, 1, 0))
    assert "期限後です" in late.sentence("ja")
    assert "7日前迄に通知" in notice.explain("ja")
    assert "原則承っておりません" in notice.explain("ja")
    with pytest.raises(UnknownItem) as caught:
        maintenance_notice_ok(datetime(2026, 11, 13), datetime(2026, 11, 20), kind="planned")
    assert caught.value.code == "message_cast.unknown_maintenance_kind"
    with pytest.raises(InvalidInput) as caught:
        maintenance_notice_ok(date(2026, 11, 13), datetime(2026, 11, 20))
    assert caught.value.field == "notified_at"


# -- MC-10 --------------------------------------------------------------------------------------


def test_mc10_option_fault_friday_evening():
    # RULES.md MC-10 Decision: Friday 17:30 -> next business day 10:30.
    targets = incident_targets(datetime(2026, 11, 27, 17, 30), cause=OPTION)
    assert (targets.first_report_by, targets.recovery_by) == (
        jst(2026, 11, 27, 18, 30),
        jst(2026, 11, 30, 10, 30),
    )
    assert not targets.recovery_may_move
    assert "CAL-1" in targets.rules
    # Confirmed Saturday night: the 2 hours start Monday 9:00.
    saturday = incident_targets(datetime(2026, 11, 28, 22, 0), cause=OPTION)
    assert saturday.recovery_by == jst(2026, 11, 30, 11, 0)
    # Year end: Monday 12-28 17:30 -> 2027-01-04 10:30.
    assert incident_targets(datetime(2026, 12, 28, 17, 30), cause=OPTION).recovery_by == jst(
        2027, 1, 4, 10, 30
    )


@pytest.mark.parametrize(
    ("confirmed", "may_move"),
    [
        (datetime(2026, 11, 20, 8, 59), True),
        (datetime(2026, 11, 20, 9, 0), False),
        (datetime(2026, 11, 20, 17, 59), False),
        (datetime(2026, 11, 20, 18, 0), True),
        (datetime(2026, 11, 21, 3, 0), True),
    ],
)
def test_mc10_system_fault(confirmed, may_move):
    targets = incident_targets(confirmed)
    assert targets.first_report_by == confirmed.replace(tzinfo=JST) + timedelta(hours=1)
    assert targets.recovery_by == confirmed.replace(tzinfo=JST) + timedelta(hours=2)
    assert targets.recovery_may_move is may_move
    assert ("message_cast.night_recovery" in [n.code for n in targets.notes]) is may_move


def test_mc10_text_and_errors():
    night = incident_targets(datetime(2026, 11, 20, 23, 0, tzinfo=JST))
    assert str(night) == (
        "Fault confirmed 2026-11-20 23:00 JST: first report target 2026-11-21 00:00, "
        "recovery target 2026-11-21 01:00 (may move to the next day shift)."
    )
    assert night.sentence("ja").endswith("（夜間帯は翌日勤帯での対応となる場合があります）")
    assert "運用目標時間であり、保証値ではありません。" in night.explain("ja")
    option = incident_targets(datetime(2026, 11, 27, 17, 30), cause=OPTION)
    assert "原因: 誤配信防止オプションが起因の不具合" in option.explain("ja")
    assert option.cause.label == "誤配信防止オプションが起因の不具合"
    assert IncidentCause.SYSTEM.label == "KDDI Message Castシステム起因"
    with pytest.raises(UnknownItem) as caught:
        incident_targets(datetime(2026, 11, 20, 10, 0), cause="option")
    assert caught.value.code == "message_cast.unknown_cause"
    with pytest.raises(InvalidInput) as caught:
        incident_targets("2026-11-20T10:00")
    assert caught.value.field == "confirmed_at"


# -- JSON round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "cls"),
    [
        (
            maintenance_notice_ok(
                datetime(2026, 11, 19), datetime(2026, 11, 20), kind=MaintenanceKind.THIRD_PARTY
            ),
            MaintenanceNotice,
        ),
        (incident_targets(datetime(2026, 11, 27, 17, 30), cause=OPTION), IncidentTargets),
    ],
)
def test_json_round_trip(result, cls):
    data = unstructure(result)
    assert structure(data, cls) == result
    assert to_json(result)  # JSON-ready
