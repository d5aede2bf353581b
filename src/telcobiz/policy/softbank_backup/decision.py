"""What an employee's app does under a line's two switches (SB-1, SB-3, SB-4).

:func:`check_app_operation` decides one menu item: SB-1 says which switch controls it (the SD
card and 本体 are never controlled), SB-3 gives the message the app shows when that switch is ×,
and SB-4 ends 4Gケータイ版 「電話帳の移行」 60 days after a model change from a 3G phone.
:func:`~telcobiz.policy.softbank_backup.permission_matrix.matrix` lists every app × operation ×
switch state; the messages are :mod:`~telcobiz.policy.softbank_backup.app_messages`.

>>> decision = check_app_operation("iphone", "restore", BackupSettings(False, True))
>>> decision.allowed, decision.message
(False, '管理者によりご利用を制限されています。')
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

import attrs

from telcobiz.core.citation import BACKUP_MANUAL, RULEBOOK, Citation
from telcobiz.core.dates import add_days
from telcobiz.core.errors import InvalidInput, OutOfRange, RuleViolation
from telcobiz.core.text import check_lang
from telcobiz.policy.softbank_backup.app_messages import _WINDOW_CITATION, DecisionReason
from telcobiz.policy.softbank_backup.catalog import (
    BackupApp,
    BackupOperation,
    BackupSwitch,
    Destination,
    menu_item,
)
from telcobiz.policy.softbank_backup.settings import BackupSettings, _plain_date

__all__ = [
    "MIGRATION_USABLE_DAYS",
    "OUT_OF_SCOPE_NOTE",
    "BackupDecision",
    "check_app_operation",
    "is_app_operation_allowed",
    "validate_app_operation",
]

_SCOPE_CITATION = Citation(BACKUP_MANUAL, "ご利用上の注意", rule="SB-1")
_TITLE_CITATION = Citation(
    BACKUP_MANUAL, "Appendix 利用規制時のエラー発生タイミング 4, 5", rule="SB-3"
)
_TABLE_WINS_CITATION = Citation(RULEBOOK, "SB-3 Decision (the §1-6 table wins)", rule="SB-3")
_WINDOW_DECISION_CITATION = Citation(RULEBOOK, "SB-4 Decision (day 60 usable)", rule="SB-4")

MIGRATION_USABLE_DAYS: Final = 60
"""Days after a model change from a 3G phone that 4Gケータイ版 「電話帳の移行」 still works (SB-4).

>>> MIGRATION_USABLE_DAYS
60
"""

OUT_OF_SCOPE_NOTE: Final = (
    "利用可否設定にて利用可に設定した場合でも、「あんしんバックアップ」、「連絡先コピー」の"
    "各サービス対象外機種では利用できません。"
)
"""The manual's caveat (ご利用上の注意): an allowed switch does not help a model out of scope.

