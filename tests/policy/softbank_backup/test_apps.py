"""SB-1..SB-4: the あんしんバックアップ／連絡先コピー permission matrix.

Seed 002 §1-3, §1-5, §1-6 and the Appendix.

Every message is compared byte for byte with the seed text.
"""

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.core.conversion import structure, unstructure
from telcobiz.core.errors import InvalidInput, OutOfRange, RuleViolation, UnknownItem
from telcobiz.policy import softbank_backup as bk
from telcobiz.policy.softbank_backup import (
    APP_MESSAGES,
    DEFAULT_SETTINGS,
    MENU_ITEMS,
    BackupApp,
    BackupDecision,
    BackupMatrix,
    BackupOperation,
    BackupService,
    BackupSettings,
    BackupSwitch,
    DecisionReason,
    Destination,
    check_app_operation,
    default_settings,
    is_app_operation_allowed,
    matrix,
    menu_item,
    validate_app_operation,
)
from telcobiz.testing import backup_settings, dates, menu_items

ROOT = Path(__file__).resolve().parents[3]
# The seed lines telcobiz reproduces, copied byte for byte (see the file's header).
SEED = ROOT / "tests" / "data" / "softbank_backup_manual_excerpt.txt"
SEED_BYTES = SEED.read_bytes()
SEED_TEXT = SEED_BYTES.decode("utf-8")

MSG_2105 = "お使いの回線契約をご確認ください。2105"
MSG_BACKUP_OFF = "管理者によりご利用を制限されています。"
MSG_MIGRATION_OFF = "電話帳ダウンロードを中止しました。管理者によりご利用を制限されています。"
MSG_2104 = (
    "本機能は、機種変更をおこなってから60日間だけ使える機能です。"
    "お客様のご利用可能期間がすでに終了したためご利用できません。(エラーコード2104)"
)

ON_ON, ON_OFF, OFF_ON, OFF_OFF = (
    BackupSettings(True, True),
    BackupSettings(True, False),
    BackupSettings(False, True),
    BackupSettings(False, False),
)


def in_seed(text: str) -> bool:
    return text.encode("utf-8") in SEED_BYTES


# -- SB-3 / SB-4: the messages, byte for byte --------------------------------------------------


@pytest.mark.parametrize("text", [MSG_2105, MSG_BACKUP_OFF, MSG_MIGRATION_OFF, MSG_2104])
def test_sb3_sb4_expected_messages_occur_in_the_seed_byte_for_byte(text):
    assert in_seed(text)


def test_sb3_sb4_message_table_is_the_seed_text():
    # §1-6 rows 1-3 and Appendix 3; the 発生条件 column too.
    assert {reason: m.text for reason, m in APP_MESSAGES.items()} == {
        DecisionReason.BOTH_SWITCHES_OFF: MSG_2105,
        DecisionReason.BACKUP_SWITCH_OFF: MSG_BACKUP_OFF,
        DecisionReason.MIGRATION_SWITCH_OFF: MSG_MIGRATION_OFF,
        DecisionReason.MIGRATION_PERIOD_ENDED: MSG_2104,
    }
    for message in APP_MESSAGES.values():
        assert in_seed(message.text)
    for reason in (
        DecisionReason.BOTH_SWITCHES_OFF,
        DecisionReason.BACKUP_SWITCH_OFF,
        DecisionReason.MIGRATION_SWITCH_OFF,
    ):
        assert in_seed(APP_MESSAGES[reason].condition)
    # Appendix 3 breaks its caption over two lines (a layout break, not part of the text).
    assert in_seed("3Gケータイからの機種変更後\n60日経過した場合")
    assert APP_MESSAGES[DecisionReason.MIGRATION_PERIOD_ENDED].condition == (
        "3Gケータイからの機種変更後60日経過した場合"
    )
    for message in APP_MESSAGES.values():
        assert message.citation.rule in {"SB-3", "SB-4"}
    assert [m.error_code for m in APP_MESSAGES.values()] == [2105, None, None, 2104]


