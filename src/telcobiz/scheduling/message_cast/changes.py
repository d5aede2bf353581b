"""KDDI Message Cast change lead times: the §2.1 change table (MC-5, MC-6, CAL-3, CAL-4).

:func:`change_lead_time` reads the §2.1 table (:data:`CHANGE_RULES`, one :class:`ChangeRule`
per :class:`ChangeItem`). Several items at once take the latest date, compared separately for
the earliest and the latest bound (MC-6); counting starts on the business day after
acceptance, the 起算日, which is day 1 (CAL-3); 翌月適用 is the 1st of the month after the
起算日's month (CAL-4). Read from the KDDI Message Cast 利用手続きガイド（入稿ポータル） 1.8版,
which covers the 入稿ポータル plan only (MC-1).

>>> from datetime import date
>>> lead = change_lead_time([6, 7], date(2026, 11, 2))
>>> lead.earliest, lead.latest
(datetime.date(2026, 11, 17), datetime.date(2026, 11, 30))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs

from telcobiz.core.citation import MESSAGE_CAST_GUIDE, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput, UnknownItem
from telcobiz.core.frames import columns, to_dataframe
from telcobiz.core.text import check_lang, explanation
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.calendar import BusinessCalendar
from telcobiz.scheduling.common import Note, calendar_or_default, require_date
from telcobiz.scheduling.message_cast._notes import CAL_3, INCOMPLETE_DELAYS, PORTAL_ONLY

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CHANGE_RULES",
    "ChangeItem",
    "ChangeRule",
    "ItemLeadTime",
    "Lead",
    "LeadKind",
    "LeadTime",
    "change_lead_time",
]

_ROW_COLUMNS = columns(
    item="int", label="text", form="text", lead="text", earliest="date", latest="date", fee="bool"
)

_CAL_4 = Citation(RULEBOOK, "CAL-4 Decision (翌月 counted from the 起算日)", rule="CAL-4")
_MC_6 = Citation(MESSAGE_CAST_GUIDE, "§2.1 留意事項①", rule="MC-6")
_MC_6_DECISION = Citation(
    RULEBOOK, "MC-6 Decision (earliest and latest compared apart)", rule="MC-6"
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

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, dates as ``datetime64`` (the ``pandas`` extra).

        >>> change_lead_time([6], date(2026, 11, 2)).to_dataframe()["latest"].dt.date.tolist()
        [datetime.date(2026, 11, 17)]
        """
        return to_dataframe(self.to_rows(), _ROW_COLUMNS, needed_by="LeadTime.to_dataframe()")


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
    citations += [_MC_6, _MC_6_DECISION, CAL_3]
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
        notes=(PORTAL_ONLY, INCOMPLETE_DELAYS),
        rules=tuple(rules),
        citations=(*citations, *calendar.citations),
    )
