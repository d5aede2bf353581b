"""``python -m examples.store load FOLDER --db FILE`` and ``… totals --db FILE [--month YYYY-MM]``.

``load`` exits 1 when a file was refused or a line rejected (both are reported and kept);
``totals`` exits 1 when a phone's calls do not add up to its summary record. Errors are one
line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from examples.store.loader import LoadOutcome, load_folder
from examples.store.schema import open_store
from examples.store.totals import monthly_totals

from telcobiz.core.errors import TelcobizError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m examples.store", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    load = commands.add_parser("load", help="load every *.csv file under FOLDER")
    load.add_argument("folder")
    load.add_argument("--db", required=True, help="the SQLite file (created if missing)")
    totals = commands.add_parser("totals", help="monthly totals per phone against the summary")
    totals.add_argument("--db", required=True)
    totals.add_argument("--month", help="only this billing month, YYYY-MM")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the exit code (0 fine, 1 something to look at, 2 an error)."""
    args = _parser().parse_args(argv)
    try:
        store = open_store(args.db)
        if args.command == "load":
            results = load_folder(store, args.folder)
            for result in results:
                print(result)
            refused = any(r.outcome is LoadOutcome.REFUSED for r in results)
            return 1 if refused or any(r.rejected for r in results) else 0
        months = monthly_totals(store, args.month)
        for month in months:
            print(month)
            for phone in month.phones:
                print(f"  {phone}")
        return 0 if all(month.matches for month in months) else 1
    except (OSError, sqlite3.Error, TelcobizError) as error:
        print(f"python -m examples.store: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
