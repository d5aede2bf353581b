"""Reading CAC-6 files line by line and in bulk: every line ends as a record or a reported error.

Seed 003 ■ダウンロードファイル(CSVファイル)のファイルレイアウト: lengths in CP932 bytes,
「※右半角スペースはトリミング」; RULES.md CAC-6 Decisions (CRLF, padded files read, header NFKC).
"""

import io
import pickle
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import TelcobizError, Yen
from telcobiz.core.conversion import structure, unstructure
from telcobiz.csvformats import (
    CALL_DETAIL,
    USAGE_SUMMARY,
    CallCount,
    CallDetail,
    CallDuration,
    CsvFormatError,
    LineKind,
    ReadReport,
    check_csv,
    is_valid_csv,
    read,
    validate_csv,
)
from telcobiz.csvformats.reader import RecordStream
from telcobiz.csvformats.reader import source as source_module


def collect(data, layout=CALL_DETAIL, **options):
    stream = read(data, layout, errors="collect", **options)
    records = list(stream)
    return records, stream.report


def slow(data, layout=CALL_DETAIL, **options):
    stream = RecordStream(data, layout, errors="collect", **options)
    stream._fast = False
    return list(stream), stream.report


def codes(report):
    return [(problem.line, problem.field, problem.code) for problem in report.problems]


# -- the seed's file ------------------------------------------------------------------------------


def test_seed_call_details_read_into_typed_records(detail_file):
    records, report = collect(detail_file)
    assert report.ok
    assert (report.lines_read, report.header_lines, report.accepted, report.rejected) == (
        8,
        1,
        7,
        0,
    )
    first = records[0]
    assert first == CallDetail(
        "0120223335",
        date(2017, 11, 1),
        time(20, 12, 21, 500_000),
        "03-1234-5678",
        "東京",
        CallDuration(660),
        LineKind.EXTERNAL,
        "国内呼",
        Yen("8.00"),
    )
    # ご利用金額合計 56.00円 for the seven calls.
    assert Yen.sum(record.charge for record in records) == Yen("56.00")
    assert [str(record.duration) for record in records][4:6] == ["00:00:10.0", "00:00:33.2"]


def test_slow_and_fast_paths_agree_on_the_seed(detail_file):
    assert slow(detail_file)[0] == collect(detail_file)[0]


def test_padded_fields_read_the_same_cac6(files):
    # A fixed-width variant: every field padded with half-width spaces to its length.
    padded = files.detail(
        (
            "0120223335   ",
            "2017/11/01",
            "201221.5  ",
            "03-1234-5678         ",
            "東京" + " " * 16,
            "000106.0  ",
            "外線",
            "国内呼" + " " * 74,
            "8.00  ",
        )
    )
    assert collect(padded)[0] == collect(files.detail(files.call()))[0]
    assert slow(padded)[0] == collect(padded)[0]


def test_only_trailing_half_width_spaces_are_trimmed(files):
    records, report = collect(files.detail(files.call(area=" 東京　")))
    assert report.ok
    assert records[0].area == " 東京　"  # leading space and full-width space are data


# -- line endings, BOM, blank lines, quotes -------------------------------------------------------


def test_lf_crlf_and_a_last_line_without_newline(files):
    lines = [files.DETAIL_HEADER, *(files.line(*files.call())[:-2] for _ in range(3))]
    for data in (
        b"\n".join(lines) + b"\n",
        b"\r\n".join(lines),
        lines[0] + b"\n" + lines[1] + b"\r\n" + lines[2] + b"\n" + lines[3],
    ):
        records, report = collect(data)
        assert report.ok, report.problems
        assert len(records) == 3


def test_blank_lines_are_reported_with_their_numbers(files):
    data = files.detail(files.call()) + b"\r\n" + files.line(*files.call()) + b"\n"
    records, report = collect(data)
    assert len(records) == 2
    assert codes(report) == [(3, None, "csv.blank_line"), (5, None, "csv.blank_line")]
    assert report.lines_read == 5 == report.header_lines + report.accepted + report.rejected


def test_a_utf8_bom_in_a_cp932_read_is_reported(files):
    data = b"\xef\xbb\xbf" + files.detail(files.call())
    records, report = collect(data)
    assert codes(report) == [(1, None, "csv.bom")]
    assert "read it with encoding='utf-8'" in report.problems[0].message
    assert len(records) == 1  # the data lines still read


