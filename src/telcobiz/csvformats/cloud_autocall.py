r"""KDDI クラウドオートコール download files: 電話番号別ご利用料金 and 通話明細 (CAC-6, CAC-4).

The two CSV layouts of 「KDDI クラウドオートコール」 セルフページのご利用方法
(■ダウンロードファイル(CSVファイル)のファイルレイアウト), as data: every length in CP932 bytes,
trailing half-width spaces trimmed (「※右半角スペースはトリミング」). Each summary record must
satisfy 合計料金 = 国内通話 + 国際通話 + au通話 + その他移動体 (CAC-6 Decision; switch it off
with ``USAGE_SUMMARY.without_checks()``). :func:`reconcile` checks a call-detail file against
a summary file number by number (CAC-4: sen are kept, the month total is shown truncated).

>>> from telcobiz.csvformats import read
>>> summary = read("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n"
...                "05012345678,1928.50,56.00,0.00,1872.50,0.00\r\n", USAGE_SUMMARY)
>>> record = next(summary)
>>> str(record.total), str(record.total.rounded(Rounding.DOWN))
('1,928.50円', '1,928円')
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any, Final, NamedTuple

import attrs
from cattrs.cols import namedtuple_dict_structure_factory, namedtuple_dict_unstructure_factory

from telcobiz.core.citation import CLOUD_AUTOCALL_GUIDE, RULEBOOK, Citation
from telcobiz.core.conversion import converter
from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Rounding, Yen
from telcobiz.core.text import check_lang, explanation
from telcobiz.core.yearmonth import YearMonth
from telcobiz.csvformats._text import counted
from telcobiz.csvformats.fields import Field, FieldType, HeaderTitle
from telcobiz.csvformats.layout import Layout, RecordCheck, record_type_check
from telcobiz.csvformats.values import CallCount, CallDuration, LineKind

__all__ = [
    "CALL_DETAIL",
    "MONTH_TOTAL_ROUNDING",
    "USAGE_SUMMARY",
    "CallDetail",
    "NumberReconciliation",
    "Reconciliation",
    "UsageSummary",
    "reconcile",
]

_LAYOUTS_SECTION = "■ダウンロードファイル(CSVファイル)のファイルレイアウト"
_SUMMARY_SECTION = f"{_LAYOUTS_SECTION} 電話番号別ご利用料金"
_DETAIL_SECTION = f"{_LAYOUTS_SECTION} 通話明細"
_CAC_4 = Citation(
    CLOUD_AUTOCALL_GUIDE, "■ご利用料金の確認 (注記), ■ウェブ上でのご利用明細の確認", rule="CAC-4"
)
_CAC_4_DECISION = Citation(
    RULEBOOK, "CAC-4 Decision (sen truncated when a month total is shown)", rule="CAC-4"
)
_CAC_6_ENCODING = Citation(RULEBOOK, "CAC-6 Decision (CP932, trimmed canonical form)", rule="CAC-6")
_CAC_6_TOTAL = Citation(
    RULEBOOK, "CAC-6 Decision (合計料金 = 国内 + 国際 + au + その他移動体)", rule="CAC-6"
)
_CAC_6_LAST_WIDTH = Citation(RULEBOOK, "CAC-6 Decision (その他移動体 data width 12)", rule="CAC-6")

MONTH_TOTAL_ROUNDING: Final = Rounding.DOWN
"""CAC-4: a month's total is shown in whole yen with the sen cut off (1,928.50 → 1,928).

