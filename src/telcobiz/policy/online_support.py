"""KDDI ビジネスオンラインサポート: who may apply and what an order may hold (BOS-1, BOS-2).

- BOS-1 (000 §4.1): corporations and sole proprietors in Japan may apply, online or in
  writing; not with a head office in Okinawa, and neither a billing nor a shipping address in
  Okinawa may be entered; in principle one contract per corporation (head office) or sole
  proprietor. The first applicant becomes the 代表法人管理者, whose user ID cannot be deleted.
- BOS-2 (000 §3.4): the purchase patterns without and with 簡易モバイルエントリー, checked
  against an order description (:class:`AuOrder`). 簡易モバイルエントリー itself needs a BOS
  contract and a written application (§4.2).

Prefectures are recognised whether written 沖縄県 or 沖縄, in full-width or half-width forms
(NFKC), alone or at the start of an address (after an optional 〒 postal code).

>>> check_application(Applicant("沖縄県那覇市泉崎1-2-2", shipping="東京都千代田区")).codes
('bos.okinawa_head_office',)
>>> order = AuOrder(lines=[OrderLine("device", "iPhone", 3)], purchase=PurchaseMethod.RENTAL)
>>> check_order(order, simple_mobile_entry=False).codes
('bos.rental_needs_simple_entry',)
>>> check_order(order, simple_mobile_entry=True).ok
True
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from telcobiz.core.citation import BOS_DMP_GUIDE, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.policy._text import nfkc, parse_choice
from telcobiz.policy.report import Note, Problem, ProblemKind, Report
from telcobiz.scheduling.hours import BOS_CORPORATE_CENTER

__all__ = [
    "CORPORATE_CENTER_PHONE",
    "PURCHASE_PATTERNS",
    "Applicant",
    "ApplicantKind",
    "ApplicationChannel",
    "AuOrder",
    "AuPaymentMethod",
    "BillingChoice",
    "OrderLine",
    "OrderLineKind",
    "PatternRow",
    "ProductCategory",
    "PurchaseMethod",
    "TermsSource",
    "check_application",
    "check_order",
    "check_simple_entry_application",
    "check_user_deletion",
    "is_ezweb_address",
    "is_okinawa",
    "is_valid_application",
    "is_valid_order",
    "purchase_pattern",
    "validate_application",
    "validate_order",
    "validate_simple_entry_application",
    "validate_user_deletion",
]

_BOS_1_WHO = Citation(BOS_DMP_GUIDE, "§4.1.1", row="お申し込み条件", rule="BOS-1")
_BOS_1_OKINAWA = Citation(
    BOS_DMP_GUIDE, "§4.1.1", row="【注意事項】 その他 お申し込み条件 1", rule="BOS-1"
)
_BOS_1_ONE = Citation(
    BOS_DMP_GUIDE, "§4.1.1", row="【注意事項】 その他 お申し込み条件 2", rule="BOS-1"
)
_BOS_1_HOW = Citation(BOS_DMP_GUIDE, "§4.1.2", row="お申し込み方法", rule="BOS-1")
_BOS_1_ADMIN = Citation(BOS_DMP_GUIDE, "第2章 用語集, §5.2", row="代表法人管理者", rule="BOS-1")
_BOS_1_PREFECTURE = Citation(
    RULEBOOK, "BOS-1 (prefectures matched as 沖縄県 or 沖縄, NFKC)", rule="BOS-1"
)
_BOS_2 = Citation(BOS_DMP_GUIDE, "§3.4", row="(表) 購入パターン", rule="BOS-2")
_BOS_2_ENTRY = Citation(
    BOS_DMP_GUIDE, "§4.2", row="簡易モバイルエントリーのお申し込み", rule="BOS-2"
)

CORPORATE_CENTER_PHONE: Final = "0077-7041"
"""BOS-1: the 法人お客さまセンター's number for written applications (000 第6章).

Its hours are :data:`telcobiz.scheduling.hours.BOS_CORPORATE_CENTER` (9:00–20:00, except
年末年始).

