r"""``telcobiz csv``: check, convert and compare the CSV files of CAC-6 and DBO-7.

``validate FILE`` reports every problem (exit 1 when lines are rejected) and warns of values
``convert --to csv`` would refuse (a free-text value its neutralising ``'`` pushes past its
length); ``convert FILE --to jsonl|csv`` writes UTF-8 on stdout (``--normalise`` maps the
characters CP932 cannot hold and lists each change on stderr); ``diff CURRENT UPLOADED``
says what a docomo user-list upload would add, delete and change (exit 1 when it warns, e.g.
it deletes everyone). The layout is told from the header and the encoding sniffed (a UTF-8
BOM or UTF-8 header means UTF-8, else CP932) unless ``--layout``/``--encoding`` say. Files
that take more than a second get a progress bar on stderr (when stderr is a terminal); stdout
carries only data. The module is not called ``csv`` so that it never shadows the standard library.

>>> import os, tempfile
>>> from telcobiz.cli import main
>>> with tempfile.TemporaryDirectory() as folder:
...     path = os.path.join(folder, "summary.csv")
...     with open(path, "wb") as file:
...         _ = file.write("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n"
...                        "05012345678,8.00,8.00,0,0,0\r\n".encode("cp932"))
...     main(["csv", "validate", path])
電話番号別ご利用料金: 2 lines read (1 header, 1 record accepted, 0 lines rejected).
rules: CAC-6
...
0
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import IO, Any, Final

from telcobiz.cli._common import (
    EXIT_OK,
    EXIT_RULE_SAYS_NO,
    add_json_flag,
    add_lang_flag,
    emit,
    parse_int,
)
from telcobiz.cli._errors import one_line
from telcobiz.core.conversion import unstructure
from telcobiz.core.errors import InvalidInput
from telcobiz.csvformats import (
    LAYOUTS,
    USER_LIST,
    Layout,
    ReadReport,
    ValueChange,
    detect_layout,
    layout_named,
    plan_replacement,
    read,
    sniff_encoding,
    write,
)
from telcobiz.csvformats.reader.source import MAX_LINE_LENGTH

__all__ = ["Progress", "register"]

_SHOW_AFTER: Final = 1.0  # seconds before a progress bar appears
_REDRAW_EVERY: Final = 0.1
_BAR_WIDTH: Final = 30
_OUTPUT_BATCH: Final = 1024


class Progress:
    """A progress bar on a terminal: shown only once the work has taken more than a second.

    ``clock`` and ``stream`` are parameters so tests can drive it.

    >>> import io
    >>> ticks = iter([0.0, 2.0, 2.5])
    >>> out = io.StringIO()
    >>> bar = Progress(1000, stream=out, clock=lambda: next(ticks), enabled=True)
    >>> bar.update(250)
    >>> bar.finish()
    >>> "25%" in out.getvalue()
    True
    """

    def __init__(
        self,
        total: int | None,
        *,
        stream: IO[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        enabled: bool | None = None,
    ) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.enabled = _is_terminal(self.stream) if enabled is None else enabled
        self.started = clock()
        self.drawn_at: float | None = None

    def update(self, done: int) -> None:
        """Note that ``done`` bytes are read; redraw at most ten times a second.

        >>> import io
        >>> bar = Progress(100, stream=io.StringIO(), clock=lambda: 0.0, enabled=True)
        >>> bar.update(50)  # within the first second: nothing is drawn
        >>> bar.stream.getvalue()
        ''
        """
        if not self.enabled:
            return
        now = self.clock()
        if now - self.started < _SHOW_AFTER:
            return
        if self.drawn_at is not None and now - self.drawn_at < _REDRAW_EVERY:
            return
        self.drawn_at = now
        self.stream.write("\r" + self._line(done, now - self.started))
        self.stream.flush()

    def finish(self) -> None:
        """Clear the bar (if one was drawn), leaving the terminal line empty.

        >>> import io
        >>> Progress(100, stream=io.StringIO(), enabled=False).finish()
        """
        if self.drawn_at is not None:
            self.stream.write("\r" + " " * (_BAR_WIDTH + 40) + "\r")
            self.stream.flush()

    def _line(self, done: int, elapsed: float) -> str:
        rate = done / elapsed / 1e6 if elapsed > 0 else 0.0
        if not self.total:
            return f"{done / 1e6:8.1f} MB  {rate:6.1f} MB/s"
        share = min(done / self.total, 1.0)
        filled = int(share * _BAR_WIDTH)
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        return f"[{bar}] {share:4.0%} {done / 1e6:.1f}/{self.total / 1e6:.1f} MB  {rate:5.1f} MB/s"


def _is_terminal(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class _Input:
    """A binary input the commands read: first line peeked at, bytes counted for the bar.

    A read that fails once the file is open (``/proc/self/mem``, a device error) is bad
    input, exit 2, like a file that cannot be opened.
    """

    def __init__(self, stream: IO[bytes], progress: Progress, path: str) -> None:
        self._stream = stream
        self._progress = progress
        self._path = path
        self.first_line = self._read(lambda: stream.readline(MAX_LINE_LENGTH))
        self._pending = self.first_line
        self._done = 0

    def _read(self, reading: Callable[[], bytes]) -> bytes:
        try:
            return reading()
        except OSError as error:
            raise _unreadable(self._path, error) from None

    def read(self, size: int = -1) -> bytes:
        if self._pending:
            data, self._pending = self._pending, b""
        else:
            data = self._read(lambda: self._stream.read(size))
        self._done += len(data)
        self._progress.update(self._done)
        return data


def _unreadable(path: str, error: OSError) -> InvalidInput:
    return InvalidInput(
        f"file: cannot read {path!r} ({error.strerror or error}); expected a readable file",
        code="csv.unreadable_file",
        field="file",
        value=path,
        expected="a readable file",
    )


def _open(path: str, *, progress: bool | None) -> tuple[_Input, Callable[[], None]]:
    """Open ``path`` ('-' for stdin) for reading; return the input and its closer."""
    if path == "-":
        stream: IO[bytes] = sys.stdin.buffer
        size = None
    else:
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed by the returned closer
            size = os.fstat(stream.fileno()).st_size
        except OSError as error:
            raise _unreadable(path, error) from None
    bar = Progress(size, enabled=progress)
    try:
        source = _Input(stream, bar, path)
    except InvalidInput:
        if stream is not sys.stdin.buffer:
            stream.close()
        raise

    def close() -> None:
        bar.finish()
        if stream is not sys.stdin.buffer:
            stream.close()

    return source, close


def _layout(args: argparse.Namespace, source: _Input) -> Layout[Any]:
    if args.layout:
        return layout_named(args.layout)
    return detect_layout(source.first_line)


def _encoding(args: argparse.Namespace, source: _Input) -> str:
    return str(args.encoding) if args.encoding != "auto" else sniff_encoding(source.first_line)


def _progress_flag(value: str) -> bool | None:
    return {"auto": None, "always": True, "never": False}[value]


def _add_input_options(parser: argparse.ArgumentParser, *, layout: bool = True) -> None:
    if layout:
        parser.add_argument(
            "--layout",
            choices=[known.name for known in LAYOUTS],
            help="the file's layout (default: told from its header)",
        )
    parser.add_argument(
        "--encoding",
        default="auto",
        help="cp932, utf-8, … (default auto: UTF-8 with a BOM or a UTF-8 header, else cp932)",
    )
    parser.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr after a second (auto: when stderr is a terminal)",
    )


def register(areas: Any) -> None:
    """Add ``csv validate|convert|diff`` to the command line.

    >>> from telcobiz.cli import build_parser
    >>> build_parser().parse_args(["csv", "convert", "calls.csv", "--to", "jsonl"]).to
    'jsonl'
    """
    csv = areas.add_parser("csv", help="CSV files: validate, convert, diff (CAC-6, DBO-7)")
    verbs = csv.add_subparsers(dest="verb", metavar="VERB", required=True)

    validate = verbs.add_parser(
        "validate", help="report every problem (exit 1 if lines are rejected)"
    )
    validate.add_argument("file", help="the CSV file ('-' for stdin)")
    _add_input_options(validate)
    validate.add_argument(
        "--max-problems", metavar="N", help="list at most N problems (a whole number, 0 or more)"
    )
    add_lang_flag(validate, "the report")
    add_json_flag(validate)
    validate.set_defaults(handler=_validate)

    convert = verbs.add_parser("convert", help="records as JSON lines or UTF-8 CSV on stdout")
    convert.add_argument("file", help="the CSV file ('-' for stdin)")
    convert.add_argument("--to", required=True, choices=("jsonl", "csv"), help="output format")
    _add_input_options(convert)
    convert.add_argument(
        "--errors",
        default="strict",
        choices=("strict", "collect"),
        help="strict: stop at the first bad line (exit 2); collect: skip bad lines, list them"
        " on stderr, exit 1",
    )
    convert.add_argument(
        "--keep-formulas",
        action="store_true",
        help="--to csv: write cells starting with = + - @ as they are (no leading ')",
    )
    convert.add_argument(
        "--normalise",
        action="store_true",
        help="--to csv: write 〜 − ‖ ¢ £ ¬ (not in CP932) as ～ － ∥ ￠ ￡ ￢, listing each change"
        " on stderr",
    )
    convert.set_defaults(handler=_convert)

    diff = verbs.add_parser(
        "diff", help="what uploading a docomo user list would change (exit 1 if it warns)"
    )
    diff.add_argument("current", help="the list as downloaded now")
    diff.add_argument("uploaded", help="the list to upload (it replaces every user, DBO-7)")
    _add_input_options(diff, layout=False)
    add_lang_flag(diff, "the report")
    add_json_flag(diff)
    diff.set_defaults(handler=_diff)


def _validate(args: argparse.Namespace) -> int:
    max_problems = (
        None
        if args.max_problems is None
        else parse_int(args.max_problems, field="--max-problems", minimum=0)
    )
    source, close = _open(args.file, progress=_progress_flag(args.progress))
    try:
        layout = _layout(args, source)
        stream = read(
            source,
            layout,
            encoding=_encoding(args, source),
            errors="collect",
            max_problems=max_problems,
        )
        for _ in stream:
            pass
    finally:
        close()
    report: ReadReport = stream.report
    emit(args, report.explain(args.lang), report)
    return EXIT_OK if report.ok else EXIT_RULE_SAYS_NO


def _json_lines(records: Iterator[Any]) -> Iterator[bytes]:
    for record in records:
        yield json.dumps(unstructure(record), ensure_ascii=False).encode("utf-8") + b"\n"


def _convert(args: argparse.Namespace) -> int:
    source, close = _open(args.file, progress=_progress_flag(args.progress))
    out = sys.stdout.buffer
    try:
        layout = _layout(args, source)
        stream = read(source, layout, encoding=_encoding(args, source), errors=args.errors)
        if args.to == "jsonl":
            lines = _json_lines(stream)
        else:
            lines = write(
                stream,
                layout,
                encoding="utf-8",
                neutralise_formulas=not args.keep_formulas,
                normalise=_tell_change if args.normalise else None,
            )
        batch: list[bytes] = []
        for line in lines:
            batch.append(line)
            if len(batch) >= _OUTPUT_BATCH:
                out.write(b"".join(batch))
                batch.clear()
        out.write(b"".join(batch))
        out.flush()
    finally:
        close()
    report = stream.report
    for problem in report.problems:
        print(f"telcobiz: {one_line(problem.message)}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_RULE_SAYS_NO


def _tell_change(change: ValueChange) -> None:
    print(f"telcobiz: {change.message}", file=sys.stderr)


def _read_users(path: str, args: argparse.Namespace) -> list[Any]:
    source, close = _open(path, progress=_progress_flag(args.progress))
    try:
        return list(read(source, USER_LIST, encoding=_encoding(args, source)))
    finally:
        close()


def _diff(args: argparse.Namespace) -> int:
    plan = plan_replacement(_read_users(args.current, args), _read_users(args.uploaded, args))
    emit(args, plan.explain(args.lang), plan)
    return EXIT_RULE_SAYS_NO if plan.warnings else EXIT_OK
