"""DMP-2, DMP-5..DMP-9: デバイスマネジメントパック eligibility (seed 000 §3.5, §5.4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.core import InvalidInput, RuleViolation, UnknownItem
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.policy.device_management import (
    BASIC_SERVICE,
    DEFAULT_SECURITY_LEVEL,
    DEVICE_LIMIT_ROWS,
    EMERGENCY_CALL_STOP_NOTE,
    KITTING_TASKS,
    MIGRATION_MANUAL,
    MONTHLY_REPORT,
    QUICK_REPAIR_ENTRY,
    REQUEST_CHANNELS,
    SECURITY_LEVELS,
    DmpDevice,
    KittingTask,
    RepairDeviceType,
    RequestChannel,
    RequestKind,
    RestrictionExample,
    SecurityLevel,
    SmsmContract,
    channels_for,
    check_kitting,
    check_migration,
    check_options,
    check_request,
    device_limits,
    is_channel_open,
    is_valid_kitting,
    is_valid_options,
    is_valid_request,
    kitting_tasks,
    migration_notice,
    options_for,
    request_status,
    restriction_examples,
    security_level,
    validate_kitting,
    validate_migration,
    validate_options,
    validate_request,
)
from telcobiz.pricing.catalog import Carrier, DeviceOS, DmpOption
from telcobiz.scheduling import BusinessCalendar
from telcobiz.scheduling.hours import DMP_INQUIRY_PHONE
from telcobiz.testing import dmp_devices

# -- DMP-2: options by OS, on the basic service ----------------------------------------------------


def test_dmp2_options_by_os():
    assert options_for("ios") == (DmpOption.MESSAGE_NOTIFICATION,)
    assert options_for(DeviceOS.ANDROID) == tuple(DmpOption)
    assert BASIC_SERVICE == "KDDI Smart Mobile Safety Manager"


@pytest.mark.parametrize(
    "option",
    [DmpOption.INTERNET_CONNECTION, DmpOption.BACKUP, DmpOption.VIRUS_PROTECTION],
)
def test_dmp2_android_only_options_on_ios(option):
    report = check_options("ios", [option])
    assert report.codes == ("dmp.option_not_for_os",)
    assert report.problems[0].message_ja == (
        f"{option.label}は対象 OS：Androidのオプションです（iOSでは利用できません）"
    )
    with pytest.raises(RuleViolation) as raised:
        validate_options("ios", [option])
    assert raised.value.code == "dmp.option_not_for_os"


def test_dmp2_options_need_the_basic_service():
    report = check_options("android", ["message_notification"], basic_service=False)
    assert report.codes == ("dmp.option_without_basic",)
    # no option, no basic service: nothing to report
    assert check_options("android", [], basic_service=False).ok


def test_dmp2_every_problem_at_once_and_duplicates_once():
    report = check_options("ios", ["backup", "バックアップ", "virus"], basic_service=False)
    assert report.codes == (
        "dmp.option_not_for_os",
        "dmp.option_not_for_os",
        "dmp.option_without_basic",
    )
    assert validate_options("android", ["backup", "backup"]) == (DmpOption.BACKUP,)
    assert is_valid_options("ios", ["メッセージ通知"])
    assert report.subject == "DMP options for iOS: バックアップ, ウイルス対策"


def test_dmp2_unknown_option_and_os():
    with pytest.raises(UnknownItem) as raised:
        check_options("ios", ["camera"])
    assert raised.value.code == "dmp.unknown_option"
    with pytest.raises(UnknownItem) as raised:
        check_options("windows", [])
    assert raised.value.code == "dmp.unknown_os"


@given(st.sampled_from(DeviceOS), st.lists(st.sampled_from(DmpOption)), st.booleans())
def test_dmp2_check_is_empty_exactly_when_validate_does_not_raise(os, options, basic):
    report = check_options(os, options, basic_service=basic)
    try:
        validate_options(os, options, basic_service=basic)
    except RuleViolation:
        raised = True
    else:
        raised = False
    assert report.ok is not raised
    assert report.ok is (all(o.supports(os) for o in options) and (basic or not options))


# -- DMP-5: security levels ------------------------------------------------------------------------


def test_dmp5_default_is_medium():
    assert DEFAULT_SECURITY_LEVEL is SecurityLevel.MEDIUM
    assert security_level().level is SecurityLevel.MEDIUM
    assert security_level().is_default
    assert not security_level("高").is_default


def test_dmp5_what_each_level_restricts():
    high, medium, low = (SECURITY_LEVELS[level] for level in SecurityLevel)
    assert (high.loss_handling, high.function_limits, high.common_policy) == (True, True, False)
    assert (medium.loss_handling, medium.function_limits, medium.common_policy) == (
        True,
        False,
        True,
    )
    assert (low.loss_handling, low.function_limits, low.common_policy) == (True, False, False)
    assert [str(e) for e in high.examples] == [
        "カメラ利用禁止",
        "有料コンテンツ制限",
        "SDカード制限 (Androidのみ)",
    ]
    assert [e.label for e in medium.examples] == ["パスワードポリシー設定", "iCloud 連携制限"]
    assert low.examples == ()
    assert low.example_text == "※デバイス機能の利用制限は設定しません"


def test_dmp5_examples_are_examples_not_complete_lists():
    # 「など」: the 高 and 中 lists are examples; 低 sets no limit at all.
    assert not SECURITY_LEVELS[SecurityLevel.HIGH].examples_complete
    assert not SECURITY_LEVELS[SecurityLevel.MEDIUM].examples_complete
    assert SECURITY_LEVELS[SecurityLevel.LOW].examples_complete
    assert SECURITY_LEVELS[SecurityLevel.HIGH].example_text.endswith("など")


def test_dmp5_sd_card_limit_is_android_only():
    assert [e.label for e in restriction_examples("high", os="ios")] == [
        "カメラ利用禁止",
        "有料コンテンツ制限",
    ]
    assert len(restriction_examples("high", os="android")) == 3
    assert len(restriction_examples(SecurityLevel.HIGH)) == 3
    assert RestrictionExample("SDカード制限", (DeviceOS.ANDROID,)).applies_to("android")


def test_dmp5_explain_and_parse():
    assert security_level("low").explain("en").splitlines()[1] == "no function limits"
    text = security_level().explain("ja")
    assert (
        text.splitlines()[0]
        == "セキュリティレベル 中（デフォルト）: デバイス紛失時の対応＋一般的なセキュリティポリシー"
    )
    assert security_level().explain("en").startswith("security level 中 (default)")
    assert (
        security_level("HIGH")
        .explain("ja")
        .splitlines()[1]
        .startswith("例（すべてではありません）")
    )
    assert security_level("low").explain("ja").splitlines()[1] == "機能制限なし"
    with pytest.raises(UnknownItem) as raised:
        security_level("最高")
    assert raised.value.code == "dmp.unknown_security_level"
    with pytest.raises(InvalidInput) as raised:
        security_level().explain("fr")
    assert raised.value.code == "explain.bad_lang"


# -- DMP-6: kitting --------------------------------------------------------------------------------


def test_dmp6_kitting_tasks_per_os():
    assert kitting_tasks("ios") == (
        KittingTask.SMSM_ACTIVATION,
        KittingTask.SECURITY_LEVEL,
        KittingTask.WIFI,
        KittingTask.EXCHANGE_ACTIVESYNC,
    )
    assert KittingTask.EXCHANGE_ACTIVESYNC not in KITTING_TASKS[DeviceOS.ANDROID]
    assert (
        KittingTask.SECURITY_LEVEL.label
        == "お客さまに選択いただくセキュリティレベル設定「高／中／低」"
    )


def test_dmp6_exchange_activesync_is_ios_only():
    report = check_kitting(DmpDevice("android"), ["Exchange Active Sync 設定", "wifi"])
    assert report.codes == ("dmp.kitting_task_not_for_os",)
    assert check_kitting(DmpDevice("ios"), ["exchange_activesync"]).ok


def test_dmp6_only_devices_bought_on_the_site():
    report = check_kitting(DmpDevice("ios", bought_on_site=False))
    assert report.codes == ("dmp.kitting_not_bought_on_site",)
    assert not is_valid_kitting(DmpDevice("ios", bought_on_site=False))
    with pytest.raises(RuleViolation):
        validate_kitting(DmpDevice("ios", bought_on_site=False))
    assert validate_kitting(DmpDevice("android")) is None


def test_dmp6_and_dmp8_restricted_devices_get_no_kitting():
    report = check_kitting(DmpDevice("android", Carrier.OTHER))
    assert report.codes == ("dmp.kitting_not_for_device",)
    assert report.problems[0].message_ja == DEVICE_LIMIT_ROWS[0].restriction
    wifi = check_kitting(DmpDevice("ios", None, sold_by_kddi=False))
    assert wifi.codes == ("dmp.kitting_not_for_device", "dmp.kitting_not_bought_on_site")


def test_device_consistency():
    with pytest.raises(InvalidInput) as raised:
        DmpDevice("ios", None, sold_by_kddi=False, bought_on_site=True)
    assert raised.value.code == "dmp.inconsistent_device"
    with pytest.raises(UnknownItem) as raised:
        DmpDevice("ios", "docomo")
    assert raised.value.code == "dmp.unknown_carrier"
    assert DmpDevice("ios", "他社").carrier is Carrier.OTHER
    assert DmpDevice("ios", None).bought_on_site


# -- DMP-7: request channels and hours -------------------------------------------------------------


def test_dmp7_channels_per_request():
    assert list(REQUEST_CHANNELS[RequestKind.KITTING]) == [RequestChannel.WEB]
    assert list(REQUEST_CHANNELS[RequestKind.FAILURE]) == [RequestChannel.WEB]
    assert list(REQUEST_CHANNELS[RequestKind.LOSS]) == [RequestChannel.WEB, RequestChannel.PHONE]
    assert channels_for("inquiry")[RequestChannel.PHONE] is DMP_INQUIRY_PHONE
    for kind in RequestKind:
        assert channels_for(kind)[RequestChannel.WEB].all_day


@pytest.mark.parametrize(
    ("at", "open_"),
    [
        (datetime(2026, 11, 22, 8, 59), False),  # a Sunday: opens at 9:00 every day
        (datetime(2026, 11, 22, 9, 0), True),
        (datetime(2026, 11, 22, 20, 59), True),
        (datetime(2026, 11, 22, 21, 0), False),
        (datetime(2026, 11, 23, 12, 0), True),  # 勤労感謝の日: open (年末年始 only is closed)
        (datetime(2026, 12, 28, 20, 0), True),
        (datetime(2026, 12, 29, 10, 0), False),  # 年末年始
        (datetime(2027, 1, 3, 10, 0), False),
        (datetime(2027, 1, 4, 9, 0), True),
        (datetime(2026, 11, 22, 3, 0, tzinfo=UTC), True),  # 12:00 JST
    ],
)
def test_dmp7_inquiry_phone_hours(at, open_):
    assert is_channel_open("inquiry", "phone", at) is open_


def test_dmp7_phone_for_loss_is_24_365_and_none_for_kitting_or_failure():
    assert is_channel_open("loss", "phone", datetime(2027, 1, 1, 3, 0))
    assert not is_channel_open("kitting", "phone", datetime(2026, 11, 24, 10, 0))
    assert not is_channel_open("failure", "phone", datetime(2026, 11, 24, 10, 0))
    assert is_channel_open("failure", "web", datetime(2027, 1, 1, 3, 0))
    assert request_status("kitting", "phone", datetime(2026, 11, 24, 10, 0)) is None


def test_dmp7_calendar_parameter_drops_the_closure():
    no_closure = BusinessCalendar(closure=None)
    assert is_channel_open("inquiry", "phone", datetime(2026, 12, 31, 10, 0), calendar=no_closure)
    status = request_status("inquiry", "phone", datetime(2026, 12, 31, 10, 0))
    assert status is not None
    assert status.next_open.isoformat() == "2027-01-04T09:00:00+09:00"


def test_dmp7_check_request_reports_channel_and_hours():
    report = check_request("kitting", "phone")
    assert report.codes == ("dmp.channel_not_offered",)
    assert report.problems[0].message_ja == "キット代行に関するお電話による受付は行っておりません。"
    failure = check_request("failure", "phone")
    assert failure.problems[0].message_ja == (
        "デバイス故障時の対応依頼に関するお電話による受付は行っておりません。"
    )
    closed = check_request("inquiry", "phone", at=datetime(2027, 1, 2, 10, 0))
    assert closed.codes == ("dmp.channel_closed",)
    assert closed.problems[0].message == (
        "お問い合わせ対応（電話受付） is closed at 2027-01-02 10:00 JST (電話受付 : 9:00~21:00 "
        "(年末年始を除く)); it opens next at 2027-01-04 09:00 JST"
    )
    assert check_request("inquiry", "web", at=datetime(2027, 1, 2, 10, 0)).ok
    with pytest.raises(RuleViolation):
        validate_request("kitting", "phone")
    assert validate_request("loss", "phone", at=datetime(2027, 1, 1)) is None


def test_dmp7_loss_request_notes_the_emergency_call_stop():
    report = check_request("loss", "web")
    assert report.ok
    assert report.notes == (EMERGENCY_CALL_STOP_NOTE,)
    assert EMERGENCY_CALL_STOP_NOTE.message_ja.startswith(
        "※ 緊急通話停止はロック/ワイプの結果にかかわらず実施されるため"
    )


def test_dmp7_monthly_report_and_quick_repair_entry():
    assert (
        MONTHLY_REPORT.message_ja == "オンラインで管理者さま向け月次運用レポートの参照が可能です。"
    )
    assert QUICK_REPAIR_ENTRY.device_types == (
        RepairDeviceType.IOS,
        RepairDeviceType.IOS_RENTAL,
        RepairDeviceType.ANDROID,
    )
    assert RepairDeviceType.IOS_RENTAL.label == "iOS レンタル"
    assert not QUICK_REPAIR_ENTRY.application_needed


# -- DMP-8: non-au and Wi-Fi-only devices ----------------------------------------------------------


@pytest.mark.parametrize(
    ("device", "restricted"),
    [
        (DmpDevice("ios"), False),
        (DmpDevice("android", Carrier.OTHER), True),
        (DmpDevice("android", Carrier.OTHER, sold_by_kddi=False), True),
        (DmpDevice("ios", None), False),  # a Wi-Fi model KDDI sold
        (DmpDevice("ios", None, sold_by_kddi=False), True),
    ],
)
def test_dmp8_which_devices_are_restricted(device, restricted):
    limits = device_limits(device)
    assert limits.restricted is restricted
    assert limits.kitting is not restricted
    assert limits.lock_wipe is True
    assert limits.emergency_call_stop_linked is not restricted
    assert limits.failure_requests is not restricted
    assert limits.device_questions_may_go_unanswered is restricted
    assert limits.smsm_settings_restricted is False
    assert limits.limits == (DEVICE_LIMIT_ROWS if restricted else ())


def test_dmp8_rows_as_the_source_writes_them():
    assert [row.function for row in DEVICE_LIMIT_ROWS] == [
        "キット代行",
        "デバイス紛失時リモートセキュリティ設定依頼",
        "故障対応依頼",
        "問い合わせ依頼",
    ]
    assert DEVICE_LIMIT_ROWS[1].restriction == (
        "ロック/ワイプは可能ですが、緊急通話停止指示は連動しておりません。直接お客さまにて"
        "他通信事業者まで緊急通話停止をご依頼いただく必要があります。"
    )
    assert (
        DEVICE_LIMIT_ROWS[3].restriction
        == "端末に関するご質問については回答出来ない場合があります。"
    )


def test_dmp8_explain_lists_the_limits():
    text = device_limits(DmpDevice("android", Carrier.OTHER)).explain("ja")
    lines = text.splitlines()
    assert lines[0] == "au 以外の通信事業者と回線契約中のデバイス（Android）: 制限事項あり"
    assert lines[3] == "- 故障対応依頼: 故障時の対応依頼は受け付けられません。"
    assert "KDDI Smart Mobile Safety Manager の機器設定についての制限事項はございません" in text
    assert device_limits(DmpDevice("ios")).explain("ja").splitlines()[0] == (
        "au 回線契約デバイス（iOS）: 制限事項なし"
    )
    wifi = DmpDevice("ios", None)
    assert wifi.describe("ja") == "KDDI が販売した Wi-Fi 専用機（iOS）"
    assert wifi.describe("en") == "Wi-Fi-only iOS device sold by KDDI"


def test_dmp8_requests_for_restricted_devices():
    device = DmpDevice("ios", Carrier.OTHER)
    failure = check_request("failure", "web", device=device)
    assert failure.codes == ("dmp.failure_not_for_device",)
    loss = check_request("loss", "phone", device=device)
    assert loss.ok
    assert [note.message_ja for note in loss.notes] == [DEVICE_LIMIT_ROWS[1].restriction]
    inquiry = check_request("inquiry", "web", device=device)
    assert inquiry.ok
    assert inquiry.notes[0].message_ja == DEVICE_LIMIT_ROWS[3].restriction
    kitting = check_request("kitting", "phone", device=device)
    assert kitting.codes == ("dmp.channel_not_offered", "dmp.kitting_not_for_device")
    assert check_request("failure", "web", device=DmpDevice("ios")).ok
    assert is_valid_request("loss", "web", device=device)


@given(
    dmp_devices(),
    st.sampled_from(RequestKind),
    st.sampled_from(RequestChannel),
    st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
)
def test_dmp7_dmp8_check_is_empty_exactly_when_validate_does_not_raise(device, kind, way, at):
    report = check_request(kind, way, device=device, at=at)
    try:
        validate_request(kind, way, device=device, at=at)
    except RuleViolation:
        raised = True
    else:
        raised = False
    assert report.ok is not raised
    if kind is RequestKind.FAILURE and device.restricted:
        assert not report.ok


@given(dmp_devices(restricted=True))
def test_dmp8_restricted_strategy(device):
    assert not device_limits(device).kitting


# -- DMP-9: migration ------------------------------------------------------------------------------


def test_dmp9_migration_notice():
    notice = migration_notice(SmsmContract.STANDALONE)
    assert notice.needed
    assert notice.steps == ("デバイスの削除", "新規登録作業")
    assert notice.policies_carried_over is False
    assert notice.manual == MIGRATION_MANUAL
    lines = notice.explain("ja").splitlines()
    assert lines[0] == (
        "単体またはベーシックパックの KDDI Smart Mobile Safety Manager から "
        "KDDI デバイスマネジメントパックへ移行されたい場合はデバイスの削除および新規登録作業が"
        "必要となります。"
    )
    assert str(migration_notice("ベーシックパック")).startswith("moving from ベーシックパック SMSM")
    assert (
        migration_notice("basic_pack").explain("en").splitlines()[1]
        == f"manual: {MIGRATION_MANUAL}"
    )
    none = migration_notice(None)
    assert (none.needed, none.steps, none.manual) == (False, (), None)
    assert none.explain("ja").splitlines()[0] == "既存の SMSM 契約なし: 移行作業は不要です"


def test_dmp9_check_migration():
    assert check_migration("standalone", devices_reregistered=False).codes == (
        "dmp.migration_needs_reregistration",
    )
    kept = check_migration("basic_pack", devices_reregistered=True, keeps_policies=True)
    assert kept.codes == ("dmp.policies_not_carried_over",)
    assert kept.problems[0].message_ja == (
        "単体またはベーシックパックの KDDI Smart Mobile Safety Manager にて設定した既存のポリシーを"
        "そのまま引き継ぐことはできません。"
    )
    assert check_migration(None, devices_reregistered=False, keeps_policies=True).ok
    with pytest.raises(RuleViolation):
        validate_migration("standalone", devices_reregistered=False)
    with pytest.raises(UnknownItem) as raised:
        migration_notice("SMSM plus")
    assert raised.value.code == "dmp.unknown_smsm_contract"


# -- values round-trip -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "result",
    [
        check_options("ios", ["backup"], basic_service=False),
        device_limits(DmpDevice("android", Carrier.OTHER)),
        migration_notice("standalone"),
        security_level("high"),
        DmpDevice("ios", None, sold_by_kddi=False),
        check_request("inquiry", "phone", at=datetime(2027, 1, 2, 10, 0) + timedelta(0)),
    ],
)
def test_results_round_trip(result):
    assert structure(unstructure(result), type(result)) == result
    assert to_json(result)
