"""``telcobiz quote``: the monthly bill of a デバイスマネジメントパック fleet (DMP-1..4, TAX-1..2).

``--android N`` and ``--ios N`` make one group each (named ``android`` and ``ios``), started
on ``--start``; ``--option OS:OPTION`` (OS ``android``, ``ios`` or ``all``) adds an option to
every device of a group. The breakdown is printed in English (``--lang ja`` for Japanese),
``--json`` prints the quote as data, ``--months N`` a projection of N months.

>>> from telcobiz.cli import main
>>> main(["quote", "--ios", "40", "--option", "ios:message", "--start", "2026-11-05",
...       "--month", "2026-12"])
KDDI Device Management Pack, billing month 2026-12 (prices before tax)
group  item                           unit price  quantity    amount  rule
-----  -----------------------------  ----------  --------  --------  -----
ios    Basic service                       467円        40  18,680円  DMP-1
ios    Message notification                200円        40   8,000円  DMP-2
       Subtotal                                             26,680円
       Consumption tax 10% (floored)                         2,668円  TAX-2
       Total                                                29,348円
...
0
"""

from __future__ import annotations

import argparse
from typing import Any

from telcobiz.cli._common import (
    EXIT_OK,
    add_json_flag,
    add_lang_flag,
    emit,
    parse_date,
    parse_int,
    parse_month,
)
from telcobiz.core.errors import InvalidInput, TelcobizError
from telcobiz.core.money import Yen
from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing.catalog import Carrier, DeviceOS, DmpOption
from telcobiz.pricing.device_management import project, quote
from telcobiz.pricing.fleet import DeviceGroup, Fleet, SmartValueLine

__all__ = ["register"]

_EXAMPLE = (
    "example: telcobiz quote --android 80 --ios 40 --option android:backup --option all:message"
    " --start 2026-11-05 --month 2026-12 --basic-pack-ids 50"
)


def register(areas: Any) -> None:
    """Add ``quote`` to the command line.

    >>> from telcobiz.cli import build_parser
    >>> build_parser().parse_args(["quote", "--ios", "3", "--start", "2026-11-05"]).ios
    '3'
    """
    parser = areas.add_parser(
        "quote",
        help="monthly bill of a デバイスマネジメントパック fleet (DMP-1..DMP-4)",
        description="Price a KDDI デバイスマネジメントパック fleet for a month or a run of months.",
        epilog=_EXAMPLE,
    )
    parser.add_argument("--android", metavar="N", help="Android devices (group 'android')")
    parser.add_argument("--ios", metavar="N", help="iOS devices (group 'ios')")
    parser.add_argument(
        "--carrier", default="au", help="carrier of every device: au (default) or other"
    )
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="OS:OPTION",
        help="an option for every device of an OS (android, ios or all), e.g. android:backup;"
        " repeatable",
    )
    parser.add_argument("--start", required=True, metavar="YYYY-MM-DD", help="service start date")
    parser.add_argument(
        "--month", metavar="YYYY-MM", help="billing month (default: the start month)"
    )
    parser.add_argument("--months", metavar="N", help="print a projection of N months")
    parser.add_argument(
        "--basic-pack-ids", default="0", metavar="N", help="Basic Pack applied IDs (DMP-3)"
    )
    parser.add_argument(
        "--smart-value",
        action="append",
        default=[],
        metavar="GROUP:CHARGE[xCOUNT]",
        help="au lines of a group with Smart Value for Business and their own monthly charge,"
        " e.g. android:4980x20 (DMP-4); repeatable",
    )
    parser.add_argument(
        "--smart-value-start", metavar="YYYY-MM", help="Smart Value's month 1 (default: --month)"
    )
    add_lang_flag(parser, "the table")
    add_json_flag(parser)
    parser.set_defaults(handler=_quote)


