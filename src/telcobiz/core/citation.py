"""Where every rule value comes from: :class:`Source` and :class:`Citation`.

A result can always be asked "why?": the values behind it carry a citation naming the source
document, its version, the section and the table row, and the rule ID of the project's rule
catalogue (:mod:`telcobiz.rules`). Where a source is silent or ambiguous, the reading
telcobiz chose (its Decision) is cited as the catalogue entry itself: the source
:data:`RULEBOOK`, whose title is the command that prints the entry (``telcobiz rules MC-6``).

>>> MC_5 = Citation(MESSAGE_CAST_GUIDE, "§2.1", row="6", rule="MC-5")
>>> str(MC_5)
'MC-5: KDDI Message Cast 利用手続きガイド（入稿ポータル） 1.8版 (2024-09-05) §2.1 row 6'
"""

from __future__ import annotations

import attrs

__all__ = [
    "BACKUP_MANUAL",
    "BOS_DMP_GUIDE",
    "CLOUD_AUTOCALL_GUIDE",
    "CONSUMPTION_TAX_ACT",
    "CONSUMPTION_TAX_ORDER",
    "CORPORATE_NUMBER_ORDINANCE",
    "DOCOMO_SHOP_FAQ",
    "HOLIDAY_ACT",
    "MESSAGE_CAST_GUIDE",
    "RULEBOOK",
    "Citation",
    "Source",
]


@attrs.frozen
class Source:
    """A document rules are read from: its title and version as the document gives them.

    >>> MESSAGE_CAST_GUIDE.version
    '1.8版 (2024-09-05)'
    """

    key: str
    title: str
    version: str | None = None

    def __str__(self) -> str:
        return f"{self.title} {self.version}" if self.version else self.title


@attrs.frozen
class Citation:
    """A pointer into a :class:`Source`: section, optional table row, and the catalogue rule ID.

    >>> Citation(DOCOMO_SHOP_FAQ, "お支払いについて", rule="DBO-2").rule
    'DBO-2'
    """

    source: Source
    section: str
    row: str | None = None
    rule: str | None = None

    def __str__(self) -> str:
        where = f"{self.source} {self.section}"
        if self.row:
            where += f" row {self.row}"
        return f"{self.rule}: {where}" if self.rule else where


BOS_DMP_GUIDE = Source(
    "kddi-bos-dmp",
    "KDDI ビジネスオンラインサポート および KDDI デバイスマネジメントパック "
    "説明資料（管理者さま用）",
    "Ver 1.2.0",
)
MESSAGE_CAST_GUIDE = Source(
    "kddi-message-cast", "KDDI Message Cast 利用手続きガイド（入稿ポータル）", "1.8版 (2024-09-05)"
)
BACKUP_MANUAL = Source(
    "softbank-backup",
    "法人コンシェルサイト あんしんバックアップ／連絡先コピー設定 利用マニュアル",
    "Ver.2.3",
)
CLOUD_AUTOCALL_GUIDE = Source(
    "kddi-cloud-autocall", "「KDDI クラウドオートコール」 セルフページのご利用方法"
)
DOCOMO_SHOP_FAQ = Source("docomo-business-shop", "ドコモビジネスオンラインショップ よくあるご質問")
CONSUMPTION_TAX_ACT = Source("consumption-tax-act", "消費税法")
CONSUMPTION_TAX_ORDER = Source("consumption-tax-order", "消費税法施行令")
HOLIDAY_ACT = Source("holiday-act", "国民の祝日に関する法律")
CORPORATE_NUMBER_ORDINANCE = Source("corporate-number-ordinance", "法人番号の指定等に関する省令")
RULEBOOK = Source("telcobiz-rules", "telcobiz rules")
"""The project's rule catalogue, :mod:`telcobiz.rules`: the source of every Decision.

A citation to it names the entry, so its text is the command that shows it:

>>> str(Citation(RULEBOOK, "DMP-3 Decision", rule="DMP-3"))
'DMP-3: telcobiz rules DMP-3 Decision'
"""
