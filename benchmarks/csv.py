"""Benchmark: reading and writing 通話明細 (CAC-6) files with telcobiz.csvformats.

A plain script, not a test. It generates a CP932 call-detail file (full-width area names and
call types, international numbers without hyphens, 番号案内 counts, negative amounts) in a
temporary directory, then measures, in one run:

* ``write``: records to CP932 bytes (lines/s);
* ``read`` into typed, length-checked records, against the stdlib ``csv.reader`` splitting the
  same data into untyped strings (lines/s, MB/s, ratios):

  (a) both reading the CP932 file (``csv.reader`` through ``open(encoding="cp932")``);
  (b) both given the same decoded ``str`` (``csv.reader`` through ``io.StringIO``);
  (c) ``csv.reader`` at its fastest: over the text already cut into a list of lines, so it
      neither decodes nor looks for line ends, while ``read`` is given the ``str``;

* peak memory (tracemalloc) of ``read`` over that file and over one ten times larger:
  streaming keeps them the same;

* three realistic files, each read by ``read`` from its CP932 bytes and by ``csv.reader``
  from the same bytes decoded (``io.TextIOWrapper(encoding="cp932")``):

  (d) 通話明細 where 2 % of the lines are quoted (a call type with a comma in it, or a quoted
      field as some exporters write them);
  (e) 電話番号別ご利用料金 whose amounts are all distinct (合計料金, 国内通話 and au通話 never
      repeat; 国際通話 and その他移動体 are mostly 0.00, as on a real bill);
  (f) the docomo 利用者IDリスト where half the users leave the optional name and phone empty;

  each also read by ``iter_batches`` into Arrow record batches (the columnar route: no
  record or ``Yen`` per line; amounts become Arrow decimals, the summary's total is checked
  on the arrays), and, for (e), the bound of any reader of the same records: the least work
  that builds them (split, Decimal, total, Yen, record, checking nothing), and the same
  without the Yen;

* writing the user list with one ``None`` name per 1,024 records, against ``csv.writer``
  writing the same values as ready-made strings (and encoding them to CP932).

Each ratio is ``csv`` time / telcobiz time: the median of interleaved runs (a b, b a, …), so a
busy spell of a shared machine hits both alike; above 1 telcobiz is faster.

The files are deleted afterwards. ``--lines`` sets the size (default 1,000,000); the whole run
takes a few minutes on two cores.

    python benchmarks/csv.py
    python benchmarks/csv.py --lines 200000 --repeat 1
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is called csv.py: keep `import csv` from importing it instead of the stdlib.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import csv
import decimal
import io
import operator
import os
import random
import statistics
import tempfile
import time
import tracemalloc
from collections import deque
from collections.abc import Callable, Iterator
from datetime import date
from datetime import time as clock
from itertools import cycle, islice
from itertools import repeat as repeat_

from telcobiz import Yen
from telcobiz.csvformats import (
    CALL_DETAIL,
    USAGE_SUMMARY,
    USER_LIST,
    CallCount,
    CallDetail,
    CallDuration,
    DocomoUser,
    LineKind,
    UsageSummary,
    read,
    write,
)
from telcobiz.csvformats.arrow import iter_batches

POOL = 100_000  # distinct generated records; the file cycles through them

AREAS = (
    "東京",
    "大阪",
    "IP電話",
    "横浜",
    "名古屋",
    "札幌",
    "那覇",
    "国際",
    "ｲﾝﾀｰﾈｯﾄ",
    "京都府京都市左京区北",  # 20 bytes, the full width of 地域名
)
CALL_TYPES = (
    "国内呼",
    "携帯呼",
    "携帯呼(au 定額)",
    "IP間呼",
    "国際呼",
    "携帯呼（ａｕ　定額）　通話料割引対象外　深夜早朝時間帯　フリーコール（選択）番号",  # 80 bytes,
)


def _called_number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return f"0{rng.randint(3, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    if kind < 0.8:
        return f"0{rng.choice((70, 80, 90))}{rng.randint(10_000_000, 99_999_999)}"
    if kind < 0.95:
        return f"050-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return f"0010{rng.randint(1, 99)}{rng.randint(10**8, 10**11)}"  # international, no hyphens


def generate(count: int, *, seed: int = 6) -> list[CallDetail]:
    """``count`` realistic call-detail records, the same for the same seed."""
    rng = random.Random(seed)
    ours = [f"050{rng.randint(10_000_000, 99_999_999)}" for _ in range(20)]
    records = []
    for _ in range(count):
        assistance = rng.random() < 0.01
        duration: CallDuration | CallCount = (
            CallCount(rng.randint(1, 5))
            if assistance
            else CallDuration(min(int(rng.expovariate(1 / 1200)), 359_999))
        )
        charge = Yen(f"{rng.choice((8, 16, 24, 40, 80, 160, 640))}.{rng.choice(('00', '50'))}")
        records.append(
            CallDetail(
                rng.choice(ours),
                date(2017, 11, rng.randint(1, 30)),
                clock(
                    rng.randrange(24),
                    rng.randrange(60),
                    rng.randrange(60),
                    rng.randrange(10) * 100_000,
                ),
                "104" if assistance else _called_number(rng),
                "番号案内" if assistance else rng.choice(AREAS),
                duration,
                LineKind.INTERNAL if rng.random() < 0.05 else LineKind.EXTERNAL,
                "番号案内" if assistance else rng.choice(CALL_TYPES),
                Yen(f"-{rng.choice((8, 16, 24, 40, 80))}.00") if rng.random() < 0.002 else charge,
            )
        )
    return records


def median_of(repeat: int, runs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The median of ``repeat`` wall-clock runs of each, in seconds (interleaved as best_of).

    A median rather than the best: on a machine shared with test suites, a lucky run says
    less than a typical one.
    """
    times: dict[str, list[float]] = {name: [] for name in runs}
    order = list(runs)
    for round_ in range(repeat):
        for name in order if round_ % 2 == 0 else reversed(order):
            start = time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(spent) for name, spent in times.items()}


