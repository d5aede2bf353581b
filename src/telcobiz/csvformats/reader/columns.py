r"""The fast path's column readers and value caches (CAC-6, DBO-7).

A column reader takes one column of a batch (its values as text, or as the latin-1 view of
CP932 bytes, one character per byte) and gives the column's values, checked against the field:
length in CP932 bytes, form, type. It decides only what it is sure of and raises ``_Fallback``
for anything else, and the batch is then read line by line, which words every problem.
Required phone and time columns are checked whole with ``bytes`` operations (the codec's
:mod:`~telcobiz.csvformats.column_checks`); repeated values (area names, call types, a company's
own numbers, dates, amounts) come from bounded caches that look a whole column up at once.

>>> from telcobiz.csvformats import CALL_DETAIL
>>> area = _column_reader(CALL_DETAIL.fields[4], None)
>>> area(["東京", "大阪", "東京"])
['東京', '大阪', '東京']
>>> _column_reader(CALL_DETAIL.fields[8], None)(["8.00", "-12.50"])
(Yen('8.00'), Yen('-12.50'))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any, Final

from telcobiz.core.errors import InvalidInput
from telcobiz.csvformats.fields import CP932, Field, FieldType, control_character

_CACHE_LIMIT: Final = 1 << 16
_CONTROL_BUT_LF = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class _Fallback(Exception):
    """The fast path met something it does not decide: read the batch line by line."""


class _Cache:
    """Parsed values by raw text, looked up a whole column at a time.

    Bounded, so memory stays constant: when a batch's new values would overfill it, it starts
    again empty. Calling it on a column gives the column's values (a miss is parsed, and
    may raise ``_Fallback``); ``misses`` says how many new values that call parsed.
    """

    __slots__ = ("misses", "parse", "values")

    def __init__(self, parse: Callable[[str], Any]) -> None:
        self.parse = parse
        self.values: dict[str, Any] = {}
        self.misses = 0

    def __call__(self, column: list[str]) -> Sequence[Any]:
        values = self.values
        lookup = itemgetter(*column)  # one C call for the whole column
        try:
            found = lookup(values)
            self.misses = 0
        except KeyError:
            missing = set(column).difference(values)
            if len(values) + len(missing) > _CACHE_LIMIT:
                values.clear()
            parse = self.parse
            for raw in missing:
                values[raw] = parse(raw)
            self.misses = len(missing)
            found = lookup(values)
        return found if len(column) > 1 else (found,)


def _fits(column: list[str], length: int) -> bool:
    """True when every value is CP932 text of at most ``length`` bytes."""
    try:
        encoded = "\n".join(column).encode(CP932)
    except UnicodeEncodeError:
        return False
    # A CP932 character is one or two bytes: short values need no measuring.
    if max(map(len, column)) * 2 <= length:
        return True
    return max(map(len, encoded.split(b"\n"))) <= length


class _WhileRepeating:
    """A column reader that looks values up while most of them repeat.

    Area names, call types or a company's own numbers come from a cache of values seen; once
    a column's values stop repeating (names, called numbers, times) it reads whole columns.
    """

    __slots__ = ("cache", "repeats", "whole")

    def __init__(self, whole: Callable[[list[str]], Sequence[Any]]) -> None:
        self.whole = whole
        self.cache = _Cache(self._one)
        self.repeats = True

    def __call__(self, column: list[str]) -> Sequence[Any]:
        if self.repeats and (self.cache.values or len(set(column)) * 2 < len(column)):
            values = self.cache(column)
            # Mostly new values: the cache does not pay; read columns whole from now on.
            self.repeats = self.cache.misses * 2 < len(column)
            return values
        # The first column already says the values do not repeat: parsing each one on its
        # own would cost more than reading the whole column.
        self.repeats = False
        return self.whole(column)

    def _one(self, value: str) -> Any:
        (one,) = self.whole([value])
        return one


def _text_column(field: Field, raw: str | None) -> Callable[[list[str]], list[Any]]:
    """The whole-column reader of a text field: length, control characters, decoding."""
    length, required = field.length, field.required

    def text_column(column: list[str]) -> list[Any]:
        joined = "\n".join(column)
        if (required and not all(column)) or _CONTROL_BUT_LF.search(joined):
            raise _Fallback
        if raw is None:
            if length is not None and not _fits(column, length):
                raise _Fallback
        else:
            if length is not None and max(map(len, column)) > length:
                raise _Fallback
            try:
                column = joined.encode("latin-1").decode(raw).split("\n")
            except UnicodeDecodeError:
                raise _Fallback from None
        return column if required else [text or None for text in column]

    return text_column


def _ascii_column(field: Field, form: str) -> Callable[[list[str]], list[Any]]:
    """The whole-column reader of a required field whose ``form`` is ASCII (phone, time)."""
    codec, length = field.kind.codec, field.length
    whole = re.compile(r"(?:(?:" + form + r")\n)*")
    quick, convert = codec.check_column, codec.convert_column

    def ascii_column(column: list[str]) -> list[Any]:
        # The form is ASCII only, so a latin-1 view reads the same as the text.
        if (quick is None or not quick(column, length)) and (
            (length is not None and max(map(len, column)) > length)
            or whole.fullmatch("\n".join(column) + "\n") is None
        ):
            raise _Fallback
        if convert is None:
            return column
        try:
            return convert(column)
        except ValueError:
            raise _Fallback from None

    return ascii_column


def _column_reader(field: Field, raw: str | None) -> Callable[[list[str]], Sequence[Any]]:
    """The fast reader of one column (raises ``_Fallback`` when unsure).

    With ``raw=None`` the values are text; with ``raw="cp932"`` they are the latin-1 view of
    CP932 bytes (one character per byte), so a value's length is its length in bytes and only
    the columns that need it are decoded.
    """
    length, form = field.length, field.kind.codec.ascii_form
    free_text = field.kind.is_free_text
    if form is not None and field.required:
        return _WhileRepeating(_ascii_column(field, form))
    if field.kind is FieldType.TEXT:
        return _WhileRepeating(_text_column(field, raw))

    def parse(value: str) -> Any:
        if raw is None:
            text = value
            if length is not None and not _fits([text], length):
                raise _Fallback
        else:
            if length is not None and len(value) > length:
                raise _Fallback
            try:
                text = value.encode("latin-1").decode(raw)
            except UnicodeDecodeError:
                raise _Fallback from None
        if not text:
            if field.required:
                raise _Fallback
            return None
        # The other types' forms leave no room for a control character.
        if free_text and control_character(text) is not None:
            raise _Fallback
        try:
            return field.kind.parse(text)
        except InvalidInput:
            raise _Fallback from None

    return _Cache(parse)
