"""The command line's error contract (issue 20): one bounded line, exit 2 or 3, JSON on demand.

Exit codes: 0 yes / done, 1 the rule says no, 2 bad input or an unreadable file, 3 an internal
error of telcobiz. Every error is exactly one line on stderr, never a traceback.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.cli import days as days_cli
from telcobiz.cli import main
from telcobiz.cli._errors import MAX_MESSAGE, MAX_QUOTED, bounded_message, one_line, shorten
from telcobiz.core.errors import InvalidInput


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cli(*argv, env=None, stdin=""):
    """Run ``python -m telcobiz`` in a fresh process: what a user's shell sees."""
    return subprocess.run(
        [sys.executable, "-m", "telcobiz", *argv],
        capture_output=True,
        input=stdin.encode(),
        env={**os.environ, **(env or {})},
        check=False,
    )


# -- internal errors: exit 3, one line, --debug for the traceback ------------------------------


def _boom(*_args, **_kwargs):
    raise KeyError("354918.00")


def test_an_unexpected_exception_is_one_line_and_exit_3(capsys, monkeypatch):
    monkeypatch.setattr(days_cli, "BusinessCalendar", _boom)
    code, out, err = run(capsys, "days", "add", "2026-11-02", "5")
    assert (code, out) == (3, "")
    assert err == "telcobiz: internal error: KeyError: '354918.00' (please report)\n"


def test_an_internal_error_as_json(capsys, monkeypatch):
    monkeypatch.setattr(days_cli, "BusinessCalendar", _boom)
    code, _, err = run(capsys, "days", "add", "2026-11-02", "5", "--json")
    assert code == 3
    assert json.loads(err) == {
        "error": {
            "code": "cli.internal_error",
            "message": "internal error: KeyError: '354918.00' (please report)",
            "field": None,
        }
    }
    assert err.count("\n") == 1


@pytest.mark.parametrize("where", ["first", "last"])
def test_debug_shows_the_traceback_then_the_line(capsys, monkeypatch, where):
    monkeypatch.setattr(days_cli, "BusinessCalendar", _boom)
    argv = ["days", "add", "2026-11-02", "5"]
    argv = ["--debug", *argv] if where == "first" else [*argv, "--debug"]
    code, _, err = run(capsys, *argv)
    assert code == 3
    assert err.startswith("Traceback (most recent call last):\n")
    assert err.endswith("telcobiz: internal error: KeyError: '354918.00' (please report)\n")


def test_an_internal_error_with_an_empty_message(capsys, monkeypatch):
    def fails(*_args, **_kwargs):
        raise RuntimeError

    monkeypatch.setattr(days_cli, "BusinessCalendar", fails)
    code, _, err = run(capsys, "days", "count", "2026-11-02", "2026-11-09")
    assert (code, err) == (3, "telcobiz: internal error: RuntimeError (please report)\n")


# -- bad input as JSON ---------------------------------------------------------------------------


def test_bad_input_as_json_names_code_message_and_field(capsys):
    code, out, err = run(capsys, "days", "add", "2026-13-01", "5", "--json")
    assert (code, out) == (2, "")
    assert json.loads(err) == {
        "error": {
            "code": "cli.bad_date",
            "message": "date: got '2026-13-01';"
            " expected a date written YYYY-MM-DD, e.g. 2026-11-02",
            "field": "date",
        }
    }


def test_a_usage_error_as_json(capsys):
    code, _, err = run(capsys, "days", "add", "2026-11-02", "--json")
    assert code == 2
    assert json.loads(err) == {
        "error": {
            "code": "cli.usage",
            "message": "the following arguments are required: n (see telcobiz days add --help)",
            "field": None,
        }
    }


def test_a_usage_error_as_text(capsys):
    code, out, err = run(capsys, "quote", "--ios", "1")
    assert (code, out) == (2, "")
    assert err == (
        "telcobiz: error: the following arguments are required: --start"
        " (see telcobiz quote --help)\n"
    )


# -- bounded messages ----------------------------------------------------------------------------


def test_five_megabytes_of_nul_bytes_give_one_short_line(tmp_path):
    path = tmp_path / "zeros.csv"
    path.write_bytes(b"\x00" * 5_000_000)
    result = cli("csv", "validate", str(path))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.count("\n") == 1
    assert len(err) < MAX_MESSAGE + 30
    assert err.startswith("telcobiz: error: ")
    assert "Traceback" not in err


def test_a_binary_file_gives_one_short_line(tmp_path):
    path = tmp_path / "random.csv"
    # Bytes that are no CSV header, with every control character and invalid CP932 in them.
    path.write_bytes(bytes(range(256)) * 2_000)
    result = cli("csv", "validate", str(path), "--json")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.count("\n") == 1
    assert len(json.loads(err)["error"]["message"]) <= MAX_MESSAGE + 30


