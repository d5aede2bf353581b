"""The Arrow route reads columns straight into arrays: the same table and report as records.

``iter_batches`` hands the fast path's checked columns to Arrow (amounts stay text until
Arrow makes them decimals; the summary's total check runs on the arrays), and a plain batch
is split by Arrow itself. The reference here is independent of that code: the records that
``read`` gives, turned into a table by ``pyarrow.Table.from_pylist(to_rows())``.
Files are built byte by byte (or drawn from ``telcobiz.testing`` and then broken).
"""

from datetime import time
from decimal import Decimal
from typing import NamedTuple

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telcobiz import TelcobizError, Yen
from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.csvformats import CALL_DETAIL, USAGE_SUMMARY, USER_LIST, read
from telcobiz.csvformats.arrow import arrow_schema, iter_batches
from telcobiz.csvformats.fields import Field, FieldType, HeaderTitle
from telcobiz.csvformats.layout import Layout
from telcobiz.csvformats.reader import batch as batch_module
from telcobiz.testing import csv_files

# Amount texts the form refuses or the decimal(18, 2) cannot hold, and some it accepts.
ODD_AMOUNTS = [
    b"007",
    b"+5",
    b"1e2",
    b".5",
    b"5.",
    b"8.125",
    b"-0",
    b"0.50",
    b"1234567890123",
    b"12345.6",  # one byte over 通話料's 6
    b"123456789.50",
    b"",
    b" 8",
    b"8 ",
    b"\x82\x57",  # ８, full-width
]


# 12 characters fit the summary's amounts, 13 do not.
LONG_AMOUNTS = [b"100000000000", b"1000000000000", b"-10000000000", b"-100000000000"]


def _by_records(data, layout, amount_scale=2):
    """The reference: records read by ``read``, made a table by pyarrow from plain rows."""
    stream = read(data, layout, errors="collect")
    rows = stream.to_rows()
    schema = arrow_schema(layout, amount_scale=amount_scale)
    try:
        table = pa.Table.from_pylist(rows, schema=schema)
    except pa.ArrowInvalid:
        table = None  # an amount with more places than the scale: the route must refuse it
    return table, stream.report


def _by_columns(data, layout, amount_scale=2, batch_size=65_536):
    batches = iter_batches(
        data, layout, errors="collect", amount_scale=amount_scale, batch_size=batch_size
    )
    try:
        table = pa.Table.from_batches(list(batches), schema=batches.schema)
    except TelcobizError as error:
        code = error.code
    else:
        return table, batches.report
    assert code == "csv.amount_does_not_fit"
    return None, None


def _same(data, layout, amount_scale=2):
    expected, report = _by_records(data, layout, amount_scale)
    table, got_report = _by_columns(data, layout, amount_scale)
    if expected is None:
        assert table is None
        return
    assert table is not None
    assert table.equals(expected), (table.to_pylist(), expected.to_pylist())
    assert got_report == report


@st.composite
def broken_files(draw, layout):
    """A canonical file of ``layout`` with some values odd, quoted or padded; CRLF or LF."""
    data = draw(csv_files(layout, max_records=12))
    lines = data.split(b"\r\n")
    for index in range(1, len(lines) - 1):
        change = draw(st.sampled_from(["none", "none", "amount", "total", "quote", "pad", "swap"]))
        fields = lines[index].split(b",")
        column = draw(st.integers(0, len(fields) - 1))
        if change == "amount":
            fields[column] = draw(st.sampled_from(ODD_AMOUNTS))
        elif change == "quote":
            fields[column] = b'"' + fields[column] + b'"'
        elif change == "pad":
            fields[column] += b"  "
        elif change == "total" and layout is USAGE_SUMMARY:
            # A total that adds up, so only the amount's own form or length can refuse it.
            fields[1] = fields[2] = draw(st.sampled_from([*ODD_AMOUNTS, *LONG_AMOUNTS]))
            fields[3:] = [b"0"] * len(fields[3:])
        elif change == "swap" and len(fields) > 2:
            fields[1], fields[2] = fields[2], fields[1]  # a summary total that no longer adds up
        lines[index] = b",".join(fields)
    return draw(st.sampled_from([b"\r\n", b"\n"])).join(lines)


