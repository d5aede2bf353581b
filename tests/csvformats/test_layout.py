"""The layout engine as a whole (CAC-6): layouts as data, round trips, and a fuzz test.

Properties: ``b"".join(write(read(b))) == b`` for canonical files; ``read(write(r)) == r``;
every line of any input ends as exactly one record or one rejected line, and only
``TelcobizError`` ever comes out.
"""

from datetime import date, time
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telcobiz import InvalidInput, TelcobizError, Yen
from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.core.conversion import from_json, structure, to_json, unstructure
from telcobiz.csvformats import (
    CALL_DETAIL,
    LAYOUTS,
    USAGE_SUMMARY,
    USER_LIST,
    CallCount,
    CallDetail,
    CallDuration,
    DocomoUser,
    Field,
    FieldType,
    HeaderTitle,
    Layout,
    LineKind,
    detect_layout,
    layout_named,
    read,
    sniff_encoding,
    write,
)
from telcobiz.csvformats.layout import normalise_title, record_type_check
from telcobiz.csvformats.reader import RecordStream
from telcobiz.testing import (
    call_details,
    cp932_texts,
    csv_files,
    docomo_users,
    usage_summaries,
)

_CITE = Citation(RULEBOOK, "CAC-6", rule="CAC-6")


class Pair(NamedTuple):
    code: str
    amount: Yen


def _pair_layout(record_type=Pair, header=(("コード", 6), ("金額", 4))):
    return Layout(
        name="demo.pair",
        title="デモ",
        header=tuple(HeaderTitle(title, length, _CITE) for title, length in header),
        fields=(
            Field("code", "コード", 6, FieldType.TEXT, _CITE),
            Field("amount", "金額", 8, FieldType.AMOUNT, _CITE),
        ),
        record_type=record_type,
        checks=(),
        rules=("CAC-6",),
        citations=(_CITE,),
    )


# -- layouts as data -----------------------------------------------------------------------------


def test_the_cac6_header_titles_are_exactly_their_lengths():
    for layout in (USAGE_SUMMARY, CALL_DETAIL):
        for title in layout.header:
            assert len(title.title.encode("cp932")) == title.length, title


def test_the_cac6_data_lengths():
    assert [(f.title, f.length) for f in USAGE_SUMMARY.fields] == [
        ("ご利用電話番号", 13),
        ("合計料金", 12),
        ("国内通話", 12),
        ("国際通話", 12),
        ("au通話", 12),
        ("その他移動体", 12),  # cut off in the source; 12 like the others (Decision)
    ]
    assert [(f.title, f.length, f.kind) for f in CALL_DETAIL.fields] == [
        ("ご利用電話番号", 13, FieldType.PHONE_NUMBER),
        ("通話開始日付", 10, FieldType.DATE),
        ("通話開始時刻", 10, FieldType.TIME),
        ("着信電話番号", 21, FieldType.PHONE_NUMBER),
        ("地域名", 20, FieldType.TEXT),
        ("通話時間", 10, FieldType.DURATION_OR_COUNT),
        ("内線区分", 4, FieldType.LINE_KIND),
        ("呼種別", 80, FieldType.TEXT),
        ("通話料", 6, FieldType.AMOUNT),
    ]
    assert all(field.citation.rule == "CAC-6" for field in CALL_DETAIL.fields)
    assert CALL_DETAIL.fields[7].citation.row == "データレコード 8"


def test_layout_definitions_are_checked():
    assert _pair_layout().titles == ("コード", "金額")
    for broken in (
        lambda: _pair_layout(header=(("コード", 6),)),
        lambda: _pair_layout(record_type=tuple),
        lambda: _pair_layout(header=(("コード", 6), ("金額の合計", 4))),
    ):
        with pytest.raises(InvalidInput) as caught:
            broken()
        assert caught.value.code == "csv.bad_layout"


def test_a_layout_of_ones_own_reads_and_writes():
    layout = _pair_layout()
    data = "コード,金額\r\nA1,-1.5\r\n".encode("cp932")
    records = list(read(data, layout))
    assert records == [Pair("A1", Yen("-1.5"))]
    assert b"".join(write(records, layout)) == data
    assert repr(layout) == "<Layout demo.pair: デモ>"


class Code(NamedTuple):
    code: str


