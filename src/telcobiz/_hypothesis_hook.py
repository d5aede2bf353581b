"""The hypothesis entry point as installed today: hands over to ``_telcobiz_hypothesis``.

The hook itself lives in the top-level module ``_telcobiz_hypothesis`` (beside this package),
so that hypothesis can load it without running ``telcobiz/__init__``. This module keeps the
entry point ``telcobiz._hypothesis_hook:setup_hook`` working until the entry point names the
top-level module; a build without that module registers nothing here (``telcobiz.testing``
still registers every type when it is imported), and never breaks ``import hypothesis``.

>>> setup_hook()
"""

from __future__ import annotations


def setup_hook() -> None:
    """Run the top-level hook, if it is installed."""
    try:
        from _telcobiz_hypothesis import setup_hook as hook
    except ImportError:  # pragma: no cover - a build without the top-level module
        return
    hook()
