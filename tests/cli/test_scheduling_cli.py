"""`telcobiz leadtime|cancel|open` (MC-5..MC-8, DMP-7, SB-5 …): human text, --json, exit codes."""

import json

import pytest

from telcobiz.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_leadtime_message_cast_as_in_the_issue(capsys):
    code, out, err = run(
        capsys, "leadtime", "message-cast", "--accepted", "2026-11-02", "--items", "6,7"
    )
    lines = out.splitlines()
    assert (code, err) == (0, "")
    assert lines[0] == (
        "A change accepted on 2026-11-02 completes between 2026-11-17 and 2026-11-30 "
        "(item 7 governs)."
    )
    assert lines[1] == "start day (起算日, business day 1): 2026-11-04"


def test_leadtime_json_and_japanese(capsys):
    code, out, _ = run(
        capsys, "leadtime", "message-cast", "--accepted", "2026-11-02", "--items", "9, 13", "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert (data["earliest"], data["latest"], data["fee_applies"]) == (
        "2026-11-26",
        "2026-12-04",
        True,
    )
    assert (data["governs_earliest"], data["governs_latest"]) == ([9], [13])
    code, out, _ = run(
        capsys,
        "leadtime",
        "message-cast",
        "--accepted",
        "2026-12-28",
        "--items",
        "3",
        "--lang",
        "ja",
    )
    assert out.splitlines()[0] == "2026-12-28受付の変更は2027-02-01に完了します（最長: No.3）。"


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ("6,14", "item: got 14; expected change item numbers 1..13"),
        ("six", "items: got 'six'; expected comma-separated numbers such as 6,7"),
        (",", "items: got []; expected change item numbers 1..13"),
    ],
)
def test_leadtime_bad_items(capsys, items, message):
    code, out, err = run(
        capsys, "leadtime", "message-cast", "--accepted", "2026-11-02", "--items", items
    )
    assert (code, out) == (2, "")
    assert err.startswith(f"telcobiz: error: {message}")
    assert len(err.splitlines()) == 1


def test_leadtime_bad_date(capsys):
    code, _, err = run(
        capsys, "leadtime", "message-cast", "--accepted", "2026-11-31", "--items", "1"
    )
    assert code == 2
    assert "expected a date written YYYY-MM-DD" in err


def test_cancel_message_cast(capsys):
    code, out, _ = run(capsys, "cancel", "message-cast", "--received", "2026-11-10")
    assert code == 0
    assert out.splitlines()[0] == (
        "A cancellation received on 2026-11-10 ends service from 2027-01; "
        "2026-12 is the last billed month."
    )
    code, out, _ = run(capsys, "cancel", "message-cast", "--received", "2026-11-11", "--json")
    data = json.loads(out)
    assert (code, data["no_service_from"], data["last_billed_month"], data["by_cutoff"]) == (
        0,
        "2027-02",
        "2027-01",
        False,
    )
    code, out, _ = run(capsys, "cancel", "message-cast", "--received", "2026-11-11", "--lang", "ja")
    assert out.splitlines()[0] == (
        "2026-11-11受付の解約は2027-02ご利用分からの解約です（最終請求は2027-01ご利用分）。"
    )


def test_open_closed_on_saturday_exits_1(capsys):
    code, out, _ = run(
        capsys, "open", "--service", "message-cast-support", "--at", "2026-11-21T10:00"
    )
    assert code == 1
    assert out.splitlines()[0] == (
        "KDDI Message CastサポートWEB（対応） is closed at 2026-11-21 10:00 JST; "
        "it opens next at 2026-11-24 10:00 JST."
    )


def test_open_json_and_open_exit_0(capsys):
    code, out, _ = run(
        capsys,
        "open",
        "--service",
        "softbank-backup-acceptance",
        "--at",
        "2026-11-21T22:59",
        "--json",
    )
    data = json.loads(out)
    assert (code, data["open"], data["next_close"]) == (0, True, "2026-11-21T23:00:00+09:00")
    assert data["hours"]["citation"]["rule"] == "SB-5"
    # An offset is honoured: 14:00 UTC is 23:00 JST, closed.
    code, out, _ = run(
        capsys, "open", "--service", "softbank-backup-acceptance", "--at", "2026-11-21T14:00+00:00"
    )
    assert code == 1
    assert "it opens next at 2026-11-22 09:00 JST" in out


def test_open_without_at_uses_the_clock(capsys):
    code, out, _ = run(capsys, "open", "--service", "dmp-loss-phone", "--lang", "ja")
    assert code == 0  # 24/365
    assert "受付中です（終了時刻なし（24時間365日））" in out.splitlines()[0]


def test_open_unknown_service(capsys):
    code, out, err = run(capsys, "open", "--service", "nope", "--at", "2026-11-21T10:00")
    assert (code, out) == (2, "")
    assert "expected one of bos-corporate-center, cloud-autocall-support" in err


def test_open_bad_time(capsys):
    code, _, err = run(capsys, "open", "--service", "docomo-shop", "--at", "tomorrow")
    assert code == 2
    assert "YYYY-MM-DDTHH:MM" in err


def test_help_lists_the_services(capsys):
    assert main(["open", "--help"]) == 0
    out, _ = capsys.readouterr()
    lines = [line.split() for line in out.splitlines()]
    assert [
        "message-cast-support",
        "KDDI",
        "Message",
        "CastサポートWEB（対応）:",
        "平日（土日祝日・年末年始を除く）",
        "10:00–18:30",
        "JST",
    ] in lines
    assert [
        "dmp-inquiry-phone",
        "お問い合わせ対応（電話受付）:",
        "年末年始を除く毎日",
        "9:00–21:00",
        "JST",
    ] in lines
