"""``telcobiz check``: eligibility and validation rules from the shell (DBO-5, CAC-1, BOS-1, BOS-2).

``corporate-number`` checks a 法人番号 and what it means for a mobile order (DBO-5);
``password`` checks a クラウドオートコール self password read from a prompt, never from the
command line (CAC-1); ``order`` checks a BOS applicant (BOS-1) and an au order (BOS-2). Exit
1 when the rule says no.

>>> from telcobiz.cli import main
>>> main(["check", "corporate-number", "7-0000-1205-0002"])
7-0000-1205-0002: a valid corporate number (type code 12); mobile orders as a corporation
0
>>> main(["check", "order", "--head-office", "沖縄県那覇市"])
BOS application by a corporation: 1 problem
- [bos.okinawa_head_office] head_office: an applicant whose head office is in Okinawa cannot apply
- note: the first person to apply becomes the 代表法人管理者, whose user ID cannot be deleted
1
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from telcobiz.cli._common import (
    EXIT_OK,
    EXIT_RULE_SAYS_NO,
    add_json_flag,
    add_lang_flag,
    emit,
    parse_int,
)
from telcobiz.core.errors import InvalidInput
from telcobiz.core.text import check_lang
from telcobiz.policy.cloud_autocall import check_self_password
from telcobiz.policy.docomo import (
    HolderKind,
    check_corporate_number,
    format_corporate_number,
    mobile_order_holder,
)
from telcobiz.policy.online_support import (
    Applicant,
    ApplicantKind,
    ApplicationChannel,
    AuOrder,
    OrderLine,
    OrderLineKind,
    TermsSource,
    check_application,
    check_order,
)
from telcobiz.policy.report import Report


def register(areas: Any) -> None:
    """Add ``check corporate-number|password|order`` to the command line."""
    check = areas.add_parser("check", help="eligibility and validation rules (DBO-5, CAC-1, BOS)")
    verbs = check.add_subparsers(dest="verb", metavar="VERB", required=True)

    number = verbs.add_parser(
        "corporate-number", help="a 13-digit 法人番号 and its mobile-order meaning (DBO-5)"
    )
    number.add_argument("number", help="e.g. 7000012050002 or 7-0000-1205-0002")
    _add_output_flags(number)
    number.set_defaults(handler=_corporate_number)

    password = verbs.add_parser(
        "password", help="a クラウドオートコール self password, read from a prompt (CAC-1)"
    )
    password.add_argument("--self-id", required=True, help="the self ID (セルフID)")
    password.add_argument(
        "--confirm", action="store_true", help="also ask for the confirmation entry"
    )
    _add_output_flags(password)
    password.set_defaults(handler=_password)

    order = verbs.add_parser("order", help="a BOS applicant (BOS-1) and/or an au order (BOS-2)")
    applicant = order.add_argument_group("applicant (BOS-1)")
    applicant.add_argument("--head-office", help="the head office's address or prefecture")
    applicant.add_argument("--billing-address", action="append", default=[], help="repeatable")
    applicant.add_argument("--shipping-address", action="append", default=[], help="repeatable")
    applicant.add_argument("--sole-proprietor", action="store_true", help="not a corporation")
    applicant.add_argument("--outside-japan", action="store_true", help="not in Japan")
    applicant.add_argument(
        "--existing-contracts", default="0", help="BOS contracts the corporation already has"
    )
    applicant.add_argument("--in-writing", action="store_true", help="a written application")
    purchase = order.add_argument_group("order (BOS-2)")
    purchase.add_argument(
        "--simple-entry", action="store_true", help="the customer has 簡易モバイルエントリー"
    )
    purchase.add_argument("--device", action="append", default=[], help="NAME[:QUANTITY]")
    purchase.add_argument("--accessory", action="append", default=[], help="NAME[:QUANTITY]")
    purchase.add_argument("--purchase", default="lump_sum", help="lump_sum, instalments, rental")
    purchase.add_argument(
        "--payment", default="account_transfer", help="account_transfer, credit_card, counter"
    )
    purchase.add_argument("--bill-to", default="existing", help="existing or new billing")
    purchase.add_argument("--separate-billing", action="store_true", help="device billed apart")
    purchase.add_argument("--campaign", action="store_true", help="apply a campaign")
    purchase.add_argument("--au-points", action="store_true", help="use au points")
    purchase.add_argument("--business-email", help="a business e-mail address to set")
    for item in ("models", "plans", "services"):
        purchase.add_argument(
            f"--agreed-{item}", action="store_true", help=f"{item} agreed with KDDI"
        )
    _add_output_flags(order)
    order.set_defaults(handler=_order)


def _add_output_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--explain", action="store_true", help="print rules and citations too")
    add_lang_flag(parser, "the messages")
    add_json_flag(parser)


def _human(report: Report, args: argparse.Namespace) -> str:
    lang = check_lang(args.lang)
    if args.explain:
        return report.explain(lang)
    if report.ok:
        lines = [str(report) if lang == "en" else report.explain(lang).splitlines()[0]]
    else:
        count = len(report)
        lines = [
            f"{report.subject}: 問題 {count} 件"
            if lang == "ja"
            else f"{report.subject}: {count} problem{'s' if count > 1 else ''}"
        ]
        lines.extend(f"- [{p.code}] {p.text(lang)}" for p in report.problems)
    note = "注意" if lang == "ja" else "note"
    lines.extend(f"- {note}: {n.text(lang)}" for n in report.notes)
    return "\n".join(lines)


def _corporate_number(args: argparse.Namespace) -> int:
    report = check_corporate_number(args.number)
    data: dict[str, Any] = {"number": args.number, "valid": report.ok, "report": report}
    if not report.ok:
        emit(args, _human(report, args), data)
        return EXIT_RULE_SAYS_NO
    holder = mobile_order_holder(corporate_number=args.number)
    formatted = format_corporate_number(args.number)
    data.update(
        formatted=formatted,
        type_code=holder.type_code,
        mobile_holder=None if holder.holder is None else holder.holder.value,
        mobile=holder.report,
    )
    corporation = holder.holder is HolderKind.CORPORATION
    if args.explain:
        human = holder.explain(check_lang(args.lang))
    elif args.lang == "ja":
        meaning = "法人として契約できます" if corporation else "個人名義でのお申込受付となります"
        human = (
            f"{formatted}: 有効な法人番号（種別番号 {holder.type_code}）。モバイル端末: {meaning}"
        )
    else:
        meaning = (
            "mobile orders as a corporation"
            if corporation
            else "type code 04 (商号のみ登記): mobile orders in a personal name only"
        )
        human = f"{formatted}: a valid corporate number (type code {holder.type_code}); {meaning}"
    emit(args, human, data)
    return EXIT_OK if corporation else EXIT_RULE_SAYS_NO


def _read_secret(prompt: str) -> str:
    """Read a secret: at a terminal without echo, otherwise one line of stdin, quietly."""
    try:
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(prompt)
        # Piped in (`printf 'Ab12cd\n' | telcobiz check password …`): no prompt, no warning.
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise EOFError
        return line.removesuffix("\n").removesuffix("\r")
    except EOFError:
        raise InvalidInput(
            "password: nothing was entered (end of input)",
            code="cli.no_password",
            field="password",
            expected="the password typed at the prompt, or one line on stdin",
        ) from None


def _password(args: argparse.Namespace) -> int:
    password = _read_secret("セルフパスワード (self password): ")
    confirmation = _read_secret("確認のため再度入力 (again): ") if args.confirm else None
    report = check_self_password(password, self_id=args.self_id, confirmation=confirmation)
    emit(args, _human(report, args), report)
    return EXIT_OK if report.ok else EXIT_RULE_SAYS_NO


def _lines(items: list[str], kind: OrderLineKind) -> list[OrderLine]:
    lines = []
    for item in items:
        name, colon, quantity = item.rpartition(":")
        if not colon:
            name, quantity = item, "1"
        lines.append(OrderLine(kind, name, parse_int(quantity, field=f"--{kind.value} quantity")))
    return lines


def _order(args: argparse.Namespace) -> int:
    reports: dict[str, Report] = {}
    if args.head_office is not None:
        applicant = Applicant(
            args.head_office,
            billing=args.billing_address,
            shipping=args.shipping_address,
            kind=ApplicantKind.SOLE_PROPRIETOR
            if args.sole_proprietor
            else ApplicantKind.CORPORATION,
            in_japan=not args.outside_japan,
            existing_contracts=parse_int(args.existing_contracts, field="--existing-contracts"),
            channel=ApplicationChannel.WRITING if args.in_writing else ApplicationChannel.ONLINE,
        )
        reports["application"] = check_application(applicant)
    lines = _lines(args.device, OrderLineKind.DEVICE) + _lines(
        args.accessory, OrderLineKind.ACCESSORY
    )
    if lines:
        agreed = {
            item: TermsSource.AGREED if getattr(args, f"agreed_{item}") else TermsSource.DESIGNATED
            for item in ("models", "plans", "services")
        }
        order = AuOrder(
            lines=lines,
            campaign=args.campaign,
            au_points=args.au_points,
            purchase=args.purchase,
            payment=args.payment,
            billing=args.bill_to,
            separate_billing=args.separate_billing,
            business_email=args.business_email,
            **agreed,
        )
        reports["order"] = check_order(order, simple_mobile_entry=args.simple_entry)
    if not reports:
        raise InvalidInput(
            "nothing to check: give --head-office (BOS-1) and/or --device/--accessory (BOS-2)",
            code="cli.nothing_to_check",
            field="order",
            expected="--head-office or --device/--accessory",
        )
    human = "\n".join(_human(report, args) for report in reports.values())
    data = {"ok": all(report.ok for report in reports.values()), **reports}
    emit(args, human, data)
    return EXIT_OK if data["ok"] else EXIT_RULE_SAYS_NO
