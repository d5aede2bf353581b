"""Hypothesis strategies for :mod:`telcobiz.policy.softbank_backup` and its portal (SB-1..SB-6).

>>> from hypothesis import given
>>> from telcobiz.policy.softbank_backup import check_app_operation
>>> @given(menu_items(controlled=False), backup_settings())
... def test_sd_card_and_device_are_never_controlled(item, settings):
...     assert check_app_operation(item.app, item.operation, settings,
...                                destination=item.destination).allowed
>>> test_sd_card_and_device_are_never_controlled()
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

from telcobiz.policy.softbank_backup import (
    MENU_ITEMS,
    BackupApp,
    BackupOperation,
    BackupSettings,
    ContractEvent,
    DeviceKind,
    Line,
    LineGroup,
    LineStatus,
    MenuItem,
)

__all__ = [
    "backup_apps",
    "backup_operations",
    "backup_settings",
    "contract_events",
    "line_groups",
    "line_selections",
    "menu_items",
    "portal_lines",
    "portal_moments",
]


def backup_apps() -> st.SearchStrategy[BackupApp]:
    """Any of the four apps (SB-1).

    >>> from hypothesis import find
    >>> find(backup_apps(), lambda app: app.service.label == "連絡先コピー")
    <BackupApp.WINDOWS_10_MOBILE: 'windows10mobile'>
    """
    return st.sampled_from(BackupApp)


def backup_operations() -> st.SearchStrategy[BackupOperation]:
    """Save, restore or migration.

    >>> from hypothesis import find
    >>> find(backup_operations(), lambda op: op.switch.value == "migration")
    <BackupOperation.MIGRATION: 'migration'>
    """
    return st.sampled_from(BackupOperation)


def backup_settings() -> st.SearchStrategy[BackupSettings]:
    """Any of the four switch states.

    >>> from hypothesis import find
    >>> find(backup_settings(), lambda s: s.backup and not s.migration)
    BackupSettings(backup=True, migration=False)
    """
    return st.builds(BackupSettings, backup=st.booleans(), migration=st.booleans())


def menu_items(*, controlled: bool | None = None) -> st.SearchStrategy[MenuItem]:
    """Menu items an app really has; ``controlled`` keeps only server (True) or SD/本体 (False).

    >>> from hypothesis import find
    >>> find(menu_items(controlled=False), lambda item: True).switch is None
    True
    """
    items = [i for i in MENU_ITEMS if controlled is None or i.destination.controlled == controlled]
    return st.sampled_from(items)


def contract_events() -> st.SearchStrategy[ContractEvent]:
    """Any contract event of the SB-6 table (including ``NONE``).

    >>> from hypothesis import find
    >>> find(contract_events(), lambda e: not e.existing_line)
    <ContractEvent.NEW_ADDITIONAL: 'new_additional'>
    """
    return st.sampled_from(ContractEvent)


def _numbers() -> st.SearchStrategy[str]:
    return st.integers(0, 99_999_999).map(lambda n: f"090-{n // 10_000:04d}-{n % 10_000:04d}")


def portal_lines(
    *,
    devices: st.SearchStrategy[DeviceKind] | None = None,
    statuses: st.SearchStrategy[LineStatus] | None = None,
) -> st.SearchStrategy[Line]:
    """Lines with 090 numbers; by default any device kind and any status.

    >>> from hypothesis import find
    >>> find(portal_lines(), lambda line: line.cancelled).status
    <LineStatus.CANCELLED: 'cancelled'>
    """
    return st.builds(
        Line,
        number=_numbers(),
        device=devices if devices is not None else st.sampled_from(DeviceKind),
        status=statuses if statuses is not None else st.sampled_from(LineStatus),
        app_preinstalled=st.booleans(),
        knows_password=st.booleans(),
    )


def line_selections(
    *,
    min_size: int = 0,
    max_size: int = 250,
    lines: st.SearchStrategy[Line] | None = None,
) -> st.SearchStrategy[list[Line]]:
    """Selections of lines with distinct numbers (0..250 by default, across the 200 limit).

    >>> from hypothesis import find
    >>> len(find(line_selections(min_size=3), lambda chosen: True))
    3
    """
    return st.lists(
        lines if lines is not None else portal_lines(),
        min_size=min_size,
        max_size=max_size,
        unique_by=lambda line: line.number,
    )


def line_groups(*, max_size: int = 30) -> st.SearchStrategy[LineGroup]:
    """Groups named 営業N with up to ``max_size`` member lines.

    >>> from hypothesis import find
    >>> find(line_groups(), lambda group: not group.selectable).out_of_scope[0].device.value
    'out_of_scope'
    """
    return st.builds(
        LineGroup,
        name=st.integers(1, 99).map(lambda n: f"営業{n}課"),
        lines=line_selections(max_size=max_size),
    )


def portal_moments(
    *, min_value: date = date(2017, 1, 1), max_value: date = date(2030, 12, 31)
) -> st.SearchStrategy[datetime]:
    """Naive JST moments (to the second) for the portal's 9:00–23:00 window.

    >>> from hypothesis import find
    >>> find(portal_moments(), lambda at: at.hour == 23).minute
    0
    """
    return st.datetimes(
        min_value=datetime.combine(min_value, datetime.min.time()),
        max_value=datetime.combine(max_value, datetime.max.time()),
    ).map(lambda at: at.replace(microsecond=0))