def test_utf8_with_or_without_bom(files):
    text = files.detail(files.call()).decode("cp932")
    for data in (text.encode("utf-8"), "\ufeff".encode() + text.encode("utf-8")):
        records, report = collect(data, encoding="utf-8")
        assert report.ok
        assert records == collect(files.detail(files.call()))[0]
    assert collect("\ufeff" + text)[1].ok  # a decoded BOM in text is dropped too


def test_utf16_is_reported(files):
    data = files.detail(files.call()).decode("cp932").encode("utf-16")
    _, report = collect(data)
    assert report.problems[0].code == "csv.utf16"


def test_quoted_fields_are_unquoted(files):
    data = (
        files.DETAIL_HEADER
        + b"\r\n"
        + files.line(*files.call(area='"東京"', call_type='"国内""呼"'))
    )
    records, report = collect(data)
    assert report.ok
    assert (records[0].area, records[0].call_type) == ("東京", '国内"呼')
    line = '"0120223335","2017/11/01",201221.5,"03-1234-5678","東京,大阪",000106.0,外線,国内呼,8.00'
    quoted = files.DETAIL_HEADER + b"\r\n" + line.encode("cp932")
    records, report = collect(quoted)
    assert records[0].area == "東京,大阪"


@pytest.mark.parametrize(
    ("area", "detail"),
    [
        ('"東京', "opens a quote that is never closed"),
        ('東"京', "quote inside an unquoted value"),
        ('"東京"x', "text after its closing quote"),
    ],
)
def test_malformed_quotes_are_reported(files, area, detail):
    _, report = collect(files.detail(files.call(area=area)))
    assert codes(report) == [(2, None, "csv.quote")]
    assert detail in report.problems[0].message


# -- the header -------------------------------------------------------------------------------


def test_header_matches_after_nfkc_cac6(files):
    half_width_au = "ご利用電話番号,合計料金,国内通話,国際通話,au通話,その他移動体\r\n".encode(
        "cp932"
    )
    assert check_csv(half_width_au, USAGE_SUMMARY).ok
    padded = b",".join(title.ljust(14) for title in files.SUMMARY_HEADER.split(b",")) + b"\r\n"
    assert check_csv(padded, USAGE_SUMMARY).ok


def test_a_missing_header_is_reported_on_line_1(files):
    data = files.line(*files.call()) + files.line(*files.call())
    records, report = collect(data)
    assert codes(report) == [(1, None, "csv.missing_header")]
    assert len(records) == 1
    with pytest.raises(CsvFormatError) as caught:
        list(read(data, CALL_DETAIL))
    assert (caught.value.code, caught.value.line) == ("csv.missing_header", 1)


def test_a_wrong_header_names_the_first_difference(files):
    header = files.DETAIL_HEADER.replace("地域名".encode("cp932"), "地域".encode("cp932"))
    _, report = collect(files.detail(files.call(), header=header + b"\r\n"))
    assert codes(report) == [(1, None, "csv.wrong_header")]
    assert "title 5 is '地域', not '地域名'" in report.problems[0].message
    _, report = collect("ご利用電話番号,通話開始日時\r\n".encode("cp932"))
    assert "2 titles, not 9" in report.problems[0].message
    _, report = collect(b"\r\n")
    assert codes(report) == [(1, None, "csv.wrong_header")]
    _, report = collect(b'"a\r\n')
    assert codes(report) == [(1, None, "csv.wrong_header")]


def test_undecodable_header_bytes():
    _, report = collect(b"\x82\xff,b\r\n")
    assert codes(report) == [(1, "header", "csv.bad_encoding")]


def test_empty_input_has_no_header():
    records, report = collect(b"")
    assert records == []
    assert codes(report) == [(None, None, "csv.empty")]
    assert not report.ok
    assert report.lines_read == report.rejected == 0
    with pytest.raises(CsvFormatError) as caught:
        validate_csv(b"", CALL_DETAIL)
    assert caught.value.line is None
    assert str(caught.value).startswith("the input: the input is empty; expected the header record")


def test_header_only_file_is_fine(files):
    records, report = collect(files.DETAIL_HEADER)
    assert records == []
    assert report.ok
    assert report.lines_read == 1


