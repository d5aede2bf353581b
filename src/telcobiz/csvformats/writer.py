r"""Writing records in a :class:`~telcobiz.csvformats.layout.Layout` (CAC-6, DBO-7).

:func:`write` yields the bytes of each line, header first, every line ending in CRLF. The
canonical form (what the service produces) has no padding; ``pad=True`` pads every field with
half-width spaces to its length for a fixed-width consumer. A value longer than its length, or
not encodable in CP932, is an error: nothing is ever cut. Text a spreadsheet would run as a
formula (starting with ``=`` ``+`` ``-`` ``@``, a tab or a CR) gets a leading ``'`` (OWASP's
advice) unless ``neutralise_formulas=False`` asks for byte-exact legacy output; amounts are
numbers, so ``-12.50`` stays as it is. A value with a comma or a double quote is quoted.

>>> from datetime import date, time
>>> from telcobiz import Yen
>>> from telcobiz.csvformats import CALL_DETAIL, CallDetail, CallDuration, LineKind
>>> call = CallDetail("05012345678", date(2017, 11, 1), time(20, 12, 21, 500000),
...                   "03-1234-5678", "東京", CallDuration(660), LineKind.EXTERNAL, "国内呼",
...                   Yen("8.00"))
>>> lines = list(write([call], CALL_DETAIL))
>>> lines[1].decode("cp932")
'05012345678,2017/11/01,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00\r\n'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import time
from itertools import islice, repeat
from operator import attrgetter
from typing import Any, Final, TypeVar

from telcobiz.core.checks import expect_iterable
from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Yen
from telcobiz.csvformats.fields import CP932, Field, FieldType, control_character
from telcobiz.csvformats.layout import Layout
from telcobiz.csvformats.problems import CsvFormatError, LineProblem
from telcobiz.csvformats.reader.stream import resolve_encoding
from telcobiz.csvformats.values import CallCount, CallDuration

__all__ = ["FORMULA_STARTS", "write"]

R = TypeVar("R", bound=tuple[Any, ...])

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet run a cell as a formula (OWASP CSV injection).

>>> "=SUM(A1)".startswith(FORMULA_STARTS)
True
"""

_CRLF: Final = b"\r\n"
_CACHE_LIMIT: Final = 1 << 16
_BATCH: Final = 1024
_AMOUNT_OF = attrgetter("amount")
_TZINFO_OF = attrgetter("tzinfo")
_MICROSECOND_OF = attrgetter("microsecond")
_WHOLE_TENTHS: Final = frozenset(range(0, 1_000_000, 100_000))
_CONTROL_BUT_LF = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_FORMULA_AFTER_LF = re.compile(r"\n[=+\-@\t\r]")
# The text-like types a column writer checks in one go, with the shape each value must have.
_TEXT_SHAPES: Final[dict[FieldType, re.Pattern[str] | None]] = {
    FieldType.TEXT: None,
    FieldType.PHONE_NUMBER: re.compile(r"[0-9#*]+(?:-[0-9#*]+)*(?:\n[0-9#*]+(?:-[0-9#*]+)*)*"),
    FieldType.EMAIL: re.compile(r"[^\s@]+@[^\s@]+(?:\n[^\s@]+@[^\s@]+)*"),
}

Column = tuple[object, ...]


class _Unsure(Exception):
    """The fast writer met something it does not decide: write the batch record by record."""


class _Refused(Exception):
    """One value cannot be written; carries what the LineProblem needs."""

    def __init__(self, value: str, expected: str, detail: str | None = None, *, code: str) -> None:
        super().__init__(code)
        self.code, self.value, self.expected, self.detail = code, value, expected, detail


