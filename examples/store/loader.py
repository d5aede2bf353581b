r"""Load Cloud Auto Call CSV downloads into the store: one transaction per file, nothing lost.

telcobiz reads each file (``errors="collect"``), so every line ends as a record or as a
rejected line with its problems; the loader writes each record as a row and each rejected
line as its raw bytes plus its problems, and checks that the counts add up to the read
report (lines read = header + rows + rejected lines) before it commits.

- **Idempotent by content**: a file is known by the SHA-256 of its bytes. Bytes already in
  the store are skipped, whatever the file is called (a browser's ``… (1).csv`` copy of a
  download is not counted twice).
- **A changed file with the same name replaces the old one**: the self page makes a new
  download when the month's data changed, so the newer file wins. In the same transaction the
  old file's rows and rejected lines are deleted and its ``files`` row is kept with
  ``replaced_by`` set, as history. Loading the old bytes again is a no-op (they are known).
- **Refused whole, nothing written**: a file whose first line is neither layout's header, and
  a 電話番号別ご利用料金 whose name does not say its month (the file itself never does; name it
  e.g. ``usage_2017-11.csv``). Fix it and load again.

>>> from examples.store.schema import open_store
>>> store = open_store(":memory:")
>>> data = ("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n"
...         "05012345678,1928.50,56.00,0.00,1872.50,0.00\r\n").encode("cp932")
>>> print(load_bytes(store, "usage_2017-11.csv", data))
usage_2017-11.csv: loaded as file 1 (電話番号別ご利用料金 2017-11): 2 lines read, 1 row,
0 lines rejected
>>> print(load_bytes(store, "copy of usage.csv", data))
copy of usage.csv: skipped, already loaded as file 1 (usage_2017-11.csv)
"""

from __future__ import annotations

import enum
import hashlib
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs

from telcobiz.core.errors import TelcobizError
from telcobiz.core.money import Yen
from telcobiz.csvformats import (
    CALL_DETAIL,
    USAGE_SUMMARY,
    CallCount,
    CallDetail,
    LineProblem,
    UsageSummary,
    detect_layout,
    read,
)

__all__ = ["LoadOutcome", "LoadResult", "load_bytes", "load_folder", "to_sen"]

_MONTH_IN_NAME = re.compile(r"(?<![0-9])(20[0-9]{2})-?(0[1-9]|1[0-2])(?![0-9])")


class LoadOutcome(enum.Enum):
    """What loading one file did.

    >>> LoadOutcome.SKIPPED.value
    'skipped'
    """

    LOADED = "loaded"
    REPLACED = "replaced"
    SKIPPED = "skipped"
    REFUSED = "refused"


@attrs.frozen
class LoadResult:
    """The outcome of one file, answer first, then the counts (zero unless loaded).

    >>> print(LoadResult(LoadOutcome.REFUSED, "a.csv", reason="not a Cloud Auto Call file"))
    a.csv: refused, not a Cloud Auto Call file
    """

    outcome: LoadOutcome
    name: str
    file_id: int | None = None
    layout: str | None = None
    month: str | None = None
    lines_read: int = 0
    rows: int = 0
    rejected: int = 0
    replaced: int | None = None
    reason: str | None = None

    def __str__(self) -> str:
        if self.outcome is LoadOutcome.SKIPPED or self.outcome is LoadOutcome.REFUSED:
            return f"{self.name}: {self.outcome.value}, {self.reason}"
        what = self.layout if self.month is None else f"{self.layout} {self.month}"
        head = f"{self.name}: loaded as file {self.file_id} ({what})"
        if self.replaced is not None:
            head += f", replacing file {self.replaced}"
        rows = "1 row" if self.rows == 1 else f"{self.rows} rows"
        rejected = "1 line" if self.rejected == 1 else f"{self.rejected} lines"
        return f"{head}: {self.lines_read} lines read, {rows}, {rejected} rejected"


def to_sen(amount: Yen) -> int | None:
    """The amount in whole sen, or ``None`` when it has a fraction of a sen.

    >>> to_sen(Yen("1928.50")), to_sen(Yen("-12.5")), to_sen(Yen("0.125"))
    (192850, -1250, None)
    """
    sen = amount.amount * 100
    return int(sen) if sen == sen.to_integral_value() else None


