"""Strategies that draw the rows of the library's own tables (price lists, rules, messages).

A table row (a :class:`~telcobiz.core.citation.Citation`, a Message Cast document row, a
SoftBank app message, a price list) is not computed from an input: the library holds each
one. :func:`table_rows` draws from every instance of a class that the library's modules hold,
found by walking their module-level values (tuples, mappings and the fields of attrs
instances), so ``st.from_type(Citation)`` only draws citations the library really gives.

>>> from telcobiz.core.citation import Citation
>>> from hypothesis import find
>>> find(table_rows(Citation), lambda citation: citation.rule == "MC-7").rule
'MC-7'
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
import sys
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from telcobiz import core, csvformats, policy, pricing, rules, scheduling

__all__ = ["library_instances", "table_rows"]

T = TypeVar("T")

_SKIPPED = ("telcobiz.testing", "telcobiz.cli", "telcobiz._", "telcobiz.__main__")


@cache
def library_instances() -> Mapping[type, tuple[Any, ...]]:
    """Every attrs instance reachable from a telcobiz module's top-level values, by class.

    >>> from telcobiz.core.citation import Source
    >>> len(library_instances()[Source]) >= 5
    True
    """
    for area in (core, rules, scheduling, pricing, policy, csvformats):
        for info in pkgutil.walk_packages(area.__path__, area.__name__ + "."):
            importlib.import_module(info.name)
    found: dict[type, dict[int, Any]] = {}
    seen: set[int] = set()
    stack: list[Any] = []
    for name in sorted(sys.modules):
        module = sys.modules[name]
        if module is not None and name.startswith("telcobiz.") and not name.startswith(_SKIPPED):
            stack.extend(reversed(list(vars(module).values())))
    while stack:
        value = stack.pop()
        if id(value) in seen or isinstance(value, type | enum.Enum | str | bytes):
            continue
        seen.add(id(value))
        if attrs.has(type(value)):
            found.setdefault(type(value), {})[id(value)] = value
            stack.extend(reversed([getattr(value, f.name) for f in attrs.fields(type(value))]))
        elif isinstance(value, tuple | list | frozenset | set):
            stack.extend(reversed(list(value)))
        elif isinstance(value, Mapping):
            stack.extend(reversed([*value.keys(), *value.values()]))
    return {cls: tuple(values.values()) for cls, values in found.items()}


def table_rows(cls: type[T]) -> st.SearchStrategy[T]:
    """The instances of ``cls`` that the library holds (an error if it holds none).

    >>> from telcobiz.policy.softbank_backup import AppMessage
    >>> from hypothesis import find
    >>> find(table_rows(AppMessage), lambda message: message.error_code == 2105).error_code
    2105
    """
    rows = library_instances().get(cls, ())
    if not rows:
        raise LookupError(f"the library holds no {cls.__qualname__}")
    return st.sampled_from(rows)
