"""ドコモビジネスオンラインショップ: payment methods (DBO-4).

The methods per product kind, the first payment by invoice, and what a credit card payment
needs. The card issuers that are refused or may be are in
:mod:`~telcobiz.policy.docomo.card_issuers`; changing the method later is
:mod:`~telcobiz.policy.docomo.payment_change`.

>>> [method.name for method in payment_methods("mobile").methods]
['ACCOUNT_TRANSFER', 'INVOICE', 'CREDIT_CARD']
>>> check_payment_method("business_d_account", "credit_card", card_issuer="楽天カード").codes
('docomo.card_issuer_refused',)
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from telcobiz.core.citation import DOCOMO_SHOP_FAQ, Citation
from telcobiz.policy._text import parse_choice
from telcobiz.policy.docomo.card_issuers import _ISSUED_ABROAD, _issuer_problems
from telcobiz.policy.docomo.products import ProductKind
from telcobiz.policy.report import Note, Problem, ProblemKind, Report

__all__ = [
    "PaymentMethod",
    "PaymentMethods",
    "check_payment_method",
    "payment_methods",
    "validate_payment_method",
]

_DBO_4 = Citation(DOCOMO_SHOP_FAQ, "支払い方法は何に対応していますか?", rule="DBO-4")
_DBO_4_CHANGE = Citation(
    DOCOMO_SHOP_FAQ, "口座振替への支払い方法変更手続きはどれくらいかかりますか?", rule="DBO-4"
)


class PaymentMethod(enum.Enum):
    """A way to pay the shop's charges (DBO-4).

    >>> PaymentMethod.INVOICE.label
    '請求書払い'
    """

    ACCOUNT_TRANSFER = "account_transfer"
    INVOICE = "invoice"
    CREDIT_CARD = "credit_card"

    @property
    def label(self) -> str:
        """The FAQ's wording (口座振替 / 請求書払い / クレジットカード決済)."""
        return {
            PaymentMethod.ACCOUNT_TRANSFER: "口座振替",
            PaymentMethod.INVOICE: "請求書払い",
            PaymentMethod.CREDIT_CARD: "クレジットカード決済",
        }[self]

    @classmethod
    def parse(cls, text: PaymentMethod | str) -> PaymentMethod:
        """Read a method by value, name or label.

        >>> PaymentMethod.parse("credit-card")
        <PaymentMethod.CREDIT_CARD: 'credit_card'>
        """
        return parse_choice(cls, text, field="method", code="docomo.unknown_payment_method")


@attrs.frozen
class PaymentMethods:
    """The payment methods of a product kind (DBO-4); the methods first.

    >>> methods = payment_methods("other")
    >>> [m.name for m in methods.methods], methods.first_payment
    (['INVOICE', 'ACCOUNT_TRANSFER'], <PaymentMethod.INVOICE: 'invoice'>)
    """

    methods: tuple[PaymentMethod, ...]
    kind: ProductKind
    recommended: PaymentMethod | None
    first_payment: PaymentMethod | None
    card_online: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        methods = ", ".join(method.value.replace("_", " ") for method in self.methods)
        first = f"; the first payment by {self.first_payment.value}" if self.first_payment else ""
        return f"{self.kind.value}: {methods}{first}"


_FIRST_BY_INVOICE = Note(
    "the first payment is by invoice; a change of method starts after the first invoice "
    "arrives, needs its invoice number starting with R, and takes about 2 months",
    "※初回のお支払い方法は、「請求書によるお支払い」のみとなります。",
    "DBO-4",
    _DBO_4,
)
_CARD_MAY_BE_UNAVAILABLE = Note(
    "a credit card may be unavailable depending on the contract",
    "※ご契約内容によってはクレジットカードでのお支払いがご利用いただけない場合がございます。",
    "DBO-4",
    _DBO_4,
)

_METHODS: Final[Mapping[ProductKind, PaymentMethods]] = MappingProxyType(
    {
        ProductKind.MOBILE: PaymentMethods(
            methods=(
                PaymentMethod.ACCOUNT_TRANSFER,
                PaymentMethod.INVOICE,
                PaymentMethod.CREDIT_CARD,
            ),
            kind=ProductKind.MOBILE,
            recommended=PaymentMethod.ACCOUNT_TRANSFER,
            first_payment=None,
            card_online=False,
            notes=(
                Note(
                    "a credit card is arranged at a docomo shop, not online",
                    "クレジットカード決済をご希望の場合は、ドコモショップにてお手続きをお願い致します。",
                    "DBO-4",
                    _DBO_4,
                ),
                Note(
                    "with an account-transfer form, the first 1–2 bills are paper invoices until "
                    "the bank completes",
                    "口座振替依頼書によるお申込みの場合、金融機関との手続き完了までの1~2回は当社"
                    "請求書をお送りします。",
                    "DBO-4",
                    _DBO_4_CHANGE,
                ),
            ),
            rules=("DBO-4",),
            citations=(_DBO_4,),
        ),
        ProductKind.BUSINESS_D_ACCOUNT: PaymentMethods(
            methods=(
                PaymentMethod.INVOICE,
                PaymentMethod.ACCOUNT_TRANSFER,
                PaymentMethod.CREDIT_CARD,
            ),
            kind=ProductKind.BUSINESS_D_ACCOUNT,
            recommended=None,
            first_payment=PaymentMethod.INVOICE,
            card_online=True,
            notes=(_FIRST_BY_INVOICE, _CARD_MAY_BE_UNAVAILABLE),
            rules=("DBO-4",),
            citations=(_DBO_4,),
        ),
        ProductKind.OTHER: PaymentMethods(
            methods=(PaymentMethod.INVOICE, PaymentMethod.ACCOUNT_TRANSFER),
            kind=ProductKind.OTHER,
            recommended=None,
            first_payment=PaymentMethod.INVOICE,
            card_online=False,
            notes=(
                _FIRST_BY_INVOICE,
                Note(
                    "some services offer no account transfer",
                    "※一部サービスは口座振替に対応しておりません。",
                    "DBO-4",
                    _DBO_4,
                ),
            ),
            rules=("DBO-4",),
            citations=(_DBO_4,),
        ),
    }
)


