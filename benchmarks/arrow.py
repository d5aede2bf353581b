"""Benchmark: Arrow batches from 通話明細 files stay flat in memory as the file grows.

A plain script, not a test. It writes CP932 call-detail files of ``--lines`` and four times as
many lines (full-width areas, 番号案内 counts, negative amounts) to a temporary directory, and
reads each, in a fresh subprocess per measurement, two ways:

* ``iter_batches``: ``telcobiz.csvformats.arrow.iter_batches(file, CALL_DETAIL)``, every
  batch dropped once seen (what a consumer writing Parquet or feeding DuckDB does);
* the named alternative, ``pyarrow.Table.from_pylist(read(file).to_rows())``: every record
  in memory as dicts, then one table.

For each it prints the peak of Python allocations (``tracemalloc``), the peak of Arrow's
memory pool (``pyarrow.default_memory_pool().max_memory()``; tracemalloc does not see Arrow
buffers), the peak RSS, and lines/s; ``--repeat`` interleaved rounds, medians. Flat memory
means the peaks of ``iter_batches`` barely move between the two files while the
alternative's grow about fourfold. The load average is printed: other test suites share the
two cores, so the speeds are noisy; the memory figures are not.

    python benchmarks/arrow.py
    python benchmarks/arrow.py --lines 50000 --repeat 3
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/ holds calendar.py and csv.py: keep them from shadowing the stdlib modules.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import os
import statistics
import subprocess
import tempfile
from datetime import date, time, timedelta
from itertools import cycle, islice

from telcobiz import Yen
from telcobiz.csvformats import CALL_DETAIL, CallCount, CallDetail, CallDuration, LineKind, write

MEASURE = """
import resource, sys, time, tracemalloc
import pyarrow as pa
from telcobiz.csvformats import CALL_DETAIL, read
from telcobiz.csvformats.arrow import iter_batches
path, way = sys.argv[1], sys.argv[2]
tracemalloc.start()
start = time.perf_counter()
with open(path, "rb") as source:
    if way == "iter_batches":
        rows = 0
        for batch in iter_batches(source, CALL_DETAIL, batch_size=65_536):
            rows += batch.num_rows
    else:
        rows = pa.Table.from_pylist(read(source, CALL_DETAIL).to_rows()).num_rows
seconds = time.perf_counter() - start
python_peak = tracemalloc.get_traced_memory()[1]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(rows, seconds, python_peak, pa.default_memory_pool().max_memory(), rss)
"""

WAYS = ("iter_batches", "Table.from_pylist(to_rows())")
AREAS = ("東京", "大阪", "名古屋市", "IP電話", "携帯電話", "横浜")


def records(pool: int = 5_000) -> list[CallDetail]:
    """A pool of varied, valid records (the file cycles through them)."""
    found = []
    for n in range(pool):
        day = date(2017, 11, 1) + timedelta(days=n % 30)
        start = time(n % 24, n % 60, n % 60, (n % 10) * 100_000)
        if n % 97 == 0:
            duration: CallDuration | CallCount = CallCount(1 + n % 5)
            called, area, kind, charge = "104", "番号案内", "番号案内", Yen(60 * (1 + n % 5))
        else:
            duration = CallDuration(1 + n % 36_000)
            called, area, kind = f"03{n % 100_000_000:08d}", AREAS[n % len(AREAS)], "国内呼"
            charge = Yen(f"{(n % 900) - (n % 7 == 0) * 95}.{n % 100:02d}")
        found.append(
            CallDetail(
                f"050{n % 100_000_000:08d}",
                day,
                start,
                called,
                area,
                duration,
                LineKind.EXTERNAL,
                kind,
                charge,
            )
        )
    return found


def write_file(path: Path, lines: int, pool: list[CallDetail]) -> None:
    with path.open("wb") as out:
        for chunk in write(islice(cycle(pool), lines), CALL_DETAIL):
            out.write(chunk)


def measure(path: Path, way: str) -> tuple[int, float, int, int, int]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path), way],
        capture_output=True,
        text=True,
        check=True,
    )
    rows, seconds, python_peak, arrow_peak, rss = done.stdout.split()
    return int(rows), float(seconds), int(python_peak), int(arrow_peak), int(rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000, help="small file (default 200k)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (default 3)")
    args = parser.parse_args()
    pool = records()
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for lines in (args.lines, 4 * args.lines):
            files[lines] = Path(folder) / f"calls-{lines}.csv"
            write_file(files[lines], lines, pool)
        results: dict[tuple[int, str], list[tuple[int, float, int, int, int]]] = {}
        for _ in range(args.repeat):
            for lines, path in files.items():
                for way in WAYS:  # interleaved
                    results.setdefault((lines, way), []).append(measure(path, way))
            loads.append(os.getloadavg()[0])
        sizes = {lines: path.stat().st_size for lines, path in files.items()}
    print(
        f"{args.repeat} interleaved rounds, medians;"
        f" load average {min(loads):.1f}..{max(loads):.1f} on 2 cores"
    )
    header = f"{'lines':>9} {'MB':>6} {'way':<30} {'lines/s':>9} {'py MiB':>7}"
    print(header + f" {'arrow MiB':>9} {'RSS MiB':>8}")
    peaks: dict[tuple[int, str], float] = {}
    speeds: dict[tuple[int, str], float] = {}
    for (lines, way), runs in results.items():
        assert all(run[0] == lines for run in runs), "a line was lost"
        seconds = statistics.median(run[1] for run in runs)
        python_peak = statistics.median(run[2] for run in runs) / 2**20
        arrow_peak = statistics.median(run[3] for run in runs) / 2**20
        rss = statistics.median(run[4] for run in runs) / 2**20
        peaks[lines, way] = python_peak + arrow_peak
        speeds[lines, way] = lines / seconds
        print(
            f"{lines:>9} {sizes[lines] / 1e6:6.1f} {way:<30} {lines / seconds:9.0f}"
            f" {python_peak:7.1f} {arrow_peak:9.1f} {rss:8.1f}"
        )
    small, large = args.lines, 4 * args.lines
    for way in WAYS:
        growth = peaks[large, way] / peaks[small, way]
        print(f"{way}: peak (Python + Arrow) grows {growth:.2f}x for a 4x file")
    ratio = peaks[large, WAYS[1]] / peaks[large, WAYS[0]]
    speed = speeds[large, WAYS[0]] / speeds[large, WAYS[1]]
    print(f"at {large} lines iter_batches peaks {ratio:.1f}x lower, at {speed:.2f}x the speed")


if __name__ == "__main__":
    main()
