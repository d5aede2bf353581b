"""KDDI Message Cast contracts: when a new contract is ready and a cancellation ends (MC-2, MC-7).

- :func:`new_contract_lead_time`: 12～22 business days with the SoftBank送信元表示番号
  オプション, counted from the 起算日 (MC-2, CAL-3).
- :func:`cancellation`: by the 10th of month N, no service from N+2; from the 11th, N+3 (MC-7).

Both are stated for the 入稿ポータル plan only (MC-1), and every result says so.

>>> from datetime import date
>>> str(cancellation(date(2026, 11, 10)).no_service_from)
'2027-01'
>>> new_contract_lead_time(date(2026, 11, 2)).latest
datetime.date(2026, 12, 4)
"""

from __future__ import annotations

from datetime import date
from typing import Final

import attrs

from telcobiz.core.citation import MESSAGE_CAST_GUIDE, Citation
from telcobiz.core.text import check_lang, explanation
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.calendar import BusinessCalendar
from telcobiz.scheduling.common import Note, calendar_or_default, require_date
from telcobiz.scheduling.message_cast._notes import CAL_3, INCOMPLETE_DELAYS, PORTAL_ONLY
from telcobiz.scheduling.message_cast.changes import Lead

__all__ = [
    "CANCELLATION_CUTOFF_DAY",
    "NEW_CONTRACT_LEAD",
    "Cancellation",
    "NewContractLeadTime",
    "cancellation",
    "new_contract_lead_time",
]

_MC_2 = Citation(MESSAGE_CAST_GUIDE, "§1.2 ※3, §1.3 ※4", rule="MC-2")
_MC_2_BILLING = Citation(MESSAGE_CAST_GUIDE, "§1.6 課金開始日", rule="MC-2")
_MC_7 = Citation(MESSAGE_CAST_GUIDE, "§3.2", rule="MC-7")
_MC_7_AFTER = Citation(MESSAGE_CAST_GUIDE, "§3.1 解約後の注意事項, 解約条件", rule="MC-7")


# -- MC-2 new contract ----------------------------------------------------------------------

NEW_CONTRACT_LEAD: Final = Lead.business_days(12, 22)
"""MC-2: a new contract with the SoftBank送信元表示番号オプション takes 12～22 business days.

>>> str(NEW_CONTRACT_LEAD)
'12～22営業日'
"""


