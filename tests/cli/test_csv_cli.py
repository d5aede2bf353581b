"""``telcobiz csv validate|convert|diff`` (CAC-6, DBO-7): data on stdout, messages on stderr."""

import io
import json
import sys
from pathlib import Path

import pytest

from telcobiz.cli import main
from telcobiz.cli.csvfiles import Progress, _is_terminal

DETAIL_HEADER = (
    "ご利用電話番号,通話開始日時,通話開始時刻,着信電話番号,地域名,通話時間,内線区分,呼種別,通話料"
)
GOOD = "0120223335,2017/11/01,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00"
FORMULA = "0120223335,2017/11/01,201221.5,104,=1+1,3件,外線,番号案内,180"
USERS_HEADER = (
    "ビジネスdアカウントのID,ビジネスdアカウントの連絡先メールアドレス,"
    "ご利用者さまの氏名,ご利用者さまの電話番号"
)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def csv_file(tmp_path: Path, name: str, *lines: str, encoding="cp932", bom=False) -> str:
    path = tmp_path / name
    data = ("\ufeff" if bom else "") + "\r\n".join(lines) + "\r\n"
    path.write_bytes(data.encode(encoding))
    return str(path)


@pytest.fixture
def calls(tmp_path):
    return csv_file(tmp_path, "calls.csv", DETAIL_HEADER, GOOD, FORMULA)


@pytest.fixture
def bad_calls(tmp_path):
    return csv_file(tmp_path, "bad.csv", DETAIL_HEADER, GOOD, GOOD.replace("8.00", "1928.50"), "")


# -- validate ----------------------------------------------------------------------------------


def test_validate_a_good_file(capsys, calls):
    code, out, err = run(capsys, "csv", "validate", calls)
    assert code == 0
    assert (
        out.splitlines()[0]
        == "通話明細: 3 lines read (1 header, 2 records accepted, 0 lines rejected)."
    )
    assert err == ""


def test_validate_reports_rejected_lines_with_exit_1(capsys, bad_calls):
    code, out, _ = run(capsys, "csv", "validate", bad_calls)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "通話明細: 4 lines read (1 header, 1 record accepted, 2 lines rejected)."
    assert lines[1] == (
        "line 3, 通話料 (field 9): '1928.50' is 7 bytes in CP932; expected at most 6 bytes in CP932"
    )
    assert lines[2] == "line 4: blank line; expected a record of 9 fields"


def test_validate_json_lang_and_cap(capsys, bad_calls):
    code, out, _ = run(capsys, "csv", "validate", bad_calls, "--json", "--max-problems", "1")
    data = json.loads(out)
    assert code == 1
    assert (data["rejected"], len(data["problems"]), data["problems_omitted"]) == (2, 1, 1)
    assert data["problems"][0]["code"] == "csv.too_long"
    code, out, _ = run(capsys, "csv", "validate", bad_calls, "--lang", "ja")
    assert out.splitlines()[0] == "通話明細: 4行を読みました（ヘッダー1行、受理1件、不受理2行）。"


def test_validate_with_an_explicit_layout_and_encoding(capsys, tmp_path):
    path = csv_file(tmp_path, "utf8.csv", DETAIL_HEADER, GOOD, encoding="utf-8", bom=True)
    assert run(capsys, "csv", "validate", path)[0] == 0  # the BOM says UTF-8
    code, out, _ = run(capsys, "csv", "validate", path, "--encoding", "cp932")
    assert code == 1
    assert "read it with encoding='utf-8'" in out
    code, out, _ = run(capsys, "csv", "validate", path, "--layout", "docomo.user_list")
    assert code == 1
    assert out.startswith("利用者IDリスト:")


def test_validate_from_stdin(capsys, monkeypatch):
    data = (DETAIL_HEADER + "\r\n" + GOOD + "\r\n").encode("cp932")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert run(capsys, "csv", "validate", "-")[0] == 0


def test_bad_input_exits_2_with_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "csv", "validate", str(tmp_path / "missing.csv"))
    assert (code, out) == (2, "")
    assert err.startswith("telcobiz: error: file: cannot read")
    assert err.count("\n") == 1
    unknown = csv_file(tmp_path, "unknown.csv", "氏名,電話", "a,b")
    code, _, err = run(capsys, "csv", "validate", unknown)
    assert code == 2
    assert "expected the header record of one of:" in err
    code, _, err = run(capsys, "csv", "validate", unknown, "--encoding", "utf-16")
    assert code == 2