def test_one_field_layouts_and_amounts_without_a_length():
    one = Layout(
        name="demo.one",
        title="一列",
        header=(HeaderTitle("コード", None, _CITE),),
        fields=(Field("code", "コード", None, FieldType.TEXT, _CITE),),
        record_type=Code,
        checks=(),
        rules=(),
        citations=(),
    )
    data = "コード\r\nA\r\nB\r\n".encode("cp932")
    assert list(read(data, one)) == [Code("A"), Code("B")]
    assert b"".join(write([Code("A"), Code("B")], one)) == data
    free = _with_amount_length(_pair_layout(), None)
    records = [Pair(f"C{n}", Yen(f"{n}.5")) for n in range(1500)]
    assert list(read(b"".join(write(records, free)), free)) == records


def _with_amount_length(layout, length):
    import attrs

    code, amount = layout.fields
    return attrs.evolve(layout, fields=(code, attrs.evolve(amount, length=length)))


def test_describe_draws_the_table():
    table = USAGE_SUMMARY.describe()
    assert table[4] == {
        "no": 5,
        "header": "ａｕ通話",
        "header_bytes": 8,
        "field": "au通話",
        "name": "au",
        "bytes": 12,
        "type": "amount",
        "required": True,
    }
    assert [row["required"] for row in USER_LIST.describe()] == [True, True, False, False]


def test_normalised_titles():
    assert normalise_title("ａｕ通話") == "au通話"
    assert USAGE_SUMMARY.normalised_titles[4] == "au通話"


def test_record_type_check():
    record_type_check(USER_LIST, [DocomoUser("a", "a@example.jp")])
    with pytest.raises(InvalidInput) as caught:
        record_type_check(USER_LIST, [("a", "a@example.jp")])
    assert caught.value.code == "csv.wrong_record"


# -- detecting a layout -------------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_detect_layout_from_the_header(layout):
    header = ",".join(layout.titles)
    assert detect_layout(header.encode("cp932") + b"\r\nmore") is layout
    assert detect_layout(b"\xef\xbb\xbf" + header.encode("utf-8")) is layout
    assert detect_layout(header + "\n") is layout
    assert detect_layout(bytearray(header.encode("cp932"))) is layout
    assert layout_named(layout.name) is layout


def test_detect_layout_is_nfkc_and_space_tolerant():
    assert (
        detect_layout("ご利用電話番号 ,合計料金,国内通話,国際通話,au通話,その他移動体")
        is USAGE_SUMMARY
    )
    assert (
        detect_layout(
            '"ビジネスｄアカウントのＩＤ",ビジネスdアカウントの連絡先メールアドレス,'
            "ご利用者さまの氏名,ご利用者さまの電話番号"
        )
        is USER_LIST
    )


def test_unknown_layouts():
    with pytest.raises(InvalidInput) as caught:
        detect_layout("氏名,電話")
    assert caught.value.code == "csv.unknown_layout"
    assert "通話明細 (ご利用電話番号,通話開始日時,…)" in str(caught.value)
    with pytest.raises(InvalidInput) as caught:
        detect_layout(None)
    assert caught.value.code == "csv.unknown_layout"
    with pytest.raises(InvalidInput) as caught:
        layout_named("cloud_autocall.bills")
    assert caught.value.code == "csv.unknown_layout"


def test_sniff_encoding():
    assert sniff_encoding(b"\xef\xbb\xbfabc") == "utf-8"
    assert sniff_encoding("ご利用電話番号".encode()) == "utf-8"
    assert sniff_encoding("ご利用電話番号".encode("cp932")) == "cp932"
    assert sniff_encoding(b"plain,ascii") == "cp932"


# -- JSON through the shared converter -----------------------------------------------------------


def test_records_to_json_and_back():
    record = CallDetail(
        "0120223335",
        date(2017, 11, 1),
        time(20, 12, 21, 500_000),
        "104",
        "番号案内",
        CallCount(3),
        LineKind.EXTERNAL,
        "番号案内",
        Yen("180"),
    )
    data = unstructure(record)
    assert data == {
        "phone_number": "0120223335",
        "call_date": "2017-11-01",
        "start_time": "20:12:21.500000",
        "called_number": "104",
        "area": "番号案内",
        "duration": {"count": 3},
        "line_kind": "外線",
        "call_type": "番号案内",
        "charge": "180",
    }
    assert structure(data, CallDetail) == record
    timed = record._replace(duration=CallDuration(660))
    assert from_json(to_json(timed), CallDetail) == timed
    user = DocomoUser("np01", "np01@example.jp")
    assert structure(unstructure(user), DocomoUser) == user