def best_of(repeat: int, runs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The fastest of ``repeat`` wall-clock runs of each, in seconds.

    The runs take turns, in reverse order every other round (a b c, c b a, …), so a slow spell
    of a shared machine, or the memory one run leaves behind for the next, hits all alike.
    """
    times: dict[str, list[float]] = {name: [] for name in runs}
    order = list(runs)
    for round_ in range(repeat):
        for name in order if round_ % 2 == 0 else reversed(order):
            start = time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - start)
    return {name: min(spent) for name, spent in times.items()}


def read_typed(path: Path) -> int:
    with path.open("rb") as stream:
        records = read(stream, CALL_DETAIL)
        deque(records, maxlen=0)
        return records.report.accepted


def read_stdlib_file(path: Path) -> None:
    with path.open(encoding="cp932", newline="") as stream:
        deque(csv.reader(stream), maxlen=0)


def peak_memory(path: Path) -> tuple[int, int]:
    """Peak traced memory of reading ``path`` (bytes) and the records read."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        accepted = read_typed(path)
        return tracemalloc.get_traced_memory()[1], accepted
    finally:
        tracemalloc.stop()


def _lines(records: list[CallDetail], count: int) -> Iterator[CallDetail]:
    return islice(cycle(records), count)


def quoted_details(records: list[CallDetail], count: int, *, share: float = 0.02) -> bytes:
    """A canonical 通話明細 file of ``count`` lines where ``share`` of them hold a quote."""
    rng = random.Random(15)
    lines = list(write(_lines(records, count), CALL_DETAIL))
    for index in range(1, len(lines)):
        if rng.random() < share:
            fields = lines[index].split(b",")
            if rng.random() < 0.5 and len(fields[7]) < 70:  # a call type with a comma
                fields[7] = b'"' + fields[7] + ",割引".encode("cp932") + b'"'
            else:  # a quoted field as some exporters write every text field
                fields[4] = b'"' + fields[4] + b'"'
            lines[index] = b",".join(fields)
    return b"".join(lines)


def distinct_summaries(count: int) -> bytes:
    """電話番号別ご利用料金 of ``count`` numbers whose amounts do not repeat."""
    rng = random.Random(16)
    domestic = rng.sample(range(10**7), count)
    au = rng.sample(range(10**7), count)
    lines = [",".join(USAGE_SUMMARY.titles).encode("cp932") + b"\r\n"]
    for number, (home, mobile) in enumerate(zip(domestic, au, strict=True)):
        abroad = 0 if rng.random() < 0.9 else rng.randrange(10**6)
        other = 0 if rng.random() < 0.7 else rng.randrange(10**6)
        sen = (home * 2 + 1, abroad, mobile * 2, other)  # odd + even: totals never repeat
        amounts = [sum(sen), *sen]
        text = ",".join(f"{amount // 100}.{amount % 100:02d}" for amount in amounts)
        lines.append(f"050{10_000_000 + number},{text}\r\n".encode("ascii"))
    return b"".join(lines)


def users(count: int, *, none_every: int = 0) -> list[DocomoUser]:
    """User-list records: half without the optional name and phone (NewsPicks users)."""
    rng = random.Random(17)
    made = []
    for number in range(count):
        if rng.random() < 0.5:
            made.append(DocomoUser(f"np{number:07d}", f"np{number:07d}@example.co.jp"))
        else:
            made.append(
                DocomoUser(
                    f"user{number:07d}",
                    f"user{number:07d}@example.co.jp",
                    f"山田 太郎{number % 1000}",
                    f"090-{rng.randint(1000, 9999)}-{number % 10_000:04d}",
                )
            )
    if none_every:
        made = [
            user._replace(name=None) if number % none_every == 0 else user
            for number, user in enumerate(made)
        ]
    return made


def read_ratio(data: bytes, layout: object, repeat: int) -> dict[str, tuple[float, float]]:
    """Per route (``read``, ``arrow``): (csv.reader time / its time, its lines per second).

    All three from ``data``'s bytes, interleaved: ``read`` into records, ``iter_batches``
    into Arrow record batches (every batch dropped once made), ``csv.reader``.
    """

    def ours() -> None:
        stream = read(data, layout)  # type: ignore[arg-type]
        deque(stream, maxlen=0)
        assert stream.report.ok, stream.report.problems[:3]

    def arrow() -> None:
        batches = iter_batches(data, layout)  # type: ignore[arg-type]
        deque(batches, maxlen=0)
        assert batches.report.ok, batches.report.problems[:3]

    def theirs() -> None:
        text = io.TextIOWrapper(io.BytesIO(data), encoding="cp932", newline="")
        deque(csv.reader(text), maxlen=0)

    spent = median_of(repeat, {"read": ours, "arrow": arrow, "csv": theirs})
    lines = data.count(b"\n")
    return {
        route: (spent["csv"] / spent[route], lines / spent[route]) for route in ("read", "arrow")
    }


def summary_bound(data: bytes, repeat: int) -> None:
    """How fast any reader of (e) can be that gives the same records, checking nothing.

    The least such a reader does: split the lines a batch at a time (as ``read`` does), make
    a Decimal of each amount, add up the total check, wrap each amount in a ``Yen`` (in C, as
    ``read`` does) and build the records. No lengths, forms, quotes or problems are checked.
    The same with the Decimals left unwrapped shows what the five ``Yen`` objects of a line
    cost: more than ``csv.reader`` spends on the whole line.
    """
    text = data.decode("cp932")
    body = text[text.index("\n") + 1 :].split("\r\n")
    body.pop()
    batches = ["\r\n".join(body[start : start + 1_200]) for start in range(0, len(body), 1_200)]
    set_amount = Yen.__dict__["amount"].__set__
    exact = decimal.Context()

    def records(*, wrap: bool) -> None:
        for batch in batches:
            flat = batch.replace("\r\n", ",,").split(",")
            numbers, amounts = (
                flat[0::7],
                [list(map(exact.create_decimal, flat[j::7])) for j in range(1, 6)],
            )
            total, *parts = amounts
            sums = map(
                operator.add,
                map(operator.add, parts[0], parts[1]),
                map(operator.add, parts[2], parts[3]),
            )
            assert all(map(operator.eq, total, sums))
            if wrap:
                yens = []
                for column in amounts:
                    made = list(map(object.__new__, repeat_(Yen, len(column))))
                    deque(map(set_amount, made, column), maxlen=0)
                    yens.append(made)
                amounts = yens
            deque(
                map(tuple.__new__, repeat_(UsageSummary), zip(numbers, *amounts, strict=True)),
                maxlen=0,
            )

    def theirs() -> None:
        deque(
            csv.reader(io.TextIOWrapper(io.BytesIO(data), encoding="cp932", newline="")), maxlen=0
        )

    spent = median_of(
        repeat,
        {
            "yen": lambda: records(wrap=True),
            "decimal": lambda: records(wrap=False),
            "csv": theirs,
        },
    )
    for label, name in (
        ("(e) bound: split, Decimal, total, Yen, record", "yen"),
        ("(e) the same, amounts left as Decimal", "decimal"),
    ):
        print(f"ratio {label:<45} bound / csv.reader {spent['csv'] / spent[name]:5.2f}x")


def realistic(records: list[CallDetail], lines: int, repeat: int) -> None:
    """Print the ratios of the three realistic files and of the writer."""
    files = {
        "(d) 通話明細, 2 % of lines quoted": (quoted_details(records, lines), CALL_DETAIL),
        "(e) 電話番号別ご利用料金, distinct amounts": (distinct_summaries(lines), USAGE_SUMMARY),
        "(f) 利用者IDリスト, optional columns empty": (
            b"".join(write(users(lines), USER_LIST)),
            USER_LIST,
        ),
    }
    for label, (data, layout) in files.items():
        routes = read_ratio(data, layout, repeat)
        ratio, speed = routes["read"]
        print(f"ratio {label:<45} read / csv.reader {ratio:5.2f}x  ({speed:,.0f} lines/s)")
        ratio, speed = routes["arrow"]
        to_arrow = f"{label[:3]} the same, to Arrow (iter_batches)"
        print(f"ratio {to_arrow:<45} arrow / csv.reader {ratio:5.2f}x  ({speed:,.0f} lines/s)")
    summary_bound(files["(e) 電話番号別ご利用料金, distinct amounts"][0], repeat)

    listed = users(lines, none_every=1024)
    rows = [["" if value is None else value for value in user] for user in listed]

    def ours() -> None:
        deque(write(listed, USER_LIST), maxlen=0)

    def theirs() -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)
        buffer.getvalue().encode("cp932")

    spent = median_of(repeat, {"telcobiz": ours, "csv": theirs})
    print(
        f"ratio {'(g) write 利用者IDリスト, a None per 1,024':<45} write / csv.writer"
        f" {spent['csv'] / spent['telcobiz']:5.2f}x  ({lines / spent['telcobiz']:,.0f} records/s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000, help="data lines (1,000,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; best is kept")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory comparison")
    parser.add_argument(
        "--realistic-only", action="store_true", help="only the realistic files (d)-(g)"
    )
    args = parser.parse_args()
    lines = args.lines
    print(f"load average before: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")

    print(f"generating {min(lines, POOL):,} distinct records …", flush=True)
    records = generate(min(lines, POOL))
    if args.realistic_only:
        realistic(records, lines, max(args.repeat, 5))
        print(f"load average after: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        return
    with tempfile.TemporaryDirectory(prefix="telcobiz-bench-") as directory:
        path = Path(directory) / "calls.csv"

        def write_file() -> None:
            with path.open("wb") as stream:
                stream.writelines(write(_lines(records, lines), CALL_DETAIL))

        seconds = best_of(args.repeat, {"write": write_file})["write"]
        size = path.stat().st_size
        print(f"file: {lines:,} lines, {size / 1e6:.1f} MB CP932")
        print(f"write   {lines / seconds:>12,.0f} lines/s  {size / seconds / 1e6:6.1f} MB/s")

        # (a) from the file: read decodes, splits, checks and types; csv.reader decodes
        #     through open(encoding="cp932") and splits.
        # (b) the same str for both; csv.reader finds the lines through io.StringIO.
        # (c) csv.reader over ready-made lines: the bare split, its best case.
        text = path.read_text(encoding="cp932")
        decoded = text.splitlines(keepends=True)
        best = best_of(
            args.repeat,
            {
                "(a) read(file), typed records": lambda: read_typed(path),
                "(a) csv.reader(open(encoding='cp932'))": lambda: read_stdlib_file(path),
                "(b) read(text), typed records": lambda: deque(read(text, CALL_DETAIL), maxlen=0),
                "(b) csv.reader(io.StringIO(text))": lambda: deque(
                    csv.reader(io.StringIO(text, newline="")), maxlen=0
                ),
                "(c) csv.reader(list of text lines)": lambda: deque(csv.reader(decoded), maxlen=0),
            },
        )
        text = ""
        decoded.clear()
        for name, seconds in best.items():
            print(f"{name:<40} {lines / seconds:>12,.0f} lines/s  {size / seconds / 1e6:6.1f} MB/s")
        typed, stdlib, typed_text, string_io, split_lines = best.values()
        for label, theirs, ours in (
            ("(a) typed read / csv.reader, from the file", stdlib, typed),
            ("(b) typed read / csv.reader, the same str", string_io, typed_text),
            ("(c) typed read / csv.reader, lines split for it", split_lines, typed_text),
        ):
            print(f"ratio {label:<50} {theirs / ours:.2f}x")
        if args.no_memory:
            realistic(records, lines, max(args.repeat, 5))
            return

        big = Path(directory) / "calls10.csv"
        with path.open("rb") as source:
            header = source.readline()
            body = source.read()
        with big.open("wb") as target:
            target.write(header)
            for _ in range(10):
                target.write(body)
        del body
        small_peak, small_count = peak_memory(path)
        big_peak, big_count = peak_memory(big)
        for count, peak in ((small_count, small_peak), (big_count, big_peak)):
            print(f"peak memory of read, {count:>11,} lines: {peak / 1e6:6.2f} MB (tracemalloc)")
    realistic(records, lines, max(args.repeat, 5))
    print(f"load average after: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")


if __name__ == "__main__":
    main()
