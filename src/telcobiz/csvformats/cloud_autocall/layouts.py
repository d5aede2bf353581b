r"""The two CSV layouts of the KDDI クラウドオートコール download files, as data (CAC-6).

電話番号別ご利用料金 (:data:`USAGE_SUMMARY`) and 通話明細 (:data:`CALL_DETAIL`), from
「KDDI クラウドオートコール」 セルフページのご利用方法
(■ダウンロードファイル(CSVファイル)のファイルレイアウト): every length in CP932 bytes,
trailing half-width spaces trimmed (「※右半角スペースはトリミング」). Each summary record must
satisfy 合計料金 = 国内通話 + 国際通話 + au通話 + その他移動体 (CAC-6 Decision; switch it off
with ``USAGE_SUMMARY.without_checks()``).

>>> USAGE_SUMMARY.title, CALL_DETAIL.title, len(CALL_DETAIL.fields)
('電話番号別ご利用料金', '通話明細', 9)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import add, attrgetter, eq
from typing import Any, Final

from telcobiz.core.citation import CLOUD_AUTOCALL_GUIDE, RULEBOOK, Citation
from telcobiz.csvformats.cloud_autocall.records import CallDetail, UsageSummary
from telcobiz.csvformats.fields import Field, FieldType, HeaderTitle
from telcobiz.csvformats.layout import Layout, RecordCheck

__all__ = ["CALL_DETAIL", "USAGE_SUMMARY"]

_LAYOUTS_SECTION = "■ダウンロードファイル(CSVファイル)のファイルレイアウト"
_SUMMARY_SECTION = f"{_LAYOUTS_SECTION} 電話番号別ご利用料金"
_DETAIL_SECTION = f"{_LAYOUTS_SECTION} 通話明細"
_CAC_6_ENCODING = Citation(RULEBOOK, "CAC-6 Decision (CP932, trimmed canonical form)", rule="CAC-6")
_CAC_6_TOTAL = Citation(
    RULEBOOK, "CAC-6 Decision (合計料金 = 国内 + 国際 + au + その他移動体)", rule="CAC-6"
)
_AMOUNT = attrgetter("amount")
_CAC_6_LAST_WIDTH = Citation(RULEBOOK, "CAC-6 Decision (その他移動体 data width 12)", rule="CAC-6")


def _header(title: str, length: int, row: int, section: str) -> HeaderTitle:
    return HeaderTitle(
        title,
        length,
        Citation(CLOUD_AUTOCALL_GUIDE, section, row=f"ヘッダーレコード {row}", rule="CAC-6"),
    )


def _data(
    name: str,
    title: str,
    length: int,
    kind: FieldType,
    row: int,
    section: str,
    description: str,
    *,
    empty: str | None = None,
) -> Field:
    citation = Citation(CLOUD_AUTOCALL_GUIDE, section, row=f"データレコード {row}", rule="CAC-6")
    # Only 地域名 may be empty (CAC-6 Decision): it then reads as "", not None.
    return Field(
        name,
        title,
        length,
        kind,
        citation,
        required=empty is None,
        description=description,
        empty=empty,
    )


def _totals_match(columns: Sequence[Sequence[Any]]) -> list[bool]:
    # Decimal adds and compares in C: a column at a time costs no Python call per record.
    total, domestic, international, au, other = (map(_AMOUNT, column) for column in columns[1:])
    parts = map(add, map(add, map(add, domestic, international), au), other)
    return list(map(eq, total, parts))


def _totals_match_arrow(compute: Any, arrays: Mapping[str, Any]) -> Any:
    # The same sum on Arrow decimals (exact, in C): (((国内 + 国際) + au) + その他移動体).
    parts = arrays["domestic"]
    for name in ("international", "au", "other_mobile"):
        parts = compute.add(parts, arrays[name])
    return compute.equal(arrays["total"], parts)


def _total_mismatch(record: UsageSummary) -> str | None:
    parts = record.parts_total
    if record.total == parts:
        return None
    shown = " + ".join(
        format(amount.amount, "f")
        for amount in (record.domestic, record.international, record.au, record.other_mobile)
    )
    return f"合計料金 {format(record.total.amount, 'f')} but {shown} = {format(parts.amount, 'f')}"


USAGE_SUMMARY: Final[Layout[UsageSummary]] = Layout(
    name="cloud_autocall.usage_summary",
    title="電話番号別ご利用料金",
    header=(
        _header("ご利用電話番号", 14, 1, _SUMMARY_SECTION),
        _header("合計料金", 8, 2, _SUMMARY_SECTION),
        _header("国内通話", 8, 3, _SUMMARY_SECTION),
        _header("国際通話", 8, 4, _SUMMARY_SECTION),
        _header("ａｕ通話", 8, 5, _SUMMARY_SECTION),
        _header("その他移動体", 12, 6, _SUMMARY_SECTION),
    ),
    fields=(
        _data(
            "phone_number",
            "ご利用電話番号",
            13,
            FieldType.PHONE_NUMBER,
            1,
            _SUMMARY_SECTION,
            "ご利用電話番号※",
        ),
        _data("total", "合計料金", 12, FieldType.AMOUNT, 2, _SUMMARY_SECTION, "合計料金※"),
        _data(
            "domestic", "国内通話", 12, FieldType.AMOUNT, 3, _SUMMARY_SECTION, "国内宛て通話料金※"
        ),
        _data(
            "international",
            "国際通話",
            12,
            FieldType.AMOUNT,
            4,
            _SUMMARY_SECTION,
            "国際宛て通話料金※",
        ),
        _data("au", "au通話", 12, FieldType.AMOUNT, 5, _SUMMARY_SECTION, "au宛て通話料金※"),
        Field(
            "other_mobile",
            "その他移動体",
            12,
            FieldType.AMOUNT,
            _CAC_6_LAST_WIDTH,
            description="(the source cuts this row off; width 12 like the other amounts)",
        ),
    ),
    record_type=UsageSummary,
    checks=(
        RecordCheck(
            name="total",
            field="合計料金",
            check=_total_mismatch,
            expected="合計料金 = 国内通話 + 国際通話 + au通話 + その他移動体",
            code="cloud_autocall.total_mismatch",
            rule="CAC-6",
            citation=_CAC_6_TOTAL,
            columns=_totals_match,
            arrow=_totals_match_arrow,
        ),
    ),
    rules=("CAC-6",),
    citations=(
        Citation(CLOUD_AUTOCALL_GUIDE, _SUMMARY_SECTION, rule="CAC-6"),
        _CAC_6_ENCODING,
        _CAC_6_TOTAL,
    ),
)
"""電話番号別ご利用料金: header ご利用電話番号 14, 合計料金 8, 国内通話 8, 国際通話 8, ａｕ通話 8,
その他移動体 12; data ご利用電話番号 13 then five amounts of 12 bytes (CAC-6).