def _quote(args: argparse.Namespace) -> int:
    start = parse_date(args.start, field="start")
    month = parse_month(args.month) if args.month else None
    fleet = _fleet(args, start)
    first = month or fleet.groups[0].start_month
    smart_value = [
        _smart_value_line(
            text, parse_month(args.smart_value_start) if args.smart_value_start else first
        )
        for text in args.smart_value
    ]
    options: dict[str, Any] = {
        "basic_pack_ids": parse_int(args.basic_pack_ids, field="basic_pack_ids"),
        "smart_value": smart_value,
    }
    if args.months is None:
        bill = quote(fleet, first, **options)
        emit(args, _before_start(fleet, first, first, args.lang) + bill.explain(args.lang), bill)
    else:
        run = project(fleet, first, parse_int(args.months, field="months"), **options)
        emit(args, _before_start(fleet, first, run.end, args.lang) + run.explain(args.lang), run)
    return EXIT_OK


def _before_start(fleet: Fleet, first: YearMonth, last: YearMonth, lang: str) -> str:
    """A first line saying why nothing is billed when every month asked is before the start.

    Without it a month before the service start would read as a silent 0円 (DMP-1 billing).
    """
    starts = sorted((group.start, group.name) for group in fleet.groups)
    begins = YearMonth.of(starts[0][0])
    if last >= begins:
        return ""
    months = str(first) if first == last else f"{first} to {last}"
    groups = ", ".join(f"{name} {day.isoformat()}" for day, name in starts)
    if lang == "ja":
        return (
            f"{months} ご利用分の請求はありません: サービス開始は {begins}（{groups}）で、"
            "料金は開始月から発生します（DMP-1）。\n"
        )
    return (
        f"Nothing is billed for {months}: the service starts in {begins} ({groups}),"
        " and fees are charged from the start month (DMP-1).\n"
    )


def _fleet(args: argparse.Namespace, start: Any) -> Fleet:
    counts = {os: getattr(args, os.value) for os in DeviceOS}
    present = {
        os: parse_int(text, field=os.value) for os, text in counts.items() if text is not None
    }
    if not present:
        raise InvalidInput.for_value(
            "devices",
            None,
            "--android N and/or --ios N",
            code="cli.no_devices",
            problem="no devices given",
        )
    chosen: dict[DeviceOS, list[DmpOption]] = {os: [] for os in present}
    for text in args.option:
        scope, option = _option(text)
        targets = list(present) if scope is None else [scope]
        for os in targets:
            if os not in present:
                raise InvalidInput(
                    f"group {os.value!r}: option {option.label} ({option.value}) needs the basic"
                    f" service; expected --{os.value} N with the option",
                    code="pricing.option_without_basic",
                    field="option",
                    value=text,
                    expected=f"--{os.value} N",
                )
            if option not in chosen[os]:
                chosen[os].append(option)
    carrier = Carrier.parse(args.carrier)
    return Fleet(
        DeviceGroup(os.value, os, count, start, carrier, chosen[os])
        for os, count in present.items()
    )


def _option(text: str) -> tuple[DeviceOS | None, DmpOption]:
    scope, colon, name = text.partition(":")
    if not colon or not name:
        raise InvalidInput.for_value(
            "option", text, "OS:OPTION such as android:backup or all:message", code="cli.bad_option"
        )
    os = None if scope.strip().lower() == "all" else DeviceOS.parse(scope)
    return os, DmpOption.parse(name)


def _smart_value_line(text: str, start: Any) -> SmartValueLine:
    group, colon, rest = text.partition(":")
    charge, times, count = rest.lower().partition("x")
    try:
        if not colon or (times and not count):
            raise ValueError(text)
        return SmartValueLine(group, Yen.parse(charge), start, int(count) if times else 1)
    except (ValueError, TelcobizError):
        raise InvalidInput.for_value(
            "smart_value",
            text,
            "GROUP:CHARGE[xCOUNT] such as android:4980x20 (a group of --android/--ios, a charge"
            " in yen >= 0, a count >= 1)",
            code="cli.bad_smart_value",
        ) from None
