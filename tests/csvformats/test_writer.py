"""Writing CAC-6 / DBO-7 files: canonical (trimmed) or padded, CRLF, nothing ever cut.

Seed 003 ■ダウンロードファイル(CSVファイル)のファイルレイアウト; RULES.md CAC-6 Decisions (the
canonical form is trimmed; a writer can pad; a value longer than its width is an error).
"""

from datetime import date, datetime, time

import pytest

from telcobiz import TelcobizError, Yen
from telcobiz.csvformats import (
    CALL_DETAIL,
    FORMULA_STARTS,
    USAGE_SUMMARY,
    USER_LIST,
    CallCount,
    CallDetail,
    CallDuration,
    CsvFormatError,
    DocomoUser,
    LineKind,
    UsageSummary,
    read,
    write,
)


def call(**changes):
    fields = {
        "phone_number": "0120223335",
        "call_date": date(2017, 11, 1),
        "start_time": time(20, 12, 21, 500_000),
        "called_number": "03-1234-5678",
        "area": "東京",
        "duration": CallDuration(660),
        "line_kind": LineKind.EXTERNAL,
        "call_type": "国内呼",
        "charge": Yen("8.00"),
    }
    fields.update(changes)
    return CallDetail(**fields)


def written(records, layout=CALL_DETAIL, **options):
    return b"".join(write(records, layout, **options))


def test_the_canonical_form_byte_by_byte_cac6(files):
    expected = (
        files.DETAIL_HEADER
        + b"\r\n"
        + b"0120223335,2017/11/01,201221.5,03-1234-5678,"
        + bytes.fromhex("938c 8b9e")  # 東京
        + b",000106.0,"
        + bytes.fromhex("8a4f 90fc")  # 外線
        + b","
        + bytes.fromhex("8d91 93e0 8cc4")  # 国内呼
        + b",8.00\r\n"
    )
    assert written([call()]) == expected


def test_the_summary_header_is_the_seeds_cac6(files, summary_file):
    records = list(read(summary_file, USAGE_SUMMARY))
    assert written(records, USAGE_SUMMARY) == summary_file
    assert written(records, USAGE_SUMMARY).startswith(files.SUMMARY_HEADER + b"\r\n")


def test_padded_output_fills_every_field_cac6():
    lines = list(write([call()], CALL_DETAIL, pad=True))
    fields = lines[1][:-2].split(b",")
    assert [len(field) for field in fields] == [13, 10, 10, 21, 20, 10, 4, 80, 6]
    assert [len(title) for title in lines[0][:-2].split(b",")] == [14, 12, 12, 12, 6, 8, 8, 6, 6]
    assert list(read(b"".join(lines), CALL_DETAIL)) == [call()]


def test_padding_needs_lengths_and_cp932():
    with pytest.raises(TelcobizError) as caught:
        write([], USER_LIST, pad=True)
    assert caught.value.code == "csv.cannot_pad"
    with pytest.raises(TelcobizError) as caught:
        write([], CALL_DETAIL, pad=True, encoding="utf-8")
    assert caught.value.code == "csv.cannot_pad"


def test_without_a_header():
    assert written([call()], header=False).count(b"\r\n") == 1


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"area": "京都府京都市左京区北区"}, "地域名", "csv.too_long"),
        ({"call_type": "国" * 41}, "呼種別", "csv.too_long"),
        ({"charge": Yen("1928.50")}, "通話料", "csv.too_long"),
        ({"area": "東京😀"}, "地域名", "csv.not_cp932"),
        ({"area": "東\r\n京"}, "地域名", "csv.control_character"),
        ({"area": "東京 "}, "地域名", "csv.trailing_space"),
        ({"call_type": None}, "呼種別", "csv.required"),
        ({"call_type": ""}, "呼種別", "csv.required"),
        ({"area": "東京〜大阪"}, "地域名", "csv.not_cp932"),
        ({"call_type": "国内呼−"}, "呼種別", "csv.not_cp932"),
        ({"call_date": datetime(2017, 11, 1)}, "通話開始日付", "csv.bad_value"),
        ({"charge": 8}, "通話料", "csv.bad_value"),
        ({"duration": 66}, "通話時間", "csv.bad_value"),
        ({"called_number": "03 1234"}, "着信電話番号", "csv.bad_phone"),
        ({"start_time": time(20, 12, 21, 550_000)}, "通話開始時刻", "csv.bad_value"),
    ],
)
def test_what_cannot_be_written_is_an_error_never_cut(changes, field, code):
    records = [call(), call(), call(**changes)]
    lines = write(records, CALL_DETAIL)
    with pytest.raises(CsvFormatError) as caught:
        list(lines)
    # The header is line 1: the third record is line 4.
    assert (caught.value.line, caught.value.field, caught.value.code) == (4, field, code)


def test_the_lines_before_a_bad_record_are_yielded():
    lines = write([call(), call(charge=Yen("12345.0"))], CALL_DETAIL)
    assert next(lines).startswith("ご利用電話番号".encode("cp932"))
    assert next(lines).endswith(b",8.00\r\n")
    with pytest.raises(CsvFormatError):
        next(lines)


