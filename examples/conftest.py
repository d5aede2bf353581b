"""Put the repository root on ``sys.path``, so ``import examples…`` works under plain ``pytest``.

pytest's ``--import-mode=importlib`` does not add test folders to ``sys.path`` and the
examples are not installed; ``python -m pytest`` adds the working directory, plain ``pytest``
does not. This conftest sits above every example's modules, so that it runs before their
doctests are collected.
"""

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[1])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