_LAYOUTS = st.sampled_from([CALL_DETAIL, USAGE_SUMMARY, USER_LIST])


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=150)
@given(
    _LAYOUTS.flatmap(lambda layout: st.tuples(st.just(layout), broken_files(layout))),
    st.sampled_from([0, 2, 3]),
    st.booleans(),
)
def test_the_arrow_route_gives_the_table_and_report_of_the_records(
    layout_and_data, amount_scale, as_text
):
    layout, data = layout_and_data
    if as_text:
        try:
            data = data.decode("cp932")
        except UnicodeDecodeError:
            return
    _same(data, layout, amount_scale)


def _summary_line(number, total, *parts):
    return b",".join([f"050{10_000_000 + number}".encode(), total, *parts]) + b"\r\n"


def _summaries(count, changes=None):
    """電話番号別ご利用料金 of ``count`` numbers with distinct amounts, byte by byte."""
    head = ",".join(USAGE_SUMMARY.titles).encode("cp932") + b"\r\n"
    body = []
    for number in range(count):
        sen = number * 7 + 1
        home = f"{sen // 100}.{sen % 100:02d}".encode()
        body.append(_summary_line(number, home, home, b"0", b"0.00", b"0"))
    for number, line in (changes or {}).items():
        body[number] = line
    return head + b"".join(body)


@pytest.fixture
def columnar_splits(monkeypatch):
    """Per batch of the fast path: True when the Arrow split took it whole."""
    taken = []
    original = batch_module.BatchReader._columnar_split

    def spied(self, *args):
        made = original(self, *args)
        taken.append(made is not None)
        return made

    monkeypatch.setattr(batch_module.BatchReader, "_columnar_split", spied)
    return taken


def test_a_clean_summary_is_split_by_arrow_batch_after_batch(columnar_splits):
    data = _summaries(5_000)
    table = read(data, USAGE_SUMMARY).to_arrow()
    assert table.num_rows == 5_000
    assert len(columnar_splits) == 3  # 5,000 lines of about 40 bytes: three 64 KiB batches
    assert all(columnar_splits)
    # Line 4,001 is number 4,000: 4000 * 7 + 1 = 28001 sen.
    assert table.column("total")[4_000].as_py() == Decimal("280.01")
    assert table.column("phone_number")[4_000].as_py() == "05010004000"
    assert pa.compute.sum(table.column("international")).as_py() == Decimal("0.00")


def test_a_broken_total_declines_its_batch_and_is_rejected_at_its_line(columnar_splits):
    changes = {
        2_500: _summary_line(2_500, b"9.00", b"8.00", b"0", b"0", b"0"),
        4_000: _summary_line(4_000, b"8", b"+8", b"0", b"0", b"0"),
    }
    data = _summaries(5_000, changes)
    batches = iter_batches(data, USAGE_SUMMARY, errors="collect", batch_size=1_000)
    table = pa.Table.from_batches(list(batches))
    assert columnar_splits.count(False) == 2
    assert table.num_rows == 4_998
    assert [(problem.line, problem.code) for problem in batches.report.problems] == [
        (2_502, "cloud_autocall.total_mismatch"),
        (4_002, "csv.bad_amount"),
    ]
    numbers = table.column("phone_number").to_pylist()
    assert "05010002500" not in numbers
    assert "05010004000" not in numbers
    assert numbers[2_500] == "05010002501"  # the rows after a rejected line stay in order
    assert [
        batch.num_rows
        for batch in iter_batches(data, USAGE_SUMMARY, errors="collect", batch_size=1_000)
    ] == [1_000] * 4 + [998]
    _same(data, USAGE_SUMMARY)


def test_an_amount_one_byte_too_long_is_rejected_on_the_arrow_split(columnar_splits):
    long = b"1000000000000"  # 13 bytes; 合計料金 holds 12
    data = _summaries(3_000, {1_000: _summary_line(1_000, long, long, b"0", b"0", b"0")})
    batches = iter_batches(data, USAGE_SUMMARY, errors="collect")
    assert pa.Table.from_batches(list(batches)).num_rows == 2_999
    problems = batches.report.problems
    assert [(problem.line, problem.field, problem.code) for problem in problems] == [
        (1_002, "合計料金", "csv.too_long"),
        (1_002, "国内通話", "csv.too_long"),
    ]
    assert columnar_splits.count(False) == 1
    _same(data, USAGE_SUMMARY)


