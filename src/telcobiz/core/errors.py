"""The one error tree of telcobiz.

Every error a caller can provoke with bad input is a :class:`TelcobizError` subclass that
carries a stable machine ``code`` (listed in the docs' *Error codes* page), the ``field`` and
``value`` at fault, and a message that says what was expected. The subclasses that describe
bad input also derive from :class:`ValueError`, so code that already catches ``ValueError``
keeps working, as with python-stdnum's ``ValidationError``.

>>> from datetime import date
>>> from telcobiz.scheduling import BusinessCalendar
>>> try:
...     BusinessCalendar().add_business_days(date(1969, 12, 31), 1)
... except OutOfRange as error:
...     print(error.code)
calendar.out_of_range
"""

from __future__ import annotations

import math
import sys
from typing import Any

__all__ = [
    "InvalidInput",
    "MissingExtra",
    "OutOfRange",
    "RuleViolation",
    "TelcobizError",
    "UnknownItem",
    "short_repr",
]

_SECRET_MASK = "***"
_QUOTE_LIMIT = 80


def short_repr(value: object, limit: int = _QUOTE_LIMIT) -> str:
    """``repr(value)``, cut to ``limit`` characters, for quoting bad input in a message.

    A 5 MB string or a 10,000-digit int is shown by its start and its size, and a value whose
    ``repr`` itself fails is shown by its type: an error message never fails or floods.

    >>> short_repr("x" * 200)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (202 characters)"
    >>> short_repr(10**5000)
    'an int of about 5000 digits'
    """
    try:
        text = repr(value)
    except Exception:  # a refusing __repr__ (Python will not print 5,000-digit ints) must not
        # hide the real error
        if isinstance(value, int):
            return f"an int of about {round(value.bit_length() * math.log10(2))} digits"
        return f"a {type(value).__name__} object"
    if len(text) <= limit:
        return text
    suffix = f"… ({len(text)} characters)"
    return text[: limit - len(suffix)] + suffix


class TelcobizError(Exception):
    """Base class of every error telcobiz raises on purpose.

    Attributes:
        code: a stable, dotted machine code such as ``"calendar.out_of_range"``.
        field: the name of the argument or field at fault, if there is one.
        value: the offending value (``"***"`` for secrets, which are never echoed).
        expected: a short phrase saying what would have been accepted.

    >>> error = TelcobizError("something is off", code="demo.off", field="x", value=1)
    >>> (error.code, error.field, error.value, str(error))
    ('demo.off', 'x', 1, 'something is off')
    """

    default_code = "telcobiz.error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        field: str | None = None,
        value: Any = None,
        expected: str | None = None,
        secret: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.field = field
        self.value = _SECRET_MASK if secret else value
        self.expected = expected

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the keyword-only attributes when an error crosses a process boundary.
        return (
            _rebuild,
            (type(self), self.message, self.code, self.field, self.value, self.expected),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the error as JSON-ready data (``value`` is shown with ``repr``).

        >>> InvalidInput.for_value("n", "x", "an integer").to_dict()["code"]
        'invalid_input'
        """
        return {
            "code": self.code,
            "field": self.field,
            "value": None if self.value is None else repr(self.value),
            "expected": self.expected,
            "message": self.message,
        }

    @classmethod
    def for_value(
        cls,
        field: str,
        value: Any,
        expected: str,
        *,
        code: str | None = None,
        problem: str | None = None,
        secret: bool = False,
    ) -> TelcobizError:
        """Build an error whose message names the field, the value and what was expected.

        >>> str(InvalidInput.for_value("month", "2026-13", "a month as YYYY-MM"))
        "month: got '2026-13'; expected a month as YYYY-MM"
        """
        # The whole repr (the command line bounds what it prints), but never a failing one.
        shown = _SECRET_MASK if secret else short_repr(value, limit=sys.maxsize)
        head = f"{field}: {problem}" if problem else f"{field}: got {shown}"
        return cls(
            f"{head}; expected {expected}",
            code=code,
            field=field,
            value=value,
            expected=expected,
            secret=secret,
        )


def _rebuild(
    cls: type[TelcobizError],
    message: str,
    code: str,
    field: str | None,
    value: Any,
    expected: str | None,
) -> TelcobizError:
    # The value was masked already if it was a secret; rebuild without masking again.
    return cls(message, code=code, field=field, value=value, expected=expected)


class InvalidInput(TelcobizError, ValueError):
    """A value has the wrong type, form or content.

    >>> raise InvalidInput.for_value("n", "5", "an int")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: n: got '5'; expected an int
    """

    default_code = "invalid_input"


class OutOfRange(InvalidInput):
    """A value is well formed but outside what a rule or table covers.

    >>> OutOfRange("too early", code="table.before_first").code
    'table.before_first'
    """

    default_code = "out_of_range"


class UnknownItem(InvalidInput):
    """A name, number or key is not one of the known items.

    >>> UnknownItem.for_value("item", 14, "one of 1..13").expected
    'one of 1..13'
    """

    default_code = "unknown_item"


class RuleViolation(TelcobizError, ValueError):
    """Input is well formed but a business rule says no (raised by ``validate_…`` functions).

    >>> RuleViolation("not allowed", code="demo.rule").code
    'demo.rule'
    """

    default_code = "rule_violation"


class MissingExtra(TelcobizError, ImportError):
    """An optional dependency is not installed; the message says which extra installs it.

    pandas and pyarrow are imported only by the functions that need them
    (``to_dataframe()``, the Arrow reader), so ``import telcobiz`` never needs them.

    >>> error = MissingExtra.for_extra("pandas", "to_dataframe()", extra="pandas")
    >>> error.code, str(error)
    ('missing_extra.pandas', 'to_dataframe() needs pandas, which is not installed; install it \
with: pip install "telcobiz[pandas]"')
    """

    default_code = "missing_extra"

    @classmethod
    def for_extra(cls, module: str, needed_by: str, *, extra: str) -> MissingExtra:
        """The error for ``module`` missing, needed by ``needed_by``, installed by ``extra``.

        >>> MissingExtra.for_extra("pyarrow", "iter_batches()", extra="arrow").expected
        'pip install "telcobiz[arrow]"'
        """
        hint = f'pip install "telcobiz[{extra}]"'
        return cls(
            f"{needed_by} needs {module}, which is not installed; install it with: {hint}",
            code=f"missing_extra.{extra}",
            field=module,
            expected=hint,
        )
