"""The catalogue's BOS rules: KDDI ビジネスオンラインサポート, 説明資料 Ver 1.2.0 (BOS-1, BOS-2).

>>> [rule.id for rule in RULES]
['BOS-1', 'BOS-2']
"""

from __future__ import annotations

from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = ["RULES"]

_POLICY = "telcobiz.policy.online_support"


def _cite(section: str, rule: str, row: str | None = None) -> Citation:
    return Citation(BOS_DMP_GUIDE, section, row=row, rule=rule)


RULES: tuple[Rule, ...] = (
    Rule(
        "BOS-1",
        Service.ONLINE_SUPPORT,
        "Who may apply",
        "お申し込み条件",
        "Corporations and sole proprietors in Japan may apply, online or in writing, in principle "
        "once per corporation (head office) or sole proprietor, but not with a head office, "
        "billing address or shipping address in Okinawa; the first applicant becomes the "
        "代表法人管理者, whose user ID cannot be deleted.",
        (
            _cite("§4.1.1", "BOS-1", "お申し込み条件"),
            _cite("§4.1.1", "BOS-1", "【注意事項】 その他 お申し込み条件 1, 2"),
            _cite("§4.1.2", "BOS-1", "お申し込み方法"),
            _cite("第2章 用語集, §5.2", "BOS-1", "代表法人管理者"),
            _cite("§5.3, 第6章 お問い合わせ先", "BOS-1", "法人お客さまセンター"),
        ),
        "The guide names Okinawa but not how an address spells it. telcobiz reads an address as "
        "in Okinawa when, after NFKC normalisation, it starts with 沖縄 (沖縄県 included) or "
        "Okinawa, optionally after a postcode or 日本, so full-width and half-width forms give "
        "the same answer. Changing the 代表法人管理者 needs a written application, and a first "
        "DMP application for devices already at hand goes by phone to the 法人お客さまセンター, "
        "open 9:00–20:00 except the year-end closure.",
        values=(
            RuleValue("法人お客さまセンター", f"{_POLICY}.CORPORATE_CENTER_PHONE"),
            RuleValue("its hours", "telcobiz.scheduling.windows.BOS_CORPORATE_CENTER"),
        ),
        implemented_by=(
            f"{_POLICY}.check_application",
            f"{_POLICY}.is_okinawa",
            f"{_POLICY}.check_user_deletion",
        ),
    ),
    Rule(
        "BOS-2",
        Service.ONLINE_SUPPORT,
        "Purchase patterns with and without 簡易モバイルエントリー",
        "購入パターン",
        "Without 簡易モバイルエントリー a company buys designated models, plans and services; "
        "with it (a BOS contract and a written application) the models, plans and services agreed "
        "with KDDI, campaigns, rental and a business e-mail address that is never an EZweb "
        "address; a device-and-accessory order has equal quantities.",
        (
            _cite("§3.4", "BOS-2", "(表) 購入パターン"),
            _cite("§4.2", "BOS-2", "簡易モバイルエントリーのお申し込み"),
        ),
        values=(RuleValue("patterns", f"{_POLICY}.PURCHASE_PATTERNS"),),
        implemented_by=(
            f"{_POLICY}.purchase_pattern",
            f"{_POLICY}.check_order",
            f"{_POLICY}.check_simple_entry_application",
        ),
    ),
)
"""The BOS rules, in ID order."""