def test_a_quoted_or_padded_line_goes_the_usual_way_with_the_same_table(columnar_splits):
    changes = {
        100: b'"05010000100",7.01,7.01,0,0.00,0\r\n',
        3_000: b"05010003000,210.01 ,210.01,0,0.00,0\r\n",
    }
    data = _summaries(4_000, changes)
    table = read(data, USAGE_SUMMARY).to_arrow()
    assert table.column("phone_number")[100].as_py() == "05010000100"
    assert table.column("total")[3_000].as_py() == Decimal("210.01")
    # Of the three batches, the two with a quoted or a padded line never go to the Arrow split.
    assert columnar_splits == [True]
    _same(data, USAGE_SUMMARY)


def _details(files):
    """A 通話明細 of 3,000 calls (empty areas, 番号案内 counts, credits), byte by byte."""
    calls = []
    for number in range(3_000):
        kind = number % 4
        calls.append(
            files.call(
                start_time=f"20{number % 60:02d}{number % 59:02d}.{number % 10}",
                area=["東京", "", "番号案内", "ＩＰ電話"][kind],
                duration="3件" if kind == 2 else f"0001{number % 60:02d}.5",
                charge=f"-{number % 90}.50" if kind == 3 else f"{number % 900}.00",
            )
        )
    return files.detail(*calls)


def _users():
    """A 利用者IDリスト of 3,000 users, half without the optional name and phone."""
    head = ",".join(USER_LIST.titles).encode("cp932") + b"\r\n"
    body = []
    for number in range(3_000):
        user = f"u{number:06d}"
        name, phone = ("山田 太郎".encode("cp932"), f"090-1234-{number:04d}".encode())
        if number % 2:
            name = phone = b""
        body.append(b",".join([user.encode(), f"{user}@example.co.jp".encode(), name, phone]))
    return head + b"\r\n".join(body) + b"\r\n"


def test_a_large_call_detail_and_user_list_read_the_same_table(files):
    for data, layout in ((_details(files), CALL_DETAIL), (_users(), USER_LIST)):
        _same(data, layout)
        _same(data.replace(b"\r\n", b"\n"), layout)
        _same(data.decode("cp932"), layout)
    table = read(_details(files), CALL_DETAIL).to_arrow()
    assert table.column("area")[1].as_py() == ""
    assert table.column("duration_count")[2].as_py() == 3
    assert table.column("charge")[3].as_py() == Decimal("-3.50")


def test_a_stream_already_part_read_gives_its_remaining_records():
    data = _summaries(3_000)
    stream = read(data, USAGE_SUMMARY)
    first = next(stream)
    table = stream.to_arrow()
    assert first.phone_number == "05010000000"
    assert table.num_rows == 2_999
    assert table.column("phone_number")[0].as_py() == "05010000001"


def test_the_stream_given_to_the_arrow_route_yields_no_records_twice():
    stream = read(_summaries(2_000), USAGE_SUMMARY)
    table = stream.to_arrow()
    assert table.num_rows == 2_000
    assert list(stream) == []
    assert stream.report.accepted == 2_000
    assert stream.report.complete


def test_more_places_than_the_scale_is_still_an_error_on_the_arrow_split():
    data = _summaries(3_000, {2_000: _summary_line(2_000, b"1.125", b"1.125", b"0", b"0", b"0")})
    with pytest.raises(TelcobizError) as caught:
        read(data, USAGE_SUMMARY).to_arrow()
    assert caught.value.code == "csv.amount_does_not_fit"
    assert caught.value.value == Decimal("1.125")
    table = read(data, USAGE_SUMMARY).to_arrow(amount_scale=3)
    assert table.column("total")[2_000].as_py() == Decimal("1.125")


class _Charge(NamedTuple):
    phone_number: str
    name: str
    called_at: time
    charge: Yen


