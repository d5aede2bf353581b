"""KDDI ビジネスオンラインサポート: the purchase-pattern table and its vocabulary (BOS-2).

000 §3.4 「(表) 購入パターン」: what an au order may hold without and with 簡易モバイルエントリー
(:data:`PURCHASE_PATTERNS`, :func:`purchase_pattern`), and the closed sets an order is
described with (purchase method, payment method, billing, line kind, device category, where
terms come from).

>>> purchase_pattern(simple_mobile_entry=False)["購入方法"]
'一括、分割支払い'
>>> PurchaseMethod.parse("レンタル").label
'レンタル'
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Final

import attrs

from telcobiz.policy._text import parse_choice

__all__ = [
    "PURCHASE_PATTERNS",
    "AuPaymentMethod",
    "BillingChoice",
    "OrderLineKind",
    "PatternRow",
    "ProductCategory",
    "PurchaseMethod",
    "TermsSource",
    "purchase_pattern",
]


@attrs.frozen
class PatternRow:
    """One row of the purchase-pattern table (000 §3.4): the item, both columns, the remark.

    Merged cells are repeated in both columns; line breaks inside cells are removed.

    >>> PURCHASE_PATTERNS[6].item, PURCHASE_PATTERNS[6].with_entry
    ('購入方法', '一括、分割支払い、レンタル')
    """

    group: str
    item: str
    without_entry: str
    with_entry: str
    remark: str | None = None

    def value(self, *, simple_mobile_entry: bool) -> str:
        """Return the cell of the column for with or without 簡易モバイルエントリー.

        >>> PURCHASE_PATTERNS[4].value(simple_mobile_entry=False)
        '不可'
        """
        return self.with_entry if simple_mobile_entry else self.without_entry


_DEVICES = "スマートフォン/タブレット/携帯電話/データ通信端末 および上記付属品"
_PAYMENT = "口座振替（窓口払いは選択できません）、クレジット"
_BILLING = "既存請求先に合算・新規請求先指定"

PURCHASE_PATTERNS: Final = (
    PatternRow(
        "デバイス",
        "購入可能端末",
        _DEVICES,
        _DEVICES,
        "本体 or 付属品のみ購入は 1 種類のみ選択可 本体 + 付属品購入は同数のみ選択可",
    ),
    PatternRow("デバイス", "購入可能機種", "指定機種", "弊社とお約束した機種"),
    PatternRow(
        "料金・サービス", "料金プラン・パケット割引", "指定プランのみ", "弊社とお約束したプラン"
    ),
    PatternRow(
        "料金・サービス", "その他割引・オプション", "指定サービスのみ", "弊社とお約束したサービス"
    ),
    PatternRow("料金・サービス", "キャンペーン適用", "不可", "可"),
    PatternRow("料金・サービス", "au ポイント適用", "可", "可"),
    PatternRow("請求・支払", "購入方法", "一括、分割支払い", "一括、分割支払い、レンタル"),
    PatternRow("請求・支払", "支払方法", _PAYMENT, _PAYMENT, "口座振替開始前は窓口払いとなります"),
    PatternRow("請求・支払", "請求方法", _BILLING, _BILLING, "端末と料金は別請求不可"),
    PatternRow("その他", "ビジネスメールアドレス指定", "不可", "可", "Ezweb メールアドレス不可"),
)
"""BOS-2: the ten rows of 「(表) 購入パターン」 (000 §3.4), in the source's order.

>>> [row.item for row in PURCHASE_PATTERNS if row.without_entry != row.with_entry]
['購入可能機種', '料金プラン・パケット割引', 'その他割引・オプション', 'キャンペーン適用', \
'購入方法', 'ビジネスメールアドレス指定']
"""


def purchase_pattern(*, simple_mobile_entry: bool) -> Mapping[str, str]:
    """Return one column of the purchase-pattern table as item → value (BOS-2).

    >>> purchase_pattern(simple_mobile_entry=True)["キャンペーン適用"]
    '可'
    """
    return {
        row.item: row.value(simple_mobile_entry=simple_mobile_entry) for row in PURCHASE_PATTERNS
    }


class OrderLineKind(enum.Enum):
    """What an order line buys: a device (本体) or an accessory (付属品).

    >>> OrderLineKind.ACCESSORY.label
    '付属品'
    """

    DEVICE = "device"
    ACCESSORY = "accessory"

    @property
    def label(self) -> str:
        """The source's wording (本体 / 付属品)."""
        return {OrderLineKind.DEVICE: "本体", OrderLineKind.ACCESSORY: "付属品"}[self]