def _field_writer(
    field: Field, encoding: str, *, pad: bool, neutralise: bool
) -> Callable[[object], bytes]:
    """The function that turns one value of ``field`` into its bytes (raises ``_Refused``)."""
    kind, length, required = field.kind, field.length, field.required
    free_text = kind.is_free_text

    def encode(value: object) -> bytes:
        if value is None or value == "":
            if required:
                raise _Refused(
                    repr(value),
                    f"a value ({kind.label}); the field is required",
                    "empty value",
                    code="csv.required",
                )
            return b" " * length if pad and length is not None else b""
        try:
            text = kind.format(value)
        except InvalidInput as error:
            raise _Refused(
                repr(value), error.expected or "a valid value", code=error.code
            ) from None
        neutralised = False
        if free_text:
            bad = control_character(text)
            if bad is not None:
                raise _Refused(
                    text,
                    "text without control characters or line breaks",
                    f"{text!r} holds the control character {bad!r}",
                    code="csv.control_character",
                )
            if text.endswith(" "):
                raise _Refused(
                    text,
                    "text that does not end in a half-width space",
                    f"{text!r} ends in a half-width space, which readers trim (CAC-6)",
                    code="csv.trailing_space",
                )
            if neutralise and text.startswith(FORMULA_STARTS):
                text, neutralised = "'" + text, True
        try:
            size = len(text.encode(CP932)) if length is not None or encoding == CP932 else 0
        except UnicodeEncodeError as error:
            bad_character = text[error.start]
            raise _Refused(
                text,
                "text made of CP932 characters",
                f"{bad_character!r} (U+{ord(bad_character):04X}) is not a CP932 character",
                code="csv.not_cp932",
            ) from None
        if length is not None and size > length:
            why = " (with the ' that neutralises a formula)" if neutralised else ""
            raise _Refused(
                text,
                f"at most {length} bytes in CP932",
                f"{text!r} is {size} bytes in CP932{why}; nothing is cut",
                code="csv.too_long",
            )
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            raise _Refused(
                text, f"text that {encoding} can encode", code="csv.not_encodable"
            ) from None
        if pad and length is not None:
            data += b" " * (length - size)
        if b"," in data or b'"' in data:
            data = b'"' + data.replace(b'"', b'""') + b'"'
        return data

    return encode


# Durations and counts hash through Python-level methods: their columns are cached by an
# attribute that hashes in C (a count in a duration column is keyed by itself).
_KEYS: Final[dict[FieldType, tuple[frozenset[type], str]]] = {
    FieldType.DURATION: (frozenset({CallDuration}), "tenths"),
    FieldType.COUNT: (frozenset({CallCount}), "count"),
    FieldType.DURATION_OR_COUNT: (frozenset({CallDuration, CallCount}), "tenths"),
}


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


def _keyed_column(
    encode: Callable[[object], bytes], types: frozenset[type], attribute: str
) -> Callable[[Column], list[bytes]]:
    """A column writer that remembers the bytes it wrote by each value's ``attribute``.

    Only values of ``types`` take this path, so the type and the attribute tell the value.
    """
    cache: dict[Hashable, bytes] = {}

    def cached_column(column: Column) -> list[bytes]:
        if not set(map(type, column)) <= types:
            raise _Unsure
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


def _amount_column(length: int | None, *, pad: bool) -> Callable[[Column], list[bytes]]:
    # Equal amounts may be written differently (8 and 8.00), so amounts are never cached:
    # they are formatted a column at a time.
    def amount_column(column: Column) -> list[bytes]:
        if set(map(type, column)) != {Yen}:
            raise _Unsure
        texts = map(format, map(_AMOUNT_OF, column), repeat("f"))
        return _sized("\n".join(texts).encode("ascii").split(b"\n"), length, pad=pad)

    return amount_column


def _time_column(length: int | None, *, pad: bool) -> Callable[[Column], list[bytes]]:
    def time_column(column: Column) -> list[bytes]:
        if (
            set(map(type, column)) != {time}
            or set(map(_TZINFO_OF, column)) != {None}
            or not set(map(_MICROSECOND_OF, column)) <= _WHOLE_TENTHS
        ):
            raise _Unsure
        # HH:MM:SS.t00 → HHMMSS.t (every element ends in "00": whole tenths).
        joined = "\n".join(map(time.isoformat, column, repeat("milliseconds")))  # type: ignore[arg-type]
        text = (joined + "\n").replace(":", "").replace("00\n", "\n")
        return _sized(text.encode("ascii").split(b"\n")[:-1], length, pad=pad)

    return time_column


