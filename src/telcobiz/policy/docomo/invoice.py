"""ドコモビジネスオンラインショップ: where an invoice can be paid (DBO-3).

Under 300,000 yen an invoice carries a barcode (banks and convenience stores); from 300,000
yen it does not (banks only). Mobile invoices come from NTT Finance.

>>> invoice_payment(299_999, kind="other").barcode, invoice_payment(300_000, kind="other").barcode
(True, False)
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

from telcobiz.core.citation import DOCOMO_SHOP_FAQ, RULEBOOK, Citation
from telcobiz.core.errors import OutOfRange
from telcobiz.core.money import Yen
from telcobiz.core.text import check_lang
from telcobiz.policy._text import parse_choice
from telcobiz.policy.docomo.products import ProductKind
from telcobiz.policy.report import Note, Problem, ProblemKind, Report

__all__ = [
    "BARCODE_LIMIT",
    "InvoicePayment",
    "PaymentPlace",
    "check_invoice_payment",
    "invoice_payment",
]

_DBO_3 = Citation(DOCOMO_SHOP_FAQ, "どのような請求書が届きますか?", rule="DBO-3")
_DBO_3_DECISION = Citation(
    RULEBOOK, "DBO-3 Decision (300,000 yen exactly: no barcode)", rule="DBO-3"
)


BARCODE_LIMIT: Final = Yen(300_000)
"""DBO-3: invoices under this amount carry a barcode (「30万円未満」); 300,000 yen exactly does
not (the DBO-3 Decision, `telcobiz rules DBO-3`).

>>> str(BARCODE_LIMIT)
'300,000円'
"""


class PaymentPlace(enum.Enum):
    """Where an invoice can be paid.

    >>> PaymentPlace.CONVENIENCE_STORE.label
    'コンビニエンスストア'
    """

    BANK = "bank"
    CONVENIENCE_STORE = "convenience_store"
    DOCOMO_SHOP = "docomo_shop"

    @property
    def label(self) -> str:
        """The FAQ's wording (金融機関 / コンビニエンスストア / ドコモショップ/d garden)."""
        return {
            PaymentPlace.BANK: "金融機関",
            PaymentPlace.CONVENIENCE_STORE: "コンビニエンスストア",
            PaymentPlace.DOCOMO_SHOP: "ドコモショップ/d garden",
        }[self]

    @classmethod
    def parse(cls, text: PaymentPlace | str) -> PaymentPlace:
        """Read a place by value, name or label.

        >>> PaymentPlace.parse("bank")
        <PaymentPlace.BANK: 'bank'>
        """
        return parse_choice(cls, text, field="place", code="docomo.unknown_payment_place")


@attrs.frozen
class InvoicePayment:
    """Where an invoice can be paid (DBO-3); the places first.

    ``barcode`` is ``None`` for mobile invoices (the FAQ sets no amount threshold for them).

    >>> payment = invoice_payment(299_999, kind="other")
    >>> [place.name for place in payment.places], payment.barcode
    (['BANK', 'CONVENIENCE_STORE'], True)
    """

    places: tuple[PaymentPlace, ...]
    barcode: bool | None
    amount: Yen
    kind: ProductKind
    issuer: str | None
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        places = ", ".join(place.value.replace("_", " ") for place in self.places)
        if self.barcode is None:
            return f"{self.kind.value} invoice of {self.amount} from {self.issuer}: pay at {places}"
        barcode = "with a barcode" if self.barcode else "without a barcode"
        return f"{self.kind.value} invoice of {self.amount} {barcode}: pay at {places}"

    def explain(self, lang: str = "ja") -> str:
        """Give the places, the notes, the rules and citations.

        >>> print(invoice_payment(300_000, kind="other").explain("ja").splitlines()[0])
        300,000円の請求書（バーコードなし）: 金融機関
        """
        check_lang(lang)
        if lang == "ja":
            barcode = {True: "バーコードあり", False: "バーコードなし", None: "NTTファイナンス"}[
                self.barcode
            ]
            head = f"{self.amount}の請求書（{barcode}）: " + "、".join(p.label for p in self.places)
        else:
            head = str(self)
        lines = [head]
        lines.extend(("※ " if lang == "ja" else "note: ") + n.text(lang) for n in self.notes)
        lines.append(("根拠" if lang == "ja" else "rules") + ": " + ", ".join(self.rules))
        lines.extend(f"- {citation}" for citation in self.citations)
        return "\n".join(lines)


