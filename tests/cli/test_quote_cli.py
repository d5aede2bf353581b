"""`telcobiz quote`: a fleet's monthly bill from the shell (DMP-1..DMP-4, TAX-1, TAX-2)."""

import json

import pytest

from telcobiz import YearMonth, Yen
from telcobiz.cli import main
from telcobiz.core.conversion import structure
from telcobiz.pricing import LineKind, Projection, Quote

EXAMPLE = [
    "quote",
    "--android",
    "80",
    "--ios",
    "40",
    "--option",
    "android:backup",
    "--option",
    "all:message",
    "--start",
    "2026-11-05",
    "--month",
    "2026-12",
    "--basic-pack-ids",
    "50",
]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_issue_example_is_english_by_default(capsys):
    code, out, err = run(capsys, *EXAMPLE)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "KDDI Device Management Pack, billing month 2026-12 (prices before tax)"
    assert lines[3] == (
        "android  Basic service                       467円        80   37,360円  DMP-1"
    )
    assert lines[8] == (
        "(fleet)  Basic Pack                         -276円        50  -13,800円  DMP-3"
    )
    assert lines[11] == "         Total                                                 90,464円"


def test_citations_name_each_document_once(capsys):
    # Seed 000 §3.5.3/§3.5.4 is cited five times but its title is printed once, as [1].
    _, out, _ = run(capsys, *EXAMPLE)
    lines = out.splitlines()
    guide = (
        "KDDI ビジネスオンラインサポート および KDDI デバイスマネジメントパック"
        " 説明資料（管理者さま用） Ver 1.2.0"
    )
    assert sum(guide in line for line in lines) == 1
    assert (
        "  DMP-1: [1] §3.5.3 row KDDI デバイスマネジメントパック （基本サービス） 月額 467 円／台"
    ) in lines
    assert "  DMP-1: [2] DMP-1 Decision (billing month)" in lines
    assert "  DMP-3: [1] §3.5.4 row ベーシックパック併用 「467 円⇒191 円」" in lines
    assert "  TAX-1: [3] 第29条 (2012年法律第68号 改正, 2016年延期)" in lines
    assert "  TAX-2: [4] 第70条の10" in lines
    assert lines[-4] == f"[1] {guide}"
    assert lines[-2:] == ["[3] 消費税法", "[4] 消費税法施行令"]
    assert lines[-3].startswith("[2] ")  # the project's own Decisions


def test_the_issue_example_in_japanese(capsys):
    code, out, err = run(capsys, *EXAMPLE, "--lang", "ja")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "KDDI デバイスマネジメントパック 2026-12 ご利用分（税抜価格）"
    assert (
        lines[3] == "android   基本サービス                           467円    80   37,360円  DMP-1"
    )
    assert (
        lines[8] == "（全体）  ベーシックパック併用                  -276円    50  -13,800円  DMP-3"
    )
    assert lines[11] == "          合計                                                 90,464円"


def test_json_prints_the_quote(capsys):
    code, out, _ = run(capsys, *EXAMPLE, "--json")
    assert code == 0
    bill = structure(json.loads(out), Quote)
    assert (bill.month, bill.total, bill.basic_pack_applied) == (
        YearMonth(2026, 12),
        Yen(90_464),
        50,
    )


def test_months_prints_the_projection(capsys):
    code, out, _ = run(capsys, *EXAMPLE, "--months", "36")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "KDDI Device Management Pack, 2026-12 to 2029-11 (36 months, prices before tax)"
    )
    assert lines[3] == "2026-12      120  82,240円       10%  8,224円     90,464円"
    assert lines[39].split() == ["Total", "3,256,704円"]  # 36 × 90,464
    code, out, _ = run(capsys, *EXAMPLE, "--months", "36", "--json")
    run_ = structure(json.loads(out), Projection)
    assert (run_.months, run_.total) == (36, Yen(36 * 90_464))


def test_a_month_before_the_start_says_nothing_is_billed_and_why(capsys):
    # DMP-1 billing Decision: a group whose service starts after the billing month is not billed.
    argv = ["quote", "--ios", "40", "--android", "2", "--start", "2026-11-05"]
    code, out, err = run(capsys, *argv, "--month", "2026-10")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        "Nothing is billed for 2026-10: the service starts in 2026-11"
        " (android 2026-11-05, ios 2026-11-05), and fees are charged from the start month"
        " (DMP-1)."
    )
    assert "       Total                                                   0円" in out.splitlines()
    code, out, _ = run(capsys, *argv, "--month", "2026-08", "--months", "2", "--lang", "ja")
    assert out.splitlines()[0] == (
        "2026-08 to 2026-09 ご利用分の請求はありません: サービス開始は 2026-11"
        "（android 2026-11-05, ios 2026-11-05）で、料金は開始月から発生します（DMP-1）。"
    )
    # From the start month on, the bill speaks for itself.
    for month in ("2026-11", "2026-12"):
        _, out, _ = run(capsys, *argv, "--month", month)
        assert out.startswith("KDDI Device Management Pack, billing month")
    _, out, _ = run(capsys, *argv, "--month", "2026-10", "--months", "2")
    assert out.startswith("KDDI Device Management Pack, 2026-10 to 2026-11")


