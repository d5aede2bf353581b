"""`telcobiz backup check|matrix|defaults|request` (SB-1..SB-6, seed 002)."""

import json

import pytest

from telcobiz.cli import main
from telcobiz.policy.softbank_backup import matrix

MSG_2105 = "お使いの回線契約をご確認ください。2105"
MSG_BACKUP_OFF = "管理者によりご利用を制限されています。"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_the_issue_example(capsys):
    code, out, err = run(
        capsys, "backup", "check", "--app", "iphone", "--operation", "restore",
        "--backup", "off", "--migration", "on",
    )  # fmt: skip
    assert code == 1
    assert err == ""
    assert out == (
        "not allowed: あんしんバックアップ(iPhone版) 「電話帳の読み込み(復元)」 with "
        "バックアップ機能× 電話帳移行機能○\n"
        f"{MSG_BACKUP_OFF}\n"
    )


def test_check_allowed_exits_0(capsys):
    code, out, _ = run(
        capsys, "backup", "check", "--app", "w10m", "--operation", "save",
        "--backup", "○", "--migration", "×",
    )  # fmt: skip
    assert code == 0
    assert out == (
        "allowed: 連絡先コピー(Windows 10 Mobile) 「データの保存(バックアップ)」 with "
        "バックアップ機能○ 電話帳移行機能×\n"
    )


