r"""Reconciling a 通話明細 file with its 電話番号別ご利用料金 file, number by number (CAC-4).

:func:`reconcile` adds each number's 通話料 exactly (sen kept) and compares them with its
合計料金; with a month it also checks that every call is billed in that month (a call that runs
past midnight into the next month is billed there). The month total is shown in whole yen
with the sen cut off (:data:`MONTH_TOTAL_ROUNDING`).

>>> from telcobiz.csvformats import USAGE_SUMMARY, read
>>> summary = read("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n"
...                "05012345678,1928.50,56.00,0.00,1872.50,0.00\r\n", USAGE_SUMMARY)
>>> result = reconcile([], summary)
>>> result.matches, str(result.month_total), str(result.month_total_shown)
(False, '1,928.50円', '1,928円')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

import attrs

from telcobiz.core.checks import expect_iterable
from telcobiz.core.citation import CLOUD_AUTOCALL_GUIDE, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.frames import columns, to_dataframe
from telcobiz.core.money import Rounding, Yen
from telcobiz.core.text import check_lang, explanation
from telcobiz.core.yearmonth import YearMonth
from telcobiz.csvformats._text import counted, refusal
from telcobiz.csvformats.cloud_autocall.layouts import CALL_DETAIL, USAGE_SUMMARY
from telcobiz.csvformats.cloud_autocall.records import CallDetail, UsageSummary
from telcobiz.csvformats.layout import record_type_check

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MONTH_TOTAL_ROUNDING", "NumberReconciliation", "Reconciliation", "reconcile"]

_NUMBER_COLUMNS = columns(
    phone_number="text",
    matches="bool",
    summary_total="money",
    detail_total="money",
    difference="money",
    calls="int",
    carried_over="int",
    misplaced="int",
)

_CAC_4 = Citation(
    CLOUD_AUTOCALL_GUIDE, "■ご利用料金の確認 (注記), ■ウェブ上でのご利用明細の確認", rule="CAC-4"
)
_CAC_4_DECISION = Citation(
    RULEBOOK, "CAC-4 Decision (sen truncated when a month total is shown)", rule="CAC-4"
)

MONTH_TOTAL_ROUNDING: Final = Rounding.DOWN
"""CAC-4: a month's total is shown in whole yen with the sen cut off (1,928.50 → 1,928).

>>> str(Yen("1928.50").rounded(MONTH_TOTAL_ROUNDING))
'1,928円'
"""


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

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, amounts exact ``decimal128`` (``pandas`` extra).

        >>> empty = Reconciliation(True, None, Yen(0), Yen(0), Yen(0), (), (), ())
        >>> str(empty.to_dataframe()["difference"].dtype)
        'decimal128(18, 2)[pyarrow]'
        """
        return to_dataframe(
            self.to_rows(), _NUMBER_COLUMNS, needed_by="Reconciliation.to_dataframe()"
        )


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

    >>> from datetime import date, time
    >>> from telcobiz.csvformats import CallDuration, LineKind
    >>> one = CallDetail("0120223335", date(2017, 11, 1), time(20, 12, 21, 500000),
    ...                  "03-1234-5678", "東京", CallDuration(660), LineKind.EXTERNAL, "国内呼",
    ...                  Yen("8.00"))
    >>> total = UsageSummary("0120223335", Yen("56.00"), Yen("56.00"), Yen(0), Yen(0), Yen(0))
    >>> result = reconcile([one] * 7, [total], month=YearMonth(2017, 11))
    >>> result.matches, str(result.month_total_shown)
    (True, '56円')
    """
    expect_iterable(details, "details", expected="CallDetail records", code="csv.wrong_record")
    expect_iterable(summary, "summary", expected="UsageSummary records", code="csv.wrong_record")
    if month is not None and not isinstance(month, YearMonth):
        raise refusal(InvalidInput, "month", month, "a YearMonth or None", code="csv.bad_month")
    summaries: dict[str, UsageSummary] = {}
    for record in summary:
        record_type_check(USAGE_SUMMARY, [record])
        key = _number_key(record.phone_number)
        if key in summaries:
            raise refusal(
                InvalidInput,
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
