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
    AppMessage,
    BackupApp,
    BackupDecision,
    BackupMatrix,
    BackupOperation,
    BackupSettings,
    ConciergeAccount,
    ContractEvent,
    DeviceKind,
    Line,
    LineGroup,
    LineStatus,
    MailNeed,
    MailPlan,
    MenuItem,
    PhaseRule,
    PortalMessage,
    PortalProblem,
    PortalReport,
    RequestAvailability,
    check_app_download_mail,
    check_app_operation,
    check_confirmation,
    check_group_selection,
    check_password_mail,
    check_phone_number_list,
    mail_plan,
    matrix,
    request_availability,
)
from telcobiz.testing.core import parts, returned
from telcobiz.testing.tables import table_rows

__all__ = [
    "app_messages",
    "backup_apps",
    "backup_decisions",
    "backup_matrices",
    "backup_operations",
    "backup_settings",
    "contract_events",
    "line_groups",
    "line_selections",
    "mail_needs",
    "mail_plans",
    "menu_items",
    "phase_rules",
    "portal_lines",
    "portal_messages",
    "portal_moments",
    "portal_problems",
    "portal_reports",
    "request_availabilities",
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


def backup_decisions() -> st.SearchStrategy[BackupDecision]:
    """What a drawn app does for a drawn menu item and settings, from ``check_app_operation``.

    >>> from hypothesis import given
    >>> @given(backup_decisions())
    ... def test_a_refusal_has_a_message(decision):
    ...     assert decision.allowed or decision.message
    >>> test_a_refusal_has_a_message()
    """
    days = st.none() | st.dates(date(2010, 1, 1), date(2040, 12, 31))
    return menu_items().flatmap(
        lambda item: returned(
            check_app_operation,
            st.just(item.app),
            st.just(item.operation),
            backup_settings(),
            destination=st.just(item.destination),
            today=days,
            model_changed_from_3g_on=days,
        )
    )


def backup_matrices() -> st.SearchStrategy[BackupMatrix]:
    """The permission matrix, with or without the uncontrolled items, from ``matrix``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(backup_matrices())
    ... def test_draws(value):
    ...     assert isinstance(value, BackupMatrix)
    >>> test_draws()
    """
    return returned(matrix, include_uncontrolled=st.booleans())


def request_availabilities() -> st.SearchStrategy[RequestAvailability]:
    """When a request can be made after a drawn contract event (SB-6).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(request_availabilities())
    ... def test_draws(value):
    ...     assert isinstance(value, RequestAvailability)
    >>> test_draws()
    """
    return returned(
        request_availability,
        contract_events(),
        event_date=st.none() | st.dates(date(2015, 1, 1), date(2040, 12, 31)),
        account=st.none() | st.sampled_from(ConciergeAccount),
    )


def mail_plans() -> st.SearchStrategy[MailPlan]:
    """Which drawn lines need which mails (SB-5), from ``mail_plan``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(mail_plans())
    ... def test_draws(value):
    ...     assert isinstance(value, MailPlan)
    >>> test_draws()
    """
    return returned(mail_plan, st.lists(portal_lines(), max_size=6))


def mail_needs() -> st.SearchStrategy[MailNeed]:
    """One line's part of a drawn mail plan.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(mail_needs())
    ... def test_draws(value):
    ...     assert isinstance(value, MailNeed)
    >>> test_draws()
    """
    return parts(mail_plans(), lambda plan: plan.lines)


def portal_reports() -> st.SearchStrategy[PortalReport]:
    """The portal's answer to a drawn selection on one of its screens (SB-5).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(portal_reports())
    ... def test_draws(value):
    ...     assert isinstance(value, PortalReport)
    >>> test_draws()
    """
    lines = line_selections()
    return st.one_of(
        returned(check_phone_number_list, lines),
        returned(check_group_selection, st.lists(line_groups(max_size=5), max_size=3)),
        returned(check_app_download_mail, lines),
        returned(check_password_mail, lines),
        returned(lambda chosen, at: check_confirmation(chosen, at=at), lines, portal_moments()),
    )


def portal_problems() -> st.SearchStrategy[PortalProblem]:
    """One problem of a drawn portal report.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(portal_problems())
    ... def test_draws(value):
    ...     assert isinstance(value, PortalProblem)
    >>> test_draws()
    """
    return parts(portal_reports(), lambda report: report.problems)


def app_messages() -> st.SearchStrategy[AppMessage]:
    """The messages the apps show (2105, 2104, …).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(app_messages())
    ... def test_draws(value):
    ...     assert isinstance(value, AppMessage)
    >>> test_draws()
    """
    return table_rows(AppMessage)


def portal_messages() -> st.SearchStrategy[PortalMessage]:
    """The messages the portal shows.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(portal_messages())
    ... def test_draws(value):
    ...     assert isinstance(value, PortalMessage)
    >>> test_draws()
    """
    return table_rows(PortalMessage)


def phase_rules() -> st.SearchStrategy[PhaseRule]:
    """The cells of the SB-6 request table.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(phase_rules())
    ... def test_draws(value):
    ...     assert isinstance(value, PhaseRule)
    >>> test_draws()
    """
    return table_rows(PhaseRule)
