"""`telcobiz days` and the command line's shared behaviour (exit codes, --json, --version)."""

import json
import subprocess
import sys

import pytest

from telcobiz import __version__
from telcobiz.cli import build_parser, main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_days_add(capsys):
    assert run(capsys, "days", "add", "2026-11-02", "5") == (0, "2026-11-10\n", "")


def test_days_add_negative_and_json(capsys):
    code, out, _ = run(capsys, "days", "add", "2027-01-04", "-1", "--json")
    assert code == 0
    assert json.loads(out) == {"date": "2027-01-04", "n": -1, "result": "2026-12-28"}


def test_days_count(capsys):
    assert run(capsys, "days", "count", "2026-12-25", "2027-01-08") == (0, "6\n", "")
    code, out, _ = run(capsys, "days", "count", "2026-11-02", "2026-11-10", "--json")
    assert (code, json.loads(out)["business_days"]) == (0, 5)


def test_days_list(capsys):
    code, out, _ = run(capsys, "days", "list", "2026")
    lines = out.splitlines()
    assert code == 0
    assert "2026-09-22 (Tue): 祝日: 国民の休日" in lines
    assert "2026-12-31 (Thu): 年末年始: 年末年始" in lines
    assert lines[0] == "2026-01-01 (Thu): 祝日: 元日; 年末年始: 年末年始"
    code, out, _ = run(capsys, "days", "list", "2026", "--json")
    data = json.loads(out)
    assert {"date": "2026-11-03", "reasons": [{"kind": "holiday", "name": "文化の日"}]} in data
    assert len(data) == len(lines)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["days", "add", "2026-13-01", "5"], "expected a date written YYYY-MM-DD"),
        (["days", "add", "2026-11-02", "five"], "expected a whole number"),
        (["days", "add", "1969-12-31", "1"], "outside the supported calendar range"),
        (["days", "count", "2026-11-02", "tomorrow"], "expected a date written YYYY-MM-DD"),
        (["days", "list", "0"], "expected a year such as 2026"),
        (["days", "list", "1969"], "outside the supported calendar range"),
        (["days"], "required"),
        (["nonsense"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"telcobiz {__version__}"


def test_parser_lists_areas():
    assert "days" in build_parser().format_help()


def test_python_dash_m_runs_the_same_command_line():
    result = subprocess.run(
        [sys.executable, "-m", "telcobiz", "days", "add", "2026-11-02", "5"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "2026-11-10\n")


def test_a_bad_year_blames_the_year(capsys):
    code, _, err = run(capsys, "days", "list", "abc")
    assert (code, err) == (2, "telcobiz: error: year: got 'abc'; expected a year such as 2026\n")


def test_a_bad_count_blames_n_and_a_bad_end_the_end(capsys):
    code, _, err = run(capsys, "days", "add", "2026-11-02", "five")
    assert (code, err) == (2, "telcobiz: error: n: got 'five'; expected a whole number\n")
    code, _, err = run(capsys, "days", "count", "2026-11-02", "tomorrow")
    assert err == (
        "telcobiz: error: end: got 'tomorrow';"
        " expected a date written YYYY-MM-DD, e.g. 2026-11-02\n"
    )
