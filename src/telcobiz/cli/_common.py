"""Shared pieces of the command line: argument types, output, exit codes."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import NoReturn

from telcobiz.core.conversion import to_json
from telcobiz.core.errors import InvalidInput
from telcobiz.core.yearmonth import YearMonth

EXIT_OK = 0
EXIT_RULE_SAYS_NO = 1
EXIT_BAD_INPUT = 2


class CliParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        """Print ``telcobiz: error: …`` on one line and exit with code 2."""
        print(f"{self.prog}: error: {message} (see --help)", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def fail(message: str, *, code: int = EXIT_BAD_INPUT) -> int:
    """Print one line on stderr and return the exit code."""
    print(f"telcobiz: error: {message}", file=sys.stderr)
    return code


def parse_date(text: str) -> date:
    """An argparse type: ``YYYY-MM-DD`` to a date, or a clear error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput.for_value(
            "date", text, "a date written YYYY-MM-DD, e.g. 2026-11-02", code="cli.bad_date"
        ) from None


def parse_datetime(text: str) -> datetime:
    """An argparse type: ``YYYY-MM-DDTHH:MM`` (JST unless an offset is given)."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput.for_value(
            "at",
            text,
            "a time written YYYY-MM-DDTHH:MM, e.g. 2026-11-21T10:00",
            code="cli.bad_datetime",
        ) from None


def parse_month(text: str) -> YearMonth:
    """An argparse type: ``YYYY-MM`` to a :class:`YearMonth`."""
    return YearMonth.parse(text)


def parse_int(text: str) -> int:
    """An argparse type: an integer, or a clear error."""
    try:
        return int(text)
    except ValueError:
        raise InvalidInput.for_value("n", text, "a whole number", code="cli.bad_int") from None


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Add the ``--json`` flag every command has."""
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def emit(args: argparse.Namespace, human: str, data: object) -> None:
    """Print ``data`` as JSON with ``--json``, else the human text."""
    print(to_json(data, indent=2) if args.json else human)
