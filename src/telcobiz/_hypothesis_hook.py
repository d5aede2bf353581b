"""The hypothesis entry point: registers telcobiz's strategies when hypothesis is imported.

This module imports nothing from hypothesis at module level, because hypothesis loads it while
hypothesis itself is still being imported.

>>> setup_hook()
"""

from __future__ import annotations

import sys


def setup_hook() -> None:
    """Register the strategies of :mod:`telcobiz.testing` for their types."""
    testing = sys.modules.get("telcobiz.testing")
    if testing is not None and not hasattr(testing, "register_strategies"):
        # telcobiz.testing is being imported right now and registers itself when done.
        return
    from telcobiz.testing import register_strategies

    register_strategies()