class _Rejection(Exception):
    """A line telcobiz accepted but the store cannot keep exactly (recorded, not raised)."""

    def __init__(self, problem: LineProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _amount_sen(amount: Yen, line: int, field: str, column: int) -> int:
    sen = to_sen(amount)
    if sen is None:
        raise _Rejection(
            LineProblem(
                line,
                field,
                column,
                str(amount.amount),
                "an amount in whole sen (at most 2 decimals)",
                "store.sub_sen",
                f"{amount.amount} has a fraction of a sen, which the store keeps as integer sen",
            )
        )
    return sen


def _phone_key(number: str) -> str:
    # The same number comes with and without hyphens (CAC-6); reconcile matches them likewise.
    return number.replace("-", "")


def _lines(data: bytes) -> list[bytes]:
    """The file's physical lines as telcobiz counts them (split on LF), endings removed."""
    pieces = data.split(b"\n")
    if pieces and pieces[-1] == b"":
        pieces.pop()
    return [piece.removesuffix(b"\r") for piece in pieces]


def _data_line_numbers(
    lines_read: int, header_lines: int, problems: tuple[LineProblem, ...]
) -> Iterator[int]:
    """The line numbers of the records, in order: every line but the header and the rejected."""
    rejected = {problem.line for problem in problems if problem.line is not None}
    first = 1 + header_lines
    return iter([n for n in range(first, lines_read + 1) if n not in rejected])


def _insert_call(cursor: sqlite3.Cursor, file_id: int, line: int, call: CallDetail) -> None:
    charge = _amount_sen(call.charge, line, "通話料", 9)
    count = call.duration.count if isinstance(call.duration, CallCount) else None
    tenths = None if isinstance(call.duration, CallCount) else call.duration.tenths
    cursor.execute(
        "INSERT INTO calls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            file_id,
            line,
            call.phone_number,
            _phone_key(call.phone_number),
            call.call_date.isoformat(),
            call.start_time.isoformat(),
            call.called_number,
            call.area,
            tenths,
            count,
            call.line_kind.value,
            call.call_type,
            charge,
            str(call.billing_month()),
        ),
    )


def _insert_usage(
    cursor: sqlite3.Cursor, file_id: int, line: int, record: UsageSummary, month: str
) -> None:
    amounts = [
        _amount_sen(amount, line, title, column)
        for amount, title, column in zip(
            record[1:],
            ("合計料金", "国内通話", "国際通話", "au通話", "その他移動体"),
            range(2, 7),
            strict=True,
        )
    ]
    key = _phone_key(record.phone_number)
    found = cursor.execute(
        "SELECT files.name FROM usage JOIN files ON files.id = usage.file_id"
        " WHERE usage.month = ? AND usage.phone_key = ?",
        (month, key),
    ).fetchone()
    if found is not None:
        raise _Rejection(
            LineProblem(
                line,
                "ご利用電話番号",
                1,
                record.phone_number,
                f"one 電話番号別ご利用料金 record per number and month (file {found[0]!r} has it)",
                "store.duplicate_summary",
                f"{month} of {record.phone_number} is already loaded from {found[0]!r}",
            )
        )
    cursor.execute(
        "INSERT INTO usage VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (file_id, line, month, record.phone_number, key, *amounts),
    )


def _record_rejection(
    cursor: sqlite3.Cursor, file_id: int, line: int, raw: bytes, problems: list[LineProblem]
) -> None:
    cursor.execute("INSERT INTO rejected_lines VALUES (?, ?, ?)", (file_id, line, raw))
    cursor.executemany(
        "INSERT INTO line_problems VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(file_id, line, p.field, p.column, p.value, p.code, p.message) for p in problems],
    )


def _month_of(name: str) -> str | None:
    match = _MONTH_IN_NAME.search(name)
    return None if match is None else f"{match.group(1)}-{match.group(2)}"


def _known(cursor: sqlite3.Cursor, digest: str) -> str | None:
    row = cursor.execute(
        "SELECT id, name, replaced_by FROM files WHERE sha256 = ?", (digest,)
    ).fetchone()
    if row is None:
        return None
    replaced = "" if row[2] is None else f", replaced by file {row[2]}"
    return f"already loaded as file {row[0]} ({row[1]}{replaced})"


