"""When things happen: the business-day calendar and every time rule (CAL-1..CAL-4).

Service hours (:mod:`~telcobiz.scheduling.hours`) are exported here; the per-service rules
live in :mod:`~telcobiz.scheduling.message_cast`, :mod:`~telcobiz.scheduling.docomo` and
:mod:`~telcobiz.scheduling.cloud_autocall`.

>>> from datetime import date, datetime
>>> from telcobiz.scheduling import BusinessCalendar, MESSAGE_CAST_SUPPORT_WEB, message_cast
>>> BusinessCalendar().add_business_days(date(2026, 11, 2), 5)
datetime.date(2026, 11, 10)
>>> MESSAGE_CAST_SUPPORT_WEB.is_open(datetime(2026, 11, 24, 10, 0))
True
>>> message_cast.change_lead_time([6, 7], date(2026, 11, 2)).latest
datetime.date(2026, 11, 30)
"""

import importlib
from typing import TYPE_CHECKING, Any

from telcobiz.scheduling.calendar import (
    FIRST_SUPPORTED_YEAR,
    LAST_SUPPORTED_YEAR,
    BusinessCalendar,
    Closure,
    NonBusinessDay,
    Reason,
    ReasonKind,
)
from telcobiz.scheduling.holidays import national_holidays

if TYPE_CHECKING:
    from telcobiz.scheduling import cloud_autocall, docomo, message_cast
    from telcobiz.scheduling.hours import (
        BOS_CORPORATE_CENTER,
        CLOUD_AUTOCALL_SUPPORT,
        DMP_FAILURE_WEB,
        DMP_INQUIRY_PHONE,
        DMP_INQUIRY_WEB,
        DMP_KITTING_WEB,
        DMP_LOSS_PHONE,
        DMP_LOSS_WEB,
        DOCOMO_BILLING_CENTER,
        DOCOMO_CONSULTATION_RESERVATION,
        DOCOMO_CONTACT_CENTER,
        DOCOMO_INFORMATION_CENTER,
        DOCOMO_ONLINE_CONSULTATION,
        DOCOMO_SHOP,
        MESSAGE_CAST_INCIDENT_MAIL,
        MESSAGE_CAST_INCIDENT_PHONE,
        MESSAGE_CAST_MISDELIVERY_RECOVERY,
        MESSAGE_CAST_SUPPORT_WEB,
        MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE,
        SERVICE_HOURS,
        SOFTBANK_BACKUP_ACCEPTANCE,
        Note,
        OpenDays,
        OpenStatus,
        ServiceHours,
        TimeRange,
        service_hours,
    )

# The service modules and windows load on first use, so `import telcobiz` stays light.
_SUBMODULES = frozenset({"cloud_autocall", "docomo", "message_cast"})

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
    "FIRST_SUPPORTED_YEAR",
    "LAST_SUPPORTED_YEAR",
    "MESSAGE_CAST_INCIDENT_MAIL",
    "MESSAGE_CAST_INCIDENT_PHONE",
    "MESSAGE_CAST_MISDELIVERY_RECOVERY",
    "MESSAGE_CAST_SUPPORT_WEB",
    "MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE",
    "SERVICE_HOURS",
    "SOFTBANK_BACKUP_ACCEPTANCE",
    "BusinessCalendar",
    "Closure",
    "NonBusinessDay",
    "Note",
    "OpenDays",
    "OpenStatus",
    "Reason",
    "ReasonKind",
    "ServiceHours",
    "TimeRange",
    "cloud_autocall",
    "docomo",
    "message_cast",
    "national_holidays",
    "service_hours",
]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"telcobiz.scheduling.{name}")
    if name in __all__:  # every exported name not imported above comes from the windows
        return getattr(importlib.import_module("telcobiz.scheduling.hours"), name)
    raise AttributeError(f"module 'telcobiz.scheduling' has no attribute {name!r}")
