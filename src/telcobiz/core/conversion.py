"""The one shared cattrs converter: every public value object to JSON-ready data and back.

Amounts and rates travel as strings (``"1928.50"``) so no float ever touches them; dates,
times and datetimes as ISO 8601; months as ``"2026-11"``; enums by value. Modules register
hooks for their own types on :data:`converter` at import time.

>>> from telcobiz.core import Yen, YearMonth
>>> unstructure({"fee": Yen("1928.50"), "month": YearMonth(2026, 11)})
{'fee': '1928.50', 'month': '2026-11'}
>>> structure("1928.50", Yen)
Yen('1928.50')
>>> to_json(YearMonth(2026, 11))
'"2026-11"'
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TypeVar

from cattrs import Converter
from cattrs.errors import BaseValidationError

from telcobiz.core.errors import InvalidInput, TelcobizError
from telcobiz.core.money import Yen, to_decimal
from telcobiz.core.yearmonth import YearMonth

__all__ = ["converter", "from_json", "structure", "to_json", "unstructure"]

T = TypeVar("T")

converter = Converter()
"""The shared :class:`cattrs.Converter`; register hooks for new value types here."""

converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Decimal, lambda value, _: to_decimal(value, field="decimal"))
converter.register_unstructure_hook(Yen, lambda yen: str(yen.amount))
converter.register_structure_hook(Yen, lambda value, _: Yen(value))
converter.register_unstructure_hook(YearMonth, str)
converter.register_structure_hook(YearMonth, lambda value, _: YearMonth.parse(value))
converter.register_unstructure_hook(date, date.isoformat)
converter.register_structure_hook(date, lambda value, _: date.fromisoformat(value))
converter.register_unstructure_hook(datetime, datetime.isoformat)
converter.register_structure_hook(datetime, lambda value, _: datetime.fromisoformat(value))
converter.register_unstructure_hook(time, time.isoformat)
converter.register_structure_hook(time, lambda value, _: time.fromisoformat(value))


def unstructure(value: object) -> Any:
    """Turn a telcobiz value (or a container of them) into JSON-ready data.

    >>> unstructure(Yen(467))
    '467'
    """
    return converter.unstructure(value)


def structure(data: Any, cls: type[T]) -> T:
    """Rebuild a telcobiz value of type ``cls`` from :func:`unstructure` output.

    Data that does not fit ``cls`` is an :class:`~telcobiz.core.errors.InvalidInput`.

    >>> structure("2026-11", YearMonth)
    YearMonth(2026, 11)
    """
    try:
        return converter.structure(data, cls)
    except (BaseValidationError, ValueError, TypeError, KeyError) as error:
        own = _first_telcobiz_error(error)
        if own is not None:
            raise own from error
        raise InvalidInput.for_value(
            "data",
            data,
            f"data shaped like {getattr(cls, '__name__', cls)}",
            code="convert.unstructurable",
        ) from error


def _first_telcobiz_error(error: BaseException) -> TelcobizError | None:
    # cattrs gathers the errors of nested fields in exception groups: surface our own error,
    # with its stable code, rather than a generic "could not structure".
    if isinstance(error, TelcobizError):
        return error
    for inner in getattr(error, "exceptions", ()):
        found = _first_telcobiz_error(inner)
        if found is not None:
            return found
    return None


def to_json(value: object, *, indent: int | None = None) -> str:
    """Serialise a telcobiz value to a JSON string (UTF-8 text, Japanese kept readable).

    >>> to_json({"fee": Yen(191)})
    '{"fee": "191"}'
    """
    return json.dumps(unstructure(value), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Parse :func:`to_json` output back into a value of type ``cls``.

    >>> from_json('"1,928.50"'.replace(",", ""), Yen)
    Yen('1928.50')
    """
    return structure(json.loads(text), cls)
