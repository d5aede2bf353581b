"""Run the public-API fuzz of tests/test_fuzz_public_api.py long, and print its figure.

    python benchmarks/fuzz.py --inputs 200000 [--seed 1] [--only telcobiz.policy]

Every public callable gets the same share of the inputs (at least one). The walk, the pool of
values and the assertion are the test's own (the module is loaded from tests/, not copied).
The figure is printed as "N inputs, M callables, K bare exceptions", then each failure: the
callable, the arguments and the exception. Exit status 1 if any bare exception escaped.

This is not a speed benchmark; it lives here with the other long-running scripts.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load_fuzz():
    path = ROOT / "tests" / "test_fuzz_public_api.py"
    spec = importlib.util.spec_from_file_location("telcobiz_fuzz", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=200_000, help="total calls (default 200000)")
    parser.add_argument("--seed", type=int, default=None, help="seed for a reproducible run")
    parser.add_argument("--only", default="", help="only callables whose name starts with this")
    options = parser.parse_args()
    # The pool holds whole layouts and price lists: hypothesis warns that their repr is large.
    warnings.filterwarnings("ignore", "Generating overly large repr")
    fuzz = _load_fuzz()
    names = sorted(name for name in fuzz.CALLABLES if name.startswith(options.only))
    per_callable = max(1, options.inputs // len(names))
    calls = 0
    original = fuzz.call_once

    def counted(*args, **kwargs):
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    fuzz.call_once = counted
    failures: list[str] = []
    started = time.perf_counter()
    for name in names:
        try:
            fuzz.fuzz_one(name, per_callable, derandomize=False, seed=options.seed)()
        except AssertionError as error:
            failures.append(str(error).splitlines()[0])
        except Exception as error:  # hypothesis itself refusing a strategy, say
            failures.append(f"{name}: the fuzz could not run: {type(error).__name__}: {error}")
    elapsed = time.perf_counter() - started
    print(
        f"{calls:,} inputs, {len(names)} callables, {len(failures)} bare exceptions "
        f"({elapsed:.0f} s, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
    for failure in failures:
        print(" -", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
