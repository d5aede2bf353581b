r"""The writer's fast path: a batch of records written a column at a time (CAC-6, DBO-7).

A column writer turns one column of a batch into the bytes of each of its values with a few
C-speed calls over the whole column, and raises :class:`Unsure` for anything it does not
decide (a formula to neutralise, a character to normalise, a value of another type). The
writer then writes *that column* value by value with the field's own writer, which decides
everything and words every refusal; the other columns keep their fast result, so one ``None``
or one quoted value costs one column, not the batch.

>>> from telcobiz import Yen
>>> from telcobiz.csvformats import CALL_DETAIL
>>> amount_column(6, pad=False)((Yen("8.00"), Yen("-12.50")))
[b'8.00', b'-12.50']
>>> writer = text_column(CALL_DETAIL.fields[4], "cp932", pad=False, neutralise=True)
>>> writer(("東京", "", "髙橋,町"))
[b'\x93\x8c\x8b\x9e', b'', b'"\xfb\xfc\x8b\xb4,\x92\xac"']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from datetime import time
from itertools import repeat
from operator import attrgetter
from typing import Final

from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Yen
from telcobiz.csvformats import cp932
from telcobiz.csvformats.fields import CP932, Field, FieldType
from telcobiz.csvformats.formulas import starts_formula
from telcobiz.csvformats.values import CallCount, CallDuration

__all__ = ["Column", "Unsure", "amount_column", "column_writer", "text_column", "time_column"]

Column = tuple[object, ...]
"""One column of a batch of records: the values of one field, in order.

