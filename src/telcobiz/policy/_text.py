"""Text helpers shared by the policy modules: NFKC normalisation and enum look-up by label."""

from __future__ import annotations

import enum
import re
import unicodedata
from typing import TypeVar

from telcobiz.core.errors import UnknownItem

E = TypeVar("E", bound=enum.Enum)

_SPACES = re.compile(r"\s+")


def nfkc(text: str) -> str:
    """NFKC-normalise ``text`` (full-width digits, letters and spaces become half-width).

    >>> nfkc("７０００－ＡＢ　")
    '7000-AB '
    """
    return unicodedata.normalize("NFKC", text)


def squeeze(text: str) -> str:
    """NFKC-normalise and drop every space (full-width ones included), for name matching.

    >>> squeeze("NewsPicks +dプレミアム会員プラン") == squeeze("NewsPicks+dプレミアム会員プラン")
    True
    """
    return _SPACES.sub("", nfkc(text))


def parse_choice(cls: type[E], text: object, *, field: str, code: str) -> E:
    """Return the member of ``cls`` named by ``text``.

    ``text`` may be the member itself, its value, its name or its ``label`` (compared after
    :func:`squeeze`, case-insensitively).

    >>> class Level(enum.Enum):
    ...     HIGH = "high"
    ...     @property
    ...     def label(self) -> str:
    ...         return "高"
    >>> where = {"field": "level", "code": "dmp.unknown_security_level"}
    >>> parse_choice(Level, "高", **where), parse_choice(Level, "HIGH", **where)
    (<Level.HIGH: 'high'>, <Level.HIGH: 'high'>)
    """
    if isinstance(text, cls):
        return text
    if isinstance(text, str):
        wanted = squeeze(text).casefold().replace("-", "_")
        for member in cls:
            names = {str(member.value), member.name, str(getattr(member, "label", member.name))}
            if wanted in {squeeze(name).casefold().replace("-", "_") for name in names}:
                return member
    choices = ", ".join(
        f"{member.value} ({getattr(member, 'label', member.name)})" for member in cls
    )
    raise UnknownItem.for_value(field, text, f"one of {choices}", code=code)
