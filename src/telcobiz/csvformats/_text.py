r"""Wording helpers of the CSV messages (the rest is shared in :mod:`telcobiz.core.text`).

Every csvformats message quotes bad input through :func:`shown`, so a 5 MB line of NUL bytes
gives a one-line message, not a 20 MB one.

>>> message = shown(b"\x00" * 5_242_880)
>>> shown("東京"), message[:10], message.endswith("…' (5,242,880 bytes)"), len(message)
("'東京'", "b'\\x00\\x00", True, 98)
"""

from __future__ import annotations

from typing import Any, Final, TypeVar

from telcobiz.core.errors import TelcobizError

QUOTE_LIMIT: Final = 80
"""The most characters of bad input a message shows, escapes included.

>>> len(shown("x" * 1000)) <= QUOTE_LIMIT + len(" (1,000 characters)") + 1
True
"""


def counted(count: int, noun: str) -> str:
    """``1 record``, ``2 records``: a count with its English noun.

    >>> counted(1, "line"), counted(0, "line")
    ('1 line', '0 lines')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def shown(value: object) -> str:
    r"""``repr(value)``, cut to at most :data:`QUOTE_LIMIT` characters with its full length.

    Text and bytes longer than that are cut (an ellipsis inside the quotes) and followed by
    their length; anything else is shown with ``repr``, cut the same way.

    >>> cut = shown("a" * 100)
    >>> cut[:4], cut[-20:], len(cut) < 100
    ("'aaa", "a…' (100 characters)", True)
    >>> shown(b"\xff" * 3), shown(8)
    ("b'\\xff\\xff\\xff'", '8')
    """
    text = repr(value)
    if len(text) <= QUOTE_LIMIT:
        return text
    if isinstance(value, str | bytes | bytearray):
        unit = "characters" if isinstance(value, str) else "bytes"
        size = min(len(value), QUOTE_LIMIT)
        while size > 1:
            cut = repr(value[:size])
            if len(cut) < QUOTE_LIMIT:
                break
            size = max(1, size * (QUOTE_LIMIT - 2) // len(cut))
        else:
            cut = repr(value[:1])
        return f"{cut[:-1]}…{cut[-1]} ({len(value):,} {unit})"
    return text[: QUOTE_LIMIT - 1] + "…"


def shortened(text: str) -> str:
    """``text`` as a whole-line problem keeps it: at most :data:`QUOTE_LIMIT` characters.

    >>> shortened("abc"), len(shortened("x" * 500))
    ('abc', 81)
    """
    return text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT] + "…"


E = TypeVar("E", bound=TelcobizError)


def refusal(
    error: type[E],
    field: str,
    value: Any,
    expected: str,
    *,
    code: str,
    problem: str | None = None,
) -> E:
    """``error.for_value(...)`` whose message quotes the value through :func:`shown`.

    >>> from telcobiz.core.errors import InvalidInput
    >>> len(str(refusal(InvalidInput, "errors", "x" * 10**6, '"strict"', code="csv.bad_errors")))
    133
    """
    made = error.for_value(
        field, value, expected, code=code, problem=problem or f"got {shown(value)}"
    )
    assert isinstance(made, error)
    return made
