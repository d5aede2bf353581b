"""Effective-dated rule values, the way OpenFisca stores parameters.

Every price, rate and limit telcobiz knows is a :class:`Dated` value (valid from a date,
optionally until a last date, with its :class:`~telcobiz.core.citation.Citation`) kept in an
:class:`EffectiveTable`. A rule change is a new row with a new date; nothing is retyped.

>>> from decimal import Decimal
>>> from telcobiz.core.citation import Citation, CONSUMPTION_TAX_ACT
>>> act = Citation(CONSUMPTION_TAX_ACT, "第29条")
>>> rates = EffectiveTable("rate", [
...     Dated(Decimal("0.08"), date(2014, 4, 1), citation=act),
...     Dated(Decimal("0.10"), date(2019, 10, 1), citation=act),
... ])
>>> rates.at(date(2019, 9, 30)), rates.at(date(2019, 10, 1))
(Decimal('0.08'), Decimal('0.10'))
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import pairwise
from typing import Generic, TypeVar

import attrs

from telcobiz.core.checks import expect_instance, expect_iterable
from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput, OutOfRange
from telcobiz.core.jst import require_date

__all__ = ["Dated", "EffectiveTable"]

T = TypeVar("T")


@attrs.frozen
class Dated(Generic[T]):
    """One value of a rule, valid from ``valid_from`` through ``valid_until`` (inclusive).

    ``valid_until=None`` means "until a later row replaces it".

    >>> from telcobiz.core.citation import Citation, RULEBOOK
    >>> Dated(467, date(2020, 1, 1), citation=Citation(RULEBOOK, "DMP-1")).covers(date(2026, 1, 1))
    True
    """

    value: T
    valid_from: date
    valid_until: date | None = None
    citation: Citation | None = None

    def __attrs_post_init__(self) -> None:
        require_date(self.valid_from, "valid_from", code="table.not_a_date")
        if self.valid_until is not None:
            require_date(self.valid_until, "valid_until", code="table.not_a_date")
        if self.citation is not None:
            expect_instance(self.citation, Citation, "citation", code="table.bad_citation")
        if self.valid_until is not None and self.valid_until < self.valid_from:
            raise InvalidInput.for_value(
                "valid_until",
                self.valid_until,
                f"a date on or after valid_from {self.valid_from}",
                code="table.bad_period",
            )

    def covers(self, on: date) -> bool:
        """True when ``on`` is inside this value's validity.

        >>> Dated(191, date(2020, 1, 1), date(2020, 12, 31)).covers(date(2021, 1, 1))
        False
        """
        return self.valid_from <= on and (self.valid_until is None or on <= self.valid_until)


def _to_entries(values: Iterable[Dated[T]]) -> tuple[Dated[T], ...]:
    expect_iterable(values, "entries", expected="an iterable of Dated rows", code="table.bad_rows")
    rows = tuple(values)
    for row in rows:
        expect_instance(row, Dated, "entries", expected="Dated rows", code="table.bad_rows")
    return rows


@attrs.frozen
class EffectiveTable(Generic[T]):
    """A named series of :class:`Dated` values that do not overlap, looked up by date.

    A date before the first row, or in a gap between rows, is an
    :class:`~telcobiz.core.errors.OutOfRange` error, never a silent default.

    >>> table = EffectiveTable("basic fee", [Dated(467, date(2020, 4, 1))])
    >>> table.at(date(2020, 3, 31))
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.OutOfRange: basic fee: no value before 2020-04-01 (asked for 2020-03-31)
    """

    name: str
    entries: tuple[Dated[T], ...] = attrs.field(converter=_to_entries)
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        expect_instance(self.name, str, "name", code="table.bad_name")
        ordered = tuple(sorted(self.entries, key=lambda entry: entry.valid_from))
        if not ordered:
            raise InvalidInput(
                f"{self.name}: a table needs at least one row",
                code="table.empty",
                field="entries",
                expected="one or more Dated values",
            )
        for before, after in pairwise(ordered):
            # An open row (valid_until=None) ends where the next row starts, as in OpenFisca.
            ends_after_next_start = (
                before.valid_until is not None and before.valid_until >= after.valid_from
            )
            if before.valid_from == after.valid_from or ends_after_next_start:
                raise InvalidInput(
                    f"{self.name}: rows from {before.valid_from} and {after.valid_from} overlap",
                    code="table.overlap",
                    field="entries",
                    expected="rows whose periods do not overlap",
                )
        object.__setattr__(self, "entries", ordered)
        object.__setattr__(self, "_starts", tuple(e.valid_from.toordinal() for e in ordered))

    def entry_at(self, on: date) -> Dated[T]:
        """The row in force on ``on``, with its citation.

        >>> EffectiveTable("fee", [Dated(467, date(2020, 4, 1))]).entry_at(date(2026, 1, 1)).value
        467
        """
        if not isinstance(on, date):
            raise InvalidInput.for_value("on", on, "a datetime.date", code="table.not_a_date")
        index = bisect_right(self._starts, on.toordinal()) - 1
        if index < 0:
            raise OutOfRange(
                f"{self.name}: no value before {self.entries[0].valid_from} (asked for {on})",
                code="table.before_first",
                field="on",
                value=on,
                expected=f"a date on or after {self.entries[0].valid_from}",
            )
        entry = self.entries[index]
        if entry.valid_until is not None and on > entry.valid_until:
            raise OutOfRange(
                f"{self.name}: no value in force on {on} (the row from {entry.valid_from}"
                f" ended {entry.valid_until})",
                code="table.gap",
                field="on",
                value=on,
                expected="a date covered by a row of the table",
            )
        return entry

    def at(self, on: date) -> T:
        """The value in force on ``on``.

        >>> EffectiveTable("fee", [Dated(467, date(2020, 4, 1))]).at(date(2026, 1, 1))
        467
        """
        return self.entry_at(on).value

    def __iter__(self) -> Iterator[Dated[T]]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def single(cls, name: str, value: T, valid_from: date, citation: Citation) -> EffectiveTable[T]:
        """A table of one open-ended row (the common case for a price that never changed).

        >>> from telcobiz.core.citation import Citation, RULEBOOK
        >>> EffectiveTable.single("fee", 200, date(2020, 1, 1), Citation(RULEBOOK, "DMP-2")).at(
        ...     date(2030, 1, 1))
        200
        """
        return cls(name, [Dated(value, valid_from, None, citation)])
