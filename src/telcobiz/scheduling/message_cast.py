"""KDDI Message Cast: when changes, contracts, cancellations and incident targets fall.

Rules MC-2, MC-5, MC-6, MC-7, MC-9, MC-10 with CAL-3 and CAL-4 (RULES.md), read from the
KDDI Message Cast 利用手続きガイド（入稿ポータル） 1.8版. The guide covers the 入稿ポータル plan
only (§1.1, MC-1): API contracts may differ, and every result says so.

- :func:`change_lead_time`: the §2.1 table (:data:`CHANGE_RULES`); several items at once take
  the latest date, compared separately for the earliest and the latest bound (MC-6);
  counting starts on the business day after acceptance, the 起算日, which is day 1 (CAL-3);
  翌月適用 is the 1st of the month after the 起算日's month (CAL-4).
- :func:`new_contract_lead_time`: 12～22 business days with the SoftBank送信元表示番号
  オプション (MC-2).
- :func:`cancellation`: by the 10th of month N, no service from N+2; from the 11th, N+3 (MC-7).
- :func:`maintenance_notice_ok`: planned stops announced at least 7 days ahead (MC-9).
- :func:`incident_targets`: first report within 1 hour, recovery within 2 hours (MC-10).

>>> from datetime import date
>>> lead = change_lead_time([6, 7], date(2026, 11, 2))
>>> lead.earliest, lead.latest
(datetime.date(2026, 11, 17), datetime.date(2026, 11, 30))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import Any, Final

import attrs

from telcobiz.core.citation import MESSAGE_CAST_GUIDE, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput, UnknownItem
from telcobiz.core.jst import JST, jst_naive
from telcobiz.core.text import check_lang, explanation, format_moment
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.calendar import BusinessCalendar
from telcobiz.scheduling.hours import (
    MESSAGE_CAST_MISDELIVERY_RECOVERY,
    Note,
    calendar_or_default,
    require_date,
)

__all__ = [
    "CANCELLATION_CUTOFF_DAY",
    "CHANGE_RULES",
    "DAY_SHIFT",
    "FIRST_REPORT_WITHIN",
    "MAINTENANCE_NOTICE_DAYS",
    "NEW_CONTRACT_LEAD",
    "RECOVERY_WITHIN",
    "Cancellation",
    "ChangeItem",
    "ChangeRule",
    "IncidentCause",
    "IncidentTargets",
    "ItemLeadTime",
    "Lead",
    "LeadKind",
    "LeadTime",
    "MaintenanceKind",
    "MaintenanceNotice",
    "NewContractLeadTime",
    "cancellation",
    "change_lead_time",
    "incident_targets",
    "maintenance_notice_ok",
    "new_contract_lead_time",
]

# -- citations --------------------------------------------------------------------------------

_CAL_3 = Citation(MESSAGE_CAST_GUIDE, "§2.1 留意事項③", rule="CAL-3")
_CAL_4 = Citation(RULEBOOK, "CAL-4 Decision (翌月 counted from the 起算日)", rule="CAL-4")
_MC_6 = Citation(MESSAGE_CAST_GUIDE, "§2.1 留意事項①", rule="MC-6")
_MC_6_DECISION = Citation(
    RULEBOOK, "MC-6 Decision (earliest and latest compared apart)", rule="MC-6"
)
_MC_2 = Citation(MESSAGE_CAST_GUIDE, "§1.2 ※3, §1.3 ※4", rule="MC-2")
_MC_2_BILLING = Citation(MESSAGE_CAST_GUIDE, "§1.6 課金開始日", rule="MC-2")
_MC_7 = Citation(MESSAGE_CAST_GUIDE, "§3.2", rule="MC-7")
_MC_7_AFTER = Citation(MESSAGE_CAST_GUIDE, "§3.1 解約後の注意事項, 解約条件", rule="MC-7")
_MC_9 = Citation(MESSAGE_CAST_GUIDE, "§4.4", row="システムメンテナンス", rule="MC-9")
_MC_9_DECISION = Citation(RULEBOOK, "MC-9 Decision (calendar day 7 days before, JST)", rule="MC-9")
_MC_10 = Citation(MESSAGE_CAST_GUIDE, "§4.4", row="運用目標時間", rule="MC-10")
_MC_10_NIGHT = Citation(MESSAGE_CAST_GUIDE, "§4.4", row="障害検知対応", rule="MC-10")

_PORTAL_ONLY = Note(
    "message_cast.portal_plan_only",
    "入稿ポータルプランの手続きです（API利用の契約は異なる場合があります）。",
    "stated for the 入稿ポータル plan; API contracts may differ.",
)
_INCOMPLETE_DELAYS = Note(
    "message_cast.incomplete_forms_delay",
    "お申し込み内容に不備があった場合、納期に遅延が生じる場合があります。",
    "incomplete or wrong forms delay the dates (not computed).",
)


# -- the §2.1 change table (MC-5) ------------------------------------------------------------


class LeadKind(enum.Enum):
    """How a lead time is stated: a number (or range) of business days, or 翌月適用.

    >>> LeadKind.NEXT_MONTH.label
    '翌月適用'
    """

    BUSINESS_DAYS = "business_days"
    NEXT_MONTH = "next_month"

    @property
    def label(self) -> str:
        """The Japanese wording of the kind."""
        return "営業日" if self is LeadKind.BUSINESS_DAYS else "翌月適用"


def _check_days(instance: Lead, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 0:
        raise InvalidInput.for_value(
            attribute.name,
            value,
            "a whole number of business days, 0 or more",
            code="message_cast.bad_lead",
        )


@attrs.frozen
class Lead:
    """A lead time as the table states it: ``5営業日``, ``6～10営業日`` or ``翌月適用``.

    >>> str(Lead.business_days(6, 10)), str(Lead.next_month())
    ('6～10営業日', '翌月適用')
    """

    kind: LeadKind
    minimum: int = attrs.field(default=0, validator=_check_days)
    maximum: int = attrs.field(default=0, validator=_check_days)

    def __attrs_post_init__(self) -> None:
        if self.maximum < self.minimum:
            raise InvalidInput.for_value(
                "maximum",
                self.maximum,
                f"at least the minimum {self.minimum}",
                code="message_cast.bad_lead",
            )

    @classmethod
    def business_days(cls, minimum: int, maximum: int | None = None) -> Lead:
        """``minimum``～``maximum`` business days (one number when they are equal).

        >>> Lead.business_days(16).maximum
        16
        """
        return cls(LeadKind.BUSINESS_DAYS, minimum, minimum if maximum is None else maximum)

    @classmethod
    def next_month(cls) -> Lead:
        """翌月適用: takes effect on the 1st of the next month (CAL-4).

        >>> Lead.next_month().kind
        <LeadKind.NEXT_MONTH: 'next_month'>
        """
        return cls(LeadKind.NEXT_MONTH)

    def __str__(self) -> str:
        if self.kind is LeadKind.NEXT_MONTH:
            return "翌月適用"
        if self.minimum == self.maximum:
            return f"{self.minimum}営業日"
        return f"{self.minimum}～{self.maximum}営業日"

    def dates(self, accepted_on: date, calendar: BusinessCalendar) -> tuple[date, date]:
        """Return the (earliest, latest) completion dates for an acceptance on ``accepted_on``.

        The 起算日 (the business day after acceptance) is business day 1 (CAL-3); 翌月適用 is
        the 1st of the month after the 起算日's month (CAL-4).

        >>> cal = BusinessCalendar()
        >>> Lead.business_days(5).dates(date(2026, 11, 2), cal)
        (datetime.date(2026, 11, 10), datetime.date(2026, 11, 10))
        >>> Lead.next_month().dates(date(2026, 12, 28), cal)
        (datetime.date(2027, 2, 1), datetime.date(2027, 2, 1))
        """
        if self.kind is LeadKind.NEXT_MONTH:
            first = (YearMonth.of(calendar.next_business_day(accepted_on)) + 1).first_day
            return first, first
        return (
            calendar.add_business_days(accepted_on, self.minimum),
            calendar.add_business_days(accepted_on, self.maximum),
        )


class ChangeItem(enum.IntEnum):
    """The 13 change items of the §2.1 table (变更内容一覧), numbered as the source numbers them.

    >>> ChangeItem(7).label
    'アクセス可能グローバルIPアドレス'
    """

    COMPANY_INFO = 1
    ACCOUNT_CONTACT = 2
    SERVICE_CONTACT = 3
    BILLING_ADDRESS = 4
    PAYMENT_METHOD = 5
    COMPANY_ADMINS = 6
    GLOBAL_IP_ADDRESSES = 7
    SMS_TO_PLUS_MESSAGE = 8
    PLUS_MESSAGE_TO_SMS = 9
    OFFICIAL_ACCOUNT_DISPLAY = 10
    SENDER_NUMBER = 11
    SENDER_NUMBER_NAME = 12
    SOFTBANK_SENDER_OPTION = 13

    @property
    def label(self) -> str:
        """The 変更内容 text of the item, exactly as the source writes it."""
        return _ITEM_LABELS[self]

    @property
    def rule(self) -> ChangeRule:
        """The item's row of :data:`CHANGE_RULES`.

        >>> str(ChangeItem.PLUS_MESSAGE_TO_SMS.rule.lead)
        '16営業日'
        """
        return CHANGE_RULES[self]


_ITEM_LABELS = {
    ChangeItem.COMPANY_INFO: "企業情報",
    ChangeItem.ACCOUNT_CONTACT: "アカウント担当者情報",
    ChangeItem.SERVICE_CONTACT: "サービス・障害などの連絡用情報",
    ChangeItem.BILLING_ADDRESS: "請求書宛先情報",
    ChangeItem.PAYMENT_METHOD: "支払方法",
    ChangeItem.COMPANY_ADMINS: "企業管理者追加・削除",
    ChangeItem.GLOBAL_IP_ADDRESSES: "アクセス可能グローバルIPアドレス",
    ChangeItem.SMS_TO_PLUS_MESSAGE: "SMSのみ利用→+メッセージ利用",
    ChangeItem.PLUS_MESSAGE_TO_SMS: "+メッセージ利用→SMSのみ利用",
    ChangeItem.OFFICIAL_ACCOUNT_DISPLAY: "+メッセージ公式アカウント表示内容等",
    ChangeItem.SENDER_NUMBER: "送信元表示番号",
    ChangeItem.SENDER_NUMBER_NAME: (
        "案件登録時、送信元表示番号を選択する際の選択肢項目名（送信元表示番号名称）"
    ),
    ChangeItem.SOFTBANK_SENDER_OPTION: "SoftBank送信元表示番号オプション",
}


@attrs.frozen
class ChangeRule:
    """One row of the §2.1 table: the item, the form to send, the lead time, the fee mark.

    ``fee`` is True where the table marks a 設定変更料 (○); the amount is not stated (MC-5).

    >>> rule = CHANGE_RULES[ChangeItem.GLOBAL_IP_ADDRESSES]
    >>> rule.form, str(rule.lead), rule.fee
    ('アカウントパラメータ変更申込書 グローバルIPアドレス', '10～18営業日', False)
    """

    item: ChangeItem
    form: str
    lead: Lead
    fee: bool
    citation: Citation


_SERVICE_FORM = "サービス利用変更申込書"
_PARAMETER_FORM = "アカウントパラメータ変更申込書"
_SENDER_FORM = "アカウントパラメータ変更申込書 送信元表示番号"


def _row(item: ChangeItem, form: str, lead: Lead, fee: bool = False) -> ChangeRule:
    return ChangeRule(
        item, form, lead, fee, Citation(MESSAGE_CAST_GUIDE, "§2.1", str(item.value), "MC-5")
    )


CHANGE_RULES: Final[Mapping[ChangeItem, ChangeRule]] = MappingProxyType(
    {
        rule.item: rule
        for rule in (
            _row(ChangeItem.COMPANY_INFO, _SERVICE_FORM, Lead.business_days(5)),
            _row(ChangeItem.ACCOUNT_CONTACT, _SERVICE_FORM, Lead.business_days(5)),
            _row(ChangeItem.SERVICE_CONTACT, _SERVICE_FORM, Lead.next_month()),
            _row(ChangeItem.BILLING_ADDRESS, _SERVICE_FORM, Lead.next_month()),
            _row(ChangeItem.PAYMENT_METHOD, _SERVICE_FORM, Lead.business_days(5)),
            _row(
                ChangeItem.COMPANY_ADMINS,
                "アカウントパラメータ変更申込書 企業管理者追加・削除",
                Lead.business_days(6, 10),
            ),
            _row(
                ChangeItem.GLOBAL_IP_ADDRESSES,
                "アカウントパラメータ変更申込書 グローバルIPアドレス",
                Lead.business_days(10, 18),
            ),
            _row(ChangeItem.SMS_TO_PLUS_MESSAGE, _PARAMETER_FORM, Lead.business_days(6, 10)),
            _row(ChangeItem.PLUS_MESSAGE_TO_SMS, _PARAMETER_FORM, Lead.business_days(16), fee=True),
            _row(ChangeItem.OFFICIAL_ACCOUNT_DISPLAY, _PARAMETER_FORM, Lead.business_days(6, 10)),
            _row(ChangeItem.SENDER_NUMBER, _SENDER_FORM, Lead.business_days(5)),
            # Rows 12 and 13 share one merged "12～22営業日" cell (MC-5 Decision).
            _row(ChangeItem.SENDER_NUMBER_NAME, _SENDER_FORM, Lead.business_days(12, 22)),
            _row(ChangeItem.SOFTBANK_SENDER_OPTION, _SENDER_FORM, Lead.business_days(12, 22)),
        )
    }
)
"""The §2.1 change table (MC-5), one :class:`ChangeRule` per :class:`ChangeItem`.