def test_sb3_messages_use_full_width_punctuation():
    for message in (MSG_2105, MSG_BACKUP_OFF, MSG_MIGRATION_OFF):
        assert "。" in message
        assert "." not in message


# -- SB-1: apps, operations, menu items ---------------------------------------------------------


def test_sb1_app_labels_are_the_rules_table_and_the_seed_table():
    assert [app.label for app in BackupApp] == [
        "あんしんバックアップ(4Gケータイ版)",
        "あんしんバックアップ(iPhone版)",
        "あんしんバックアップ(スマートフォン版)",
        "連絡先コピー(Windows 10 Mobile)",
    ]
    # The seed's §1-3 table puts a space before the parenthesis (a PDF cell break).
    squeezed = SEED_TEXT.replace(" (", "(")
    for app in BackupApp:
        assert app.label in squeezed


def test_sb1_services():
    assert [app.service for app in BackupApp] == [BackupService.ANSHIN_BACKUP] * 3 + [
        BackupService.CONTACT_COPY
    ]
    assert [s.label for s in BackupService] == ["あんしんバックアップ", "連絡先コピー"]


def test_sb1_controlled_menu_items_match_rules_table():
    controlled = {(i.app, i.operation): i.label for i in MENU_ITEMS if i.destination.controlled}
    four_g, iphone, smart, w10m = BackupApp
    save, restore, migration = BackupOperation
    assert controlled == {
        (four_g, save): "サーバーにデータを保存",
        (four_g, restore): "サーバーからデータを復元",
        (four_g, migration): "電話帳の移行",
        (iphone, save): "電話帳の保存(バックアップ)",
        (iphone, restore): "電話帳の読み込み(復元)",
        (iphone, migration): "携帯電話から電話帳読み込み",
        (smart, save): "データの保存(バックアップ)→サーバー",
        (smart, restore): "データの読み込み(復元)→サーバー",
        (smart, migration): "電話帳読み込み",
        (w10m, save): "データの保存(バックアップ)",
        (w10m, restore): "データの読み込み(復元)",
        (w10m, migration): "携帯電話から連絡先読み込み",
    }


def test_sb1_every_menu_path_step_is_seed_text():
    for item in MENU_ITEMS:
        for step in item.path:
            assert in_seed(step), step


def test_sb1_uncontrolled_items_are_sd_card_and_device():
    uncontrolled = {(i.app, i.operation, i.destination) for i in MENU_ITEMS if i.switch is None}
    four_g, _, smart, _ = BackupApp
    save, restore, _ = BackupOperation
    assert uncontrolled == {
        (four_g, save, Destination.SD_CARD),
        (four_g, restore, Destination.SD_CARD),
        (smart, save, Destination.DEVICE),
        (smart, save, Destination.SD_CARD),
        (smart, restore, Destination.DEVICE),
        (smart, restore, Destination.SD_CARD),
    }
    # Appendix 1, 2, 7, 8: 「…」は利用制御されません
    assert in_seed("※「SDカードにデータを保存」は利用制御されません")
    assert in_seed("※「SDカードからデータを復元」は利用制御されません")
    assert in_seed("※「本体」(または「SDカード」)は利用制御されません")


def test_sb1_save_and_restore_share_one_switch():
    # §1-3 ※1: 保存だけ利用可にしたり、読み込みだけを利用可にしたりすることはできません。
    assert BackupOperation.SAVE.switch is BackupOperation.RESTORE.switch is BackupSwitch.BACKUP
    assert BackupOperation.MIGRATION.switch is BackupSwitch.MIGRATION
    assert [s.label for s in BackupSwitch] == ["バックアップ機能", "電話帳移行機能"]


