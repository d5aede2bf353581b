"""ドコモビジネスオンラインショップ: which day an order counts for, and when payment is due.

Rules DBO-1 and DBO-2 (`telcobiz rules`), read from the shop's よくあるご質問. The shop's service
hours (DBO-8) are constants in :mod:`telcobiz.scheduling.hours`.

- :func:`order_date`: an application at or after 13:00, or on a non-business day, counts as
  the next business day (DBO-1).
- :func:`payment_due_date`: mobile and ビジネスdアカウント必須 services are due on the last day
  of the invoice month, moved to the next business day when that is not one (DBO-2).

>>> from datetime import datetime
>>> order_date(datetime(2026, 11, 20, 13, 0)).day  # a Friday, at the cut-off
datetime.date(2026, 11, 24)
>>> payment_due_date(YearMonth(2026, 12)).due
datetime.date(2027, 1, 4)
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Final

import attrs

from telcobiz.core.citation import DOCOMO_SHOP_FAQ, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.jst import JST, jst_naive
from telcobiz.core.text import check_lang, explanation, format_moment
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.calendar import BusinessCalendar, NonBusinessDay
from telcobiz.scheduling.hours import Note, calendar_or_default

__all__ = [
    "ORDER_CUTOFF",
    "OrderDate",
    "PaymentDue",
    "order_date",
    "payment_due_date",
]

ORDER_CUTOFF: Final = time(13)
"""DBO-1: an application at or after 13:00 JST counts as the next business day.