>>> CORPORATE_CENTER_PHONE
'0077-7041'
"""

# -- prefectures -----------------------------------------------------------------------------

_POSTCODE = r"(?:〒\s*)?(?:\d{3}\s*[-‐‑–—−ー]?\s*\d{4}\s*)?"
_OKINAWA = re.compile(
    rf"^\s*{_POSTCODE}(?:日本国?\s*)?(?:沖縄|okinawa(?![a-z]))",
    re.IGNORECASE,
)


def is_okinawa(address: str) -> bool:
    """Tell whether ``address`` is, or starts with, Okinawa prefecture (沖縄県 / 沖縄).

    Full-width and half-width forms are the same (NFKC); a leading 〒 postal code and 日本 are
    skipped; the romanised ``Okinawa`` counts too. An address must start with its prefecture
    to be recognised.

    >>> is_okinawa("沖縄県"), is_okinawa("沖縄"), is_okinawa("〒９００－８５７０　沖縄県那覇市")
    (True, True, True)
    >>> is_okinawa("東京都"), is_okinawa("那覇市"), is_okinawa("OKINAWA")
    (False, False, True)
    """
    if not isinstance(address, str):
        raise InvalidInput.for_value(
            "address", address, "an address or prefecture as text", code="bos.bad_address"
        )
    return _OKINAWA.match(nfkc(address)) is not None


# -- BOS-1: who may apply ------------------------------------------------------------------------


class ApplicantKind(enum.Enum):
    """Who may apply (お申し込み条件, 000 §4.1.1).

    >>> ApplicantKind.SOLE_PROPRIETOR.label
    '個人事業主'
    """

    CORPORATION = "corporation"
    SOLE_PROPRIETOR = "sole_proprietor"

    @property
    def label(self) -> str:
        """The source's wording (法人 / 個人事業主)."""
        return {ApplicantKind.CORPORATION: "法人", ApplicantKind.SOLE_PROPRIETOR: "個人事業主"}[
            self
        ]


class ApplicationChannel(enum.Enum):
    """How a BOS application is made: online or in writing (000 §4.1.2).

    >>> ApplicationChannel.WRITING.label
    '書面'
    """

    ONLINE = "online"
    WRITING = "writing"

    @property
    def label(self) -> str:
        """The source's wording (オンライン / 書面)."""
        return {ApplicationChannel.ONLINE: "オンライン", ApplicationChannel.WRITING: "書面"}[self]