def test_a_long_argument_is_quoted_to_80_characters(capsys):
    code, _, err = run(capsys, "days", "add", "2" * 10_000, "5")
    assert code == 2
    assert err == (
        "telcobiz: error: date: got '" + "2" * MAX_QUOTED + "'… (9,920 more characters);"
        " expected a date written YYYY-MM-DD, e.g. 2026-11-02\n"
    )


def test_line_breaks_in_the_input_stay_on_one_line(capsys):
    code, _, err = run(capsys, "days", "list", "20\n26\r\x00")
    assert code == 2
    assert err == ("telcobiz: error: year: got '20\\n26\\r\\x00'; expected a year such as 2026\n")


@given(st.text(max_size=300))
def test_one_line_is_one_bounded_line(text):
    line = one_line(text)
    assert "\n" not in line
    assert "\r" not in line
    assert "\x00" not in line
    assert len(line) <= MAX_MESSAGE + len("… (000 more characters)")
    visible = [char for char in text if unicodedata.category(char)[0] not in "CZ" or char == " "]
    if len(text) <= MAX_MESSAGE // 10 and len(visible) == len(text):
        assert line == text  # short, printable text is never changed
    else:
        assert all(char in line for char in visible[:20])


@given(st.one_of(st.text(), st.binary()))
def test_shorten_quotes_at_most_80_characters_and_counts_the_rest(value):
    shown = shorten(value)
    if len(repr(value)) <= MAX_QUOTED + 3:
        assert shown == repr(value)
    else:
        quoted, _, rest = shown.partition("… (")
        assert len(quoted) <= MAX_QUOTED + 3  # the quotes (and b) around the escaped text
        kept = ast.literal_eval(quoted)
        assert value.startswith(kept)
        unit = "characters" if isinstance(value, str) else "bytes"
        assert rest == f"{len(value) - len(kept):,} more {unit})"


def test_a_date_in_a_library_message_reads_iso():
    from datetime import date

    error = InvalidInput.for_value("on", date(2026, 5, 1), "a date in the insurance year")
    assert bounded_message(error) == "on: got 2026-05-01; expected a date in the insurance year"


# -- unreadable files: exit 2, one line ----------------------------------------------------------


def test_a_read_error_after_opening_is_exit_2(capsys):
    code, _, err = run(capsys, "csv", "validate", "/proc/self/mem")
    assert code == 2
    assert err == (
        "telcobiz: error: file: cannot read '/proc/self/mem' (Input/output error);"
        " expected a readable file\n"
    )


def test_a_directory_is_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, "csv", "validate", str(tmp_path), "--json")
    assert code == 2
    assert json.loads(err)["error"] == {
        "code": "csv.unreadable_file",
        "message": f"file: cannot read {str(tmp_path)!r} (Is a directory);"
        " expected a readable file",
        "field": "file",
    }


def test_an_empty_fifo_is_exit_2(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"exec 3>'{fifo}'; exec 3>&-"])
    result = cli("csv", "validate", str(fifo))
    writer.wait(timeout=10)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1


def test_an_os_error_elsewhere_is_exit_2(capsys, monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device", "/tmp/x")

    monkeypatch.setattr(days_cli, "BusinessCalendar", full)
    code, _, err = run(capsys, "days", "add", "2026-11-02", "5")
    assert (code, err) == (
        2,
        "telcobiz: error: cannot read or write '/tmp/x': No space left on device\n",
    )


# -- the terminal's encoding ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["ascii", "utf-8"])
def test_output_never_crashes_on_the_terminal_encoding(encoding):
    # $'\xff' reaches Python as the lone surrogate U+DCFF, which no strict encoder takes.
    argv = [os.fsencode(sys.executable), b"-m", b"telcobiz", b"check", b"corporate-number"]
    result = subprocess.run(
        [*argv, b"\xff"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": encoding},
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == b""
    assert result.stdout.splitlines()[0] == b"corporate number \\udcff: 2 problems"


def test_japanese_on_an_ascii_terminal_is_escaped():
    result = cli(
        "quote",
        "--ios",
        "1",
        "--start",
        "2026-11-05",
        "--lang",
        "ja",
        env={"PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == (
        b"KDDI \\u30c7\\u30d0\\u30a4\\u30b9\\u30de\\u30cd\\u30b8\\u30e1\\u30f3\\u30c8"
        b"\\u30d1\\u30c3\\u30af 2026-11 \\u3054\\u5229\\u7528\\u5206"
        b"\\uff08\\u7a0e\\u629c\\u4fa1\\u683c\\uff09"
    )


def test_an_error_on_an_ascii_terminal_is_escaped():
    result = cli("days", "list", "二〇二六", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 2
    assert result.stderr == (
        b"telcobiz: error: year: got '\\u4e8c\\u3007\\u4e8c\\u516d'; expected a year such as 2026\n"
    )
