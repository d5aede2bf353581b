"""``telcobiz leadtime|cancel|open``: when a change completes, a cancellation bites, a desk opens.

- ``telcobiz leadtime message-cast --accepted 2026-11-02 --items 6,7`` (MC-5, MC-6, CAL-3/4)
- ``telcobiz cancel message-cast --received 2026-11-10`` (MC-7)
- ``telcobiz open --service message-cast-support --at 2026-11-21T10:00`` (MC-8, DMP-7, SB-5, …):
  exit 0 when open, 1 when closed; without ``--at`` the current time is used.

Each takes ``--json`` (the result through the shared converter) and ``--lang ja|en`` for the
human text.

>>> import contextlib, io
>>> from telcobiz.cli import main
>>> with contextlib.redirect_stdout(io.StringIO()) as out:
...     code = main(["cancel", "message-cast", "--received", "2026-11-10", "--lang", "ja"])
>>> code, out.getvalue().splitlines()[0]
(0, '2026-11-10受付の解約は2027-01ご利用分からの解約です（最終請求は2026-12ご利用分）。')
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from telcobiz.cli._common import (
    EXIT_OK,
    EXIT_RULE_SAYS_NO,
    add_json_flag,
    add_lang_flag,
    emit,
    parse_date,
    parse_datetime,
)
from telcobiz.core.errors import InvalidInput
from telcobiz.core.jst import JST
from telcobiz.scheduling.hours import SERVICE_HOURS, service_hours
from telcobiz.scheduling.message_cast import cancellation, change_lead_time

_ITEMS_HELP = (
    "comma-separated change item numbers of the §2.1 table, 1..13 "
    "(e.g. 6,7: 企業管理者追加・削除 and アクセス可能グローバルIPアドレス)"
)


def register(areas: Any) -> None:
    """Add ``leadtime``, ``cancel`` and ``open`` to the command line."""
    leadtime = areas.add_parser("leadtime", help="when a change completes (business days)")
    services = leadtime.add_subparsers(dest="service", metavar="SERVICE", required=True)
    message_cast = services.add_parser(
        "message-cast",
        help="KDDI Message Cast changes (§2.1): earliest/latest dates and the governing item",
    )
    message_cast.add_argument("--accepted", required=True, metavar="DATE", help="YYYY-MM-DD")
    message_cast.add_argument("--items", required=True, metavar="N,N", help=_ITEMS_HELP)
    _add_output_flags(message_cast)
    message_cast.set_defaults(handler=_leadtime_message_cast)

    cancel = areas.add_parser("cancel", help="when a cancellation takes effect")
    services = cancel.add_subparsers(dest="service", metavar="SERVICE", required=True)
    cancel_mc = services.add_parser(
        "message-cast", help="KDDI Message Cast (§3.2): first month with no service"
    )
    cancel_mc.add_argument("--received", required=True, metavar="DATE", help="YYYY-MM-DD")
    _add_output_flags(cancel_mc)
    cancel_mc.set_defaults(handler=_cancel_message_cast)

    open_ = areas.add_parser(
        "open",
        help="is a support desk or form open now, and when does it open next (exit 1: closed)",
        description="Whether a service window is open at a moment (exit 0) or closed (exit 1), "
        "with its next opening and closing.",
        epilog="services:\n"
        + "\n".join(f"  {key:<34} {SERVICE_HOURS[key]}" for key in sorted(SERVICE_HOURS)),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    open_.add_argument(
        "--service", required=True, metavar="KEY", help="the window's key (listed below)"
    )
    open_.add_argument(
        "--at",
        metavar="TIME",
        help="YYYY-MM-DDTHH:MM, JST unless an offset is given (default: now)",
    )
    _add_output_flags(open_)
    open_.set_defaults(handler=_open)


def _add_output_flags(parser: argparse.ArgumentParser) -> None:
    add_json_flag(parser)
    add_lang_flag(parser)


def _parse_items(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise InvalidInput.for_value(
            "items", text, "comma-separated numbers such as 6,7", code="cli.bad_items"
        ) from None


def _leadtime_message_cast(args: argparse.Namespace) -> int:
    result = change_lead_time(_parse_items(args.items), parse_date(args.accepted, field="accepted"))
    emit(args, result.explain(args.lang), result)
    return EXIT_OK


def _cancel_message_cast(args: argparse.Namespace) -> int:
    result = cancellation(parse_date(args.received, field="received"))
    emit(args, result.explain(args.lang), result)
    return EXIT_OK


def _open(args: argparse.Namespace) -> int:
    hours = service_hours(args.service)
    # The command line is the one place that may read the clock.
    at = parse_datetime(args.at) if args.at is not None else datetime.now(JST)
    status = hours.status(at)
    emit(args, status.explain(args.lang), status)
    return EXIT_OK if status.open else EXIT_RULE_SAYS_NO
