"""Hypothesis strategies for KDDI デバイスマネジメントパック's rules (DMP-2, DMP-5..DMP-9).

>>> from hypothesis import given
>>> @given(device_limit_sets())
... def test_the_device_decides(limits):
...     assert limits.restricted is limits.device.restricted
>>> test_the_device_decides()
"""

from __future__ import annotations

from hypothesis import strategies as st

from telcobiz.policy.device_management import (
    DeviceLimit,
    DeviceLimits,
    DmpDevice,
    MigrationNotice,
    QuickRepairEntry,
    RestrictionExample,
    SecurityLevel,
    SecurityLevelRule,
    SmsmContract,
    device_limits,
    migration_notice,
    restriction_examples,
    security_level,
)
from telcobiz.pricing.catalog import Carrier, DeviceOS
from telcobiz.testing.core import parts, returned
from telcobiz.testing.tables import table_rows

__all__ = [
    "device_limit_rows",
    "device_limit_sets",
    "dmp_devices",
    "migration_notices",
    "quick_repair_entries",
    "restriction_example_rows",
    "security_level_rules",
]


def dmp_devices(*, restricted: bool | None = None) -> st.SearchStrategy[DmpDevice]:
    """DMP devices; ``restricted`` picks DMP-8 restricted ones (``True``) or not (``False``).

    >>> from hypothesis import find
    >>> find(dmp_devices(restricted=True), lambda device: True).restricted
    True
    """
    devices = st.builds(
        DmpDevice,
        os=st.sampled_from(DeviceOS),
        carrier=st.sampled_from([Carrier.AU, Carrier.OTHER, None]),
        sold_by_kddi=st.booleans(),
    )
    if restricted is None:
        return devices
    return devices.filter(lambda device: device.restricted is restricted)


def device_limit_sets() -> st.SearchStrategy[DeviceLimits]:
    """What DMP can do on a drawn device (DMP-8), from ``device_limits``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(device_limit_sets())
    ... def test_draws(value):
    ...     assert isinstance(value, DeviceLimits)
    >>> test_draws()
    """
    return returned(device_limits, dmp_devices())


def device_limit_rows() -> st.SearchStrategy[DeviceLimit]:
    """One limit of a restricted device.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(device_limit_rows())
    ... def test_draws(value):
    ...     assert isinstance(value, DeviceLimit)
    >>> test_draws()
    """
    return parts(device_limit_sets(), lambda limits: limits.limits)


def migration_notices() -> st.SearchStrategy[MigrationNotice]:
    """What moving from a drawn SMSM contract to DMP takes, from ``migration_notice``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(migration_notices())
    ... def test_draws(value):
    ...     assert isinstance(value, MigrationNotice)
    >>> test_draws()
    """
    return returned(migration_notice, st.none() | st.sampled_from(SmsmContract))


def security_level_rules() -> st.SearchStrategy[SecurityLevelRule]:
    """The rule of a drawn security level, from ``security_level``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(security_level_rules())
    ... def test_draws(value):
    ...     assert isinstance(value, SecurityLevelRule)
    >>> test_draws()
    """
    return returned(security_level, st.none() | st.sampled_from(SecurityLevel))


def restriction_example_rows() -> st.SearchStrategy[RestrictionExample]:
    """An example restriction of a drawn level and OS, from ``restriction_examples``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(restriction_example_rows())
    ... def test_draws(value):
    ...     assert isinstance(value, RestrictionExample)
    >>> test_draws()
    """
    examples = returned(
        restriction_examples,
        st.none() | st.sampled_from(SecurityLevel),
        os=st.none() | st.sampled_from(DeviceOS),
    )
    return parts(examples, lambda rows: rows)


def quick_repair_entries() -> st.SearchStrategy[QuickRepairEntry]:
    """The quick-repair entries of the DMP request channels.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(quick_repair_entries())
    ... def test_draws(value):
    ...     assert isinstance(value, QuickRepairEntry)
    >>> test_draws()
    """
    return table_rows(QuickRepairEntry)