>>> ORDER_CUTOFF
datetime.time(13, 0)
"""

_DBO_1 = Citation(DOCOMO_SHOP_FAQ, "注文後の利用開始日はいつになりますか?", rule="DBO-1")
_DBO_1_DECISION = Citation(RULEBOOK, "DBO-1 Decision (non-business days too)", rule="DBO-1")
_DBO_2 = Citation(DOCOMO_SHOP_FAQ, "支払期限日はいつになりますか?", rule="DBO-2")
_DBO_2_DECISION = Citation(
    RULEBOOK, "DBO-2 Decision (one calendar, 12-31 in the closure)", rule="DBO-2"
)

_INCOMPLETE_DELAYS = Note(
    "docomo.incomplete_delays",
    "万が一お申し込み内容に不備などがあった場合はさらに日数を要する場合がございます。",
    "an incomplete application takes longer (not computed).",
)
_START_DATE_VARIES = Note(
    "docomo.start_date_varies",
    "ご利用開始日については、各サービス・商品ごとに異なります。",
    "the start of use differs by service; this is the day the order counts for.",
)
_OTHER_SERVICES = Note(
    "docomo.other_services_due_date",
    "上記以外のサービスは、各請求書に記載の期日までにお支払いください。",
    "other services: pay by the due date printed on each invoice (not computed).",
)


@attrs.frozen
class OrderDate:
    """The business day an application counts for (DBO-1), answer first.

    >>> result = order_date(datetime(2026, 11, 20, 12, 59))
    >>> result.day, result.after_cutoff
    (datetime.date(2026, 11, 20), False)
    """

    day: date
    submitted_at: datetime
    after_cutoff: bool
    on_business_day: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def moved(self) -> bool:
        """Tell whether the order counts for a later day than the one it was sent on.

        >>> order_date(datetime(2026, 11, 21, 10, 0)).moved  # a Saturday
        True
        """
        return self.day != self.submitted_at.date()

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> order_date(datetime(2026, 11, 20, 13, 0)).sentence("ja")
        '2026-11-20 13:00のお申し込みは2026-11-24扱いです（13時以降のため翌営業日扱い）。'
        """
        sent = format_moment(self.submitted_at)
        if check_lang(lang) == "ja":
            why = ""
            if not self.on_business_day:
                why = "（営業日以外のため翌営業日扱い）"
            elif self.after_cutoff:
                why = "（13時以降のため翌営業日扱い）"
            return f"{sent}のお申し込みは{self.day}扱いです{why}。"
        why = ""
        if not self.on_business_day:
            why = " (sent on a non-business day)"
        elif self.after_cutoff:
            why = " (at or after 13:00: next business day)"
        return f"An application sent {sent} JST counts as {self.day}{why}."

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: the cut-off, the day it was sent, notes and sources.

        >>> print(order_date(datetime(2026, 11, 20, 9, 0)).explain("en").splitlines()[1])
        cut-off 13:00 JST; sent on a business day before the cut-off
        """
        ja = check_lang(lang) == "ja"
        if ja:
            detail = "締め 13:00; " + (
                "営業日以外の送信"
                if not self.on_business_day
                else ("13時以降の送信" if self.after_cutoff else "営業日の13時前の送信")
            )
        else:
            detail = "cut-off 13:00 JST; " + (
                "sent on a non-business day"
                if not self.on_business_day
                else (
                    "sent at or after the cut-off"
                    if self.after_cutoff
                    else "sent on a business day before the cut-off"
                )
            )
        return explanation(
            self.sentence(lang),
            [detail],
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


def order_date(submitted_at: datetime, *, calendar: BusinessCalendar | None = None) -> OrderDate:
    """Return the business day an application sent at ``submitted_at`` counts for (DBO-1).

    Before 13:00 JST on a business day: that day. At or after 13:00, or on a non-business
    day at any hour: the next business day (「お申し込みが13時以降となった場合、翌営業日扱い」,
    and the DBO-1 Decision for non-business days). Naive times are JST.

    >>> order_date(datetime(2026, 12, 28, 13, 0)).day  # 年末年始 follows
    datetime.date(2027, 1, 4)
    >>> order_date(datetime(2026, 11, 21, 9, 0)).day  # Saturday morning
    datetime.date(2026, 11, 24)
    """
    local = jst_naive(submitted_at, field="submitted_at")
    calendar = calendar_or_default(calendar)
    sent_on = local.date()
    business = calendar.is_business_day(sent_on)
    after_cutoff = local.time() >= ORDER_CUTOFF
    day = sent_on if business and not after_cutoff else calendar.next_business_day(sent_on)
    return OrderDate(
        day=day,
        submitted_at=local.replace(tzinfo=JST),
        after_cutoff=after_cutoff,
        on_business_day=business,
        notes=(_START_DATE_VARIES, _INCOMPLETE_DELAYS),
        rules=("DBO-1", "CAL-1", "CAL-2"),
        citations=(_DBO_1, _DBO_1_DECISION, *calendar.citations),
    )


@attrs.frozen
class PaymentDue:
    """The payment due date of an invoice month (DBO-2), answer first.

    ``month_end`` is the last day of the month the invoice is issued; ``closed`` lists why it
    is not a business day when the due date moved.

    >>> due = payment_due_date(YearMonth(2022, 12))
    >>> due.due, due.month_end, due.moved
    (datetime.date(2023, 1, 4), datetime.date(2022, 12, 31), True)
    """

    due: date
    invoice_month: YearMonth
    month_end: date
    closed: tuple[NonBusinessDay, ...]
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def moved(self) -> bool:
        """Tell whether the due date moved past the month end.

        >>> payment_due_date(YearMonth(2026, 11)).moved
        False
        """
        return self.due != self.month_end

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> payment_due_date(YearMonth(2026, 1)).sentence("ja")
        '2026-01発行の請求書の支払期限日は2026-02-02です（末日2026-01-31が営業日でないため翌営業日）。'
        """
        if check_lang(lang) == "ja":
            why = (
                f"（末日{self.month_end}が営業日でないため翌営業日）" if self.moved else "（月末）"
            )
            return f"{self.invoice_month}発行の請求書の支払期限日は{self.due}です{why}。"
        why = (
            f" (the month end {self.month_end} is not a business day)"
            if self.moved
            else " (the month end)"
        )
        return f"An invoice issued in {self.invoice_month} is due on {self.due}{why}."

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: each closed day skipped, notes and sources.

        >>> print(payment_due_date(YearMonth(2026, 12)).explain("en").splitlines()[1])
        skipped 2026-12-31 (Thu): 年末年始: 年末年始
        """
        skipped = "休業日" if check_lang(lang) == "ja" else "skipped"
        details = [f"{skipped} {day}" for day in self.closed]
        return explanation(
            self.sentence(lang),
            details,
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


def payment_due_date(
    invoice_month: YearMonth, *, calendar: BusinessCalendar | None = None
) -> PaymentDue:
    """Return the payment due date of an invoice issued in ``invoice_month`` (DBO-2).

    For mobile and ビジネスdアカウント必須 services: the last day of the month, or the next
    business day when that is a weekend, a holiday or in the year-end closure (one calendar
    for both halves of the rule: 2026-12-31, a Thursday, moves to 2027-01-04). Other
    services pay by the date printed on each invoice, which is an input, not a rule.

    >>> payment_due_date(YearMonth(2026, 5)).due  # 05-31 is a Sunday
    datetime.date(2026, 6, 1)
    >>> payment_due_date(YearMonth(2024, 2)).due  # leap year: 02-29 is a Thursday
    datetime.date(2024, 2, 29)
    """
    if not isinstance(invoice_month, YearMonth):
        raise InvalidInput.for_value(
            "invoice_month",
            invoice_month,
            "a YearMonth such as YearMonth(2026, 12)",
            code="docomo.bad_month",
        )
    calendar = calendar_or_default(calendar)
    month_end = invoice_month.last_day
    due = calendar.roll_forward(month_end)
    closed = tuple(calendar.non_business_days(month_end, due)) if due != month_end else ()
    return PaymentDue(
        due=due,
        invoice_month=invoice_month,
        month_end=month_end,
        closed=closed,
        notes=(_OTHER_SERVICES,),
        rules=("DBO-2", "CAL-1"),
        citations=(_DBO_2, _DBO_2_DECISION, *calendar.citations),
    )
