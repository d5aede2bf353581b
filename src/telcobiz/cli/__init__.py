"""The ``telcobiz`` command line: the one I/O adapter of telcobiz.

``telcobiz AREA VERB …`` prints a human answer, or data with ``--json``. Exit codes: 0 done,
1 the rule says no (or lines were rejected), 2 bad input (one line on stderr, no traceback).
Each area's commands live in their own module here and register themselves in
:data:`COMMAND_MODULES`.

>>> main(["days", "add", "2026-11-02", "5"])
2026-11-10
0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from telcobiz import __version__
from telcobiz.cli import backup, check, csvfiles, days, insurance, quote, rules, scheduling
from telcobiz.cli._common import EXIT_BAD_INPUT, CliParser, fail
from telcobiz.core.errors import TelcobizError

__all__ = ["COMMAND_MODULES", "build_parser", "main"]

COMMAND_MODULES: tuple[ModuleType, ...] = (
    days,
    insurance,
    backup,
    scheduling,
    quote,
    check,
    csvfiles,
    rules,
)
"""Modules that each define ``register(subparsers)`` for one area's commands."""


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (useful for docs and shell completion).

    >>> build_parser().prog
    'telcobiz'
    """
    parser = CliParser(
        prog="telcobiz",
        description="The business rules of Japanese telecom services, from the shell.",
    )
    parser.add_argument("--version", action="version", version=f"telcobiz {__version__}")
    areas = parser.add_subparsers(
        dest="area", metavar="AREA", required=True, parser_class=CliParser
    )
    for module in COMMAND_MODULES:
        module.register(areas)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code.

    >>> main(["days", "add", "2026-13-01", "5"])
    2
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        code: int = args.handler(args)
    except TelcobizError as error:
        return fail(error.message, code=EXIT_BAD_INPUT)
    except BrokenPipeError:  # pragma: no cover - `telcobiz … | head`
        sys.stderr.close()
        return 0
    except SystemExit as exit_:
        return int(exit_.code or 0) if not isinstance(exit_.code, str) else EXIT_BAD_INPUT
    return code