# -- round trips ----------------------------------------------------------------------------------


@settings(deadline=None)
@given(st.lists(call_details(), max_size=12))
def test_read_gives_back_what_write_wrote(records):
    data = b"".join(write(records, CALL_DETAIL, neutralise_formulas=False))
    assert list(read(data, CALL_DETAIL)) == records
    padded = b"".join(write(records, CALL_DETAIL, pad=True, neutralise_formulas=False))
    assert list(read(padded, CALL_DETAIL)) == records


@settings(deadline=None)
@given(st.lists(call_details(formula_safe=True), max_size=8))
def test_round_trip_with_the_default_neutralising(records):
    assert list(read(b"".join(write(records, CALL_DETAIL)), CALL_DETAIL)) == records


@settings(deadline=None)
@given(st.lists(usage_summaries(), max_size=8), st.lists(docomo_users(), max_size=8))
def test_round_trips_of_the_other_layouts(summaries, users):
    data = b"".join(write(summaries, USAGE_SUMMARY))
    assert list(read(data, USAGE_SUMMARY)) == summaries
    for encoding in ("cp932", "utf-8"):
        data = b"".join(write(users, USER_LIST, encoding=encoding, neutralise_formulas=False))
        assert list(read(data, USER_LIST, encoding=encoding)) == users


@pytest.mark.parametrize("layout", LAYOUTS)
@settings(deadline=None)
@given(data=st.data())
def test_canonical_files_survive_byte_for_byte(layout, data):
    original = data.draw(csv_files(layout, max_records=10))
    records = list(read(original, layout))
    assert b"".join(write(records, layout, neutralise_formulas=False)) == original


@settings(deadline=None)
@given(st.lists(call_details(), max_size=6))
def test_records_survive_json(records):
    assert [structure(unstructure(record), CallDetail) for record in records] == records


@settings(deadline=None)
@given(cp932_texts(max_bytes=20, min_size=0))
def test_empty_text_only_where_allowed(text):
    user = DocomoUser("id", "a@example.jp", text or None)
    data = b"".join(write([user], USER_LIST, neutralise_formulas=False))
    assert list(read(data, USER_LIST)) == [user]


# -- the fast path and the careful path agree ---------------------------------------------------

_NOISE = st.sampled_from(
    [
        b"",
        b" ",
        b",",
        b'"',
        b"\r",
        b"\n",
        b"\r\n",
        b"\x82",
        b"\xff",
        b"x",
        "件".encode("cp932"),
        "東".encode("cp932"),
        b"-",
        b".",
        b"0",
        b"9",
        b"\t",
        b"\x00",
    ]
)


@st.composite
def mutated_files(draw):
    """A valid 通話明細 file with a few bytes changed here and there."""
    data = bytearray(draw(csv_files(CALL_DETAIL, max_records=8)))
    for _ in range(draw(st.integers(0, 4))):
        position = draw(st.integers(0, len(data)))
        data[position : position + draw(st.integers(0, 2))] = draw(_NOISE)
    return bytes(data)


def _outcome(data, *, fast, **options):
    stream = RecordStream(data, CALL_DETAIL, errors="collect", **options)
    stream._fast = fast
    return list(stream), stream.report


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files())
def test_the_fast_path_agrees_with_the_careful_one(data):
    assert _outcome(data, fast=True) == _outcome(data, fast=False)
    text = data.decode("cp932", errors="replace")
    assert _outcome(text, fast=True) == _outcome(text, fast=False)


_DETAIL_HEAD = ",".join(CALL_DETAIL.titles) + "\r\n"
_DETAIL_LINE = "05012345678,2017/11/01,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00"


