"""KDDI Message Cast: plans, delivery methods and the contract desk (MC-1).

- MC-1 (001 §1.1): three plans (SMSのみ, +メッセージのみ, SMS/+メッセージ併用) and two delivery
  methods (API, 入稿ポータル). The guide covers the 入稿ポータル plan only: results for API
  contracts say so (:data:`PORTAL_ONLY_NOTE`). Change forms go by e-mail to the customer desk;
  a cancellation needs a 解約申込書.

>>> [plan.label for plan in MessageCastPlan]
['SMSのみ', '+メッセージのみ', 'SMS/+メッセージ併用']
>>> Delivery.parse("入稿ポータル"), CANCELLATION_FORM
(<Delivery.PORTAL: 'portal'>, '解約申込書')
"""

from __future__ import annotations

import enum
from typing import Final

from telcobiz.core.citation import MESSAGE_CAST_GUIDE, Citation
from telcobiz.policy._text import parse_choice
from telcobiz.policy.report import Note

__all__ = [
    "CANCELLATION_FORM",
    "CUSTOMER_DESK_EMAIL",
    "PORTAL_ONLY_NOTE",
    "Delivery",
    "MessageCastPlan",
]

_MC_1 = Citation(MESSAGE_CAST_GUIDE, "§1.1", row="ご契約手続きの概要", rule="MC-1")

CUSTOMER_DESK_EMAIL: Final = "kmc-support@kddi.com"
"""MC-1: change forms go by e-mail to the KDDI Message Cast お客様窓口 (001 §2.1).

>>> CUSTOMER_DESK_EMAIL
'kmc-support@kddi.com'
"""

CANCELLATION_FORM: Final = "解約申込書"
"""MC-1: the form a cancellation needs (001 §3.1).

>>> CANCELLATION_FORM
'解約申込書'
"""

PORTAL_ONLY_NOTE: Final = Note(
    "the guide covers the 入稿ポータル plan only; API contracts may differ",
    "本資料は入稿ポータルのご契約手続きについての案内です（API利用の契約は異なる場合があります）。",
    "MC-1",
    _MC_1,
)
"""MC-1: the caveat every result for an API contract carries (001 §1.1).

>>> PORTAL_ONLY_NOTE.rule
'MC-1'
"""


class MessageCastPlan(enum.Enum):
    """The contract plans of KDDI Message Cast (ご契約プラン, 001 §1.1).

    >>> MessageCastPlan.COMBINED.label, MessageCastPlan.COMBINED.uses_plus_message
    ('SMS/+メッセージ併用', True)
    """

    SMS_ONLY = "sms_only"
    PLUS_MESSAGE_ONLY = "plus_message_only"
    COMBINED = "combined"

    @property
    def label(self) -> str:
        """The plan's name in the source."""
        return {
            MessageCastPlan.SMS_ONLY: "SMSのみ",
            MessageCastPlan.PLUS_MESSAGE_ONLY: "+メッセージのみ",
            MessageCastPlan.COMBINED: "SMS/+メッセージ併用",
        }[self]

    @property
    def uses_plus_message(self) -> bool:
        """True for the plans with +メッセージ (+メッセージのみ, 併用).

        >>> MessageCastPlan.SMS_ONLY.uses_plus_message
        False
        """
        return self is not MessageCastPlan.SMS_ONLY

    @classmethod
    def parse(cls, text: MessageCastPlan | str) -> MessageCastPlan:
        """Read a plan by value, name or label.

        >>> MessageCastPlan.parse("SMSのみ")
        <MessageCastPlan.SMS_ONLY: 'sms_only'>
        """
        return parse_choice(cls, text, field="plan", code="message_cast.unknown_plan")


class Delivery(enum.Enum):
    """How messages are delivered (メッセージ配信方法, 001 §1.1).

    >>> Delivery.PORTAL.label
    '入稿ポータル'
    """

    API = "api"
    PORTAL = "portal"

    @property
    def label(self) -> str:
        """The source's wording (API利用 / 入稿ポータル)."""
        return {Delivery.API: "API利用", Delivery.PORTAL: "入稿ポータル"}[self]

    @classmethod
    def parse(cls, text: Delivery | str) -> Delivery:
        """Read a delivery method by value, name or label.

        >>> Delivery.parse("api")
        <Delivery.API: 'api'>
        """
        return parse_choice(cls, text, field="delivery", code="message_cast.unknown_delivery")
