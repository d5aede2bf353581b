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
from typing import Any, TypeVar, get_origin

from cattrs import Converter
from cattrs.errors import BaseValidationError, StructureHandlerNotFoundError
from cattrs.v import format_exception, transform_error

from telcobiz.core.errors import InvalidInput, TelcobizError, short_repr
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

    Data that does not fit ``cls`` is an :class:`~telcobiz.core.errors.InvalidInput` whose
    ``field`` is the path to the first bad value (``groups[0].count``); a value's own error
    (``money.not_a_number`` …) keeps its stable code.

    >>> structure("2026-11", YearMonth)
    YearMonth(2026, 11)
    >>> structure({"fee": "x"}, dict[str, Yen])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: ['fee']: amount: got 'x'; expected an int, a Decimal or a \
numeric string such as '1928.50' (floats are not exact)
    """
    if not (isinstance(cls, type) or get_origin(cls) is not None):
        raise InvalidInput(
            f"cls must be a type such as Yen or list[YearMonth], got {type(cls).__name__}",
            code="convert.unknown_type",
            field="cls",
            expected="a type",
        )
    try:
        return converter.structure(data, cls)
    except (StructureHandlerNotFoundError, NameError):  # NameError: an unresolvable annotation
        raise InvalidInput(
            f"cls: telcobiz cannot build a {short_repr(cls)} from data; expected a telcobiz "
            "value type, a builtin type or a container of them",
            code="convert.unknown_type",
            field="cls",
            expected="a type the converter knows",
        ) from None
    except (BaseValidationError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise _located(error, data, cls) from None
    except RecursionError:
        raise InvalidInput(
            "data: nested too deeply to structure", code="convert.too_deep", field="data"
        ) from None


def _located(error: Exception, data: Any, cls: object) -> TelcobizError:
    # cattrs gathers the errors of nested fields in exception groups that know each one's
    # attribute, index or key; transform_error turns them into "... @ $.groups[0].count".
    leaves: list[BaseException] = []

    def remember(leaf: BaseException, _type: object) -> str:
        leaves.append(leaf)
        return format_exception(leaf, _type)  # type: ignore[arg-type]

    messages = transform_error(error, "$", remember)
    paths = [message.rsplit(" @ ", 1)[-1] for message in messages]
    found = list(zip(paths, leaves, messages, strict=True)) or [("$", error, str(error))]
    # The first error that is telcobiz's own keeps its code; otherwise the first one found.
    path, leaf, message = next(
        (item for item in found if isinstance(item[1], TelcobizError)), found[0]
    )
    field = path.removeprefix("$").removeprefix(".") or "data"
    shape = f"data shaped like {getattr(cls, '__name__', cls)}"
    if isinstance(leaf, TelcobizError):
        if field == "data":
            return leaf
        return type(leaf)(
            f"{field}: {leaf.message}",
            code=leaf.code,
            field=field,
            value=leaf.value,
            expected=leaf.expected,
        )
    description = message.rsplit(" @ ", 1)[0]
    return InvalidInput(
        f"{field}: {description}; expected {shape}",
        code="convert.unstructurable",
        field=field,
        value=data if field == "data" else None,
        expected=shape,
    )


def to_json(value: object, *, indent: int | None = None) -> str:
    """Serialise a telcobiz value to a JSON string (UTF-8 text, Japanese kept readable).

    Strict JSON: a float NaN or infinity, or an object JSON cannot hold, is an
    :class:`~telcobiz.core.errors.InvalidInput` (``convert.not_serialisable``).

    >>> to_json({"fee": Yen(191)})
    '{"fee": "191"}'
    """
    try:
        return json.dumps(unstructure(value), ensure_ascii=False, indent=indent, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as error:
        raise InvalidInput(
            f"value: cannot be written as JSON ({error}); expected a telcobiz value, or "
            "containers of them and of str, int, bool and None",
            code="convert.not_serialisable",
            field="value",
            expected="a value JSON can hold",
        ) from None


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Parse :func:`to_json` output back into a value of type ``cls``.

    Text that is not JSON (``convert.bad_json``), bytes that are not UTF-8
    (``convert.bad_encoding``) and data that does not fit ``cls`` are
    :class:`~telcobiz.core.errors.InvalidInput` errors.

    >>> from_json('"1,928.50"'.replace(",", ""), Yen)
    Yen('1928.50')
    >>> from_json("", Yen)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: text: not JSON (Expecting value at line 1, column 1); \
expected JSON text such as '"1928.50"'
    """
    if not isinstance(text, str | bytes | bytearray):
        raise InvalidInput(
            f"text must be a str or bytes of JSON, got {type(text).__name__}",
            code="convert.not_text",
            field="text",
            expected="a str or bytes of JSON",
        )
    expected = "JSON text such as '\"1928.50\"'"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            f"text: not JSON ({error.msg} at line {error.lineno}, column {error.colno}); "
            f"expected {expected}",
            code="convert.bad_json",
            field="text",
            value=short_repr(text),
            expected=expected,
        ) from None
    except UnicodeDecodeError as error:
        raise InvalidInput(
            f"text: byte {error.start} (0x{error.object[error.start]:02x}) is not UTF-8; "
            "expected JSON bytes in UTF-8 (or UTF-16/32 with a byte order mark)",
            code="convert.bad_encoding",
            field="text",
            expected="UTF-8 JSON bytes",
        ) from None
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, [[[[… 100,000 deep
        raise InvalidInput(
            f"text: JSON that Python cannot read ({short_repr(str(error))}); expected {expected}",
            code="convert.bad_json",
            field="text",
            expected=expected,
        ) from None
    return structure(data, cls)
