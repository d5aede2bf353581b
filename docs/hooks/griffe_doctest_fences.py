"""A griffe extension: show the doctest examples of docstrings as code in the API pages.

telcobiz's docstrings carry ``>>>`` examples in free text (they are run by pytest). Markdown
would read ``>>>`` as nested quotes and an output such as ``['祝日: 文化の日']`` as a link, so
this extension wraps each run of doctest lines in a ``pycon`` code fence before rendering.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap every doctest block (a ``>>>`` line up to the next blank line) in a code fence."""
    lines = text.splitlines()
    out: list[str] = []
    inside = False
    for line in lines:
        stripped = line.lstrip()
        if not inside and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            inside = True
        elif inside and not stripped:
            out.append(f"{indent}```")
            inside = False
        out.append(line)
    if inside:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctest blocks of every loaded object's docstring."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of ``obj`` in place (the source files are untouched)."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
