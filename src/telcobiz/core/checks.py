"""The type check at the public boundary: one ``isinstance``, one clear error.

A function that takes an object argument (a calendar, a policy, a contract, a layout) checks
it once where the caller hands it over, so a wrong object is an
:class:`~telcobiz.core.errors.InvalidInput` naming the parameter and the type expected, not an
``AttributeError`` from deep inside the rule.

>>> from datetime import date
>>> expect_instance(date(2026, 11, 2), date, "on")
datetime.date(2026, 11, 2)
>>> expect_instance(1, date, "calendar", expected="a BusinessCalendar")
Traceback (most recent call last):
...
telcobiz.core.errors.InvalidInput: calendar must be a BusinessCalendar, got int
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar, overload

from telcobiz.core.errors import InvalidInput

__all__ = ["expect_instance", "expect_iterable"]

T = TypeVar("T")
U = TypeVar("U")


@overload
def expect_instance(
    value: object, cls: type[T], field: str, *, expected: str | None = ..., code: str = ...
) -> T: ...


@overload
def expect_instance(
    value: object,
    cls: tuple[type[T], type[U]],
    field: str,
    *,
    expected: str | None = ...,
    code: str = ...,
) -> T | U: ...


def expect_instance(
    value: object,
    cls: type[object] | tuple[type[object], ...],
    field: str,
    *,
    expected: str | None = None,
    code: str = "wrong_type",
) -> object:
    """Return ``value`` if it is an instance of ``cls``, else raise ``InvalidInput``.

    The message reads ``<field> must be <expected>, got <type>``; ``expected`` defaults to
    "a"/"an" and the class name. Booleans are not accepted where an ``int`` is asked for.

    >>> expect_instance("7000012050002", str, "number")
    '7000012050002'
    >>> expect_instance(True, int, "count")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: count must be an int, got bool
    """
    classes = cls if isinstance(cls, tuple) else (cls,)
    if isinstance(value, classes) and not (isinstance(value, bool) and bool not in classes):
        return value
    if expected is None:
        names = " or ".join(klass.__name__ for klass in classes)
        expected = ("an " if names[0].lower() in "aeiou" else "a ") + names
    raise InvalidInput(
        f"{field} must be {expected}, got {type(value).__name__}",
        code=code,
        field=field,
        value=value,
        expected=expected,
    )


def expect_iterable(value: object, field: str, *, expected: str, code: str = "wrong_type") -> None:
    """Raise ``InvalidInput`` unless ``value`` is an iterable other than ``str`` or ``bytes``.

    Text is refused because iterating it gives characters, never the items a caller meant
    (``options="backup"`` is not a list of options). The value is not consumed.

    >>> expect_iterable(["backup"], "options", expected="a list of options")
    >>> expect_iterable("backup", "options", expected="a list of options")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: options must be a list of options, got str
    """
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | bytearray):
        return
    raise InvalidInput(
        f"{field} must be {expected}, got {type(value).__name__}",
        code=code,
        field=field,
        value=value,
        expected=expected,
    )
