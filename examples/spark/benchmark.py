"""Rows per second of the Spark job with 1 and 2 local workers, and of telcobiz read alone.

The same generated folder of 通話明細 files is read three ways, in interleaved rounds: by
telcobiz's ``read`` single-threaded in this process (the alternative: what a script without
Spark does, adding up the same monthly charges), and by the Spark job (:mod:`cdr_job`) in a
``local[1]`` and a ``local[2]`` session. Each Spark session is started, warmed up on a small
folder (so that its Python workers exist) and then timed on the whole folder, start-up
excluded. Medians of the rounds are printed, with the load average before and after, since
other programs on the machine change the numbers.

    python -m examples.spark.benchmark [--files 16] [--lines 20000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import warnings
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from statistics import median

from examples.spark import cdr_files, cdr_job

from telcobiz.csvformats import CALL_DETAIL, read


def _read_alone(paths: list[Path]) -> int:
    """The job's answer without Spark: one file after another; return the lines read."""
    charges: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    lines = 0
    for path in paths:
        with path.open("rb") as file:
            stream = read(file, CALL_DETAIL, errors="collect")
            for call in stream:
                charges[call.phone_number, str(call.billing_month())] += call.charge.amount
        lines += stream.report.accepted + stream.report.rejected
    return lines


def _spark(workers: int, folder: Path, warm_up: Path) -> float:
    """Seconds of one job run on ``folder`` in a fresh local[workers] session."""
    spark = cdr_job.spark_session(workers, app_name=f"telcobiz-benchmark-{workers}")
    try:
        cdr_job.run(spark, warm_up)
        started = time.perf_counter()
        result = cdr_job.run(spark, folder)
        elapsed = time.perf_counter() - started
    finally:
        spark.stop()
    assert result.records + result.rejected_lines > 0
    return elapsed


def main() -> None:
    """Generate the folder, run the rounds, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--lines", type=int, default=20_000, help="records per file")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    # pyspark 4 says on every Arrow call that it is not yet tested with pandas 3 (unused here)
    warnings.filterwarnings("ignore", "PySpark does not yet fully support", FutureWarning)
    with tempfile.TemporaryDirectory() as tmp:
        folder, warm_up = Path(tmp) / "calls", Path(tmp) / "warm-up"
        # A real download is mostly clean: one broken line in 5,000 (telcobiz reads the batch that
        # holds it line by line, its careful path).
        files = cdr_files.generate_files(count=args.files, lines=args.lines, bad_every=5000)
        paths = cdr_files.write_files(files, folder)
        cdr_files.write_files(cdr_files.generate_files(count=2, lines=100), warm_up)
        rows = sum(file.records + file.broken for file in files)
        megabytes = sum(len(file.data) for file in files) / 1e6
        print(f"{args.files} files, {rows:,} lines, {megabytes:.0f} MB; {os.cpu_count()} cores")
        load_before = os.getloadavg()
        seconds: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.rounds):
            started = time.perf_counter()
            assert _read_alone(paths) == rows
            seconds["read alone"].append(time.perf_counter() - started)
            for workers in (1, 2):
                seconds[f"spark local[{workers}]"].append(_spark(workers, folder, warm_up))
            print(" ".join(f"{name} {times[-1]:.1f}s" for name, times in seconds.items()))
        load_after = os.getloadavg()
    rates = {name: rows / median(times) for name, times in seconds.items()}
    for name, rate in rates.items():
        print(f"{name:>16}: {rate:>9,.0f} rows/s (median of {args.rounds})")
    two, one = rates["spark local[2]"], rates["spark local[1]"]
    print(
        f"local[2] / local[1]: {two / one:.2f}; local[2] / read alone: "
        f"{two / rates['read alone']:.2f}"
    )
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")


if __name__ == "__main__":
    main()
