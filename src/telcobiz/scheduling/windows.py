"""The stated service windows (MC-8, MC-10, DMP-7, BOS-1, SB-5, CAC-5, DBO-8).

Every window the sources state is a named, cited constant here: a
:class:`~telcobiz.scheduling.opening_hours.ServiceHours` with the source's own wording of the
hours and a citation. :data:`SERVICE_HOURS` finds one by its key and :func:`service_hours`
looks a key up with a clear error.

>>> from datetime import datetime
>>> MESSAGE_CAST_SUPPORT_WEB.is_open(datetime(2026, 11, 21, 10, 0))  # a Saturday
False
>>> MESSAGE_CAST_SUPPORT_WEB.next_open(datetime(2026, 11, 21, 10, 0)).isoformat()
'2026-11-24T10:00:00+09:00'
>>> SOFTBANK_BACKUP_ACCEPTANCE.is_open(datetime(2026, 11, 21, 23, 0))  # 23:00 is excluded
False
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from types import MappingProxyType
from typing import Final

from telcobiz.core.citation import (
    BACKUP_MANUAL,
    BOS_DMP_GUIDE,
    CLOUD_AUTOCALL_GUIDE,
    DOCOMO_SHOP_FAQ,
    MESSAGE_CAST_GUIDE,
    Citation,
)
from telcobiz.core.errors import UnknownItem
from telcobiz.scheduling.opening_hours import ServiceHours
from telcobiz.scheduling.time_range import OpenDays, TimeRange

__all__ = [
    "BOS_CORPORATE_CENTER",
    "CLOUD_AUTOCALL_SUPPORT",
    "DMP_FAILURE_WEB",
    "DMP_INQUIRY_PHONE",
    "DMP_INQUIRY_WEB",
    "DMP_KITTING_WEB",
    "DMP_LOSS_PHONE",
    "DMP_LOSS_WEB",
    "DOCOMO_BILLING_CENTER",
    "DOCOMO_CONSULTATION_RESERVATION",
    "DOCOMO_CONTACT_CENTER",
    "DOCOMO_INFORMATION_CENTER",
    "DOCOMO_ONLINE_CONSULTATION",
    "DOCOMO_SHOP",
    "MESSAGE_CAST_INCIDENT_MAIL",
    "MESSAGE_CAST_INCIDENT_PHONE",
    "MESSAGE_CAST_MISDELIVERY_RECOVERY",
    "MESSAGE_CAST_SUPPORT_WEB",
    "MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE",
    "SERVICE_HOURS",
    "SOFTBANK_BACKUP_ACCEPTANCE",
    "service_hours",
]

_ALL_DAY = (TimeRange.ALL_DAY,)


def _hours(
    key: str, name: str, days: OpenDays, ranges: tuple[TimeRange, ...], text: str, cite: Citation
) -> ServiceHours:
    return ServiceHours(key, name, days, ranges, text, cite)


_MC_8_SUPPORT = Citation(
    MESSAGE_CAST_GUIDE, "§4.2", row="サービスお問い合わせ窓口 受付時間", rule="MC-8"
)
_MC_8_INCIDENT = Citation(
    MESSAGE_CAST_GUIDE, "§4.2", row="障害時お問い合わせ窓口 受付時間", rule="MC-8"
)

MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE: Final = _hours(
    "message-cast-support-acceptance",
    "KDDI Message CastサポートWEB（受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "24時間365日受付",
    _MC_8_SUPPORT,
)
"""MC-8: the support web accepts service inquiries 24/365 (001 §4.2).

>>> MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE.is_open(datetime(2027, 1, 1, 3, 0))
True
"""

MESSAGE_CAST_SUPPORT_WEB: Final = _hours(
    "message-cast-support",
    "KDDI Message CastサポートWEB（対応）",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(10), time(18, 30)),),
    "平日10:00～18:30対応",
    _MC_8_SUPPORT,
)
"""MC-8: service inquiries are handled on business days 10:00–18:30 (001 §4.2).