# -- convert ----------------------------------------------------------------------------------


def test_convert_to_json_lines(capsys, calls):
    code, out, err = run(capsys, "csv", "convert", calls, "--to", "jsonl")
    assert (code, err) == (0, "")
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["area"] == "東京"
    assert first["duration"] == {"tenths": 660}
    assert second["duration"] == {"count": 3}
    assert second["charge"] == "180"


def test_convert_to_utf8_csv_neutralises_formulas(capsys, calls):
    code, out, _ = run(capsys, "csv", "convert", calls, "--to", "csv")
    assert code == 0
    assert out.splitlines() == [DETAIL_HEADER, GOOD, FORMULA.replace("=1+1", "'=1+1")]
    code, out, _ = run(capsys, "csv", "convert", calls, "--to", "csv", "--keep-formulas")
    assert out.splitlines()[2] == FORMULA


def test_convert_strict_stops_at_the_first_bad_line(capsys, bad_calls):
    code, _, err = run(capsys, "csv", "convert", bad_calls, "--to", "csv")
    assert code == 2
    assert err == (
        "telcobiz: error: line 3, 通話料 (field 9): '1928.50' is 7 bytes in CP932;"
        " expected at most 6 bytes in CP932\n"
    )


def test_convert_collect_skips_and_lists_bad_lines(capsys, bad_calls):
    code, out, err = run(
        capsys, "csv", "convert", bad_calls, "--to", "jsonl", "--errors", "collect"
    )
    assert code == 1
    assert len(out.splitlines()) == 1
    assert err.splitlines() == [
        "telcobiz: line 3, 通話料 (field 9): '1928.50' is 7 bytes in CP932;"
        " expected at most 6 bytes in CP932",
        "telcobiz: line 4: blank line; expected a record of 9 fields",
    ]


def test_convert_many_lines(capsys, tmp_path):
    path = csv_file(tmp_path, "many.csv", DETAIL_HEADER, *[GOOD] * 2500)
    code, out, _ = run(capsys, "csv", "convert", path, "--to", "csv", "--progress", "never")
    assert code == 0
    assert out.count("\n") == 2501


# -- diff ---------------------------------------------------------------------------------------


def test_diff_warns_before_an_upload_deletes_users(capsys, tmp_path):
    current = csv_file(
        tmp_path,
        "current.csv",
        USERS_HEADER,
        "taro01,taro@example.co.jp,山田 太郎,090-1234-5678",
        "np03,np03@example.jp,,",
    )
    uploaded = csv_file(
        tmp_path,
        "uploaded.csv",
        USERS_HEADER,
        "np03,np03@example.jp,,",
        "hanako02,hanako@example.co.jp,佐藤 花子,",
        encoding="utf-8",
        bom=True,
    )
    code, out, _ = run(capsys, "csv", "diff", current, uploaded)
    assert code == 1
    assert out.splitlines()[:4] == [
        "This upload: 1 added, 1 deleted, 0 changed, 1 unchanged.",
        "warning: Registered users missing from the upload would be deleted.",
        "add: hanako02 (hanako@example.co.jp)",
        "delete: taro01 (taro@example.co.jp)",
    ]
    code, out, _ = run(capsys, "csv", "diff", current, current, "--json")
    assert code == 0
    assert json.loads(out)["unchanged"] == 2
    empty = csv_file(tmp_path, "empty.csv", USERS_HEADER)
    code, out, _ = run(capsys, "csv", "diff", current, empty, "--lang", "ja")
    assert code == 1
    assert "警告: 登録済みの利用者が全員削除されます。" in out


def test_diff_of_a_broken_list_is_bad_input(capsys, tmp_path):
    current = csv_file(tmp_path, "current.csv", USERS_HEADER, "taro01,not-an-email,,")
    code, out, err = run(capsys, "csv", "diff", current, current)
    assert (code, out) == (2, "")
    assert "line 2, ビジネスdアカウントの連絡先メールアドレス (field 2)" in err


# -- the progress bar ------------------------------------------------------------------------------