def test_every_field_at_fault_is_listed():
    with pytest.raises(CsvFormatError) as caught:
        list(write([call(area="x" * 21, charge=Yen("1928.50"))], CALL_DETAIL))
    assert [problem.field for problem in caught.value.problems] == ["地域名", "通話料"]
    assert caught.value.problems[1].message == (
        "line 2, 通話料 (field 9): '1928.50' is 7 bytes in CP932; nothing is cut;"
        " expected at most 6 bytes in CP932"
    )


def test_records_must_be_of_the_layout():
    with pytest.raises(CsvFormatError) as caught:
        list(write([("0120223335",)], CALL_DETAIL))
    assert (caught.value.code, caught.value.line) == ("csv.wrong_record", 2)
    with pytest.raises(TelcobizError) as caught:
        write([], "cloud_autocall.call_detail")
    assert caught.value.code == "csv.bad_layout"


@pytest.mark.parametrize("start", FORMULA_STARTS[:5])
def test_formula_cells_are_neutralised(start):
    # OWASP CSV injection: a leading ' keeps a spreadsheet from running the cell.
    data = written([call(area=f"{start}1+1")])
    assert f",'{start}1+1,".encode("cp932") in data
    assert f",{start}1+1,".encode("cp932") in written(
        [call(area=f"{start}1+1")], neutralise_formulas=False
    )


def test_a_negative_amount_is_a_number_not_a_formula():
    assert written([call(charge=Yen("-12.50"))]).endswith(b",-12.50\r\n")


def test_neutralising_may_make_a_value_too_long():
    with pytest.raises(CsvFormatError) as caught:
        list(write([call(area="=" + "東" * 9 + "a")], CALL_DETAIL))
    assert "neutralises a formula" in str(caught.value)
    assert written([call(area="=" + "東" * 9 + "a")], neutralise_formulas=False)


def test_commas_and_quotes_are_quoted_and_read_back():
    record = call(area='東京,"本社"')
    data = written([record])
    assert ',"東京,""本社""",'.encode("cp932") in data
    assert list(read(data, CALL_DETAIL)) == [record]


def test_utf8_output_still_checks_cp932_lengths():
    data = written([call()], encoding="utf-8")
    assert "東京".encode() in data
    with pytest.raises(CsvFormatError) as caught:
        list(write([call(area="東京😀")], CALL_DETAIL, encoding="utf-8"))
    assert caught.value.code == "csv.not_cp932"


def test_counts_durations_and_optional_fields():
    data = written([call(duration=CallCount(3), called_number="104")])
    assert "104,東京,3件,外線".encode("cp932") in data
    users = [DocomoUser("np01", "np01@example.jp"), DocomoUser("x", "x@example.jp", "山田", "090")]
    text = written(users, USER_LIST).decode("cp932")
    assert text.splitlines()[1:] == ["np01,np01@example.jp,,", "x,x@example.jp,山田,090"]
    assert list(read(written(users, USER_LIST), USER_LIST)) == users


def test_user_list_text_outside_cp932_needs_utf8():
    user = DocomoUser("id😀", "a@example.jp")
    with pytest.raises(CsvFormatError) as caught:
        list(write([user], USER_LIST))
    assert caught.value.code == "csv.not_cp932"
    data = written([user], USER_LIST, encoding="utf-8")
    assert list(read(data, USER_LIST, encoding="utf-8")) == [user]
    with pytest.raises(CsvFormatError) as caught:
        list(write([DocomoUser("\udc80", "a@example.jp")], USER_LIST, encoding="utf-8"))
    assert caught.value.code == "csv.not_encodable"


def test_summary_totals_are_checked_on_writing_cac6():
    wrong = UsageSummary(
        "05012345678", Yen("1928.00"), Yen("56.00"), Yen("0"), Yen("1872.50"), Yen("0")
    )
    with pytest.raises(CsvFormatError) as caught:
        list(write([wrong], USAGE_SUMMARY))
    assert (caught.value.code, caught.value.line, caught.value.field) == (
        "cloud_autocall.total_mismatch",
        2,
        "合計料金",
    )
    assert written([wrong], USAGE_SUMMARY.without_checks()).endswith(
        b"05012345678,1928.00,56.00,0,1872.50,0\r\n"
    )


def test_large_batches_take_the_fast_path_and_agree():
    # Over a thousand records go column by column; a bad one falls back record by record.
    records = [
        call(call_date=date(2017, 11, 1 + n % 30), charge=Yen(f"{n % 999}.50")) for n in range(2500)
    ]
    data = written(records)
    assert data.count(b"\r\n") == 2501
    assert list(read(data, CALL_DETAIL)) == records
    one_by_one = b"".join(
        b"".join(write([record], CALL_DETAIL, header=False)) for record in records
    )
    assert data.split(b"\r\n", 1)[1] == one_by_one
    padded = written(records, pad=True)
    assert list(read(padded, CALL_DETAIL)) == records
    broken = [*records[:1500], call(charge=Yen("1234.56")), *records[1500:]]
    with pytest.raises(CsvFormatError) as caught:
        list(write(broken, CALL_DETAIL))
    assert caught.value.line == 1502
