"""Fleet quotes priced per group against a naive per-device loop, in one run (issue 4).

Run: ``python benchmarks/pricing.py [--devices 1000000] [--seed 20261122]``

Two fleets of the same ``--devices`` devices (a million by default): 10 groups, and 10,000
groups. For each it times

- ``quote`` of one billing month and a 36-month ``project`` (best of a few runs);
- a naive per-device loop over the same fleet, expanded to one record per device: for each
  device, its basic fee by month number (start month free), the Basic Pack price while IDs
  last, each option, and the tax once at the end. It computes the total only (no lines, no
  citations), so it is the cheapest per-device baseline, and the script checks that it gives
  the same total as ``quote``. The 36-month naive figure is 36 one-month loops, estimated
  from the one-month time (running it would take minutes).

It also prices the same number of groups with 1,000 devices and with one device each: by
design the cost depends on the number of groups, not devices. Then, at 10,000 groups of 10
devices (where per-group work shows most), the median of ``--rounds`` interleaved runs of
``quote``, the naive loop, and ``quote`` with one Smart Value line per group.

Targets: ``quote`` >= 100x the naive loop at a million devices (issue 4); at 10,000 groups of
10 devices ``quote`` >= 1x the naive loop and, with one Smart Value line per group, <= 2x the
same quote without them (issue 18). The load average is printed before and after: the
figures are noisy on a shared machine. Tests never assert timings; this script prints them.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/calendar.py shadows the stdlib module of that name: keep this folder off the path.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]

import argparse  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import date  # noqa: E402
from typing import Any  # noqa: E402

import attrs  # noqa: E402

from telcobiz import Rounding, YearMonth, Yen, consumption_tax_rate  # noqa: E402
from telcobiz.pricing import (  # noqa: E402
    DeviceGroup,
    DmpOption,
    Fleet,
    SmartValueLine,
    project,
    quote,
)
from telcobiz.pricing.tables import dmp_price_list  # noqa: E402

MONTH = YearMonth(2026, 12)
MONTHS = 36


def make_fleet(groups: int, devices: int, rng: random.Random) -> Fleet:
    """``groups`` groups sharing ``devices`` devices, mixed OS, options and start months."""
    per_group, extra = divmod(devices, groups)
    made = []
    for index in range(groups):
        os = rng.choice(["android", "ios"])
        options = (
            rng.sample(["backup", "message", "virus", "internet"], rng.randint(0, 2))
            if os == "android"
            else rng.sample(["message"], rng.randint(0, 1))
        )
        start = date(2026, rng.randint(1, 12), rng.randint(1, 28))  # some in their free month
        count = per_group + (1 if index < extra else 0)
        made.append(DeviceGroup(f"g{index:05d}", os, count, start, options=options))
    return Fleet(made)


def naive_total(
    devices: list[tuple[YearMonth, tuple[DmpOption, ...]]], month: YearMonth, basic_pack_ids: int
) -> Yen:
    """The per-device loop: one device at a time, Yen arithmetic, tax once at the end."""
    prices = dmp_price_list(month.first_day)
    subtotal, ids = Yen.ZERO, basic_pack_ids
    for start, options in devices:
        number = month.months_since(start) + 1
        if number < 1:
            continue
        if number == 1:
            subtotal += prices.initial_fee.amount
        fee = prices.basic.price_at(number)
        if ids and prices.basic_pack.amount < fee:
            fee, ids = prices.basic_pack.amount, ids - 1
        subtotal += fee
        for option in options:
            subtotal += prices.option(option).amount
    tax = (subtotal * consumption_tax_rate(month.first_day)).rounded(Rounding.FLOOR)
    return subtotal + tax


def expand(fleet: Fleet) -> list[tuple[YearMonth, tuple[DmpOption, ...]]]:
    """One record per device: its start month and the options it takes."""
    records = []
    for group in fleet:
        for device in range(group.count):
            taken = tuple(o.option for o in group.options if device < group.option_count(o.option))
            records.append((group.start_month, taken))
    return records


def best(run: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    """Best wall time of ``repeats`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeats):
        began = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - began)
    return min(times), result


def interleaved(rounds: int, *runs: Callable[[], Any]) -> list[float]:
    """Median seconds of each run, the runs taking turns ``rounds`` times."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(rounds):
        for run, spent in zip(runs, times, strict=True):
            began = time.perf_counter()
            run()
            spent.append(time.perf_counter() - began)
    return [statistics.median(spent) for spent in times]


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def small_groups(rounds: int, rng: random.Random) -> None:
    """10,000 groups of 10 devices: quote vs the naive loop, and with Smart Value lines."""
    fleet = make_fleet(10_000, 100_000, rng)
    ids = 25_000
    lines = [SmartValueLine(group.name, Yen(rng.randint(500, 6000)), "2026-01") for group in fleet]
    devices = expand(fleet)
    bill = quote(fleet, MONTH, basic_pack_ids=ids)
    assert naive_total(devices, MONTH, ids) == bill.total
    with_sv = quote(fleet, MONTH, basic_pack_ids=ids, smart_value=lines)
    quote_s, naive_s, sv_s = interleaved(
        rounds,
        lambda: quote(fleet, MONTH, basic_pack_ids=ids),
        lambda: naive_total(devices, MONTH, ids),
        lambda: quote(fleet, MONTH, basic_pack_ids=ids, smart_value=lines),
    )
    print(
        f"\n10,000 groups of 10 devices ({len(bill.lines):,} lines; {len(with_sv.lines):,} with"
        f" one Smart Value line per group), medians of {rounds} interleaved runs:"
    )
    print(f"  quote, one month                {ms(quote_s)}")
    print(f"  naive per-device loop           {ms(naive_s)}")
    print(f"  quote with Smart Value lines    {ms(sv_s)}")
    print(f"  ratio naive/quote                     {naive_s / quote_s:8.2f}x  (target >= 1x)")
    print(f"  ratio with/without Smart Value        {sv_s / quote_s:8.2f}x  (target <= 2x)")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:10.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    ids = args.devices // 4

    print(
        f"telcobiz pricing benchmark: {args.devices:,} devices, billing month {MONTH},"
        f" {ids:,} Basic Pack IDs, Python {sys.version.split()[0]}"
    )
    print(f"before: {load()}")
    small_groups(args.rounds, rng)
    for groups in (10, 10_000):
        fleet = make_fleet(groups, args.devices, rng)
        quote_s, bill = best(lambda f=fleet: quote(f, MONTH, basic_pack_ids=ids), 5)
        project_s, _ = best(
            lambda f=fleet: project(f, MONTH, MONTHS, basic_pack_ids=ids), 3 if groups < 1000 else 2
        )
        devices = expand(fleet)
        naive_s, naive = best(lambda d=devices: naive_total(d, MONTH, ids), 1)
        assert naive == bill.total, (naive, bill.total)
        print(
            f"\n{groups:,} groups ({fleet.devices:,} devices, {len(bill.lines):,} quote lines,"
            f" total {bill.total})"
        )
        print(f"  quote, one month       {ms(quote_s)}")
        print(f"  project, {MONTHS} months     {ms(project_s)}")
        print(f"  naive per-device loop  {ms(naive_s)}  (one month)")
        print(f"  naive, {MONTHS} months (est.)  {ms(naive_s * MONTHS)}")
        print(f"  ratio quote/naive            {naive_s / quote_s:10.0f}x  (target >= 100x)")
        print(f"  ratio project/naive-36       {naive_s * MONTHS / project_s:10.0f}x")

    groups = 1_000
    wide = make_fleet(groups, groups * 1_000, rng)
    ones = Fleet(attrs.evolve(group, count=1) for group in wide)
    big_s, _ = best(lambda: quote(wide, MONTH, basic_pack_ids=ids), 5)
    one_s, _ = best(lambda: quote(ones, MONTH, basic_pack_ids=ids), 5)
    print(
        f"\n{groups:,} groups of 1,000 devices vs of one device: {ms(big_s)} vs {ms(one_s)}"
        f" (ratio {big_s / one_s:.2f})"
    )
    print(f"\nafter: {load()}")


if __name__ == "__main__":
    main()