@pytest.mark.parametrize(
    ("app", "operation", "destination"),
    [
        ("iphone", "save", "sd_card"),
        ("windows10mobile", "restore", "device"),
        ("4g", "save", "device"),
        ("smartphone", "migration", "sd_card"),
    ],
)
def test_sb1_destinations_an_app_does_not_offer_are_refused(app, operation, destination):
    with pytest.raises(UnknownItem) as caught:
        check_app_operation(app, operation, ON_ON, destination=destination)
    assert caught.value.code == "backup.destination_not_offered"
    assert caught.value.field == "destination"


@pytest.mark.parametrize(
    ("text", "app"),
    [
        ("4g", BackupApp.FEATURE_PHONE_4G),
        ("iPhone", BackupApp.IPHONE),
        ("IPHONE", BackupApp.IPHONE),
        ("smartphone", BackupApp.SMARTPHONE),
        ("android", BackupApp.SMARTPHONE),
        ("w10m", BackupApp.WINDOWS_10_MOBILE),
        ("windows-10-mobile", BackupApp.WINDOWS_10_MOBILE),
        ("連絡先コピー (Windows 10 Mobile)", BackupApp.WINDOWS_10_MOBILE),
        (BackupApp.IPHONE, BackupApp.IPHONE),
    ],
)
def test_app_parse(text, app):
    assert BackupApp.parse(text) is app


@pytest.mark.parametrize(
    ("parse", "value", "code"),
    [
        (BackupApp.parse, "3g", "backup.unknown_app"),
        (BackupApp.parse, None, "backup.unknown_app"),
        (BackupOperation.parse, "delete", "backup.unknown_operation"),
        (Destination.parse, "cloud", "backup.unknown_destination"),
    ],
)
def test_parse_unknown_items(parse, value, code):
    with pytest.raises(UnknownItem) as caught:
        parse(value)
    assert caught.value.code == code
    assert "one of" in caught.value.expected


def test_operation_and_destination_parse_aliases():
    assert BackupOperation.parse("復元") is BackupOperation.RESTORE
    assert BackupOperation.parse("backup") is BackupOperation.SAVE
    assert BackupOperation.parse("電話帳移行機能") is BackupOperation.MIGRATION
    assert Destination.parse("SDカード") is Destination.SD_CARD
    assert Destination.parse("sd") is Destination.SD_CARD
    assert [d.label for d in Destination] == ["サーバー", "SDカード", "本体"]
    assert [d.controlled for d in Destination] == [True, False, False]


def test_menu_item_lookup():
    assert menu_item("smartphone", "restore", "device").label == "データの読み込み(復元)→本体"
    assert menu_item("4g", "restore", "sd_card").switch is None
    assert menu_item(BackupApp.IPHONE, BackupOperation.SAVE).switch is BackupSwitch.BACKUP


# -- SB-2: defaults by contract date ------------------------------------------------------------


def test_sb2_default_boundary_2017_05_09_and_10():
    assert default_settings(date(2017, 5, 9)) == BackupSettings(backup=False, migration=False)
    assert default_settings(date(2017, 5, 10)) == BackupSettings(backup=False, migration=True)
    assert default_settings(date(2000, 1, 1)) == OFF_OFF
    assert default_settings(date(2030, 1, 1)) == OFF_ON
    assert BackupSettings.default_for(date(2017, 5, 10)) == OFF_ON


def test_sb2_defaults_are_cited_rows_of_section_1_5():
    rows = [entry.citation.row for entry in DEFAULT_SETTINGS]
    assert rows == ["～2017/5/9", "2017/5/10～"]
    for row in rows:
        assert in_seed(row)
    assert {entry.citation.rule for entry in DEFAULT_SETTINGS} == {"SB-2"}


@given(dates())
def test_sb2_backup_is_never_on_by_default(day):
    settings = default_settings(day)
    assert settings.backup is False
    assert settings.migration is (day >= date(2017, 5, 10))