>>> MESSAGE_CAST_SUPPORT_WEB.is_open(datetime(2026, 11, 20, 18, 29))
True
"""

MESSAGE_CAST_INCIDENT_MAIL: Final = _hours(
    "message-cast-incident-mail",
    "サービスコントロールセンター（Eメール）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "24時間365日受付および対応",
    _MC_8_INCIDENT,
)
"""MC-8: incident e-mail is accepted and handled 24/365 (001 §4.2).

>>> MESSAGE_CAST_INCIDENT_MAIL.is_open(datetime(2026, 12, 31, 23, 59))
True
"""

MESSAGE_CAST_INCIDENT_PHONE: Final = _hours(
    "message-cast-incident-phone",
    "サービスコントロールセンター（お電話）",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(17)),),
    "平日9:00～17:00対応",
    _MC_8_INCIDENT,
)
"""MC-8: incident phone on business days 9:00–17:00 (001 §4.2).

>>> MESSAGE_CAST_INCIDENT_PHONE.is_open(datetime(2026, 11, 3, 10, 0))  # 文化の日
False
"""

MESSAGE_CAST_MISDELIVERY_RECOVERY: Final = _hours(
    "message-cast-misdelivery-recovery",
    "誤配信防止オプション起因の不具合の復旧対応",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(18)),),
    "平日日勤帯（9時-18時）",
    Citation(MESSAGE_CAST_GUIDE, "§4.4", row="運用目標時間", rule="MC-10"),
)
"""MC-10: faults caused by the 誤配信防止オプション are recovered on business days 9:00–18:00.

>>> MESSAGE_CAST_MISDELIVERY_RECOVERY.is_open(datetime(2026, 11, 20, 18, 0))
False
"""

_DMP_7 = "DMP-7"

DMP_KITTING_WEB: Final = _hours(
    "dmp-kitting-web",
    "キット代行（WEB受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "WEB 受付 : 24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (ア) キット代行", rule=_DMP_7),
)
"""DMP-7: kitting requests on the web 24/365; there is no phone channel (000 §3.5.1 ア).

>>> DMP_KITTING_WEB.next_close(datetime(2026, 11, 21, 3, 0)) is None
True
"""

DMP_LOSS_WEB: Final = _hours(
    "dmp-loss-web",
    "デバイス紛失時の対応（WEB受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "WEB 受付：24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (イ) デバイス紛失時の対応", rule=_DMP_7),
)
"""DMP-7: loss requests on the web 24/365 (000 §3.5.1 イ).

>>> DMP_LOSS_WEB.is_open(datetime(2027, 1, 1, 0, 0))
True
"""

DMP_LOSS_PHONE: Final = _hours(
    "dmp-loss-phone",
    "デバイス紛失時の対応（電話受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "電話受付：24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (イ) デバイス紛失時の対応", rule=_DMP_7),
)
"""DMP-7: loss requests by phone 24/365 (000 §3.5.1 イ).

>>> DMP_LOSS_PHONE.is_open(datetime(2026, 12, 31, 23, 0))
True
"""

DMP_FAILURE_WEB: Final = _hours(
    "dmp-failure-web",
    "デバイス故障時の対応（WEB受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "WEB 受付 : 24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (ウ) デバイス故障時の対応", rule=_DMP_7),
)
"""DMP-7: failure requests on the web 24/365; there is no phone channel (000 §3.5.1 ウ).

>>> DMP_FAILURE_WEB.is_open(datetime(2026, 11, 22, 4, 0))
True
"""

DMP_INQUIRY_WEB: Final = _hours(
    "dmp-inquiry-web",
    "お問い合わせ対応（WEB受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "WEB 受付 : 24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (エ) お問い合わせ対応", rule=_DMP_7),
)
"""DMP-7: inquiries on the web 24/365 (000 §3.5.1 エ).

