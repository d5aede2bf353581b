"""How a rule's value reads as text and as data, whatever table it comes from.

Values are the implementing code's own objects (prices, lead times, service hours, mappings
of them); these helpers show them without a type-by-type list: a value's own ``str()`` where
it has one, the label of an enum member, the fields of an attrs record, one line per row of a
table. Citations inside a value are left out: the rule lists its sources once.

>>> from datetime import timedelta
>>> describe(timedelta(minutes=5)), describe(True), describe((1, 2))
('5 minutes', 'yes', '1, 2')
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date, time, timedelta, tzinfo
from typing import Any, cast

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.conversion import unstructure
from telcobiz.core.money import Yen
from telcobiz.core.table import Dated, EffectiveTable
from telcobiz.core.yearmonth import YearMonth

__all__ = ["describe", "lines_of", "to_data"]

_CITATION_FIELDS = frozenset({"citation", "citations"})


def _duration(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    for size, unit in ((3_600, "hour"), (60, "minute"), (1, "second")):
        if seconds % size == 0 and seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return str(span)


def _has_own_str(value: object) -> bool:
    return type(value).__str__ is not object.__str__


def _row(entry: Dated[Any]) -> str:
    until = f" to {entry.valid_until}" if entry.valid_until is not None else ""
    return f"from {entry.valid_from}{until}: {describe(entry.value)}"


def _part(value: object) -> str:
    # A tuple inside a record is bracketed, so (start (12, 29), end (1, 3)) reads as two pairs.
    text = describe(value)
    return f"({text})" if isinstance(value, tuple) and len(value) > 1 else text


def describe(value: object) -> str:
    """One line of text for a rule's value.

    >>> from telcobiz.core.money import Yen
    >>> describe(Yen(1410)), describe({"a": 1, "b": None})
    ('1,410円', 'a: 1; b: —')
    """
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value if value.isprintable() else repr(value)
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, timedelta):
        return _duration(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, EffectiveTable):
        return "; ".join(map(_row, value))
    if isinstance(value, Mapping):
        return "; ".join(f"{describe(key)}: {describe(item)}" for key, item in value.items())
    if isinstance(value, (tuple, list, frozenset, set)):
        items = sorted(map(describe, value)) if isinstance(value, (frozenset, set)) else value
        return ", ".join(map(describe, items)) if value else "—"
    if attrs.has(type(value)) and not _has_own_str(value):
        fields = [
            f"{field.name} {_part(getattr(value, field.name))}"
            for field in attrs.fields(cast(Any, type(value)))
            if field.name not in _CITATION_FIELDS and not field.name.startswith("_")
        ]
        return "(" + ", ".join(fields) + ")"
    return str(value)


def lines_of(value: object) -> list[str]:
    """The lines a value takes: a table's rows, a mapping's entries, else one line.

    >>> lines_of({"kitting": "web", "loss": "web, phone"})
    ['kitting: web', 'loss: web, phone']
    """
    if isinstance(value, EffectiveTable):
        return [_row(entry) for entry in value]
    if isinstance(value, Mapping) and len(value) > 1:
        return [f"{describe(key)}: {describe(item)}" for key, item in value.items()]
    if (
        isinstance(value, (tuple, list))
        and len(value) > 1
        and not all(isinstance(item, (str, int, enum.Enum, date)) for item in value)
    ):
        return [describe(item) for item in value]
    return [describe(value)]


def _without_citations(data: Any) -> Any:
    if isinstance(data, dict):
        return {
            key: _without_citations(item)
            for key, item in data.items()
            if key not in _CITATION_FIELDS
        }
    if isinstance(data, list):
        return [_without_citations(item) for item in data]
    return data


def _plain(value: Any) -> Any:
    # What the shared converter does not know yet: durations, mappings with enum keys, tables.
    if isinstance(value, (Yen, YearMonth)):
        return value  # the converter's own hooks
    if isinstance(value, tzinfo):
        return str(value)
    if isinstance(value, timedelta):
        return _duration(value)
    if isinstance(value, EffectiveTable):
        return [
            {
                "valid_from": row.valid_from,
                "valid_until": row.valid_until,
                "value": _plain(row.value),
            }
            for row in value
        ]
    if isinstance(value, Mapping):
        return {
            str(key.value if isinstance(key, enum.Enum) else key): _plain(item)
            for key, item in value.items()
        }
    if isinstance(value, (tuple, list, frozenset, set)):
        items = [_plain(item) for item in value]
        return sorted(items, key=str) if isinstance(value, (frozenset, set)) else items
    if attrs.has(type(value)) and not isinstance(value, Citation):
        return {
            field.name: _plain(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.init and not field.name.startswith("_")
        }
    return value


def to_data(value: object, *, keep_citations: bool = False) -> Any:
    """A value as JSON-ready data through the shared converter (citations dropped by default).

    >>> from datetime import timedelta
    >>> to_data({"kept": timedelta(hours=48)})
    {'kept': '48 hours'}
    """
    data = unstructure(_plain(value))
    return data if keep_citations else _without_citations(data)