class ProductCategory(enum.Enum):
    """The device categories the site sells (購入可能端末, 000 §3.4).

    >>> [category.label for category in ProductCategory]
    ['スマートフォン', 'タブレット', '携帯電話', 'データ通信端末']
    """

    SMARTPHONE = "smartphone"
    TABLET = "tablet"
    MOBILE_PHONE = "mobile_phone"
    DATA_DEVICE = "data_device"

    @property
    def label(self) -> str:
        """The source's wording."""
        return {
            ProductCategory.SMARTPHONE: "スマートフォン",
            ProductCategory.TABLET: "タブレット",
            ProductCategory.MOBILE_PHONE: "携帯電話",
            ProductCategory.DATA_DEVICE: "データ通信端末",
        }[self]


class TermsSource(enum.Enum):
    """Where a model, plan or service comes from: the site's line-up or terms agreed with KDDI.

    Terms agreed with KDDI (弊社とお約束した…) come with 簡易モバイルエントリー.

    >>> TermsSource.AGREED.label
    '弊社とお約束した'
    """

    DESIGNATED = "designated"
    AGREED = "agreed"

    @property
    def label(self) -> str:
        """The source's wording (指定 / 弊社とお約束した)."""
        return {TermsSource.DESIGNATED: "指定", TermsSource.AGREED: "弊社とお約束した"}[self]


class PurchaseMethod(enum.Enum):
    """How devices are bought (購入方法).

    >>> PurchaseMethod.parse("レンタル")
    <PurchaseMethod.RENTAL: 'rental'>
    """

    LUMP_SUM = "lump_sum"
    INSTALMENTS = "instalments"
    RENTAL = "rental"

    @property
    def label(self) -> str:
        """The source's wording (一括 / 分割支払い / レンタル)."""
        return {
            PurchaseMethod.LUMP_SUM: "一括",
            PurchaseMethod.INSTALMENTS: "分割支払い",
            PurchaseMethod.RENTAL: "レンタル",
        }[self]

    @classmethod
    def parse(cls, text: PurchaseMethod | str) -> PurchaseMethod:
        """Read a purchase method by value, name or label.

        >>> PurchaseMethod.parse("lump-sum")
        <PurchaseMethod.LUMP_SUM: 'lump_sum'>
        """
        return parse_choice(cls, text, field="purchase", code="bos.unknown_purchase_method")


class AuPaymentMethod(enum.Enum):
    """How the charges are paid (支払方法); counter payment cannot be chosen.

    >>> AuPaymentMethod.COUNTER.label
    '窓口払い'
    """

    ACCOUNT_TRANSFER = "account_transfer"
    CREDIT_CARD = "credit_card"
    COUNTER = "counter"

    @property
    def label(self) -> str:
        """The source's wording (口座振替 / クレジット / 窓口払い)."""
        return {
            AuPaymentMethod.ACCOUNT_TRANSFER: "口座振替",
            AuPaymentMethod.CREDIT_CARD: "クレジット",
            AuPaymentMethod.COUNTER: "窓口払い",
        }[self]

    @classmethod
    def parse(cls, text: AuPaymentMethod | str) -> AuPaymentMethod:
        """Read a payment method by value, name or label.

        >>> AuPaymentMethod.parse("credit-card")
        <AuPaymentMethod.CREDIT_CARD: 'credit_card'>
        """
        return parse_choice(cls, text, field="payment", code="bos.unknown_payment_method")


class BillingChoice(enum.Enum):
    """Where the order is billed (請求方法).

    >>> BillingChoice.NEW.label
    '新規請求先指定'
    """

    EXISTING = "existing"
    NEW = "new"

    @property
    def label(self) -> str:
        """The source's wording."""
        return {BillingChoice.EXISTING: "既存請求先に合算", BillingChoice.NEW: "新規請求先指定"}[
            self
        ]

    @classmethod
    def parse(cls, text: BillingChoice | str) -> BillingChoice:
        """Read a billing choice by value, name or label.

        >>> BillingChoice.parse("new")
        <BillingChoice.NEW: 'new'>
        """
        return parse_choice(cls, text, field="billing", code="bos.unknown_billing")
