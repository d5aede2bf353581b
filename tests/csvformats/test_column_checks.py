"""The fast reader's whole-column tests and splits: strict, never lenient (CAC-6)."""

import re
from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.csvformats.column_checks import phone_column, time_column
from telcobiz.csvformats.forms import PHONE_FORM
from telcobiz.csvformats.reader.split import _columns
from telcobiz.testing import tenths_times

_HHMMSS_S = re.compile(r"[0-9]{6}\.[0-9]")
_PHONE_ALPHABET = st.sampled_from("0123456789#*-x ,\n\r.東")
_TIME_ALPHABET = st.sampled_from("0123456789.:\n x")


def _phones():
    return st.lists(st.text(_PHONE_ALPHABET, max_size=24), min_size=1, max_size=6)


@pytest.mark.parametrize(
    ("column", "length", "expected"),
    [
        (["03-1234-5678", "0120444444", "#8000", "*67"], 13, True),
        (["0010123456789012345"], 21, True),  # international, no hyphens
        (["03-1234-5678"], 11, False),  # 12 bytes
        ([""], 13, False),
        (["-0312"], 13, False),
        (["0312-"], 13, False),
        (["03--12"], 13, False),
        (["03 1234"], 13, False),
        (["０３"], 13, False),  # full-width digits are not a phone number here
        (["0\n0"], 3, False),  # a line feed inside a value is no separator
    ],
)
def test_phone_column_cases(column, length, expected):
    assert phone_column(column, length) is expected


@given(_phones(), st.integers(1, 24))
def test_phone_column_is_never_lenient(column, length):
    if phone_column(column, length):
        assert all(re.fullmatch(PHONE_FORM, value) for value in column)
        assert max(map(len, column)) <= length


@given(st.lists(st.from_regex(PHONE_FORM, fullmatch=True).filter(str.isascii), min_size=1))
def test_phone_column_accepts_every_phone_number(column):
    assert phone_column(column, None)


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (["201221.5", "000000.0", "235959.9"], True),
        (["20:12:21.5"], False),  # the colon form is left to the regular expression
        (["201221"], False),
        (["2012215."], False),
        (["201221.55"], False),
        (["20122.15"], False),
        (["２01221.5"], False),
    ],
)
def test_time_column_cases(column, expected):
    assert time_column(column, 10) is expected


@given(st.lists(st.text(_TIME_ALPHABET, min_size=7, max_size=9), min_size=1, max_size=6))
def test_time_column_is_never_lenient(column):
    if time_column(column, 10):
        assert all(_HHMMSS_S.fullmatch(value) for value in column)


@given(st.lists(tenths_times(), min_size=1))
def test_time_column_accepts_every_time_written_hhmmss_s(times):
    column = [f"{t:%H%M%S}.{t.microsecond // 100_000}" for t in times]
    assert time_column(column, 10)
    assert time_column(column, 7) is False  # a field shorter than the form
    assert [time.fromisoformat(value) for value in column] == times


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_columns_split_lines_into_columns(newline):
    text = f"a,b,c{newline}d,e,f{newline}"
    expected = [["a", "d"], ["b", "e"], ["c", "f"]]
    assert _columns(text, 2, 3, all_required=True) == expected
    assert _columns(text, 2, 3, all_required=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a,b,c\r\nd,e,f\n",  # an LF line after a CRLF line
        "a,b,c\nd,e,f\r\n",  # a CRLF line after an LF line
        "a,b\rx,c\r\nd,e,f\r\n",  # a CR inside a value
        "a,b,c\nd,e\rx,f\n",
        "a,b,c\r\nd,e\nx,f\r\n",  # an LF inside a value
    ],
)
@pytest.mark.parametrize("all_required", [True, False])
def test_columns_refuse_line_ends_other_than_the_first(text, all_required):
    # The caller gives the number of LFs as the number of lines.
    assert _columns(text, text.count("\n"), 3, all_required=all_required) is None


@pytest.mark.parametrize(
    "text",
    [
        "a,b,c,d\r\ne,f\r\n",  # the fields add up, the lines do not
        "a,b,c\r\nd,e,f,g\r\n",
        "a,b,c,,d,e\r\nf\r\n",  # six fields with an empty fourth (two lines' worth), then one
    ],
)
def test_columns_with_other_field_counts(text):
    assert _columns(text, 2, 3, all_required=False) is None
    # The marked split leaves an empty value in some column, which a required field's
    # reader refuses: the lines are then read one by one.
    columns = _columns(text, 2, 3, all_required=True)
    assert columns is None or any("" in column for column in columns)