>>> OUT_OF_SCOPE_NOTE.endswith("各サービス対象外機種では利用できません。")
True
"""


_ERROR_TITLE_APPS = frozenset({BackupApp.IPHONE})


@attrs.frozen
class BackupDecision:
    """What an app does when an employee uses one menu item under a line's switches.

    ``message`` is the app's text exactly (``None`` when the operation goes ahead),
    ``error_code`` its number where it has one (2105, 2104), ``title`` the dialog title the
    iPhone app puts above it (「エラー」, not part of the message), ``usable_until`` the last day
    of SB-4's 60 days where they apply.

    >>> d = check_app_operation("iphone", "save", BackupSettings(False, False))
    >>> print(d)  # doctest: +NORMALIZE_WHITESPACE
    not allowed: あんしんバックアップ(iPhone版) 「電話帳の保存(バックアップ)」
    with バックアップ機能× 電話帳移行機能× shows 「お使いの回線契約をご確認ください。2105」
    >>> d.title, d.error_code, d.rules
    ('エラー', 2105, ('SB-1', 'SB-3'))
    """

    allowed: bool
    message: str | None
    error_code: int | None
    reason: DecisionReason
    app: BackupApp
    operation: BackupOperation
    destination: Destination
    settings: BackupSettings
    menu_item: str
    title: str | None = None
    usable_until: date | None = None
    rules: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()

    def __str__(self) -> str:
        head = "allowed" if self.allowed else "not allowed"
        text = f"{head}: {self.app.label} 「{self.menu_item}」 with {self.settings}"
        return f"{text} shows 「{self.message}」" if self.message else text

    def explain(self, lang: str = "ja") -> str:
        """Give the full breakdown: item, switches, outcome, message, why, and the sources.

        >>> print(check_app_operation("smartphone", "save", BackupSettings(False, True),
        ...       destination="device").explain("en"))
        あんしんバックアップ(スマートフォン版) 「データの保存(バックアップ)→本体」 (not controlled)
        switches: バックアップ機能× 電話帳移行機能○
        outcome: allowed
        why: saving to or restoring from the SD card or 本体 (the device) is never controlled
        note: 利用可否設定にて利用可に設定した場合でも、「あんしんバックアップ」、...
        source: SB-1: ... Ver.2.3 Appendix 利用規制時のエラー発生タイミング 1, 2, 7, 8
        source: SB-1: ... Ver.2.3 ご利用上の注意
        """
        check_lang(lang)
        ja = lang == "ja"
        switch = self.operation.switch.label if self.destination.controlled else None
        if ja:
            controlled = f"（{switch or '利用制御されません'}）"
            outcome = "利用可" if self.allowed else "利用不可"
        else:
            controlled = f" ({switch or 'not controlled'})"
            outcome = "allowed" if self.allowed else "not allowed"
        lines = [f"{self.app.label} 「{self.menu_item}」{controlled}"]
        lines.append(f"{'設定' if ja else 'switches'}: {self.settings}")
        lines.append(f"{'結果' if ja else 'outcome'}: {outcome}")
        if self.message:
            lines.append(f"{'表示' if ja else 'message'}: {self.message}")
        if self.title:
            lines.append(f"{'タイトル' if ja else 'dialog title'}: {self.title}")
        lines.append(f"{'理由' if ja else 'why'}: {self.reason.describe(lang)}")
        if self.usable_until is not None:
            label = "利用可能期間" if ja else "usable through"
            lines.append(f"{label}: {self.usable_until.isoformat()}")
        if self.allowed:
            lines.append(f"{'注意' if ja else 'note'}: {OUT_OF_SCOPE_NOTE}")
        lines.extend(f"{'根拠' if ja else 'source'}: {citation}" for citation in self.citations)
        return "\n".join(lines)

    def to_row(self) -> dict[str, Any]:
        """Return the decision as one flat, JSON-ready row.

        As in :meth:`~telcobiz.policy.softbank_backup.permission_matrix.BackupMatrix.to_rows`.

        >>> row = check_app_operation("4g", "migration", BackupSettings(True, False)).to_row()
        >>> row["backup"], row["migration"], row["allowed"], row["error_code"]
        ('○', '×', False, None)
        """
        return {
            "app": self.app.value,
            "app_label": self.app.label,
            "operation": self.operation.value,
            "destination": self.destination.value,
            "menu_item": self.menu_item,
            "switch": self.operation.switch.label if self.destination.controlled else None,
            "backup": self.settings.mark(BackupSwitch.BACKUP),
            "migration": self.settings.mark(BackupSwitch.MIGRATION),
            "allowed": self.allowed,
            "message": self.message,
            "error_code": self.error_code,
        }


def _coerce_settings(settings: object) -> BackupSettings:
    if not isinstance(settings, BackupSettings):
        raise InvalidInput.for_value(
            "settings",
            settings,
            "a BackupSettings(backup=..., migration=...)",
            code="backup.bad_settings",
        )
    return settings


def _switch_reason(operation: BackupOperation, settings: BackupSettings) -> DecisionReason:
    """SB-3: the §1-6 table (it wins over the appendix pages, `telcobiz rules SB-3`)."""
    if settings.is_on(operation.switch):
        return DecisionReason.SWITCH_ON
    if not settings.backup and not settings.migration:
        return DecisionReason.BOTH_SWITCHES_OFF
    if operation.switch is BackupSwitch.BACKUP:
        return DecisionReason.BACKUP_SWITCH_OFF
    return DecisionReason.MIGRATION_SWITCH_OFF


def _migration_window(today: date | None, changed_on: date | None) -> tuple[date | None, bool]:
    """SB-4: the last usable day and whether ``today`` is past it (day 60 usable, 61 not)."""
    if changed_on is None:
        return None, False
    changed_on = _plain_date(changed_on, "model_changed_from_3g_on")
    if today is None:
        raise InvalidInput(
            "today: needed to apply the 60-day limit after a model change from a 3G phone",
            code="backup.today_required",
            field="today",
            expected="the day of the check, as a datetime.date",
        )
    if today < changed_on:
        raise OutOfRange.for_value(
            "model_changed_from_3g_on",
            changed_on,
            f"a date on or before today ({today.isoformat()})",
            code="backup.change_after_today",
        )
    until = add_days(changed_on, MIGRATION_USABLE_DAYS, field="model_changed_from_3g_on")
    return until, today > until


def check_app_operation(
    app: BackupApp | str,
    operation: BackupOperation | str,
    settings: BackupSettings,
    *,
    destination: Destination | str = Destination.SERVER,
    today: date | None = None,
    model_changed_from_3g_on: date | None = None,
) -> BackupDecision:
    """Decide what ``app`` does when the employee uses ``operation`` under ``settings``.

    SB-1: an SD card / 本体 item is always allowed; a server item needs the switch that governs
    it (バックアップ機能 for save and restore, 電話帳移行機能 for migration). SB-3: a denial shows
    the §1-6 message for the switch state. SB-4: for 4Gケータイ版 「電話帳の移行」 after a model
    change from a 3G phone (``model_changed_from_3g_on``, which then needs ``today``), day 60
    after the change is the last usable day; from day 61 the app shows 2104. The switches are
    checked first: with 電話帳移行機能 × the switch message is shown whatever the date. The
    date is ignored for the other apps and operations, which SB-4 does not limit.

    >>> changed = date(2026, 1, 1)  # day 60 is 2026-03-02
    >>> check_app_operation("4g", "migration", BackupSettings(False, True),
    ...     today=date(2026, 3, 3), model_changed_from_3g_on=changed).error_code
    2104
    >>> check_app_operation("4g", "save", BackupSettings(False, False), destination="sd").allowed
    True
    """
    app, operation = BackupApp.parse(app), BackupOperation.parse(operation)
    settings = _coerce_settings(settings)
    item = menu_item(app, operation, destination)
    if today is not None:
        today = _plain_date(today, "today")
    usable_until: date | None = None
    period_ended = False
    if app is BackupApp.FEATURE_PHONE_4G and operation is BackupOperation.MIGRATION:
        usable_until, period_ended = _migration_window(today, model_changed_from_3g_on)

    rules = ["SB-1"]
    citations = [item.citation]
    if not item.destination.controlled:
        reason = DecisionReason.UNCONTROLLED_DESTINATION
        usable_until = None
    else:
        reason = _switch_reason(operation, settings)
        if reason is DecisionReason.SWITCH_ON and period_ended:
            reason = DecisionReason.MIGRATION_PERIOD_ENDED
    message = reason.message
    if message is not None:
        rules.append("SB-4" if reason is DecisionReason.MIGRATION_PERIOD_ENDED else "SB-3")
        citations.append(message.citation)
        if reason is DecisionReason.MIGRATION_PERIOD_ENDED:
            citations.append(_WINDOW_DECISION_CITATION)
        else:
            citations.append(_TABLE_WINS_CITATION)
            if app in _ERROR_TITLE_APPS:
                citations.append(_TITLE_CITATION)
    elif usable_until is not None:
        rules.append("SB-4")
        citations.extend((_WINDOW_CITATION, _WINDOW_DECISION_CITATION))
    if message is None:
        citations.append(_SCOPE_CITATION)
    return BackupDecision(
        allowed=message is None,
        message=message.text if message else None,
        error_code=message.error_code if message else None,
        reason=reason,
        app=app,
        operation=operation,
        destination=item.destination,
        settings=settings,
        menu_item=item.label,
        title="エラー" if message and app in _ERROR_TITLE_APPS else None,
        usable_until=usable_until,
        rules=tuple(rules),
        citations=tuple(citations),
    )


def is_app_operation_allowed(
    app: BackupApp | str,
    operation: BackupOperation | str,
    settings: BackupSettings,
    *,
    destination: Destination | str = Destination.SERVER,
    today: date | None = None,
    model_changed_from_3g_on: date | None = None,
) -> bool:
    """Tell whether :func:`check_app_operation` allows the operation.

    >>> is_app_operation_allowed("smartphone", "restore", BackupSettings(True, False))
    True
    """
    return check_app_operation(
        app,
        operation,
        settings,
        destination=destination,
        today=today,
        model_changed_from_3g_on=model_changed_from_3g_on,
    ).allowed


def validate_app_operation(
    app: BackupApp | str,
    operation: BackupOperation | str,
    settings: BackupSettings,
    *,
    destination: Destination | str = Destination.SERVER,
    today: date | None = None,
    model_changed_from_3g_on: date | None = None,
) -> BackupDecision:
    """Return the decision when allowed, else raise :class:`~telcobiz.core.errors.RuleViolation`.

    The error's message is the app's message exactly; its code is ``backup.<reason>``
    (``backup.both_switches_off`` for 2105, ``backup.migration_period_ended`` for 2104).

    >>> try:
    ...     validate_app_operation("iphone", "migration", BackupSettings(True, False))
    ... except RuleViolation as error:
    ...     print(error.code, "|", error.message)  # doctest: +NORMALIZE_WHITESPACE
    backup.migration_switch_off
    | 電話帳ダウンロードを中止しました。管理者によりご利用を制限されています。
    """
    decision = check_app_operation(
        app,
        operation,
        settings,
        destination=destination,
        today=today,
        model_changed_from_3g_on=model_changed_from_3g_on,
    )
    if decision.message is not None:
        raise RuleViolation(
            decision.message,
            code=decision.reason.code,
            field="operation",
            value=decision.operation.value,
            expected=f"{decision.operation.switch.label}○ (利用可)",
        )
    return decision
