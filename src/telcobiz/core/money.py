"""Exact money: :class:`Yen` on :class:`~decimal.Decimal`, and named rounding modes.

Call charges carry sen (1,928.50 yen), so amounts are exact decimals; floats are refused
because ``0.1 + 0.2`` is not a price. Rounding to whole yen is always explicit and named.

Every amount has at most 15 integer digits (:attr:`Yen.MAX`, far above any bill) and at most 12
decimal places (:attr:`Yen.MAX_PLACES`). Inside those bounds all arithmetic is exact whatever
:func:`decimal.getcontext` says; a result outside them is an
:class:`~telcobiz.core.errors.OutOfRange` error, never a rounded or truncated amount.

>>> total = Yen("56.00") + Yen("1872.50")
>>> str(total), str(total.rounded(Rounding.FLOOR))
('1,928.50円', '1,928円')
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from decimal import (
    MAX_EMAX,
    MIN_EMIN,
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DecimalException,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
)
from typing import Any, ClassVar, SupportsIndex

import attrs

from telcobiz.core.errors import InvalidInput, OutOfRange, short_repr

__all__ = ["Rounding", "Yen", "to_decimal"]

_WHOLE = Decimal(1)
_SEN = Decimal("0.01")
_MAX_DIGITS = 15
_MAX_PLACES = 12
_PLACE = Decimal(1).scaleb(-_MAX_PLACES)
_ZERO = Decimal(0)
# Inside the bounds an amount has at most 27 significant digits, so 40 digits hold any sum or
# product of two of them exactly; Inexact is trapped so a result needing more is an error.
_EXACT = Context(
    prec=40,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[InvalidOperation, DivisionByZero, Overflow, Inexact],
)
_ROUNDING = Context(prec=40, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation, Overflow])
_BOUNDS = (
    f"an amount below 10^{_MAX_DIGITS} yen in absolute value (at most {_MAX_DIGITS} integer "
    f"digits) with at most {_MAX_PLACES} decimal places"
)
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


def _bounded(number: Decimal, value: object) -> Decimal:
    # `number` is finite. Exponents are brought inside 0..-12 where that is exact (1E+3 is
    # 1000, 1.50000000000000 is 1.5), so str() never prints a long run of zeros.
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    if number and number.adjusted() >= _MAX_DIGITS:
        raise OutOfRange.for_value("amount", value, _BOUNDS, code="money.out_of_range")
    if exponent > 0:
        return number.quantize(_WHOLE, context=_ROUNDING)
    if exponent < -_MAX_PLACES:
        try:  # exact for zero (its sign kept: a file's -0.00 reads back as written)
            return number.quantize(_PLACE, context=_EXACT)
        except DecimalException:
            raise OutOfRange.for_value("amount", value, _BOUNDS, code="money.too_precise") from None
    return number


def _amount(value: object) -> Decimal:
    if isinstance(value, Yen):
        return value.amount
    number = value if type(value) is Decimal and value.is_finite() else to_decimal(value)
    return _bounded(number, value)


_OPERATIONS = {
    "+": (_EXACT.add, _ROUNDING.add),
    "-": (_EXACT.subtract, _ROUNDING.subtract),
    "*": (_EXACT.multiply, _ROUNDING.multiply),
    "/": (_EXACT.divide, _ROUNDING.divide),
}


def _exact(left: Decimal, operator: str, right: Decimal | int) -> Yen:
    # Arithmetic in a context that cannot round: a result the bounds cannot hold is an error
    # that names the operation, never an amount with digits lost.
    exact, rounding = _OPERATIONS[operator]
    try:
        return Yen(exact(left, right))
    except OutOfRange as error:
        too_large = error.code == "money.out_of_range"
    except Inexact:
        try:
            too_large = rounding(left, right).adjusted() >= _MAX_DIGITS
        except DecimalException:
            too_large = True
    except DecimalException:
        too_large = True
    problem = "is too large" if too_large else f"has more than {_MAX_PLACES} decimal places"
    hint = "; round the amount or divide by a number that splits it" if operator == "/" else ""
    raise OutOfRange(
        f"amount: {left}円 {operator} {_operand(right)} {problem}; expected {_BOUNDS}{hint}",
        code="money.out_of_range" if too_large else "money.too_precise",
        field="amount",
        value=right,
        expected=_BOUNDS,
    )


def _operand(number: Decimal | int) -> str:
    text = str(number) if isinstance(number, Decimal) else short_repr(number)
    return text if len(text) <= 40 else f"{text[:30]}… ({len(text)} characters)"


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

    An amount past :attr:`MAX` or with more than :attr:`MAX_PLACES` decimal places, built or
    computed, is an :class:`~telcobiz.core.errors.OutOfRange` error:

    >>> Yen(467) * (10**26 + 1)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.OutOfRange: amount: 467円 * 100000000000000000000000001 is too large; \
expected an amount below 10^15 yen in absolute value (at most 15 integer digits) with at most 12 \
decimal places
    """

    amount: Decimal = attrs.field(converter=_amount)

    ZERO: ClassVar[Yen]
    MAX: ClassVar[Yen]
    """The largest amount, 999,999,999,999,999.999999999999円 (15 integer digits, 12 places).

    >>> str(Yen.MAX.rounded())
    '999,999,999,999,999円'
    """
    MAX_PLACES: ClassVar[int] = _MAX_PLACES
    """The most decimal places an amount keeps exactly (sen are 2; rates add a few more).

    >>> Yen.MAX_PLACES
    12
    """

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
        total = _ZERO
        for amount in amounts:
            if not isinstance(amount, Yen):
                raise InvalidInput.for_value("amounts", amount, "Yen values", code="money.not_yen")
            try:  # only the total must fit the bounds, not every partial sum
                total = _EXACT.add(total, amount.amount)
            except DecimalException:
                break
        else:
            return cls(total)
        raise OutOfRange(
            f"amounts: the sum has more than 40 digits; expected {_BOUNDS}",
            code="money.out_of_range",
            field="amounts",
            expected=_BOUNDS,
        )

    @property
    def is_whole(self) -> bool:
        """True when the amount has no sen.

        >>> Yen("1928.50").is_whole, Yen("1929.00").is_whole
        (False, True)
        """
        return self.amount == self.amount.to_integral_value(context=_ROUNDING)

    def rounded(self, mode: Rounding = Rounding.FLOOR) -> Yen:
        """Whole yen by the named rounding mode.

        >>> [str(Yen("-1.5").rounded(mode)) for mode in (Rounding.FLOOR, Rounding.DOWN)]
        ['-2円', '-1円']
        """
        if not isinstance(mode, Rounding):
            raise InvalidInput.for_value(
                "mode", mode, "a telcobiz.Rounding member", code="money.rounding"
            )
        return Yen(self.amount.quantize(_WHOLE, rounding=mode.decimal_mode, context=_ROUNDING))

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
            if self.amount == self.amount.quantize(_SEN, context=_ROUNDING):
                return f"{self.amount:,.2f}{unit}"
            # More than two decimals: show them all rather than round silently.
            return f"{self.amount:,f}{unit}"
        return f"{self.amount.to_integral_value(context=_ROUNDING):,f}{unit}"

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"Yen('{self.amount}')"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec) if spec else str(self)

    def __add__(self, other: object) -> Yen:
        if isinstance(other, Yen):
            return _exact(self.amount, "+", other.amount)
        return NotImplemented

    def __radd__(self, other: object) -> Yen:
        # Lets the builtin sum() start from 0.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other: object) -> Yen:
        if isinstance(other, Yen):
            return _exact(self.amount, "-", other.amount)
        return NotImplemented

    def __mul__(self, factor: object) -> Yen:
        if type(factor) is int:  # the common case (unit price x count)
            return _exact(self.amount, "*", factor)
        if isinstance(factor, Yen | bool):
            return NotImplemented
        if isinstance(factor, int | Decimal):
            return _exact(self.amount, "*", to_decimal(factor, field="factor"))
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
            return _exact(self.amount, "/", number)
        if isinstance(divisor, float):
            to_decimal(divisor, field="divisor")
        return NotImplemented

    def __neg__(self) -> Yen:
        return Yen(self.amount.copy_negate())

    def __pos__(self) -> Yen:
        return self

    def __abs__(self) -> Yen:
        return Yen(self.amount.copy_abs())

    def __bool__(self) -> bool:
        return bool(self.amount)

    def __round__(self, ndigits: SupportsIndex | None = None) -> Any:
        raise InvalidInput(
            "round() would pick a rounding mode for you; use Yen.rounded(Rounding.…)",
            code="money.implicit_rounding",
            expected="Yen.rounded(mode)",
        )


Yen.ZERO = Yen(0)
Yen.MAX = Yen(Decimal(10) ** _MAX_DIGITS - _PLACE)