def _addresses(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    try:
        addresses = tuple(value)
    except TypeError:
        raise InvalidInput.for_value(
            "addresses", value, "an address or a list of addresses", code="bos.bad_address"
        ) from None
    for address in addresses:
        if not isinstance(address, str):
            raise InvalidInput.for_value(
                "addresses", address, "an address as text", code="bos.bad_address"
            )
    return addresses


def _head_office(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput.for_value(
            "head_office", value, "an address or prefecture as text", code="bos.bad_address"
        )
    return value


def _count(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput.for_value(
            "existing_contracts", value, "a whole number of 0 or more", code="bos.bad_count"
        )
    return value


@attrs.frozen
class Applicant:
    """A BOS applicant as BOS-1 sees it.

    Attributes:
        head_office: the head office's address or prefecture (本店の所在地; for a sole
            proprietor, the place of business).
        billing: the billing address(es) entered at registration (ご請求先).
        shipping: the device shipping address(es) (デバイス送付先).
        kind: a corporation or a sole proprietor.
        in_japan: whether the applicant is in Japan (日本国内).
        existing_contracts: BOS contracts the corporation (head office) or sole proprietor
            already has.
        channel: online or in writing.

    >>> Applicant("東京都", billing="沖縄", shipping=["大阪府", "沖縄県"]).shipping
    ('大阪府', '沖縄県')
    """

    head_office: str = attrs.field(converter=_head_office)
    billing: tuple[str, ...] = attrs.field(default=(), converter=_addresses, kw_only=True)
    shipping: tuple[str, ...] = attrs.field(default=(), converter=_addresses, kw_only=True)
    kind: ApplicantKind = attrs.field(default=ApplicantKind.CORPORATION, kw_only=True)
    in_japan: bool = attrs.field(default=True, kw_only=True)
    existing_contracts: int = attrs.field(default=0, converter=_count, kw_only=True)
    channel: ApplicationChannel = attrs.field(default=ApplicationChannel.ONLINE, kw_only=True)


_OKINAWA_HEAD_OFFICE = "本店の所在地が沖縄県の場合はお申し込みいただけません。"
_OKINAWA_ADDRESSES = (
    "法人登録の際にご入力いただくご請求およびデバイス送付先情報に沖縄県はご指定いただけません。"
)
_ONE_CONTRACT = "原則 1 法人（本社）または 1 個人事業主につき 1 契約のお申し込みとなります。"
_ADMIN_TEXT = (
    "本サイトを初めてお申し込みいただいた担当者の方を代表法人管理者としてユーザ ID を発行させて"
    "いただきます。代表法人管理者となったお客様のユーザ ID は削除できません。"
)


def _okinawa_address(field: str, index: int, address: str, *, code: str) -> Problem:
    return Problem(
        code=code,
        message=f"{field}[{index}]: a {field} address in Okinawa cannot be entered",
        message_ja=_OKINAWA_ADDRESSES,
        field=f"{field}[{index}]",
        value=repr(address),
        rule="BOS-1",
        citation=_BOS_1_OKINAWA,
        kind=ProblemKind.RULE,
    )


def check_application(applicant: Applicant) -> Report:
    """Report every reason ``applicant`` may not apply for BOS (BOS-1, 000 §4.1).

    The one-contract rule is "in principle" (原則): it is reported, and KDDI may agree to
    exceptions.

    >>> applicant = Applicant("東京都", billing="沖縄県", shipping="沖縄", existing_contracts=1)
    >>> check_application(applicant).codes
    ('bos.okinawa_billing_address', 'bos.okinawa_shipping_address', \
'bos.one_contract_per_corporation')
    >>> check_application(Applicant("東京都千代田区", billing="東京都")).ok
    True
    """
    problems: list[Problem] = []
    if not applicant.in_japan:
        problems.append(
            Problem(
                code="bos.not_in_japan",
                message="only corporations and sole proprietors in Japan may apply",
                message_ja="日本国内の法人ないし個人事業主のお客さま",
                field="in_japan",
                value="False",
                rule="BOS-1",
                citation=_BOS_1_WHO,
                kind=ProblemKind.RULE,
            )
        )
    if is_okinawa(applicant.head_office):
        problems.append(
            Problem(
                code="bos.okinawa_head_office",
                message="head_office: an applicant whose head office is in Okinawa cannot apply",
                message_ja=_OKINAWA_HEAD_OFFICE,
                field="head_office",
                value=repr(applicant.head_office),
                rule="BOS-1",
                citation=_BOS_1_OKINAWA,
                kind=ProblemKind.RULE,
            )
        )
    problems.extend(
        _okinawa_address("billing", index, address, code="bos.okinawa_billing_address")
        for index, address in enumerate(applicant.billing)
        if is_okinawa(address)
    )
    problems.extend(
        _okinawa_address("shipping", index, address, code="bos.okinawa_shipping_address")
        for index, address in enumerate(applicant.shipping)
        if is_okinawa(address)
    )
    if applicant.existing_contracts >= 1:
        problems.append(
            Problem(
                code="bos.one_contract_per_corporation",
                message=(
                    f"existing_contracts: already {applicant.existing_contracts}; in principle "
                    "one contract per corporation (head office) or sole proprietor"
                ),
                message_ja=_ONE_CONTRACT,
                field="existing_contracts",
                value=str(applicant.existing_contracts),
                rule="BOS-1",
                citation=_BOS_1_ONE,
                kind=ProblemKind.RULE,
            )
        )
    notes = [
        Note(
            "the first person to apply becomes the 代表法人管理者, whose user ID cannot be deleted",
            _ADMIN_TEXT,
            "BOS-1",
            _BOS_1_ADMIN,
        )
    ]
    if applicant.channel is ApplicationChannel.WRITING:
        notes.append(
            Note(
                f"for a written application call the 法人お客さまセンター {CORPORATE_CENTER_PHONE} "
                f"({BOS_CORPORATE_CENTER.describe('en')})",
                "書面によるお申し込みをご希望される場合は、法人お客さまセンターまでお電話にて"
                f"お問い合わせください。（{CORPORATE_CENTER_PHONE}、{BOS_CORPORATE_CENTER.text}）",
                "BOS-1",
                _BOS_1_HOW,
            )
        )
    subject = f"BOS application by a {applicant.kind.value.replace('_', ' ')}"
    return Report.of(
        subject,
        problems,
        notes=notes,
        rules=["BOS-1"],
        citations=[_BOS_1_WHO, _BOS_1_OKINAWA, _BOS_1_PREFECTURE],
    )


def validate_application(applicant: Applicant) -> None:
    """Raise the first problem of :func:`check_application`.

    >>> validate_application(Applicant("大阪府大阪市"))
    >>> validate_application(Applicant("沖縄県"))
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: head_office: an applicant whose head office is in \
Okinawa cannot apply
    """
    check_application(applicant).raise_first()


def is_valid_application(applicant: Applicant) -> bool:
    """Tell whether :func:`check_application` finds no problem.

    >>> is_valid_application(Applicant("福岡県", shipping="沖縄県宮古島市"))
    False
    """
    return check_application(applicant).ok


def check_user_deletion(*, representative: bool) -> Report:
    """Report that the 代表法人管理者's user ID cannot be deleted (BOS-1, 000 第2章, §5.2).

    Changing the representative needs a written application through the 法人お客さまセンター.

    >>> check_user_deletion(representative=True).codes
    ('bos.representative_not_deletable',)
    >>> check_user_deletion(representative=False).ok
    True
    """
    problems = []
    if representative:
        problems.append(
            Problem(
                code="bos.representative_not_deletable",
                message=(
                    "the 代表法人管理者's user ID cannot be deleted; changing the representative "
                    "needs a written application"
                ),
                message_ja="代表法人管理者となったお客様のユーザ ID は削除できません。",
                field="representative",
                value="True",
                rule="BOS-1",
                citation=_BOS_1_ADMIN,
                kind=ProblemKind.RULE,
            )
        )
    return Report.of("deletion of a BOS user ID", problems, rules=["BOS-1"])


def validate_user_deletion(*, representative: bool) -> None:
    """Raise the first problem of :func:`check_user_deletion`.

    >>> validate_user_deletion(representative=False)
    """
    check_user_deletion(representative=representative).raise_first()


# -- BOS-2: purchase patterns ---------------------------------------------------------------------


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


def _purchase(value: PurchaseMethod | str) -> PurchaseMethod:
    return PurchaseMethod.parse(value)


def _payment(value: AuPaymentMethod | str) -> AuPaymentMethod:
    return AuPaymentMethod.parse(value)


def _billing(value: BillingChoice | str) -> BillingChoice:
    return BillingChoice.parse(value)


def _quantity(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInput.for_value(
            "quantity", value, "a whole number of 1 or more", code="bos.bad_quantity"
        )
    return value


def _name(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput.for_value(
            "name", value, "the product's name as non-empty text", code="bos.bad_product"
        )
    return value


def _kind(value: OrderLineKind | str) -> OrderLineKind:
    return parse_choice(OrderLineKind, value, field="kind", code="bos.bad_product")


@attrs.frozen
class OrderLine:
    """One line of an au order: a device or an accessory, its name and quantity.

    >>> OrderLine("accessory", "ケース", 3).kind
    <OrderLineKind.ACCESSORY: 'accessory'>
    """

    kind: OrderLineKind = attrs.field(converter=_kind)
    name: str = attrs.field(converter=_name)
    quantity: int = attrs.field(converter=_quantity)
    category: ProductCategory | None = None


def _lines(value: Iterable[OrderLine]) -> tuple[OrderLine, ...]:
    try:
        lines = tuple(value)
    except TypeError:
        lines = ()
    if not lines or not all(isinstance(line, OrderLine) for line in lines):
        raise InvalidInput.for_value(
            "lines", value, "one or more OrderLine values", code="bos.empty_order"
        )
    return lines


def _email(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput.for_value(
            "business_email", value, "an e-mail address as text", code="bos.bad_email"
        )
    return nfkc(value).strip()


@attrs.frozen(kw_only=True)
class AuOrder:
    """An au order on the site, described by what BOS-2 looks at.

    Attributes:
        lines: the devices and accessories bought.
        models: the models come from the site's designated line-up or from terms agreed with
            KDDI (:class:`TermsSource`).
        plans: the same for the plan and packet discount.
        services: the same for the other discounts and options.
        campaign: a campaign is applied.
        au_points: au points are used.
        purchase: lump sum, instalments or rental.
        payment: account transfer or credit card (counter payment cannot be chosen).
        billing: added to an existing billing account, or a new one.
        separate_billing: the device and the charges billed separately.
        business_email: a business e-mail address to set, if any.

    >>> AuOrder(lines=[OrderLine("device", "Galaxy", 2)], payment="credit_card").payment
    <AuPaymentMethod.CREDIT_CARD: 'credit_card'>
    """

    lines: tuple[OrderLine, ...] = attrs.field(converter=_lines)
    models: TermsSource = TermsSource.DESIGNATED
    plans: TermsSource = TermsSource.DESIGNATED
    services: TermsSource = TermsSource.DESIGNATED
    campaign: bool = False
    au_points: bool = False
    purchase: PurchaseMethod = attrs.field(default=PurchaseMethod.LUMP_SUM, converter=_purchase)
    payment: AuPaymentMethod = attrs.field(
        default=AuPaymentMethod.ACCOUNT_TRANSFER, converter=_payment
    )
    billing: BillingChoice = attrs.field(default=BillingChoice.EXISTING, converter=_billing)
    separate_billing: bool = False
    business_email: str | None = attrs.field(default=None, converter=_email)


_EZWEB_DOMAIN = "ezweb.ne.jp"


def is_ezweb_address(address: str) -> bool:
    """Tell whether ``address`` is an EZweb address (``@ezweb.ne.jp`` or a subdomain of it).

    >>> is_ezweb_address("taro@ezweb.ne.jp"), is_ezweb_address("ＴＡＲＯ＠ＥＺＷＥＢ．ＮＥ．ＪＰ")
    (True, True)
    >>> is_ezweb_address("taro@example.co.jp")
    False
    """
    domain = nfkc(address).strip().rpartition("@")[2].casefold()
    return domain == _EZWEB_DOMAIN or domain.endswith("." + _EZWEB_DOMAIN)


def _rule_problem(message: str, message_ja: str, field: str, value: str, *, code: str) -> Problem:
    return Problem(
        code=code,
        message=message,
        message_ja=message_ja,
        field=field,
        value=value,
        rule="BOS-2",
        citation=_BOS_2,
        kind=ProblemKind.RULE,
    )


def _line_problems(order: AuOrder) -> list[Problem]:
    kinds = {line.kind for line in order.lines}
    if len(kinds) == 1:
        names = list(dict.fromkeys(line.name for line in order.lines))
        if len(names) > 1:
            only = next(iter(kinds)).label
            return [
                _rule_problem(
                    f"lines: a {only}-only order may choose one kind only, got {len(names)}",
                    "本体 or 付属品のみ購入は 1 種類のみ選択可",
                    "lines",
                    repr(names),
                    code="bos.one_kind_only",
                )
            ]
        return []
    quantities = list(dict.fromkeys(line.quantity for line in order.lines))
    if len(quantities) > 1:
        return [
            _rule_problem(
                f"lines: a device + accessory order takes the same quantity on every line, got "
                f"{quantities}",
                "本体 + 付属品購入は同数のみ選択可",
                "lines",
                repr(quantities),
                code="bos.same_quantity",
            )
        ]
    return []


def _entry_problems(order: AuOrder) -> list[Problem]:
    problems = []
    for field, row in (("models", 1), ("plans", 2), ("services", 3)):
        if getattr(order, field) is TermsSource.AGREED:
            item = PURCHASE_PATTERNS[row]
            problems.append(
                _rule_problem(
                    f"{field}: terms agreed with KDDI need 簡易モバイルエントリー; without it: "
                    f"{item.without_entry}",
                    f"{item.item}: 簡易モバイルエントリー契約無の場合は{item.without_entry}",
                    field,
                    repr(TermsSource.AGREED.value),
                    code="bos.agreed_terms_need_simple_entry",
                )
            )
    if order.campaign:
        problems.append(
            _rule_problem(
                "campaign: campaigns apply only with 簡易モバイルエントリー",
                "キャンペーン適用: 簡易モバイルエントリー契約無の場合は不可",
                "campaign",
                "True",
                code="bos.campaign_needs_simple_entry",
            )
        )
    if order.purchase is PurchaseMethod.RENTAL:
        problems.append(
            _rule_problem(
                "purchase: rental is offered only with 簡易モバイルエントリー",
                "購入方法: 簡易モバイルエントリー契約無の場合は一括、分割支払い",
                "purchase",
                repr(order.purchase.value),
                code="bos.rental_needs_simple_entry",
            )
        )
    if order.business_email is not None:
        problems.append(
            _rule_problem(
                "business_email: a business e-mail address can be set only with "
                "簡易モバイルエントリー",
                "ビジネスメールアドレス指定: 簡易モバイルエントリー契約無の場合は不可",
                "business_email",
                repr(order.business_email),
                code="bos.business_email_needs_simple_entry",
            )
        )
    return problems


def _common_problems(order: AuOrder) -> list[Problem]:
    problems = []
    if order.payment is AuPaymentMethod.COUNTER:
        problems.append(
            _rule_problem(
                "payment: counter payment cannot be chosen; pay by account transfer or credit card",
                _PAYMENT,
                "payment",
                repr(order.payment.value),
                code="bos.counter_payment",
            )
        )
    if order.separate_billing:
        problems.append(
            _rule_problem(
                "separate_billing: the device and the charges cannot be billed separately",
                "端末と料金は別請求不可",
                "separate_billing",
                "True",
                code="bos.separate_billing",
            )
        )
    email = order.business_email
    if email is not None:
        local, at, domain = email.rpartition("@")
        if not (at and local and "." in domain):
            problems.append(
                Problem(
                    code="bos.bad_email",
                    message=(
                        f"business_email: got {email!r}; expected an address like "
                        "name@example.co.jp"
                    ),
                    message_ja="ビジネスメールアドレスの形式が正しくありません",
                    field="business_email",
                    value=repr(email),
                    rule="BOS-2",
                    citation=_BOS_2,
                )
            )
        elif is_ezweb_address(email):
            problems.append(
                _rule_problem(
                    "business_email: an EZweb address cannot be the business e-mail address",
                    "Ezweb メールアドレス不可",
                    "business_email",
                    repr(email),
                    code="bos.ezweb_address",
                )
            )
    return problems


def check_order(order: AuOrder, *, simple_mobile_entry: bool) -> Report:
    """Report every part of ``order`` its purchase pattern does not allow (BOS-2, 000 §3.4).

    ``simple_mobile_entry`` says whether the customer has a 簡易モバイルエントリー contract.
    With it, models, plans and services are the ones agreed with KDDI (telcobiz cannot see
    that list, so an order marked ``DESIGNATED`` is not reported).

    >>> order = AuOrder(
    ...     lines=[OrderLine("device", "iPhone", 3), OrderLine("accessory", "ケース", 2)],
    ...     campaign=True, payment="counter", business_email="a@ezweb.ne.jp")
    >>> check_order(order, simple_mobile_entry=True).codes
    ('bos.same_quantity', 'bos.counter_payment', 'bos.ezweb_address')
    >>> check_order(order, simple_mobile_entry=False).codes
    ('bos.same_quantity', 'bos.campaign_needs_simple_entry', \
'bos.business_email_needs_simple_entry', 'bos.counter_payment', 'bos.ezweb_address')
    """
    if not isinstance(simple_mobile_entry, bool):
        raise InvalidInput.for_value(
            "simple_mobile_entry", simple_mobile_entry, "True or False", code="bos.bad_flag"
        )
    problems = _line_problems(order)
    if not simple_mobile_entry:
        problems.extend(_entry_problems(order))
    problems.extend(_common_problems(order))
    notes = []
    if order.payment is AuPaymentMethod.ACCOUNT_TRANSFER:
        notes.append(
            Note(
                "until the account transfer starts, bills are paid at a counter",
                "口座振替開始前は窓口払いとなります",
                "BOS-2",
                _BOS_2,
            )
        )
    entry = "with" if simple_mobile_entry else "without"
    subject = f"au order {entry} 簡易モバイルエントリー"
    return Report.of(subject, problems, notes=notes, rules=["BOS-2"], citations=[_BOS_2])


def validate_order(order: AuOrder, *, simple_mobile_entry: bool) -> None:
    """Raise the first problem of :func:`check_order`.

    >>> validate_order(AuOrder(lines=[OrderLine("device", "iPhone", 1)]), simple_mobile_entry=False)
    >>> validate_order(AuOrder(lines=[OrderLine("device", "iPhone", 1)], separate_billing=True),
    ...                simple_mobile_entry=True)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: separate_billing: the device and the charges cannot be \
billed separately
    """
    check_order(order, simple_mobile_entry=simple_mobile_entry).raise_first()


def is_valid_order(order: AuOrder, *, simple_mobile_entry: bool) -> bool:
    """Tell whether :func:`check_order` finds no problem.

    >>> order = AuOrder(lines=[OrderLine("accessory", "充電器", 5)])
    >>> is_valid_order(order, simple_mobile_entry=False)
    True
    """
    return check_order(order, simple_mobile_entry=simple_mobile_entry).ok


def check_simple_entry_application(*, bos_contract: bool, in_writing: bool) -> Report:
    """Report what a 簡易モバイルエントリー application lacks (BOS-2, 000 §4.2).

    It needs a BOS contract and a written application (through the 法人お客さまセンター).

    >>> check_simple_entry_application(bos_contract=False, in_writing=False).codes
    ('bos.simple_entry_needs_bos', 'bos.simple_entry_needs_writing')
    """
    problems = []
    if not bos_contract:
        problems.append(
            Problem(
                code="bos.simple_entry_needs_bos",
                message="簡易モバイルエントリー is for customers with a BOS contract",
                message_ja="KDDI ビジネスオンラインサポートにお申し込みいただいているお客さま",
                field="bos_contract",
                value="False",
                rule="BOS-2",
                citation=Citation(BOS_DMP_GUIDE, "§4.2.1", row="お申し込み条件", rule="BOS-2"),
                kind=ProblemKind.RULE,
            )
        )
    if not in_writing:
        problems.append(
            Problem(
                code="bos.simple_entry_needs_writing",
                message=(
                    "簡易モバイルエントリー needs a written application; call the 法人お客さま"
                    f"センター {CORPORATE_CENTER_PHONE}"
                ),
                message_ja="書面によるお申し込みが必要となります。",
                field="in_writing",
                value="False",
                rule="BOS-2",
                citation=Citation(BOS_DMP_GUIDE, "§4.2.2", row="お申し込み方法", rule="BOS-2"),
                kind=ProblemKind.RULE,
            )
        )
    return Report.of(
        "簡易モバイルエントリー application", problems, rules=["BOS-2"], citations=[_BOS_2_ENTRY]
    )


def validate_simple_entry_application(*, bos_contract: bool, in_writing: bool) -> None:
    """Raise the first problem of :func:`check_simple_entry_application`.

    >>> validate_simple_entry_application(bos_contract=True, in_writing=True)
    """
    check_simple_entry_application(bos_contract=bos_contract, in_writing=in_writing).raise_first()
