r"""The reader's public API: :class:`RecordStream` and the functions that run one (CAC-6, DBO-7).

:func:`read` returns a :class:`RecordStream`; :func:`check_csv`, :func:`validate_csv` and
:func:`is_valid_csv` read one through to the end. A stream takes the input's runs of
complete lines from :mod:`~telcobiz.csvformats.reader.source` and reads each run with the
fast path (:class:`~telcobiz.csvformats.reader.batch.BatchReader`) or, when the fast path
declines it, line by line (:class:`~telcobiz.csvformats.reader.lines.LineReader`); it counts
the lines, keeps the problems (``errors="strict"`` or ``"collect"``, ``max_problems``) and
tells them in its ``report``.

>>> from telcobiz.csvformats import USAGE_SUMMARY
>>> head = ",".join(USAGE_SUMMARY.titles) + "\n"
>>> stream = read(head + "0312345678,8.00,8.00,0,0,0\n0312345678,x,0,0,0,0\n", USAGE_SUMMARY,
...               errors="collect")
>>> [record.total for record in stream], stream.report.accepted, stream.report.rejected
([Yen('8.00')], 1, 1)
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from telcobiz.core.errors import InvalidInput
from telcobiz.csvformats._text import refusal, shown
from telcobiz.csvformats.fields import CP932
from telcobiz.csvformats.formulas import overflow_warning, overflows
from telcobiz.csvformats.layout import Layout
from telcobiz.csvformats.problems import CsvFormatError, LineProblem, ReadReport
from telcobiz.csvformats.reader.batch import BatchReader, Columnar, ColumnarRows
from telcobiz.csvformats.reader.lines import LineReader
from telcobiz.csvformats.reader.source import MAX_LINE_LENGTH, OneLine, Overlong, segments

if TYPE_CHECKING:
    import pandas as pd

    from telcobiz.csvformats.arrow import ArrowBatches

__all__ = ["RecordStream", "check_csv", "is_valid_csv", "read", "validate_csv"]

R = TypeVar("R", bound=tuple[Any, ...])

ERRORS: Final = ("strict", "collect")
"""The values ``errors=`` takes.

