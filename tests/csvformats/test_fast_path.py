"""The fast paths decide line by line (reader) and column by column (writer), never a batch.

No timings here (benchmarks/csv.py measures): the tests count how many lines the careful path
reads and how many records the writer writes one by one, and check that the value caches
never lose a value they are about to return (issue 20), with files built byte by byte.
"""

import random
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telcobiz.csvformats import (
    CALL_DETAIL,
    USAGE_SUMMARY,
    USER_LIST,
    DocomoUser,
    read,
    write,
)
from telcobiz.csvformats import writer as writer_module
from telcobiz.csvformats.reader import RecordStream, columns, lines
from telcobiz.testing import call_details, docomo_users, usage_summaries

USER_HEAD = ",".join(USER_LIST.titles).encode("cp932") + b"\r\n"


@pytest.fixture
def careful_lines(monkeypatch):
    """The numbers of the lines the careful path reads."""
    numbers = []
    original = lines.LineReader.data_line

    def counted(self, line, number):
        numbers.append(number)
        return original(self, line, number)

    monkeypatch.setattr(lines.LineReader, "data_line", counted)
    return numbers


def _outcome(data, layout, *, fast, **options):
    stream = RecordStream(data, layout, errors="collect", **options)
    stream._fast = fast
    return list(stream), stream.report