@pytest.mark.parametrize("value", [datetime(2017, 5, 10, 12, 0), "2017-05-10", None])
def test_sb2_contract_date_must_be_a_date(value):
    with pytest.raises(InvalidInput) as caught:
        default_settings(value)
    assert caught.value.code == "backup.not_a_date"


# -- settings value -----------------------------------------------------------------------------


def test_settings_str_and_all():
    assert str(OFF_ON) == "バックアップ機能× 電話帳移行機能○"
    assert BackupSettings.all() == (ON_ON, ON_OFF, OFF_ON, OFF_OFF)
    # The seed writes the states the same way in §1-6 (「… の設定状態で」).
    assert in_seed(f"{OFF_ON} の設定状態で")
    assert OFF_ON.is_on(BackupSwitch.MIGRATION)
    assert not OFF_ON.is_on(BackupSwitch.BACKUP)


@pytest.mark.parametrize("value", [1, 0, "on", None])
def test_settings_refuse_non_bool_switches(value):
    with pytest.raises(InvalidInput) as caught:
        BackupSettings(backup=value, migration=True)
    assert caught.value.code == "backup.bad_switch"
    with pytest.raises(InvalidInput):
        BackupSettings(backup=True, migration=value)


def test_check_refuses_settings_of_the_wrong_type():
    with pytest.raises(InvalidInput) as caught:
        check_app_operation("iphone", "save", (True, True))
    assert caught.value.code == "backup.bad_settings"


# -- the matrix, exhaustively ----------------------------------------------------------------


def expected_message(operation: BackupOperation, settings: BackupSettings) -> str | None:
    """The §1-6 table, written out independently of the code under test."""
    on = settings.backup if operation is not BackupOperation.MIGRATION else settings.migration
    if on:
        return None
    if not settings.backup and not settings.migration:
        return MSG_2105
    if operation is BackupOperation.MIGRATION:
        return MSG_MIGRATION_OFF
    return MSG_BACKUP_OFF


ALL_CASES = [
    (app, operation, settings)
    for app in BackupApp
    for operation in BackupOperation
    for settings in BackupSettings.all()
]


@pytest.mark.parametrize(("app", "operation", "settings"), ALL_CASES)
def test_sb3_every_app_operation_and_switch_state(app, operation, settings):
    decision = check_app_operation(app, operation, settings)
    message = expected_message(operation, settings)
    assert decision.allowed is (message is None)
    assert decision.message == message
    assert decision.error_code == (2105 if message == MSG_2105 else None)
    assert decision.destination is Destination.SERVER
    assert decision.menu_item == menu_item(app, operation).label
    if message is not None:
        assert in_seed(decision.message)
        assert decision.rules == ("SB-1", "SB-3")
        assert decision.title == ("エラー" if app is BackupApp.IPHONE else None)
    else:
        assert decision.rules == ("SB-1",)
        assert decision.title is None


@pytest.mark.parametrize(("app", "operation", "settings"), ALL_CASES)
def test_sb1_sd_card_and_device_are_never_controlled(app, operation, settings):
    for destination in (Destination.SD_CARD, Destination.DEVICE):
        try:
            decision = check_app_operation(app, operation, settings, destination=destination)
        except UnknownItem:
            continue  # the app offers no such item
        assert decision.allowed
        assert decision.reason is DecisionReason.UNCONTROLLED_DESTINATION
        assert decision.message is None


def test_the_help_desk_case_2105_on_iphone_restore():
    decision = check_app_operation("iphone", "restore", OFF_OFF)
    assert (decision.allowed, decision.error_code, decision.message) == (False, 2105, MSG_2105)
    assert str(decision) == (
        "not allowed: あんしんバックアップ(iPhone版) 「電話帳の読み込み(復元)」 with "
        "バックアップ機能× 電話帳移行機能× shows 「お使いの回線契約をご確認ください。2105」"
    )


