"""Calendar arithmetic against a naive jpholiday day loop and scalar numpy, in one run.

Run: ``python benchmarks/calendar.py [--inputs 100000] [--seed 20261122]``

The same random (date, n=20) inputs, dates from 1971 to 2098, go to:

- ``BusinessCalendar.add_business_days`` / ``count_business_days`` (input validation on);
- a naive loop that steps one day at a time and asks ``jpholiday.is_holiday`` (plus weekends
  and the 12-29..01-03 closure), the code telcobiz replaces;
- scalar ``numpy.busday_offset`` / ``numpy.busday_count`` calls with the same holidays.

Targets (issue 2): add and count >= 40x the naive loop and >= 3x scalar numpy; ``import
telcobiz`` adds under 50 ms next to ``import jpholiday``. Tests never assert timings; this
script prints them.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the stdlib `calendar` module, which jpholiday imports: take the
# benchmarks folder off the import path before anything else is imported.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]

import argparse  # noqa: E402
import random  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import date, timedelta  # noqa: E402

import jpholiday  # noqa: E402
import numpy as np  # noqa: E402

from telcobiz import BusinessCalendar  # noqa: E402

N = 20
REPEATS = 3


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


def naive_count(start: date, end: date) -> int:
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += naive_is_business_day(day)
    return count


def rate(label: str, fn: Callable[[], object], calls: int) -> float:
    seconds = float("inf")
    for _ in range(REPEATS):  # best of several: the machine may be busy with other work
        started = time.perf_counter()
        fn()
        seconds = min(seconds, time.perf_counter() - started)
    per_second = calls / seconds
    print(f"  {label:<42} {per_second:>14,.0f} ops/s  ({seconds:.3f} s)")
    return per_second


def import_ms(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    return min(runs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    first, last = date(1971, 1, 1).toordinal(), date(2098, 12, 1).toordinal()
    days = [date.fromordinal(rng.randint(first, last)) for _ in range(args.inputs)]

    cal = BusinessCalendar()
    started = time.perf_counter()
    holidays = cal.holidays(date(1971, 1, 1), date(2099, 12, 31))
    print(
        f"one-time table build 1971-2099: {time.perf_counter() - started:.2f} s (jpholiday reads)"
    )
    npcal = np.busdaycalendar(weekmask=cal.weekmask, holidays=holidays)
    np_days = [np.datetime64(day) for day in days]
    ends = [cal.add_business_days(day, N) for day in days]
    np_ends = [np.datetime64(day + timedelta(days=1)) for day in ends]
    np_starts = [np.datetime64(day + timedelta(days=1)) for day in days]

    # The naive loop is slow: time it on a slice and scale, so the run stays short.
    naive_slice = max(1, args.inputs // 10)
    for day in days[:naive_slice]:  # warm jpholiday's own per-date cache, as a fair baseline
        naive_add(day, N)

    add = cal.add_business_days
    count = cal.count_business_days
    offset = np.busday_offset
    busday_count = np.busday_count

    print(f"\nadd_business_days(d, {N}) on {args.inputs:,} random dates:")
    ours = rate("telcobiz BusinessCalendar", lambda: [add(d, N) for d in days], args.inputs)
    loop = rate(
        f"naive jpholiday day loop ({naive_slice:,} inputs)",
        lambda: [naive_add(d, N) for d in days[:naive_slice]],
        naive_slice,
    )
    scalar = rate(
        "scalar numpy.busday_offset",
        lambda: [offset(d, N, roll="backward", busdaycal=npcal) for d in np_days],
        args.inputs,
    )
    print(f"  ratio vs naive loop: {ours / loop:6.1f}x (target >= 40x)")
    print(f"  ratio vs scalar numpy: {ours / scalar:6.1f}x (target >= 3x)")

    print(f"\ncount_business_days(d, d + {N} business days) on {args.inputs:,} pairs:")
    pairs = list(zip(days, ends, strict=True))
    ours_c = rate("telcobiz BusinessCalendar", lambda: [count(a, b) for a, b in pairs], args.inputs)
    loop_c = rate(
        f"naive jpholiday day loop ({naive_slice:,} inputs)",
        lambda: [naive_count(a, b) for a, b in pairs[:naive_slice]],
        naive_slice,
    )
    np_pairs = list(zip(np_starts, np_ends, strict=True))
    scalar_c = rate(
        "scalar numpy.busday_count",
        lambda: [busday_count(a, b, busdaycal=npcal) for a, b in np_pairs],
        args.inputs,
    )
    print(f"  ratio vs naive loop: {ours_c / loop_c:6.1f}x (target >= 40x)")
    print(f"  ratio vs scalar numpy: {ours_c / scalar_c:6.1f}x (target >= 3x)")

    telcobiz_ms, jpholiday_ms = import_ms("telcobiz"), import_ms("jpholiday")
    print(
        f"\nimport telcobiz: {telcobiz_ms:.1f} ms; "
        f"import jpholiday: {jpholiday_ms:.1f} ms (best of 5)"
    )
    print(f"  telcobiz adds {telcobiz_ms - jpholiday_ms:.1f} ms over jpholiday (target < 50 ms)")


if __name__ == "__main__":
    main()