def test_quoted_lines_are_read_with_the_others_a_broken_quote_alone_carefully(files, careful_lines):
    calls = [files.call(start_time=f"2012{second:02d}.5") for second in range(60)] * 40
    data = bytearray(files.detail(*calls))
    plain = files.line(*files.call(start_time="201230.5"))
    quoted = plain.replace("国内呼".encode("cp932"), '"国内呼,割引"'.encode("cp932"))
    broken = plain.replace("国内呼".encode("cp932"), '"国内呼'.encode("cp932"))
    first = data.index(plain)
    data[first : first + len(plain)] = quoted
    at = data.index(plain, len(data) // 2)
    data[at : at + len(plain)] = broken
    records, report = _outcome(bytes(data), CALL_DETAIL, fast=True)
    assert len(records) == 2399
    assert careful_lines == [data[:at].count(b"\n") + 1]
    assert [problem.code for problem in report.problems] == ["csv.quote"]
    assert sum(record.call_type == "国内呼,割引" for record in records) == 1
    assert (records, report) == _outcome(bytes(data), CALL_DETAIL, fast=False)


@pytest.mark.parametrize(
    "changes",
    [
        {"call_date": "2017/11/31"},  # a value the column reader refuses
        {"start_time": "241221.5"},  # an hour out of range
        {"charge": "8,00"},  # a field too many
        {"area": "東\x01京"},  # a control character
    ],
)
def test_one_odd_value_sends_one_line_to_the_careful_path(files, careful_lines, changes):
    calls = [files.call(start_time=f"2012{second:02d}.5") for second in range(60)] * 20
    calls[700] = files.call(**changes)
    data = files.detail(*calls)
    fast = _outcome(data, CALL_DETAIL, fast=True)
    assert careful_lines == [702]
    assert fast == _outcome(data, CALL_DETAIL, fast=False)


def test_a_broken_total_sends_its_line_only(files, careful_lines):
    body = [files.SUMMARY_HEADER + files.CRLF]
    for number in range(3000):
        cents = number * 7 + 1
        amount = f"{cents // 100}.{cents % 100:02d}"
        body.append(files.line(f"050{10_000_000 + number}", amount, amount, "0", "0.00", "0"))
    body[1500] = files.line("05012345678", "9.00", "8.00", "0", "0", "0")
    data = b"".join(body)
    records, report = _outcome(data, USAGE_SUMMARY, fast=True)
    assert len(records) == 2999
    assert [(problem.line, problem.code) for problem in report.problems] == [
        (1501, "cloud_autocall.total_mismatch")
    ]
    assert careful_lines[0] == 1501
    assert (records, report) == _outcome(data, USAGE_SUMMARY, fast=False)


def test_a_line_of_another_codec_that_does_not_decode(careful_lines):
    good = "np01,np01@example.jp,山田,090-1234-5678\r\n".encode()
    data = USER_HEAD.decode("cp932").encode() + good * 500 + b"np02,\xff@x.jp,,\r\n" + good * 500
    records, report = _outcome(data, USER_LIST, fast=True, encoding="utf-8")
    assert len(records) == 1000
    assert records[0].name == "山田"
    assert [(problem.line, problem.code) for problem in report.problems] == [
        (502, "csv.bad_encoding")
    ]
    assert careful_lines == [502]


def test_the_writer_writes_a_none_or_a_quoted_value_in_its_column_only(monkeypatch):
    written_one_by_one = []
    original = writer_module._line
    monkeypatch.setattr(
        writer_module,
        "_line",
        lambda record, *rest: written_one_by_one.append(record) or original(record, *rest),
    )
    users = [
        DocomoUser(f"u{n}", f"u{n}@example.jp", f"名{n}", "090-1234-5678") for n in range(3000)
    ]
    users[10] = users[10]._replace(name=None)
    users[1500] = users[1500]._replace(name='山田 "太郎", 営業')
    users[2900] = users[2900]._replace(name="=cmd")
    data = b"".join(write(users, USER_LIST))
    assert written_one_by_one == []
    assert data.split(b"\r\n")[11] == b"u10,u10@example.jp,,090-1234-5678"
    assert data.split(b"\r\n")[1501].split(b",", 2)[2] == (
        '"山田 ""太郎"", 営業",090-1234-5678'.encode("cp932")
    )
    assert b"\r\nu2900,u2900@example.jp,'=cmd," in data
    assert list(read(data, USER_LIST)) == [
        user._replace(name="'=cmd") if user.name == "=cmd" else user for user in users
    ]


# -- issue 20: the value caches keep what they return -------------------------------------------


def test_the_cache_refills_with_the_column_it_is_about_to_return(monkeypatch):
    monkeypatch.setattr(columns, "_CACHE_LIMIT", 3)
    parsed = []
    cache = columns._Cache(lambda raw: parsed.append(raw) or int(raw))
    assert cache(["1", "2"]) == (1, 2)
    # "1" was cached; "3" and "4" overfill it: it starts again with the whole column.
    assert cache(["1", "3", "4"]) == (1, 3, 4)
    assert sorted(cache.values) == ["1", "3", "4"]
    assert cache(["1"]) == (1,)


def test_100000_distinct_amounts_read_back(files):
    # issue 20: KeyError: '354918.00' once the cache of a mostly-zero column overflowed.
    rng = random.Random(20)
    body = [files.SUMMARY_HEADER + files.CRLF]
    for number in range(100_000):
        # distinct, but for the odd repeat: a hit in a cache about to overflow
        domestic = 354_918_00 + (number if number % 50 else number // 2)
        international = rng.randrange(10**6) if number % 10 == 0 else 0
        total = domestic + international
        body.append(
            f"050{10_000_000 + number},{total // 100}.{total % 100:02d},"
            f"{domestic // 100}.{domestic % 100:02d},{international // 100}."
            f"{international % 100:02d},0.00,0.00\r\n".encode("ascii")
        )
    records = list(read(b"".join(body), USAGE_SUMMARY))
    assert len(records) == 100_000
    assert str(records[0].domestic.amount) == "354918.00"
    assert len({record.international for record in records}) > 1 << 13


def test_80000_distinct_optional_names_and_phones_read_back():
    # issue 20: the optional columns of the user list lost their cache the same way.
    body = [USER_HEAD]
    for number in range(200_000):
        if number % 5 < 2:
            name = f"利用者{number}".encode("cp932")
            phone = b"090-%04d-%04d" % divmod(number, 10_000)
        else:
            name = phone = b""
        body.append(b"id%d,u%d@example.jp,%s,%s\r\n" % (number, number, name, phone))
    users = list(read(b"".join(body), USER_LIST))
    assert len(users) == 200_000
    assert sum(user.name is None for user in users) == 120_000
    assert (users[199_996].name, users[199_996].phone_number) == ("利用者199996", "090-0019-9996")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=40)
@given(
    st.lists(call_details(), max_size=30),
    st.lists(usage_summaries(), max_size=30),
    st.lists(docomo_users(), max_size=30),
    st.integers(1, 4),
)
def test_a_file_the_library_wrote_always_reads_back(calls, summaries, users, limit):
    # Tiny caches overflow at every batch: nothing may be lost when they start again.
    with mock.patch.object(columns, "_CACHE_LIMIT", limit):
        for records, layout in (
            (calls, CALL_DETAIL),
            (summaries, USAGE_SUMMARY),
            (users, USER_LIST),
        ):
            data = b"".join(write(records, layout, neutralise_formulas=False))
            assert list(read(data, layout)) == records
            assert list(read(data.decode("cp932"), layout)) == records


@st.composite
def quoted_files(draw, layout=CALL_DETAIL):
    """A canonical file of ``layout`` with some fields quoted, as other exporters write them.

    Lines end in CRLF or, for some files, LF.
    """
    from telcobiz.testing import csv_files

    data = draw(csv_files(layout, max_records=12))
    lines = data.split(b"\r\n")
    for index in range(1, len(lines) - 1):
        if not draw(st.booleans()):
            continue
        fields = lines[index].split(b",")
        column = draw(st.integers(0, len(fields) - 1))
        inside = fields[column] + draw(st.sampled_from([b"", b",", b'""', b" ", b"x", b'"']))
        fields[column] = b'"' + inside + b'"' + draw(st.sampled_from([b"", b" ", b"x"]))
        lines[index] = b",".join(fields)
    return draw(st.sampled_from([b"\r\n", b"\n"])).join(lines)


_LAYOUTS = st.sampled_from([CALL_DETAIL, USAGE_SUMMARY, USER_LIST])


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LAYOUTS.flatmap(lambda layout: st.tuples(st.just(layout), quoted_files(layout))))
def test_quoted_lines_read_the_same_on_both_paths(layout_and_data):
    layout, data = layout_and_data
    assert _outcome(data, layout, fast=True) == _outcome(data, layout, fast=False)
    text = data.decode("cp932")
    assert _outcome(text, layout, fast=True) == _outcome(text, layout, fast=False)