def test_matrix_has_every_combination_in_order():
    table = matrix()
    assert isinstance(table, BackupMatrix)
    assert len(table) == 4 * 3 * 4
    assert sum(row.allowed for row in table) == 24
    assert [(r.app, r.operation, r.settings) for r in table] == ALL_CASES
    assert str(table) == (
        "48 combinations of app, menu item and switches: 24 allowed, 24 not allowed"
    )
    counts = {}
    for row in table:
        counts[row.message] = counts.get(row.message, 0) + 1
    assert counts == {None: 24, MSG_2105: 12, MSG_BACKUP_OFF: 8, MSG_MIGRATION_OFF: 4}
    assert table.rules == ("SB-1", "SB-3")
    assert {c.rule for c in table.citations} >= {"SB-1", "SB-3"}


def test_matrix_with_uncontrolled_items():
    table = matrix(include_uncontrolled=True)
    assert len(table) == 72
    extra = [row for row in table if not row.destination.controlled]
    assert len(extra) == 24
    assert all(row.allowed for row in extra)


def test_matrix_rows_are_flat_and_json_ready():
    rows = matrix().to_rows()
    assert rows[3] == {
        "app": "4g",
        "app_label": "あんしんバックアップ(4Gケータイ版)",
        "operation": "save",
        "destination": "server",
        "menu_item": "サーバーにデータを保存",
        "switch": "バックアップ機能",
        "backup": "×",
        "migration": "×",
        "allowed": False,
        "message": MSG_2105,
        "error_code": 2105,
    }
    json.dumps(rows, ensure_ascii=False)
    uncontrolled = matrix(include_uncontrolled=True).to_rows()
    assert any(row["switch"] is None for row in uncontrolled)


def test_matrix_markdown_shape():
    lines = matrix().to_markdown().splitlines()
    assert len(lines) == 2 + 12
    assert lines[4] == (
        "| あんしんバックアップ(4Gケータイ版) | 電話帳の移行 | 電話帳移行機能 | 利用可 | "
        f"{MSG_MIGRATION_OFF} | 利用可 | {MSG_2105} |"
    )
    with_sd = matrix(include_uncontrolled=True).to_markdown().splitlines()
    assert (
        "| あんしんバックアップ(4Gケータイ版) | SDカードにデータを保存 | 利用制御なし | 利用可 | "
        "利用可 | 利用可 | 利用可 |"
    ) in with_sd


def test_docs_page_shows_the_matrix_exactly():
    page = (ROOT / "docs" / "backup.md").read_text(encoding="utf-8")
    assert matrix().to_markdown() in page
    assert MSG_2105 in page


def test_matrix_explain():
    ja = matrix().explain("ja").splitlines()
    assert ja[2].endswith(f"利用不可, 「{MSG_BACKUP_OFF}」")
    assert ja[0].endswith(": 利用可")
    assert any(line.startswith("根拠: SB-3") for line in ja)
    with pytest.raises(InvalidInput) as caught:
        matrix().explain("fr")
    assert caught.value.code == "explain.bad_lang"


# -- SB-4: the 60-day limit ---------------------------------------------------------------------

CHANGED = date(2026, 1, 1)


def four_g_migration(today, changed=CHANGED, settings=OFF_ON):
    return check_app_operation(
        BackupApp.FEATURE_PHONE_4G,
        BackupOperation.MIGRATION,
        settings,
        today=today,
        model_changed_from_3g_on=changed,
    )


def test_sb4_day_60_is_usable_day_61_gives_2104():
    day_60 = CHANGED + timedelta(days=60)
    assert day_60 == date(2026, 3, 2)
    usable = four_g_migration(day_60)
    assert usable.allowed
    assert usable.usable_until == day_60
    assert usable.rules == ("SB-1", "SB-4")
    ended = four_g_migration(day_60 + timedelta(days=1))
    assert not ended.allowed
    assert ended.error_code == 2104
    assert ended.message == MSG_2104
    assert in_seed(ended.message)
    assert ended.reason is DecisionReason.MIGRATION_PERIOD_ENDED
    assert ended.rules == ("SB-1", "SB-4")
    assert ended.usable_until == date(2026, 3, 2)


