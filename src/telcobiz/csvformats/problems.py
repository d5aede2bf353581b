"""What went wrong in a CSV file: :class:`LineProblem`, :class:`ReadReport`, the error class.

Every line a reader sees ends either as a record or as one rejected line with its problems
(line number, field, raw value, what was expected), so nothing is lost silently (CAC-6).

>>> problem = LineProblem(5, "通話料", 9, "1234567", "at most 6 bytes in CP932",
...                       "csv.too_long", "'1234567' is 7 bytes in CP932")
>>> str(problem)
"line 5, 通話料 (field 9): '1234567' is 7 bytes in CP932; expected at most 6 bytes in CP932"
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.frames import ColumnKind, columns, to_dataframe
from telcobiz.core.text import check_lang, explanation
from telcobiz.csvformats._text import counted, shown

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CsvFormatError", "LineProblem", "ReadReport", "ValueChange"]

_PROBLEM_COLUMNS = columns(
    line="int",
    field="text",
    column="int",
    value="text",
    expected="text",
    code=ColumnKind.TEXT,
    message="text",
)


@attrs.frozen
class LineProblem:
    """One problem on one line of a CSV file.

    ``line`` is the 1-based line number (``None`` for the input as a whole, e.g. an empty
    file); ``field`` the Japanese title of the field at fault and ``column`` its 1-based
    position (both ``None`` when the line as a whole is wrong); ``value`` the raw text as read
    (trailing half-width spaces trimmed; undecodable bytes shown as a bytes literal; for a
    problem of the whole line, its first 80 characters and an ellipsis);
    ``expected`` what would have been accepted; ``code`` a stable code from the error-code
    table; ``detail`` says what is wrong when "got <value>" would not.

    >>> LineProblem(3, None, None, "", "9 fields", "csv.blank_line", "blank line").message
    'line 3: blank line; expected 9 fields'
    """

    line: int | None
    field: str | None
    column: int | None
    value: str | None
    expected: str
    code: str
    detail: str | None = None

    @property
    def where(self) -> str:
        """``line 5, 通話料 (field 9)``: the line and field this problem is about.

        >>> LineProblem(None, None, None, None, "a header", "csv.empty").where
        'the input'
        """
        head = "the input" if self.line is None else f"line {self.line}"
        if self.field is not None:
            head += f", {self.field}"
            if self.column is not None:
                head += f" (field {self.column})"
        return head

    @property
    def message(self) -> str:
        """The full one-line message: where, what is wrong, what was expected.

        >>> LineProblem(2, "内線区分", 7, "外", "「外線」 or 「内線」", "csv.bad_line_kind").message
        "line 2, 内線区分 (field 7): got '外'; expected 「外線」 or 「内線」"
        """
        what = self.detail if self.detail is not None else f"got {shown(self.value)}"
        return f"{self.where}: {what}; expected {self.expected}"

    def __str__(self) -> str:
        return self.message


class CsvFormatError(InvalidInput):
    """A CSV line (or a record to write) breaks its layout; raised by ``errors="strict"``.

    ``line`` is the line number, ``problems`` every problem found on that line (the message
    is the first one's).

    >>> error = CsvFormatError.from_problems(
    ...     [LineProblem(4, "通話料", 9, "8.0.0", "an amount", "csv.bad_amount")])
    >>> error.code, error.line, error.field, str(error)
    ('csv.bad_amount', 4, '通話料', "line 4, 通話料 (field 9): got '8.0.0'; expected an amount")
    """

    default_code = "csv.format"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        field: str | None = None,
        value: Any = None,
        expected: str | None = None,
        secret: bool = False,
        line: int | None = None,
        problems: tuple[LineProblem, ...] = (),
    ) -> None:
        super().__init__(
            message, code=code, field=field, value=value, expected=expected, secret=secret
        )
        self.line = line
        self.problems = tuple(problems)

    @classmethod
    def from_problems(cls, problems: list[LineProblem] | tuple[LineProblem, ...]) -> CsvFormatError:
        """Build the error for a line from its problems (at least one).

        >>> CsvFormatError.from_problems([LineProblem(1, None, None, "x", "the header",
        ...                               "csv.wrong_header")]).line
        1
        """
        first = problems[0]
        return cls(
            first.message,
            code=first.code,
            field=first.field,
            value=first.value,
            expected=first.expected,
            line=first.line,
            problems=tuple(problems),
        )

    def to_dict(self) -> dict[str, Any]:
        """The error as JSON-ready data, with the line number.

        >>> CsvFormatError("bad", code="csv.too_long", line=7).to_dict()["line"]
        7
        """
        return {**super().to_dict(), "line": self.line}

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the line and problems when an error crosses a process boundary.
        return (
            _rebuild,
            (
                self.message,
                self.code,
                self.field,
                self.value,
                self.expected,
                self.line,
                self.problems,
            ),
        )


def _rebuild(
    message: str,
    code: str,
    field: str | None,
    value: Any,
    expected: str | None,
    line: int | None,
    problems: tuple[LineProblem, ...],
) -> CsvFormatError:
    return CsvFormatError(
        message,
        code=code,
        field=field,
        value=value,
        expected=expected,
        line=line,
        problems=problems,
    )


@attrs.frozen
class ReadReport:
    """How reading a CSV file went, answer first: ``ok`` is True when every line was accepted.

    ``lines_read == header_lines + accepted + rejected``: each line is the header, a
    record, or a rejected line whose problems are listed (a line may have several). With
    ``max_problems`` the list stops growing and ``problems_omitted`` counts the rest.
    ``complete`` is False while the records have not all been read. ``warnings`` are about
    lines that were accepted but that ``write`` would refuse as they are (a free-text value
    that its neutralising ``'`` would push past its length, CAC-6 Decision): they leave the
    report ``ok``.

    >>> report = ReadReport(True, 3, 1, 2, 0, (), 0, True, "demo", "デモ", "cp932", ("CAC-6",), ())
    >>> str(report)
    'デモ: 3 lines read (1 header, 2 records accepted, 0 lines rejected).'
    """

    ok: bool
    lines_read: int
    header_lines: int
    accepted: int
    rejected: int
    problems: tuple[LineProblem, ...]
    problems_omitted: int
    complete: bool
    layout: str
    title: str
    encoding: str
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]
    warnings: tuple[LineProblem, ...] = ()

    def sentence(self, lang: str = "en") -> str:
        """The report in one sentence, in ``lang`` (``"ja"`` or ``"en"``).

        >>> ReadReport(False, 2, 0, 0, 2, (), 0, True, "demo", "デモ", "cp932", (), ()
        ...            ).sentence("ja")
        'デモ: 2行を読みました（ヘッダー0行、受理0件、不受理2行）。'
        """
        if check_lang(lang) == "ja":
            tail = "" if self.complete else "（途中まで）"
            return (
                f"{self.title}: {self.lines_read}行を読みました（ヘッダー{self.header_lines}行、"
                f"受理{self.accepted}件、不受理{self.rejected}行）{tail}。"
            )
        tail = "" if self.complete else " so far (not read to the end)"
        return (
            f"{self.title}: {counted(self.lines_read, 'line')} read ({self.header_lines} header, "
            f"{counted(self.accepted, 'record')} accepted, {counted(self.rejected, 'line')}"
            f" rejected){tail}."
        )

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "en") -> str:
        """The sentence, then every problem on its own line, then the rules and sources.

        >>> bad = LineProblem(2, "通話料", 9, "x", "an amount", "csv.bad_amount")
        >>> print(ReadReport(False, 2, 1, 0, 1, (bad,), 0, True, "demo", "デモ", "cp932",
        ...                  ("CAC-6",), ()).explain())
        デモ: 2 lines read (1 header, 0 records accepted, 1 line rejected).
        line 2, 通話料 (field 9): got 'x'; expected an amount
        rules: CAC-6
        """
        details = [problem.message for problem in self.problems]
        if self.problems_omitted:
            more = self.problems_omitted
            details.append(f"…他{more}件" if lang == "ja" else f"… and {more} more problems")
        warning = "警告" if lang == "ja" else "warning"
        details += [f"{warning}: {problem.message}" for problem in self.warnings]
        return explanation(self.sentence(lang), details, self.rules, self.citations, lang)

    def to_rows(self) -> list[dict[str, Any]]:
        """The problems as plain dicts (one per problem), e.g. for a data frame.

        >>> bad = LineProblem(2, "通話料", 9, "x", "an amount", "csv.bad_amount")
        >>> ReadReport(False, 2, 1, 0, 1, (bad,), 0, True, "demo", "デモ", "cp932", (), ()
        ...            ).to_rows()[0]["code"]
        'csv.bad_amount'
        """
        return [
            {
                "line": problem.line,
                "field": problem.field,
                "column": problem.column,
                "value": problem.value,
                "expected": problem.expected,
                "code": problem.code,
                "message": problem.message,
            }
            for problem in self.problems
        ]

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, one row per problem (the ``pandas`` extra).

        >>> bad = LineProblem(2, "通話料", 9, "x", "an amount", "csv.bad_amount")
        >>> report = ReadReport(False, 2, 1, 0, 1, (bad,), 0, True, "demo", "デモ", "cp932", (), ())
        >>> report.to_dataframe()[["line", "code"]].values.tolist()
        [[2, 'csv.bad_amount']]
        """
        return to_dataframe(self.to_rows(), _PROBLEM_COLUMNS, needed_by="ReadReport.to_dataframe()")


@attrs.frozen
class ValueChange:
    """A value that ``write(..., normalise=callback)`` changed, as the callback is told.

    ``before`` is the value given, ``after`` the value written: each character CP932 cannot
    hold as itself replaced by the one it holds (CAC-6 Decision, nothing changed silently).

    >>> change = ValueChange(2, "地域名", 5, "東京〜大阪", "東京～大阪")
    >>> print(change)
    line 2, 地域名 (field 5): '東京〜大阪' written as '東京～大阪' (〜 U+301C as ～ U+FF5E)
    """

    line: int
    field: str
    column: int
    before: str
    after: str

    @property
    def message(self) -> str:
        """The change in one line: where, the value before and after, each character mapped.

        >>> ValueChange(3, "呼種別", 8, "−", "－").message
        "line 3, 呼種別 (field 8): '−' written as '－' (− U+2212 as － U+FF0D)"
        """
        mapped = ", ".join(
            f"{old} U+{ord(old):04X} as {new} U+{ord(new):04X}"
            for old, new in dict.fromkeys(
                (old, new) for old, new in zip(self.before, self.after, strict=False) if old != new
            )
        )
        return (
            f"line {self.line}, {self.field} (field {self.column}): {shown(self.before)}"
            f" written as {shown(self.after)} ({mapped})"
        )

    def __str__(self) -> str:
        return self.message