@pytest.mark.parametrize("newline", [b"\r\n", b"\n"])
def test_a_quoted_line_leaves_the_rest_of_its_batch_on_the_whole_column_split(
    files, newline, monkeypatch
):
    """Only a line that holds a quote is split on its own; the batch is not read line by line."""
    from telcobiz.csvformats.reader import batch

    calls = [files.call(start_time=f"2012{second:02d}.5") for second in range(60)] * 20
    data = files.detail(*calls).replace(b"\r\n", newline)
    plain = files.line(*files.call(start_time="201230.5")).replace(b"\r\n", newline)
    at = data.index(plain, len(data) // 3)
    quoted = plain.replace("国内呼".encode("cp932"), '"国内呼 "'.encode("cp932"))
    data = data[:at] + quoted + data[at + len(plain) :]
    batches_read_line_by_line = []
    original = batch.BatchReader._line_by_line

    def line_by_line(self, data, *args, **options):
        batches_read_line_by_line.append(data)
        return original(self, data, *args, **options)

    monkeypatch.setattr(batch.BatchReader, "_line_by_line", line_by_line)
    stream = read(data, CALL_DETAIL)
    records = list(stream)
    assert stream.report.ok
    assert len(records) == 1200
    assert batches_read_line_by_line == []
    assert records[data[:at].count(b"\n") - 1].call_type == "国内呼"
    assert records == list(read(data.replace(quoted, plain), CALL_DETAIL))