def test_sb4_the_day_of_the_change_and_a_leap_year():
    assert four_g_migration(CHANGED).allowed
    assert four_g_migration(date(2024, 3, 1), changed=date(2024, 1, 1)).allowed  # 2024 leap
    assert not four_g_migration(date(2024, 3, 2), changed=date(2024, 1, 1)).allowed


def test_sb4_switches_are_checked_before_the_date():
    # Decision of telcobiz: with 電話帳移行機能 × the switch message wins over 2104.
    late = CHANGED + timedelta(days=100)
    assert four_g_migration(late, settings=OFF_OFF).error_code == 2105
    assert four_g_migration(late, settings=ON_OFF).message == MSG_MIGRATION_OFF
    assert four_g_migration(late, settings=ON_ON).error_code == 2104


def test_sb4_does_not_limit_other_apps_or_operations():
    late = CHANGED + timedelta(days=365)
    for app in (BackupApp.IPHONE, BackupApp.SMARTPHONE, BackupApp.WINDOWS_10_MOBILE):
        decision = check_app_operation(
            app, "migration", ON_ON, today=late, model_changed_from_3g_on=CHANGED
        )
        assert decision.allowed
        assert decision.usable_until is None
    save = check_app_operation("4g", "save", ON_ON, today=late, model_changed_from_3g_on=CHANGED)
    assert save.allowed
    assert save.usable_until is None


def test_sb4_needs_today_and_a_past_change():
    with pytest.raises(InvalidInput) as caught:
        four_g_migration(None)
    assert caught.value.code == "backup.today_required"
    with pytest.raises(OutOfRange) as caught:
        four_g_migration(CHANGED - timedelta(days=1))
    assert caught.value.code == "backup.change_after_today"
    with pytest.raises(InvalidInput) as caught:
        four_g_migration(datetime(2026, 1, 5, 10, 0))
    assert caught.value.code == "backup.not_a_date"
    with pytest.raises(InvalidInput) as caught:
        four_g_migration(date(2026, 1, 5), changed="2026-01-01")
    assert caught.value.code == "backup.not_a_date"


def test_sb4_without_a_change_date_there_is_no_limit():
    decision = check_app_operation("4g", "migration", OFF_ON, today=date(2030, 1, 1))
    assert decision.allowed
    assert decision.usable_until is None


# -- the decision value -------------------------------------------------------------------------


def test_decision_round_trips_through_the_converter():
    cases = [
        check_app_operation("iphone", "restore", OFF_OFF),
        check_app_operation("smartphone", "save", OFF_OFF, destination="device"),
        four_g_migration(date(2026, 3, 3)),
        four_g_migration(date(2026, 3, 2)),
    ]
    for decision in cases:
        data = unstructure(decision)
        json.dumps(data, ensure_ascii=False)
        assert structure(data, BackupDecision) == decision
    assert unstructure(cases[0])["error_code"] == 2105
    assert unstructure(cases[0])["reason"] == "both_switches_off"
    table = matrix()
    assert structure(unstructure(table), BackupMatrix) == table


