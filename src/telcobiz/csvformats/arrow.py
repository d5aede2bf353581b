r"""Arrow record batches from the CSV reader (CAC-6, DBO-7), with a declared schema per layout.

:func:`iter_batches` reads a file with the checks of :func:`~telcobiz.csvformats.reader.read`
and yields ``pyarrow.RecordBatch`` es of ``batch_size`` records (the last one fewer), so memory
stays flat in the size of the file. It reads a column at a time into arrays, with no record or
``Yen`` per line: amounts stay their checked text until Arrow makes a column of decimals, the
layout's record checks run on the arrays (``RecordCheck.arrow``), and a batch of plain lines
is split by Arrow itself; lines the fast path sets aside are read one by one, as by ``read``.
:func:`to_arrow` gathers a whole stream into a ``pyarrow.Table``, which pandas, polars, DuckDB
and Spark read natively. The schema (:func:`arrow_schema`) follows from the
layout's field types (:mod:`~telcobiz.csvformats.tabular`): money is ``decimal128`` (sen
kept, exact), dates ``date32``, times of day ``time64[us]``, durations ``duration[us]``,
counts ``int64``, everything else ``string``; each Arrow field carries the Japanese title,
the field type and the length in CP932 bytes as metadata.

Every line is still accounted for: the records in the batches are the stream's accepted
lines, and with ``errors="collect"`` the rejected lines are in :attr:`ArrowBatches.report`,
not in the batches. pyarrow (the ``arrow`` extra) is imported only when batches are made.

>>> from telcobiz.csvformats import USAGE_SUMMARY
>>> head = ",".join(USAGE_SUMMARY.titles) + "\n"
>>> batches = iter_batches(head + "0312345678,8.00,8.00,0,0,0\n0312345678,x,0,0,0,0\n",
...                        USAGE_SUMMARY, errors="collect")
>>> [batch.column("total").to_pylist() for batch in batches]
[[Decimal('8.00')]]
>>> batches.report.accepted, batches.report.rejected, str(batches.schema.field("total").type)
(1, 1, 'decimal128(18, 2)')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, repeat
from operator import attrgetter
from typing import Any, Final

from telcobiz.core.errors import InvalidInput, TelcobizError
from telcobiz.core.frames import ColumnKind, require
from telcobiz.csvformats.fields import CP932, Field, FieldType
from telcobiz.csvformats.layout import Layout
from telcobiz.csvformats.problems import ReadReport
from telcobiz.csvformats.reader.columns import AMOUNT_FORM
from telcobiz.csvformats.reader.split import _marked_text
from telcobiz.csvformats.reader.stream import RecordStream, read
from telcobiz.csvformats.tabular import layout_columns

__all__ = ["AMOUNT_SCALE", "BATCH_SIZE", "ArrowBatches", "arrow_schema", "iter_batches", "to_arrow"]

BATCH_SIZE: Final = 65_536
"""Records per batch unless ``batch_size=`` says otherwise.

>>> BATCH_SIZE
65536
"""

AMOUNT_SCALE: Final = 2
"""Decimal places of money columns: sen, as the files write amounts (``1928.50``).

An amount with more places is an error, never rounded; pass ``amount_scale=`` to keep them.

