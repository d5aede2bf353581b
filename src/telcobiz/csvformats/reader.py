r"""Reading CSV files of a :class:`~telcobiz.csvformats.layout.Layout` (CAC-6, DBO-7).

:func:`read` streams typed records out of bytes, text, a file object or an iterable of lines,
in constant memory, checking every value against its field: length in CP932 bytes (after
trailing half-width spaces are trimmed, so padded files read too), form and type. Once the
records are consumed, the stream's ``report`` counts lines read, accepted and rejected and
lists every problem. ``errors="strict"`` raises a
:class:`~telcobiz.csvformats.problems.CsvFormatError` at the first bad line;
``errors="collect"`` reports it and goes on, so every line ends as exactly one record or one
rejected line.

Speed: a batch of some 64 KiB of lines is split and checked a column at a time. CP932 bytes
are split on their latin-1 view (``,`` ``"`` space CR and LF never occur inside a CP932
double-byte character), so a value's length is its length in bytes and only text columns are
decoded. Where every field is required, each line end becomes an empty marker value and one
``split`` makes all the columns. Phone numbers and times are checked a whole column at once
with ``bytes`` operations (``column_checks``), and repeated values come from bounded caches.
A batch with anything unusual in it is read again line by line, which finds and words every
problem: both ways give the same records and the same report.

>>> from telcobiz.csvformats import USAGE_SUMMARY
>>> data = "ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n".encode("cp932")
>>> data += b"05012345678,1928.50,56.00,0.00,1872.50,0.00\r\n"
>>> records = read(data, USAGE_SUMMARY)
>>> [str(record.total) for record in records], records.report.ok
(['1,928.50円'], True)
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, repeat
from operator import itemgetter
from typing import Any, Final, Generic, TypeVar

from telcobiz.core.errors import InvalidInput
from telcobiz.csvformats.fields import CP932, Field, FieldType, control_character
from telcobiz.csvformats.layout import Layout, normalise_title
from telcobiz.csvformats.problems import CsvFormatError, LineProblem, ReadReport
from telcobiz.csvformats.source import MAX_LINE_LENGTH, OneLine, Overlong, segments

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
_UTF8_BOM: Final = b"\xef\xbb\xbf"
_UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")
_CACHE_LIMIT: Final = 1 << 16
_CONTROL_BUT_LF = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PADDED = re.compile(" [,\r\n]")  # a value ending in a half-width space


class _Fallback(Exception):
    """The fast path met something it does not decide: read the batch line by line."""


def resolve_encoding(encoding: str) -> str:
    """The codec name ``read`` uses for ``encoding`` (``utf-8-sig`` reads as ``utf-8``).

    Only encodings in which ``,`` ``"`` space CR and LF are always themselves are accepted
    (CP932, Shift_JIS, EUC-JP, UTF-8, ASCII).

    >>> resolve_encoding("MS932"), resolve_encoding("utf-8-sig")
    ('cp932', 'utf-8')
    """
    try:
        name = codecs.lookup(encoding).name if isinstance(encoding, str) else None
    except LookupError:
        name = None
    if name is None:
        raise InvalidInput.for_value(
            "encoding",
            encoding,
            "an encoding name such as 'cp932' or 'utf-8'",
            code="csv.unknown_encoding",
        )
    name = "utf-8" if name == "utf-8-sig" else name
    if name not in _SPLITTABLE:
        raise InvalidInput.for_value(
            "encoding",
            encoding,
            "cp932 (the default), shift_jis, euc_jp, utf-8 or ascii",
            code="csv.unsupported_encoding",
        )
    return name


def _check_errors(errors: str) -> str:
    if errors not in ERRORS:
        raise InvalidInput.for_value(
            "errors", errors, '"strict" or "collect"', code="csv.bad_errors"
        )
    return errors


def _check_max_problems(max_problems: int | None) -> int | None:
    if max_problems is not None and (
        isinstance(max_problems, bool) or not isinstance(max_problems, int) or max_problems < 0
    ):
        raise InvalidInput.for_value(
            "max_problems", max_problems, "None or an int from 0 up", code="csv.bad_max_problems"
        )
    return max_problems


def _bytes_shown(raw: bytes) -> str:
    return repr(raw)


def _problem_from(
    error: InvalidInput, line: int, field: Field, column: int, value: str
) -> LineProblem:
    expected = error.expected or "a valid value"
    what = error.message.removesuffix(f"; expected {expected}")
    detail = None if what == f"got {value!r}" else what
    return LineProblem(line, field.title, column, value, expected, error.code, detail)


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


def _split_quoted(text: str) -> list[str]:
    """Split one line on commas, honouring RFC 4180 quotes; raise ValueError if malformed."""
    fields: list[str] = []
    position, end = 0, len(text)
    while True:
        if position < end and text[position] == '"':
            parts: list[str] = []
            start = position + 1
            while True:
                close = text.find('"', start)
                if close < 0:
                    raise ValueError(f"field {len(fields) + 1} opens a quote that is never closed")
                parts.append(text[start:close])
                if text.startswith('"', close + 1):
                    parts.append('"')
                    start = close + 2
                    continue
                break
            position = close + 1
            if position < end and text[position] != ",":
                raise ValueError(f"field {len(fields) + 1} has text after its closing quote")
            fields.append("".join(parts))
        else:
            comma = text.find(",", position)
            stop = end if comma < 0 else comma
            value = text[position:stop]
            if '"' in value:
                raise ValueError(f"field {len(fields) + 1} has a quote inside an unquoted value")
            fields.append(value)
            position = stop
        if position >= end:
            return fields
        position += 1


def _split_line(line: bytes | str) -> list[bytes] | list[str]:
    if isinstance(line, bytes):
        if b'"' not in line:
            return line.split(b",")
        # latin-1 maps each byte to one character, so the quote parser works on bytes too.
        return [value.encode("latin-1") for value in _split_quoted(line.decode("latin-1"))]
    return line.split(",") if '"' not in line else _split_quoted(line)


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
            raise InvalidInput.for_value(
                "layout", layout, "a telcobiz.csvformats Layout", code="csv.bad_layout"
            )
        self.layout = layout
        self._codec = resolve_encoding(encoding)
        self._errors = _check_errors(errors)
        self._max_problems = _check_max_problems(max_problems)
        self._segments = segments(source)
        self._fields = layout.fields
        self._readers = [_column_reader(field, None) for field in layout.fields]
        self._raw_readers = [_column_reader(field, CP932) for field in layout.fields]
        # Every column reader refuses an empty required value: the faster split is exact.
        self._all_required = all(field.required for field in layout.fields)
        self._lines_read = 0
        self._header_lines = 0
        self._accepted = 0
        self._rejected = 0
        self._problems: list[LineProblem] = []
        self._omitted = 0
        self._complete = False
        self._fast = True
        self._iterator: Iterator[R] = chain.from_iterable(self._batches())

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
        )

    def to_rows(self) -> list[dict[str, Any]]:
        r"""Read every remaining record into plain dicts (see ``Layout.to_row``).

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> read("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\n"
        ...      "0312345678,8.00,8.00,0,0,0\n", USAGE_SUMMARY).to_rows()[0]["domestic"]
        Decimal('8.00')
        """
        return self.layout.to_rows(self)

    # -- the batches --------------------------------------------------------------------------

    def _batches(self) -> Iterator[Iterable[R]]:
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
                        self._expected_header(),
                        code="csv.empty",
                        detail="the input is empty",
                    )
                ],
                count=False,
            )
        self._complete = True

    def _lines(self, data: bytes | str, first: int, count: int) -> Iterator[Iterable[R]]:
        if self._fast:
            records = self._try_fast(data, count)
            if records is not None:
                self._lines_read += count
                self._accepted += count
                yield records
                return
        newline: Any = "\n" if isinstance(data, str) else b"\n"
        lines = data.split(newline)
        lines.pop()
        self._lines_read += count
        yield from self._slow(lines, first)

    def _try_fast(self, data: bytes | str, count: int) -> Iterable[R] | None:
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

    # -- line by line ------------------------------------------------------------------------

    def _slow(self, lines: list[Any], first: int) -> Iterator[list[R]]:
        good: list[R] = []
        for number, line in enumerate(lines, start=first):
            outcome = self._data_line(line, number)
            if isinstance(outcome, list):
                if good:
                    yield good
                    good = []
                yield from self._reject(outcome)
            else:
                self._accepted += 1
                good.append(outcome)
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

    def _shown(self, line: bytes | str) -> str:
        if isinstance(line, str):
            return line
        try:
            return line.decode(self._codec)
        except UnicodeDecodeError:
            return _bytes_shown(line)

    def _fields_of(self, line: bytes | str, number: int) -> list[Any] | list[LineProblem]:
        """The raw fields of a line, or the problem that keeps it from being split."""
        if not line:
            return [
                LineProblem(
                    number,
                    None,
                    None,
                    "",
                    f"a record of {len(self._fields)} fields",
                    code="csv.blank_line",
                    detail="blank line",
                )
            ]
        try:
            raw = _split_line(line)
        except ValueError as error:
            return [
                LineProblem(
                    number,
                    None,
                    None,
                    self._shown(line),
                    "fields that are either unquoted or "
                    'quoted whole ("…", with "" for a quote inside)',
                    code="csv.quote",
                    detail=str(error),
                )
            ]
        if len(raw) != len(self._fields):
            return [
                LineProblem(
                    number,
                    None,
                    None,
                    self._shown(line),
                    f"a record of {len(self._fields)} fields ({','.join(self.layout.titles)})",
                    code="csv.field_count",
                    detail=f"{len(raw)} fields",
                )
            ]
        return raw

    def _data_line(self, line: bytes | str, number: int) -> R | list[LineProblem]:
        line = line[:-1] if line[-1:] in ("\r", b"\r") else line
        raw = self._fields_of(line, number)
        if raw and isinstance(raw[0], LineProblem):
            return raw
        values: list[Any] = []
        problems: list[LineProblem] = []
        for column, (field, value) in enumerate(zip(self._fields, raw, strict=True), start=1):
            outcome = self._value(field, column, value, number)
            if isinstance(outcome, LineProblem):
                problems.append(outcome)
            else:
                values.append(outcome)
        if problems:
            return problems
        record = self.layout.record_type(*values)
        for check in self.layout.checks:
            what = check.check(record)
            if what is not None:
                column = self.layout.titles.index(check.field) + 1
                value = self._fields[column - 1].kind.format(values[column - 1])
                problems.append(
                    LineProblem(
                        number, check.field, column, value, check.expected, check.code, what
                    )
                )
        return problems or record

    def _value(self, field: Field, column: int, raw: bytes | str, number: int) -> Any:
        if isinstance(raw, bytes):
            raw = raw.rstrip(b" ")
            try:
                text: str = raw.decode(self._codec)
            except UnicodeDecodeError as error:
                bad = raw[error.start : error.end]
                return LineProblem(
                    number,
                    field.title,
                    column,
                    _bytes_shown(raw),
                    f"text in {self._codec}",
                    code="csv.bad_encoding",
                    detail=f"byte {error.start + 1} ({bad.hex(' ')}) is not valid {self._codec}",
                )
            size = len(raw) if self._codec == CP932 else None
        else:
            text = raw.rstrip(" ")
            size = None
        if field.length is not None:
            if size is None:
                try:
                    size = len(text.encode(CP932))
                except UnicodeEncodeError as error:
                    character = text[error.start]
                    return LineProblem(
                        number,
                        field.title,
                        column,
                        text,
                        "text made of CP932 characters",
                        code="csv.not_cp932",
                        detail=f"{character!r} (U+{ord(character):04X}) is not a CP932 character",
                    )
            if size > field.length:
                return LineProblem(
                    number,
                    field.title,
                    column,
                    text,
                    f"at most {field.length} bytes in CP932",
                    code="csv.too_long",
                    detail=f"{text!r} is {size} bytes in CP932",
                )
        bad_character = control_character(text)
        if bad_character is not None:
            return LineProblem(
                number,
                field.title,
                column,
                text,
                "text without control characters or line breaks",
                code="csv.control_character",
                detail=f"{text!r} holds the control character {bad_character!r}",
            )
        if not text:
            if not field.required:
                return None
            return LineProblem(
                number,
                field.title,
                column,
                text,
                f"a value ({field.kind.label}); the field is required",
                code="csv.required",
                detail="empty value",
            )
        try:
            return field.kind.parse(text)
        except InvalidInput as error:
            return _problem_from(error, number, field, column, text)

    # -- the header ----------------------------------------------------------------------------

    def _expected_header(self) -> str:
        return "the header record " + ",".join(self.layout.titles)

    def _header(self, line: bytes | str) -> Iterator[list[R]]:
        problems = self._header_problems(line)
        if problems:
            yield from self._reject(problems)
        else:
            self._header_lines = 1

    def _header_problems(self, line: bytes | str) -> list[LineProblem]:
        expected = self._expected_header()
        if isinstance(line, bytes):
            if line.startswith(_UTF8_BOM):
                if self._codec != "utf-8":
                    return [
                        LineProblem(
                            1,
                            None,
                            None,
                            _bytes_shown(line[:3]),
                            f"{expected} in {self._codec}",
                            code="csv.bom",
                            detail="the file starts with a UTF-8 byte order mark: it is UTF-8 "
                            "(read it with encoding='utf-8')",
                        )
                    ]
                line = line[3:]
            elif line.startswith(_UTF16_BOMS):
                return [
                    LineProblem(
                        1,
                        None,
                        None,
                        _bytes_shown(line[:2]),
                        f"{expected} in CP932 or UTF-8",
                        code="csv.utf16",
                        detail="the file starts with a UTF-16 byte order mark",
                    )
                ]
        else:
            line = line.removeprefix("\ufeff")
        line = line[:-1] if line[-1:] in ("\r", b"\r") else line
        try:
            raw: list[Any] = _split_line(line) if line else []
        except ValueError as error:
            raw, broken = [], str(error)
        else:
            broken = "blank line" if not line else ""
        if broken:
            return [
                LineProblem(
                    1,
                    None,
                    None,
                    self._shown(line),
                    expected,
                    code="csv.wrong_header",
                    detail=broken,
                )
            ]
        titles: list[str] = []
        for column, value in enumerate(raw, start=1):
            if isinstance(value, bytes):
                try:
                    value = value.decode(self._codec)
                except UnicodeDecodeError as error:
                    return [
                        LineProblem(
                            1,
                            "header",
                            column,
                            _bytes_shown(value),
                            f"{expected} in {self._codec}",
                            code="csv.bad_encoding",
                            detail=f"byte {error.start + 1} of title {column}"
                            f" is not valid {self._codec}",
                        )
                    ]
            titles.append(normalise_title(value.rstrip(" ")))
        wanted = self.layout.normalised_titles
        if tuple(titles) == wanted:
            return []
        shown = ",".join(titles)
        if not isinstance(self._data_line(line, 1), list):
            return [
                LineProblem(
                    1,
                    None,
                    None,
                    shown,
                    expected,
                    code="csv.missing_header",
                    detail="line 1 is a data record: the header record is missing",
                )
            ]
        differs = next(
            (
                i
                for i, (got, want) in enumerate(zip(titles, wanted, strict=False), start=1)
                if got != want
            ),
            None,
        )
        detail = (
            f"title {differs} is {titles[differs - 1]!r}, not {self.layout.titles[differs - 1]!r}"
            if differs is not None
            else f"{len(titles)} titles, not {len(wanted)}"
        )
        return [LineProblem(1, None, None, shown, expected, code="csv.wrong_header", detail=detail)]


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
