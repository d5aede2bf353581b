r"""Whole-column shape tests for the fast reader, done with C-speed ``bytes`` operations.

A test looks at every value of a column at once and answers True only when each value
surely has its field's form and fits its length; False means "not sure", and the reader
then tries the form's regular expression, and failing that reads the lines one by one
(which words every problem). So a test may be strict, never lenient.

>>> phone_column(["03-1234-5678", "0120444444"], 13), phone_column(["03--1234"], 13)
(True, False)
>>> time_column(["201221.5", "000000.0"], 10), time_column(["20:12:21.5"], 10)
(True, False)
"""

from __future__ import annotations

from typing import Final

__all__ = ["phone_column", "time_column"]

_PHONE_CHARACTERS: Final = b"0123456789#*\n"
# A hyphen read as a value break: then "no empty part" says no leading, trailing or doubled
# hyphen, and no empty value.
_HYPHEN_AS_BREAK: Final = bytes.maketrans(b"-", b"\n")
_DIGITS: Final = b"0123456789"


def _ascii(text: str) -> bytes | None:
    try:
        return text.encode("ascii")
    except UnicodeEncodeError:
        return None


def phone_column(column: list[str], length: int | None) -> bool:
    r"""True when every value is a phone number (``PHONE_FORM``) of at most ``length`` bytes.

    >>> phone_column(["#8000", "0010123456789"], 13), phone_column(["-0312"], 13)
    (True, False)
    >>> phone_column(["03-1234-5678"], 11), phone_column([""], 13), phone_column(["0\n0"], 3)
    (False, False, False)
    """
    if length is not None and max(map(len, column)) > length:
        return False
    joined = _ascii("\n".join(column))
    # A line feed inside a value would read as a separator between two good values.
    if not joined or joined.count(b"\n") != len(column) - 1:
        return False
    parts = joined.translate(_HYPHEN_AS_BREAK)
    return (
        b"\n\n" not in parts
        and not parts.startswith(b"\n")
        and not parts.endswith(b"\n")
        and not parts.translate(None, _PHONE_CHARACTERS)
    )


def time_column(column: list[str], length: int | None) -> bool:
    """True when every value is written ``hhmmss.s`` (digits, a point, a tenth).

    The ranges (hours 00-23, minutes and seconds 00-59) are left to ``time.fromisoformat``,
    which refuses anything out of range.

    >>> time_column(["235959.9"], 10), time_column(["23595.9"], 10), time_column(["2359599"], 10)
    (True, False, False)
    """
    count = len(column)
    joined = "\n".join(column) + "\n"
    if (length is not None and length < 8) or len(joined) != 9 * count:
        return False
    if joined[6::9] != "." * count or joined[8::9] != "\n" * count:
        return False
    raw = _ascii(joined)
    return raw is not None and raw.translate(None, _DIGITS) == b".\n" * count
