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

from telcobiz.scheduling import cloud_autocall, docomo, message_cast
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