# -- every error path, with its line number ------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"phone_number": "0120-22333５"}, "ご利用電話番号", "csv.bad_phone"),
        ({"phone_number": "01202233351234"}, "ご利用電話番号", "csv.too_long"),  # 14 > 13
        ({"call_date": "2017/11/31"}, "通話開始日付", "csv.bad_date"),
        ({"start_time": "2012215"}, "通話開始時刻", "csv.bad_time"),
        ({"called_number": "0011441234567890123456"}, "着信電話番号", "csv.too_long"),  # 22 > 21
        ({"area": "京都府京都市左京区北区"}, "地域名", "csv.too_long"),  # 22 > 20
        ({"call_type": ""}, "呼種別", "csv.required"),  # only 地域名 may be empty (CAC-6)
        ({"call_date": ""}, "通話開始日付", "csv.required"),
        ({"call_date": "2017/11\x0101"}, "通話開始日付", "csv.control_character"),
        ({"area": "東\x01京"}, "地域名", "csv.control_character"),
        ({"duration": "1分6秒"}, "通話時間", "csv.bad_duration_or_count"),
        ({"duration": "03件"}, "通話時間", "csv.bad_count"),
        ({"line_kind": "外"}, "内線区分", "csv.bad_line_kind"),
        ({"call_type": "国" * 41}, "呼種別", "csv.too_long"),  # 82 > 80
        ({"charge": "1928.50"}, "通話料", "csv.too_long"),  # 7 > 6
        ({"charge": "8,00"}, None, "csv.field_count"),
        ({"charge": "8.0.0"}, "通話料", "csv.bad_amount"),
    ],
)
def test_each_field_error_names_line_field_and_value(files, changes, field, code):
    data = files.detail(files.call(), files.call(), files.call(**changes), files.call())
    records, report = collect(data)
    assert len(records) == 3
    assert codes(report) == [(4, field, code)]
    assert (report.lines_read, report.accepted, report.rejected) == (5, 3, 1)
    assert slow(data) == (records, report)
    with pytest.raises(CsvFormatError) as caught:
        list(read(data, CALL_DETAIL))
    assert (caught.value.line, caught.value.field, caught.value.code) == (4, field, code)
    assert isinstance(caught.value, TelcobizError)
    assert isinstance(caught.value, ValueError)


def test_fields_shifted_between_lines_are_caught(files):
    # One line has a field too many and the next one too few: the comma count adds up.
    data = files.detail(files.call(charge="8,00"), files.call()[:-1], files.call())
    records, report = collect(data)
    assert len(records) == 1
    assert codes(report) == [(2, None, "csv.field_count"), (3, None, "csv.field_count")]


def test_a_full_value_cache_keeps_reading(files, monkeypatch):
    from telcobiz.csvformats.reader import columns as columns_module

    monkeypatch.setattr(columns_module, "_CACHE_LIMIT", 1)
    data = files.detail(files.call(call_date="2017/11/02"), files.call(call_date="2017/11/03"))
    assert [record.call_date.day for record in read(data, CALL_DETAIL)] == [2, 3]


def test_the_value_cache_parses_each_new_value_once_and_starts_again_when_full(monkeypatch):
    from telcobiz.csvformats.reader import columns as columns_module

    monkeypatch.setattr(columns_module, "_CACHE_LIMIT", 3)
    parsed = []
    cache = columns_module._Cache(lambda raw: parsed.append(raw) or int(raw))
    assert cache(["1", "2", "1"]) == (1, 2, 1)
    assert (cache.misses, sorted(parsed)) == (2, ["1", "2"])
    assert cache(["2"]) == (2,)
    assert (cache.misses, len(parsed)) == (0, 2)
    assert cache(["3", "4"]) == (3, 4)  # four would overfill a cache of three: it starts again
    assert sorted(cache.values) == ["3", "4"]
    assert cache.misses == 2


def test_over_length_message_gives_both_lengths(files):
    _, report = collect(files.detail(files.call(area="京都府京都市左京区北区")))
    problem = report.problems[0]
    assert problem.value == "京都府京都市左京区北区"
    assert problem.message == (
        "line 2, 地域名 (field 5): '京都府京都市左京区北区' is 22 bytes in CP932;"
        " expected at most 20 bytes in CP932"
    )


def test_full_width_lengths_at_the_limit_cac6(files):
    # A 20-byte area name and an 80-byte call type fit exactly.
    data = files.detail(files.call(area="京都府京都市左京区北", call_type="携" * 40))
    records, report = collect(data)
    assert report.ok
    assert records[0].call_type == "携" * 40