def load_bytes(store: sqlite3.Connection, name: str, data: bytes) -> LoadResult:
    """Load one file's bytes under ``name`` (its path in the folder), in one transaction."""
    digest = hashlib.sha256(data).hexdigest()
    cursor = store.cursor()
    known = _known(cursor, digest)
    if known is not None:
        return LoadResult(LoadOutcome.SKIPPED, name, reason=known)
    try:
        layout = detect_layout(data[:4096], layouts=(USAGE_SUMMARY, CALL_DETAIL))
    except TelcobizError as error:
        return LoadResult(LoadOutcome.REFUSED, name, reason=error.message)
    month = _month_of(Path(name).name) if layout is USAGE_SUMMARY else None
    if layout is USAGE_SUMMARY and month is None:
        reason = (
            "a 電話番号別ご利用料金 file does not say its month: put it in the name,"
            " e.g. usage_2017-11.csv"
        )
        return LoadResult(LoadOutcome.REFUSED, name, reason=reason)
    cursor.execute("BEGIN IMMEDIATE")
    try:
        result = _load(cursor, name, data, digest, layout, month)
    except BaseException:
        cursor.execute("ROLLBACK")
        raise
    cursor.execute("COMMIT")
    return result


def _load(
    cursor: sqlite3.Cursor, name: str, data: bytes, digest: str, layout: Any, month: str | None
) -> LoadResult:
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    cursor.execute(
        "INSERT INTO files (name, sha256, layout, month, lines_read, header_lines, accepted,"
        " rejected, rows, store_rejected, loaded_at) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, ?)",
        (name, digest, layout.name, month, stamp),
    )
    file_id = cursor.lastrowid
    assert file_id is not None
    replaced = _replace_older(cursor, name, file_id)
    stream = read(data, layout, errors="collect")
    records = list(stream)
    report = stream.report
    raw = _lines(data)
    numbers: Iterator[int] = _data_line_numbers(
        report.lines_read, report.header_lines, report.problems
    )
    rows = store_rejected = 0
    for record in records:
        line = next(numbers)
        try:
            if layout is CALL_DETAIL:
                _insert_call(cursor, file_id, line, record)
            else:
                assert month is not None
                _insert_usage(cursor, file_id, line, record, month)
            rows += 1
        except _Rejection as rejection:
            _record_rejection(cursor, file_id, line, raw[line - 1], [rejection.problem])
            store_rejected += 1
    if next(numbers, None) is not None:
        raise AssertionError(f"{name}: fewer records than data lines in the read report")
    by_line: dict[int, list[LineProblem]] = {}
    for problem in report.problems:
        if problem.line is not None:
            by_line.setdefault(problem.line, []).append(problem)
    for line, problems in by_line.items():
        _record_rejection(cursor, file_id, line, raw[line - 1], problems)
    if len(by_line) != report.rejected or report.problems_omitted:
        raise AssertionError(f"{name}: the read report's rejected lines do not add up")
    # The CHECK constraints of `files` make the counts add up, or the transaction fails.
    cursor.execute(
        "UPDATE files SET lines_read = ?, header_lines = ?, accepted = ?, rejected = ?,"
        " rows = ?, store_rejected = ? WHERE id = ?",
        (
            report.lines_read,
            report.header_lines,
            report.accepted,
            report.rejected,
            rows,
            store_rejected,
            file_id,
        ),
    )
    return LoadResult(
        LoadOutcome.REPLACED if replaced is not None else LoadOutcome.LOADED,
        name,
        file_id,
        layout.title,
        month,
        report.lines_read,
        rows,
        report.rejected + store_rejected,
        replaced,
    )


def _replace_older(cursor: sqlite3.Cursor, name: str, file_id: int) -> int | None:
    """Retire the current file of this name (rows and rejected lines go, its record stays)."""
    row = cursor.execute(
        "SELECT id FROM files WHERE name = ? AND id <> ? AND replaced_by IS NULL",
        (name, file_id),
    ).fetchone()
    if row is None:
        return None
    older = int(row[0])
    for table in ("calls", "usage", "rejected_lines", "line_problems"):
        cursor.execute(f"DELETE FROM {table} WHERE file_id = ?", (older,))
    cursor.execute("UPDATE files SET replaced_by = ? WHERE id = ?", (file_id, older))
    return older


def load_folder(store: sqlite3.Connection, folder: str | Path) -> list[LoadResult]:
    """Load every ``*.csv`` file under ``folder`` (sorted by path), each in its own transaction.

    Names are paths relative to ``folder``, so the same folder loaded again is a no-op.
    """
    root = Path(folder)
    if not root.is_dir():
        raise NotADirectoryError(f"{root}: not a folder")
    paths = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() == ".csv")
    return [load_bytes(store, p.relative_to(root).as_posix(), p.read_bytes()) for p in paths]