_RULE = Citation(RULEBOOK, "CAC-6")
# Every field required: a batch of plain lines goes to the Arrow split, text column and all.
CHARGES = Layout(
    name="test.charges",
    title="請求",
    header=tuple(HeaderTitle(title, None, _RULE) for title in ("電話番号", "氏名", "時刻", "金額")),
    fields=(
        Field("phone_number", "電話番号", 13, FieldType.PHONE_NUMBER, _RULE),
        Field("name", "氏名", 10, FieldType.TEXT, _RULE),
        Field("called_at", "時刻", 10, FieldType.TIME, _RULE),
        Field("charge", "金額", 8, FieldType.AMOUNT, _RULE),
    ),
    record_type=_Charge,
    checks=(),
    rules=("CAC-6",),
    citations=(_RULE,),
)


def _charges(changes=None):
    head = "電話番号,氏名,時刻,金額\r\n".encode("cp932")
    names = ["山田 太郎", "髙橋", "ｱｲｳｴｵ", "佐藤"]
    body = []
    for number in range(4_000):
        amount = f"{number % 997}.{number % 100:02d}"
        line = f"0312{number:06d},{names[number % 4]},{number % 24:02d}1221.5,{amount}\r\n"
        body.append(line.encode("cp932"))
    for number, line in (changes or {}).items():
        body[number] = line
    return head + b"".join(body)


def test_a_text_column_on_the_arrow_split_is_decoded_and_measured(columnar_splits):
    data = _charges()
    table = read(data, CHARGES).to_arrow()
    assert all(columnar_splits)
    assert table.column("name").to_pylist()[:4] == ["山田 太郎", "髙橋", "ｱｲｳｴｵ", "佐藤"]
    assert table.column("called_at")[1].as_py() == time(1, 12, 21, 500_000)
    assert table.column("charge")[998].as_py() == Decimal("1.98")
    _same(data, CHARGES)
    _same(data.decode("cp932"), CHARGES)


def test_a_name_one_byte_too_long_declines_its_batch_only(columnar_splits):
    # 山田太郎花子 is 12 bytes in CP932; 氏名 holds 10.
    data = _charges({2_000: "0312002000,山田太郎花子,001221.5,8.00\r\n".encode("cp932")})
    batches = iter_batches(data, CHARGES, errors="collect")
    assert pa.Table.from_batches(list(batches)).num_rows == 3_999
    assert [(problem.line, problem.code) for problem in batches.report.problems] == [
        (2_002, "csv.too_long")
    ]
    assert columnar_splits.count(False) == 1
    _same(data, CHARGES)


_FAULTS = [
    lambda number: _summary_line(number, b"9.00", b"8.00", b"0", b"0", b"0"),  # total
    lambda number: _summary_line(number, b"8", b"+8", b"0", b"0", b"0"),  # form
    lambda number: _summary_line(number, b"8", b"8", b"0", b"0", b"0")[:-2] + b",0\r\n",  # fields
    lambda number: f'"050{10_000_000 + number}",8,8,0,0,0\r\n'.encode(),  # quoted, fine
    lambda number: f"050{10_000_000 + number},8 ,8,0,0,0\r\n".encode(),  # padded, fine
]


@settings(max_examples=25, deadline=None)
@given(
    st.dictionaries(st.integers(0, 2_999), st.integers(0, len(_FAULTS) - 1), max_size=6),
    st.sampled_from([1, 7, 1_000, 65_536]),
)
def test_faults_anywhere_in_a_large_summary_give_the_table_of_the_records(faults, batch_size):
    data = _summaries(3_000, {number: _FAULTS[fault](number) for number, fault in faults.items()})
    expected, report = _by_records(data, USAGE_SUMMARY)
    batches = iter_batches(data, USAGE_SUMMARY, errors="collect", batch_size=batch_size)
    parts = list(batches)
    assert all(part.num_rows == batch_size for part in parts[:-1])
    assert pa.Table.from_batches(parts, schema=batches.schema).equals(expected)
    assert batches.report == report


def test_strict_raises_the_error_read_raises_at_the_same_line():
    data = _summaries(3_000, {1_700: _FAULTS[1](1_700)})
    with pytest.raises(TelcobizError) as by_records:
        list(read(data, USAGE_SUMMARY))
    with pytest.raises(TelcobizError) as by_columns:
        read(data, USAGE_SUMMARY).to_arrow()
    assert str(by_columns.value) == str(by_records.value)
    assert by_columns.value.code == "csv.bad_amount"
    assert "line 1702" in str(by_columns.value)
