"""SB-5: the 法人コンシェルサイト screens' checks (seed 002 §1-7, §2-3, §2-5)."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.core.conversion import structure, unstructure
from telcobiz.core.errors import InvalidInput, RuleViolation
from telcobiz.core.jst import JST
from telcobiz.policy.softbank_backup import (
    MAX_SELECTION,
    PORTAL_MESSAGES,
    DeviceKind,
    Line,
    LineGroup,
    LineStatus,
    PortalProblemKind,
    PortalReport,
    PortalScreen,
    check_app_download_mail,
    check_confirmation,
    check_group_selection,
    check_password_mail,
    check_phone_number_list,
    mail_plan,
    needs_app_download_mail,
    validate_app_download_mail,
    validate_confirmation,
    validate_group_selection,
    validate_password_mail,
    validate_phone_number_list,
)
from telcobiz.scheduling.hours import SOFTBANK_BACKUP_ACCEPTANCE
from telcobiz.testing import line_groups, line_selections, portal_moments

# The seed lines telcobiz reproduces, copied byte for byte (see the file's header).
SEED_BYTES = (
    Path(__file__).resolve().parents[2] / "data" / "softbank_backup_manual_excerpt.txt"
).read_bytes()

NONE_SELECTED = "ユーザが1件も選択されていません。"
TOO_MANY = "選択できるユーザは200件までです。"
CANCELLED = "ご利用いただけない契約の対象者が選択されています。"
OUTSIDE_HOURS = "ただいまの時間帯はあんしんバックアップを利用できません。"
CONFLICT = "ただいま受付できません。しばらく経ってから再度お試しください。"

MONDAY = datetime(2026, 11, 24, 12, 0)


def in_seed(text: str) -> bool:
    return text.encode("utf-8") in SEED_BYTES


def lines(n, device=DeviceKind.SMARTPHONE, **kwargs):
    return [Line(f"090-{i:04d}-0000", device, **kwargs) for i in range(n)]


# -- the messages, byte for byte ----------------------------------------------------------------


@pytest.mark.parametrize("text", [NONE_SELECTED, TOO_MANY, CANCELLED, OUTSIDE_HOURS, CONFLICT])
def test_sb5_portal_messages_occur_in_the_seed(text):
    assert in_seed(text)


def test_sb5_message_table_is_section_1_7():
    assert {k: m.text for k, m in PORTAL_MESSAGES.items()} == {
        PortalProblemKind.NO_SELECTION: NONE_SELECTED,
        PortalProblemKind.TOO_MANY_LINES: TOO_MANY,
        PortalProblemKind.CANCELLED_LINE: CANCELLED,
        PortalProblemKind.GROUP_OUT_OF_SCOPE: None,
        PortalProblemKind.OUTSIDE_HOURS: OUTSIDE_HOURS,
        PortalProblemKind.UPDATE_CONFLICT: CONFLICT,
    }
    for message in PORTAL_MESSAGES.values():
        assert in_seed(message.explanation), message.explanation
        assert message.citation.rule == "SB-5"


def test_sb5_screens_of_each_message_follow_the_table():
    printed = {
        kind: {screen for screen in PortalScreen if m.text_on(screen)}
        for kind, m in PORTAL_MESSAGES.items()
    }
    lst, grp, cnf, app, _ = PortalScreen
    assert printed == {
        PortalProblemKind.NO_SELECTION: {lst, grp, app},
        PortalProblemKind.TOO_MANY_LINES: {lst, grp, app},
        PortalProblemKind.CANCELLED_LINE: {lst, grp, cnf, app},
        PortalProblemKind.GROUP_OUT_OF_SCOPE: set(),
        PortalProblemKind.OUTSIDE_HOURS: {cnf},
        PortalProblemKind.UPDATE_CONFLICT: {cnf},
    }
    for screen in PortalScreen:
        assert in_seed(screen.label), screen.label


# -- 0 / 1 / 200 / 201 selections ----------------------------------------------------------------

SIZE_CHECKS = [check_phone_number_list, check_app_download_mail]


@pytest.mark.parametrize("check", SIZE_CHECKS)
@pytest.mark.parametrize(
    ("size", "messages"),
    [(0, (NONE_SELECTED,)), (1, ()), (200, ()), (201, (TOO_MANY,))],
)
def test_sb5_selection_sizes(check, size, messages):
    report = check(lines(size))
    assert report.messages == messages
    assert report.ok is (not messages)
    assert report.selected == size


@pytest.mark.parametrize(
    ("size", "kinds"),
    [(0, ["no_selection"]), (1, []), (200, []), (201, ["too_many_lines"])],
)
def test_sb5_group_selection_sizes_count_member_lines(size, kinds):
    members = lines(size)
    groups = [LineGroup("営業1課", members[:100]), LineGroup("営業2課", members[100:])]
    report = check_group_selection(groups)
    assert [p.kind.value for p in report.problems] == kinds
    assert report.messages == tuple(PORTAL_MESSAGES[PortalProblemKind(k)].text for k in kinds)


@pytest.mark.parametrize(("size", "ok"), [(0, False), (1, True), (200, True), (201, False)])
def test_sb5_password_screen_limit_has_no_printed_message(size, ok):
    report = check_password_mail(lines(size))
    assert report.ok is ok
    assert report.messages == ()
    if not ok:
        problem = report.problems[0]
        assert problem.message is None
        assert problem.citation.section == "§2-5"
    if size == 201:
        assert report.problems[0].explanation == "一度に送信できる件数は200件までです。"
        assert in_seed(report.problems[0].explanation)


def test_the_limit_is_200():
    assert MAX_SELECTION == 200
    assert in_seed("※一度に設定できる件数は最大200件です。")


def test_a_number_selected_twice_counts_once():
    twice = lines(200) + lines(1)
    assert check_phone_number_list(twice).selected == 200
    assert check_phone_number_list(twice).ok


def test_too_many_lines_names_the_count():
    report = check_phone_number_list(lines(250))
    assert report.problems[0].items == ("250",)


# -- cancelled lines and groups -------------------------------------------------------------------


@pytest.mark.parametrize(
    "check",
    [
        check_phone_number_list,
        check_app_download_mail,
        lambda chosen: check_confirmation(chosen, at=MONDAY),
        lambda chosen: check_group_selection([LineGroup("営業部", chosen)]),
    ],
)
def test_sb5_a_cancelled_line_is_refused_on_four_screens(check):
    chosen = [*lines(3), Line("090-9999-0000", DeviceKind.IPHONE, status=LineStatus.CANCELLED)]
    report = check(chosen)
    assert report.messages == (CANCELLED,)
    assert report.problems[0].items == ("090-9999-0000",)


def test_sb5_password_screen_does_not_check_cancelled_lines():
    chosen = [Line("090-1", DeviceKind.IPHONE, status=LineStatus.CANCELLED)]
    assert check_password_mail(chosen).ok


def test_sb5_group_with_out_of_scope_lines_cannot_be_selected():
    good = LineGroup("営業1課", lines(5))
    bad = LineGroup("営業2課", [Line("090-3g", DeviceKind.OUT_OF_SCOPE), *lines(2)])
    assert good.selectable
    assert not bad.selectable
    assert bad.out_of_scope == (Line("090-3g", DeviceKind.OUT_OF_SCOPE),)
    report = check_group_selection([good, bad])
    (problem,) = report.problems
    assert problem.kind is PortalProblemKind.GROUP_OUT_OF_SCOPE
    assert problem.message is None
    assert problem.items == ("営業2課",)
    assert (
        problem.explanation
        == "サービス対象外(3G ケータイなど)の回線を含むグループは選択できません。"
    )
    assert in_seed(problem.explanation)
    with pytest.raises(RuleViolation) as caught:
        validate_group_selection([bad])
    assert caught.value.code == "backup.group_out_of_scope"
    assert caught.value.message == problem.explanation


def test_phone_list_does_not_refuse_out_of_scope_lines():
    # §1-7 states no such check for the list screen.
    assert check_phone_number_list([Line("090-1", DeviceKind.OUT_OF_SCOPE)]).ok


# -- the 9:00-23:00 window (SOFTBANK_BACKUP_ACCEPTANCE) -------------------------------------


@pytest.mark.parametrize(
    ("hour", "minute", "ok"),
    [(8, 59, False), (9, 0, True), (22, 59, True), (23, 0, False), (0, 0, False)],
)
def test_sb5_confirmation_window(hour, minute, ok):
    at = datetime(2026, 11, 24, hour, minute)
    report = check_confirmation(lines(1), at=at)
    assert report.ok is ok
    assert report.messages == (() if ok else (OUTSIDE_HOURS,))
    assert SOFTBANK_BACKUP_ACCEPTANCE.is_open(at) is ok


def test_sb5_window_edges_to_the_second_and_on_holidays():
    assert check_confirmation(lines(1), at=datetime(2026, 11, 24, 22, 59, 59)).ok
    assert not check_confirmation(lines(1), at=datetime(2026, 11, 24, 8, 59, 59)).ok
    # Every day: a Sunday and 元日 are open too.
    assert check_confirmation(lines(1), at=datetime(2026, 11, 22, 10, 0)).ok
    assert check_confirmation(lines(1), at=datetime(2027, 1, 1, 10, 0)).ok


def test_sb5_outside_hours_says_when_to_retry():
    late = check_confirmation(lines(1), at=datetime(2026, 11, 24, 23, 0))
    assert late.problems[0].retry_from == datetime(2026, 11, 25, 9, 0, tzinfo=JST)
    assert late.problems[0].retry_from.isoformat() == "2026-11-25T09:00:00+09:00"
    early = check_confirmation(lines(1), at=datetime(2026, 11, 24, 8, 59))
    assert early.problems[0].retry_from.isoformat() == "2026-11-24T09:00:00+09:00"
    assert early.problems[0].items == ("2026-11-24T08:59:00+09:00",)


def test_sb5_an_aware_time_is_converted_to_jst():
    # 14:00 UTC is 23:00 JST: closed; 00:00 UTC is 9:00 JST: open.
    assert not check_confirmation(lines(1), at=datetime(2026, 11, 24, 14, 0, tzinfo=UTC)).ok
    assert check_confirmation(lines(1), at=datetime(2026, 11, 24, 0, 0, tzinfo=UTC)).ok


def test_sb5_the_window_is_the_scheduling_constant():
    report = check_confirmation(lines(1), at=MONDAY)
    assert SOFTBANK_BACKUP_ACCEPTANCE.citation in report.citations
    assert (
        SOFTBANK_BACKUP_ACCEPTANCE.text
        == PORTAL_MESSAGES[PortalProblemKind.OUTSIDE_HOURS].explanation
    )


def test_sb5_concurrent_update_and_every_problem_at_once():
    chosen = [Line("090-1", DeviceKind.IPHONE, status=LineStatus.CANCELLED)]
    report = check_confirmation(chosen, at=datetime(2026, 11, 24, 23, 30), update_conflict=True)
    assert report.messages == (CANCELLED, OUTSIDE_HOURS, CONFLICT)
    assert [p.kind.code for p in report.problems] == [
        "backup.cancelled_line",
        "backup.outside_hours",
        "backup.update_conflict",
    ]
    with pytest.raises(RuleViolation) as caught:
        validate_confirmation(chosen, at=MONDAY)
    assert caught.value.message == CANCELLED
    assert caught.value.code == "backup.cancelled_line"
    with pytest.raises(RuleViolation) as caught:
        validate_confirmation(lines(1), at=MONDAY, update_conflict=True)
    assert caught.value.message == CONFLICT


def test_confirmation_does_not_check_selection_size():
    assert check_confirmation([], at=MONDAY).ok
    assert check_confirmation(lines(201), at=MONDAY).ok


# -- validate_… -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("validate", "arg", "code", "message"),
    [
        (validate_phone_number_list, [], "backup.no_selection", NONE_SELECTED),
        (validate_phone_number_list, lines(201), "backup.too_many_lines", TOO_MANY),
        (validate_app_download_mail, lines(201), "backup.too_many_lines", TOO_MANY),
        (validate_password_mail, [], "backup.no_selection", "1回線以上の選択が必要です。"),
        (validate_group_selection, [], "backup.no_selection", NONE_SELECTED),
    ],
)
def test_validate_raises_the_first_problem(validate, arg, code, message):
    with pytest.raises(RuleViolation) as caught:
        validate(arg)
    assert caught.value.code == code
    assert caught.value.message == message
    assert caught.value.field == "selection"


def test_validate_passes_quietly():
    assert validate_phone_number_list(lines(1)) is None
    assert validate_app_download_mail(lines(200)) is None
    assert validate_password_mail(lines(200)) is None
    assert validate_group_selection([LineGroup("営業部", lines(3))]) is None
    assert validate_confirmation(lines(1), at=MONDAY) is None


# -- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (lambda: Line("", DeviceKind.IPHONE), "backup.bad_line"),
        (lambda: Line(9012345678, DeviceKind.IPHONE), "backup.bad_line"),
        (lambda: Line("090-1", "iphone"), "backup.bad_line"),
        (lambda: Line("090-1", DeviceKind.IPHONE, status="cancelled"), "backup.bad_line"),
        (lambda: Line("090-1", DeviceKind.IPHONE, knows_password="yes"), "backup.bad_line"),
        (lambda: check_phone_number_list("090-1"), "backup.bad_line"),
        (lambda: check_phone_number_list(None), "backup.bad_line"),
        (lambda: check_phone_number_list(["090-1"]), "backup.bad_line"),
        (lambda: check_group_selection(LineGroup("a", [])), "backup.bad_group"),
        (lambda: check_group_selection(["営業部"]), "backup.bad_group"),
        (lambda: LineGroup("", []), "backup.bad_group"),
        (lambda: check_confirmation([], at="2026-11-24T10:00"), "time.not_datetime"),
        (lambda: check_confirmation([], at=MONDAY, update_conflict=1), "backup.bad_flag"),
        (lambda: needs_app_download_mail("090-1"), "backup.bad_line"),
        (lambda: check_phone_number_list([]).explain("fr"), "explain.bad_lang"),
        (lambda: mail_plan([]).explain("fr"), "explain.bad_lang"),
    ],
)
def test_bad_input_is_invalid_input(build, code):
    with pytest.raises(InvalidInput) as caught:
        build()
    assert caught.value.code == code


def test_line_number_is_stripped():
    assert Line(" 090-1 ", DeviceKind.IPHONE).number == "090-1"


# -- reports as values ----------------------------------------------------------------------


def test_reports_round_trip_and_are_json_ready():
    report = check_confirmation(
        [Line("090-1", DeviceKind.IPHONE, status=LineStatus.CANCELLED)],
        at=datetime(2026, 11, 24, 23, 0),
        update_conflict=True,
    )
    data = unstructure(report)
    json.dumps(data, ensure_ascii=False)
    assert structure(data, PortalReport) == report


def test_report_text_forms():
    report = check_confirmation(
        [Line("090-1", DeviceKind.IPHONE, status=LineStatus.CANCELLED)],
        at=datetime(2026, 11, 24, 23, 0),
    )
    assert str(report) == (
        "確認: 1 line selected, 2 problem(s): cancelled_line: "
        "ご利用いただけない契約の対象者が選択されています。 (090-1); outside_hours: "
        "ただいまの時間帯はあんしんバックアップを利用できません。 (2026-11-24T23:00:00+09:00)"
    )
    ja = report.explain("ja").splitlines()
    assert ja[:2] == ["画面: 確認", "選択件数: 1"]
    assert ja[2] == (
        "問題: ご利用いただけない契約の対象者が選択されています。（090-1） — "
        "選択した中に解約済の回線があります。"
    )
    assert ja[3].endswith("; 受付再開 2026-11-25T09:00:00+09:00")
    fine = check_phone_number_list(lines(2))
    assert str(fine) == "携帯電話番号一覧から選択: 2 lines selected, no problem"
    assert "問題なし" in fine.explain("ja")
    assert report.to_rows()[1] == {
        "screen": "confirm",
        "kind": "outside_hours",
        "code": "backup.outside_hours",
        "message": OUTSIDE_HOURS,
        "explanation": "利用可否設定の受付時間は9:00～23:00です。",
        "items": ["2026-11-24T23:00:00+09:00"],
        "retry_from": "2026-11-25T09:00:00+09:00",
    }
    assert check_password_mail([]).problems[0].describe("ja") == "1回線以上の選択が必要です。"


# -- properties ------------------------------------------------------------------------------------


@given(line_selections())
def test_list_screen_ok_exactly_when_1_to_200_and_none_cancelled(chosen):
    report = check_phone_number_list(chosen)
    expected = 1 <= len(chosen) <= 200 and not any(line.cancelled for line in chosen)
    assert report.ok is expected
    assert all(message is not None and in_seed(message) for message in report.messages)


@given(line_selections(max_size=5), portal_moments(), st.booleans())
def test_confirmation_ok_exactly_inside_the_window(chosen, at, conflict):
    report = check_confirmation(chosen, at=at, update_conflict=conflict)
    inside = 9 <= at.hour < 23
    expected = inside and not conflict and not any(line.cancelled for line in chosen)
    assert report.ok is expected
    outside = [p for p in report.problems if p.kind is PortalProblemKind.OUTSIDE_HOURS]
    assert bool(outside) is (not inside)
    for problem in outside:
        assert problem.retry_from.hour == 9
        assert timedelta(0) < problem.retry_from.replace(tzinfo=None) - at <= timedelta(hours=10)


@given(st.lists(line_groups(max_size=5), max_size=4))
def test_group_screen_refuses_exactly_the_groups_with_out_of_scope_lines(groups):
    report = check_group_selection(groups)
    bad = tuple(
        g.name for g in groups if any(line.device is DeviceKind.OUT_OF_SCOPE for line in g.lines)
    )
    found = [p.items for p in report.problems if p.kind is PortalProblemKind.GROUP_OUT_OF_SCOPE]
    assert found == ([bad] if bad else [])


def test_explain_of_a_problem_without_a_printed_message():
    bad = LineGroup("営業2課", [Line("090-3g", DeviceKind.OUT_OF_SCOPE)])
    en = check_group_selection([bad]).explain("en").splitlines()
    assert en[2] == (
        "problem: group_out_of_scope: "
        "サービス対象外(3G ケータイなど)の回線を含むグループは選択できません。 (営業2課)"
    )


def test_report_has_the_policy_report_surface():
    report = check_phone_number_list(
        [*lines(201), Line("x", DeviceKind.IPHONE, status=LineStatus.CANCELLED)]
    )
    assert report.codes == ("backup.too_many_lines", "backup.cancelled_line")
    assert len(report) == 2
    assert [p.kind for p in report] == [
        PortalProblemKind.TOO_MANY_LINES,
        PortalProblemKind.CANCELLED_LINE,
    ]
    assert len(check_phone_number_list(lines(1))) == 0
