"""``python -m telcobiz``: the same command line as ``telcobiz``."""

from telcobiz.cli import main

raise SystemExit(main())