>>> DMP_INQUIRY_WEB.is_open(datetime(2027, 1, 2, 12, 0))
True
"""

DMP_INQUIRY_PHONE: Final = _hours(
    "dmp-inquiry-phone",
    "お問い合わせ対応（電話受付）",
    OpenDays.EXCEPT_CLOSURE,
    (TimeRange(time(9), time(21)),),
    "電話受付 : 9:00~21:00 (年末年始を除く)",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (エ) お問い合わせ対応", rule=_DMP_7),
)
"""DMP-7: inquiries by phone 9:00–21:00 every day except the year-end closure (000 §3.5.1 エ).

>>> DMP_INQUIRY_PHONE.is_open(datetime(2026, 11, 21, 9, 0))  # a Saturday
True
"""

BOS_CORPORATE_CENTER: Final = _hours(
    "bos-corporate-center",
    "法人お客さまセンター（0077-7041）",
    OpenDays.EXCEPT_CLOSURE,
    (TimeRange(time(9), time(20)),),
    "受付時間：9:00～20:00（年末年始を除く）",
    Citation(BOS_DMP_GUIDE, "第6章 お問い合わせ先", rule="BOS-1"),
)
"""BOS-1: the 法人お客さまセンター of the BOS/DMP guide, 9:00–20:00 except 年末年始 (000 第6章).

>>> BOS_CORPORATE_CENTER.is_open(datetime(2027, 1, 3, 10, 0))
False
"""

SOFTBANK_BACKUP_ACCEPTANCE: Final = _hours(
    "softbank-backup-acceptance",
    "あんしんバックアップ 利用可否設定の受付",
    OpenDays.EVERY_DAY,
    (TimeRange(time(9), time(23)),),
    "利用可否設定の受付時間は9:00～23:00です。",
    Citation(BACKUP_MANUAL, "§1-7", rule="SB-5"),
)
"""SB-5: switch requests are accepted 9:00 (included) to 23:00 (excluded) JST (002 §1-4, §1-7).

>>> SOFTBANK_BACKUP_ACCEPTANCE.is_open(datetime(2026, 11, 21, 22, 59, 59))
True
"""

CLOUD_AUTOCALL_SUPPORT: Final = _hours(
    "cloud-autocall-support",
    "KDDI株式会社 法人お客さまセンター（セルフページ）",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(18)),),
    "平日: 9:00~18:00(土・日・祝日・年末年始を除く)",
    Citation(CLOUD_AUTOCALL_GUIDE, "セルフページについてのお問い合わせ先", rule="CAC-5"),
)
"""CAC-5: self-page support on business days 9:00–18:00 (003, お問い合わせ先).

>>> CLOUD_AUTOCALL_SUPPORT.is_open(datetime(2026, 11, 20, 17, 59))
True
"""

DOCOMO_SHOP: Final = _hours(
    "docomo-shop",
    "ドコモビジネスオンラインショップ",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "本サイトは24時間365日ご利用いただけます。",
    Citation(DOCOMO_SHOP_FAQ, "サイト利用可能時間を教えてください。", rule="DBO-8"),
)
"""DBO-8: the shop is open 24/365; maintenance is announced ahead, emergency work may not be.

>>> DOCOMO_SHOP.is_open(datetime(2027, 1, 1, 0, 0))
True
"""

DOCOMO_ONLINE_CONSULTATION: Final = _hours(
    "docomo-online-consultation",
    "オンライン相談",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(10), time(17)),),
    "オンライン相談の実施可能時間は10:00~17:00(土日・祝・年末年始除く)です。",
    Citation(DOCOMO_SHOP_FAQ, "オンライン相談の利用可能時間を教えてください。", rule="DBO-8"),
)
"""DBO-8: online consultation on business days 10:00–17:00 (reservations: 24 hours).

>>> DOCOMO_ONLINE_CONSULTATION.is_open(datetime(2026, 11, 20, 17, 0))
False
"""

DOCOMO_CONSULTATION_RESERVATION: Final = _hours(
    "docomo-consultation-reservation",
    "オンライン相談の予約",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "※ただし、相談の予約は24時間受付しています。",
    Citation(DOCOMO_SHOP_FAQ, "オンライン相談の利用可能時間を教えてください。", rule="DBO-8"),
)
"""DBO-8: consultation reservations are taken 24 hours a day.

