r"""The careful path: reading one line at a time, wording every problem (CAC-6, DBO-7).

A line is split on commas, honouring RFC 4180 quotes, and each value is checked against its
field in turn: decoding, length in CP932 bytes (after trailing half-width spaces are trimmed),
control characters, required, form and type, then the layout's record checks. A line gives
its record or the list of every problem on it, each a
:class:`~telcobiz.csvformats.problems.LineProblem`; nothing is lost silently. The header
record is checked here too: byte order marks, titles compared after NFKC, a missing header.

>>> _split_line('0312345678,"8,000",東京')
['0312345678', '8,000', '東京']
"""

from __future__ import annotations

from typing import Any, Final, Generic, TypeVar

from telcobiz.core.errors import InvalidInput
from telcobiz.csvformats._text import shortened, shown
from telcobiz.csvformats.fields import CP932, Field, control_character, cp932_length
from telcobiz.csvformats.layout import Layout, normalise_title
from telcobiz.csvformats.problems import LineProblem

__all__ = ["LineReader"]

R = TypeVar("R", bound=tuple[Any, ...])

_UTF8_BOM: Final = b"\xef\xbb\xbf"
_UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")


def _bytes_shown(raw: bytes) -> str:
    return shown(raw)  # at most 80 characters of it, with its length


def _problem_from(
    error: InvalidInput, line: int, field: Field, column: int, value: str
) -> LineProblem:
    expected = error.expected or "a valid value"
    what = error.message.removesuffix(f"; expected {expected}")
    detail = None if what == f"got {shown(value)}" else what
    return LineProblem(line, field.title, column, value, expected, error.code, detail)


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


class LineReader(Generic[R]):
    r"""The careful path of one stream: reads a line into its record or its problems.

    Used for every batch the fast path declines and for the header record; it words every
    problem of a line (see the module docstring).

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> lines = LineReader(USAGE_SUMMARY, "cp932")
    >>> lines.data_line(b"0312345678,8.00,8.00,0,0,0", 2).total
    Yen('8.00')
    >>> print(lines.data_line(b"0312345678,8.00", 3)[0])
    line 3: 2 fields; expected a record of 6 fields (ご利用電話番号,合計料金,...)
    """

    def __init__(self, layout: Layout[R], codec: str) -> None:
        self.layout = layout
        self._codec = codec
        self._fields = layout.fields

    def _shown(self, line: bytes | str) -> str:
        # A whole line is kept as its first 80 characters: a problem never holds megabytes.
        if isinstance(line, str):
            return shortened(line)
        try:
            return shortened(line.decode(self._codec))
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

    def data_line(self, line: bytes | str, number: int) -> R | list[LineProblem]:
        r"""Line ``number`` (without its LF) as a record, or the list of all its problems.

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> problems = LineReader(USAGE_SUMMARY, "cp932").data_line("0312345678,x,0,0,0,0\r", 7)
        >>> [(problem.line, problem.field, problem.code) for problem in problems]
        [(7, '合計料金', 'csv.bad_amount')]
        """
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
                    size = cp932_length(text)
                except InvalidInput as error:
                    return LineProblem(
                        number,
                        field.title,
                        column,
                        text,
                        "text made of CP932 characters",
                        code="csv.not_cp932",
                        detail=error.message,
                    )
            if size > field.length:
                return LineProblem(
                    number,
                    field.title,
                    column,
                    text,
                    f"at most {field.length} bytes in CP932",
                    code="csv.too_long",
                    detail=f"{shown(text)} is {size} bytes in CP932",
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
                detail=f"{shown(text)} holds the control character {bad_character!r}",
            )
        if not text:
            if not field.required:
                return field.empty
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

    def expected_header(self) -> str:
        """What the first line should be: the header record of the layout.

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> LineReader(USAGE_SUMMARY, "cp932").expected_header()
        'the header record ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体'
        """
        return "the header record " + ",".join(self.layout.titles)

    def header_problems(self, line: bytes | str) -> list[LineProblem]:
        r"""The problems of the first line (without its LF) as the header record; ``[]``: fine.

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> lines = LineReader(USAGE_SUMMARY, "cp932")
        >>> lines.header_problems("ご利用電話番号,合計料金,国内通話,国際通話,au通話,その他移動体\r")
        []
        >>> [problem.code for problem in lines.header_problems("0312345678,8.00,8.00,0,0,0")]
        ['csv.missing_header']
        """
        expected = self.expected_header()
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
        got = shortened(",".join(titles))
        if not isinstance(self.data_line(line, 1), list):
            return [
                LineProblem(
                    1,
                    None,
                    None,
                    got,
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
            f"title {differs} is {shown(titles[differs - 1])},"
            f" not {self.layout.titles[differs - 1]!r}"
            if differs is not None
            else f"{len(titles)} titles, not {len(wanted)}"
        )
        return [LineProblem(1, None, None, got, expected, code="csv.wrong_header", detail=detail)]
