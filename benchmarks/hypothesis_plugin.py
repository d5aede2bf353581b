"""Benchmark: what telcobiz's hypothesis entry point costs every ``import hypothesis``.

A plain script, not a test. Every project that has telcobiz installed runs the entry point
when it imports hypothesis, so the hook must cost next to nothing. Each variant runs in a
fresh ``python -X importtime`` subprocess that imports hypothesis with plugins off
(``HYPOTHESIS_NO_PLUGINS=1``) and then times only the variant's statements; the variants are
interleaved, ``--repeat`` rounds, and medians are printed against the named alternative,
hypothesis' own scan of the installed entry points (what any plugin costs):

* ``entry-point scan only``: ``importlib.metadata.entry_points(group="hypothesis")``;
* ``scan + top-level hook``: what hypothesis does with the entry point
  ``_telcobiz_hypothesis:setup_hook`` (import the module, call it);
* ``installed entry point``: ``hypothesis.entry_points.run()`` with whatever entry point this
  checkout installed (``_telcobiz_hypothesis`` since issue 17; an install made before it names
  ``telcobiz._hypothesis_hook``, which runs ``telcobiz/__init__`` first);
* ``scan + register all``: ``import telcobiz.testing``, which the hook did before issue 17.

The importtime of ``_telcobiz_hypothesis`` is printed too, and the load average: other test
suites share the two cores, so read the differences, not the absolute numbers.

    python benchmarks/hypothesis_plugin.py
    python benchmarks/hypothesis_plugin.py --repeat 31
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys

# hypothesis is imported with plugins off, then only the statements are timed: the
# difference between variants is then the plugin alone, not the noise of a 150 ms import.
TIMED = """
import os, time
os.environ["HYPOTHESIS_NO_PLUGINS"] = "1"
import hypothesis, hypothesis.entry_points, importlib.metadata
del os.environ["HYPOTHESIS_NO_PLUGINS"]
start = time.perf_counter()
{statements}
print(f"wall {{(time.perf_counter() - start) * 1e6:.0f}}")
"""

SCAN = "list(importlib.metadata.entry_points(group='hypothesis'))"
VARIANTS = {
    # The named alternative: what hypothesis pays to look for plugins, telcobiz or not.
    "entry-point scan only": SCAN,
    # What hypothesis does with the entry point `_telcobiz_hypothesis:setup_hook`.
    "scan + top-level hook": (
        f"{SCAN}\nimport _telcobiz_hypothesis\n_telcobiz_hypothesis.setup_hook()"
    ),
    # What hypothesis really runs with the installed entry point.
    "installed entry point": "hypothesis.entry_points.run()",
    # What the hook did before issue 17: import telcobiz.testing and register everything.
    "scan + register all": f"{SCAN}\nimport telcobiz.testing",
}

HOOK_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| _telcobiz_hypothesis$", re.M)


def run(statements: str) -> tuple[float, float | None]:
    """Microseconds of ``statements`` in a fresh interpreter, and the hook's importtime."""
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", TIMED.format(statements=statements)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = HOOK_LINE.search(done.stderr)
    return float(done.stdout.split()[-1]), None if found is None else float(found.group(2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21, help="rounds (default 21)")
    args = parser.parse_args()
    walls: dict[str, list[float]] = {name: [] for name in VARIANTS}
    hook_imports: list[float] = []
    loads = [os.getloadavg()[0]]
    for _ in range(args.repeat):
        for name, statements in VARIANTS.items():  # interleaved
            wall, hook_import = run(statements)
            walls[name].append(wall)
            if hook_import is not None:
                hook_imports.append(hook_import)
        loads.append(os.getloadavg()[0])
    base = statistics.median(walls["entry-point scan only"])
    print(f"python {sys.version.split()[0]}, {args.repeat} interleaved rounds, medians;")
    print(f"load average (1 min) during the run: {min(loads):.1f}..{max(loads):.1f} on 2 cores")
    print(f"{'variant':<24} {'ms':>8} {'plugin ms':>10}")
    for name in VARIANTS:
        wall = statistics.median(walls[name])
        print(f"{name:<24} {wall / 1000:8.2f} {(wall - base) / 1000:+10.2f}")
    print(
        "python -X importtime: _telcobiz_hypothesis (cumulative) "
        f"{statistics.median(hook_imports) / 1000:.2f} ms"
    )
    hook = statistics.median(walls["scan + top-level hook"]) - base
    old = statistics.median(walls["scan + register all"]) - base
    print(
        f"the top-level hook costs {hook / 1000:.2f} ms, {old / max(hook, 1):.0f}x less than"
        f" registering everything ({old / 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
