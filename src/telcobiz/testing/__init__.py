"""Hypothesis strategies for telcobiz values, for your own property tests.

Installed with ``pip install "telcobiz[testing]"``. The strategies are registered for their
types through hypothesis' entry point, so ``st.from_type(Yen)`` works in any suite that has
telcobiz installed, without importing this module.

>>> from hypothesis import strategies as st
>>> from telcobiz import Yen
>>> from hypothesis import find
>>> find(st.from_type(Yen), lambda amount: amount >= Yen(100))
Yen('100.00')
"""

from __future__ import annotations

from hypothesis import strategies as st

from telcobiz.core.money import Yen
from telcobiz.core.yearmonth import YearMonth
from telcobiz.csvformats import CallCount, CallDetail, CallDuration, DocomoUser, UsageSummary
from telcobiz.policy.device_management import DmpDevice
from telcobiz.policy.insurance import Accident, InsuranceYear, RecordDamages
from telcobiz.policy.softbank_backup import BackupSettings, Line, LineGroup
from telcobiz.pricing.fleet import DeviceGroup, Fleet
from telcobiz.testing.core import business_days, dates, year_months, yens
from telcobiz.testing.csvformats import (
    amounts,
    call_counts,
    call_details,
    call_durations,
    cp932_texts,
    csv_files,
    docomo_users,
    phone_numbers,
    tenths_times,
    usage_summaries,
)
from telcobiz.testing.insurance import accidents, insurance_years, record_damages, year_accidents
from telcobiz.testing.policy import (
    corporate_numbers,
    dmp_devices,
    registry_numbers,
    self_passwords,
)
from telcobiz.testing.policy_backup import (
    backup_apps,
    backup_operations,
    backup_settings,
    contract_events,
    line_groups,
    line_selections,
    menu_items,
    portal_lines,
    portal_moments,
)
from telcobiz.testing.pricing import billing_months, device_groups, fleets, smart_value_lines

__all__ = [
    "accidents",
    "amounts",
    "backup_apps",
    "backup_operations",
    "backup_settings",
    "billing_months",
    "business_days",
    "call_counts",
    "call_details",
    "call_durations",
    "contract_events",
    "corporate_numbers",
    "cp932_texts",
    "csv_files",
    "dates",
    "device_groups",
    "dmp_devices",
    "docomo_users",
    "fleets",
    "insurance_years",
    "line_groups",
    "line_selections",
    "menu_items",
    "phone_numbers",
    "portal_lines",
    "portal_moments",
    "record_damages",
    "register_strategies",
    "registry_numbers",
    "self_passwords",
    "smart_value_lines",
    "tenths_times",
    "usage_summaries",
    "year_accidents",
    "year_months",
    "yens",
]


def register_strategies() -> None:
    """Register telcobiz's strategies with ``st.register_type_strategy`` (idempotent).

    >>> register_strategies()
    """
    st.register_type_strategy(Yen, yens())
    st.register_type_strategy(YearMonth, year_months())
    st.register_type_strategy(BackupSettings, backup_settings())
    st.register_type_strategy(Line, portal_lines())
    st.register_type_strategy(LineGroup, line_groups())
    st.register_type_strategy(Accident, accidents())
    st.register_type_strategy(InsuranceYear, insurance_years())
    st.register_type_strategy(RecordDamages, record_damages())
    st.register_type_strategy(DeviceGroup, device_groups())
    st.register_type_strategy(Fleet, fleets())
    st.register_type_strategy(DmpDevice, dmp_devices())
    st.register_type_strategy(CallDetail, call_details())
    st.register_type_strategy(UsageSummary, usage_summaries())
    st.register_type_strategy(DocomoUser, docomo_users())
    st.register_type_strategy(CallDuration, call_durations())
    st.register_type_strategy(CallCount, call_counts())


# Importing this module registers too, whichever of hypothesis and telcobiz came first.
register_strategies()