def _text_column(
    field: Field, encoding: str, *, pad: bool, neutralise: bool
) -> Callable[[Column], list[bytes]]:
    shape = _TEXT_SHAPES.get(field.kind)
    length = field.length

    def text_column(column: Column) -> list[bytes]:
        if set(map(type, column)) != {str}:
            raise _Unsure
        joined = "\n".join(column)  # type: ignore[arg-type]
        if (
            joined.count("\n") != len(column) - 1
            or not all(column)
            or " \n" in joined
            or joined.endswith(" ")
            or "," in joined
            or '"' in joined
            or _CONTROL_BUT_LF.search(joined)
            or (shape is not None and shape.fullmatch(joined) is None)
            or (
                neutralise
                and (joined.startswith(FORMULA_STARTS) or _FORMULA_AFTER_LF.search(joined))
            )
        ):
            raise _Unsure
        try:
            data = joined.encode(encoding).split(b"\n")
            measured = data if encoding == CP932 else joined.encode(CP932).split(b"\n")
        except UnicodeEncodeError:
            raise _Unsure from None
        if length is not None and max(map(len, measured)) > length:
            raise _Unsure
        return list(map(bytes.ljust, data, repeat(length))) if pad and length else data

    return text_column


def _sized(data: list[bytes], length: int | None, *, pad: bool) -> list[bytes]:
    if length is not None:
        if max(map(len, data)) > length:
            raise _Unsure
        if pad:
            return list(map(bytes.ljust, data, repeat(length)))
    return data


def _column_writer(
    field: Field, encode: Callable[[object], bytes], encoding: str, *, pad: bool, neutralise: bool
) -> Callable[[Column], list[bytes]]:
    """The fast writer of one column (raises ``_Refused``, ``TypeError`` or ``_Unsure``)."""
    if field.kind is FieldType.AMOUNT:
        return _amount_column(field.length, pad=pad)
    if field.kind is FieldType.TIME:
        return _time_column(field.length, pad=pad)
    if field.kind in _TEXT_SHAPES:
        return _text_column(field, encoding, pad=pad, neutralise=neutralise)
    keyed = _KEYS.get(field.kind)
    if keyed is not None:
        return _keyed_column(encode, *keyed)
    # Dates and the like hash in C and are equal only to values written the same way.
    lookup = _WriteCache(encode).__getitem__

    def value_column(column: Column) -> list[bytes]:
        return list(map(lookup, column))

    return value_column


def write(
    records: Iterable[R],
    layout: Layout[R],
    *,
    pad: bool = False,
    neutralise_formulas: bool = True,
    encoding: str = CP932,
    header: bool = True,
) -> Iterator[bytes]:
    r"""Yield the bytes of each line of ``records`` in ``layout``: header first, CRLF endings.

    ``pad=True`` pads each field to its length (a layout with lengths, CP932 output only).
    ``neutralise_formulas=False`` writes text starting with ``=`` ``+`` ``-`` ``@`` as it is
    (byte-exact legacy output). ``encoding="utf-8"`` writes UTF-8 (lengths are still checked
    in CP932 bytes). Record checks of the layout apply (``layout.without_checks()`` skips
    them). A record that cannot be written raises ``CsvFormatError`` with its line number.

    >>> from telcobiz import Yen
    >>> from telcobiz.csvformats import USAGE_SUMMARY, UsageSummary
    >>> row = UsageSummary("05012345678", Yen("1928.50"), Yen("56.00"), Yen("0.00"),
    ...                    Yen("1872.50"), Yen("0.00"))
    >>> [line.decode("cp932") for line in write([row], USAGE_SUMMARY, pad=True)][1]
    '05012345678  ,1928.50     ,56.00       ,0.00        ,1872.50     ,0.00        \r\n'
    """
    if not isinstance(layout, Layout):
        raise InvalidInput.for_value(
            "layout", layout, "a telcobiz.csvformats Layout", code="csv.bad_layout"
        )
    expect_iterable(records, "records", expected="an iterable of records", code="csv.wrong_record")
    codec = resolve_encoding(encoding)
    if pad and (codec != CP932 or not layout.measured):
        raise InvalidInput.for_value(
            "pad",
            pad,
            "pad=False: padding needs a layout with stated lengths and CP932 output",
            code="csv.cannot_pad",
        )
    writers = [
        _field_writer(field, codec, pad=pad, neutralise=neutralise_formulas)
        for field in layout.fields
    ]
    columns = [
        _column_writer(field, writer, codec, pad=pad, neutralise=neutralise_formulas)
        for field, writer in zip(layout.fields, writers, strict=True)
    ]
    return _lines(records, layout, writers, columns, codec, pad=pad, header=header)