def test_progress_appears_only_after_a_second():
    ticks = iter([0.0, 0.5, 1.5, 1.55, 2.0])
    out = io.StringIO()
    bar = Progress(2_000_000, stream=out, clock=lambda: next(ticks), enabled=True)
    bar.update(100)  # 0.5 s: nothing yet
    assert out.getvalue() == ""
    bar.update(1_000_000)  # 1.5 s: drawn
    bar.update(1_500_000)  # 1.55 s: too soon to redraw
    bar.update(2_000_000)  # 2.0 s
    drawn = out.getvalue().split("\r")
    assert drawn[1].startswith("[###############---------------]  50% 1.0/2.0 MB")
    assert drawn[2].startswith("[##############################] 100% 2.0/2.0 MB")
    bar.finish()
    assert out.getvalue().endswith("\r")


def test_progress_without_a_size_or_a_terminal():
    ticks = iter([0.0, 3.0])
    out = io.StringIO()
    bar = Progress(None, stream=out, clock=lambda: next(ticks), enabled=True)
    bar.update(3_000_000)
    assert "3.0 MB" in out.getvalue()
    quiet = Progress(10, stream=io.StringIO())
    assert not quiet.enabled  # a StringIO is not a terminal
    quiet.update(5)
    quiet.finish()
    assert not _is_terminal(io.StringIO())


def test_progress_always_on_the_command_line(capsys, calls):
    code, _, err = run(capsys, "csv", "validate", calls, "--progress", "always")
    assert code == 0
    assert err == ""  # the file took less than a second


@pytest.mark.parametrize("given", ["-1", "x", "1.5"])
def test_max_problems_must_be_a_count(capsys, tmp_path, given):
    path = tmp_path / "summary.csv"
    path.write_bytes(
        "ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n".encode("cp932")
    )
    assert main(["csv", "validate", str(path), "--max-problems", given]) == 2
    assert capsys.readouterr().err == (
        f"telcobiz: error: --max-problems: got '{given}'; expected a whole number of 0 or more\n"
    )


# -- issue 15: validate warns where convert would refuse; --normalise ----------------------------

LONG_FORMULA = GOOD.replace("東京", "=" + "ア" * 9 + "x")  # 20 bytes; 21 with the '


def test_validate_warns_of_a_formula_convert_would_refuse(capsys, tmp_path):
    path = csv_file(tmp_path, "formula.csv", DETAIL_HEADER, GOOD, LONG_FORMULA)
    code, out, _ = run(capsys, "csv", "validate", path)
    assert code == 0  # the file is valid as it is
    assert (
        "warning: line 3, 地域名 (field 5): '=アアアアアアアアアx' starts a formula: written with"
        " the ' that neutralises it, it would be 21 bytes in CP932" in out
    )
    code, _, err = run(capsys, "csv", "convert", path, "--to", "csv")
    assert code == 2
    assert "csv.formula_too_long" not in err  # one line, the message
    assert "--keep-formulas" in err
    assert err.startswith("telcobiz: error: line 3, 地域名 (field 5):")
    code, out, _ = run(capsys, "csv", "convert", path, "--to", "csv", "--keep-formulas")
    assert (code, out.splitlines()[2]) == (0, LONG_FORMULA)


def test_convert_normalise_lists_each_change(capsys, tmp_path):
    path = csv_file(
        tmp_path, "wave.csv", DETAIL_HEADER, GOOD.replace("東京", "東京〜大阪"), encoding="utf-8"
    )
    code, out, err = run(capsys, "csv", "validate", path, "--encoding", "utf-8")
    assert code == 1
    assert "write '～' (U+FF5E) instead" in out
    users = csv_file(
        tmp_path, "users.csv", USERS_HEADER, "id01,a@example.jp,10〜20,", encoding="utf-8"
    )
    code, out, err = run(capsys, "csv", "convert", users, "--to", "csv", "--encoding", "utf-8")
    assert (code, out.splitlines()[1]) == (0, "id01,a@example.jp,10〜20,")  # UTF-8 holds it
    code, out, err = run(
        capsys, "csv", "convert", users, "--to", "csv", "--encoding", "utf-8", "--normalise"
    )
    assert (code, out.splitlines()[1]) == (0, "id01,a@example.jp,10～20,")
    assert err == (
        "telcobiz: line 2, ご利用者さまの氏名 (field 3): '10〜20' written as '10～20'"
        " (〜 U+301C as ～ U+FF5E)\n"
    )
