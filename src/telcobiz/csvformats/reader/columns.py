r"""The fast path's column readers and value caches (CAC-6, DBO-7).

A column reader takes one column of a batch (its values as text, or as the latin-1 view of
CP932 bytes, one character per byte) and gives the column's values, checked against the field:
length in CP932 bytes, form, type. It decides only what it is sure of and raises ``_Fallback``
for anything else, and the batch is then read line by line, which words every problem.
Phone and time columns are checked whole with ``bytes`` operations (the codec's
:mod:`~telcobiz.csvformats.column_checks`), amounts and e-mail addresses with one regular
expression per column; repeated values (area names, call types, a company's own numbers,
dates, amounts) come from bounded caches that look a whole column up at once. An optional
field's empty values read as the field's ``empty`` (``None``, or ``""`` for 地域名).

>>> from telcobiz.csvformats import CALL_DETAIL
>>> area = _column_reader(CALL_DETAIL.fields[4], None)
>>> area(["東京", "大阪", "東京"])
['東京', '大阪', '東京']
>>> _column_reader(CALL_DETAIL.fields[8], None)(["8.00", "-12.50"])
[Yen('8.00'), Yen('-12.50')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Context, Decimal
from itertools import repeat
from operator import itemgetter
from typing import Any, Final

import attrs

from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Yen
from telcobiz.csvformats import cp932
from telcobiz.csvformats.fields import CP932, Field, FieldType, control_character
from telcobiz.csvformats.forms import EMAIL_FORM

_CACHE_LIMIT: Final = 1 << 16
_CONTROL_BUT_LF = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NOT_CONTROL: Final = bytes(
    byte for byte in range(256) if byte in (0x09, 0x0A) or 0x20 <= byte != 0x7F
)
# An amount as files write it, and a column of them joined and ended by LFs (also RE2).
AMOUNT_FORM: Final = r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?"
_AMOUNTS = re.compile(rf"(?:{AMOUNT_FORM}\n)*")
_EMAILS = re.compile(r"(?:" + EMAIL_FORM + r"\n)*")
# Amounts of at most this many characters are plain decimals well inside any bound of Yen
# and of the context's 28 digits: they are built without running Yen's converter again.
_SHORT_AMOUNT: Final = 15
_EXACT: Final = Context()
_SET_AMOUNT = Yen.__dict__["amount"].__set__ if attrs.fields(Yen)[0].name == "amount" else None


class _Fallback(Exception):
    """The fast path met something it does not decide: read the lines it holds one by one."""


class _Cache:
    """Parsed values by raw text, looked up a whole column at a time.

    Bounded, so memory stays constant: when a column's new values would overfill it, it starts
    again with the values of that column only, so it never drops one it is about to return.
    Calling it on a column gives the column's values (a miss is parsed, and may raise
    ``_Fallback``); ``misses`` says how many new values that call parsed. With ``parse_all``
    the misses of a column are parsed in one call, a column of them at a time.
    """

    __slots__ = ("misses", "parse", "parse_all", "values")

    def __init__(
        self,
        parse: Callable[[str], Any],
        parse_all: Callable[[list[str]], Sequence[Any]] | None = None,
    ) -> None:
        self.parse = parse
        self.parse_all = parse_all
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
            self.misses = len(missing)
            if len(values) + len(missing) > _CACHE_LIMIT:
                values.clear()
                missing = set(column)
            if self.parse_all is not None:
                new = list(missing)
                values.update(zip(new, self.parse_all(new), strict=True))
            else:
                parse = self.parse
                for raw in missing:
                    values[raw] = parse(raw)
            found = lookup(values)
        return found if len(column) > 1 else (found,)


def _has_control(joined: str) -> bool:
    """True when text joined by LFs holds a control character (a tab is text)."""
    if joined.isascii():  # then its bytes are its characters: translate, in C
        return bool(joined.encode("ascii").translate(None, _NOT_CONTROL))
    return _CONTROL_BUT_LF.search(joined) is not None


def _fits(column: list[str], length: int) -> bool:
    """True when every value is CP932 text of at most ``length`` bytes."""
    joined = "\n".join(column)
    try:
        encoded = joined.encode(CP932)
    except UnicodeEncodeError:
        return False
    if cp932.holds_stand_in(joined):  # 〜 and the like: CP932 does not hold them
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
        self.cache = _Cache(self._one, whole)
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


def _with_empties(
    whole: Callable[[list[str]], Sequence[Any]], empty: object
) -> Callable[[list[str]], Sequence[Any]]:
    """An optional field's reader: empty values read as ``empty``, the others by ``whole``."""

    def read_optional(column: list[str]) -> Sequence[Any]:
        if all(column):
            return whole(column)
        present = list(filter(None, column))
        # Each text to its value, in C: equal texts read as equal values.
        found = dict(zip(present, whole(present), strict=True)) if present else {}
        found[""] = empty
        return list(map(found.__getitem__, column))

    return read_optional