def test_explain_in_both_languages():
    decision = check_app_operation("iphone", "save", OFF_ON)
    ja = decision.explain()
    assert ja.splitlines()[:6] == [
        "あんしんバックアップ(iPhone版) 「電話帳の保存(バックアップ)」（バックアップ機能）",
        "設定: バックアップ機能× 電話帳移行機能○",
        "結果: 利用不可",
        f"表示: {MSG_BACKUP_OFF}",
        "タイトル: エラー",
        "理由: バックアップ機能× 電話帳移行機能○ の設定状態で、"
        "バックアップ機能を利用しようとしたとき",
    ]
    assert (
        "根拠: SB-3: 法人コンシェルサイト あんしんバックアップ／連絡先コピー設定 利用マニュアル "
        "Ver.2.3 §1-6 row 2"
    ) in ja
    en = decision.explain("en")
    assert "outcome: not allowed" in en
    assert "dialog title: エラー" in en
    ended = four_g_migration(date(2026, 3, 3)).explain("en")
    assert "usable through: 2026-03-02" in ended
    allowed = check_app_operation("4g", "save", ON_OFF).explain("ja")
    assert "注意: " + bk.OUT_OF_SCOPE_NOTE in allowed
    assert in_seed(bk.OUT_OF_SCOPE_NOTE)
    with pytest.raises(InvalidInput):
        decision.explain("de")


def test_reason_descriptions():
    for reason in DecisionReason:
        assert reason.describe("en")
        assert reason.describe("ja")
    assert (
        DecisionReason.BOTH_SWITCHES_OFF.describe("ja")
        == APP_MESSAGES[DecisionReason.BOTH_SWITCHES_OFF].condition
    )
    assert DecisionReason.BOTH_SWITCHES_OFF.code == "backup.both_switches_off"


# -- validate / is_allowed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("app", "operation", "settings", "code", "message"),
    [
        ("4g", "save", OFF_OFF, "backup.both_switches_off", MSG_2105),
        ("smartphone", "restore", OFF_ON, "backup.backup_switch_off", MSG_BACKUP_OFF),
        ("windows10mobile", "migration", ON_OFF, "backup.migration_switch_off", MSG_MIGRATION_OFF),
    ],
)
def test_validate_raises_the_apps_message(app, operation, settings, code, message):
    with pytest.raises(RuleViolation) as caught:
        validate_app_operation(app, operation, settings)
    assert caught.value.code == code
    assert caught.value.message == message
    assert caught.value.field == "operation"


def test_validate_2104_and_the_allowed_case():
    with pytest.raises(RuleViolation) as caught:
        validate_app_operation(
            "4g", "migration", OFF_ON, today=date(2026, 3, 3), model_changed_from_3g_on=CHANGED
        )
    assert caught.value.code == "backup.migration_period_ended"
    assert caught.value.message == MSG_2104
    decision = validate_app_operation("iphone", "save", ON_OFF)
    assert decision.allowed
    assert is_app_operation_allowed("iphone", "save", ON_OFF)
    assert not is_app_operation_allowed("iphone", "save", OFF_ON)


# -- properties -----------------------------------------------------------------------------------


@given(menu_items(), backup_settings())
def test_allowed_exactly_when_the_switch_is_on_or_the_destination_uncontrolled(item, settings):
    decision = check_app_operation(item.app, item.operation, settings, destination=item.destination)
    expected = (not item.destination.controlled) or settings.is_on(item.operation.switch)
    assert decision.allowed is expected
    assert (decision.message is None) is decision.allowed
    assert (decision.error_code == 2105) is (
        item.destination.controlled and not settings.backup and not settings.migration
    )


@given(backup_settings(), st.integers(0, 400), dates(max_value=date(2099, 1, 1)))
def test_4g_migration_allowed_exactly_when_switch_on_and_inside_the_window(
    settings, days_after, changed
):
    today = changed + timedelta(days=days_after)
    decision = four_g_migration(today, changed=changed, settings=settings)
    assert decision.allowed is (settings.migration and days_after <= 60)
    if settings.migration and days_after > 60:
        assert decision.error_code == 2104
    assert decision.usable_until == changed + timedelta(days=60)


@given(menu_items(controlled=True), backup_settings())
def test_every_denial_shows_a_seed_message(item, settings):
    decision = check_app_operation(item.app, item.operation, settings)
    if not decision.allowed:
        assert in_seed(decision.message)
        assert decision.citations
