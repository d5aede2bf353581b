"""ドコモビジネスオンラインショップ: the card issuers refused or maybe refused (DBO-4).

For ビジネスdアカウント必須 services the FAQ refuses 楽天カード and says 三菱UFJニコス and
オリコカード may be refused; a card issued abroad may be refused for mobile devices.
:func:`~telcobiz.policy.docomo.payment.check_payment_method` applies these to a card payment.

>>> CardIssuer.parse("楽天カード").refused, CardIssuer.parse("orico").refused
(True, False)
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from telcobiz.core.citation import DOCOMO_SHOP_FAQ, Citation
from telcobiz.policy._text import parse_choice, squeeze
from telcobiz.policy.docomo.products import ProductKind
from telcobiz.policy.report import Note, Problem, ProblemKind

__all__ = [
    "CARD_ISSUERS",
    "CardIssuer",
]

_DBO_4_CARD = Citation(
    DOCOMO_SHOP_FAQ, "クレジットカードでの支払いで利用可能なブランドは何がありますか?", rule="DBO-4"
)


class CardIssuer(enum.Enum):
    """Card issuers the FAQ names for ビジネスdアカウント必須 services (DBO-4).

    >>> CardIssuer.parse("Rakuten Card"), CardIssuer.RAKUTEN.refused
    (<CardIssuer.RAKUTEN: 'rakuten'>, True)
    """

    RAKUTEN = "rakuten"
    MUFG_NICOS = "mufg_nicos"
    ORICO = "orico"

    @property
    def label(self) -> str:
        """The issuer as the FAQ writes it."""
        return CARD_ISSUERS[self][0]

    @property
    def refused(self) -> bool:
        """True when the issuer is refused (楽天カード); else it may be refused."""
        return CARD_ISSUERS[self][1]

    @classmethod
    def parse(cls, text: CardIssuer | str) -> CardIssuer:
        """Read an issuer by its name, in Japanese or English, ignoring case and spaces.

        >>> CardIssuer.parse("三菱ＵＦＪニコス"), CardIssuer.parse("orico")
        (<CardIssuer.MUFG_NICOS: 'mufg_nicos'>, <CardIssuer.ORICO: 'orico'>)
        """
        if isinstance(text, str):
            wanted = squeeze(text).casefold()
            for member, names in _ISSUER_NAMES.items():
                if wanted in names:
                    return member
        return parse_choice(cls, text, field="card_issuer", code="docomo.unknown_card_issuer")

    @classmethod
    def find(cls, text: str) -> CardIssuer | None:
        """Return the issuer named by ``text``, or ``None`` if the FAQ does not name it.

        >>> CardIssuer.find("JCB") is None
        True
        """
        wanted = squeeze(text).casefold()
        return next((m for m, names in _ISSUER_NAMES.items() if wanted in names), None)


CARD_ISSUERS: Final[Mapping[CardIssuer, tuple[str, bool]]] = MappingProxyType(
    {
        CardIssuer.RAKUTEN: ("楽天カード", True),
        CardIssuer.MUFG_NICOS: ("三菱UFJニコス", False),
        CardIssuer.ORICO: ("オリコカード", False),
    }
)
"""DBO-4: issuer → (name, refused). 楽天カード is refused (ご利用いただけない); 三菱UFJニコス and
オリコカード may be refused (ご利用いただけない場合がある), for ビジネスdアカウント必須 services.

>>> CARD_ISSUERS[CardIssuer.ORICO]
('オリコカード', False)
"""

_ISSUER_NAMES = {
    CardIssuer.RAKUTEN: frozenset({"楽天カード", "楽天", "rakutencard", "rakuten"}),
    CardIssuer.MUFG_NICOS: frozenset(
        {"三菱ufjニコス", "ニコス", "mufgnicos", "nicos", "三菱ufjニコスカード", "mufg"}
    ),
    CardIssuer.ORICO: frozenset({"オリコカード", "オリコ", "orico", "oricocard"}),
}

_ISSUED_ABROAD = Note(
    "cards issued abroad may be refused (fraud prevention)",
    "海外発行カードは、不正利用防止のため、ご利用いただけない場合がございます。",
    "DBO-4",
    _DBO_4_CARD,
)


def _issuer_problems(
    kind: ProductKind, card_issuer: str | None, notes: list[Note]
) -> list[Problem]:
    """The card issuer's problem for ``kind``; an issuer that may be refused adds a note."""
    issuer = None if card_issuer is None else CardIssuer.find(card_issuer)
    if kind is not ProductKind.BUSINESS_D_ACCOUNT or issuer is None:
        return []
    if issuer.refused:
        return [
            Problem(
                code="docomo.card_issuer_refused",
                message=f"card_issuer: {issuer.label} cards are not accepted for "
                "ビジネスdアカウント必須 services",
                message_ja=f"(ご利用いただけないクレジットカード発行会社) ・{issuer.label}",
                field="card_issuer",
                value=repr(card_issuer),
                rule="DBO-4",
                citation=_DBO_4_CARD,
                kind=ProblemKind.RULE,
            )
        ]
    notes.append(
        Note(
            f"{issuer.label} cards may be refused for ビジネスdアカウント必須 services",
            f"(ご利用いただけない場合があるクレジットカード発行会社) ・{issuer.label}",
            "DBO-4",
            _DBO_4_CARD,
        )
    )
    return []