def test_check_json_is_the_decision(capsys):
    code, out, _ = run(
        capsys, "backup", "check", "--app", "4g", "--operation", "migration",
        "--backup", "off", "--migration", "off", "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 1
    assert data["allowed"] is False
    assert data["message"] == MSG_2105
    assert data["error_code"] == 2105
    assert data["reason"] == "both_switches_off"
    assert data["rules"] == ["SB-1", "SB-3"]
    assert data["citations"][1]["section"] == "§1-6"


def test_check_with_contract_date_defaults(capsys):
    # SB-2: a line contracted on 2017-05-09 has both switches off -> 2105.
    code, out, _ = run(
        capsys, "backup", "check", "--app", "smartphone", "--operation", "migration",
        "--contract-date", "2017-05-09",
    )  # fmt: skip
    assert (code, out.splitlines()[-1]) == (1, MSG_2105)
    # From 2017-05-10 migration is on by default.
    code, _, _ = run(
        capsys, "backup", "check", "--app", "smartphone", "--operation", "migration",
        "--contract-date", "2017-05-10",
    )  # fmt: skip
    assert code == 0
    # An explicit switch overrides the default.
    code, out, _ = run(
        capsys, "backup", "check", "--app", "smartphone", "--operation", "save",
        "--contract-date", "2017-05-10", "--backup", "on",
    )  # fmt: skip
    assert code == 0
    assert "バックアップ機能○ 電話帳移行機能○" in out


def test_check_the_60_day_limit_with_explain(capsys):
    argv = [
        "backup", "check", "--app", "4g", "--operation", "migration",
        "--backup", "off", "--migration", "on", "--model-changed-from-3g-on", "2026-01-01",
    ]  # fmt: skip
    code, _, _ = run(capsys, *argv, "--today", "2026-03-02")
    assert code == 0
    code, out, _ = run(capsys, *argv, "--today", "2026-03-03", "--explain", "--lang", "en")
    assert code == 1
    assert "usable through: 2026-03-02" in out
    assert "(エラーコード2104)" in out


def test_check_uncontrolled_destination(capsys):
    code, out, _ = run(
        capsys, "backup", "check", "--app", "smartphone", "--operation", "restore",
        "--backup", "off", "--migration", "off", "--destination", "device",
    )  # fmt: skip
    assert code == 0
    assert "「データの読み込み(復元)→本体」" in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--app", "3g", "--operation", "save", "--backup", "on", "--migration", "on"], "app:"),
        (["--app", "iphone", "--operation", "save", "--backup", "maybe", "--migration", "on"],
         "backup: got 'maybe'"),
        (["--app", "iphone", "--operation", "save", "--backup", "on"], "--contract-date"),
        (["--app", "iphone", "--operation", "save", "--contract-date", "2017-13-01"], "date:"),
        (["--app", "iphone", "--operation", "save", "--backup", "on", "--migration", "on",
          "--destination", "sd_card"], "destination:"),
        (["--app", "4g", "--operation", "migration", "--backup", "on", "--migration", "on",
          "--model-changed-from-3g-on", "2026-01-01"], "today:"),
    ],
)  # fmt: skip
def test_check_bad_input_exits_2(capsys, argv, fragment):
    code, out, err = run(capsys, "backup", "check", *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("telcobiz: error: ")
    assert fragment in err
    assert err.count("\n") == 1


def test_matrix_prints_the_table(capsys):
    code, out, _ = run(capsys, "backup", "matrix")
    assert code == 0
    assert out == matrix().to_markdown() + "\n"


def test_matrix_json_rows(capsys):
    code, out, _ = run(capsys, "backup", "matrix", "--json")
    rows = json.loads(out)
    assert code == 0
    assert len(rows) == 48
    assert rows == matrix().to_rows()
    code, out, _ = run(capsys, "backup", "matrix", "--json", "--include-uncontrolled")
    assert len(json.loads(out)) == 72


def test_defaults(capsys):
    assert run(capsys, "backup", "defaults", "2017-05-09") == (
        0,
        "バックアップ機能× 電話帳移行機能×\n",
        "",
    )
    code, out, _ = run(capsys, "backup", "defaults", "2017-05-10", "--json")
    assert (code, json.loads(out)) == (0, {"backup": False, "migration": True})


def test_request(capsys):
    code, out, _ = run(
        capsys, "backup", "request", "new_additional", "--event-date", "2026-11-24", "--lang", "en"
    )
    assert code == 0
    assert "- on the day of the event: yes, after a manual update" in out
    code, out, _ = run(capsys, "backup", "request", "model_change", "--json")
    data = json.loads(out)
    assert (code, data["any_time"], data["event"]) == (0, True, "model_change")
    code, _, err = run(capsys, "backup", "request", "transfer")
    assert code == 2
    assert "event:" in err


def test_backup_needs_a_verb(capsys):
    code, _, err = run(capsys, "backup")
    assert code == 2
    assert "required" in err


def test_an_unknown_operation_is_refused_before_the_switches(capsys):
    # No switch given either: the operation is what is wrong first.
    assert main(["backup", "check", "--app", "iphone", "--operation", "delete"]) == 2
    assert capsys.readouterr().err == (
        "telcobiz: error: operation: got 'delete'; expected one of save (保存(バックアップ)),"
        " restore (読み込み(復元)), migration (携帯電話から電話帳を読み込む機能)\n"
    )


def test_check_help_lists_the_allowed_values(capsys):
    assert main(["backup", "check", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--app APP one of 4g, iphone, smartphone, windows10mobile" in help_text
    assert "--operation OPERATION one of save, restore, migration" in help_text
    assert "--backup on|off バックアップ機能: on or off (also ○/×, yes/no" in help_text
    assert "--migration on|off 電話帳移行機能: on or off (also ○/×, yes/no" in help_text
    assert "one of server, sd_card, device (default server)" in help_text


def test_the_answer_is_english_by_default_and_japanese_on_request(capsys):
    argv = ["backup", "check", "--app", "iphone", "--operation", "restore"]
    argv += ["--backup", "off", "--migration", "on"]
    assert main([*argv, "--lang", "ja"]) == 1
    assert capsys.readouterr().out == (
        "利用不可: あんしんバックアップ(iPhone版) 「電話帳の読み込み(復元)」"
        "（バックアップ機能× 電話帳移行機能○）\n"
        "管理者によりご利用を制限されています。\n"
    )
    assert main([*argv, "--explain"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "outcome: not allowed" in lines
    assert "source: SB-3: [1] Appendix 利用規制時のエラー発生タイミング 4, 5" in lines
    assert (
        "[1] 法人コンシェルサイト あんしんバックアップ／連絡先コピー設定 利用マニュアル Ver.2.3"
        in lines
    )
