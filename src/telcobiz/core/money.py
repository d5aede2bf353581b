"""Exact money: :class:`Yen` on :class:`~decimal.Decimal`, and named rounding modes.

Call charges carry sen (1,928.50 yen), so amounts are exact decimals; floats are refused
because ``0.1 + 0.2`` is not a price. Rounding to whole yen is always explicit and named.

>>> total = Yen("56.00") + Yen("1872.50")
>>> str(total), str(total.rounded(Rounding.FLOOR))
('1,928.50円', '1,928円')
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Decimal,
    InvalidOperation,
)
from typing import Any, ClassVar, SupportsIndex

import attrs

from telcobiz.core.errors import InvalidInput

__all__ = ["Rounding", "Yen", "to_decimal"]

_WHOLE = Decimal(1)
_SEN = Decimal("0.01")
_TEXT_AMOUNT = re.compile(r"^\s*([+-]?)\s*[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*円?\s*$")


class Rounding(enum.Enum):
    """How an amount becomes whole yen. Each member maps to a :mod:`decimal` mode.

    ``FLOOR`` (切り捨て toward minus infinity) is the invoice default of TAX-2; ``DOWN``
    truncates toward zero (CAC-4's display of a month total); ``HALF_UP`` is 四捨五入.

    >>> Rounding.FLOOR.decimal_mode
    'ROUND_FLOOR'
    """

    FLOOR = "floor"
    CEILING = "ceiling"
    DOWN = "down"
    HALF_UP = "half_up"
    HALF_EVEN = "half_even"

    @property
    def decimal_mode(self) -> str:
        """The :mod:`decimal` rounding constant of this mode."""
        return _DECIMAL_MODES[self]


_DECIMAL_MODES = {
    Rounding.FLOOR: ROUND_FLOOR,
    Rounding.CEILING: ROUND_CEILING,
    Rounding.DOWN: ROUND_DOWN,
    Rounding.HALF_UP: ROUND_HALF_UP,
    Rounding.HALF_EVEN: ROUND_HALF_EVEN,
}


def to_decimal(value: object, *, field: str = "amount") -> Decimal:
    """Convert an int, a Decimal or a numeric string to a finite :class:`Decimal`.

    Floats, booleans, NaN and infinities are refused: they cannot be exact money or rates.

    >>> to_decimal("1928.50")
    Decimal('1928.50')
    >>> to_decimal(0.1)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: amount: got 0.1; expected an int, a Decimal or a \
numeric string such as '1928.50' (floats are not exact)
    """
    if type(value) is Decimal and value.is_finite():
        return value  # the common case, kept cheap: every Yen is built through here
    expected = "an int, a Decimal or a numeric string such as '1928.50' (floats are not exact)"
    if isinstance(value, bool) or not isinstance(value, int | str | Decimal):
        raise InvalidInput.for_value(field, value, expected, code="money.not_exact")
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise InvalidInput.for_value(field, value, expected, code="money.not_a_number") from None
    if not number.is_finite():
        raise InvalidInput.for_value(field, value, "a finite amount", code="money.not_finite")
    return number


def _amount(value: object) -> Decimal:
    if type(value) is Decimal and value.is_finite():
        return value
    if isinstance(value, Yen):
        return value.amount
    return to_decimal(value)


@attrs.frozen(order=True, repr=False)
class Yen:
    """An exact amount of Japanese yen, sen included.

    Build it from an int, a :class:`Decimal` or a string (never a float). Adding and
    subtracting yen, multiplying or dividing by a number, comparing, ``sum()`` and ``abs()``
    all stay exact; :meth:`rounded` makes whole yen by a named :class:`Rounding`.

    >>> fee = Yen(467) * 120
    >>> fee, str(fee), fee > Yen(50_000)
    (Yen('56040'), '56,040円', True)
    >>> sum([Yen("0.50"), Yen("0.25")], Yen(0))
    Yen('0.75')
    """

    amount: Decimal = attrs.field(converter=_amount)

    ZERO: ClassVar[Yen]

    @classmethod
    def parse(cls, text: str) -> Yen:
        """Read an amount written for people: ``"1,928.50円"``, ``"¥-1,410"``, ``"467"``.

        >>> Yen.parse("1,928.50円")
        Yen('1928.50')
        """
        match = _TEXT_AMOUNT.match(text) if isinstance(text, str) else None
        if match is None:
            raise InvalidInput.for_value(
                "amount",
                text,
                "an amount such as '1,928.50円', '467' or '-1,410'",
                code="money.unparsable",
            )
        sign, whole, fraction = match.groups()
        return cls(f"{sign}{whole.replace(',', '')}{fraction or ''}")

    @classmethod
    def sum(cls, amounts: Iterable[Yen]) -> Yen:
        """Add up amounts exactly; an empty iterable gives ``Yen(0)``.

        >>> Yen.sum([Yen(191), Yen(467)])
        Yen('658')
        """
        return cls(sum((amount.amount for amount in amounts), Decimal(0)))

    @property
    def is_whole(self) -> bool:
        """True when the amount has no sen.

        >>> Yen("1928.50").is_whole, Yen("1929.00").is_whole
        (False, True)
        """
        return self.amount == self.amount.to_integral_value()

    def rounded(self, mode: Rounding = Rounding.FLOOR) -> Yen:
        """Whole yen by the named rounding mode.

        >>> [str(Yen("-1.5").rounded(mode)) for mode in (Rounding.FLOOR, Rounding.DOWN)]
        ['-2円', '-1円']
        """
        if not isinstance(mode, Rounding):
            raise InvalidInput.for_value(
                "mode", mode, "a telcobiz.Rounding member", code="money.rounding"
            )
        return Yen(self.amount.quantize(_WHOLE, rounding=mode.decimal_mode))

    def format(self, *, sen: bool | None = None, unit: str = "円") -> str:
        """Format with thousands separators: ``1,928.50円``, ``1,929円``.

        ``sen=None`` shows sen only when there are some; ``True`` always shows two decimals,
        ``False`` never (and refuses an amount that has sen rather than hide it).

        >>> Yen(1929).format(sen=True), Yen("1928.50").format(unit=" yen")
        ('1,929.00円', '1,928.50 yen')
        """
        show_sen = (not self.is_whole) if sen is None else sen
        if not show_sen and not self.is_whole:
            raise InvalidInput.for_value(
                "sen",
                sen,
                "sen=True or None for an amount with sen; round it first",
                code="money.hidden_sen",
            )
        if show_sen:
            if self.amount == self.amount.quantize(_SEN):
                return f"{self.amount:,.2f}{unit}"
            # More than two decimals: show them all rather than round silently.
            return f"{self.amount:,f}{unit}"
        return f"{self.amount.to_integral_value():,f}{unit}"

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"Yen('{self.amount}')"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec) if spec else str(self)

    def __add__(self, other: object) -> Yen:
        if isinstance(other, Yen):
            return Yen(self.amount + other.amount)
        return NotImplemented

    def __radd__(self, other: object) -> Yen:
        # Lets the builtin sum() start from 0.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other: object) -> Yen:
        if isinstance(other, Yen):
            return Yen(self.amount - other.amount)
        return NotImplemented

    def __mul__(self, factor: object) -> Yen:
        if type(factor) is int:  # exact with a Decimal, and the common case (unit x count)
            return Yen(self.amount * factor)
        if isinstance(factor, Yen | bool):
            return NotImplemented
        if isinstance(factor, int | Decimal):
            return Yen(self.amount * to_decimal(factor, field="factor"))
        if isinstance(factor, float):
            to_decimal(factor, field="factor")
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, divisor: object) -> Yen:
        if isinstance(divisor, int | Decimal) and not isinstance(divisor, bool):
            number = to_decimal(divisor, field="divisor")
            if number == 0:
                raise InvalidInput.for_value(
                    "divisor", divisor, "a non-zero number", code="money.divide_by_zero"
                )
            return Yen(self.amount / number)
        if isinstance(divisor, float):
            to_decimal(divisor, field="divisor")
        return NotImplemented

    def __neg__(self) -> Yen:
        return Yen(-self.amount)

    def __pos__(self) -> Yen:
        return self

    def __abs__(self) -> Yen:
        return Yen(abs(self.amount))

    def __bool__(self) -> bool:
        return bool(self.amount)

    def __round__(self, ndigits: SupportsIndex | None = None) -> Any:
        raise InvalidInput(
            "round() would pick a rounding mode for you; use Yen.rounded(Rounding.…)",
            code="money.implicit_rounding",
            expected="Yen.rounded(mode)",
        )


Yen.ZERO = Yen(0)