>>> [(field.title, field.length) for field in USAGE_SUMMARY.fields][:2]
[('ご利用電話番号', 13), ('合計料金', 12)]
"""

CALL_DETAIL: Final[Layout[CallDetail]] = Layout(
    name="cloud_autocall.call_detail",
    title="通話明細",
    header=(
        _header("ご利用電話番号", 14, 1, _DETAIL_SECTION),
        _header("通話開始日時", 12, 2, _DETAIL_SECTION),
        _header("通話開始時刻", 12, 3, _DETAIL_SECTION),
        _header("着信電話番号", 12, 4, _DETAIL_SECTION),
        _header("地域名", 6, 5, _DETAIL_SECTION),
        _header("通話時間", 8, 6, _DETAIL_SECTION),
        _header("内線区分", 8, 7, _DETAIL_SECTION),
        _header("呼種別", 6, 8, _DETAIL_SECTION),
        _header("通話料", 6, 9, _DETAIL_SECTION),
    ),
    fields=(
        _data(
            "phone_number",
            "ご利用電話番号",
            13,
            FieldType.PHONE_NUMBER,
            1,
            _DETAIL_SECTION,
            "ご利用電話番号※",
        ),
        _data(
            "call_date",
            "通話開始日付",
            10,
            FieldType.DATE,
            2,
            _DETAIL_SECTION,
            "通話開始日時 「YYYY/MM/DD」形式の文字列",
        ),
        _data(
            "start_time",
            "通話開始時刻",
            10,
            FieldType.TIME,
            3,
            _DETAIL_SECTION,
            "通話開始時刻 「hhmmss.s」形式の文字列",
        ),
        _data(
            "called_number",
            "着信電話番号",
            21,
            FieldType.PHONE_NUMBER,
            4,
            _DETAIL_SECTION,
            "着信先電話番号※",
        ),
        # 番号案内 (104), mobile and IP destinations have no area (CAC-6 Decision): "".
        _data("area", "地域名", 20, FieldType.TEXT, 5, _DETAIL_SECTION, "着信先地域名※", empty=""),
        _data(
            "duration",
            "通話時間",
            10,
            FieldType.DURATION_OR_COUNT,
            6,
            _DETAIL_SECTION,
            "通話時間 「hhmmss.s」形式の文字列 ただし「番号案内」の場合は件数 例)〇件",
        ),
        _data(
            "line_kind",
            "内線区分",
            4,
            FieldType.LINE_KIND,
            7,
            _DETAIL_SECTION,
            "文字列「外線」or「内線」",
        ),
        _data(
            "call_type",
            "呼種別",
            80,
            FieldType.TEXT,
            8,
            _DETAIL_SECTION,
            "呼種 例)「国内呼」「携帯呼」「携帯呼(au 定額)」「IP間呼」などの文字列",
        ),
        _data("charge", "通話料", 6, FieldType.AMOUNT, 9, _DETAIL_SECTION, "通話料※"),
    ),
    record_type=CallDetail,
    checks=(),
    rules=("CAC-6",),
    citations=(Citation(CLOUD_AUTOCALL_GUIDE, _DETAIL_SECTION, rule="CAC-6"), _CAC_6_ENCODING),
)
"""通話明細: header of nine titles; data ご利用電話番号 13, 通話開始日付 10, 通話開始時刻 10,
着信電話番号 21, 地域名 20, 通話時間 10, 内線区分 4, 呼種別 80, 通話料 6 (CAC-6).

>>> sum(field.length for field in CALL_DETAIL.fields)
174
"""