@attrs.frozen
class NewContractLeadTime:
    """When a new contract with the SoftBank送信元表示番号オプション is ready (MC-2).

    >>> ready = new_contract_lead_time(date(2026, 11, 2))
    >>> ready.earliest, ready.latest
    (datetime.date(2026, 11, 19), datetime.date(2026, 12, 4))
    """

    earliest: date
    latest: date
    applied_on: date
    start_day: date
    lead: str
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> new_contract_lead_time(date(2026, 11, 2)).sentence("ja")
        '2026-11-02申込の新規契約（SoftBank送信元表示番号オプション）は2026-11-19～2026-12-04に完了します。'
        """
        if check_lang(lang) == "ja":
            return (
                f"{self.applied_on}申込の新規契約（SoftBank送信元表示番号オプション）は"
                f"{self.earliest}～{self.latest}に完了します。"
            )
        return (
            f"A new contract with the SoftBank送信元表示番号オプション applied for on "
            f"{self.applied_on} is ready between {self.earliest} and {self.latest}."
        )

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: the 起算日, the lead time, notes and sources.

        >>> print(new_contract_lead_time(date(2026, 11, 2)).explain("en").splitlines()[1])
        start day (起算日, business day 1): 2026-11-04; lead time 12～22営業日
        """
        head = "起算日（1営業日目）" if lang == "ja" else "start day (起算日, business day 1)"
        lead = "必要日数" if lang == "ja" else "lead time"
        details = [f"{head}: {self.start_day}; {lead} {self.lead}"]
        return explanation(
            self.sentence(lang),
            details,
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


_BILLING_STARTS = Note(
    "message_cast.billing_starts_at_notice",
    "アカウント通知書発行後より課金開始となります。",
    "billing starts when the account notice (アカウント通知書) is issued.",
)


def new_contract_lead_time(
    applied_on: date, *, calendar: BusinessCalendar | None = None
) -> NewContractLeadTime:
    """Compute when a new contract with the SoftBank送信元表示番号オプション is ready (MC-2).

    The source states a lead time for this case only: 12～22 business days from the
    application (§1.2 ※3, §1.3 ※4), counted as in CAL-3 (the business day after the
    application is day 1). Billing starts when the account notice is issued (§1.6).

    >>> new_contract_lead_time(date(2026, 12, 25)).earliest  # 年末年始, 成人の日 closed
    datetime.date(2027, 1, 19)
    """
    applied_on = require_date(applied_on, "applied_on")
    calendar = calendar_or_default(calendar)
    earliest, latest = NEW_CONTRACT_LEAD.dates(applied_on, calendar)
    return NewContractLeadTime(
        earliest=earliest,
        latest=latest,
        applied_on=applied_on,
        start_day=calendar.next_business_day(applied_on),
        lead=str(NEW_CONTRACT_LEAD),
        notes=(_BILLING_STARTS, PORTAL_ONLY, INCOMPLETE_DELAYS),
        rules=("MC-2", "CAL-3", "CAL-1"),
        citations=(_MC_2, _MC_2_BILLING, CAL_3, *calendar.citations),
    )


# -- MC-7 cancellation ----------------------------------------------------------------------

CANCELLATION_CUTOFF_DAY: Final = 10
"""MC-7: a cancellation received by the 10th ends service from the month after next.

>>> CANCELLATION_CUTOFF_DAY
10
"""


@attrs.frozen
class Cancellation:
    """When a cancellation takes effect (MC-7): the first month without service, the last billed.

    >>> stop = cancellation(date(2026, 11, 10))
    >>> str(stop.no_service_from), str(stop.last_billed_month)
    ('2027-01', '2026-12')
    """

    no_service_from: YearMonth
    last_billed_month: YearMonth
    received_on: date
    by_cutoff: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def last_service_day(self) -> date:
        """The last day of the last billed usage month.

        >>> cancellation(date(2026, 11, 11)).last_service_day
        datetime.date(2027, 1, 31)
        """
        return self.last_billed_month.last_day

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> cancellation(date(2026, 11, 11)).sentence("ja")
        '2026-11-11受付の解約は2027-02ご利用分からの解約です（最終請求は2027-01ご利用分）。'
        """
        if check_lang(lang) == "ja":
            return (
                f"{self.received_on}受付の解約は{self.no_service_from}ご利用分からの解約です"
                f"（最終請求は{self.last_billed_month}ご利用分）。"
            )
        return (
            f"A cancellation received on {self.received_on} ends service from "
            f"{self.no_service_from}; {self.last_billed_month} is the last billed month."
        )

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: the 10th/11th rule applied, what stops, notes and sources.

        >>> print(cancellation(date(2026, 11, 10)).explain("en").splitlines()[1])
        received by the 10th of 2026-11: service ends from month N+2
        """
        month = YearMonth.of(self.received_on)
        if lang == "ja":
            rule = (
                f"{month}の{CANCELLATION_CUTOFF_DAY}日までの申し込み: 翌々月ご利用分から"
                if self.by_cutoff
                else f"{month}の{CANCELLATION_CUTOFF_DAY + 1}日以降の申し込み: N+3月ご利用分から"
            )
        else:
            rule = (
                f"received by the {CANCELLATION_CUTOFF_DAY}th of {month}: "
                "service ends from month N+2"
                if self.by_cutoff
                else f"received on the {CANCELLATION_CUTOFF_DAY + 1}th of {month} or later: "
                "service ends from month N+3"
            )
        return explanation(
            self.sentence(lang),
            [rule],
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


_AFTER_CANCELLATION = (
    Note(
        "message_cast.after_cancellation",
        "解約後はSMSおよび+メッセージ配信、入稿Portalのご利用、配信ログの確認ができません。",
        "after cancellation: no SMS/+メッセージ delivery, no 入稿Portal, no delivery logs "
        "(not even for earlier deliveries).",
    ),
    Note(
        "message_cast.termination_fee",
        "ご契約内容によっては、契約解除料が発生する場合があります（契約プラン表参照）。",
        "a termination fee may apply depending on the contract (see the plan table).",
    ),
    Note(
        "message_cast.cancellation_form",
        "解約申込書をKDDI Message Cast お客様窓口までご提出ください。",
        "send a 解約申込書 to the KDDI Message Cast customer desk.",
    ),
)


def cancellation(received_on: date) -> Cancellation:
    """When a cancellation received on ``received_on`` (month N) takes effect (MC-7, §3.2).

    By the 10th: no service from month N+2 (last billed N+1); the 11th or later: from N+3
    (last billed N+2). Calendar days, not business days: the 10th counts even on a Sunday.

    >>> str(cancellation(date(2026, 12, 11)).no_service_from)
    '2027-03'
    """
    received_on = require_date(received_on, "received_on")
    by_cutoff = received_on.day <= CANCELLATION_CUTOFF_DAY
    no_service_from = YearMonth.of(received_on) + (2 if by_cutoff else 3)
    return Cancellation(
        no_service_from=no_service_from,
        last_billed_month=no_service_from.shift(-1),
        received_on=received_on,
        by_cutoff=by_cutoff,
        notes=(*_AFTER_CANCELLATION, PORTAL_ONLY),
        rules=("MC-7",),
        citations=(_MC_7, _MC_7_AFTER),
    )