>>> ERRORS
('strict', 'collect')
"""

# Encodings in which the ASCII bytes of `,` `"` space CR LF only ever stand for themselves,
# so raw lines can be split before decoding.
_SPLITTABLE: Final = frozenset({"cp932", "shift_jis", "euc_jp", "utf-8", "ascii"})
_ACCEPTED: Final = (
    "cp932 (the default, also MS932), shift_jis, euc_jp, utf-8 (or utf-8-sig) or ascii"
)


def resolve_encoding(encoding: str) -> str:
    """The codec name ``read`` uses for ``encoding`` (``utf-8-sig`` reads as ``utf-8``).

    Only encodings in which ``,`` ``"`` space CR and LF are always themselves are accepted
    (CP932, Shift_JIS, EUC-JP, UTF-8, ASCII).

    >>> resolve_encoding("MS932"), resolve_encoding("utf-8-sig")
    ('cp932', 'utf-8')
    """
    try:
        name = codecs.lookup(encoding).name if isinstance(encoding, str) else None
    except (LookupError, ValueError, UnicodeError):  # '\x00' and '\ud800' are not names either
        name = None
    if name is None:
        raise InvalidInput(
            f"encoding: got {shown(encoding)}; expected {_ACCEPTED}",
            code="csv.unknown_encoding",
            field="encoding",
            value=encoding,
            expected=_ACCEPTED,
        )
    name = "utf-8" if name == "utf-8-sig" else name
    if name not in _SPLITTABLE:
        raise InvalidInput(
            f"encoding: got {shown(encoding)}; expected {_ACCEPTED}",
            code="csv.unsupported_encoding",
            field="encoding",
            value=encoding,
            expected=_ACCEPTED,
        )
    return name


def _check_errors(errors: str) -> str:
    if errors not in ERRORS:
        raise refusal(
            InvalidInput, "errors", errors, '"strict" or "collect"', code="csv.bad_errors"
        )
    return errors


def _check_max_problems(max_problems: int | None) -> int | None:
    if max_problems is not None and (
        isinstance(max_problems, bool) or not isinstance(max_problems, int) or max_problems < 0
    ):
        raise refusal(
            InvalidInput,
            "max_problems",
            max_problems,
            "None or an int from 0 up",
            code="csv.bad_max_problems",
        )
    return max_problems


class RecordStream(Generic[R]):
    r"""The records of a CSV file, read lazily; ``report`` tells how reading went.

    Iterate it once (it is an iterator); after the last record, :attr:`report` is complete.
    :meth:`to_rows` reads everything into plain dicts.

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> stream = read("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\n"
    ...               "0312345678,8.00,8.00,0,0,0\n", USAGE_SUMMARY)
    >>> [record.phone_number for record in stream], stream.report.accepted
    (['0312345678'], 1)
    """

    def __init__(
        self,
        source: object,
        layout: Layout[R],
        *,
        encoding: str = CP932,
        errors: str = "strict",
        max_problems: int | None = None,
    ) -> None:
        if not isinstance(layout, Layout):
            raise refusal(
                InvalidInput,
                "layout",
                layout,
                "a telcobiz.csvformats Layout",
                code="csv.bad_layout",
            )
        self.layout = layout
        self._codec = resolve_encoding(encoding)
        self._errors = _check_errors(errors)
        self._max_problems = _check_max_problems(max_problems)
        self._segments = segments(source)
        self._batch_reader = BatchReader(layout, self._codec)
        self._line_reader = LineReader(layout, self._codec)
        self._lines_read = 0
        self._header_lines = 0
        self._accepted = 0
        self._rejected = 0
        self._problems: list[LineProblem] = []
        self._omitted = 0
        self._warnings: list[LineProblem] = []
        self._fields = layout.fields
        self._free_text = [
            (column, field)
            for column, field in enumerate(layout.fields)
            if field.free_text and field.length is not None
        ]
        self._complete = False
        self._fast = True
        self._started = False
        self._pieces = self._batches()
        self._iterator: Iterator[R] = chain.from_iterable(self._pieces)

    def __iter__(self) -> Iterator[R]:
        return self._iterator

    def __next__(self) -> R:
        return next(self._iterator)

    @property
    def report(self) -> ReadReport:
        """How reading went so far; complete once every record has been read.

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> read(b"", USAGE_SUMMARY, errors="collect").report.complete
        False
        """
        return ReadReport(
            ok=self._complete and not self._rejected and not self._problems and not self._omitted,
            lines_read=self._lines_read,
            header_lines=self._header_lines,
            accepted=self._accepted,
            rejected=self._rejected,
            problems=tuple(self._problems),
            problems_omitted=self._omitted,
            complete=self._complete,
            layout=self.layout.name,
            title=self.layout.title,
            encoding=self._codec,
            rules=self.layout.rules,
            citations=self.layout.citations,
            warnings=tuple(self._warnings),
        )

    def to_rows(self) -> list[dict[str, Any]]:
        r"""Read every remaining record into plain dicts (see ``Layout.to_row``).

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> read("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\n"
        ...      "0312345678,8.00,8.00,0,0,0\n", USAGE_SUMMARY).to_rows()[0]["domestic"]
        Decimal('8.00')
        """
        return self.layout.to_rows(self)

    def to_dataframe(self) -> pd.DataFrame:
        r"""Read every remaining record into a pandas DataFrame (see ``Layout.to_dataframe``).

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> read("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\n"
        ...      "0312345678,8.00,8.00,0,0,0\n", USAGE_SUMMARY).to_dataframe()["domestic"].sum()
        Decimal('8.00')
        """
        return self.layout.to_dataframe(self)

    def iter_batches(self, batch_size: int = 65_536, *, amount_scale: int = 2) -> ArrowBatches:
        r"""The remaining records as Arrow record batches (see ``csvformats.arrow``).

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> stream = read("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\n"
        ...               "0312345678,8.00,8.00,0,0,0\n", USAGE_SUMMARY)
        >>> [batch.num_rows for batch in stream.iter_batches(1000)]
        [1]
        """
        from telcobiz.csvformats.arrow import ArrowBatches

        return ArrowBatches(self, batch_size=batch_size, amount_scale=amount_scale)

    def to_arrow(self, *, amount_scale: int = 2) -> Any:
        r"""Read every remaining record into a ``pyarrow.Table`` (see ``csvformats.arrow``).

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> read("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\n"
        ...      "0312345678,8.00,8.00,0,0,0\n", USAGE_SUMMARY).to_arrow().num_rows
        1
        """
        from telcobiz.csvformats.arrow import to_arrow

        return to_arrow(self, amount_scale=amount_scale)

    # -- the batches --------------------------------------------------------------------------

    def _take_columns(self, columnar: Columnar) -> Iterator[Any] | None:
        """Hand an unread stream to a columnar consumer (the Arrow route), else None.

        The pieces come in line order: columnar batches of the lines the fast path read and
        lists of records of the lines read carefully. The stream itself yields no more
        records: they are all in the pieces, and the report counts them as before.
        """
        if self._started:
            return None
        self._batch_reader = BatchReader(self.layout, self._codec, columnar)
        self._iterator = iter(())
        return self._pieces

    def _batches(self) -> Iterator[Iterable[R]]:
        self._started = True
        line = 0
        header_pending = True
        for segment in self._segments:
            first = line + 1
            line += segment.lines
            if isinstance(segment, Overlong):
                self._lines_read += 1
                limit = f"a line of at most {MAX_LINE_LENGTH} {segment.unit}"
                yield from self._reject(
                    [
                        LineProblem(
                            first,
                            None,
                            None,
                            None,
                            limit,
                            code="csv.line_too_long",
                            detail=f"the line is {segment.length} {segment.unit} long",
                        )
                    ]
                )
                header_pending = False
                continue
            if isinstance(segment, OneLine):
                self._lines_read += 1
                if header_pending:
                    header_pending = False
                    yield from self._header(segment.data)
                else:
                    yield from self._slow([segment.data], first)
                continue
            data = segment.data
            if header_pending:
                header_pending = False
                newline: Any = "\n" if isinstance(data, str) else b"\n"
                cut = data.index(newline)
                self._lines_read += 1
                yield from self._header(data[:cut])
                data, first = data[cut + 1 :], first + 1
                if not data:
                    continue
            yield from self._lines(data, first, line - first + 1)
        if header_pending:
            self._note(
                [
                    LineProblem(
                        None,
                        None,
                        None,
                        None,
                        self._line_reader.expected_header(),
                        code="csv.empty",
                        detail="the input is empty",
                    )
                ],
                count=False,
            )
        self._complete = True

    def _lines(self, data: bytes | str, first: int, count: int) -> Iterator[Iterable[R]]:
        """One run of ``count`` complete lines: the fast path, then the lines it set aside."""
        if not self._fast:
            newline: Any = "\n" if isinstance(data, str) else b"\n"
            lines = data.split(newline)
            lines.pop()
            self._lines_read += count
            yield from self._slow(lines, first)
            return
        batch = self._batch_reader.read(data, count)
        self._lines_read += count
        # Warnings in line order, among those of the lines read carefully.
        warnings = iter(sorted(batch.overflows))
        pending = next(warnings, None)
        fast = batch.records
        records = iter(()) if isinstance(fast, ColumnarRows) else iter(fast)
        done = taken = 0
        for index, line in [*batch.careful, (count, None)]:
            while pending is not None and pending[0] < index:
                row, column, text = pending
                self._warn(overflow_warning(first + row, self._fields[column], column + 1, text))
                pending = next(warnings, None)
            if line is None:
                break
            if index > done:
                self._accepted += index - done
                if isinstance(fast, ColumnarRows):  # a columnar batch is sliced, not iterated
                    yield fast.batch.slice(taken, index - done)
                else:
                    yield list(islice(records, index - done))
                taken += index - done
            yield from self._slow([line], first + index)
            done = index + 1
        self._accepted += count - done
        yield fast.batch.slice(taken) if isinstance(fast, ColumnarRows) else records

    def _warn(self, warning: LineProblem) -> None:
        if self._max_problems is None or len(self._warnings) < self._max_problems:
            self._warnings.append(warning)

    # -- line by line ------------------------------------------------------------------------

    def _slow(self, lines: list[Any], first: int) -> Iterator[list[R]]:
        good: list[R] = []
        data_line = self._line_reader.data_line
        for number, line in enumerate(lines, start=first):
            outcome = data_line(line, number)
            if isinstance(outcome, list):
                if good:
                    yield good
                    good = []
                yield from self._reject(outcome)
            else:
                self._accepted += 1
                good.append(outcome)
                for column, field in self._free_text:
                    if overflows(field, outcome[column]):
                        self._warn(overflow_warning(number, field, column + 1, outcome[column]))
        if good:
            yield good

    def _reject(self, problems: list[LineProblem]) -> Iterator[list[R]]:
        self._note(problems)
        if self._errors == "strict":
            raise CsvFormatError.from_problems(problems)
        return iter(())

    def _note(self, problems: list[LineProblem], *, count: bool = True) -> None:
        if count:
            self._rejected += 1
        room = len(problems)
        if self._max_problems is not None:
            room = max(0, min(room, self._max_problems - len(self._problems)))
        self._problems.extend(problems[:room])
        self._omitted += len(problems) - room
        if not count and self._errors == "strict":
            raise CsvFormatError.from_problems(problems)

    # -- the header ----------------------------------------------------------------------------

    def _header(self, line: bytes | str) -> Iterator[list[R]]:
        problems = self._line_reader.header_problems(line)
        if problems:
            yield from self._reject(problems)
        else:
            self._header_lines = 1


def read(
    source: object,
    layout: Layout[R],
    *,
    encoding: str = CP932,
    errors: str = "strict",
    max_problems: int | None = None,
) -> RecordStream[R]:
    r"""Read the records of ``layout`` from ``source``, streaming, in constant memory.

    ``source`` is bytes, text, a file object you opened (binary or text), or an iterable of
    byte or text lines. ``encoding`` decodes bytes (CP932 by default; field lengths are
    always CP932 bytes). ``errors="strict"`` raises a ``CsvFormatError`` at the first bad
    line; ``"collect"`` lists it in ``report`` and goes on. ``max_problems`` caps the list
    (the counts stay exact).

    >>> from telcobiz.csvformats import CALL_DETAIL
    >>> head = ",".join(CALL_DETAIL.titles)
    >>> line = "05012345678,2017/11/01,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00"
    >>> stream = read("\r\n".join([head, line, line + "0000"]) + "\r\n", CALL_DETAIL,
    ...               errors="collect")
    >>> [str(record.duration) for record in stream]
    ['00:01:06.0']
    >>> print(stream.report.problems[0])
    line 3, 通話料 (field 9): '8.000000' is 8 bytes in CP932; expected at most 6 bytes in CP932
    """
    return RecordStream(source, layout, encoding=encoding, errors=errors, max_problems=max_problems)


def check_csv(
    source: object,
    layout: Layout[Any],
    *,
    encoding: str = CP932,
    max_problems: int | None = None,
) -> ReadReport:
    r"""Read ``source`` through to the end and return the report of every problem.

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> check_csv(b"x\r\n", USAGE_SUMMARY).problems[0].code
    'csv.wrong_header'
    """
    stream = RecordStream(
        source, layout, encoding=encoding, errors="collect", max_problems=max_problems
    )
    for _ in stream:
        pass
    return stream.report


def validate_csv(source: object, layout: Layout[Any], *, encoding: str = CP932) -> ReadReport:
    """Read ``source`` through to the end; raise ``CsvFormatError`` at the first bad line.

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> validate_csv(b"", USAGE_SUMMARY)
    Traceback (most recent call last):
    ...
    telcobiz.csvformats.problems.CsvFormatError: the input: the input is empty; expected the \
header record ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体
    """
    stream = RecordStream(source, layout, encoding=encoding, errors="strict")
    for _ in stream:
        pass
    return stream.report


def is_valid_csv(source: object, layout: Layout[Any], *, encoding: str = CP932) -> bool:
    r"""True when every line of ``source`` reads cleanly under ``layout``.

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> is_valid_csv("ご利用電話番号,合計料金,国内通話,国際通話,au通話,その他移動体\n",
    ...              USAGE_SUMMARY)
    True
    """
    return check_csv(source, layout, encoding=encoding, max_problems=0).ok
