"""A griffe extension: make telcobiz's docstrings read well in the API pages.

telcobiz's docstrings are written for ``help()`` and pytest: they carry ``>>>`` examples in
free text and name other objects with Sphinx-style roles (``:class:`~telcobiz.core.money.Yen```).
Markdown would read ``>>>`` as nested quotes and show a role as raw text, so before rendering
this extension

- wraps each run of doctest lines in a ``pycon`` code fence, and
- turns each role into an optional cross-reference: a link where the target is documented in
  the site, the plain name in code type where it is not (a standard-library name, say). The
  target is resolved in the docstring's own scope, as Python would: ``:class:`Yen``` inside
  ``telcobiz.core.money`` is ``telcobiz.core.money.Yen``.

The source files are untouched; ``mkdocs build`` then fails on nothing that Markdown cannot
link, and CI greps the built site for any role left raw.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import griffe

# :class:`Name`, :func:`~pkg.mod.name`, :meth:`title <pkg.Class.method>`, optionally :py:…
ROLE = re.compile(
    r":(?:py:)?(?P<role>class|func|meth|mod|attr|data|exc|obj|const):"
    r"`(?P<text>[^`]+)`"
)
EXPLICIT_TITLE = re.compile(r"^(?P<title>.+?)\s*<(?P<target>[^<>]+)>$")


def role_html(text: str, role: str, resolve: Callable[[str], str | None]) -> str:
    """The HTML for one role's ``text``: an optional autoref, or the name as code.

    >>> role_html("~telcobiz.core.money.Yen", "class", lambda name: name)
    '<autoref identifier="telcobiz.core.money.Yen" optional><code>Yen</code></autoref>'
    >>> role_html("decimal.Decimal", "class", lambda name: None)
    '<code>decimal.Decimal</code>'
    >>> role_html("rounded", "meth", lambda name: "telcobiz.core.money.Yen." + name)[-41:]
    'optional><code>rounded()</code></autoref>'
    """
    explicit = EXPLICIT_TITLE.match(text)
    if explicit:
        title, target = explicit["title"], explicit["target"]
    else:
        target = text.lstrip("~.")
        title = target.rsplit(".", 1)[-1] if text.startswith("~") else target
        if role in ("func", "meth") and not title.endswith(")"):
            title += "()"
    target = target.lstrip("~.")
    identifier = resolve(target)
    if identifier is None:
        return f"<code>{title}</code>"
    return f'<autoref identifier="{identifier}" optional><code>{title}</code></autoref>'


def scope_resolver(obj: griffe.Object) -> Callable[[str], str | None]:
    """Resolve a role's target in ``obj``'s scope: full telcobiz paths as they are, else by name."""

    def resolve(target: str) -> str | None:
        if target.startswith("telcobiz."):
            return target
        head, _, rest = target.partition(".")
        try:
            path = obj.resolve(head)
        except griffe.NameResolutionError:
            return None
        if not path.startswith("telcobiz."):
            return None
        return f"{path}.{rest}" if rest else path

    return resolve


def rewrite(text: str, resolve: Callable[[str], str | None]) -> str:
    """Fence doctest blocks and turn the roles of the prose between them into autorefs."""
    out: list[str] = []
    inside = False
    indent = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if not inside and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            inside = True
        elif inside and not stripped:
            out.append(f"{indent}```")
            inside = False
        if not inside:
            line = ROLE.sub(lambda m: role_html(m["text"], m["role"], resolve), line)
        out.append(line)
    if inside:
        out.append(f"{indent}```")
    return "\n".join(out)


class TelcobizDocstrings(griffe.Extension):
    """Rewrite every loaded object's docstring for Markdown (the source files are untouched)."""

    def __init__(self) -> None:
        super().__init__()
        self._done: set[str] = set()

    def _rewrite(self, obj: griffe.Object) -> None:
        # griffe calls on_object for members and on_package for the top package: rewrite each once.
        if obj.docstring is not None and obj.path not in self._done:
            self._done.add(obj.path)
            obj.docstring.value = rewrite(obj.docstring.value, scope_resolver(obj))

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Fence the doctests and link the roles of ``obj``'s docstring."""
        self._rewrite(obj)

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """The same for the top-level package, which griffe does not pass to ``on_object``."""
        self._rewrite(pkg)