>>> DOCOMO_CONSULTATION_RESERVATION.is_open(datetime(2026, 11, 22, 2, 0))
True
"""

DOCOMO_CONTACT_CENTER: Final = _hours(
    "docomo-contact-center",
    "ドコモビジネスコンタクトセンター",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(17)),),
    "0120-003300(9:00~17:00 ※土・日・祝日・年末年始を除く)",
    Citation(DOCOMO_SHOP_FAQ, "注文数量が上限を超える場合は、どうすればよいですか?", rule="DBO-8"),
)
"""DBO-8: the contact centre on business days 9:00–17:00.

>>> DOCOMO_CONTACT_CENTER.is_open(datetime(2026, 11, 23, 10, 0))  # 勤労感謝の日
False
"""

DOCOMO_BILLING_CENTER: Final = _hours(
    "docomo-billing-center",
    "ビリングカスタマセンタ",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(17)),),
    "0120-047-128 (土日祝年末年始を除く 9:00-17:00)",
    Citation(
        DOCOMO_SHOP_FAQ,
        "請求先情報、お支払方法を変更したい場合、どうしたらよいですか?",
        row="請求先情報の変更方法",
        rule="DBO-8",
    ),
)
"""DBO-8: the billing customer centre on business days 9:00–17:00.

>>> DOCOMO_BILLING_CENTER.is_open(datetime(2026, 11, 24, 16, 59))
True
"""

DOCOMO_INFORMATION_CENTER: Final = _hours(
    "docomo-information-center",
    "ドコモ インフォメーションセンター",
    OpenDays.EVERY_DAY,
    (TimeRange(time(9), time(20)),),
    "受付時間:午前 9:00 ~ 午後 8:00(年中無休)",
    Citation(
        DOCOMO_SHOP_FAQ,
        "請求先情報、お支払方法を変更したい場合、どうしたらよいですか?",
        row="モバイル端末をご注文の場合",
        rule="DBO-8",
    ),
)
"""DBO-8: the docomo information centre 9:00–20:00 every day (年中無休), year-end included.

>>> DOCOMO_INFORMATION_CENTER.is_open(datetime(2027, 1, 1, 19, 59))
True
"""

SERVICE_HOURS: Final[Mapping[str, ServiceHours]] = MappingProxyType(
    {
        hours.key: hours
        for hours in (
            MESSAGE_CAST_SUPPORT_WEB,
            MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE,
            MESSAGE_CAST_INCIDENT_MAIL,
            MESSAGE_CAST_INCIDENT_PHONE,
            MESSAGE_CAST_MISDELIVERY_RECOVERY,
            DMP_KITTING_WEB,
            DMP_LOSS_WEB,
            DMP_LOSS_PHONE,
            DMP_FAILURE_WEB,
            DMP_INQUIRY_WEB,
            DMP_INQUIRY_PHONE,
            BOS_CORPORATE_CENTER,
            SOFTBANK_BACKUP_ACCEPTANCE,
            CLOUD_AUTOCALL_SUPPORT,
            DOCOMO_SHOP,
            DOCOMO_ONLINE_CONSULTATION,
            DOCOMO_CONSULTATION_RESERVATION,
            DOCOMO_CONTACT_CENTER,
            DOCOMO_BILLING_CENTER,
            DOCOMO_INFORMATION_CENTER,
        )
    }
)
"""Every stated window by its key (read-only).

>>> SERVICE_HOURS["message-cast-support"] is MESSAGE_CAST_SUPPORT_WEB
True
>>> len(SERVICE_HOURS)
20
"""


def service_hours(key: str) -> ServiceHours:
    """Look up the window with key ``key``; an unknown key is an ``UnknownItem`` error.

    >>> service_hours("softbank-backup-acceptance").rule
    'SB-5'
    """
    try:
        return SERVICE_HOURS[key]
    except (KeyError, TypeError):
        raise UnknownItem.for_value(
            "service",
            key,
            "one of " + ", ".join(sorted(SERVICE_HOURS)),
            code="hours.unknown_service",
        ) from None
