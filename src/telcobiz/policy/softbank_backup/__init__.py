"""SoftBank あんしんバックアップ／連絡先コピー設定: what the apps and the portal allow (SB-1..SB-6).

What an employee's app does under a line's two switches: SB-1 (the apps, their controlled menu
items, the uncontrolled SD card / 本体), SB-2 (the default switches by line contract date),
SB-3 (the messages the apps show) and SB-4 (the 60-day limit of 4Gケータイ版 「電話帳の移行」
after a model change from a 3G phone); and what the 法人コンシェルサイト portal accepts: SB-5
(its screens, errors and mails) and SB-6 (when a line's setting can first be requested). All
read from 「法人コンシェルサイト あんしんバックアップ／連絡先コピー設定 利用マニュアル」 Ver.2.3
(:data:`~telcobiz.core.citation.BACKUP_MANUAL`).

This package is the service's entry point and exports every name; the code lives in

- :mod:`~telcobiz.policy.softbank_backup.catalog`: apps, operations, destinations, menu
  items (SB-1);
- :mod:`~telcobiz.policy.softbank_backup.settings`: a line's two switches and their defaults
  (SB-1, SB-2);
- :mod:`~telcobiz.policy.softbank_backup.app_messages`: the messages the apps show (SB-3,
  SB-4);
- :mod:`~telcobiz.policy.softbank_backup.decision`: what an app does under the switches (SB-1,
  SB-3, SB-4);
- :mod:`~telcobiz.policy.softbank_backup.permission_matrix`: every app × menu item × switch
  state (SB-1, SB-3);
- :mod:`~telcobiz.policy.softbank_backup.lines`: the lines and groups the portal lists (SB-5);
- :mod:`~telcobiz.policy.softbank_backup.portal_messages`: the portal's checks and messages
  (SB-5);
- :mod:`~telcobiz.policy.softbank_backup.portal`: the selection screens' checks (SB-5);
- :mod:`~telcobiz.policy.softbank_backup.portal_confirmation`: the 「確認」 screen's window and
  concurrency checks (SB-5);
- :mod:`~telcobiz.policy.softbank_backup.mail`: which lines need the app-download or password
  mail (SB-5);
- :mod:`~telcobiz.policy.softbank_backup.request_table`: the §1-4 table of when a line's
  setting can be requested (SB-6);
- :mod:`~telcobiz.policy.softbank_backup.availability`: that table applied to a contract
  event's date (SB-6).

Every message is the app's text character for character (full-width punctuation included).

>>> from datetime import date
>>> settings = BackupSettings(backup=False, migration=True)
>>> decision = check_app_operation(BackupApp.IPHONE, BackupOperation.RESTORE, settings)
>>> decision.allowed, decision.message
(False, '管理者によりご利用を制限されています。')
>>> check_app_operation("4g", "migration", BackupSettings(False, False)).error_code
2105
>>> default_settings(date(2017, 5, 10))
BackupSettings(backup=False, migration=True)
"""

from telcobiz.policy.softbank_backup.app_messages import APP_MESSAGES, AppMessage, DecisionReason
from telcobiz.policy.softbank_backup.availability import RequestAvailability, request_availability
from telcobiz.policy.softbank_backup.catalog import (
    FUNCTIONS_CITATION,
    MENU_ITEMS,
    BackupApp,
    BackupOperation,
    BackupService,
    BackupSwitch,
    Destination,
    MenuItem,
    menu_item,
)
from telcobiz.policy.softbank_backup.decision import (
    MIGRATION_USABLE_DAYS,
    OUT_OF_SCOPE_NOTE,
    BackupDecision,
    check_app_operation,
    is_app_operation_allowed,
    validate_app_operation,
)
from telcobiz.policy.softbank_backup.lines import DeviceKind, Line, LineGroup, LineStatus
from telcobiz.policy.softbank_backup.mail import (
    MailExemption,
    MailNeed,
    MailPlan,
    mail_plan,
    needs_app_download_mail,
    needs_password_mail,
)
from telcobiz.policy.softbank_backup.permission_matrix import BackupMatrix, matrix
from telcobiz.policy.softbank_backup.portal import (
    PortalProblem,
    PortalReport,
    check_app_download_mail,
    check_group_selection,
    check_password_mail,
    check_phone_number_list,
    validate_app_download_mail,
    validate_group_selection,
    validate_password_mail,
    validate_phone_number_list,
)
from telcobiz.policy.softbank_backup.portal_confirmation import (
    check_confirmation,
    validate_confirmation,
)
from telcobiz.policy.softbank_backup.portal_messages import (
    MAX_SELECTION,
    PORTAL_MESSAGES,
    PortalMessage,
    PortalProblemKind,
    PortalScreen,
)
from telcobiz.policy.softbank_backup.request_table import (
    ANY_TIME_NOTE,
    LAG_NOTE,
    MODEL_CHANGE_ADVICE,
    ConciergeAccount,
    ContractEvent,
    PhaseRule,
    RequestCondition,
    RequestPhase,
)
from telcobiz.policy.softbank_backup.settings import (
    DEFAULT_SETTINGS,
    BackupSettings,
    default_settings,
)

__all__ = [
    "ANY_TIME_NOTE",
    "APP_MESSAGES",
    "DEFAULT_SETTINGS",
    "FUNCTIONS_CITATION",
    "LAG_NOTE",
    "MAX_SELECTION",
    "MENU_ITEMS",
    "MIGRATION_USABLE_DAYS",
    "MODEL_CHANGE_ADVICE",
    "OUT_OF_SCOPE_NOTE",
    "PORTAL_MESSAGES",
    "AppMessage",
    "BackupApp",
    "BackupDecision",
    "BackupMatrix",
    "BackupOperation",
    "BackupService",
    "BackupSettings",
    "BackupSwitch",
    "ConciergeAccount",
    "ContractEvent",
    "DecisionReason",
    "Destination",
    "DeviceKind",
    "Line",
    "LineGroup",
    "LineStatus",
    "MailExemption",
    "MailNeed",
    "MailPlan",
    "MenuItem",
    "PhaseRule",
    "PortalMessage",
    "PortalProblem",
    "PortalProblemKind",
    "PortalReport",
    "PortalScreen",
    "RequestAvailability",
    "RequestCondition",
    "RequestPhase",
    "check_app_download_mail",
    "check_app_operation",
    "check_confirmation",
    "check_group_selection",
    "check_password_mail",
    "check_phone_number_list",
    "default_settings",
    "is_app_operation_allowed",
    "mail_plan",
    "matrix",
    "menu_item",
    "needs_app_download_mail",
    "needs_password_mail",
    "request_availability",
    "validate_app_download_mail",
    "validate_app_operation",
    "validate_confirmation",
    "validate_group_selection",
    "validate_password_mail",
    "validate_phone_number_list",
]
