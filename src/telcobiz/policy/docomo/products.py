"""ドコモビジネスオンラインショップ: the kinds of order the FAQ tells apart (DBO-3, DBO-4, DBO-5).

:class:`ProductKind` is shared by the invoice rules (DBO-3), the payment methods (DBO-4) and
the identity an order needs (DBO-5).

>>> ProductKind.parse("mobile").label
'モバイル端末'
"""

from __future__ import annotations

import enum

from telcobiz.policy._text import parse_choice

__all__ = [
    "ProductKind",
]


class ProductKind(enum.Enum):
    """The three kinds of order the FAQ's payment answers distinguish.

    >>> ProductKind.BUSINESS_D_ACCOUNT.label
    'ビジネスdアカウント必須サービス'
    """

    MOBILE = "mobile"
    BUSINESS_D_ACCOUNT = "business_d_account"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The FAQ's wording (モバイル端末, ビジネスdアカウント必須サービス, 上記以外のサービス)."""
        return {
            ProductKind.MOBILE: "モバイル端末",
            ProductKind.BUSINESS_D_ACCOUNT: "ビジネスdアカウント必須サービス",
            ProductKind.OTHER: "上記以外のサービス",
        }[self]

    @classmethod
    def parse(cls, text: ProductKind | str) -> ProductKind:
        """Read a product kind by value, name or label.

        >>> ProductKind.parse("モバイル端末")
        <ProductKind.MOBILE: 'mobile'>
        """
        return parse_choice(cls, text, field="kind", code="docomo.unknown_product_kind")
