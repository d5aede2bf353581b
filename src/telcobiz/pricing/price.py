"""Cited prices, and prices that change over a subscription's life as phases.

A :class:`Price` is an amount with the :class:`~telcobiz.core.citation.Citation` it comes
from. A :class:`PhasedPrice` is a list of :class:`PricePhase` objects, in the manner of Kill
Bill's plan phases: a one-month 0 yen ``TRIAL`` phase for a free start month (DMP-1), a
24-month ``DISCOUNT`` phase then an open-ended ``EVERGREEN`` phase for Smart Value for
Business (DMP-4). Month 1 is the month the subscription starts.

>>> from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
>>> guide = Citation(BOS_DMP_GUIDE, "§3.5.4", rule="DMP-4")
>>> smart_value = PhasedPrice("Smart Value", (
...     PricePhase(PhaseType.DISCOUNT, Yen(1410), guide, months=24),
...     PricePhase(PhaseType.EVERGREEN, Yen(934), guide),
... ))
>>> smart_value.price_at(24), smart_value.price_at(25), smart_value.total_for(24)
(Yen('1410'), Yen('934'), Yen('33840'))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from telcobiz.core.checks import expect_iterable
from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput, OutOfRange
from telcobiz.core.money import Yen

__all__ = ["PhaseType", "PhasedPrice", "Price", "PricePhase"]


@attrs.frozen
class Price:
    """An amount (tax-exclusive yen) and the citation it comes from.

    >>> from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
    >>> str(Price(Yen(191), Citation(BOS_DMP_GUIDE, "§3.5.4", rule="DMP-3")))
    '191円 (DMP-3)'
    """

    amount: Yen
    citation: Citation

    def __str__(self) -> str:
        return f"{self.amount} ({self.citation.rule or self.citation.section})"


class PhaseType(enum.Enum):
    """The kind of a price phase, as Kill Bill names them.

    >>> PhaseType.TRIAL.label, PhaseType.EVERGREEN.label_en
    ('無料期間', 'evergreen')
    """

    TRIAL = "trial"
    DISCOUNT = "discount"
    EVERGREEN = "evergreen"

    @property
    def label(self) -> str:
        """A short Japanese label."""
        return {
            PhaseType.TRIAL: "無料期間",
            PhaseType.DISCOUNT: "割引期間",
            PhaseType.EVERGREEN: "継続期間",
        }[self]

    @property
    def label_en(self) -> str:
        """A short English label."""
        return {
            PhaseType.TRIAL: "free trial",
            PhaseType.DISCOUNT: "discount period",
            PhaseType.EVERGREEN: "evergreen",
        }[self]


def _check_months(
    instance: PricePhase, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise InvalidInput.for_value(
            "months",
            value,
            "a whole number of months >= 1, or None (open-ended)",
            code="pricing.bad_phases",
        )


@attrs.frozen
class PricePhase:
    """One phase of a :class:`PhasedPrice`: a monthly price for ``months`` months.

    ``months=None`` is open-ended (the evergreen phase, always the last one).

    >>> from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
    >>> phase = PricePhase(PhaseType.TRIAL, Yen(0), Citation(BOS_DMP_GUIDE, "§3.5.3"), months=1)
    >>> phase.is_open_ended
    False
    """

    type: PhaseType
    price: Yen
    citation: Citation
    months: int | None = attrs.field(default=None, validator=_check_months)

    @property
    def is_open_ended(self) -> bool:
        """True for a phase without an end (``months=None``)."""
        return self.months is None


def _phases(phases: Iterable[PricePhase]) -> tuple[PricePhase, ...]:
    expect_iterable(phases, "phases", expected="PricePhase values", code="pricing.bad_phases")
    return tuple(phases)


@attrs.frozen
class PhasedPrice:
    """A monthly price that changes with the month number of a subscription.

    Every phase but the last has a length in months; the last one is open-ended, so any
    month from 1 on has a price. Month 1 is the month the subscription starts.

    >>> from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
    >>> cite = Citation(BOS_DMP_GUIDE, "§3.5.3", rule="DMP-1")
    >>> basic = PhasedPrice("基本サービス", (
    ...     PricePhase(PhaseType.TRIAL, Yen(0), cite, months=1),
    ...     PricePhase(PhaseType.EVERGREEN, Yen(467), cite),
    ... ))
    >>> [basic.price_at(month) for month in (1, 2, 36)]
    [Yen('0'), Yen('467'), Yen('467')]
    """

    name: str
    phases: tuple[PricePhase, ...] = attrs.field(converter=_phases)

    def __attrs_post_init__(self) -> None:
        if not self.phases or not all(isinstance(p, PricePhase) for p in self.phases):
            raise InvalidInput.for_value(
                "phases",
                self.phases,
                "one or more PricePhase values",
                code="pricing.bad_phases",
            )
        *bounded, last = self.phases
        if not last.is_open_ended or any(phase.is_open_ended for phase in bounded):
            raise InvalidInput(
                f"{self.name}: only the last phase may be open-ended, and it must be",
                code="pricing.bad_phases",
                field="phases",
                expected="phases with a length in months, then one with months=None",
            )

    def phase_at(self, month_number: int) -> PricePhase:
        """Return the phase in force in month ``month_number`` (1 = the start month).

        >>> from telcobiz.core.citation import RULEBOOK, Citation
        >>> one = PricePhase(PhaseType.EVERGREEN, Yen(1), Citation(RULEBOOK, "x"))
        >>> price = PhasedPrice("fee", (one,))
        >>> price.phase_at(0)
        Traceback (most recent call last):
        ...
        telcobiz.core.errors.OutOfRange: month_number: got 0; expected a month number >= 1 \
(1 is the month the subscription starts)
        """
        if isinstance(month_number, bool) or not isinstance(month_number, int):
            raise InvalidInput.for_value(
                "month_number", month_number, "an int >= 1", code="pricing.bad_month_number"
            )
        if month_number < 1:
            raise OutOfRange.for_value(
                "month_number",
                month_number,
                "a month number >= 1 (1 is the month the subscription starts)",
                code="pricing.bad_month_number",
            )
        remaining = month_number
        for phase in self.phases:
            if phase.months is None or remaining <= phase.months:
                return phase
            remaining -= phase.months
        raise AssertionError("the last phase is open-ended")  # checked in __attrs_post_init__

    def price_at(self, month_number: int) -> Yen:
        """Return the monthly price in month ``month_number`` (1 = the start month).

        >>> from telcobiz.core.citation import RULEBOOK, Citation
        >>> PhasedPrice("fee", (PricePhase(PhaseType.EVERGREEN, Yen(9), Citation(RULEBOOK, "x")),)
        ...             ).price_at(3)
        Yen('9')
        """
        return self.phase_at(month_number).price

    def total_for(self, months: int) -> Yen:
        """Add up the monthly prices of months 1 to ``months``.

        >>> from telcobiz.core.citation import RULEBOOK, Citation
        >>> monthly = PricePhase(PhaseType.EVERGREEN, Yen(467), Citation(RULEBOOK, "x"))
        >>> PhasedPrice("fee", (monthly,)).total_for(12)
        Yen('5604')
        """
        if isinstance(months, bool) or not isinstance(months, int) or months < 0:
            raise InvalidInput.for_value("months", months, "an int >= 0", code="pricing.bad_months")
        total = Yen.ZERO
        remaining = months
        for phase in self.phases:
            taken = remaining if phase.months is None else min(remaining, phase.months)
            total += phase.price * taken
            remaining -= taken
        return total
