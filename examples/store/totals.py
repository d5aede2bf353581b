r"""Monthly totals per phone, by SQL, next to each number's 電話番号別ご利用料金 record (CAC-4).

The call charges of a phone are summed in SQL over its billing month (``calls.billing_month``:
a call that runs past midnight into the next month is billed there, CAC-4), in integer sen,
and set beside the summary's 合計料金 of that month. A month's total is the sum of its
summary records, shown in whole yen with the sen cut off as the self page shows it
(telcobiz's ``MONTH_TOTAL_ROUNDING``: 1,928.50 → 1,928).

>>> from examples.store.loader import load_bytes
>>> from examples.store.schema import open_store
>>> store = open_store(":memory:")
>>> head = "ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n"
>>> _ = load_bytes(store, "usage_2017-11.csv",
...                (head + "0120223335,16.00,16.00,0,0,0\r\n").encode("cp932"))
>>> [str(month) for month in monthly_totals(store)]
['2017-11: 1 phone, summary 16円 (shown 16円), details 0円: 1 phone does not match']
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from itertools import groupby

import attrs

from telcobiz.core.money import Yen
from telcobiz.csvformats import MONTH_TOTAL_ROUNDING

__all__ = ["MonthTotals", "PhoneMonth", "monthly_totals", "sen_to_yen"]

# Each phone and billing month that has calls, joined to its summary record; then the summary
# records without calls. (SQLite has FULL OUTER JOIN only from 3.39.)
_TOTALS = """
WITH details AS (
    SELECT billing_month AS month, phone_key, MIN(phone_number) AS phone_number,
           COUNT(*) AS calls, SUM(charge_sen) AS charge_sen
    FROM calls GROUP BY billing_month, phone_key
)
SELECT d.month, COALESCE(u.phone_number, d.phone_number), d.calls, d.charge_sen, u.total_sen
FROM details AS d
LEFT JOIN usage AS u ON u.month = d.month AND u.phone_key = d.phone_key
WHERE :month IS NULL OR d.month = :month
UNION ALL
SELECT u.month, u.phone_number, 0, 0, u.total_sen
FROM usage AS u
WHERE (:month IS NULL OR u.month = :month)
  AND NOT EXISTS (
      SELECT 1 FROM calls AS c WHERE c.billing_month = u.month AND c.phone_key = u.phone_key
  )
ORDER BY 1, 2
"""


def sen_to_yen(sen: int) -> Yen:
    """Integer sen back to an exact :class:`~telcobiz.core.money.Yen`.

    >>> sen_to_yen(192850), sen_to_yen(-1250)
    (Yen('1928.50'), Yen('-12.50'))
    """
    return Yen(Decimal(sen).scaleb(-2))


@attrs.frozen
class PhoneMonth:
    """One phone in one billing month: its calls summed in SQL, and its summary record.

    ``summary_sen`` is ``None`` when no 電話番号別ご利用料金 of that month has the number.

    >>> PhoneMonth("2017-11", "0120223335", 7, 5600, 5600).matches
    True
    """

    month: str
    phone_number: str
    calls: int
    detail_sen: int
    summary_sen: int | None

    @property
    def matches(self) -> bool:
        """True when the calls add up to the summary's 合計料金 exactly (sen kept)."""
        return self.summary_sen is not None and self.summary_sen == self.detail_sen

    def __str__(self) -> str:
        details = sen_to_yen(self.detail_sen).format(sen=True)
        summary = "none" if self.summary_sen is None else sen_to_yen(self.summary_sen)
        shown = summary if isinstance(summary, str) else summary.format(sen=True)
        verdict = "matches" if self.matches else "DOES NOT MATCH"
        return (
            f"{self.month} {self.phone_number}: {self.calls} calls {details},"
            f" summary {shown}: {verdict}"
        )


@attrs.frozen
class MonthTotals:
    """A billing month: answer first (do all phones match?), then the totals and the phones.

    >>> month = MonthTotals("2017-11", (PhoneMonth("2017-11", "0120223335", 7, 192850, 192850),))
    >>> month.matches, str(month.summary_total), str(month.shown_total)
    (True, '1,928.50円', '1,928円')
    """

    month: str
    phones: tuple[PhoneMonth, ...]

    @property
    def matches(self) -> bool:
        """True when every phone's calls add up to its summary record."""
        return all(phone.matches for phone in self.phones)

    @property
    def summary_total(self) -> Yen:
        """The month's 合計料金 over every summary record, sen kept."""
        return sen_to_yen(sum(p.summary_sen for p in self.phones if p.summary_sen is not None))

    @property
    def detail_total(self) -> Yen:
        """The month's call charges over every phone, sen kept."""
        return sen_to_yen(sum(phone.detail_sen for phone in self.phones))

    @property
    def shown_total(self) -> Yen:
        """The month's total as the self page shows it: whole yen, sen cut off (CAC-4)."""
        return self.summary_total.rounded(MONTH_TOTAL_ROUNDING)

    def __str__(self) -> str:
        count = len(self.phones)
        bad = sum(not phone.matches for phone in self.phones)
        verdict = {0: "all match", 1: "1 phone does not match"}.get(
            bad, f"{bad} phones do not match"
        )
        return (
            f"{self.month}: {count} phone{'s' * (count != 1)}, summary {self.summary_total}"
            f" (shown {self.shown_total}), details {self.detail_total}: {verdict}"
        )


def monthly_totals(store: sqlite3.Connection, month: str | None = None) -> list[MonthTotals]:
    """Every billing month in the store (or just ``month``, ``YYYY-MM``), phone by phone."""
    rows = [
        PhoneMonth(row[0], row[1], row[2], row[3], row[4])
        for row in store.execute(_TOTALS, {"month": month})
    ]
    return [MonthTotals(key, tuple(phones)) for key, phones in groupby(rows, key=lambda p: p.month)]
