"""Calendar speed against numpy's busday functions and a naive jpholiday loop, in one run.

Run: ``python benchmarks/calendar.py [--inputs 100000] [--rounds 7] [--seed 20261122]``

Every figure is the median of ``--rounds`` interleaved runs (telcobiz, then its alternative,
then telcobiz again...), so a burst of load on a shared machine hits both sides alike; the
load average is printed before and after. Targets (issues 2 and 18):

- cold start: in a fresh process, the first ``add_business_days`` plus
  ``count_business_days(1971-01-01, 2099-12-31)`` after ``import telcobiz``: < 5 ms;
- scalar ``add_business_days(d, 20)`` / ``count_business_days``: >= 40x a naive day loop
  over ``jpholiday.is_holiday`` and >= 3x scalar ``numpy.busday_offset`` / ``busday_count``;
- arrays of ``--inputs`` dates: ``add_business_days``, ``count_business_days`` and
  ``is_business_day`` >= 0.8x ``numpy.busday_offset`` / ``busday_count`` / ``is_busday`` on
  the same holidays (the answers are checked equal);
- a count over 10,000 business days costs what a short one does (O(1) in the span).

Tests never assert timings; this script prints them.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the stdlib `calendar` module, which jpholiday imports: take the
# benchmarks folder off the import path before anything else is imported.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]

import argparse  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import date, timedelta  # noqa: E402

import jpholiday  # noqa: E402
import numpy as np  # noqa: E402

from telcobiz import BusinessCalendar  # noqa: E402

N = 20
COLD = """
import time
started = time.perf_counter()
import telcobiz
from datetime import date
imported = time.perf_counter()
cal = telcobiz.BusinessCalendar()
cal.add_business_days(date(2026, 11, 2), 5)
cal.count_business_days(date(1971, 1, 1), date(2099, 12, 31))
done = time.perf_counter()
cal.add_business_days(date(2026, 11, 2), 5)
cal.count_business_days(date(1971, 1, 1), date(2099, 12, 31))
warm = time.perf_counter() - done
print(imported - started, done - imported, warm)
"""


def naive_is_business_day(day: date) -> bool:
    if day.weekday() >= 5 or jpholiday.is_holiday(day):
        return False
    return not ((day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3))


def naive_add(day: date, n: int) -> date:
    while n:
        day += timedelta(days=1)
        if naive_is_business_day(day):
            n -= 1
    return day


def interleaved(rounds: int, *runs: Callable[[], object]) -> list[float]:
    """Median seconds of each run, the runs taking turns ``rounds`` times."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(rounds):
        for run, spent in zip(runs, times, strict=True):
            started = time.perf_counter()
            run()
            spent.append(time.perf_counter() - started)
    return [statistics.median(spent) for spent in times]


