"""KDDI デバイスマネジメントパック: who can get what (DMP-2, DMP-5, DMP-6, DMP-7, DMP-8, DMP-9).

The rules of the BOS/DMP guide (000) that answer "yes" or "no", as cited data:

- DMP-2: options only on the OSes they support, and only on top of the basic service
  (KDDI Smart Mobile Safety Manager). The option table itself is
  :class:`~telcobiz.pricing.catalog.DmpOption`, shared with pricing.
- DMP-5: security levels 高/中/低 with the default 中 and what each restricts (examples only,
  as the source's 「など」 says).
- DMP-6: the kitting tasks per OS, only for devices bought through the site.
- DMP-7: which request goes by which channel, and whether that channel is open at a moment
  (the hours are :mod:`telcobiz.scheduling.hours` constants).
- DMP-8: what a device on a non-au line, or a Wi-Fi-only device KDDI did not sell, cannot get.
- DMP-9: moving from standalone or Basic Pack SMSM needs deletion and new registration.

This package is the service's entry point and exports every name; the code lives in
:mod:`~telcobiz.policy.device_management.options` (DMP-2),
:mod:`~telcobiz.policy.device_management.security` (DMP-5),
:mod:`~telcobiz.policy.device_management.kitting` (DMP-6),
:mod:`~telcobiz.policy.device_management.channels` (DMP-7),
:mod:`~telcobiz.policy.device_management.devices` (the device, DMP-8) and
:mod:`~telcobiz.policy.device_management.migration` (DMP-9).

>>> from datetime import datetime
>>> check_options(DeviceOS.IOS, [DmpOption.BACKUP]).codes
('dmp.option_not_for_os',)
>>> security_level().level
<SecurityLevel.MEDIUM: 'medium'>
>>> is_channel_open(RequestKind.INQUIRY, RequestChannel.PHONE, datetime(2026, 11, 22, 21, 0))
False
>>> device_limits(DmpDevice(DeviceOS.ANDROID, Carrier.OTHER)).failure_requests
False
"""

from telcobiz.policy.device_management.channels import (
    EMERGENCY_CALL_STOP_NOTE,
    MONTHLY_REPORT,
    QUICK_REPAIR_ENTRY,
    REQUEST_CHANNELS,
    QuickRepairEntry,
    RepairDeviceType,
    RequestChannel,
    RequestKind,
    channels_for,
    check_request,
    is_channel_open,
    is_valid_request,
    request_status,
    validate_request,
)
from telcobiz.policy.device_management.devices import (
    DEVICE_LIMIT_ROWS,
    DeviceLimit,
    DeviceLimits,
    DmpDevice,
    device_limits,
)
from telcobiz.policy.device_management.kitting import (
    KITTING_TASKS,
    KittingTask,
    check_kitting,
    is_valid_kitting,
    kitting_tasks,
    validate_kitting,
)
from telcobiz.policy.device_management.migration import (
    MIGRATION_MANUAL,
    MigrationNotice,
    SmsmContract,
    check_migration,
    migration_notice,
    validate_migration,
)
from telcobiz.policy.device_management.options import (
    BASIC_SERVICE,
    check_options,
    is_valid_options,
    options_for,
    validate_options,
)
from telcobiz.policy.device_management.security import (
    DEFAULT_SECURITY_LEVEL,
    SECURITY_LEVELS,
    RestrictionExample,
    SecurityLevel,
    SecurityLevelRule,
    restriction_examples,
    security_level,
)

# The device's OS and carrier and the option table come from pricing's catalogue; the
# examples above use them and a DmpDevice needs them, so they are importable from here too.
from telcobiz.pricing.catalog import Carrier as Carrier
from telcobiz.pricing.catalog import DeviceOS as DeviceOS
from telcobiz.pricing.catalog import DmpOption as DmpOption

__all__ = [
    "BASIC_SERVICE",
    "DEFAULT_SECURITY_LEVEL",
    "DEVICE_LIMIT_ROWS",
    "EMERGENCY_CALL_STOP_NOTE",
    "KITTING_TASKS",
    "MIGRATION_MANUAL",
    "MONTHLY_REPORT",
    "QUICK_REPAIR_ENTRY",
    "REQUEST_CHANNELS",
    "SECURITY_LEVELS",
    "DeviceLimit",
    "DeviceLimits",
    "DmpDevice",
    "KittingTask",
    "MigrationNotice",
    "QuickRepairEntry",
    "RepairDeviceType",
    "RequestChannel",
    "RequestKind",
    "RestrictionExample",
    "SecurityLevel",
    "SecurityLevelRule",
    "SmsmContract",
    "channels_for",
    "check_kitting",
    "check_migration",
    "check_options",
    "check_request",
    "device_limits",
    "is_channel_open",
    "is_valid_kitting",
    "is_valid_options",
    "is_valid_request",
    "kitting_tasks",
    "migration_notice",
    "options_for",
    "request_status",
    "restriction_examples",
    "security_level",
    "validate_kitting",
    "validate_migration",
    "validate_options",
    "validate_request",
]