def test_month_defaults_to_the_start_month(capsys):
    code, out, _ = run(capsys, "quote", "--ios", "2", "--start", "2026-11-05", "--json")
    bill = structure(json.loads(out), Quote)
    assert (code, bill.month, bill.total) == (0, YearMonth(2026, 11), Yen(0))


def test_smart_value_lines(capsys):
    code, out, _ = run(
        capsys,
        "quote",
        "--android",
        "10",
        "--start",
        "2024-01-10",
        "--month",
        "2026-02",
        "--smart-value",
        "android:4980x10",
        "--smart-value-start",
        "2024-02",
        "--json",
    )
    bill = structure(json.loads(out), Quote)
    assert code == 0
    assert [line.amount for line in bill.lines if line.kind is LineKind.SMART_VALUE] == [
        Yen(-9_340)
    ]
    assert bill.total == Yen(49_643)
    code, out, _ = run(
        capsys,
        "quote",
        "--android",
        "1",
        "--start",
        "2024-01-10",
        "--smart-value",
        "android:1000",
        "--json",
    )
    bill = structure(json.loads(out), Quote)
    assert [line.amount for line in bill.lines if line.kind is LineKind.SMART_VALUE] == [
        Yen(-1_000)
    ]


def test_an_option_given_twice_is_charged_once(capsys):
    _, out, _ = run(
        capsys,
        "quote",
        "--android",
        "2",
        "--option",
        "android:backup",
        "--option",
        "all:backup",
        "--start",
        "2026-01-05",
        "--month",
        "2026-02",
        "--json",
    )
    bill = structure(json.loads(out), Quote)
    assert [line.amount for line in bill.lines] == [Yen(934), Yen(400)]


def test_other_carrier(capsys):
    code, _, err = run(
        capsys,
        "quote",
        "--android",
        "1",
        "--carrier",
        "other",
        "--start",
        "2024-01-10",
        "--smart-value",
        "android:1000",
    )
    assert code == 2
    assert "Smart Value for Business needs au" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--start", "2026-11-05"],
            "devices: no devices given; expected --android N and/or --ios N",
        ),
        (
            ["--android", "1", "--option", "backup", "--start", "2026-11-05"],
            "option: got 'backup'; expected OS:OPTION",
        ),
        (
            ["--android", "1", "--option", "ios:message", "--start", "2026-11-05"],
            "group 'ios': option メッセージ通知 (message_notification) needs the basic service",
        ),
        (
            ["--android", "1", "--ios", "1", "--option", "all:backup", "--start", "2026-11-05"],
            "group 'ios': option バックアップ (backup) is not offered for iOS",
        ),
        (
            ["--android", "1", "--option", "android:sms", "--start", "2026-11-05"],
            "option: got 'sms'",
        ),
        (["--android", "-1", "--start", "2026-11-05"], "group 'android': count: got -1"),
        (
            ["--android", "x", "--start", "2026-11-05"],
            "android: got 'x'; expected a whole number",
        ),
        (
            ["--android", "1", "--start", "2026-11-05", "--basic-pack-ids", "-5"],
            "basic_pack_ids: got -5",
        ),
        (["--android", "1", "--start", "2026-11-05", "--months", "0"], "months: got 0"),
        (
            ["--android", "1", "--start", "2026-11-05", "--smart-value", "android:abc"],
            "smart_value: got 'android:abc'; expected GROUP:CHARGE[xCOUNT]",
        ),
        (
            ["--android", "1", "--start", "2026-11-05", "--smart-value", "android:100x"],
            "smart_value: got 'android:100x'",
        ),
        (
            ["--android", "1", "--start", "2026-11-05", "--smart-value", "4980"],
            "smart_value: got '4980'",
        ),
        (
            ["--android", "1", "--start", "2026-11-05", "--smart-value", "ios:4980"],
            "group 'ios': Smart Value lines name a group the fleet does not have",
        ),
        (
            ["--android", "1", "--start", "2026-11-05", "--carrier", "docomo"],
            "carrier: got 'docomo'",
        ),
        (["--android", "1", "--start", "2014-03-05"], "price list: no value before 2014-04-01"),
        (["--android", "1", "--start", "2026-13-05"], "start: got '2026-13-05'"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, "quote", *argv)
    assert (code, out) == (2, "")
    assert err.startswith("telcobiz: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_help_shows_the_example(capsys):
    assert main(["quote", "--help"]) == 0
    out, _ = capsys.readouterr()
    assert "example: telcobiz quote --android 80 --ios 40" in out