>>> str(CHANGE_RULES[ChangeItem.SERVICE_CONTACT].lead)
'翌月適用'
"""


def _change_items(items: object) -> tuple[ChangeItem, ...]:
    allowed = "change item numbers 1..13 of the §2.1 table (e.g. [6, 7])"
    if isinstance(items, int):
        items = (items,)
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidInput.for_value("items", items, allowed, code="message_cast.bad_items")
    found: set[ChangeItem] = set()
    for item in items:
        if isinstance(item, bool) or not isinstance(item, int):
            raise UnknownItem.for_value("item", item, allowed, code="message_cast.unknown_item")
        try:
            found.add(ChangeItem(item))
        except ValueError:
            raise UnknownItem.for_value(
                "item", item, allowed, code="message_cast.unknown_item"
            ) from None
    if not found:
        raise InvalidInput.for_value("items", items, allowed, code="message_cast.no_items")
    return tuple(sorted(found))


# -- results ----------------------------------------------------------------------------------


@attrs.frozen
class ItemLeadTime:
    """One item's own dates, before combining (MC-5).

    >>> row = change_lead_time([9], date(2026, 11, 2)).per_item[0]
    >>> row.item.label, row.lead, row.earliest
    ('+メッセージ利用→SMSのみ利用', '16営業日', datetime.date(2026, 11, 26))
    """

    item: ChangeItem
    lead: str
    form: str
    earliest: date
    latest: date
    fee: bool


@attrs.frozen
class LeadTime:
    """When a set of changes completes: the earliest and latest dates, and why (MC-5, MC-6).

    ``governs_earliest`` / ``governs_latest`` are the items whose own dates set each bound.

    >>> lead = change_lead_time([9, 13], date(2026, 11, 2))
    >>> lead.earliest, lead.latest, [i.value for i in lead.governs_earliest]
    (datetime.date(2026, 11, 26), datetime.date(2026, 12, 4), [9])
    >>> lead.fee_applies
    True
    """

    earliest: date
    latest: date
    accepted_on: date
    start_day: date
    governs_earliest: tuple[ChangeItem, ...]
    governs_latest: tuple[ChangeItem, ...]
    per_item: tuple[ItemLeadTime, ...]
    fee_applies: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def items(self) -> tuple[ChangeItem, ...]:
        """The items asked about, in table order.

        >>> change_lead_time([7, 6], date(2026, 11, 2)).items
        (<ChangeItem.COMPANY_ADMINS: 6>, <ChangeItem.GLOBAL_IP_ADDRESSES: 7>)
        """
        return tuple(row.item for row in self.per_item)

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> change_lead_time([1], date(2026, 11, 2)).sentence("ja")
        '2026-11-02受付の変更は2026-11-10に完了します（最長: No.1）。'
        """
        numbers = _numbers(self.governs_latest)
        if check_lang(lang) == "ja":
            when = str(self.earliest)
            if self.latest != self.earliest:
                when += f"～{self.latest}"
            return f"{self.accepted_on}受付の変更は{when}に完了します（最長: No.{numbers}）。"
        when = f"completes on {self.earliest}"
        if self.latest != self.earliest:
            when = f"completes between {self.earliest} and {self.latest}"
        many = len(self.governs_latest) > 1
        who = f"items {numbers} govern" if many else f"item {numbers} governs"
        return f"A change accepted on {self.accepted_on} {when} ({who})."

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: 起算日, each item's row and dates, fee mark, notes, sources.

        >>> for line in change_lead_time([3], date(2026, 11, 30)).explain("en").splitlines()[:6]:
        ...     print(line)
        A change accepted on 2026-11-30 completes on 2027-01-01 (item 3 governs).
        start day (起算日, business day 1): 2026-12-01
        No.3 サービス・障害などの連絡用情報: 翌月適用 → 2027-01-01 (サービス利用変更申込書)
        note: stated for the 入稿ポータル plan; API contracts may differ.
        note: incomplete or wrong forms delay the dates (not computed).
        rules: MC-5, MC-6, CAL-3, CAL-4, CAL-1
        """
        ja = lang == "ja"
        details = ["起算日（1営業日目）: " if ja else "start day (起算日, business day 1): "]
        details[0] += self.start_day.isoformat()
        for row in self.per_item:
            when = (
                str(row.earliest) if row.earliest == row.latest else f"{row.earliest}～{row.latest}"
            )
            fee = (" 設定変更料あり" if ja else " setting-change fee applies") if row.fee else ""
            details.append(
                f"No.{row.item.value} {row.item.label}: {row.lead} → {when} ({row.form}){fee}"
            )
        return explanation(
            self.sentence(lang),
            details,
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )

    def to_rows(self) -> list[dict[str, Any]]:
        """One plain dict per item (for a table or a CSV).

        >>> change_lead_time([6], date(2026, 11, 2)).to_rows()[0]["latest"]
        datetime.date(2026, 11, 17)
        """
        return [
            {
                "item": row.item.value,
                "label": row.item.label,
                "form": row.form,
                "lead": row.lead,
                "earliest": row.earliest,
                "latest": row.latest,
                "fee": row.fee,
            }
            for row in self.per_item
        ]


def _numbers(items: Iterable[ChangeItem]) -> str:
    return ", ".join(str(item.value) for item in items)


def change_lead_time(
    items: Iterable[int | ChangeItem] | int,
    accepted_on: date,
    *,
    calendar: BusinessCalendar | None = None,
) -> LeadTime:
    """When the changes of ``items`` (numbers 1..13 of §2.1) accepted on ``accepted_on`` complete.

    Each item's dates come from :data:`CHANGE_RULES` (MC-5), counted from the 起算日, the
    business day after acceptance, as business day 1 (CAL-3); 翌月適用 is the 1st of the month
    after the 起算日's month (CAL-4). Several items: the latest date wins, for the earliest
    and the latest bound separately (MC-6), so 9 + 13 gives 16～22 business days.

    >>> lead = change_lead_time([6, 7], date(2026, 11, 2))  # 11-03 is 文化の日
    >>> print(lead)
    A change accepted on 2026-11-02 completes between 2026-11-17 and 2026-11-30 (item 7 governs).
    >>> change_lead_time([4], date(2026, 12, 28)).earliest  # 起算日 2027-01-04
    datetime.date(2027, 2, 1)
    """
    chosen = _change_items(items)
    accepted_on = require_date(accepted_on, "accepted_on")
    calendar = calendar_or_default(calendar)
    start_day = calendar.next_business_day(accepted_on)
    per_item = []
    for item in chosen:
        rule = CHANGE_RULES[item]
        earliest, latest = rule.lead.dates(accepted_on, calendar)
        per_item.append(ItemLeadTime(item, str(rule.lead), rule.form, earliest, latest, rule.fee))
    earliest = max(row.earliest for row in per_item)
    latest = max(row.latest for row in per_item)
    kinds = {CHANGE_RULES[item].lead.kind for item in chosen}
    rules = ["MC-5", "MC-6", "CAL-3"]
    citations = [CHANGE_RULES[item].citation for item in chosen]
    citations += [_MC_6, _MC_6_DECISION, _CAL_3]
    if LeadKind.NEXT_MONTH in kinds:
        rules.append("CAL-4")
        citations.append(_CAL_4)
    rules.append("CAL-1")
    return LeadTime(
        earliest=earliest,
        latest=latest,
        accepted_on=accepted_on,
        start_day=start_day,
        governs_earliest=tuple(row.item for row in per_item if row.earliest == earliest),
        governs_latest=tuple(row.item for row in per_item if row.latest == latest),
        per_item=tuple(per_item),
        fee_applies=any(row.fee for row in per_item),
        notes=(_PORTAL_ONLY, _INCOMPLETE_DELAYS),
        rules=tuple(rules),
        citations=(*citations, *calendar.citations),
    )


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
        notes=(_BILLING_STARTS, _PORTAL_ONLY, _INCOMPLETE_DELAYS),
        rules=("MC-2", "CAL-3", "CAL-1"),
        citations=(_MC_2, _MC_2_BILLING, _CAL_3, *calendar.citations),
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
        notes=(*_AFTER_CANCELLATION, _PORTAL_ONLY),
        rules=("MC-7",),
        citations=(_MC_7, _MC_7_AFTER),
    )


# -- MC-9 maintenance notice ----------------------------------------------------------------

MAINTENANCE_NOTICE_DAYS: Final = 7
"""MC-9: a planned stop is announced at least 7 days ahead (「7日前迄に通知します」).

