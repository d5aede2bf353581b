"""Bad input gives a TelcobizError whose message quotes at most 80 characters of it (issue 20)."""

import random

import pytest

from telcobiz import InvalidInput, TelcobizError
from telcobiz.csvformats import (
    CALL_DETAIL,
    LAYOUTS,
    USER_LIST,
    check_csv,
    detect_layout,
    layout_named,
    read,
    write,
)

BOUND = 80 + 200  # the quoted input, its length, and the words around it


def _messages(report):
    return [problem.message for problem in (*report.problems, *report.warnings)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_five_megabytes_of_nul_bytes(layout):
    data = b"\x00" * 5_242_880
    report = check_csv(data, layout)
    assert report.problems[0].code == "csv.line_too_long"
    assert all(len(message) < BOUND for message in _messages(report))
    # Under the line limit, the line is read: still a short message.
    head = ",".join(layout.titles).encode("cp932") + b"\r\n"
    report = check_csv(head + b"\x00" * 900_000 + b"\r\n", layout)
    assert not report.ok
    assert all(len(message) < BOUND for message in _messages(report))
    # A problem of the whole line keeps its first 80 characters, not 900,000 of them.
    assert all(len(problem.value) <= 81 for problem in report.problems)
    with pytest.raises(TelcobizError) as caught:
        detect_layout(b"\x00" * 5_242_880)
    assert len(str(caught.value)) < 400  # the known layouts are listed, the input is not


def test_a_random_binary_file():
    data = random.Random(20).randbytes(300_000)
    for layout in LAYOUTS:
        report = check_csv(data, layout)
        assert report.lines_read == report.header_lines + report.accepted + report.rejected
        assert all(len(message) < BOUND for message in _messages(report)), layout
        assert max(map(len, _messages(report))) < BOUND


def test_a_long_bad_value_is_cut_with_its_length():
    head = ",".join(USER_LIST.titles)
    line = "id," + "x" * 10_000 + ",,"  # an e-mail address of 10,000 characters, no @
    (problem,) = check_csv(f"{head}\n{line}\n", USER_LIST).problems
    assert problem.code == "csv.bad_email"
    assert problem.value == "x" * 10_000  # the value itself is kept
    assert problem.message.startswith(
        "line 2, ビジネスdアカウントの連絡先メールアドレス (field 2): got 'xxx"
    )
    assert "…' (10,000 characters); expected an e-mail address" in problem.message
    assert len(problem.message) < BOUND


@pytest.mark.parametrize("encoding", ["\x00", "\ud800", "nope", "x" * 100_000, 8, None])
def test_an_encoding_that_is_no_codec(encoding):
    with pytest.raises(InvalidInput) as caught:
        read(b"", CALL_DETAIL, encoding=encoding)
    assert caught.value.code == "csv.unknown_encoding"
    assert caught.value.expected == (
        "cp932 (the default, also MS932), shift_jis, euc_jp, utf-8 (or utf-8-sig) or ascii"
    )
    assert len(str(caught.value)) < BOUND
    with pytest.raises(InvalidInput):
        write([], CALL_DETAIL, encoding=encoding)


def test_an_encoding_that_cannot_be_split_before_decoding():
    with pytest.raises(InvalidInput) as caught:
        read(b"", CALL_DETAIL, encoding="utf-16")
    assert caught.value.code == "csv.unsupported_encoding"


@pytest.mark.parametrize(
    "call",
    [
        lambda: read(b"", CALL_DETAIL, errors="x" * 100_000),
        lambda: read(b"", CALL_DETAIL, max_problems="x" * 100_000),
        lambda: layout_named("x" * 100_000),
        lambda: read(b"", "x" * 100_000),
    ],
)
def test_other_arguments_are_quoted_short(call):
    with pytest.raises(TelcobizError) as caught:
        call()
    assert len(str(caught.value)) < 400
