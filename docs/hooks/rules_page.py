"""MkDocs hook: write the rule catalogue into ``docs/rules.md`` at build time.

Registered under ``hooks:`` in ``mkdocs.yml``. The page holds a marker where the catalogue
goes; on every ``mkdocs build`` the marker is replaced by
:func:`telcobiz.rules.page.catalogue_markdown`, so the page cannot drift from the package.
"""

from __future__ import annotations

from typing import Any

from telcobiz.rules.page import catalogue_markdown

MARKER = "<!-- telcobiz-rules-catalogue -->"
"""Where ``docs/rules.md`` takes the generated catalogue."""


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Replace the marker of the rules page with the catalogue; leave other pages alone."""
    if page.file.src_uri != "rules.md":
        return markdown
    if MARKER not in markdown:
        raise ValueError(f"docs/rules.md lost its marker {MARKER!r}")
    return markdown.replace(MARKER, catalogue_markdown())
