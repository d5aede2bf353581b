"""``telcobiz days``: business-day arithmetic on the default calendar (CAL-1, CAL-3).

>>> from telcobiz.cli import main
>>> main(["days", "count", "2026-12-25", "2027-01-08"])
6
0
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from telcobiz.cli._common import EXIT_OK, add_json_flag, emit, parse_date, parse_int
from telcobiz.core.errors import InvalidInput
from telcobiz.scheduling.calendar import BusinessCalendar


def register(areas: Any) -> None:
    """Add ``days add|count|list`` to the command line.

    >>> from telcobiz.cli import build_parser
    >>> "days" in build_parser().format_help()
    True
    """
    days = areas.add_parser("days", help="business-day arithmetic (weekends, 祝日, 年末年始)")
    verbs = days.add_subparsers(dest="verb", metavar="VERB", required=True)

    add = verbs.add_parser("add", help="the N-th business day after DATE (N < 0: before)")
    add.add_argument("date", type=str, help="YYYY-MM-DD")
    add.add_argument("n", type=str, help="business days to add")
    add_json_flag(add)
    add.set_defaults(handler=_add)

    count = verbs.add_parser("count", help="business days after START up to and including END")
    count.add_argument("start", type=str, help="YYYY-MM-DD")
    count.add_argument("end", type=str, help="YYYY-MM-DD")
    add_json_flag(count)
    count.set_defaults(handler=_count)

    listing = verbs.add_parser("list", help="non-business days of a year, with reasons")
    listing.add_argument("year", type=str, help="e.g. 2026")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)


def _add(args: argparse.Namespace) -> int:
    start, n = parse_date(args.date), parse_int(args.n, field="n")
    result = BusinessCalendar().add_business_days(start, n)
    emit(args, result.isoformat(), {"date": start, "n": n, "result": result})
    return EXIT_OK


def _count(args: argparse.Namespace) -> int:
    start, end = parse_date(args.start, field="start"), parse_date(args.end, field="end")
    count = BusinessCalendar().count_business_days(start, end)
    emit(args, str(count), {"start": start, "end": end, "business_days": count})
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    try:
        year = int(args.year)
    except ValueError:
        year = 0
    if not 1 <= year <= 9999:
        raise InvalidInput.for_value("year", args.year, "a year such as 2026", code="cli.bad_year")
    closed = BusinessCalendar().non_business_days(date(year, 1, 1), date(year, 12, 31))
    data = [
        {"date": day.day, "reasons": [{"kind": r.kind.value, "name": r.name} for r in day.reasons]}
        for day in closed
    ]
    emit(args, "\n".join(map(str, closed)), data)
    return EXIT_OK
