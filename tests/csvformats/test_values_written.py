"""Empty 地域名, formulas in free text only, and characters CP932 cannot hold (CAC-6 Decisions).

Fixtures are built byte by byte with the standard library's codec, never with ``write``.
"""

from datetime import date, time

import pytest

from telcobiz import Yen
from telcobiz.csvformats import (
    CALL_DETAIL,
    USER_LIST,
    CallCount,
    CallDetail,
    CsvFormatError,
    DocomoUser,
    LineKind,
    ValueChange,
    check_csv,
    read,
    write,
)
from telcobiz.csvformats.reader import RecordStream

# A call to 番号案内 (104): three enquiries, 180円, no destination area (CAC-6 Decision).
DIRECTORY = ("0120223335", "2017/11/04", "134604.5", "104", "", "3件", "外線", "番号案内", "180.00")
LENGTHS = (13, 10, 10, 21, 20, 10, 4, 80, 6)
DIRECTORY_CALL = CallDetail(
    "0120223335",
    date(2017, 11, 4),
    time(13, 46, 4, 500000),
    "104",
    "",
    CallCount(3),
    LineKind.EXTERNAL,
    "番号案内",
    Yen("180.00"),
)


def padded_line(fields):
    return b",".join(
        field.encode("cp932").ljust(length) for field, length in zip(fields, LENGTHS, strict=True)
    )


def both_paths(data, layout=CALL_DETAIL, **options):
    outcomes = []
    for fast in (True, False):
        stream = RecordStream(data, layout, errors="collect", **options)
        stream._fast = fast
        outcomes.append((list(stream), stream.report))
    assert outcomes[0] == outcomes[1]
    return outcomes[0]


def test_an_empty_area_reads_and_writes_as_empty_canonical(files):
    line = b"0120223335,2017/11/04,134604.5,104,,3\x8c\x8f,\x8aO\x90\xfc,"  # 3件, 外線
    line += "番号案内".encode("cp932") + b",180.00\r\n"
    assert line == files.line(*DIRECTORY)
    data = files.DETAIL_HEADER + files.CRLF + line
    records, report = both_paths(data)
    assert report.ok
    assert records == [DIRECTORY_CALL]
    assert b"".join(write(records, CALL_DETAIL)) == data


def test_an_empty_area_reads_and_writes_as_twenty_spaces_padded(files):
    line = padded_line(DIRECTORY)
    assert line.split(b",")[4] == b" " * 20
    header = b",".join(
        title.encode("cp932").ljust(length)
        for title, length in zip(files.DETAIL_TITLES, (14, 12, 12, 12, 6, 8, 8, 6, 6), strict=True)
    )
    data = header + files.CRLF + line + files.CRLF
    records, report = both_paths(data)
    assert report.ok
    assert records == [DIRECTORY_CALL]
    assert b"".join(write(records, CALL_DETAIL, pad=True)) == data
    assert list(write([DIRECTORY_CALL._replace(area=None)], CALL_DETAIL, pad=True))[1] == (
        line + files.CRLF
    )


def test_only_the_area_may_be_empty(files):
    for index, title in enumerate(files.DETAIL_TITLES):
        if index == 4:
            continue
        fields = list(DIRECTORY)
        fields[index] = ""
        _, report = both_paths(files.detail(tuple(fields)))
        assert [(problem.line, problem.code) for problem in report.problems] == [
            (2, "csv.required")
        ], title


def test_a_file_of_mostly_empty_areas_reads_on_the_fast_path(files, monkeypatch):
    from telcobiz.csvformats.reader import lines

    calls = []
    original = lines.LineReader.data_line
    monkeypatch.setattr(
        lines.LineReader, "data_line", lambda self, *a: calls.append(a) or original(self, *a)
    )
    data = files.detail(*[DIRECTORY] * 300, files.call(), *[DIRECTORY] * 300)
    records = list(read(data, CALL_DETAIL))
    assert [record.area for record in records].count("") == 600
    assert calls == []


# -- formulas: free text only ------------------------------------------------------------------


def _call(**changes):
    return DIRECTORY_CALL._replace(**{"area": "東京", **changes})


