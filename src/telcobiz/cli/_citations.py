r"""Compact citations for the command line: each source document once, numbered.

A result's ``explain()`` writes every citation in full, the document's title and version on
each line. On a terminal that repeats one long title nine times, so the command line rewrites
each citation line to refer to the document by number, ``[1] §3.5.3 row …``, and lists the
documents once at the end, in the order they were first cited::

    DMP-1: [1] §3.5.3 row 基本サービス
    TAX-1: [2] 第29条
    [1] KDDI … 説明資料（管理者さま用） Ver 1.2.0
    [2] 消費税法

Only lines that end with a citation the printed data carries are rewritten, so other text
is never touched. ``--json`` output keeps every citation whole.

>>> from telcobiz.core.citation import CONSUMPTION_TAX_ACT, Citation
>>> tax = Citation(CONSUMPTION_TAX_ACT, "第29条", rule="TAX-1")
>>> print(cited_text(f"Total: 110円\nSources:\n  {tax}", {"citations": (tax,)}))
Total: 110円
Sources:
  TAX-1: [1] 第29条
[1] 消費税法
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, cast

import attrs

from telcobiz.core.citation import Citation, Source

__all__ = ["cited_text", "collect_citations", "compact"]

# How much may stand before a citation on its line: "- ", "  ", "source: ", "根拠: ".
_MAX_PREFIX = 12


def collect_citations(data: object) -> Iterator[Citation]:
    """Yield every :class:`~telcobiz.core.citation.Citation` inside ``data``.

    ``data`` is what a command prints with ``--json``: attrs results, mappings, sequences.

    >>> from telcobiz.core.citation import HOLIDAY_ACT
    >>> [c.section for c in collect_citations([{"x": Citation(HOLIDAY_ACT, "第2条")}])]
    ['第2条']
    """
    stack: list[object] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, Citation):
            yield item
        elif attrs.has(type(item)):
            fields = attrs.fields(cast(Any, type(item)))
            stack.extend(getattr(item, field.name, None) for field in fields)
        elif isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)


def compact(citation: Citation, number: int) -> str:
    """A citation that names its document by number: ``DMP-3: [2] §3.5.4 row …``.

    >>> from telcobiz.core.citation import HOLIDAY_ACT
    >>> compact(Citation(HOLIDAY_ACT, "第2条", rule="CAL-1"), 3)
    'CAL-1: [3] 第2条'
    """
    where = f"[{number}] {citation.section}"
    if citation.row:
        where += f" row {citation.row}"
    return f"{citation.rule}: {where}" if citation.rule else where


def cited_text(text: str, data: object) -> str:
    """Rewrite the citation lines of ``text`` compactly and add the numbered documents.

    Text without a citation of ``data`` comes back unchanged.

    >>> cited_text("2026-11-10", {"result": "2026-11-10"})
    '2026-11-10'
    """
    known: dict[str, Citation] = {}
    for found in collect_citations(data):
        known.setdefault(str(found), found)
    if not known:
        return text
    by_length = sorted(known, key=len, reverse=True)
    numbers: dict[Source, int] = {}
    lines = []
    for line in text.split("\n"):
        citation = _cited(line, by_length, known)
        if citation is not None:
            number = numbers.setdefault(citation.source, len(numbers) + 1)
            line = line[: len(line) - len(str(citation))] + compact(citation, number)
        lines.append(line)
    lines.extend(f"[{number}] {source}" for source, number in numbers.items())
    return "\n".join(lines)


def _cited(line: str, candidates: list[str], known: dict[str, Any]) -> Citation | None:
    for written in candidates:
        if line.endswith(written) and len(line) - len(written) <= _MAX_PREFIX:
            found: Citation = known[written]
            return found
    return None