>>> AMOUNT_SCALE
2
"""

_MIN_PRECISION = 18  # room for pyarrow's products and sums, which add digits
_MAX_PRECISION = 38
# Values of these field types are already what Arrow takes (str, date, time): no per-value call.
_AS_THEY_ARE: Final = frozenset(
    {FieldType.TEXT, FieldType.PHONE_NUMBER, FieldType.EMAIL, FieldType.DATE, FieldType.TIME}
)
_AMOUNT_OF = attrgetter("amount")
_ENUM_VALUE_OF = attrgetter("_value_")  # what Enum.value gives, without the descriptor call
_MICROSECONDS_PER_TENTH: Final = 100_000


def _pyarrow(needed_by: str) -> Any:
    return require("pyarrow", needed_by, extra="arrow")


def _check_scale(amount_scale: object) -> int:
    if isinstance(amount_scale, bool) or not isinstance(amount_scale, int):
        amount_scale = -1
    if not 0 <= amount_scale <= 18:
        raise InvalidInput.for_value(
            "amount_scale", amount_scale, "an int from 0 to 18", code="csv.bad_amount_scale"
        )
    return amount_scale


def _amount_precision(field: Field, scale: int) -> int:
    # A value of `length` bytes has at most `length` digits before the point.
    digits = _MAX_PRECISION - scale if field.length is None else field.length
    return min(_MAX_PRECISION, max(_MIN_PRECISION, digits + scale))


def _arrow_type(pa: Any, kind: ColumnKind, field: Field, scale: int) -> Any:
    if kind is ColumnKind.MONEY:
        return pa.decimal128(_amount_precision(field, scale), scale)
    return {
        ColumnKind.TEXT: pa.string(),
        ColumnKind.DATE: pa.date32(),
        ColumnKind.TIME: pa.time64("us"),
        ColumnKind.DURATION: pa.duration("us"),
        ColumnKind.INT: pa.int64(),
    }[kind]


def arrow_schema(layout: Layout[Any], *, amount_scale: int = AMOUNT_SCALE) -> Any:
    """The ``pyarrow.Schema`` of ``layout``'s batches, one Arrow field per column.

    >>> from telcobiz.csvformats import CALL_DETAIL
    >>> schema = arrow_schema(CALL_DETAIL)
    >>> [str(schema.field(name).type) for name in ("call_date", "start_time", "duration")]
    ['date32[day]', 'time64[us]', 'duration[us]']
    >>> schema.field("charge").metadata[b"title"].decode()
    '通話料'
    """
    pa = _pyarrow("arrow_schema()")
    scale = _check_scale(amount_scale)
    if not isinstance(layout, Layout):
        raise InvalidInput.for_value(
            "layout", layout, "a telcobiz.csvformats Layout", code="csv.bad_layout"
        )
    arrow_fields = []
    for field in layout.fields:
        for column in layout_columns([field]):
            metadata = {
                "title": field.title,
                "field_type": field.kind.value,
                "length": "" if field.length is None else str(field.length),
            }
            arrow_fields.append(
                pa.field(
                    column.name,
                    _arrow_type(pa, column.kind, field, scale),
                    # A duration-or-count field fills one of its two columns per record.
                    nullable=not field.required or field.kind is FieldType.DURATION_OR_COUNT,
                    metadata=metadata,
                )
            )
    return pa.schema(arrow_fields, metadata={"layout": layout.name, "title": layout.title})


class ArrowBatches:
    r"""The Arrow batches of a :class:`~telcobiz.csvformats.reader.RecordStream`.

    Iterate it once; :attr:`schema` is known before the first batch, :attr:`report` is the
    stream's (complete after the last batch).

    >>> from telcobiz.csvformats import USAGE_SUMMARY, read
    >>> head = ",".join(USAGE_SUMMARY.titles) + "\n"
    >>> batches = ArrowBatches(read(head + "0312345678,8.00,8.00,0,0,0\n", USAGE_SUMMARY))
    >>> [batch.num_rows for batch in batches], batches.report.ok
    ([1], True)
    """

    def __init__(
        self,
        stream: RecordStream[Any],
        *,
        batch_size: int = BATCH_SIZE,
        amount_scale: int = AMOUNT_SCALE,
    ) -> None:
        if not isinstance(stream, RecordStream):
            raise InvalidInput.for_value(
                "stream", stream, "a RecordStream from read()", code="csv.bad_stream"
            )
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise InvalidInput.for_value(
                "batch_size", batch_size, "an int from 1 up", code="csv.bad_batch_size"
            )
        self._pa = _pyarrow("iter_batches()")
        self._compute = require("pyarrow.compute", "iter_batches()", extra="arrow")
        self._stream = stream
        self._batch_size = batch_size
        self._scale = _check_scale(amount_scale)
        self.schema = arrow_schema(stream.layout, amount_scale=amount_scale)
        self._iterator = self._batches()

    def __iter__(self) -> Iterator[Any]:
        return self._iterator

    def __next__(self) -> Any:
        return next(self._iterator)

    @property
    def report(self) -> ReadReport:
        """How reading went: every line is one record in a batch or one rejected line.

        >>> from telcobiz.csvformats import USAGE_SUMMARY, read
        >>> ArrowBatches(read(b"", USAGE_SUMMARY, errors="collect")).report.complete
        False
        """
        return self._stream.report

    def _batches(self) -> Iterator[Any]:
        layout = self._stream.layout
        pieces = None
        if all(check.arrow is not None for check in layout.checks):
            pieces = self._stream._take_columns(_Columnar(self))
        if pieces is None:  # a stream already part read: batch its remaining records
            while records := list(islice(self._stream, self._batch_size)):
                yield self._from_records(records)
            return
        yield from self._sized(pieces)

    def _sized(self, pieces: Iterable[Any]) -> Iterator[Any]:
        """Batches of exactly ``batch_size`` rows (the last one fewer) from the stream's pieces.

        A piece is a columnar batch of the lines the fast path read, or records of lines read
        carefully; both come in line order.
        """
        pa, size = self._pa, self._batch_size
        pending: list[Any] = []
        rows = 0
        for piece in pieces:
            if not isinstance(piece, pa.RecordBatch):
                records = list(piece)
                if not records:
                    continue
                piece = self._from_records(records)
            pending.append(piece)
            rows += piece.num_rows
            if rows >= size:
                table = pa.Table.from_batches(pending, schema=self.schema).combine_chunks()
                batches = table.to_batches(max_chunksize=size)
                full = rows // size
                yield from batches[:full]
                pending, rows = batches[full:], rows - full * size
        if rows:
            table = pa.Table.from_batches(pending, schema=self.schema).combine_chunks()
            yield from table.to_batches(max_chunksize=size)

    def _from_records(self, records: list[Any]) -> Any:
        arrays = []
        for field, values in zip(
            self._stream.layout.fields, zip(*records, strict=True), strict=True
        ):
            arrays.extend(self._arrays(field, values))
        return self._pa.RecordBatch.from_arrays(arrays, schema=self.schema)

    def _arrays(self, field: Field, values: Sequence[Any]) -> list[Any]:
        pa, kind = self._pa, field.kind
        if kind is FieldType.DURATION_OR_COUNT:
            # A CallDuration has no count and a CallCount no tenths: each fills one column.
            tenths = pa.array(map(getattr, values, repeat("tenths"), repeat(None)), pa.int64())
            counts = pa.array(map(getattr, values, repeat("count"), repeat(None)), pa.int64())
            durations = self._compute.multiply(tenths, _MICROSECONDS_PER_TENTH)
            return [durations.cast(pa.duration("us")), counts]
        arrow_type = self.schema.field(field.name).type
        if kind in _AS_THEY_ARE:
            return [pa.array(values, arrow_type)]
        if kind is FieldType.AMOUNT and None not in values:
            column = list(map(_AMOUNT_OF, values))
        elif kind is FieldType.LINE_KIND and None not in values:
            column = list(map(_ENUM_VALUE_OF, values))  # an enum's hash is a Python call
        else:
            # Each distinct value converted once (line kinds, durations repeat), then looked up.
            plain = kind.plain
            found = {value: None if value is None else plain(value) for value in set(values)}
            column = list(map(found.__getitem__, values))
        try:
            return [pa.array(column, arrow_type)]
        except (pa.ArrowInvalid, OverflowError):
            raise self._unfit(field, column, arrow_type) from None

    def _unfit(self, field: Field, column: list[Any], arrow_type: Any) -> TelcobizError:
        # Only money can fail: find the first amount the declared decimal cannot hold.
        limit = 10 ** (arrow_type.precision - arrow_type.scale)
        for amount in column:
            exponent = amount.as_tuple().exponent
            if -exponent > arrow_type.scale or abs(amount) >= limit:
                break
        else:  # pragma: no cover - pyarrow refused a value that fits
            amount = None
        return InvalidInput.for_value(
            field.name,
            amount,
            f"an amount with at most {arrow_type.scale} decimal places and"
            f" {arrow_type.precision - arrow_type.scale} digits before the point for"
            f" {arrow_type} (pass amount_scale= to keep more places; nothing is rounded)",
            code="csv.amount_does_not_fit",
        )


class _Columnar:
    """Arrow arrays straight from the fast path's checked columns (no record per line).

    Amounts arrive as their checked text and become decimals in Arrow; the layout's record
    checks run on the arrays (``RecordCheck.arrow``). Where an amount does not fit the
    declared decimal, the batch is declined and read into records, so the error, or a record
    check's rejection of that line, is what reading records would give.
    """

    def __init__(self, batches: ArrowBatches) -> None:
        self._batches = batches
        self._pa = batches._pa
        self._compute = batches._compute
        self._fields = batches._stream.layout.fields
        self._checks = batches._stream.layout.checks
        # Plain lines, marked as split() marks them: amounts in their form, any other value
        # without a comma (its reader checks it).
        values = ",".join(
            AMOUNT_FORM if field.kind is FieldType.AMOUNT else "[^,]*" for field in self._fields
        )
        self._line_form = f"^(?:{values},,)*$"
        self._strides: list[Any] = [self._pa.array([], self._pa.int32()) for _ in self._fields]

    def split(self, text: str, lines: int) -> list[Any] | None:
        """The columns of plain lines as string arrays, split and amounts checked in C++.

        The marked split (each newline an empty value) of :mod:`~telcobiz.csvformats.reader.
        split`; one RE2 match over the whole batch checks the form of every amount.
        """
        pa, compute = self._pa, self._compute
        marked = _marked_text(text)
        if marked is None:
            return None
        whole = pa.array([marked], pa.string())
        if not compute.match_substring_regex(whole, self._line_form)[0].as_py():
            return None
        count = len(self._fields)
        flat = compute.split_pattern(whole, ",").values
        if len(flat) != (count + 1) * lines + 1:
            return None
        if len(self._strides[0]) < lines:  # the rows of each column, made once per size
            size = max(lines, 2 * len(self._strides[0]))
            self._strides = [
                pa.array(range(column, (count + 1) * size, count + 1), pa.int32())
                for column in range(count)
            ]
        columns = [flat.take(rows.slice(0, lines)) for rows in self._strides]
        for field, column in zip(self._fields, columns, strict=True):
            # The form is ASCII, so each value's bytes are its characters (its CP932 bytes).
            if (
                field.kind is FieldType.AMOUNT
                and field.length is not None
                and compute.max(compute.binary_length(column)).as_py() > field.length
            ):
                return None
        return columns

    def to_list(self, column: Any) -> list[str]:
        """The texts of a string array."""
        texts: list[str] = column.to_pylist()
        return texts

    def make(self, columns: list[Sequence[Any]]) -> tuple[Any, Sequence[bool] | None] | None:
        """The record batch of ``columns`` and the rows that pass the checks (None: all)."""
        pa, compute = self._pa, self._compute
        arrays: list[Any] = []
        try:
            for field, values in zip(self._fields, columns, strict=True):
                texts = values if isinstance(values, pa.Array) else None  # made by split()
                if field.kind is FieldType.AMOUNT:
                    if texts is None:
                        texts = pa.array(values, pa.string())
                    # Checked amount texts become decimals in C; a lost digit is ArrowInvalid.
                    arrays.append(texts.cast(self._batches.schema.field(field.name).type))
                elif texts is not None:
                    arrays.append(texts)  # split() text that its reader left as it was
                else:
                    arrays.extend(self._batches._arrays(field, values))
        except (pa.ArrowInvalid, OverflowError):
            return None
        batch = pa.RecordBatch.from_arrays(arrays, schema=self._batches.schema)
        if not self._checks:
            return batch, None
        by_name = {name: batch.column(name) for name in batch.schema.names}
        passes = None
        for check in self._checks:
            assert check.arrow is not None
            passing = check.arrow(compute, by_name)
            passes = passing if passes is None else compute.and_(passes, passing)
        if passes is None or compute.all(passes).as_py():
            return batch, None
        return batch, passes.to_pylist()

    def keep(self, batch: Any, rows: list[bool]) -> Any:
        """The rows of ``batch`` marked True."""
        return batch.filter(self._pa.array(rows, self._pa.bool_()))


def iter_batches(
    source: object,
    layout: Layout[Any],
    *,
    batch_size: int = BATCH_SIZE,
    encoding: str = CP932,
    errors: str = "strict",
    max_problems: int | None = None,
    amount_scale: int = AMOUNT_SCALE,
) -> ArrowBatches:
    r"""Read ``source`` as ``layout`` into Arrow record batches of at most ``batch_size`` rows.

    ``source``, ``encoding``, ``errors`` and ``max_problems`` are those of
    :func:`~telcobiz.csvformats.reader.read`.

    >>> from telcobiz.csvformats import CALL_DETAIL
    >>> head = ",".join(CALL_DETAIL.titles)
    >>> line = "05012345678,2017/11/01,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00"
    >>> batch = next(iter_batches("\r\n".join([head, line]) + "\r\n", CALL_DETAIL))
    >>> batch.column("duration").to_pylist(), batch.column("start_time").to_pylist()
    ([datetime.timedelta(seconds=66)], [datetime.time(20, 12, 21, 500000)])
    """
    stream = read(source, layout, encoding=encoding, errors=errors, max_problems=max_problems)
    return ArrowBatches(stream, batch_size=batch_size, amount_scale=amount_scale)


def to_arrow(stream: RecordStream[Any], *, amount_scale: int = AMOUNT_SCALE) -> Any:
    r"""Read every remaining record of ``stream`` into one ``pyarrow.Table``.

    >>> from telcobiz.csvformats import USAGE_SUMMARY, read
    >>> head = ",".join(USAGE_SUMMARY.titles) + "\n"
    >>> table = to_arrow(read(head + "0312345678,1928.50,56.00,0,1872.50,0\n", USAGE_SUMMARY))
    >>> table.num_rows, table.column("au").to_pylist()
    (1, [Decimal('1872.50')])
    """
    batches = ArrowBatches(stream, amount_scale=amount_scale)
    return batches._pa.Table.from_batches(list(batches), schema=batches.schema)