def payment_methods(kind: ProductKind | str) -> PaymentMethods:
    """Return the payment methods of ``kind`` (DBO-4).

    >>> payment_methods("mobile").recommended
    <PaymentMethod.ACCOUNT_TRANSFER: 'account_transfer'>
    """
    return _METHODS[ProductKind.parse(kind)]


def check_payment_method(
    kind: ProductKind | str,
    method: PaymentMethod | str,
    *,
    first_payment: bool = False,
    at_docomo_shop: bool = False,
    card_issuer: str | None = None,
    card_issued_abroad: bool = False,
) -> Report:
    """Report every reason ``method`` cannot pay for ``kind`` (DBO-4); cautions are notes.

    Args:
        kind: mobile devices, ビジネスdアカウント必須 services, or other services.
        method: account transfer, invoice or credit card.
        first_payment: the first payment of a non-mobile service (by invoice only).
        at_docomo_shop: a mobile card payment arranged at a docomo shop (not online).
        card_issuer: the card's issuer, by name (楽天カード is refused for ビジネスd
            アカウント必須 services; 三菱UFJニコス and オリコカード may be refused).
        card_issued_abroad: a card issued abroad (may be refused for mobile).

    >>> check_payment_method("other", "credit_card").codes
    ('docomo.payment_method_not_offered',)
    >>> check_payment_method("business_d_account", "credit_card", card_issuer="楽天カード").codes
    ('docomo.card_issuer_refused',)
    >>> check_payment_method("mobile", "credit_card").codes
    ('docomo.card_at_docomo_shop',)
    >>> check_payment_method("business_d_account", "account_transfer", first_payment=True).codes
    ('docomo.first_payment_by_invoice',)
    """
    offer = payment_methods(kind)
    chosen = PaymentMethod.parse(method)
    problems: list[Problem] = []
    notes: list[Note] = []
    if chosen not in offer.methods:
        problems.append(
            _payment_problem(
                f"method: {chosen.label} is not offered for {offer.kind.label}; offered: "
                + ", ".join(m.label for m in offer.methods),
                f"{offer.kind.label}は"
                + "と".join(f"「{m.label}」" for m in offer.methods)
                + "に対応しています。",
                "method",
                chosen.value,
                code="docomo.payment_method_not_offered",
            )
        )
    if first_payment and offer.first_payment is not None and chosen is not offer.first_payment:
        problems.append(
            _payment_problem(
                f"method: the first payment for {offer.kind.label} is by invoice only",
                "※初回のお支払い方法は、「請求書によるお支払い」のみとなります。",
                "first_payment",
                chosen.value,
                code="docomo.first_payment_by_invoice",
            )
        )
    if chosen is PaymentMethod.CREDIT_CARD and chosen in offer.methods:
        problems.extend(_card_problems(offer.kind, at_docomo_shop, card_issuer, notes))
        if offer.kind is ProductKind.MOBILE and card_issued_abroad:
            notes.append(_ISSUED_ABROAD)
    notes.extend(n for n in offer.notes if n is not _FIRST_BY_INVOICE or first_payment)
    return Report.of(
        f"{chosen.value} for {offer.kind.value}",
        problems,
        notes=notes,
        rules=["DBO-4"],
        citations=[_DBO_4],
    )


def _payment_problem(
    message: str, message_ja: str, field: str, value: str, *, code: str
) -> Problem:
    return Problem(
        code=code,
        message=message,
        message_ja=message_ja,
        field=field,
        value=repr(value),
        rule="DBO-4",
        citation=_DBO_4,
        kind=ProblemKind.RULE,
    )


def _card_problems(
    kind: ProductKind, at_docomo_shop: bool, card_issuer: str | None, notes: list[Note]
) -> list[Problem]:
    problems = []
    if kind is ProductKind.MOBILE and not at_docomo_shop:
        problems.append(
            _payment_problem(
                "method: a credit card for mobile devices is arranged at a docomo shop, not online",
                "クレジットカード決済をご希望の場合は、ドコモショップにてお手続きをお願い致します。",
                "at_docomo_shop",
                "False",
                code="docomo.card_at_docomo_shop",
            )
        )
    problems.extend(_issuer_problems(kind, card_issuer, notes))
    return problems


def validate_payment_method(
    kind: ProductKind | str,
    method: PaymentMethod | str,
    *,
    first_payment: bool = False,
    at_docomo_shop: bool = False,
    card_issuer: str | None = None,
    card_issued_abroad: bool = False,
) -> None:
    """Raise the first problem of :func:`check_payment_method`.

    >>> validate_payment_method("mobile", "credit_card", at_docomo_shop=True)
    """
    check_payment_method(
        kind,
        method,
        first_payment=first_payment,
        at_docomo_shop=at_docomo_shop,
        card_issuer=card_issuer,
        card_issued_abroad=card_issued_abroad,
    ).raise_first()