def test_several_problems_on_one_line_are_all_listed(files):
    data = files.detail(files.call(call_date="2017/13/01", line_kind="外", charge="x"))
    _, report = collect(data)
    assert [problem.field for problem in report.problems] == ["通話開始日付", "内線区分", "通話料"]
    assert report.rejected == 1
    with pytest.raises(CsvFormatError) as caught:
        list(read(data, CALL_DETAIL))
    assert len(caught.value.problems) == 3


def test_invalid_cp932_bytes_name_the_field(files):
    line = files.line(*files.call()).replace("東京".encode("cp932"), b"\x93\x8c\x82\xff")
    _, report = collect(files.DETAIL_HEADER + b"\r\n" + line)
    assert codes(report) == [(2, "地域名", "csv.bad_encoding")]
    assert report.problems[0].value == "b'\\x93\\x8c\\x82\\xff'"
    assert "byte 3 (82) is not valid cp932" in report.problems[0].message


def test_invalid_bytes_in_a_coded_field(files):
    line = files.line(*files.call()).replace("外線".encode("cp932"), b"\x8a\xff\x90\xfc")
    _, report = collect(files.DETAIL_HEADER + b"\r\n" + line)
    assert codes(report) == [(2, "内線区分", "csv.bad_encoding")]


def test_text_that_is_not_cp932(files):
    text = files.detail(files.call()).decode("cp932").replace("東京", "東京😀")
    _, report = collect(text)
    assert codes(report) == [(2, "地域名", "csv.not_cp932")]
    _, report = collect(text.encode("utf-8"), encoding="utf-8")
    assert codes(report) == [(2, "地域名", "csv.not_cp932")]


def test_a_wave_dash_in_text_is_not_cp932_and_names_the_one_to_use(files):
    # U+301C 〜 has no CP932 code: Python writes it as 8160, which reads back as U+FF5E ～.
    # A CP932 layout's text holding it is refused, naming ～ (CAC-6 Decision).
    text = files.detail(files.call(), files.call()).decode("cp932")
    text = text.replace("東京", "東京〜大阪", 1)
    records, report = collect(text)
    assert len(records) == 1
    assert codes(report) == [(2, "地域名", "csv.not_cp932")]
    assert report.problems[0].message == (
        "line 2, 地域名 (field 5): '〜' (U+301C) at position 3 is not a CP932 character:"
        " write '～' (U+FF5E) instead (or pass normalise= to map it);"
        " expected text made of CP932 characters"
    )
    assert slow(text) == (records, report)
    _, report = collect(text.encode("utf-8"), encoding="utf-8")
    assert codes(report) == [(2, "地域名", "csv.not_cp932")]


def test_a_bare_cr_inside_a_line_is_a_control_character(files):
    data = files.DETAIL_HEADER + b"\r\n" + files.line(*files.call())[:-2] + b"\r\r\n"
    _, report = collect(data)
    assert codes(report) == [(2, "通話料", "csv.control_character")]


def test_a_tab_is_text(files):
    records, report = collect(files.detail(files.call(area="東\t京")))
    assert report.ok
    assert records[0].area == "東\t京"


# -- strict and collect ---------------------------------------------------------------------------


def test_strict_yields_the_records_before_the_bad_line(files):
    data = files.detail(files.call(), files.call(charge="x"), files.call())
    stream = read(data, CALL_DETAIL)
    assert next(stream).charge == Yen("8.00")
    with pytest.raises(CsvFormatError) as caught:
        next(stream)
    assert caught.value.line == 3
    report = stream.report
    assert (report.complete, report.ok, report.accepted, report.rejected) == (False, False, 1, 1)


def test_max_problems_caps_the_list_not_the_counts(files):
    data = files.detail(*[files.call(charge="x")] * 5)
    _, report = collect(data, max_problems=2)
    assert (report.rejected, len(report.problems), report.problems_omitted) == (5, 2, 3)
    assert "… and 3 more problems" in report.explain("en")
    assert "…他3件" in report.explain("ja")


def test_check_validate_is_valid(files, detail_file):
    assert check_csv(detail_file, CALL_DETAIL).ok
    assert validate_csv(detail_file, CALL_DETAIL).accepted == 7
    assert is_valid_csv(detail_file, CALL_DETAIL)
    assert not is_valid_csv(files.detail(files.call(charge="x")), CALL_DETAIL)


