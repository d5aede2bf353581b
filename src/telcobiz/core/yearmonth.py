"""Billing months: :class:`YearMonth`, with arithmetic by whole months (CAL-4, MC-7, CAC-2).

>>> month = YearMonth.parse("2026-11")
>>> str(month + 2), month.last_day, (month + 2) - month
('2027-01', datetime.date(2026, 11, 30), 2)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import attrs
from dateutil.relativedelta import relativedelta

from telcobiz.core.errors import InvalidInput, OutOfRange, short_repr

__all__ = ["YearMonth"]

_PATTERN = re.compile(r"^(\d{4})[-/](\d{1,2})$")
_EXPECTED = "a month written YYYY-MM (e.g. '2026-11'), year 1..9999, month 1..12"
_MONTHS_SERVED = "a month from 0001-01 to 9999-12"
_LAST_INDEX = 9999 * 12 + 11  # months counted from year 0, January: 0001-01 is 12


def _check_year(instance: YearMonth, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
        raise InvalidInput.for_value("year", value, "an int from 1 to 9999", code="month.invalid")


def _check_month(instance: YearMonth, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise InvalidInput.for_value("month", value, "an int from 1 to 12", code="month.invalid")


@attrs.frozen(order=True, repr=False)
class YearMonth:
    """A calendar month such as a billing month: ``YearMonth(2026, 11)`` prints ``2026-11``.

    Adding or subtracting an int moves by whole months; subtracting two months gives the
    number of months between them. Months run from 0001-01 to 9999-12, Python's calendar: a
    step past them is an :class:`~telcobiz.core.errors.OutOfRange` error
    (``month.out_of_range``).

    >>> YearMonth(2026, 12) + 1
    YearMonth(2027, 1)
    >>> YearMonth.of(date(2026, 11, 22)).first_day
    datetime.date(2026, 11, 1)
    >>> YearMonth(9999, 12) + 1
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.OutOfRange: months: 9999-12 + 1 month leaves the months served; \
expected a month from 0001-01 to 9999-12
    """

    year: int = attrs.field(validator=_check_year)
    month: int = attrs.field(validator=_check_month)

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        """Read ``YYYY-MM`` (or ``YYYY/MM``).

        >>> YearMonth.parse("2019-10")
        YearMonth(2019, 10)
        """
        match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise InvalidInput.for_value("month", text, _EXPECTED, code="month.unparsable")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> YearMonth:
        """The month a date falls in.

        >>> YearMonth.of(date(2024, 2, 29))
        YearMonth(2024, 2)
        """
        if not isinstance(day, date):
            raise InvalidInput.for_value("day", day, "a datetime.date", code="month.invalid")
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        """The 1st of the month.

        >>> YearMonth(2026, 2).first_day
        datetime.date(2026, 2, 1)
        """
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        """The last day of the month (leap years included).

        >>> YearMonth(2024, 2).last_day
        datetime.date(2024, 2, 29)
        """
        last: date = self.first_day + relativedelta(day=31)
        return last

    def days(self) -> Iterator[date]:
        """Every date of the month, in order.

        >>> len(list(YearMonth(2026, 2).days()))
        28
        """
        first = self.first_day.toordinal()
        for ordinal in range(first, self.last_day.toordinal() + 1):
            yield date.fromordinal(ordinal)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and (day.year, day.month) == (self.year, self.month)

    def __add__(self, months: object) -> YearMonth:
        if isinstance(months, bool) or not isinstance(months, int):
            return NotImplemented
        # Plain integer arithmetic: no date library can overflow on YearMonth(2026, 1) + 2**63.
        index = self.year * 12 + self.month - 1 + months
        if not 12 <= index <= _LAST_INDEX:
            sign = "+" if months >= 0 else "-"
            count = short_repr(abs(months))
            raise OutOfRange(
                f"months: {self} {sign} {count} month{'' if abs(months) == 1 else 's'} leaves "
                f"the months served; expected {_MONTHS_SERVED}",
                code="month.out_of_range",
                field="months",
                value=months,
                expected=_MONTHS_SERVED,
            )
        year, month = divmod(index, 12)
        return YearMonth(year, month + 1)

    __radd__ = __add__

    def __sub__(self, other: object) -> YearMonth | int:
        if isinstance(other, YearMonth):
            return (self.year - other.year) * 12 + (self.month - other.month)
        if isinstance(other, int) and not isinstance(other, bool):
            return self + (-other)
        return NotImplemented

    def months_since(self, start: YearMonth) -> int:
        """Whole months from ``start`` to this month (typed alternative to ``self - start``).

        >>> YearMonth(2028, 11).months_since(YearMonth(2026, 11))
        24
        """
        return (self.year - start.year) * 12 + (self.month - start.month)

    def shift(self, months: int) -> YearMonth:
        """This month moved by ``months`` (typed alternative to ``self + months``).

        >>> YearMonth(2026, 11).shift(-11)
        YearMonth(2025, 12)
        """
        if isinstance(months, bool) or not isinstance(months, int):
            raise InvalidInput.for_value("months", months, "an int", code="month.invalid")
        return self + months

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __repr__(self) -> str:
        return f"YearMonth({self.year}, {self.month})"
