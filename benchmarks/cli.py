"""How fast the command line starts, against ``python -c "import telcobiz"``, in one run.

Run: ``python benchmarks/cli.py [--runs 30]``

Each round starts, in fresh processes and in turn, ``python -c "import telcobiz"`` (the
alternative: the least any command must pay) and each command below, so that a burst of load
on the machine hits all of them alike; the script prints the median wall time of each and its
ratio to the import. The ``telcobiz`` console script next to this Python is used when it
exists (what a user types), else ``python -m telcobiz``.

Target (issue 17): ``telcobiz quote …`` within 1.6x of ``python -c "import telcobiz"``: the
command line imports an area's module only when that area is chosen. Tests never assert
timings; this script prints them, with the machine's load average before and after.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUOTE = [
    "quote",
    "--android",
    "80",
    "--ios",
    "40",
    "--option",
    "android:backup",
    "--option",
    "all:message",
    "--start",
    "2026-11-05",
    "--month",
    "2026-12",
    "--basic-pack-ids",
    "50",
]
COMMANDS = {
    "telcobiz quote (the README's example)": QUOTE,
    "telcobiz quote --json": [*QUOTE, "--json"],
    "telcobiz days add 2026-11-02 5": ["days", "add", "2026-11-02", "5"],
    "telcobiz --help": ["--help"],
}
_EAGER_NAME = "quote, every area imported first (before)"
_EAGER = (
    "import importlib, sys; from telcobiz.cli import AREAS, main;"
    " [importlib.import_module(area.module) for area in AREAS]; sys.exit(main(sys.argv[1:]))"
)


def telcobiz_command() -> list[str]:
    """The console script beside this interpreter, else ``python -m telcobiz``."""
    script = Path(sys.executable).with_name("telcobiz")
    found = script if script.exists() else shutil.which("telcobiz")
    return [str(found)] if found else [sys.executable, "-m", "telcobiz"]


def wall_time(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="interleaved rounds (default 30)")
    options = parser.parse_args()
    telcobiz = telcobiz_command()
    baseline = [sys.executable, "-c", "import telcobiz"]
    # What the command line did before issue 17: import every area, then parse the arguments.
    eager = [sys.executable, "-c", _EAGER, *QUOTE]
    runs: dict[str, list[float]] = {"python -c 'import telcobiz'": []}
    runs.update({name: [] for name in COMMANDS})
    runs[_EAGER_NAME] = []
    load_before = os.getloadavg()
    for argv in [baseline, eager, *([*telcobiz, *args] for args in COMMANDS.values())]:
        wall_time(argv)  # warm the file cache and the .pyc files
    for _ in range(options.runs):
        runs["python -c 'import telcobiz'"].append(wall_time(baseline))
        for name, args in COMMANDS.items():
            runs[name].append(wall_time([*telcobiz, *args]))
        runs[_EAGER_NAME].append(wall_time(eager))
    load_after = os.getloadavg()
    medians = {name: statistics.median(times) for name, times in runs.items()}
    base = medians["python -c 'import telcobiz'"]
    print(f"{options.runs} interleaved rounds; command: {' '.join(telcobiz)}")
    print(f"load average (1, 5, 15 min): before {load_before}, after {load_after}")
    for name, median in medians.items():
        print(f"{name:<44} median {median * 1000:7.1f} ms  {median / base:5.2f}x the import")
    ratio = medians["telcobiz quote (the README's example)"] / base
    eager_ratio = medians[_EAGER_NAME] / medians["telcobiz quote (the README's example)"]
    print(f"lazy areas: quote starts {eager_ratio:.2f}x faster than with every area imported")
    print(f"ratio: telcobiz quote / python -c 'import telcobiz' = {ratio:.2f}x (target <= 1.6x)")


if __name__ == "__main__":
    main()