>>> str(Yen("1928.50").rounded(MONTH_TOTAL_ROUNDING))
'1,928円'
"""


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
) -> Field:
    citation = Citation(CLOUD_AUTOCALL_GUIDE, section, row=f"データレコード {row}", rule="CAC-6")
    return Field(name, title, length, kind, citation, description=description)


class UsageSummary(NamedTuple):
    """One record of 電話番号別ご利用料金: a number's charges for the month (CAC-6).

    Amounts keep their sen (``Yen("1928.50")``); ``parts_total`` adds the four categories.

    >>> row = UsageSummary("05012345678", Yen("1928.50"), Yen("56.00"), Yen("0.00"),
    ...                    Yen("1872.50"), Yen("0.00"))
    >>> row.parts_total == row.total
    True
    """

    phone_number: str
    total: Yen
    domestic: Yen
    international: Yen
    au: Yen
    other_mobile: Yen

    @property
    def parts_total(self) -> Yen:
        """国内通話 + 国際通話 + au通話 + その他移動体.

        >>> UsageSummary("0312345678", Yen(9), Yen(8), Yen(0), Yen(0), Yen(0)).parts_total
        Yen('8')
        """
        return self.domestic + self.international + self.au + self.other_mobile


class CallDetail(NamedTuple):
    """One record of 通話明細: a call, or a count of 番号案内 calls (CAC-6).

    ``duration`` is a :class:`CallDuration` (tenths of a second) or, for 番号案内, a
    :class:`CallCount` (「3件」). ``started_at`` joins the date and time (JST, naive).

    >>> call = CallDetail("05012345678", date(2017, 11, 1), time(20, 12, 21, 500000),
    ...                   "03-1234-5678", "東京", CallDuration(660), LineKind.EXTERNAL,
    ...                   "国内呼", Yen("8.00"))
    >>> call.started_at
    datetime.datetime(2017, 11, 1, 20, 12, 21, 500000)
    >>> call.ended_at
    datetime.datetime(2017, 11, 1, 20, 13, 27, 500000)
    """

    phone_number: str
    call_date: date
    start_time: time
    called_number: str
    area: str
    duration: CallDuration | CallCount
    line_kind: LineKind
    call_type: str
    charge: Yen

    @property
    def started_at(self) -> datetime:
        """When the call started (JST, naive).

        >>> CallDetail("0312345678", date(2017, 11, 30), time(23, 59), "104", "番号案内",
        ...            CallCount(1), LineKind.EXTERNAL, "番号案内", Yen(60)).started_at
        datetime.datetime(2017, 11, 30, 23, 59)
        """
        return datetime.combine(self.call_date, self.start_time)

    @property
    def ended_at(self) -> datetime:
        """When the call ended: start + duration (a 番号案内 count has no duration: the start).

        >>> CallDetail("0312345678", date(2017, 11, 30), time(23, 59), "0312345678", "東京",
        ...            CallDuration(1200), LineKind.EXTERNAL, "国内呼", Yen(16)).ended_at
        datetime.datetime(2017, 12, 1, 0, 1)
        """
        if isinstance(self.duration, CallDuration):
            return self.started_at + self.duration.to_timedelta()
        return self.started_at

    @property
    def is_directory_assistance(self) -> bool:
        """True for a 番号案内 record (its 通話時間 is a count like 「3件」).

        >>> call = CallDetail("0312345678", date(2017, 11, 1), time(9), "104", "番号案内",
        ...                   CallCount(3), LineKind.EXTERNAL, "番号案内", Yen(180))
        >>> call.is_directory_assistance
        True
        """
        return isinstance(self.duration, CallCount)

    def billing_month(self) -> YearMonth:
        """The month this call is billed in (CAC-4).

        A call that runs past midnight into the next month is billed in that month; one that
        ends exactly at midnight is not.

        >>> CallDetail("0312345678", date(2017, 10, 31), time(23, 59), "0312345678", "東京",
        ...            CallDuration(1200), LineKind.EXTERNAL, "国内呼", Yen(16)).billing_month()
        YearMonth(2017, 11)
        """
        started = YearMonth.of(self.call_date)
        boundary = datetime.combine(started.shift(1).first_day, time())
        return started.shift(1) if self.ended_at > boundary else started


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
        _data("area", "地域名", 20, FieldType.TEXT, 5, _DETAIL_SECTION, "着信先地域名※"),
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


# -- CAC-4: a call-detail file against a summary file ---------------------------------------------


def _number_key(number: str) -> str:
    # International calls and some domestic numbers come without hyphens, others with them.
    return number.replace("-", "")


@attrs.frozen
class NumberReconciliation:
    """One number's call details against its summary record (CAC-4), answer first.

    ``summary_total`` is ``None`` when the summary has no record for the number;
    ``difference`` is details minus summary. With a month, ``carried_over`` counts calls that
    began the month before and ran into this one (billed here), ``misplaced`` calls that
    CAC-4 bills in another month.

    >>> NumberReconciliation("05012345678", True, Yen("56.00"), Yen("56.00"), Yen(0), 7, 0, 0
    ...                      ).sentence()
    '05012345678: details 56.00円 (7 records) match the summary 56.00円.'
    """

    phone_number: str
    matches: bool
    summary_total: Yen | None
    detail_total: Yen
    difference: Yen
    calls: int
    carried_over: int
    misplaced: int

    def sentence(self, lang: str = "en") -> str:
        """This number's result in one sentence, in ``lang``.

        >>> NumberReconciliation("0312345678", False, None, Yen(8), Yen(8), 1, 0, 0
        ...                      ).sentence("ja")
        '0312345678: 明細 8.00円（1件）は電話番号別ご利用料金にありません。'
        """
        details = self.detail_total.format(sen=True)
        if check_lang(lang) == "ja":
            head = f"{self.phone_number}: 明細 {details}（{self.calls}件）"
            if self.summary_total is None:
                return f"{head}は電話番号別ご利用料金にありません。"
            summary = self.summary_total.format(sen=True)
            verdict = "と一致します" if self.matches else "と一致しません"
            moved = f"（他月分 {self.misplaced}件）" if self.misplaced else ""
            return f"{head}は合計 {summary}{verdict}{moved}。"
        head = f"{self.phone_number}: details {details} ({counted(self.calls, 'record')})"
        if self.summary_total is None:
            return f"{head} have no record in the summary."
        summary = self.summary_total.format(sen=True)
        verdict = "match" if self.matches else "do not match"
        moved = (
            f"; {counted(self.misplaced, 'call')} billed in another month" if self.misplaced else ""
        )
        return f"{head} {verdict} the summary {summary}{moved}."


@attrs.frozen
class Reconciliation:
    """A call-detail file against a summary file (CAC-4), answer first.

    ``matches`` is True when every number's call charges add up to its 合計料金 exactly (sen
    kept), every number is on both sides and, with a month, no call belongs to another
    month. ``month_total`` adds the summary's 合計料金 (sen kept); ``month_total_shown`` is
    it as the self page shows it, in whole yen with the sen cut off.

    >>> result = Reconciliation(True, None, Yen("1928.50"), Yen("1928"), Yen("1928.50"), (),
    ...                         ("CAC-4",), ())
    >>> print(result)
    The call details match the summary for all 0 numbers; month total 1,928.50円 (shown as
    1,928円).
    """

    matches: bool
    month: YearMonth | None
    month_total: Yen
    month_total_shown: Yen
    detail_total: Yen
    numbers: tuple[NumberReconciliation, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def sentence(self, lang: str = "en") -> str:
        """The verdict in one sentence, in ``lang``.

        >>> Reconciliation(False, YearMonth(2017, 11), Yen("8"), Yen("8"), Yen("16"), (),
        ...                (), ()).sentence("ja")
        '2017-11の通話明細は電話番号別ご利用料金と一致しません（0番号中0番号が不一致）。月合計 ...
        """
        total = self.month_total.format(sen=True)
        shown = self.month_total_shown.format()
        bad = sum(not number.matches for number in self.numbers)
        count = len(self.numbers)
        if check_lang(lang) == "ja":
            head = f"{self.month}の通話明細" if self.month else "通話明細"
            verdict = (
                "と一致します"
                if self.matches
                else f"と一致しません（{count}番号中{bad}番号が不一致）"
            )
            return f"{head}は電話番号別ご利用料金{verdict}。月合計 {total}（表示 {shown}）。"
        head = f"The call details of {self.month}" if self.month else "The call details"
        verdict = (
            f"match the summary for {'the' if count == 1 else 'all'} {counted(count, 'number')}"
            if self.matches
            else f"do not match the summary for {bad} of {counted(count, 'number')}"
        )
        return f"{head} {verdict}; month total {total} (shown as {shown})."

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "en") -> str:
        """The verdict, one line per number, then the rules and sources.

        >>> print(Reconciliation(True, None, Yen(0), Yen(0), Yen(0), (), ("CAC-4",), ()
        ...                      ).explain("en"))
        The call details match the summary for all 0 numbers; month total 0.00円 (shown as 0円).
        rules: CAC-4
        """
        details = [number.sentence(lang) for number in self.numbers]
        return explanation(self.sentence(lang), details, self.rules, self.citations, lang)

    def to_rows(self) -> list[dict[str, Any]]:
        """One plain dict per number (amounts as ``Decimal``).

        >>> Reconciliation(True, None, Yen(0), Yen(0), Yen(0), (), (), ()).to_rows()
        []
        """
        return [
            {
                "phone_number": number.phone_number,
                "matches": number.matches,
                "summary_total": None
                if number.summary_total is None
                else number.summary_total.amount,
                "detail_total": number.detail_total.amount,
                "difference": number.difference.amount,
                "calls": number.calls,
                "carried_over": number.carried_over,
                "misplaced": number.misplaced,
            }
            for number in self.numbers
        ]


@attrs.define
class _Tally:
    shown: str
    total: Yen = Yen.ZERO
    calls: int = 0
    carried_over: int = 0
    misplaced: int = 0


def reconcile(
    details: Iterable[CallDetail],
    summary: Iterable[UsageSummary],
    *,
    month: YearMonth | None = None,
) -> Reconciliation:
    """Check a call-detail file against a summary file, number by number (CAC-4, CAC-6).

    Each number's 通話料 are added exactly (sen kept) and compared with its 合計料金;
    numbers match with or without hyphens. With ``month``, each call is also checked to
    belong to that month's bill (a call that runs into the next month is billed there). The
    details are streamed: memory grows with the number of phone numbers, not of calls.

    >>> one = CallDetail("0120223335", date(2017, 11, 1), time(20, 12, 21, 500000),
    ...                  "03-1234-5678", "東京", CallDuration(660), LineKind.EXTERNAL, "国内呼",
    ...                  Yen("8.00"))
    >>> total = UsageSummary("0120223335", Yen("56.00"), Yen("56.00"), Yen(0), Yen(0), Yen(0))
    >>> result = reconcile([one] * 7, [total], month=YearMonth(2017, 11))
    >>> result.matches, str(result.month_total_shown)
    (True, '56円')
    """
    if month is not None and not isinstance(month, YearMonth):
        raise InvalidInput.for_value("month", month, "a YearMonth or None", code="csv.bad_month")
    summaries: dict[str, UsageSummary] = {}
    for record in summary:
        record_type_check(USAGE_SUMMARY, [record])
        key = _number_key(record.phone_number)
        if key in summaries:
            raise InvalidInput.for_value(
                "phone_number",
                record.phone_number,
                "one summary record per number",
                code="cloud_autocall.duplicate_number",
            )
        summaries[key] = record
    tallies: dict[str, _Tally] = {}
    for call in details:
        record_type_check(CALL_DETAIL, [call])
        key = _number_key(call.phone_number)
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = _Tally(call.phone_number)
        tally.total += call.charge
        tally.calls += 1
        if month is not None:
            billed = call.billing_month()
            if billed != month:
                tally.misplaced += 1
            elif YearMonth.of(call.call_date) != month:
                tally.carried_over += 1
    numbers = []
    for key in dict.fromkeys([*summaries, *tallies]):
        found = summaries.get(key)
        tally = tallies.get(key) or _Tally(found.phone_number if found else key)
        summary_total = found.total if found is not None else None
        difference = tally.total - (summary_total or Yen.ZERO)
        numbers.append(
            NumberReconciliation(
                phone_number=found.phone_number if found is not None else tally.shown,
                matches=summary_total is not None and not difference and not tally.misplaced,
                summary_total=summary_total,
                detail_total=tally.total,
                difference=difference,
                calls=tally.calls,
                carried_over=tally.carried_over,
                misplaced=tally.misplaced,
            )
        )
    month_total = Yen.sum(record.total for record in summaries.values())
    return Reconciliation(
        matches=all(number.matches for number in numbers),
        month=month,
        month_total=month_total,
        month_total_shown=month_total.rounded(MONTH_TOTAL_ROUNDING),
        detail_total=Yen.sum(tally.total for tally in tallies.values()),
        numbers=tuple(numbers),
        rules=("CAC-4", "CAC-6"),
        citations=(
            _CAC_4,
            _CAC_4_DECISION,
            *USAGE_SUMMARY.citations[:1],
            *CALL_DETAIL.citations[:1],
        ),
    )


for _record_class in (UsageSummary, CallDetail):
    converter.register_unstructure_hook(
        _record_class, namedtuple_dict_unstructure_factory(_record_class, converter)
    )
    converter.register_structure_hook(
        _record_class, namedtuple_dict_structure_factory(_record_class, converter)
    )
