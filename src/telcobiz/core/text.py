"""Wording shared by every result: the ``lang`` check, JST times, the explain layout, tables.

Results speak Japanese (``"ja"``, the source documents' language) and English (``"en"``).

>>> print(explanation("Done.", ["a: 1"], ["MC-7"], [], "en"))
Done.
a: 1
rules: MC-7
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.jst import jst_naive

__all__ = [
    "LANGUAGES",
    "check_lang",
    "display_width",
    "explanation",
    "format_moment",
    "percent",
    "render_table",
]

LANGUAGES = ("ja", "en")
"""The languages results are explained in."""


class _Note(Protocol):
    def text(self, lang: str = ...) -> str: ...


def check_lang(lang: object) -> str:
    """Return ``lang`` if it is ``"ja"`` or ``"en"``, else raise ``InvalidInput``.

    >>> check_lang("ja")
    'ja'
    """
    if lang not in LANGUAGES:
        raise InvalidInput.for_value("lang", lang, '"ja" or "en"', code="explain.bad_lang")
    return str(lang)


def format_moment(moment: datetime) -> str:
    """Format a moment in JST as ``2026-11-24 10:00`` (seconds shown only when not zero).

    >>> format_moment(datetime(2026, 11, 24, 10, 0, 30))
    '2026-11-24 10:00:30'
    """
    local = jst_naive(moment)
    pattern = "%Y-%m-%d %H:%M:%S" if local.second or local.microsecond else "%Y-%m-%d %H:%M"
    return local.strftime(pattern)


def percent(rate: Decimal) -> str:
    """A rate as a percentage without trailing zeros: ``0.10`` → ``10%``, ``0.085`` → ``8.5%``.

    >>> percent(Decimal("0.10")), percent(Decimal("0.9")), percent(Decimal("0.085"))
    ('10%', '90%', '8.5%')
    """
    return f"{(rate * 100).normalize():f}%"


def explanation(
    sentence: str,
    details: Iterable[str],
    rules: Iterable[str],
    citations: Iterable[Citation],
    lang: str,
    *,
    notes: Iterable[_Note] = (),
) -> str:
    """Lay out a result's breakdown: sentence, details, notes, rule IDs, one citation a line.

    >>> print(explanation("完了。", ["a: 1"], ["CAC-6"], [], "ja"))
    完了。
    a: 1
    根拠: CAC-6
    """
    check_lang(lang)
    lines = [sentence, *details]
    lines.extend(("※ " if lang == "ja" else "note: ") + note.text(lang) for note in notes)
    lines.append(("根拠" if lang == "ja" else "rules") + ": " + ", ".join(rules))
    lines.extend(f"- {citation}" for citation in citations)
    return "\n".join(lines)


def display_width(text: str) -> int:
    """Count the columns ``text`` takes in a terminal: 2 for wide and full-width characters.

    >>> display_width("abc"), display_width("基本サービス"), display_width("−276円")
    (3, 12, 6)
    """
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def render_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, right: frozenset[int] = frozenset()
) -> list[str]:
    r"""Return the lines of a table: header, rule, rows; columns in ``right`` align right.

    >>> print("\n".join(render_table(["内容", "金額"], [["基本", "467円"]], right=frozenset({1}))))
    内容   金額
    ----  -----
    基本  467円
    """
    widths = [display_width(title) for title in header]
    for row in rows:
        widths = [max(width, display_width(cell)) for width, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = []
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            gap = " " * (width - display_width(cell))
            padded.append(gap + cell if index in right else cell + gap)
        return "  ".join(padded).rstrip()

    return [line(header), "  ".join("-" * width for width in widths), *map(line, rows)]