@pytest.mark.parametrize(
    "body",
    [
        # CAC-6 fast path: a CR and LF apart at the end of the last joint
        _DETAIL_LINE + "\r\n" + _DETAIL_LINE + "\r \n",
        # one line of one field and one of seventeen: the commas add up, the lines do not
        _DETAIL_LINE + "\r\nx\r\n" + _DETAIL_LINE + "," + _DETAIL_LINE + "\r\n",
        # a LF-only line among CRLF lines
        _DETAIL_LINE + "\n" + _DETAIL_LINE + "\r\r\n",
        _DETAIL_LINE + "\n" + _DETAIL_LINE + "\r\n\r",
        # nineteen fields with an empty tenth (two records' worth), then one and seven fields:
        # the fields and newlines add up, each line's end falls where a record's would
        _DETAIL_LINE
        + ",,"
        + _DETAIL_LINE
        + "\r\nx\r\n"
        + ",".join(_DETAIL_LINE.split(",")[:7])
        + "\r\n",
        # a LF without its CR inside a text value, the CR elsewhere, the field count made up
        ",".join(_DETAIL_LINE.split(",")[:5])
        + "\nx,000106.0,外線,国内呼\r,8.00,9,"
        + _DETAIL_LINE
        + "\r\n"
        + _DETAIL_LINE
        + "\r\n",
        # ten fields with an empty last one, then eight
        _DETAIL_LINE + ",\r\n" + ",".join(_DETAIL_LINE.split(",")[:8]) + "\r\n",
        _DETAIL_LINE + ",\n" + ",".join(_DETAIL_LINE.split(",")[:8]) + "\n",
        # an empty line between two records, and a record with an empty field
        _DETAIL_LINE + "\r\n\r\n" + _DETAIL_LINE + "\r\n",
        _DETAIL_LINE + "\r\n" + _DETAIL_LINE.replace("東京", "") + "\r\n",
        # times in the colon form, out of range, or with mixed separators
        _DETAIL_LINE + "\r\n" + _DETAIL_LINE.replace("201221.5", "20:12:21.5") + "\r\n",
        _DETAIL_LINE + "\r\n" + _DETAIL_LINE.replace("201221.5", "241221.5") + "\r\n",
        _DETAIL_LINE + "\r\n" + _DETAIL_LINE.replace("201221.5", "20:1221.5") + "\r\n",
        # phone numbers with hyphens at an end or doubled
        _DETAIL_LINE + "\r\n" + _DETAIL_LINE.replace("03-1234", "03--1234") + "\r\n",
        _DETAIL_LINE + "\r\n" + _DETAIL_LINE.replace("03-1234-5678", "-0312") + "\r\n",
        _DETAIL_LINE.replace("05012345678", "050123-") + "\r\n" + _DETAIL_LINE + "\r\n",
    ],
)
def test_the_fast_path_agrees_on_edge_cases_cac6(body):
    data = _DETAIL_HEAD + body
    for source in (data, data.encode("cp932")):
        assert _outcome(source, fast=True) == _outcome(source, fast=False)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files())
def test_utf8_reading_agrees_too(data):
    utf8 = data.decode("cp932", errors="replace").encode("utf-8")
    assert _outcome(utf8, fast=True, encoding="utf-8") == _outcome(
        utf8, fast=False, encoding="utf-8"
    )


# -- fuzz: arbitrary bytes ------------------------------------------------------------------------


def _physical_lines(data):
    return data.count(b"\n") + (0 if not data or data.endswith(b"\n") else 1)


@pytest.mark.parametrize("layout", LAYOUTS)
@settings(deadline=None)
@given(st.binary(max_size=600) | mutated_files())
def test_fuzz_only_telcobiz_errors_and_every_line_accounted_for(layout, data):
    stream = read(data, layout, errors="collect")
    records = list(stream)
    report = stream.report
    assert report.complete
    assert report.lines_read == _physical_lines(data)
    assert report.lines_read == report.header_lines + report.accepted + report.rejected
    assert len(records) == report.accepted
    assert all(isinstance(record, layout.record_type) for record in records)
    assert {problem.line for problem in report.problems} - {None} <= set(
        range(1, report.lines_read + 1)
    )
    assert report.ok == (not report.problems)
    if report.ok:
        assert list(read(data, layout)) == records
    else:  # strict stops at the first problem that collect lists
        with pytest.raises(TelcobizError) as caught:
            list(read(data, layout))
        assert caught.value.code == report.problems[0].code
    for encoding in ("utf-8", "shift_jis"):
        list(read(data, layout, encoding=encoding, errors="collect"))


@settings(deadline=None)
@given(st.text(max_size=300))
def test_fuzz_text(text):
    stream = read(text, CALL_DETAIL, errors="collect")
    list(stream)
    report = stream.report
    assert report.lines_read == report.header_lines + report.accepted + report.rejected


@settings(deadline=None)
@given(st.lists(st.binary(max_size=40) | st.text(max_size=40), max_size=8))
def test_fuzz_lines_given_one_by_one(items):
    stream = read(items, USER_LIST, errors="collect")
    list(stream)
    assert stream.report.lines_read == len(items)
    assert stream.report.lines_read == (
        stream.report.header_lines + stream.report.accepted + stream.report.rejected
    )