def _decoded(column: list[str], raw: str | None, length: int | None) -> list[str]:
    """The column as text, its length and CP932 checked (raw: the latin-1 view of bytes)."""
    if raw is None:
        if length is not None and not _fits(column, length):
            raise _Fallback
        return column
    if length is not None and max(map(len, column)) > length:
        raise _Fallback
    joined = "\n".join(column)
    if joined.isascii():  # IDs, e-mail addresses: the latin-1 view is the text
        return column
    try:
        return joined.encode("latin-1").decode(raw).split("\n")
    except UnicodeDecodeError:
        raise _Fallback from None


def _text_column(field: Field, raw: str | None) -> Callable[[list[str]], list[Any]]:
    """The whole-column reader of a text field: length, control characters, decoding."""
    length = field.length

    def text_column(column: list[str]) -> list[Any]:
        if not all(column):
            raise _Fallback
        if raw is not None:  # the latin-1 view: its characters are the bytes
            if "\n".join(column).encode("latin-1").translate(None, _NOT_CONTROL):
                raise _Fallback
            return _decoded(column, raw, length)
        if _has_control("\n".join(column)):
            raise _Fallback
        return _decoded(column, raw, length)

    return text_column


def _email_column(field: Field, raw: str | None) -> Callable[[list[str]], list[Any]]:
    """The whole-column reader of e-mail addresses: one regular expression for the column."""
    length = field.length

    def email_column(column: list[str]) -> list[Any]:
        texts = _decoded(column, raw, length)
        joined = "\n".join(texts)
        if _has_control(joined) or _EMAILS.fullmatch(joined + "\n") is None:
            raise _Fallback
        return texts

    return email_column


def _yens(amounts: list[Decimal]) -> list[Yen]:
    """``Yen`` of checked short amounts, built in C (no Python call per value)."""
    if _SET_AMOUNT is None:
        return list(map(Yen, amounts))
    yens = list(map(object.__new__, repeat(Yen, len(amounts))))
    list(map(_SET_AMOUNT, yens, amounts))
    return yens


def _amount_column(field: Field) -> Callable[[list[str]], list[Any]]:
    """The whole-column reader of amounts: one regular expression, then Decimals in C."""
    length = field.length
    short = length is not None and length <= _SHORT_AMOUNT

    def amount_column(column: list[str]) -> list[Any]:
        # The form is ASCII only, so a latin-1 view reads the same as the text.
        if not amounts_fit(column, length):
            raise _Fallback
        if short:
            return _yens(list(map(_EXACT.create_decimal, column)))
        return list(map(Yen, map(Decimal, column)))

    return amount_column


def amounts_fit(column: list[str], length: int | None) -> bool:
    """True when every value has the amount form and at most ``length`` characters.

    >>> amounts_fit(["8.00", "-12.5", "0"], 6), amounts_fit(["007"], 6)
    (True, False)
    """
    if length is not None and max(map(len, column)) > length:
        return False
    return _AMOUNTS.fullmatch("\n".join(column) + "\n") is not None


def _amount_text_column(field: Field) -> Callable[[list[str]], list[Any]]:
    """The whole-column check of amounts that stay text (for the Arrow route: no Yen)."""
    length = field.length

    def amount_text_column(column: list[str]) -> list[Any]:
        if not amounts_fit(column, length):
            raise _Fallback
        return column

    return amount_text_column


def _ascii_column(field: Field, form: str) -> Callable[[list[str]], list[Any]]:
    """The whole-column reader of a field whose ``form`` is ASCII (phone, time)."""
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


def _whole_column(field: Field, raw: str | None) -> Callable[[list[str]], list[Any]] | None:
    form = field.kind.codec.ascii_form
    if form is not None:
        return _ascii_column(field, form)
    if field.kind is FieldType.TEXT:
        return _text_column(field, raw)
    if field.kind is FieldType.EMAIL:
        return _email_column(field, raw)
    if field.kind is FieldType.AMOUNT:
        return _amount_column(field)
    return None


def _column_reader(
    field: Field,
    raw: str | None,
    *,
    amounts_as_text: bool = False,
) -> Callable[[list[str]], Sequence[Any]]:
    """The fast reader of one column (raises ``_Fallback`` when unsure).

    With ``raw=None`` the values are text; with ``raw="cp932"`` they are the latin-1 view of
    CP932 bytes (one character per byte), so a value's length is its length in bytes and only
    the columns that need it are decoded. With ``amounts_as_text`` an amount column is
    checked as strictly (:func:`amounts_fit`) but its values stay the checked text, for a
    caller that makes its own numbers a column at a time (the Arrow route).
    """
    if amounts_as_text and field.kind is FieldType.AMOUNT:
        checked = _amount_text_column(field)
        return checked if field.required else _with_empties(checked, field.empty)
    whole = _whole_column(field, raw)
    if whole is not None:
        reader: Callable[[list[str]], Sequence[Any]] = _WhileRepeating(whole)
        return reader if field.required else _with_empties(reader, field.empty)
    length = field.length
    any_text = field.kind.codec.any_text

    def parse(value: str) -> Any:
        if not value:
            if field.required:
                raise _Fallback
            return field.empty
        (text,) = _decoded([value], raw, length)
        # The other types' forms leave no room for a control character.
        if any_text and control_character(text) is not None:
            raise _Fallback
        try:
            return field.kind.parse(text)
        except InvalidInput:
            raise _Fallback from None

    return _Cache(parse)
