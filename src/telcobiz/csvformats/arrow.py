r"""Arrow record batches from the CSV reader (CAC-6, DBO-7), with a declared schema per layout.

:func:`iter_batches` reads a file with :func:`~telcobiz.csvformats.reader.read` and yields
``pyarrow.RecordBatch`` es of at most ``batch_size`` records, so memory stays flat in the size
of the file; :func:`to_arrow` gathers a whole stream into a ``pyarrow.Table``, which pandas,
polars, DuckDB and Spark read natively. The schema (:func:`arrow_schema`) follows from the
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

from collections.abc import Iterator
from itertools import islice
from typing import Any, Final

from telcobiz.core.errors import InvalidInput, TelcobizError
from telcobiz.core.frames import ColumnKind, require
from telcobiz.csvformats.fields import CP932, Field, FieldType
from telcobiz.csvformats.layout import Layout
from telcobiz.csvformats.problems import ReadReport
from telcobiz.csvformats.reader.stream import RecordStream, read
from telcobiz.csvformats.tabular import layout_columns
from telcobiz.csvformats.values import CallCount, CallDuration

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
        fields = self._stream.layout.fields
        while records := list(islice(self._stream, self._batch_size)):
            arrays = []
            for field, values in zip(fields, zip(*records, strict=True), strict=True):
                arrays.extend(self._arrays(field, values))
            yield self._pa.RecordBatch.from_arrays(arrays, schema=self.schema)

    def _arrays(self, field: Field, values: tuple[Any, ...]) -> list[Any]:
        pa, kind = self._pa, field.kind
        if kind is FieldType.DURATION_OR_COUNT:
            durations = [v.to_timedelta() if isinstance(v, CallDuration) else None for v in values]
            counts = [v.count if isinstance(v, CallCount) else None for v in values]
            return [pa.array(durations, pa.duration("us")), pa.array(counts, pa.int64())]
        plain = kind.plain
        column = [None if value is None else plain(value) for value in values]
        arrow_type = self.schema.field(field.name).type
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
