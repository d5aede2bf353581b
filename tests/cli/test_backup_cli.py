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
