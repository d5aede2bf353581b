"""KDDI Message Cast: when changes, contracts, cancellations and incident targets fall.

Rules MC-2, MC-5, MC-6, MC-7, MC-9, MC-10 with CAL-3 and CAL-4 (`telcobiz rules`), read from the
KDDI Message Cast 利用手続きガイド（入稿ポータル） 1.8版. The guide covers the 入稿ポータル plan
only (§1.1, MC-1): API contracts may differ, and every result says so.

The rules live in three modules, re-exported here:
:mod:`~telcobiz.scheduling.message_cast.changes` (MC-5, MC-6),
:mod:`~telcobiz.scheduling.message_cast.contract` (MC-2, MC-7) and
:mod:`~telcobiz.scheduling.message_cast.operations` (MC-9, MC-10).

- :func:`change_lead_time`: the §2.1 table (:data:`CHANGE_RULES`); several items at once take
  the latest date, compared separately for the earliest and the latest bound (MC-6);
  counting starts on the business day after acceptance, the 起算日, which is day 1 (CAL-3);
  翌月適用 is the 1st of the month after the 起算日's month (CAL-4).
- :func:`new_contract_lead_time`: 12～22 business days with the SoftBank送信元表示番号
  オプション (MC-2).
- :func:`cancellation`: by the 10th of month N, no service from N+2; from the 11th, N+3 (MC-7).
- :func:`maintenance_notice_ok`: planned stops announced at least 7 days ahead (MC-9).
- :func:`incident_targets`: first report within 1 hour, recovery within 2 hours (MC-10).

>>> from datetime import date
>>> lead = change_lead_time([6, 7], date(2026, 11, 2))
>>> lead.earliest, lead.latest
(datetime.date(2026, 11, 17), datetime.date(2026, 11, 30))
"""

from telcobiz.scheduling.message_cast.changes import (
    CHANGE_RULES,
    ChangeItem,
    ChangeRule,
    ItemLeadTime,
    Lead,
    LeadKind,
    LeadTime,
    change_lead_time,
)
from telcobiz.scheduling.message_cast.contract import (
    CANCELLATION_CUTOFF_DAY,
    NEW_CONTRACT_LEAD,
    Cancellation,
    NewContractLeadTime,
    cancellation,
    new_contract_lead_time,
)
from telcobiz.scheduling.message_cast.operations import (
    DAY_SHIFT,
    FIRST_REPORT_WITHIN,
    MAINTENANCE_NOTICE_DAYS,
    RECOVERY_WITHIN,
    IncidentCause,
    IncidentTargets,
    MaintenanceKind,
    MaintenanceNotice,
    incident_targets,
    maintenance_notice_ok,
)

__all__ = [
    "CANCELLATION_CUTOFF_DAY",
    "CHANGE_RULES",
    "DAY_SHIFT",
    "FIRST_REPORT_WITHIN",
    "MAINTENANCE_NOTICE_DAYS",
    "NEW_CONTRACT_LEAD",
    "RECOVERY_WITHIN",
    "Cancellation",
    "ChangeItem",
    "ChangeRule",
    "IncidentCause",
    "IncidentTargets",
    "ItemLeadTime",
    "Lead",
    "LeadKind",
    "LeadTime",
    "MaintenanceKind",
    "MaintenanceNotice",
    "NewContractLeadTime",
    "cancellation",
    "change_lead_time",
    "incident_targets",
    "maintenance_notice_ok",
    "new_contract_lead_time",
]
