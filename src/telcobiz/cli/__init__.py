"""The ``telcobiz`` command line: the one I/O adapter of telcobiz.

``telcobiz AREA VERB …`` prints a human answer in English (``--lang ja`` for Japanese), or
data with ``--json``. Exit codes: 0 yes / done, 1 the rule says no (or lines were rejected),
2 bad input or an unreadable file, 3 an internal error of telcobiz; every error is one line on
stderr (JSON with ``--json``), never a traceback (``--debug`` shows one for internal errors).

Each area's commands live in their own module here and are listed in :data:`AREAS`; a
module is imported only when its area is chosen, so ``telcobiz quote`` loads neither the
policy rules nor the CSV engine.

>>> main(["days", "add", "2026-11-02", "5"])
2026-11-10
0
"""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Sequence
from typing import NamedTuple

from telcobiz import __version__
from telcobiz.cli._common import (
    EXIT_BAD_INPUT,
    EXIT_INTERNAL_ERROR,
    CliParser,
)
from telcobiz.cli._errors import bounded_message, internal_error_message, one_line, report
from telcobiz.core.errors import TelcobizError

__all__ = ["AREAS", "Area", "build_parser", "main"]

EXIT_INTERRUPTED = 130  # the shell's convention for Ctrl-C


class Area(NamedTuple):
    """One area of the command line: its name, its one-line help and the module that has it.

    The module defines ``register(areas)``, which adds the area's parser (and any other area
    of the same module) to ``areas``, the top-level subparsers.

    >>> Area("days", "business-day arithmetic", "telcobiz.cli.days").module
    'telcobiz.cli.days'
    """

    name: str
    help: str
    module: str


AREAS: tuple[Area, ...] = (
    Area("days", "business-day arithmetic (weekends, 祝日, 年末年始)", "telcobiz.cli.days"),
    Area(
        "insurance",
        "個人情報漏洩保険: what the insurance pays for a lost or stolen phone",
        "telcobiz.cli.insurance",
    ),
    Area(
        "backup",
        "SoftBank あんしんバックアップ／連絡先コピー permissions (SB-1..SB-6)",
        "telcobiz.cli.backup",
    ),
    Area("leadtime", "when a change completes (business days)", "telcobiz.cli.scheduling"),
    Area("cancel", "when a cancellation takes effect", "telcobiz.cli.scheduling"),
    Area(
        "open",
        "is a support desk or form open now, and when does it open next (exit 1: closed)",
        "telcobiz.cli.scheduling",
    ),
    Area(
        "quote",
        "monthly bill of a デバイスマネジメントパック fleet (DMP-1..DMP-4)",
        "telcobiz.cli.quote",
    ),
    Area("check", "eligibility and validation rules (DBO-5, CAC-1, BOS)", "telcobiz.cli.check"),
    Area("csv", "CSV files: validate, convert, diff (CAC-6, DBO-7)", "telcobiz.cli.csvfiles"),
    Area("rules", "the rule catalogue: every rule, its sources and decision", "telcobiz.cli.rules"),
)
"""Every area, in the order ``telcobiz --help`` lists them. Adding an area is one entry here
(and its module's ``register``); areas of one module stay next to each other."""


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, every area's module imported (for docs and completion).

    >>> build_parser().prog
    'telcobiz'
    """
    return _parser({area.module for area in AREAS})


def _parser(modules: set[str]) -> argparse.ArgumentParser:
    """The parser with the areas of ``modules`` registered by their modules.

    Every other area gets a placeholder with its help, enough for ``telcobiz --help`` and
    for argparse to list the choices, so its module is never imported.
    """
    parser = CliParser(
        prog="telcobiz",
        description="The business rules of Japanese telecom services, from the shell.",
    )
    parser.add_argument("--version", action="version", version=f"telcobiz {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the traceback of an internal error"
    )
    areas = parser.add_subparsers(
        dest="area", metavar="AREA", required=True, parser_class=CliParser
    )
    registered: set[str] = set()
    for area in AREAS:
        if area.module not in modules:
            areas.add_parser(area.name, help=area.help, add_help=False)
        elif area.module not in registered:
            registered.add(area.module)
            importlib.import_module(area.module).register(areas)
    return parser


def _modules_for(argv: Sequence[str]) -> set[str]:
    # Top-level options take no value, so the first word that is not an option is the area.
    for word in argv:
        if word == "--":
            break
        if not word.startswith("-"):
            return {area.module for area in AREAS if area.name == word}
    return set()


def _options_before_dashes(argv: Sequence[str]) -> list[str]:
    return list(argv[: argv.index("--")] if "--" in argv else argv)


def _make_output_safe() -> None:
    # A value the terminal's encoding cannot show (a stray \xff, kanji on an ASCII terminal)
    # is printed escaped rather than crash the command.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code.

    >>> main(["days", "add", "2026-13-01", "5"])
    2
    """
    words = list(sys.argv[1:] if argv is None else argv)
    options = _options_before_dashes(words)
    debug = "--debug" in options
    as_json = "--json" in options
    if debug:
        words.remove("--debug")
    _make_output_safe()
    try:
        args = _parser(_modules_for(words)).parse_args(words)
        code: int = args.handler(args)
    except SystemExit as exit_:  # --help and --version
        if exit_.code is None or isinstance(exit_.code, int):
            return exit_.code or 0
        return EXIT_BAD_INPUT
    except TelcobizError as error:
        report(bounded_message(error), code=error.code, field=error.field, as_json=as_json)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # pragma: no cover - `telcobiz … | head`
        sys.stderr.close()
        return 0
    except OSError as error:
        # The input could not be read (or the output written): the machine's word, one line.
        where = f" {error.filename!r}" if error.filename else ""
        message = one_line(f"cannot read or write{where}: {error.strerror or error}")
        report(message, code="cli.os_error", field=None, as_json=as_json)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        report("interrupted", code="cli.interrupted", field=None, as_json=as_json)
        return EXIT_INTERRUPTED
    except Exception as error:
        if debug:
            import traceback

            traceback.print_exc()
        report(
            internal_error_message(error),
            code="cli.internal_error",
            field=None,
            as_json=as_json,
        )
        return EXIT_INTERNAL_ERROR
    return code
