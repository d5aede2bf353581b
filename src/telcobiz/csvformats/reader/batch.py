r"""The fast path: a batch of lines split and checked a column at a time (CAC-6, DBO-7).

A batch is one run of complete lines from the source, some 64 KiB of them. CP932 bytes are
split on their latin-1 view (``,`` ``"`` space CR and LF never occur inside a CP932
double-byte character), so a value's length is its length in bytes and only text columns are
decoded. Phone numbers, times and amounts are checked a whole column at once, and repeated
values come from bounded caches (:mod:`~telcobiz.csvformats.reader.columns`).

The fast path decides line by line, never for the whole batch: a line with a quote, a stray
CR, another number of fields or bytes that do not decode is set aside, and so is a line whose
value a column reader does not decide (found by halving the column) or whose record breaks a
record check. A quoted line whose quotes are well formed is split as the careful path splits
it and read with the others. The lines left are read by the careful path
(:mod:`~telcobiz.csvformats.reader.lines`), which words every problem; both ways give the same
records and the same report, so one quoted line costs one line, not 64 KiB.

The lines are split into columns by :mod:`~telcobiz.csvformats.reader.split`. With a
:class:`Columnar` (the Arrow route of :mod:`~telcobiz.csvformats.arrow`), amounts stay text
and the rows become one columnar batch instead of records.

>>> from telcobiz.csvformats import USAGE_SUMMARY
>>> [record.total for record in BatchReader(USAGE_SUMMARY, "cp932").read(
...     b"0312345678,8.00,8.00,0,0,0\r\n0312345679,16.00,16.00,0,0,0\r\n", 2).records]
[Yen('8.00'), Yen('16.00')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, repeat
from operator import contains, not_
from typing import Any, Generic, Protocol, TypeVar

import attrs

from telcobiz.core.money import Yen
from telcobiz.csvformats.fields import CP932, FieldType
from telcobiz.csvformats.formulas import column_overflows
from telcobiz.csvformats.layout import Layout
from telcobiz.csvformats.reader.columns import _column_reader, _Fallback
from telcobiz.csvformats.reader.split import _columns, _insert_rows, _pull_quoted, _unquoted

__all__ = ["Batch", "BatchReader"]  # Columnar and ColumnarRows: the Arrow route's, internal

R = TypeVar("R", bound=tuple[Any, ...])

_PADDED = re.compile(" [,\r\n]")  # a value ending in a half-width space
_UNSURE = object()  # the value of a row that a column reader did not decide


def _halving(reader: Callable[[list[str]], Sequence[Any]], column: list[str]) -> list[Any]:
    """The column's values, ``_UNSURE`` for each value the reader does not decide.

    The column is halved until each refused part is one value: a few bad values cost a few
    whole-column calls on ever smaller parts, not a call per value.
    """
    try:
        return list(reader(column))
    except _Fallback:
        if len(column) == 1:
            return [_UNSURE]
    middle = len(column) // 2
    return _halving(reader, column[:middle]) + _halving(reader, column[middle:])


class Columnar(Protocol):
    """What turns a batch's checked columns into one columnar batch (the Arrow route).

    The columns are those of the rows the fast path is sure of, amounts still text.
    :meth:`make` gives the columnar batch (which the stream cuts with ``slice(offset,
    length)``, as a ``pyarrow.RecordBatch`` is cut) and, for each row, whether it passes the
    layout's record checks (``None``: every row passes), or ``None`` when the values do not
    fit the columnar types, in which case the batch is read into records as usual. :meth:`keep`
    keeps the rows of a columnar batch marked True.

    :meth:`split` lets a plain batch (no quote, no trailing space, every field required) be
    split by the columnar library itself, so amounts never become Python strings; the other
    columns are read by the usual column readers. Anything that is not plain there declines
    the whole batch back to the usual split.
    """

    def split(self, text: str, lines: int) -> list[Any] | None:
        """The columns of ``lines`` plain lines as columnar text, amounts checked.

        Split as :func:`_marked_columns` splits them, amount columns checked as
        :func:`~telcobiz.csvformats.reader.columns.amounts_fit` checks them (None: the lines
        do not split so, or some amount does not fit).
        """

    def to_list(self, column: Any) -> list[str]:
        """A column made by :meth:`split` as a list of its texts."""

    def make(self, columns: list[Sequence[Any]]) -> tuple[Any, Sequence[bool] | None] | None:
        """The columnar batch of ``columns`` and the rows that pass the record checks."""

    def keep(self, batch: Any, rows: list[bool]) -> Any:
        """The rows of ``batch`` marked True in ``rows``."""


@attrs.frozen
class ColumnarRows:
    """The rows the fast path read, as one columnar batch made by a :class:`Columnar`.

    >>> ColumnarRows([1, 2, 3]).batch
    [1, 2, 3]
    """

    batch: Any


@attrs.frozen
class Batch(Generic[R]):
    r"""What the fast path made of a batch of lines.

    ``records`` are the records of every line but the ``careful`` ones, in order (with a
    :class:`Columnar`, :class:`ColumnarRows` of them, or records where it declined);
    ``careful`` lists ``(index, line)`` of the lines to read line by line (index from 0 in the
    batch, the line as the careful path takes it); ``overflows`` lists ``(index, column,
    text)`` of free-text values whose neutralising ``'`` would not fit (a warning).

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> batch = BatchReader(USAGE_SUMMARY, "cp932").read(
    ...     b'"0312345678",8.00,8.00,0,0,0\r\n"0312345678,8.00,8.00,0,0,0\r\n', 2)
    >>> [record.total for record in batch.records], batch.careful
    ([Yen('8.00')], [(1, b'"0312345678,8.00,8.00,0,0,0\r')])
    """

    records: Iterable[R] | ColumnarRows
    careful: list[tuple[int, bytes | str]]
    overflows: list[tuple[int, int, str]]


class BatchReader(Generic[R]):
    r"""The fast path of one stream: reads a batch of lines a column at a time.

    :meth:`read` gives the records of the lines it is sure of and sets the others aside for
    the careful path (a quote, a stray CR, a value a column reader does not decide, a record
    check that fails). The column readers and their caches last as long as the reader.

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> batch = BatchReader(USAGE_SUMMARY, "cp932")
    >>> [record.total for record in batch.read(b"0312345678,8.00,8.00,0,0,0\r\n", 1).records]
    [Yen('8.00')]
    """

    def __init__(self, layout: Layout[R], codec: str, columnar: Columnar | None = None) -> None:
        self.layout = layout
        self._codec = codec
        self._fields = layout.fields
        self._columnar = columnar
        text = columnar is not None  # the Arrow route makes its own numbers of the amounts
        self._readers = [
            _column_reader(field, None, amounts_as_text=text) for field in layout.fields
        ]
        self._raw_readers = [
            _column_reader(field, CP932, amounts_as_text=text) for field in layout.fields
        ]
        self._amounts = [
            column for column, field in enumerate(layout.fields) if field.kind is FieldType.AMOUNT
        ]
        # Every column reader refuses an empty required value: the faster split is exact.
        self._all_required = all(field.required for field in layout.fields)
        self._free_text = [
            column
            for column, field in enumerate(layout.fields)
            if field.free_text and field.length is not None
        ]

    def read(self, data: bytes | str, count: int) -> Batch[R]:
        r"""The records of the ``count`` lines of ``data``, and the lines set aside.

        ``data`` is complete lines, each ending in a newline, as bytes in the reader's codec
        or as text.

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> batch = BatchReader(USAGE_SUMMARY, "cp932")
        >>> batch.read("0312345678,8.00,8.00,0,0,0\n0312345678,9,8,0,0,0\n", 2).careful
        [(1, '0312345678,9,8,0,0,0')]
        """
        raw = isinstance(data, bytes) and self._codec == CP932
        readers = self._raw_readers if raw else self._readers
        # CP932 bytes are split on their latin-1 view (, " space CR LF are never part of a
        # double-byte character) and decoded column by column.
        text = data.decode("latin-1") if isinstance(data, bytes) and raw else self._text(data)
        if text is not None:
            batch = self._split_whole(text, count, readers, raw=raw)
            if batch is not None:
                return batch
        return self._line_by_line(data, text, count, readers, raw=raw)

    def _split_whole(
        self,
        text: str,
        count: int,
        readers: list[Callable[[list[str]], Sequence[Any]]],
        *,
        raw: bool,
    ) -> Batch[R] | None:
        """Split the lines without a quote in one go, and add the quoted lines' fields.

        None when the lines do not split that way (a stray CR, a line with another number
        of fields), or when the marked split meets a value it cannot place.
        """
        plain, pulled = _pull_quoted(text) if '"' in text else (text, [])
        if len(pulled) == count:
            return None
        fields = len(self._fields)
        marked = self._all_required and fields > 1
        padded = _PADDED.search(text) is not None
        if self._columnar is not None and marked and not pulled and not padded:
            batch = self._columnar_split(text, count, readers)
            if batch is not None:
                return batch
        columns = _columns(plain, count - len(pulled), fields, all_required=self._all_required)
        if columns is None:
            return None
        rows: list[int] | None = None
        quoted: dict[int, list[str]] = {}
        if pulled:
            # Each quoted line ends like the others (CRLF or LF, as _columns found them).
            if plain.endswith("\r\n"):
                pulled = [(index, line.removesuffix("\r")) for index, line in pulled]
            quoted = _unquoted(dict(pulled), [index for index, _ in pulled], fields)
            taken = {index for index, _ in pulled}
            rows = [row for row in range(count) if row not in taken]
            _insert_rows(columns, rows, quoted)
        read = self._from_columns(columns, readers, padded=padded, exact=not marked)
        if read is None:
            return None
        records, set_aside, found = read
        overflows = found
        if rows is not None:  # rows of the columns back to lines of the batch
            unsplit = [index for index, _ in pulled if index not in quoted]
            set_aside = sorted([*unsplit, *map(rows.__getitem__, set_aside)])
            overflows = [(rows[row], column, value) for row, column, value in found]
        lines = text.split("\n") if set_aside else []
        careful = [(row, _original(lines[row], raw=raw)) for row in set_aside]
        return Batch(records, careful, overflows)

    def _columnar_split(
        self, text: str, count: int, readers: list[Callable[[list[str]], Sequence[Any]]]
    ) -> Batch[R] | None:
        """A plain batch split by the :class:`Columnar`; None declines it (see there)."""
        columnar = self._columnar
        assert columnar is not None
        split = columnar.split(text, count)
        if split is None:
            return None
        values: list[Any] = []
        arrays: list[Any] = []
        for field, reader, column in zip(self._fields, readers, split, strict=True):
            if field.kind is FieldType.AMOUNT:
                values.append(None)  # amounts are no free text: overflows never look
                arrays.append(column)
                continue
            texts = columnar.to_list(column)
            try:
                read = reader(texts)
            except _Fallback:
                return None
            values.append(read)
            # A reader that gives back its very list changed nothing: keep the columnar text.
            arrays.append(column if read is texts else read)
        made = columnar.make(arrays)
        if made is None or (made[1] is not None and not all(made[1])):
            return None  # the usual split finds the line at fault
        return Batch(ColumnarRows(made[0]), [], self._overflows(values, range(count)))

    def _text(self, data: bytes | str) -> str | None:
        """The batch as text (None: some line does not decode)."""
        if isinstance(data, str):
            return data
        try:
            return data.decode(self._codec)
        except UnicodeDecodeError:
            return None

    def _line_by_line(
        self,
        data: bytes | str,
        text: str | None,
        count: int,
        readers: list[Callable[[list[str]], Sequence[Any]]],
        *,
        raw: bool,
    ) -> Batch[R]:
        """Split the lines one by one, set aside each line that is not plain, read the rest."""
        undecoded: list[int] = []
        originals: list[Any]
        if text is None:  # bytes of another codec, some line of which does not decode
            assert isinstance(data, bytes)
            originals = data.split(b"\n")
            lines = []
            for index, line in enumerate(originals[:count]):
                try:
                    lines.append(line.decode(self._codec).removesuffix("\r"))
                except UnicodeDecodeError:
                    lines.append("")
                    undecoded.append(index)
        else:
            originals = text.split("\n")
            if text.count("\r") == text.count("\r\n") == count:
                lines = text.split("\r\n")  # every line ends in CRLF, and no other CR stands
            elif "\r" in text:
                lines = [line.removesuffix("\r") for line in originals]
            else:
                lines = originals[:]
            lines.pop()
        commas = len(self._fields) - 1
        plain = list(map(commas.__eq__, map(str.count, lines, repeat(","))))
        for mark in ('"', "\r"):
            if text is None or mark in text:
                odd = map(contains, lines, repeat(mark))
                plain = [good and not bad for good, bad in zip(plain, odd, strict=True)]
        if not commas:  # a blank line is not an empty value
            plain = [good and bool(line) for good, line in zip(plain, lines, strict=True)]
        for index in undecoded:
            plain[index] = False
        set_aside = list(compress(itertools.count(), map(not_, plain)))
        quoted = _unquoted(lines, set_aside, commas + 1) if text is None or '"' in text else {}
        records: Iterable[R] | ColumnarRows = []
        overflows: list[tuple[int, int, str]] = []
        if len(set_aside) - len(quoted) < count:
            rows = list(compress(itertools.count(), plain))
            joined = ",".join(compress(lines, plain))
            flat = joined.split(",") if rows else []
            columns = [flat[j :: commas + 1] for j in range(commas + 1)]
            padded = _PADDED.search(joined + ",") is not None
            _insert_rows(columns, rows, quoted)
            set_aside = [index for index in set_aside if index not in quoted]
            read = self._from_columns(columns, readers, padded=padded, exact=True)
            assert read is not None  # exact columns never give up
            records, unsure, found = read
            set_aside = sorted([*set_aside, *(rows[row] for row in unsure)])
            overflows = [(rows[row], column, value) for row, column, value in found]
        careful = [(index, _original(originals[index], raw=raw)) for index in set_aside]
        return Batch(records, careful, overflows)

    def _from_columns(
        self,
        columns: list[list[str]],
        readers: list[Callable[[list[str]], Sequence[Any]]],
        *,
        padded: bool,
        exact: bool,
    ) -> tuple[Iterable[R] | ColumnarRows, list[int], list[tuple[int, int, str]]] | None:
        """Read the columns: the records, the rows set aside, the free-text overflows.

        With ``exact`` columns (each row one line's fields), a row a reader refuses or a
        record check fails is set aside; columns that are not exact (the marked split) give
        None instead, as a refused value says nothing there of which line is at fault.
        """
        if padded:
            columns = [list(map(str.rstrip, column, repeat(" "))) for column in columns]
        values: list[Sequence[Any]] = []
        unsure: set[int] = set()
        for reader, column in zip(readers, columns, strict=True):
            try:
                values.append(reader(column))
            except _Fallback:
                if not exact:
                    return None
                read = _halving(reader, column)
                unsure.update(row for row, value in enumerate(read) if value is _UNSURE)
                values.append(read)
        rows: Sequence[int] = range(len(columns[0]))
        if unsure:
            keep = [row not in unsure for row in rows]
            values = [list(compress(column, keep)) for column in values]
            rows = list(compress(rows, keep))
        if self._columnar is not None:
            made = self._columnar.make(values)
            if made is not None:
                return self._columnar_rows(made, values, rows, unsure, exact=exact)
            values = self._with_yen(values)
        record_type: Any = self.layout.record_type
        records: Iterable[R] = map(tuple.__new__, repeat(record_type), zip(*values, strict=True))
        if self.layout.checks:
            checked = list(records)
            failing = {
                row for check in self.layout.checks for row in check.failing_rows(values, checked)
            }
            if failing:
                if not exact:
                    return None
                keep = [row not in failing for row in range(len(checked))]
                checked = list(compress(checked, keep))
                values = [list(compress(column, keep)) for column in values]
                unsure.update(rows[row] for row in failing)
                rows = list(compress(rows, keep))
            records = checked
        return records, sorted(unsure), self._overflows(values, rows)

    def _overflows(
        self, values: list[Sequence[Any]], rows: Sequence[int]
    ) -> list[tuple[int, int, str]]:
        return [
            (rows[row], column, values[column][row])
            for column in self._free_text
            for row in column_overflows(self._fields[column], list(values[column]))
        ]

    def _columnar_rows(
        self,
        made: tuple[Any, Sequence[bool] | None],
        values: list[Sequence[Any]],
        rows: Sequence[int],
        unsure: set[int],
        *,
        exact: bool,
    ) -> tuple[ColumnarRows, list[int], list[tuple[int, int, str]]] | None:
        """The columnar batch without the rows that break a record check (set aside)."""
        assert self._columnar is not None
        batch, passes = made
        if passes is not None and not all(passes):
            if not exact:
                return None
            keep = list(passes)
            batch = self._columnar.keep(batch, keep)
            values = [list(compress(column, keep)) for column in values]
            unsure.update(compress(rows, map(not_, keep)))
            rows = list(compress(rows, keep))
        return ColumnarRows(batch), sorted(unsure), self._overflows(values, rows)

    def _with_yen(self, values: list[Sequence[Any]]) -> list[Sequence[Any]]:
        """The columns with their checked amount texts as ``Yen`` (the records' values)."""
        values = list(values)
        for column in self._amounts:
            values[column] = [
                Yen(value) if isinstance(value, str) else value for value in values[column]
            ]
        return values


def _original(line: str | bytes, *, raw: bool) -> bytes | str:
    """A line as the careful path takes it (bytes again for a latin-1 view of bytes)."""
    return line.encode("latin-1") if raw and isinstance(line, str) else line
