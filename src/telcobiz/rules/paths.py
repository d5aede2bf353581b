"""Dotted paths into the package, resolved on demand (how the catalogue reaches its tables).

``rules`` sits below ``scheduling``, ``pricing`` and ``policy``: it names their tables and
functions by path and imports them only when a value is read, so importing the catalogue
stays as light as ``core``.

>>> resolve("telcobiz.core.tax.CONSUMPTION_TAX_RATES.entries[0].value")
Decimal('0.03')
>>> resolve("telcobiz.scheduling.calendar.BusinessCalendar().closure.start")
(12, 29)
"""

from __future__ import annotations

import enum
import importlib
import re
from collections.abc import Mapping
from typing import Any

from telcobiz.core.errors import TelcobizError, UnknownItem

__all__ = ["resolve"]

# A step after the module: .name, [3], [-1], [NAME] or () (a call with no arguments).
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z_0-9]*)|\[(-?[0-9]+)\]|\[([A-Za-z_0-9]+)\]|(\(\))")
_HEAD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*(?:\.[A-Za-z_][A-Za-z_0-9]*)*")


def _broken(path: str, why: str) -> TelcobizError:
    return UnknownItem.for_value(
        "path",
        path,
        "a dotted path to a name in telcobiz, e.g. telcobiz.core.tax.CONSUMPTION_TAX_RATES",
        code="rules.unresolved_path",
        problem=why,
    )


def _import_longest(head: str, path: str) -> tuple[Any, str]:
    # Import the longest prefix of ``head`` that is a module; the rest are attributes.
    parts = head.split(".")
    for cut in range(len(parts), 0, -1):
        name = ".".join(parts[:cut])
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name is not None and not name.startswith(error.name):
                raise  # the module exists but imports something missing: a real bug
            continue
        rest = "".join(f".{part}" for part in parts[cut:])
        return module, rest
    raise _broken(path, f"no module in {path!r}")


def _key(mapping: Mapping[Any, Any], name: str, path: str) -> Any:
    for key in mapping:
        if key == name or (isinstance(key, enum.Enum) and name in (key.name, str(key.value))):
            return mapping[key]
    raise _broken(path, f"no key {name!r}")


def resolve(path: str) -> Any:
    """Import and return what ``path`` names; an :class:`UnknownItem` if it names nothing.

    >>> resolve("telcobiz.scheduling.message_cast.changes.CHANGE_RULES[SENDER_NUMBER].lead")
    Lead(kind=<LeadKind.BUSINESS_DAYS: 'business_days'>, minimum=5, maximum=5)
    >>> resolve("telcobiz.core.nothing_here")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.UnknownItem: path: no attribute 'nothing_here'; expected a dotted path ...
    """
    if not isinstance(path, str) or not (head := _HEAD.match(path)):
        raise _broken(str(path), "not a dotted path")
    value, rest = _import_longest(head.group(), path)
    rest += path[head.end() :]
    position = 0
    while position < len(rest):
        step = _STEP.match(rest, position)
        if step is None:
            raise _broken(path, f"cannot read {rest[position:]!r}")
        attribute, index, key, call = step.groups()
        try:
            if attribute is not None:
                value = getattr(value, attribute)
            elif index is not None:
                value = value[int(index)]
            elif key is not None:
                value = _key(value, key, path)
            elif call:
                value = value()
        except AttributeError:
            raise _broken(path, f"no attribute {attribute!r}") from None
        except (IndexError, TypeError):
            raise _broken(path, f"cannot read {step.group()!r}") from None
        position = step.end()
    return value
