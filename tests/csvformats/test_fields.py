"""Field types of CAC-6 / DBO-7 (seed 003 ■ダウンロードファイル(CSVファイル)のレイアウト)."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import InvalidInput, Yen
from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.csvformats import (
    CallCount,
    CallDuration,
    Field,
    FieldType,
    LineKind,
    cp932_length,
)
from telcobiz.csvformats.fields import control_character
from telcobiz.testing import call_counts, call_durations, tenths_times


def test_cp932_lengths_count_bytes_cac6():
    # CAC-6: a full-width character is 2 bytes; half-width katakana 1.
    assert cp932_length("ａｕ通話") == 8
    assert cp932_length("au通話") == 6
    assert cp932_length("京都府京都市左京区北") == 20
    assert cp932_length("ｲﾝﾀｰﾈｯﾄ") == 7
    assert cp932_length("携帯呼(au 定額)") == 15


def test_cp932_length_refuses_characters_outside_cp932():
    with pytest.raises(InvalidInput) as caught:
        cp932_length("東京😀")
    assert caught.value.code == "csv.not_cp932"
    assert "U+1F600" in str(caught.value)
    assert "position 3" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "tenths"),
    [
        ("000106.0", 660),  # seed: 0時間 01分 06.0秒
        ("000011.5", 115),
        ("00:00:33.2", 332),  # hh:mm:ss.s is read too (CAC-6 Decision)
        ("995959.9", 3_599_999),
        ("000000.0", 0),
    ],
)
def test_durations_in_tenths_cac6(text, tenths):
    assert CallDuration.parse(text) == CallDuration(tenths)
    assert FieldType.DURATION.parse(text) == CallDuration(tenths)


@pytest.mark.parametrize(
    "text", ["106.0", "000106", "0001:06.0", "00:0106.0", "006006.0", "000160.0", "００0106.0", ""]
)
def test_bad_durations(text):
    with pytest.raises(InvalidInput) as caught:
        CallDuration.parse(text)
    assert caught.value.code == "csv.bad_duration"


def test_duration_views():
    duration = CallDuration(660)
    assert duration.seconds == Decimal("66.0")
    assert duration.to_timedelta() == timedelta(seconds=66)
    assert duration.to_text() == "000106.0"
    assert duration.to_text(colons=True) == str(duration) == "00:01:06.0"
    assert CallDuration.from_timedelta(timedelta(seconds=33, microseconds=200_000)) == CallDuration(
        332
    )


@pytest.mark.parametrize("bad", [-1, 3_600_000, True, "10", 1.5])
def test_duration_bounds(bad):
    with pytest.raises(InvalidInput) as caught:
        CallDuration(bad)
    assert caught.value.code == "csv.bad_duration"


@pytest.mark.parametrize("bad", [timedelta(microseconds=50_000), "00:01", None])
def test_duration_from_timedelta_needs_whole_tenths(bad):
    with pytest.raises(InvalidInput) as caught:
        CallDuration.from_timedelta(bad)
    assert caught.value.code == "csv.bad_duration"


def test_durations_and_counts_alone():
    assert FieldType.DURATION.format(CallDuration(95)) == "000009.5"
    assert FieldType.COUNT.format(CallCount(3)) == "3件"
    with pytest.raises(InvalidInput):
        FieldType.DURATION.format(CallCount(3))
    with pytest.raises(InvalidInput):
        FieldType.COUNT.format(3)


def test_counts_of_directory_assistance_cac6():
    # 「ただし「番号案内」の場合は件数 例)〇件」
    assert CallCount.parse("3件") == CallCount(3)
    assert str(CallCount(3)) == "3件"
    assert FieldType.COUNT.parse("0件") == CallCount(0)
    for bad in ("03件", "3", "３件", "件", "-1件", "3 件"):
        with pytest.raises(InvalidInput) as caught:
            CallCount.parse(bad)
        assert caught.value.code == "csv.bad_count"
    for bad_count in (-1, True, "3"):
        with pytest.raises(InvalidInput):
            CallCount(bad_count)


def test_duration_or_count_reads_both_cac6():
    kind = FieldType.DURATION_OR_COUNT
    assert kind.parse("000009.5") == CallDuration(95)
    assert kind.parse("3件") == CallCount(3)
    assert kind.format(CallCount(12)) == "12件"
    assert kind.format(CallDuration(95)) == "000009.5"
    with pytest.raises(InvalidInput) as caught:
        kind.parse("9.5秒")
    assert caught.value.code == "csv.bad_duration_or_count"
    with pytest.raises(InvalidInput) as caught:
        kind.parse("三件")
    assert caught.value.code == "csv.bad_count"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("201221.5", time(20, 12, 21, 500_000)),  # seed: 20時12分21.5秒
        ("20:12:21.5", time(20, 12, 21, 500_000)),
        ("000000.0", time(0)),
        ("235959.9", time(23, 59, 59, 900_000)),
    ],
)
def test_start_times_in_tenths_cac6(text, expected):
    assert FieldType.TIME.parse(text) == expected


@pytest.mark.parametrize("text", ["240000.0", "20:1221.5", "201221", "201260.0", "20:12:21.50"])
def test_bad_start_times(text):
    with pytest.raises(InvalidInput) as caught:
        FieldType.TIME.parse(text)
    assert caught.value.code == "csv.bad_time"


def test_times_are_written_hhmmss_s_cac6():
    assert FieldType.TIME.format(time(9, 5, 3, 100_000)) == "090503.1"
    for bad in (time(9, 5, 3, 150_000), time(9, tzinfo=None).replace(microsecond=1), "09:00"):
        with pytest.raises(InvalidInput) as caught:
            FieldType.TIME.format(bad)
        assert caught.value.code == "csv.bad_value"
    from telcobiz.core.jst import JST

    with pytest.raises(InvalidInput):
        FieldType.TIME.format(time(9, tzinfo=JST))


def test_dates_yyyy_mm_dd_cac6():
    assert FieldType.DATE.parse("2017/11/01") == date(2017, 11, 1)
    assert FieldType.DATE.format(date(2017, 11, 1)) == "2017/11/01"
    assert FieldType.DATE.format(date(7, 1, 2)) == "0007/01/02"
    for bad in ("2017-11-01", "2017/1/1", "17/11/01", "２０１７/11/01"):
        with pytest.raises(InvalidInput) as caught:
            FieldType.DATE.parse(bad)
        assert caught.value.code == "csv.bad_date"
    with pytest.raises(InvalidInput) as caught:
        FieldType.DATE.parse("2017/02/29")
    assert "not a calendar date" in str(caught.value)
    with pytest.raises(InvalidInput) as caught:
        FieldType.DATE.format(datetime(2017, 11, 1))
    assert caught.value.code == "csv.bad_value"


@pytest.mark.parametrize(
    ("text", "amount"),
    [("8.00", "8.00"), ("1928.50", "1928.50"), ("-12.50", "-12.50"), ("0", "0"), ("-0.00", "0")],
)
def test_amounts_are_plain_decimals_cac6(text, amount):
    value = FieldType.AMOUNT.parse(text)
    assert value == Yen(amount)
    assert FieldType.AMOUNT.format(value) == text  # sen kept as written


@pytest.mark.parametrize("text", ["1,928.50", "+8", "08.00", ".5", "8.", "8円", "￥8", "１"])
def test_bad_amounts(text):
    with pytest.raises(InvalidInput) as caught:
        FieldType.AMOUNT.parse(text)
    assert caught.value.code == "csv.bad_amount"


def test_amounts_never_use_exponents():
    assert FieldType.AMOUNT.format(Yen(Decimal("1E+3"))) == "1000"
    with pytest.raises(InvalidInput) as caught:
        FieldType.AMOUNT.format(Decimal("8"))
    assert caught.value.code == "csv.bad_value"


def test_line_kind_cac6():
    # 「文字列「外線」or「内線」」
    assert FieldType.LINE_KIND.parse("外線") is LineKind.EXTERNAL
    assert FieldType.LINE_KIND.parse("内線") is LineKind.INTERNAL
    assert LineKind.INTERNAL.label == "内線"
    with pytest.raises(InvalidInput) as caught:
        FieldType.LINE_KIND.parse("外")
    assert caught.value.code == "csv.bad_line_kind"
    with pytest.raises(InvalidInput):
        FieldType.LINE_KIND.format("外線")


@pytest.mark.parametrize(
    "number", ["0120223335", "03-1234-5678", "050-1234-5678", "0011441234567890", "104", "#7119"]
)
def test_phone_numbers_with_or_without_hyphens_cac6(number):
    # 「国際呼および一部の国内電話番号への通話については、ハイフンなしの表示となります」
    assert FieldType.PHONE_NUMBER.parse(number) == number
    assert FieldType.PHONE_NUMBER.format(number) == number


@pytest.mark.parametrize(
    "number", ["03--1234", "-0312", "0312-", "03 1234", "０３", "+81312345678"]
)
def test_bad_phone_numbers(number):
    with pytest.raises(InvalidInput) as caught:
        FieldType.PHONE_NUMBER.parse(number)
    assert caught.value.code == "csv.bad_phone"
    with pytest.raises(InvalidInput):
        FieldType.PHONE_NUMBER.format(12345)


def test_email_and_text():
    assert FieldType.EMAIL.parse("taro@example.co.jp") == "taro@example.co.jp"
    for bad in ("taro", "taro@", "@example.jp", "ta ro@example.jp", "a@b@c"):
        with pytest.raises(InvalidInput) as caught:
            FieldType.EMAIL.parse(bad)
        assert caught.value.code == "csv.bad_email"
    assert FieldType.TEXT.parse("　東京 ") == "　東京 "  # full-width spaces are data
    with pytest.raises(InvalidInput):
        FieldType.TEXT.format(5)
    with pytest.raises(InvalidInput):
        FieldType.EMAIL.format(None)
    with pytest.raises(InvalidInput) as caught:
        FieldType.TEXT.parse(b"bytes")
    assert caught.value.code == "csv.bad_value"


def test_field_types_carry_their_source_labels():
    assert FieldType.DATE.label == "「YYYY/MM/DD」形式の文字列"
    assert FieldType.TIME.label == "「hhmmss.s」形式の文字列"
    assert FieldType.LINE_KIND.label == "文字列「外線」or「内線」"
    assert all(kind.label for kind in FieldType)
    assert [kind for kind in FieldType if kind.is_free_text] == [FieldType.TEXT]


def test_plain_values_for_data_frames():
    assert FieldType.DURATION.plain(CallDuration(660)) == timedelta(seconds=66)
    assert FieldType.COUNT.plain(CallCount(3)) == 3
    assert FieldType.TEXT.plain("東京") == "東京"


def test_control_characters_but_tab():
    assert control_character("a\tb") is None
    assert control_character("a\x00") == "\x00"
    assert control_character("a\nb") == "\n"
    assert control_character("a\x7f") == "\x7f"


def test_field_fits_its_byte_length():
    citation = Citation(RULEBOOK, "CAC-6")
    area = Field("area", "地域名", 20, FieldType.TEXT, citation)
    assert area.fits("京都府京都市左京区北")  # 20 bytes
    assert not area.fits("京都府京都市左京区北区")  # 22 bytes
    assert Field("name", "氏名", None, FieldType.TEXT, citation).fits("x" * 1000)


@given(call_durations())
def test_durations_round_trip(duration):
    assert CallDuration.parse(duration.to_text()) == duration
    assert CallDuration.parse(duration.to_text(colons=True)) == duration
    assert CallDuration.from_timedelta(duration.to_timedelta()) == duration


@given(call_counts())
def test_counts_round_trip(count):
    assert FieldType.DURATION_OR_COUNT.parse(FieldType.DURATION_OR_COUNT.format(count)) == count


@given(tenths_times())
def test_times_round_trip(moment):
    text = FieldType.TIME.format(moment)
    assert len(text) == 8
    assert FieldType.TIME.parse(text) == moment
    colons = f"{text[0:2]}:{text[2:4]}:{text[4:]}"
    assert FieldType.TIME.parse(colons) == moment


@given(st.dates())
def test_dates_round_trip(day):
    assert FieldType.DATE.parse(FieldType.DATE.format(day)) == day


_DIGIT = st.sampled_from("0123456789５")


@given(
    st.builds(
        "".join,
        st.tuples(*[_DIGIT] * 6, st.sampled_from(". "), _DIGIT),
    )
    | st.text(st.sampled_from("0123456789.:５ "), min_size=7, max_size=10)
)
def test_the_arithmetic_duration_reader_agrees_with_the_form(text):
    from telcobiz.csvformats.values import _DURATION, _tenths

    match = _DURATION.fullmatch(text)
    if match is None:
        assert _tenths(text) is None
    else:
        hours, _, minutes, seconds, tenths = match.groups()
        expected = ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 10 + int(tenths)
        assert _tenths(text) == expected


@pytest.mark.parametrize(
    ("text", "tenths"),
    [
        ("995959.9", 3_599_999),
        ("006000.0", None),
        ("005960.0", None),
        ("00 959.9", None),
        ("00５959.9", None),
    ],
)
def test_the_arithmetic_duration_reader_at_its_edges(text, tenths):
    from telcobiz.csvformats.values import _tenths

    assert _tenths(text) == tenths