def _fast_batch(
    batch: list[R],
    layout: Layout[R],
    columns: list[Callable[[Column], list[bytes]]],
) -> Iterator[bytes] | None:
    """The lines of a batch of good records, column by column (None: some record is not)."""
    if not all(map(isinstance, batch, repeat(layout.record_type))):
        return None
    try:
        parts = [
            writer(column) for writer, column in zip(columns, zip(*batch, strict=True), strict=True)
        ]
    except (_Refused, _Unsure, TypeError):
        return None
    for check in layout.checks:
        if any(map(check.check, batch)):
            return None
    return map(bytes.__add__, map(b",".join, zip(*parts, strict=True)), repeat(_CRLF))


def _lines(
    records: Iterable[R],
    layout: Layout[R],
    writers: list[Callable[[object], bytes]],
    columns: list[Callable[[Column], list[bytes]]],
    codec: str,
    *,
    pad: bool,
    header: bool,
) -> Iterator[bytes]:
    line = 0
    if header:
        line += 1
        titles = []
        for title in layout.header:
            data = title.title.encode(codec)
            if pad and title.length is not None:
                data += b" " * (title.length - len(data))
            titles.append(data)
        yield b",".join(titles) + _CRLF
    iterator = iter(records)
    while batch := list(islice(iterator, _BATCH)):
        lines = _fast_batch(batch, layout, columns)
        if lines is not None:
            line += len(batch)
            yield from lines
            continue
        for record in batch:
            line += 1
            yield _line(record, line, layout, writers)


def _line(
    record: R, line: int, layout: Layout[R], writers: list[Callable[[object], bytes]]
) -> bytes:
    """One record's line, or the error that names every field at fault."""
    record_type = layout.record_type
    if not isinstance(record, record_type):
        raise CsvFormatError.from_problems(
            [
                LineProblem(
                    line,
                    None,
                    None,
                    repr(record),
                    f"a {record_type.__name__} record",
                    code="csv.wrong_record",
                    detail=f"got a {type(record).__name__}",
                )
            ]
        )
    try:
        parts = [writer(value) for writer, value in zip(writers, record, strict=True)]
    except _Refused:
        raise _refusal(record, line, layout.fields, writers) from None
    for check in layout.checks:
        what = check.check(record)
        if what is not None:
            column = layout.titles.index(check.field) + 1
            value = layout.fields[column - 1].kind.format(record[column - 1])
            raise CsvFormatError.from_problems(
                [
                    LineProblem(
                        line,
                        check.field,
                        column,
                        value,
                        check.expected,
                        code=check.code,
                        detail=what,
                    )
                ]
            )
    return b",".join(parts) + _CRLF


def _refusal(
    record: tuple[Any, ...],
    line: int,
    fields: tuple[Field, ...],
    writers: list[Callable[[object], bytes]],
) -> CsvFormatError:
    """The error for a record that cannot be written, listing every field at fault."""
    problems = []
    for column, (field, writer, value) in enumerate(
        zip(fields, writers, record, strict=True), start=1
    ):
        try:
            writer(value)
        except _Refused as refused:
            problems.append(
                LineProblem(
                    line,
                    field.title,
                    column,
                    refused.value,
                    refused.expected,
                    code=refused.code,
                    detail=refused.detail,
                )
            )
    return CsvFormatError.from_problems(problems)
