r"""The fast path: a batch of lines split and checked a column at a time (CAC-6, DBO-7).

A batch is one run of complete lines from the source, some 64 KiB of them. CP932 bytes are
split on their latin-1 view (``,`` ``"`` space CR and LF never occur inside a CP932
double-byte character), so a value's length is its length in bytes and only text columns are
decoded. Where every field is required, each line end becomes an empty marker value and one
``split`` makes all the columns. Phone numbers and times are checked a whole column at once
with ``bytes`` operations (``column_checks``), and repeated values come from bounded caches
(:mod:`~telcobiz.csvformats.reader.columns`). A batch with anything unusual in it is read
again line by line (:mod:`~telcobiz.csvformats.reader.lines`), which finds and words every
problem: both ways give the same records and the same report.

>>> _columns("0312345678,8.00\r\n0312345679,16.00\r\n", 2, 2, all_required=True)
[['0312345678', '0312345679'], ['8.00', '16.00']]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import repeat
from typing import Any, Generic, TypeVar

from telcobiz.csvformats.fields import CP932
from telcobiz.csvformats.layout import Layout
from telcobiz.csvformats.reader.columns import _column_reader, _Fallback

__all__ = ["BatchReader"]

R = TypeVar("R", bound=tuple[Any, ...])

_PADDED = re.compile(" [,\r\n]")  # a value ending in a half-width space


def _columns(text: str, lines: int, count: int, *, all_required: bool) -> list[list[str]] | None:
    """Split ``lines`` lines into ``count`` columns.

    Every line ends in CRLF, or every line in LF; None when a CR stands anywhere else or a
    line has another number of fields. With ``all_required`` the caller promises that its
    column readers refuse every empty value, which allows the faster split.
    """
    if all_required and count > 1:
        return _marked_columns(text, lines, count)
    carriage_returns = text.count("\r")
    if carriage_returns == lines:
        newline = "\r\n"
    elif not carriage_returns:
        newline = "\n"
    else:
        return None
    if count == 1:
        column = text.split(newline)
        column.pop()
        return [column]
    return _joined_columns(text, lines, count, newline)


def _marked_columns(text: str, lines: int, count: int) -> list[list[str]] | None:
    """Each newline becomes an empty marker value (",,"), so one split makes every column.

    Exact when no column may hold an empty value: with the total of values right for
    ``lines`` lines (the number of LFs), a line with another number of fields moves some
    marker off its place, into a column, where it is an empty value the column's reader
    refuses.
    """
    end = text.find("\n")
    newline = "\r\n" if text[end - 1 : end] == "\r" else "\n"
    marked = text.replace(newline, ",,")
    if "\r" in marked or "\n" in marked:  # a CR or LF that does not end a line like the first
        return None
    flat = marked.split(",")
    if len(flat) != (count + 1) * lines + 1:
        return None
    flat.pop()
    return [flat[j :: count + 1] for j in range(count)]


def _joined_columns(text: str, lines: int, count: int, newline: str) -> list[list[str]] | None:
    """Split on commas, then split the elements that join two lines.

    Each line's last field, its newline and the next line's first field share one element.
    """
    commas = count - 1
    flat = text.split(",")
    if len(flat) != commas * lines + 1:
        return None
    joints = flat[commas::commas]
    if set(map(str.count, joints, repeat(newline))) != {1}:
        return None
    pairs = newline.join(joints).split(newline)
    firsts = pairs[1::2]
    firsts[-1] = flat[0]
    firsts.insert(0, firsts.pop())
    columns = [firsts]
    columns.extend(flat[j::commas] for j in range(1, commas))
    columns.append(pairs[0::2])
    return columns


class BatchReader(Generic[R]):
    r"""The fast path of one stream: reads a batch of lines a column at a time, or declines.

    :meth:`records` gives the records of every line of a batch, or ``None`` when it is not
    sure of each one (a quote, a stray CR, a value a column reader does not decide, a record
    check that fails): the stream then reads the whole batch line by line. The column readers
    and their caches last as long as the reader.

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> batch = BatchReader(USAGE_SUMMARY, "cp932")
    >>> [record.total for record in batch.records(b"0312345678,8.00,8.00,0,0,0\r\n", 1)]
    [Yen('8.00')]
    >>> print(batch.records(b'"0312345678",8.00,8.00,0,0,0\r\n', 1))
    None
    """

    def __init__(self, layout: Layout[R], codec: str) -> None:
        self.layout = layout
        self._codec = codec
        self._fields = layout.fields
        self._readers = [_column_reader(field, None) for field in layout.fields]
        self._raw_readers = [_column_reader(field, CP932) for field in layout.fields]
        # Every column reader refuses an empty required value: the faster split is exact.
        self._all_required = all(field.required for field in layout.fields)

    def records(self, data: bytes | str, count: int) -> Iterable[R] | None:
        r"""The records of the ``count`` lines of ``data`` (None: read them line by line).

        ``data`` is complete lines, each ending in a newline, as bytes in the reader's codec
        or as text.

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> batch = BatchReader(USAGE_SUMMARY, "cp932")
        >>> print(batch.records("0312345678,8.00,8.00,0,0,0\n0312345678,9,8,0,0,0\n", 2))
        None
        """
        if isinstance(data, bytes) and self._codec == CP932:
            # CP932 bytes are split on their latin-1 view (, " space CR LF are never part of
            # a double-byte character) and decoded column by column.
            text: str | None = data.decode("latin-1")
            readers = self._raw_readers
        else:
            text = self._fast_text(data)
            readers = self._readers
        if text is None or '"' in text:
            return None
        columns = _columns(text, count, len(self._fields), all_required=self._all_required)
        if columns is None:
            return None
        if _PADDED.search(text):
            columns = [list(map(str.rstrip, column, repeat(" "))) for column in columns]
        try:
            values = [reader(column) for reader, column in zip(readers, columns, strict=True)]
        except _Fallback:
            return None
        record_type: Any = self.layout.record_type
        records = map(tuple.__new__, repeat(record_type), zip(*values, strict=True))
        if not self.layout.checks:
            return records
        checked: list[R] = list(records)
        for check in self.layout.checks:
            if any(map(check.check, checked)):
                return None
        return checked

    def _fast_text(self, data: bytes | str) -> str | None:
        """The batch as text (None: read it line by line).

        Fields with a length must hold CP932 text: the column readers check that.
        """
        if isinstance(data, str):
            return data
        try:
            return data.decode(self._codec)
        except UnicodeDecodeError:
            return None