def test_the_report_before_the_end_is_not_ok(detail_file):
    stream = read(detail_file, CALL_DETAIL)
    assert not stream.report.ok
    assert not stream.report.complete
    assert "so far" in str(stream.report)
    assert "途中まで" in stream.report.sentence("ja")
    list(stream)
    assert stream.report.ok
    assert stream.report.complete
    assert list(stream) == []  # an iterator: read once


def test_report_words_and_data(files):
    _, report = collect(files.detail(files.call(), files.call(line_kind="x")))
    assert str(report) == "通話明細: 3 lines read (1 header, 1 record accepted, 1 line rejected)."
    assert report.sentence("ja") == "通話明細: 3行を読みました（ヘッダー1行、受理1件、不受理1行）。"
    assert report.explain("en").splitlines()[1] == (
        "line 3, 内線区分 (field 7): got 'x'; expected 「外線」 or 「内線」"
    )
    assert "根拠: CAC-6" in report.explain("ja")
    assert report.to_rows() == [
        {
            "line": 3,
            "field": "内線区分",
            "column": 7,
            "value": "x",
            "expected": "「外線」 or 「内線」",
            "code": "csv.bad_line_kind",
            "message": "line 3, 内線区分 (field 7): got 'x'; expected 「外線」 or 「内線」",
        }
    ]
    assert structure(unstructure(report), ReadReport) == report
    with pytest.raises(TelcobizError):
        report.explain("fr")


def test_where_a_problem_is():
    from telcobiz.csvformats import LineProblem

    assert (
        LineProblem(1, "header", None, "x", "a title", "csv.bad_encoding").where == "line 1, header"
    )


def test_errors_survive_pickling(files):
    with pytest.raises(CsvFormatError) as caught:
        list(read(files.detail(files.call(charge="x")), CALL_DETAIL))
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.code, copy.line, copy.field, copy.problems) == (
        caught.value.code,
        2,
        "通話料",
        caught.value.problems,
    )
    assert copy.to_dict()["line"] == 2


def test_to_rows_from_the_stream(files):
    rows = read(files.detail(files.call(), files.call(duration="3件")), CALL_DETAIL).to_rows()
    assert rows[1]["duration"] is None
    assert rows[1]["duration_count"] == 3
    assert str(rows[0]["duration"]) == "0:01:06"
    assert rows[0]["line_kind"] == "外線"


# -- sources --------------------------------------------------------------------------------------


def test_every_kind_of_source_reads_the_same(detail_file, tmp_path: Path):
    expected = list(read(detail_file, CALL_DETAIL))
    text = detail_file.decode("cp932")
    path = tmp_path / "calls.csv"
    path.write_bytes(detail_file)
    with path.open("rb") as binary, path.open(encoding="cp932", newline="") as textual:
        sources = [
            bytearray(detail_file),
            memoryview(detail_file),
            text,
            io.BytesIO(detail_file),
            binary,
            textual,
            detail_file.splitlines(keepends=True),
            text.splitlines(),
            iter(text.splitlines(keepends=True)),
            (line for line in detail_file.split(b"\r\n") if line),
        ]
        for source in sources:
            assert list(read(source, CALL_DETAIL)) == expected, type(source)


def test_lines_given_one_by_one_can_mix_bytes_and_text(files):
    assert collect([bytearray(files.DETAIL_HEADER), memoryview(files.line(*files.call()))])[1].ok
    lines = [
        files.DETAIL_HEADER,
        files.line(*files.call()).decode("cp932"),
        files.line(*files.call()),
    ]
    records, report = collect(lines)
    assert report.ok
    assert len(records) == 2


def test_an_item_with_a_line_break_inside_is_one_bad_line(files):
    lines = [
        files.DETAIL_HEADER,
        files.line(*files.call()) + files.line(*files.call()),
        files.line(*files.call()),
    ]
    records, report = collect(lines)
    assert len(records) == 1
    assert report.problems[0].line == 2
    assert report.lines_read == 3
    _, report = collect(["a\nb", "c"])
    assert report.problems[0].code == "csv.wrong_header"


_ITEM = st.sampled_from(["a,b", "a,b\n", "a,b\r\n", "", "\n", "a\nb", "東京\n"]).flatmap(
    lambda text: st.sampled_from([text, text.encode("cp932")])
)