>>> MAINTENANCE_NOTICE_DAYS
7
"""


class MaintenanceKind(enum.Enum):
    """What kind of maintenance a stop is (§4.4); each member carries the source's wording.

    >>> MaintenanceKind.PLANNED.label
    'メンテナンスによるシステム停止'
    """

    PLANNED = "planned"
    EMERGENCY = "emergency"
    THIRD_PARTY = "third_party"

    @property
    def label(self) -> str:
        """The Japanese wording of the kind."""
        return _MAINTENANCE_LABELS[self]


_MAINTENANCE_LABELS = {
    MaintenanceKind.PLANNED: "メンテナンスによるシステム停止",
    MaintenanceKind.EMERGENCY: "緊急メンテナンス作業",
    MaintenanceKind.THIRD_PARTY: "当社以外の事由によるメンテナンス",
}


@attrs.frozen
class MaintenanceNotice:
    """Was a maintenance stop announced in time (MC-9)? ``ok`` first; truthy when in time.

    ``notify_by`` is the last calendar day (JST) a planned stop's notice may be sent.
    ``late`` says whether it was sent after that day, even where the source allows it.

    >>> notice = maintenance_notice_ok(datetime(2026, 11, 13, 18, 0), datetime(2026, 11, 20, 1, 0))
    >>> notice.ok, notice.notify_by
    (True, datetime.date(2026, 11, 13))
    """

    ok: bool
    late: bool
    notify_by: date
    notified_at: datetime
    stop_starts_at: datetime
    kind: MaintenanceKind
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __bool__(self) -> bool:
        return self.ok

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> print(maintenance_notice_ok(datetime(2026, 11, 14, 0, 0), datetime(2026, 11, 20, 1, 0)
        ...     ).sentence("en"))
        Notice of a stop starting 2026-11-20 01:00 JST sent 2026-11-14 00:00 is late \
(due by 2026-11-13).
        """
        stop, sent = format_moment(self.stop_starts_at), format_moment(self.notified_at)
        if check_lang(lang) == "ja":
            if self.kind is MaintenanceKind.EMERGENCY:
                verdict = "緊急メンテナンスのため7日前通知の対象外です"
            elif not self.late:
                verdict = "期限内です"
            elif self.ok:
                verdict = "期限後です（当社以外の事由によるメンテナンスのため遅延は許容されます）"
            else:
                verdict = "期限後です"
            return f"{stop}開始の停止の通知（{sent}）は{verdict}。期限: {self.notify_by}"
        if self.kind is MaintenanceKind.EMERGENCY:
            verdict = "not bound by the 7-day notice (emergency work follows the incident rules)"
        elif not self.late:
            verdict = "in time"
        elif self.ok:
            verdict = "late, which the source allows for a cause outside KDDI/Supership"
        else:
            verdict = "late"
        return (
            f"Notice of a stop starting {stop} JST sent {sent} is {verdict} "
            f"(due by {self.notify_by})."
        )

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: the kind of maintenance, notes and sources.

        >>> print(maintenance_notice_ok(datetime(2026, 11, 13, 23, 59),
        ...     datetime(2026, 11, 20, 0, 0)).explain("en").splitlines()[1])
        kind: メンテナンスによるシステム停止; notice at least 7 days ahead
        """
        kind = "種別" if lang == "ja" else "kind"
        rule = (
            f"{MAINTENANCE_NOTICE_DAYS}日前迄に通知"
            if lang == "ja"
            else f"notice at least {MAINTENANCE_NOTICE_DAYS} days ahead"
        )
        details = [f"{kind}: {self.kind.label}; {rule}"]
        return explanation(
            self.sentence(lang),
            details,
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


_MAINTENANCE_NOTES = {
    MaintenanceKind.PLANNED: Note(
        "message_cast.maintenance_no_reschedule",
        "ご利用企業様都合によるメンテナンス日時の変更は原則承っておりません。",
        "a customer's request to move a maintenance window is not accepted in principle.",
    ),
    MaintenanceKind.EMERGENCY: Note(
        "message_cast.emergency_maintenance",
        "緊急メンテナンス作業は障害検知と同様基準にて対応します。",
        "emergency maintenance follows the incident rules (no 7-day notice).",
    ),
    MaintenanceKind.THIRD_PARTY: Note(
        "message_cast.third_party_maintenance",
        "当社以外の事由によるメンテナンスの場合は、通知が遅れる可能性がございます。",
        "maintenance caused by others than KDDI/Supership may be announced late.",
    ),
}


def maintenance_notice_ok(
    notified_at: datetime,
    stop_starts_at: datetime,
    *,
    kind: MaintenanceKind = MaintenanceKind.PLANNED,
) -> MaintenanceNotice:
    """Whether a notice sent at ``notified_at`` of a stop at ``stop_starts_at`` is in time (MC-9).

    In time when sent on or before the calendar day 7 days before the stop begins (JST), at
    any hour of that day. A late notice of a :attr:`MaintenanceKind.THIRD_PARTY` stop is
    reported as allowed (the source says it may be late); :attr:`MaintenanceKind.EMERGENCY`
    work follows the incident rules and has no 7-day notice. Naive times are JST.

    >>> bool(maintenance_notice_ok(datetime(2026, 11, 14, 9, 0), datetime(2026, 11, 20, 23, 0)))
    False
    >>> bool(maintenance_notice_ok(datetime(2026, 11, 14, 9, 0), datetime(2026, 11, 20, 23, 0),
    ...      kind=MaintenanceKind.THIRD_PARTY))
    True
    """
    if not isinstance(kind, MaintenanceKind):
        raise UnknownItem.for_value(
            "kind",
            kind,
            "a MaintenanceKind (PLANNED, EMERGENCY, THIRD_PARTY)",
            code="message_cast.unknown_maintenance_kind",
        )
    sent = jst_naive(notified_at, field="notified_at")
    stop = jst_naive(stop_starts_at, field="stop_starts_at")
    notify_by = stop.date() - timedelta(days=MAINTENANCE_NOTICE_DAYS)
    late = sent.date() > notify_by
    ok = not late or kind is not MaintenanceKind.PLANNED
    rules = ("MC-9", "CAL-2") if kind is not MaintenanceKind.EMERGENCY else ("MC-9", "MC-10")
    return MaintenanceNotice(
        ok=ok,
        late=late,
        notify_by=notify_by,
        notified_at=sent.replace(tzinfo=JST),
        stop_starts_at=stop.replace(tzinfo=JST),
        kind=kind,
        notes=(_MAINTENANCE_NOTES[kind],),
        rules=rules,
        citations=(_MC_9, _MC_9_DECISION),
    )


# -- MC-10 incident targets -----------------------------------------------------------------

FIRST_REPORT_WITHIN: Final = timedelta(hours=1)
"""MC-10: 速報発出 within 1 hour of confirming a fault (障害事象確認後1時間以内).

