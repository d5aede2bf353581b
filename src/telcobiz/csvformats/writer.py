r"""Writing records in a :class:`~telcobiz.csvformats.layout.Layout` (CAC-6, DBO-7).

:func:`write` yields the bytes of each line, header first, every line ending in CRLF. The
canonical form (what the service produces) has no padding; ``pad=True`` pads every field with
half-width spaces to its length for a fixed-width consumer. Text is written in CP932 as Windows
writes it (:mod:`telcobiz.csvformats.cp932`). A value longer than its length, or a character
CP932 cannot hold as itself, is an error: nothing is ever cut or changed silently
(``normalise=`` maps such characters and reports each change). Free text that a spreadsheet
would run as a formula (starting with ``=`` ``+`` ``-`` ``@``, a tab or a CR) gets a leading
``'`` (OWASP's advice) unless ``neutralise_formulas=False`` asks for byte-exact legacy output;
identifiers, e-mail addresses, phone numbers and amounts are written as they are (CAC-6
Decision). A value with a comma or a double quote is quoted.

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

from collections.abc import Callable, Iterable, Iterator
from itertools import islice, repeat
from typing import Any, Final, Generic, TypeVar

from telcobiz.core.checks import expect_iterable
from telcobiz.core.errors import InvalidInput
from telcobiz.csvformats import cp932
from telcobiz.csvformats._text import refusal, shown
from telcobiz.csvformats.column_writers import Column, Unsure, column_writer
from telcobiz.csvformats.fields import CP932, Field, control_character, cp932_length
from telcobiz.csvformats.formulas import FORMULA_STARTS
from telcobiz.csvformats.layout import Layout
from telcobiz.csvformats.problems import CsvFormatError, LineProblem, ValueChange
from telcobiz.csvformats.reader.stream import resolve_encoding

__all__ = ["FORMULA_STARTS", "write"]

R = TypeVar("R", bound=tuple[Any, ...])

_CRLF: Final = b"\r\n"
_BATCH: Final = 1024

Normalise = Callable[[ValueChange], object]


class _Refused(Exception):
    """One value cannot be written; carries what the LineProblem needs."""

    def __init__(self, value: str, expected: str, detail: str | None = None, *, code: str) -> None:
        super().__init__(code)
        self.code, self.value, self.expected, self.detail = code, value, expected, detail


class _FieldWriter:
    """Turns one value of a field into its bytes, or raises ``_Refused`` saying why.

    With ``normalise``, a character CP932 cannot hold as itself is mapped; ``changed`` is then
    the text before and after (else ``None``) until the caller takes it.
    """

    __slots__ = ("changed", "empty", "encoding", "field", "length", "neutralise", "normalise")

    def __init__(
        self, field: Field, encoding: str, *, pad: bool, neutralise: bool, normalise: bool
    ) -> None:
        self.field, self.encoding, self.length = field, encoding, field.length
        self.neutralise = neutralise and field.free_text
        self.normalise = normalise
        self.empty = b" " * field.length if pad and field.length is not None else b""
        self.changed: tuple[str, str] | None = None

    def __call__(self, value: object) -> bytes:
        field = self.field
        if value is None or value == "":
            if field.required:
                raise _Refused(
                    shown(value),
                    f"a value ({field.kind.label}); the field is required",
                    "empty value",
                    code="csv.required",
                )
            return self.empty
        try:
            text = field.kind.format(value)
        except InvalidInput as error:
            raise _Refused(
                shown(value), error.expected or "a valid value", code=error.code
            ) from None
        if field.kind.codec.any_text:
            _check_text(text)
        if self.normalise and cp932.unheld(text) is not None:
            normalised = cp932.normalise(text)
            if normalised != text:
                self.changed, text = (text, normalised), normalised
        formula = self.neutralise and text.startswith(FORMULA_STARTS)
        if formula:
            text = "'" + text
        data = self._encode(text)
        length = self.length
        if length is not None:
            size = len(data) if self.encoding == CP932 else cp932_length(text)
            if size > length:
                raise _too_long(text, size, length, formula=formula)
            if self.empty:
                data += b" " * (length - size)
        if b"," in data or b'"' in data:
            data = b'"' + data.replace(b'"', b'""') + b'"'
        return data

    def _encode(self, text: str) -> bytes:
        try:
            if self.encoding == CP932:
                return cp932.encode(text)
            if self.length is not None:
                cp932_length(text)  # lengths are CP932 bytes: the text must be CP932
            return text.encode(self.encoding)
        except InvalidInput as error:
            raise _Refused(
                text, "text made of CP932 characters", error.message, code="csv.not_cp932"
            ) from None
        except UnicodeEncodeError:
            raise _Refused(
                text, f"text that {self.encoding} can encode", code="csv.not_encodable"
            ) from None


def _check_text(text: str) -> None:
    bad = control_character(text)
    if bad is not None:
        raise _Refused(
            text,
            "text without control characters or line breaks",
            f"{shown(text)} holds the control character {bad!r}",
            code="csv.control_character",
        )
    if text.endswith(" "):
        raise _Refused(
            text,
            "text that does not end in a half-width space",
            f"{shown(text)} ends in a half-width space, which readers trim (CAC-6)",
            code="csv.trailing_space",
        )


def _too_long(text: str, size: int, length: int, *, formula: bool) -> _Refused:
    if formula:
        return _Refused(
            text,
            f"at most {length} bytes in CP932",
            f"{shown(text)} is {size} bytes in CP932 with the ' that neutralises a formula;"
            " nothing is cut (pass neutralise_formulas=False, or --keep-formulas, to write"
            " formulas as they are)",
            code="csv.formula_too_long",
        )
    return _Refused(
        text,
        f"at most {length} bytes in CP932",
        f"{shown(text)} is {size} bytes in CP932; nothing is cut",
        code="csv.too_long",
    )


def write(
    records: Iterable[R],
    layout: Layout[R],
    *,
    pad: bool = False,
    neutralise_formulas: bool = True,
    encoding: str = CP932,
    header: bool = True,
    normalise: Normalise | None = None,
) -> Iterator[bytes]:
    r"""Yield the bytes of each line of ``records`` in ``layout``: header first, CRLF endings.

    ``pad=True`` pads each field to its length (a layout with lengths, CP932 output only).
    ``neutralise_formulas=False`` writes free text starting with ``=`` ``+`` ``-`` ``@`` as it
    is (byte-exact legacy output). ``encoding="utf-8"`` writes UTF-8 (lengths are still
    checked in CP932 bytes). A character CP932 cannot hold as itself (〜 U+301C, − U+2212, …)
    is refused (``csv.not_cp932``) unless ``normalise`` is given: a callable, told of each
    value changed with a :class:`~telcobiz.csvformats.problems.ValueChange` before its line is
    yielded. Record checks of the layout apply (``layout.without_checks()`` skips them). A
    record that cannot be written raises ``CsvFormatError`` with its line number.

    >>> from telcobiz import Yen
    >>> from telcobiz.csvformats import USAGE_SUMMARY, UsageSummary
    >>> row = UsageSummary("05012345678", Yen("1928.50"), Yen("56.00"), Yen("0.00"),
    ...                    Yen("1872.50"), Yen("0.00"))
    >>> [line.decode("cp932") for line in write([row], USAGE_SUMMARY, pad=True)][1]
    '05012345678  ,1928.50     ,56.00       ,0.00        ,1872.50     ,0.00        \r\n'
    """
    if not isinstance(layout, Layout):
        raise refusal(
            InvalidInput, "layout", layout, "a telcobiz.csvformats Layout", code="csv.bad_layout"
        )
    expect_iterable(records, "records", expected="an iterable of records", code="csv.wrong_record")
    codec = resolve_encoding(encoding)
    if pad and (codec != CP932 or not layout.measured):
        raise refusal(
            InvalidInput,
            "pad",
            pad,
            "pad=False: padding needs a layout with stated lengths and CP932 output",
            code="csv.cannot_pad",
        )
    if normalise is not None and not callable(normalise):
        raise refusal(
            InvalidInput,
            "normalise",
            shown(normalise),
            "None, or a callable told of each value changed (e.g. a list's append)",
            code="csv.bad_normalise",
        )
    writers = [
        _FieldWriter(
            field, codec, pad=pad, neutralise=neutralise_formulas, normalise=normalise is not None
        )
        for field in layout.fields
    ]
    columns = [
        column_writer(field, writer, codec, pad=pad, neutralise=neutralise_formulas)
        for field, writer in zip(layout.fields, writers, strict=True)
    ]
    return _Lines(layout, writers, columns, codec, pad=pad, header=header, normalise=normalise)(
        records
    )


class _Lines(Generic[R]):
    """The lines of one ``write`` call: batches written a column at a time, else one by one."""

    def __init__(
        self,
        layout: Layout[R],
        writers: list[_FieldWriter],
        columns: list[Callable[[Column], list[bytes]]],
        codec: str,
        *,
        pad: bool,
        header: bool,
        normalise: Normalise | None,
    ) -> None:
        self.layout, self.writers, self.columns, self.codec = layout, writers, columns, codec
        self.pad, self.header, self.normalise = pad, header, normalise

    def __call__(self, records: Iterable[R]) -> Iterator[bytes]:
        line = 0
        if self.header:
            line += 1
            yield self._header()
        iterator = iter(records)
        while batch := list(islice(iterator, _BATCH)):
            changes: list[ValueChange] = []
            lines = self._fast_batch(batch, line + 1, changes)
            if lines is None:
                for record in batch:
                    line += 1
                    data = _line(record, line, self.layout, self.writers, changes)
                    self._tell(changes)
                    yield data
                continue
            line += len(batch)
            self._tell(changes)
            yield from lines

    def _header(self) -> bytes:
        titles = []
        for title in self.layout.header:
            data = title.title.encode(self.codec)
            if self.pad and title.length is not None:
                data += b" " * (title.length - len(data))
            titles.append(data)
        return b",".join(titles) + _CRLF

    def _tell(self, changes: list[ValueChange]) -> None:
        if changes and self.normalise is not None:
            for change in changes:
                self.normalise(change)
        changes.clear()

    def _fast_batch(
        self, batch: list[R], first: int, changes: list[ValueChange]
    ) -> Iterator[bytes] | None:
        """The lines of a batch of good records (None: some record is not; write one by one).

        A column its writer is unsure of is written value by value, the others stay fast.
        """
        layout = self.layout
        if not all(map(isinstance, batch, repeat(layout.record_type))):
            return None
        parts = []
        try:
            for column, (writer, values) in enumerate(
                zip(self.columns, zip(*batch, strict=True), strict=True)
            ):
                try:
                    parts.append(writer(values))
                except (Unsure, TypeError):
                    parts.append(self._value_by_value(column, values, first, changes))
        except _Refused:
            changes.clear()
            return None
        if layout.checks:
            by_column = list(zip(*batch, strict=True))
            if any(check.failing_rows(by_column, batch) for check in layout.checks):
                changes.clear()
                return None
        changes.sort(key=_line_and_column)
        return map(bytes.__add__, map(b",".join, zip(*parts, strict=True)), repeat(_CRLF))

    def _value_by_value(
        self, column: int, values: Column, first: int, changes: list[ValueChange]
    ) -> list[bytes]:
        writer = self.writers[column]
        if self.normalise is None:
            return list(map(writer, values))
        title = self.layout.fields[column].title
        data = []
        for row, value in enumerate(values):
            data.append(writer(value))
            if writer.changed is not None:
                changes.append(ValueChange(first + row, title, column + 1, *writer.changed))
                writer.changed = None
        return data


def _line_and_column(change: ValueChange) -> tuple[int, int]:
    return change.line, change.column


def _line(
    record: R,
    line: int,
    layout: Layout[R],
    writers: list[_FieldWriter],
    changes: list[ValueChange],
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
                    shown(record),
                    f"a {record_type.__name__} record",
                    code="csv.wrong_record",
                    detail=f"got a {type(record).__name__}",
                )
            ]
        )
    parts = []
    try:
        for column, (writer, value) in enumerate(zip(writers, record, strict=True), start=1):
            parts.append(writer(value))
            if writer.changed is not None:
                title = layout.fields[column - 1].title
                changes.append(ValueChange(line, title, column, *writer.changed))
                writer.changed = None
    except _Refused:
        changes.clear()
        raise _refusal(record, line, layout.fields, writers) from None
    for check in layout.checks:
        what = check.check(record)
        if what is not None:
            changes.clear()
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
    writers: list[_FieldWriter],
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
        writer.changed = None
    return CsvFormatError.from_problems(problems)