def ratio(label: str, ours: float, theirs: float, target: str) -> None:
    print(f"  {label:<52} {theirs / ours:7.2f}x  (target {target})")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def cold_start(rounds: int) -> None:
    runs = []
    for _ in range(rounds):
        out = subprocess.run(
            [sys.executable, "-c", COLD], capture_output=True, text=True, check=True
        ).stdout.split()
        runs.append([float(value) * 1000 for value in out])
    imported, first, warm = (statistics.median(column) for column in zip(*runs, strict=True))
    print(f"\ncold start, {rounds} fresh processes (medians):")
    print(f"  import telcobiz                                      {imported:8.1f} ms")
    print(
        f"  first add + count(1971-01-01, 2099-12-31)            {first:8.2f} ms  (target < 5 ms)"
    )
    print(f"  the same calls again, warm                           {warm:8.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    print(f"telcobiz calendar benchmark, Python {sys.version.split()[0]}, numpy {np.__version__}")
    print(f"before: {load()}")
    cold_start(args.rounds)

    rng = random.Random(args.seed)
    # Far enough from 1970 and 2099 that 400 business days either way stay inside.
    first, last = date(1972, 1, 1).toordinal(), date(2097, 12, 31).toordinal()
    days = [date.fromordinal(rng.randint(first, last)) for _ in range(args.inputs)]
    ends = [date.fromordinal(rng.randint(first, last)) for _ in range(args.inputs)]
    cal = BusinessCalendar()
    npcal = cal.to_numpy_busdaycalendar()
    add, count = cal.add_business_days, cal.count_business_days
    offset, busday_count = np.busday_offset, np.busday_count

    # Scalars: the same dates as date objects (ours) and as numpy scalars (numpy's).
    np_days = [np.datetime64(day, "D") for day in days]
    one = np.timedelta64(1, "D")
    naive_slice = max(1, args.inputs // 100)
    for day in days[:naive_slice]:  # warm jpholiday's own per-date cache, as a fair baseline
        naive_add(day, N)
    ours, loop, scalar = interleaved(
        args.rounds,
        lambda: [add(d, N) for d in days],
        lambda: [naive_add(d, N) for d in days[:naive_slice]],
        lambda: [offset(d, N, roll="backward", busdaycal=npcal) for d in np_days],
    )
    print(f"\nscalar add_business_days(d, {N}), {args.inputs:,} random dates 1972-2097:")
    ratio(
        "vs naive jpholiday day loop (per call)", ours, loop * args.inputs / naive_slice, ">= 40x"
    )
    ratio("vs scalar numpy.busday_offset", ours, scalar, ">= 3x")

    pairs = list(zip(days, [add(d, N) for d in days], strict=True))
    np_pairs = [(np.datetime64(a, "D") + one, np.datetime64(b, "D") + one) for a, b in pairs]
    ours, scalar = interleaved(
        args.rounds,
        lambda: [count(a, b) for a, b in pairs],
        lambda: [busday_count(a, b, busdaycal=npcal) for a, b in np_pairs],
    )
    print(f"scalar count_business_days(d, d + {N} business days):")
    ratio("vs scalar numpy.busday_count", ours, scalar, ">= 3x")

    long_pairs = [(d, add(d, 10_000)) for d in days[: args.inputs // 10] if d.year < 2050]
    np_long = [(np.datetime64(a, "D") + one, np.datetime64(b, "D") + one) for a, b in long_pairs]
    ours_long, numpy_long = interleaved(
        args.rounds,
        lambda: [count(a, b) for a, b in long_pairs],
        lambda: [busday_count(a, b, busdaycal=npcal) for a, b in np_long],
    )
    per = 1e6 / len(long_pairs)
    print(
        f"scalar count over 10,000 business days: {ours_long * per:.2f} µs a call"
        f" (numpy {numpy_long * per:.2f} µs)"
    )
    ratio("vs scalar numpy.busday_count", ours_long, numpy_long, "flat in the span")

    # Arrays: datetime64[D] in, numpy out; answers checked equal first.
    array = np.array(days, dtype="datetime64[D]")
    end_array = np.array(ends, dtype="datetime64[D]")
    steps = np.array([rng.randint(-400, 400) or 1 for _ in days])
    rolls = np.where(steps > 0, "backward", "forward")
    forward, backward = steps > 0, steps < 0
    low, high = np.minimum(array, end_array), np.maximum(array, end_array)
    sign = np.where(array <= end_array, 1, -1)

    def numpy_add() -> object:
        out = np.empty_like(array)
        out[forward] = offset(array[forward], steps[forward], roll="backward", busdaycal=npcal)
        out[backward] = offset(array[backward], steps[backward], roll="forward", busdaycal=npcal)
        return out

    assert rolls.size == array.size
    assert np.array_equal(add(array, steps), numpy_add())
    assert np.array_equal(add(array, N), offset(array, N, roll="backward", busdaycal=npcal))
    numpy_counts = sign * busday_count(low + one, high + one, busdaycal=npcal)
    assert np.array_equal(count(array, end_array), numpy_counts)
    assert np.array_equal(cal.is_business_day(array), np.is_busday(array, busdaycal=npcal))
    print(f"\narrays of {args.inputs:,} dates (datetime64[D]), answers equal to numpy's:")
    ours, theirs = interleaved(
        args.rounds,
        lambda: add(array, N),
        lambda: offset(array, N, roll="backward", busdaycal=npcal),
    )
    ratio(f"add_business_days(days, {N}) vs busday_offset", ours, theirs, ">= 0.8x")
    ours, theirs = interleaved(args.rounds, lambda: add(array, steps), numpy_add)
    ratio("add_business_days(days, steps -400..400) vs busday_offset", ours, theirs, ">= 0.8x")
    ours, theirs = interleaved(
        args.rounds,
        lambda: count(array, end_array),
        lambda: busday_count(array + one, end_array + one, busdaycal=npcal),
    )
    ratio("count_business_days(starts, ends) vs busday_count", ours, theirs, ">= 0.8x")
    ours, theirs = interleaved(
        args.rounds,
        lambda: cal.is_business_day(array),
        lambda: np.is_busday(array, busdaycal=npcal),
    )
    ratio("is_business_day(days) vs is_busday", ours, theirs, ">= 0.8x")
    print(f"\nafter: {load()}")


if __name__ == "__main__":
    main()