>>> Column
tuple[object, ...]
"""

_CACHE_LIMIT: Final = 1 << 16
_AMOUNT_OF = attrgetter("amount")
_TZINFO_OF = attrgetter("tzinfo")
_MICROSECOND_OF = attrgetter("microsecond")
_WHOLE_TENTHS: Final = frozenset(range(0, 1_000_000, 100_000))
# Every byte but the control characters (a tab and the LF between values are not): CP932 and
# UTF-8 never use those bytes inside a character, so the encoded column can be checked.
_NOT_CONTROL: Final = bytes(
    byte for byte in range(256) if byte in (0x09, 0x0A) or 0x20 <= byte != 0x7F
)
# The shape each value of a text-like type must have, checked on the column joined by LFs.
_SHAPES: Final[dict[FieldType, re.Pattern[str] | None]] = {
    FieldType.TEXT: None,
    FieldType.PHONE_NUMBER: re.compile(r"[0-9#*]+(?:-[0-9#*]+)*(?:\n[0-9#*]+(?:-[0-9#*]+)*)*"),
    FieldType.EMAIL: re.compile(r"[^\s@]+@[^\s@]+(?:\n[^\s@]+@[^\s@]+)*"),
}
_EMPTY_TYPES: Final = frozenset({str, type(None)})


class Unsure(Exception):
    """A column writer met something it does not decide: write the column value by value.

    >>> isinstance(Unsure(), Exception)
    True
    """


def _quote(data: bytes) -> bytes:
    return b'"' + data.replace(b'"', b'""') + b'"'


def _sized(data: list[bytes], length: int | None, *, pad: bool) -> list[bytes]:
    if length is not None:
        if max(map(len, data)) > length:
            raise Unsure
        if pad:
            return list(map(bytes.ljust, data, repeat(length)))
    return data


def amount_column(length: int | None, *, pad: bool) -> Callable[[Column], list[bytes]]:
    """The column writer of amounts: ``Yen`` values formatted as plain decimals.

    Equal amounts may be written differently (8 and 8.00), so amounts are never cached.

    >>> amount_column(12, pad=True)((Yen("8"),))
    [b'8           ']
    """

    def write_amounts(column: Column) -> list[bytes]:
        if set(map(type, column)) != {Yen}:
            raise Unsure
        texts = map(format, map(_AMOUNT_OF, column), repeat("f"))
        return _sized("\n".join(texts).encode("ascii").split(b"\n"), length, pad=pad)

    return write_amounts


def time_column(length: int | None, *, pad: bool) -> Callable[[Column], list[bytes]]:
    """The column writer of times of day, written ``hhmmss.s``.

    >>> time_column(10, pad=False)((time(20, 12, 21, 500000),))
    [b'201221.5']
    """

    def write_times(column: Column) -> list[bytes]:
        if (
            set(map(type, column)) != {time}
            or set(map(_TZINFO_OF, column)) != {None}
            or not set(map(_MICROSECOND_OF, column)) <= _WHOLE_TENTHS
        ):
            raise Unsure
        # HH:MM:SS.t00 → HHMMSS.t (every element ends in "00": whole tenths).
        joined = "\n".join(map(time.isoformat, column, repeat("milliseconds")))  # type: ignore[arg-type]
        text = (joined + "\n").replace(":", "").replace("00\n", "\n")
        return _sized(text.encode("ascii").split(b"\n")[:-1], length, pad=pad)

    return write_times


def text_column(
    field: Field, encoding: str, *, pad: bool, neutralise: bool
) -> Callable[[Column], list[bytes]]:
    r"""The column writer of text, phone numbers and e-mail addresses.

    Empty values of an optional field, quoting and CP932 as Windows writes it are done a
    column at a time; a formula to neutralise or a character to refuse or normalise is
    :class:`Unsure`.

    >>> from telcobiz.csvformats import USER_LIST
    >>> text_column(USER_LIST.fields[2], "cp932", pad=False, neutralise=True)((None, 'a"b'))
    [b'', b'"a""b"']
    """
    shape = _SHAPES.get(field.kind)
    length, required = field.length, field.required
    neutralised = neutralise and field.free_text

    def write_texts(column: Column) -> list[bytes]:
        kinds = set(map(type, column))
        if kinds != {str}:
            if required or not kinds <= _EMPTY_TYPES:
                raise Unsure
            column = tuple(["" if value is None else value for value in column])
        joined = "\n".join(column)  # type: ignore[arg-type]
        if (
            joined.count("\n") != len(column) - 1
            or " \n" in joined
            or joined.endswith(" ")
            or (required and not all(column))
            or (neutralised and starts_formula(joined))
        ):
            raise Unsure
        if shape is not None and shape.fullmatch(joined) is None:
            # Empty optional values are not of the shape: check the others.
            present = "\n".join(filter(None, column))  # type: ignore[arg-type]
            if required or (present and shape.fullmatch(present) is None):
                raise Unsure
        try:
            encoded = cp932.encode(joined)
            measured = encoded.split(b"\n")
            data = measured if encoding == CP932 else joined.encode(encoding).split(b"\n")
        except (InvalidInput, UnicodeEncodeError):
            raise Unsure from None
        if length is not None and max(map(len, measured)) > length:
            raise Unsure
        if encoded.translate(None, _NOT_CONTROL):
            raise Unsure  # a control character: refused value by value
        if pad and length:
            data = list(map(bytes.ljust, data, repeat(length)))
        out = b"\n".join(data)
        if b"," in out or b'"' in out:
            data = [_quote(value) if b"," in value or b'"' in value else value for value in data]
        return data

    return write_texts


class _WriteCache(dict[object, bytes]):
    """The bytes of values already written, by value; bounded, so memory stays constant."""

    __slots__ = ("encode",)

    def __init__(self, encode: Callable[[object], bytes]) -> None:
        super().__init__()
        self.encode = encode

    def __missing__(self, value: object) -> bytes:
        data = self.encode(value)
        if len(self) < _CACHE_LIMIT:
            self[value] = data
        return data


# Durations and counts hash through Python-level methods: their columns are cached by an
# attribute that hashes in C (a count in a duration column is keyed by itself).
_KEYS: Final[dict[FieldType, tuple[frozenset[type], str]]] = {
    FieldType.DURATION: (frozenset({CallDuration}), "tenths"),
    FieldType.COUNT: (frozenset({CallCount}), "count"),
    FieldType.DURATION_OR_COUNT: (frozenset({CallDuration, CallCount}), "tenths"),
}


def _keyed_column(
    encode: Callable[[object], bytes], types: frozenset[type], attribute: str
) -> Callable[[Column], list[bytes]]:
    """A column writer that remembers the bytes it wrote by each value's ``attribute``.

    Only values of ``types`` take this path, so the type and the attribute tell the value.
    """
    cache: dict[Hashable, bytes] = {}

    def cached_column(column: Column) -> list[bytes]:
        if not set(map(type, column)) <= types:
            raise Unsure
        keys: list[Hashable] = list(map(getattr, column, repeat(attribute), column))
        found: list[bytes | None] = list(map(cache.get, keys))
        start = 0
        while True:
            try:
                start = found.index(None, start)
            except ValueError:
                return found  # type: ignore[return-value]
            data = encode(column[start])
            if len(cache) < _CACHE_LIMIT:
                cache[keys[start]] = data
            found[start] = data

    return cached_column


def column_writer(
    field: Field, encode: Callable[[object], bytes], encoding: str, *, pad: bool, neutralise: bool
) -> Callable[[Column], list[bytes]]:
    """The fast writer of one column of ``field`` (raises :class:`Unsure` when unsure).

    ``encode`` is the field's own writer of one value, for the values the column writer
    caches.

    >>> from datetime import date
    >>> from telcobiz.csvformats import CALL_DETAIL
    >>> dates = column_writer(CALL_DETAIL.fields[1], lambda day: b"2017/11/01", "cp932",
    ...                       pad=False, neutralise=True)
    >>> dates((date(2017, 11, 1), date(2017, 11, 1)))
    [b'2017/11/01', b'2017/11/01']
    """
    if field.kind is FieldType.AMOUNT:
        return amount_column(field.length, pad=pad)
    if field.kind is FieldType.TIME:
        return time_column(field.length, pad=pad)
    if field.kind in _SHAPES:
        return text_column(field, encoding, pad=pad, neutralise=neutralise)
    keyed = _KEYS.get(field.kind)
    if keyed is not None:
        return _keyed_column(encode, *keyed)
    # Dates and the like hash in C and are equal only to values written the same way.
    lookup = _WriteCache(encode).__getitem__

    def value_column(column: Column) -> list[bytes]:
        return list(map(lookup, column))

    return value_column
