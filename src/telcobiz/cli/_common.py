"""Shared pieces of the command line: exit codes, argument types, output.

Every command prints through :func:`emit`, so every human answer gets the same compact
citations (see :mod:`telcobiz.cli._citations`) and every ``--json`` answer the same converter.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import NoReturn

from telcobiz.cli._citations import cited_text
from telcobiz.core.errors import InvalidInput, TelcobizError
from telcobiz.core.yearmonth import YearMonth

EXIT_OK = 0
"""The answer is yes, or the job is done."""
EXIT_RULE_SAYS_NO = 1
"""The rule says no, or lines were rejected."""
EXIT_BAD_INPUT = 2
"""Bad input or an unreadable file: one line on stderr."""
EXIT_INTERNAL_ERROR = 3
"""A defect of telcobiz itself: one line on stderr asking for a report."""

DEFAULT_LANG = "en"
"""The language of every command's human output unless ``--lang ja`` is given."""


class UsageError(TelcobizError):
    """The command line itself is wrong: an unknown flag, a missing argument, a bad choice.

    >>> UsageError("the following arguments are required: n").code
    'cli.usage'
    """

    default_code = "cli.usage"


class CliParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage errors become :class:`UsageError` (exit code 2).

    The error is reported by :func:`telcobiz.cli.main` like any other bad input, so that it
    is one line, and JSON with ``--json``.

    >>> CliParser(prog="telcobiz demo").parse_args(["--nonsense"])
    Traceback (most recent call last):
    ...
    telcobiz.cli._common.UsageError: unrecognized arguments: --nonsense (see telcobiz demo --help)
    """

    def error(self, message: str) -> NoReturn:
        """Raise :class:`UsageError` with argparse's message and where to find help."""
        raise UsageError(f"{message} (see {self.prog} --help)")


def fail(message: str, *, code: int = EXIT_BAD_INPUT) -> int:
    r"""Print ``telcobiz: error: message`` on stderr and return the exit code.

    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     fail("no", code=EXIT_RULE_SAYS_NO)
    1
    >>> err.getvalue()
    'telcobiz: error: no\n'
    """
    print(f"telcobiz: error: {message}", file=sys.stderr)
    return code


def parse_date(text: str, *, field: str = "date") -> date:
    """An argument type: ``YYYY-MM-DD`` to a date, or a clear error naming ``field``.

    >>> parse_date("2026-11-02")
    datetime.date(2026, 11, 2)
    """
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput.for_value(
            field, text, "a date written YYYY-MM-DD, e.g. 2026-11-02", code="cli.bad_date"
        ) from None


def parse_datetime(text: str, *, field: str = "at") -> datetime:
    """An argument type: ``YYYY-MM-DDTHH:MM`` (JST unless an offset is given).

    >>> parse_datetime("2026-11-21T10:00")
    datetime.datetime(2026, 11, 21, 10, 0)
    """
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput.for_value(
            field,
            text,
            "a time written YYYY-MM-DDTHH:MM, e.g. 2026-11-21T10:00",
            code="cli.bad_datetime",
        ) from None


def parse_month(text: str) -> YearMonth:
    """An argument type: ``YYYY-MM`` to a :class:`~telcobiz.core.yearmonth.YearMonth`.

    >>> str(parse_month("2026-12"))
    '2026-12'
    """
    return YearMonth.parse(text)


def parse_int(text: str, *, field: str, minimum: int | None = None) -> int:
    """An argument type: a whole number (at least ``minimum``), or an error naming ``field``.

    >>> parse_int("12", field="year")
    12
    >>> parse_int("-1", field="--max-problems", minimum=0)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: --max-problems: got '-1'; expected a whole number of 0 ...
    """
    expected = "a whole number" if minimum is None else f"a whole number of {minimum} or more"
    try:
        number = int(text)
    except ValueError:
        number = None
    if number is None or (minimum is not None and number < minimum):
        raise InvalidInput.for_value(field, text, expected, code="cli.bad_int")
    return number


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Add the ``--json`` flag every command has.

    >>> parser = CliParser(prog="demo")
    >>> add_json_flag(parser)
    >>> parser.parse_args(["--json"]).json
    True
    """
    parser.add_argument(
        "--json", action="store_true", help="print machine-readable JSON (errors too, on stderr)"
    )


def add_lang_flag(parser: argparse.ArgumentParser, what: str = "the human text") -> None:
    """Add ``--lang en|ja`` with the one default of every command, English.

    >>> parser = CliParser(prog="demo")
    >>> add_lang_flag(parser)
    >>> parser.parse_args([]).lang, parser.parse_args(["--lang", "ja"]).lang
    ('en', 'ja')
    """
    parser.add_argument(
        "--lang",
        choices=("en", "ja"),
        default=DEFAULT_LANG,
        help=f"language of {what}: en (default) or ja",
    )


def emit(args: argparse.Namespace, human: str, data: object) -> None:
    """Print ``data`` as JSON with ``--json``, else ``human`` with its citations made compact.

    >>> emit(argparse.Namespace(json=True), "ignored", {"n": 5})
    {
      "n": 5
    }
    """
    if args.json:
        # cattrs loads only for --json: plain answers start faster.
        from telcobiz.core.conversion import to_json

        print(to_json(data, indent=2))
    else:
        print(cited_text(human, data))
