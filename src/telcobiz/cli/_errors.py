r"""How the command line reports what went wrong: one short line on stderr, or JSON.

Every error is one line, whatever the library's message holds: the bad input is quoted to at
most :data:`MAX_QUOTED` characters, control characters and line breaks are escaped, and the
whole line is cut (saying so) at :data:`MAX_MESSAGE` characters. With ``--json`` the same
message is ``{"error": {"code": …, "message": …, "field": …}}`` on stderr.

>>> from telcobiz.core.errors import InvalidInput
>>> error = InvalidInput.for_value("file", "\x00" * 5_000_000, "a CSV file")
>>> print(bounded_message(error))
file: got '\x00\x00...\x00'… (4,999,980 more characters); expected a CSV file
"""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date
from typing import Final

from telcobiz.core.errors import TelcobizError

__all__ = [
    "MAX_MESSAGE",
    "MAX_QUOTED",
    "bounded_message",
    "internal_error_message",
    "one_line",
    "report",
    "shorten",
]

MAX_QUOTED: Final = 80
"""At most this many characters of a bad input are quoted in a message."""
MAX_MESSAGE: Final = 400
"""A message longer than this, once escaped, is cut and says how much was left out."""

_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_DATE_REPR = re.compile(r"datetime\.date\((\d{1,4}), (\d{1,2}), (\d{1,2})\)")


def shorten(value: object, limit: int = MAX_QUOTED) -> str:
    r"""Quote ``value`` as ``repr`` does, in at most ``limit`` characters (escapes count).

    Dates are written ISO (``2026-05-01``), as the command line reads them.

    >>> shorten("2026-13-01")
    "'2026-13-01'"
    >>> shorten("x" * 100, limit=5)
    "'xxxxx'… (95 more characters)"
    >>> shorten(b"\xff" * 10, limit=8)
    "b'\\xff\\xff'… (8 more bytes)"
    >>> shorten(date(2026, 5, 1))
    '2026-05-01'
    """
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str | bytes | bytearray):
        kept = _fitting(value, limit)
        if len(kept) == len(value):
            return repr(value)
        unit = "characters" if isinstance(value, str) else "bytes"
        return f"{kept!r}… ({len(value) - len(kept):,} more {unit})"
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit:,} more characters)"


def _fitting(value: str | bytes | bytearray, limit: int) -> str | bytes | bytearray:
    """The longest start of ``value`` whose escaped form takes at most ``limit`` characters."""
    quotes = 2 if isinstance(value, str) else 3  # '' or b''
    size = 0
    for index in range(min(len(value), limit)):
        size += len(repr(value[index : index + 1])) - quotes
        if size > limit:
            return value[:index]
    return value[:limit]


def one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    r"""Escape line breaks and control characters; cut at ``limit`` characters, saying so.

    >>> one_line("two\nlines\x00")
    'two\\nlines\\x00'
    >>> one_line("abcdef", limit=4)
    'abcd… (2 more characters)'
    """
    out: list[str] = []
    size = 0
    for index, char in enumerate(text):
        piece = char
        if unicodedata.category(char) in _INVISIBLE:
            piece = char.encode("unicode_escape").decode("ascii")
        if size + len(piece) > limit:
            return "".join(out) + f"… ({len(text) - index:,} more characters)"
        out.append(piece)
        size += len(piece)
    return "".join(out)


def bounded_message(error: TelcobizError) -> str:
    """The error's message, its bad input quoted short, on one bounded line.

    >>> from telcobiz.core.errors import OutOfRange
    >>> bounded_message(OutOfRange.for_value("on", date(2026, 5, 1), "a date in 2027"))
    'on: got 2026-05-01; expected a date in 2027'
    """
    message = error.message
    value = error.value
    if value is not None:
        try:
            written = repr(value)
        except Exception:
            written = ""
        short = shorten(value)
        if written and short != written and written in message:
            message = message.replace(written, short)
    # A date the library wrote with repr() anywhere in the message reads as the CLI wrote it.
    message = _DATE_REPR.sub(lambda m: date(*map(int, m.groups())).isoformat(), message)
    return one_line(message)


def internal_error_message(error: BaseException) -> str:
    """The line for a defect of telcobiz: its type and message, and a request to report it.

    >>> internal_error_message(KeyError("354918.00"))
    "internal error: KeyError: '354918.00' (please report)"
    """
    detail = one_line(str(error), limit=MAX_MESSAGE - 60)
    kind = type(error).__qualname__
    if not detail:
        return f"internal error: {kind} (please report)"
    return f"internal error: {kind}: {detail} (please report)"


def report(message: str, *, code: str, field: str | None, as_json: bool) -> None:
    r"""Write one error line on stderr: ``telcobiz: error: …``, or the JSON error object.

    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     report("n: got 'x'", code="cli.bad_int", field="n", as_json=True)
    >>> err.getvalue()
    '{"error": {"code": "cli.bad_int", "message": "n: got \'x\'", "field": "n"}}\n'
    """
    if as_json:
        import json  # only an error with --json needs it: plain commands start faster

        body = {"error": {"code": code, "message": message, "field": field}}
        line = json.dumps(body, ensure_ascii=False)
    elif message.startswith("internal error: "):
        line = f"telcobiz: {message}"
    else:
        line = f"telcobiz: error: {message}"
    print(line, file=sys.stderr)
