"""``telcobiz backup``: the あんしんバックアップ／連絡先コピー permission matrix (SB-1..SB-6).

``check`` prints what an app does under a line's switches (exit 1 when it is not allowed),
``matrix`` the whole table, ``defaults`` a line's default switches by contract date (SB-2),
``request`` when a line's setting can first be requested (SB-6).

>>> from telcobiz.cli import main
>>> main(["backup", "check", "--app", "iphone", "--operation", "restore",
...       "--backup", "off", "--migration", "on"])  # doctest: +NORMALIZE_WHITESPACE
not allowed: あんしんバックアップ(iPhone版) 「電話帳の読み込み(復元)」
with バックアップ機能× 電話帳移行機能○
管理者によりご利用を制限されています。
1
"""

from __future__ import annotations

import argparse
import enum
from typing import Any

from telcobiz.cli._common import (
    EXIT_OK,
    EXIT_RULE_SAYS_NO,
    add_json_flag,
    add_lang_flag,
    emit,
    parse_date,
)
from telcobiz.core.errors import InvalidInput
from telcobiz.policy.softbank_backup import (
    BackupApp,
    BackupOperation,
    BackupSettings,
    ContractEvent,
    Destination,
    check_app_operation,
    default_settings,
    matrix,
    request_availability,
)

_ON = {"on", "○", "yes", "true", "1", "利用可"}
_OFF = {"off", "×", "no", "false", "0", "利用不可"}


def parse_switch(text: str, *, field: str = "switch") -> bool:
    """Read a switch state: ``on``/``off`` (also ○/×, yes/no, true/false, 1/0).

    >>> parse_switch("on"), parse_switch("×")
    (True, False)
    """
    wanted = text.strip().lower()
    if wanted in _ON:
        return True
    if wanted in _OFF:
        return False
    raise InvalidInput.for_value(field, text, "on or off (○ or ×)", code="cli.bad_switch")


_SWITCH_VALUES = "on or off (also ○/×, yes/no, true/false, 1/0, 利用可/利用不可)"


def _values(kind: type[enum.Enum]) -> str:
    """The values a choice takes, for its help: ``one of save, restore, migration``."""
    return "one of " + ", ".join(member.value for member in kind)


def register(areas: Any) -> None:
    """Add ``backup check|matrix|defaults|request`` to the command line."""
    backup = areas.add_parser(
        "backup", help="SoftBank あんしんバックアップ／連絡先コピー permissions (SB-1..SB-6)"
    )
    verbs = backup.add_subparsers(dest="verb", metavar="VERB", required=True)

    check = verbs.add_parser("check", help="what an app does under a line's two switches")
    check.add_argument("--app", required=True, help=_values(BackupApp))
    check.add_argument("--operation", required=True, help=_values(BackupOperation))
    check.add_argument("--backup", metavar="on|off", help=f"バックアップ機能: {_SWITCH_VALUES}")
    check.add_argument("--migration", metavar="on|off", help=f"電話帳移行機能: {_SWITCH_VALUES}")
    check.add_argument(
        "--contract-date", help="YYYY-MM-DD: start from the line's default switches (SB-2)"
    )
    check.add_argument(
        "--destination", default="server", help=f"{_values(Destination)} (default server)"
    )
    check.add_argument("--today", help="YYYY-MM-DD, for the 60-day limit (SB-4)")
    check.add_argument(
        "--model-changed-from-3g-on", help="YYYY-MM-DD: the model change from a 3G phone"
    )
    check.add_argument("--explain", action="store_true", help="print the full breakdown")
    add_lang_flag(check, "the answer")
    add_json_flag(check)
    check.set_defaults(handler=_check)

    table = verbs.add_parser("matrix", help="every app × operation × switch state")
    table.add_argument(
        "--include-uncontrolled", action="store_true", help="add the SD card / 本体 items"
    )
    add_json_flag(table)
    table.set_defaults(handler=_matrix)

    defaults = verbs.add_parser("defaults", help="a line's default switches by contract date")
    defaults.add_argument("contract_date", help="YYYY-MM-DD")
    add_json_flag(defaults)
    defaults.set_defaults(handler=_defaults)

    request = verbs.add_parser("request", help="when a line's setting can first be requested")
    request.add_argument("event", help=_values(ContractEvent))
    request.add_argument("--event-date", help="YYYY-MM-DD: the day of the contract event")
    add_lang_flag(request, "the answer")
    add_json_flag(request)
    request.set_defaults(handler=_request)


def _settings(args: argparse.Namespace) -> BackupSettings:
    if args.contract_date is not None:
        base = default_settings(parse_date(args.contract_date, field="contract_date"))
    elif args.backup is None or args.migration is None:
        raise InvalidInput(
            "backup check: give --backup on|off and --migration on|off, or --contract-date",
            code="cli.missing_switch",
            field="--backup/--migration",
            expected="both switches, or a contract date for the defaults",
        )
    else:
        base = BackupSettings(backup=False, migration=False)
    backup = base.backup if args.backup is None else parse_switch(args.backup, field="backup")
    migration = (
        base.migration
        if args.migration is None
        else parse_switch(args.migration, field="migration")
    )
    return BackupSettings(backup=backup, migration=migration)


def _check(args: argparse.Namespace) -> int:
    # What is asked comes before the switches it is asked under: `--operation delete` is
    # refused as an operation, not for a missing switch.
    app, operation = BackupApp.parse(args.app), BackupOperation.parse(args.operation)
    destination = Destination.parse(args.destination)
    today = None if args.today is None else parse_date(args.today, field="today")
    changed = args.model_changed_from_3g_on
    decision = check_app_operation(
        app,
        operation,
        _settings(args),
        destination=destination,
        today=today,
        model_changed_from_3g_on=None
        if changed is None
        else parse_date(changed, field="model_changed_from_3g_on"),
    )
    if args.explain:
        human = decision.explain(args.lang)
    elif args.lang == "ja":
        outcome = "利用可" if decision.allowed else "利用不可"
        human = f"{outcome}: {decision.app.label} 「{decision.menu_item}」（{decision.settings}）"
    else:
        outcome = "allowed" if decision.allowed else "not allowed"
        human = f"{outcome}: {decision.app.label} 「{decision.menu_item}」 with {decision.settings}"
    if decision.message is not None and not args.explain:
        human += f"\n{decision.message}"
    emit(args, human, decision)
    return EXIT_OK if decision.allowed else EXIT_RULE_SAYS_NO


def _matrix(args: argparse.Namespace) -> int:
    table = matrix(include_uncontrolled=args.include_uncontrolled)
    emit(args, table.to_markdown(), table.to_rows())
    return EXIT_OK


def _defaults(args: argparse.Namespace) -> int:
    settings = default_settings(parse_date(args.contract_date, field="contract_date"))
    emit(args, str(settings), settings)
    return EXIT_OK


def _request(args: argparse.Namespace) -> int:
    event_date = (
        None if args.event_date is None else parse_date(args.event_date, field="event_date")
    )
    result = request_availability(args.event, event_date=event_date)
    emit(args, result.explain(args.lang), result)
    return EXIT_OK