>>> FIRST_REPORT_WITHIN
datetime.timedelta(seconds=3600)
"""

RECOVERY_WITHIN: Final = timedelta(hours=2)
"""MC-10: 復旧 within 2 hours of confirming a fault (障害事象確認後2時間以内).

>>> RECOVERY_WITHIN
datetime.timedelta(seconds=7200)
"""

DAY_SHIFT: Final = (time(9), time(18))
"""MC-10: the 日勤帯 of §4.4, 9:00–18:00 (「平日日勤帯（9時-18時）」).

>>> DAY_SHIFT
(datetime.time(9, 0), datetime.time(18, 0))
"""


class IncidentCause(enum.Enum):
    """What caused a fault (§4.4 運用目標時間); each member carries the source's wording.

    >>> IncidentCause.MISDELIVERY_PREVENTION_OPTION.label
    '誤配信防止オプションが起因の不具合'
    """

    SYSTEM = "system"
    MISDELIVERY_PREVENTION_OPTION = "misdelivery_prevention_option"

    @property
    def label(self) -> str:
        """The Japanese wording of the cause."""
        if self is IncidentCause.SYSTEM:
            return "KDDI Message Castシステム起因"
        return "誤配信防止オプションが起因の不具合"


@attrs.frozen
class IncidentTargets:
    """The MC-10 target times for a fault: first report and recovery (targets, not guarantees).

    ``recovery_may_move`` is True for a system fault confirmed outside 9:00–18:00: the source
    says night-time recovery may move to the next day shift and gives no deadline for it.

    >>> targets = incident_targets(datetime(2026, 11, 20, 17, 30),
    ...                            cause=IncidentCause.MISDELIVERY_PREVENTION_OPTION)
    >>> targets.first_report_by.isoformat(), targets.recovery_by.isoformat()
    ('2026-11-20T18:30:00+09:00', '2026-11-24T10:30:00+09:00')
    """

    first_report_by: datetime
    recovery_by: datetime
    confirmed_at: datetime
    cause: IncidentCause
    recovery_may_move: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> print(incident_targets(datetime(2026, 11, 20, 10, 0)).sentence("ja"))
        2026-11-20 10:00確認の障害: 速報発出の目標は2026-11-20 11:00、\
復旧の目標は2026-11-20 12:00です。
        """
        at, report = format_moment(self.confirmed_at), format_moment(self.first_report_by)
        recovery = format_moment(self.recovery_by)
        if check_lang(lang) == "ja":
            text = f"{at}確認の障害: 速報発出の目標は{report}、復旧の目標は{recovery}です。"
            return text + (
                "（夜間帯は翌日勤帯での対応となる場合があります）" if self.recovery_may_move else ""
            )
        text = f"Fault confirmed {at} JST: first report target {report}, recovery target {recovery}"
        return text + (" (may move to the next day shift)." if self.recovery_may_move else ".")

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: the cause, notes and sources.

        >>> print(incident_targets(datetime(2026, 11, 20, 10, 0)).explain("en").splitlines()[1])
        cause: KDDI Message Castシステム起因
        """
        details = [("原因" if lang == "ja" else "cause") + f": {self.cause.label}"]
        return explanation(
            self.sentence(lang),
            details,
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


_TARGETS_NOT_GUARANTEES = Note(
    "message_cast.targets_not_guarantees",
    "運用目標時間であり、保証値ではありません。",
    "these are operating targets (運用目標時間), not guarantees.",
)
_NIGHT_RECOVERY = Note(
    "message_cast.night_recovery",
    "夜間帯で復旧対応が難しい場合は翌日勤帯で対応します。",
    "if recovery is hard at night it moves to the next day shift (no deadline is stated).",
)
_OPTION_DAYTIME = Note(
    "message_cast.option_daytime_recovery",
    "誤配信防止オプションが起因の不具合のみ平日日勤帯（9時-18時）での復旧対応となります。",
    "faults caused by the 誤配信防止オプション are recovered on business days 9:00–18:00 only; "
    "the 2 hours count inside those windows.",
)


def incident_targets(
    confirmed_at: datetime,
    *,
    cause: IncidentCause = IncidentCause.SYSTEM,
    calendar: BusinessCalendar | None = None,
) -> IncidentTargets:
    """Compute the first-report and recovery targets of a fault confirmed at ``confirmed_at``.

    First report: +1 hour. Recovery: +2 hours; for a fault caused by the 誤配信防止オプション
    the 2 hours count only inside business-day 9:00–18:00 windows
    (:data:`~telcobiz.scheduling.hours.MESSAGE_CAST_MISDELIVERY_RECOVERY`), so a fault
    confirmed on a Friday at 17:30 is due the next business day at 10:30. A system fault
    confirmed outside 9:00–18:00 keeps +2 hours and is flagged ``recovery_may_move``.

    >>> incident_targets(datetime(2026, 11, 20, 23, 0)).recovery_may_move
    True
    """
    if not isinstance(cause, IncidentCause):
        raise UnknownItem.for_value(
            "cause",
            cause,
            "an IncidentCause (SYSTEM, MISDELIVERY_PREVENTION_OPTION)",
            code="message_cast.unknown_cause",
        )
    calendar = calendar_or_default(calendar)
    confirmed = jst_naive(confirmed_at, field="confirmed_at").replace(tzinfo=JST)
    notes = [_TARGETS_NOT_GUARANTEES]
    citations = [_MC_10]
    rules = ["MC-10", "CAL-2"]
    if cause is IncidentCause.MISDELIVERY_PREVENTION_OPTION:
        recovery_by = MESSAGE_CAST_MISDELIVERY_RECOVERY.add_working_time(
            confirmed, RECOVERY_WITHIN, calendar=calendar
        )
        may_move = False
        notes.append(_OPTION_DAYTIME)
        rules.append("CAL-1")
        citations.extend(calendar.citations)
    else:
        recovery_by = confirmed + RECOVERY_WITHIN
        may_move = not DAY_SHIFT[0] <= confirmed.time().replace(tzinfo=None) < DAY_SHIFT[1]
        if may_move:
            notes.append(_NIGHT_RECOVERY)
            citations.append(_MC_10_NIGHT)
    return IncidentTargets(
        first_report_by=confirmed + FIRST_REPORT_WITHIN,
        recovery_by=recovery_by,
        confirmed_at=confirmed,
        cause=cause,
        recovery_may_move=may_move,
        notes=tuple(notes),
        rules=tuple(rules),
        citations=tuple(citations),
    )