def test_free_text_is_neutralised_identifiers_are_not(files):
    (line,) = write([_call(area="=1+2", call_type="@SUM(A1)")], CALL_DETAIL, header=False)
    assert line == files.line(*DIRECTORY[:4], "'=1+2", "3件", "外線", "'@SUM(A1)", "180.00")
    user = DocomoUser("-id", "-taro@example.co.jp", "+山田", "090-1234-5678")
    assert b"".join(write([user], USER_LIST, header=False)) == (
        "-id,-taro@example.co.jp,'+山田,090-1234-5678\r\n".encode("cp932")
    )
    assert [field.name for field in CALL_DETAIL.fields if field.free_text] == ["area", "call_type"]
    assert [field.name for field in USER_LIST.fields if field.free_text] == ["name"]


def test_a_neutralised_value_that_no_longer_fits_names_the_option_and_validate_warns(files):
    area = "=" + "ア" * 9 + "x"  # 20 bytes: fits as it is, 21 with the '
    with pytest.raises(CsvFormatError) as caught:
        list(write([_call(area=area)], CALL_DETAIL))
    error = caught.value
    assert (error.code, error.field, error.line) == ("csv.formula_too_long", "地域名", 2)
    assert "neutralise_formulas=False" in str(error)
    assert "is 21 bytes in CP932 with the ' that neutralises a formula" in str(error)
    data = files.detail(files.call(area=area), files.call(), files.call(area="-" + "x" * 19))
    assert b"".join(write(read(data, CALL_DETAIL), CALL_DETAIL, neutralise_formulas=False)) == data
    records, report = both_paths(data)
    assert report.ok
    assert len(records) == 3
    assert [(problem.line, problem.field, problem.code) for problem in report.warnings] == [
        (2, "地域名", "csv.formula_too_long"),
        (4, "地域名", "csv.formula_too_long"),
    ]
    assert report.warnings[0].message == (
        f"line 2, 地域名 (field 5): {area!r} starts a formula: written with the ' that"
        " neutralises it, it would be 21 bytes in CP932 (write with neutralise_formulas=False,"
        " or csv convert --keep-formulas, to keep it as it is); expected at most 20 bytes in CP932"
    )
    assert "warning: line 2, 地域名" in report.explain()
    assert check_csv(data, CALL_DETAIL, max_problems=1).warnings == report.warnings[:1]


# -- characters CP932 cannot hold ---------------------------------------------------------------


def test_normalise_reports_every_value_it_changed_in_line_order():
    records = [_call()] * 3000
    records[5] = _call(area="東京〜大阪")
    records[2047] = _call(call_type="−割引", area="¢£")
    with pytest.raises(CsvFormatError) as caught:
        list(write(records, CALL_DETAIL))
    assert (caught.value.code, caught.value.line) == ("csv.not_cp932", 7)
    changes: list[ValueChange] = []
    data = b"".join(write(records, CALL_DETAIL, normalise=changes.append))
    assert [(c.line, c.field, c.before, c.after) for c in changes] == [
        (7, "地域名", "東京〜大阪", "東京～大阪"),
        (2049, "地域名", "¢£", "￠￡"),
        (2049, "呼種別", "−割引", "－割引"),
    ]
    assert data.split(b"\r\n")[6].split(b",")[4] == "東京".encode("cp932") + b"\x81\x60" + (
        "大阪".encode("cp932")
    )
    changed = list(read(data, CALL_DETAIL))
    assert (changed[5].area, changed[2047].call_type) == ("東京～大阪", "－割引")
    one_by_one: list[ValueChange] = []
    for record in records[:8]:
        list(write([record], CALL_DETAIL, header=False, normalise=one_by_one.append))
    assert [(c.before, c.after) for c in one_by_one] == [("東京〜大阪", "東京～大阪")]


def test_normalise_must_be_callable():
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the code is what matters
        write([], CALL_DETAIL, normalise=True)
    assert caught.value.code == "csv.bad_normalise"


def test_text_input_with_a_character_cp932_cannot_hold(files):
    text = files.detail(files.call(call_type="国内呼‖")).decode("cp932")
    # the ‖ of the str is U+2016: not held by CP932 (the fixture's bytes hold ∥ U+2225)
    text = text.replace("国内呼∥", "国内呼‖")
    _, report = both_paths(text)
    assert [(problem.field, problem.code) for problem in report.problems] == [
        ("呼種別", "csv.not_cp932")
    ]
    assert "write '∥' (U+2225) instead" in report.problems[0].message
    # The user list states no lengths: text input may hold any character, as UTF-8 output may.
    users = ",".join(USER_LIST.titles) + "\r\nid,a@example.jp,10〜20,\r\n"
    records, report = both_paths(users, USER_LIST)
    assert report.ok
    assert records[0].name == "10〜20"
    assert b"".join(write(records, USER_LIST, encoding="utf-8")) == users.encode("utf-8")