def _amount(amount: Yen | int | str) -> Yen:
    value = amount if isinstance(amount, Yen) else Yen(amount)
    if value < Yen.ZERO:
        raise OutOfRange.for_value(
            "amount", amount, "an invoice amount of 0 yen or more", code="docomo.bad_amount"
        )
    return value


def invoice_payment(amount: Yen | int | str, *, kind: ProductKind | str) -> InvoicePayment:
    """Return where an invoice of ``amount`` can be paid (DBO-3).

    Orders other than mobile devices: under 300,000 yen the invoice has a barcode and can be
    paid at banks and convenience stores; from 300,000 yen (exactly 300,000 included) it has
    none and is paid at banks. Mobile invoices come from NTT Finance, payable at convenience
    stores, banks and docomo shops whatever the amount.

    >>> [p.name for p in invoice_payment(300_001, kind="business_d_account").places]
    ['BANK']
    >>> invoice_payment(10, kind="mobile").issuer
    'NTTファイナンス'
    """
    value = _amount(amount)
    chosen = ProductKind.parse(kind)
    if chosen is ProductKind.MOBILE:
        return InvoicePayment(
            places=(PaymentPlace.CONVENIENCE_STORE, PaymentPlace.BANK, PaymentPlace.DOCOMO_SHOP),
            barcode=None,
            amount=value,
            kind=chosen,
            issuer="NTTファイナンス",
            notes=(
                Note(
                    "convenience stores may not take charges past their due date",
                    "※1支払期限を経過した料金はお取扱いできない場合があります。",
                    "DBO-3",
                    _DBO_3,
                ),
            ),
            rules=("DBO-3",),
            citations=(_DBO_3,),
        )
    barcode = value < BARCODE_LIMIT
    places = (
        (PaymentPlace.BANK, PaymentPlace.CONVENIENCE_STORE) if barcode else (PaymentPlace.BANK,)
    )
    note = (
        Note(
            "some bank counters and convenience stores may not take invoice payments",
            "※ただし一部金融機関窓口・コンビニエンスストアでは請求書お支払いに対応していない場合が"
            "ございます。",
            "DBO-3",
            _DBO_3,
        )
        if barcode
        else Note(
            "an invoice without a barcode cannot be paid at convenience stores: pay at a bank",
            "こちらの請求書ではコンビニエンスストアでのお支払いはできませんので、大変お手数となり"
            "ますが、お近くの金融機関にてお支払いをお願いいたします。",
            "DBO-3",
            _DBO_3,
        )
    )
    return InvoicePayment(
        places=places,
        barcode=barcode,
        amount=value,
        kind=chosen,
        issuer=None,
        notes=(note,),
        rules=("DBO-3",),
        citations=(_DBO_3, _DBO_3_DECISION),
    )


def check_invoice_payment(
    amount: Yen | int | str, place: PaymentPlace | str, *, kind: ProductKind | str
) -> Report:
    """Report if an invoice of ``amount`` cannot be paid at ``place`` (DBO-3).

    >>> check_invoice_payment(300_000, "convenience_store", kind="other").codes
    ('docomo.payment_place_not_allowed',)
    >>> check_invoice_payment(299_999, "convenience_store", kind="other").ok
    True
    """
    payment = invoice_payment(amount, kind=kind)
    where = PaymentPlace.parse(place)
    problems = []
    if where not in payment.places:
        reason = (
            "invoices of 300,000 yen or more carry no barcode"
            if payment.barcode is False and where is PaymentPlace.CONVENIENCE_STORE
            else "not a payment place for this invoice"
        )
        problems.append(
            Problem(
                code="docomo.payment_place_not_allowed",
                message=f"place: {where.label} cannot take this invoice of {payment.amount} "
                f"({reason})",
                message_ja=payment.notes[0].message_ja
                if payment.barcode is False
                else f"{where.label}ではお支払いいただけません",
                field="place",
                value=repr(where.value),
                rule="DBO-3",
                citation=_DBO_3,
                kind=ProblemKind.RULE,
            )
        )
    return Report.of(
        f"payment of a {payment.amount} invoice at {where.value}",
        problems,
        notes=payment.notes,
        rules=payment.rules,
        citations=payment.citations,
    )