@given(st.lists(_ITEM, min_size=1, max_size=12))
def test_a_plain_batch_of_lines_is_one_segment_as_item_by_item_makes_it(batch):
    plain = source_module._plain_lines(batch)
    if plain is not None:
        assert list(source_module._item_by_item(batch)) == [plain]
    # Every item is one line either way.
    assert sum(segment.lines for segment in source_module.segments(batch)) == len(batch)


def test_plain_batches_need_one_kind_and_one_line_per_item():
    plain = source_module._plain_lines
    assert plain(["a\n", "b\n"]) == source_module.Lines("a\nb\n", 2)
    assert plain([b"a", b"b"]) == source_module.Lines(b"a\nb\n", 2)
    assert plain(["a\n", b"b\n"]) is None  # str and bytes
    assert plain(["a\nb", "c"]) is None  # a line break inside an item
    assert plain(["a\n", "b"]) is None  # some end in a newline, some do not
    assert plain([bytearray(b"a")]) is None  # read item by item, as bytes


@pytest.mark.parametrize("source", [42, None, Path("calls.csv"), [1, 2]])
def test_what_is_not_a_source(source):
    with pytest.raises(TelcobizError) as caught:
        list(read(source, CALL_DETAIL))
    assert caught.value.code == "csv.bad_source"


def test_a_file_object_whose_read_is_odd():
    class Odd:
        def read(self, size):
            return 5

    with pytest.raises(TelcobizError) as caught:
        list(read(Odd(), CALL_DETAIL))
    assert caught.value.code == "csv.bad_source"


def test_overlong_lines_are_skipped_in_constant_memory(files, monkeypatch):
    monkeypatch.setattr(source_module, "MAX_LINE_LENGTH", 300)
    monkeypatch.setattr(source_module, "CHUNK_SIZE", 128)
    long_line = b"x" * 1000 + b"\r\n"
    data = files.detail(files.call()) + long_line + files.line(*files.call()) + b"y" * 1000
    records, report = collect(data)
    assert len(records) == 2
    assert codes(report) == [(3, None, "csv.line_too_long"), (5, None, "csv.line_too_long")]
    assert report.lines_read == 5
    header = files.DETAIL_HEADER.decode("cp932")
    records, report = collect([header, "z" * 400, files.line(*files.call()).decode("cp932")])
    assert codes(report) == [(2, None, "csv.line_too_long")]
    assert "400 characters" in report.problems[0].message
    _, report = collect(b"h" * 1000)
    assert codes(report) == [(1, None, "csv.line_too_long")]


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"encoding": "no-such-codec"}, "csv.unknown_encoding"),
        ({"encoding": "utf-16"}, "csv.unsupported_encoding"),
        ({"encoding": 932}, "csv.unknown_encoding"),
        ({"errors": "ignore"}, "csv.bad_errors"),
        ({"max_problems": -1}, "csv.bad_max_problems"),
        ({"max_problems": True}, "csv.bad_max_problems"),
    ],
)
def test_bad_options_are_refused_at_once(options, code):
    with pytest.raises(TelcobizError) as caught:
        read(b"", CALL_DETAIL, **options)
    assert caught.value.code == code


def test_the_layout_must_be_a_layout():
    with pytest.raises(TelcobizError) as caught:
        read(b"", "cloud_autocall.call_detail")
    assert caught.value.code == "csv.bad_layout"


def test_shift_jis_and_ms932_names(detail_file):
    assert list(read(detail_file, CALL_DETAIL, encoding="ms932")) == list(
        read(detail_file, CALL_DETAIL)
    )
    assert check_csv(detail_file, CALL_DETAIL, encoding="shift_jis").ok


def test_directory_assistance_and_international_lines(files):
    data = files.detail(
        files.call(
            called_number="104", area="番号案内", duration="3件", call_type="番号案内", charge="180"
        ),
        files.call(called_number="0010441234567890", area="イギリス", call_type="国際呼"),
        files.call(charge="-12.50"),
    )
    records, report = collect(data)
    assert report.ok
    assert records[0].duration == CallCount(3)
    assert records[0].is_directory_assistance
    assert records[1].called_number == "0010441234567890"
    assert records[2].charge == Yen("-12.50")
    assert slow(data)[0] == records
