"""Wording helper of the CSV results (the rest is shared in :mod:`telcobiz.core.text`)."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """``1 record``, ``2 records``: a count with its English noun.

    >>> counted(1, "line"), counted(0, "line")
    ('1 line', '0 lines')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
