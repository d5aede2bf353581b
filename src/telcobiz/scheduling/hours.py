"""Service hours: when a desk or a form is open (MC-8, MC-10, DMP-7, BOS-1, SB-5, CAC-5, DBO-8).

One import path for everything about service hours, defined in four smaller modules:

- :mod:`telcobiz.scheduling.time_range`: ``OpenDays`` (every day, business days, or every day
  except the year-end closure) and ``TimeRange`` (a daily JST window, start included, end
  excluded).
- :mod:`telcobiz.scheduling.opening_hours`: ``ServiceHours`` (``is_open``, ``next_open``,
  ``next_close``, ``status``, and the working-time arithmetic MC-10 uses) and ``OpenStatus``.
- :mod:`telcobiz.scheduling.windows`: every window the sources state as a named, cited
  constant, ``SERVICE_HOURS`` and ``service_hours``.
- :mod:`telcobiz.scheduling.common`: ``Note``, ``require_date`` and ``calendar_or_default``.

Business days and the year-end closure come from a
:class:`~telcobiz.scheduling.calendar.BusinessCalendar`: every method takes ``calendar=``
(default ``BusinessCalendar()``), so a caller who reads "平日" as plain weekdays can pass
``BusinessCalendar(closure=None)`` (the MC-8 Decision, `telcobiz rules MC-8`).

Times: a naive ``datetime`` is JST, an aware one is converted (CAL-2); answers are aware JST
datetimes.

>>> from datetime import datetime
>>> MESSAGE_CAST_SUPPORT_WEB.is_open(datetime(2026, 11, 21, 10, 0))  # a Saturday
False
>>> MESSAGE_CAST_SUPPORT_WEB.next_open(datetime(2026, 11, 21, 10, 0)).isoformat()
'2026-11-24T10:00:00+09:00'
>>> SOFTBANK_BACKUP_ACCEPTANCE.is_open(datetime(2026, 11, 21, 23, 0))  # 23:00 is excluded
False
"""

from telcobiz.scheduling.common import Note
from telcobiz.scheduling.common import calendar_or_default as calendar_or_default
from telcobiz.scheduling.common import require_date as require_date
from telcobiz.scheduling.opening_hours import OpenStatus, ServiceHours
from telcobiz.scheduling.time_range import OpenDays, TimeRange
from telcobiz.scheduling.windows import (
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
    "MESSAGE_CAST_INCIDENT_MAIL",
    "MESSAGE_CAST_INCIDENT_PHONE",
    "MESSAGE_CAST_MISDELIVERY_RECOVERY",
    "MESSAGE_CAST_SUPPORT_WEB",
    "MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE",
    "SERVICE_HOURS",
    "SOFTBANK_BACKUP_ACCEPTANCE",
    "Note",
    "OpenDays",
    "OpenStatus",
    "ServiceHours",
    "TimeRange",
    "service_hours",
]
