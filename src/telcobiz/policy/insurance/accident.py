"""What happened: an insured contract, an accident and its losses, and the insurance year.

An :class:`Accident` is one lost or stolen phone and what it cost: ① the legal liability (the
mental damage of each leaked personal-information record, and other liability such as
damages, lawyers' and litigation fees) and ② the response costs (press conference, apology
gifts, outside consultants). :mod:`telcobiz.policy.insurance` turns it into a payout
(INS-1, INS-2, INS-3).

>>> accident = Accident(
...     date(2026, 5, 1), "090-1234-5678",
...     mental=[RecordDamages(20, Yen(400_000))], other_liability=Yen(3_000_000),
...     response_costs=Yen(800_000),
... )
>>> str(accident.liability_claimed), str(accident.claimed)
('11,000,000円', '11,800,000円')
>>> str(InsuranceYear.fiscal(accident.on))
'2026-04-01 to 2027-03-31'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from telcobiz.core.errors import InvalidInput, OutOfRange
from telcobiz.core.money import Yen
from telcobiz.policy.insurance.terms import ContractHolder, require_date

__all__ = ["Accident", "Contract", "InsuranceYear", "RecordDamages"]

FISCAL_YEAR_START = (4, 1)
"""The default insurance year starts on April 1 (the Japanese fiscal year)."""


def _amount(value: object) -> Yen:
    # Yen(...) refuses floats, NaN and text that is not a number with money.* codes.
    return value if isinstance(value, Yen) else Yen(value)


def _not_negative(instance: object, attribute: attrs.Attribute[Yen], value: Yen) -> None:
    if value < Yen.ZERO:
        raise InvalidInput.for_value(
            attribute.name, value, "an amount of 0 yen or more", code="insurance.negative_amount"
        )


@attrs.frozen
class Contract:
    """A 位置情報等提供契約 of KDDI デバイスマネジメントパック: the unit of the per-contract limit.

    ``number`` is whatever names the contract for you (its contract number); two accidents
    share the per-contract limit when their contracts are equal. Only a contract held by a
    corporation (法人) is insured.

    >>> Contract("K-001"), Contract().holder.label
    (Contract(number='K-001', holder=<ContractHolder.CORPORATION: 'corporation'>), '法人')
    """

    number: str = attrs.field(default="")
    holder: ContractHolder = attrs.field(default=ContractHolder.CORPORATION)

    @number.validator
    def _check_number(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            raise InvalidInput.for_value(
                "number", value, "the contract number as a str", code="insurance.bad_contract"
            )

    @holder.validator
    def _check_holder(self, attribute: attrs.Attribute[ContractHolder], value: object) -> None:
        if not isinstance(value, ContractHolder):
            raise InvalidInput.for_value(
                "holder", value, "a ContractHolder member", code="insurance.bad_contract"
            )

    def __str__(self) -> str:
        return f"{self.number} ({self.holder.value})" if self.number else self.holder.value


@attrs.frozen
class RecordDamages:
    """Mental damage (精神的損害) claimed for ``records`` leaked records, ``per_record`` each.

    The insurance pays at most 300,000 yen of mental damage per record (INS-1), so the
    amount per record matters, not only the total: list one :class:`RecordDamages` per
    amount when records differ.

    >>> str(RecordDamages(20, Yen(400_000)).total)
    '8,000,000円'
    >>> RecordDamages(0, Yen(1))
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: records: got 0; expected a whole number of records, 1 or more
    """

    records: int = attrs.field()
    per_record: Yen = attrs.field(converter=_amount, validator=_not_negative)

    @records.validator
    def _check_records(self, attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidInput.for_value(
                "records",
                value,
                "a whole number of records, 1 or more",
                code="insurance.bad_records",
            )

    @property
    def total(self) -> Yen:
        """All the mental damage of these records."""
        return self.per_record * self.records

    def capped_total(self, per_record_limit: Yen) -> Yen:
        """Return the part of :attr:`total` under a per-record limit.

        >>> str(RecordDamages(20, Yen(400_000)).capped_total(Yen(300_000)))
        '6,000,000円'
        """
        return min(self.per_record, per_record_limit) * self.records


def _record_groups(value: object) -> tuple[RecordDamages, ...]:
    if isinstance(value, RecordDamages):
        return (value,)
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidInput.for_value(
            "mental", value, "RecordDamages values", code="insurance.bad_records"
        )
    groups = tuple(value)
    if not all(isinstance(group, RecordDamages) for group in groups):
        raise InvalidInput.for_value(
            "mental", value, "RecordDamages values", code="insurance.bad_records"
        )
    return groups


def _phone(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput.for_value(
            "phone",
            value,
            "the phone's number or another non-empty name",
            code="insurance.bad_phone",
        )
    return value.strip()


def _contract(value: object) -> Contract:
    if not isinstance(value, Contract):
        raise InvalidInput.for_value("contract", value, "a Contract", code="insurance.bad_contract")
    return value


def _check_on(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    require_date("on", value)


@attrs.frozen
class Accident:
    """One lost or stolen phone and what the leak (or the risk of one) cost.

    Amounts are :class:`~telcobiz.core.money.Yen` (ints and numeric strings are converted);
    none may be negative.

    Attributes:
        on: the accident date (the insurance year and the terms in force follow from it).
        phone: which phone; the per-phone limits add up accidents of the same phone, compared
            without spaces or hyphens (``090-1234-5678`` is ``09012345678``).
        mental: ① mental damage of leaked records, grouped by amount per record.
        other_liability: ① every other legal liability: damages, lawyers' and litigation
            fees (争訟費用), costs of preserving rights of recourse (求償権保全費用).
        response_costs: ② press conference, apology gifts, outside consultants.
        contract: the insured contract (a corporate one by default).

    >>> Accident(date(2026, 5, 1), "A", other_liability=-1)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: other_liability: got Yen('-1'); expected an amount of 0 \
yen or more
    """

    on: date = attrs.field(validator=_check_on)
    phone: str = attrs.field(converter=_phone)
    mental: tuple[RecordDamages, ...] = attrs.field(
        default=(), converter=_record_groups, kw_only=True
    )
    other_liability: Yen = attrs.field(
        default=Yen.ZERO, converter=_amount, validator=_not_negative, kw_only=True
    )
    response_costs: Yen = attrs.field(
        default=Yen.ZERO, converter=_amount, validator=_not_negative, kw_only=True
    )
    contract: Contract = attrs.field(factory=Contract, converter=_contract, kw_only=True)

    @property
    def phone_key(self) -> str:
        """The phone as compared for the per-phone limits: no spaces, no hyphens (NFKC).

        >>> Accident(date(2026, 5, 1), "０９０－１２３４ ５６７８").phone_key
        '09012345678'
        """
        text = unicodedata.normalize("NFKC", self.phone)
        return "".join(char for char in text if char not in "- \u2010\u2011\u2012\u2013\u2212")

    @property
    def mental_claimed(self) -> Yen:
        """All the mental damage claimed, over every record."""
        return Yen.sum(group.total for group in self.mental)

    @property
    def records(self) -> int:
        """How many leaked records claim mental damage."""
        return sum(group.records for group in self.mental)

    @property
    def liability_claimed(self) -> Yen:
        """① in all: mental damage plus other liability."""
        return self.mental_claimed + self.other_liability

    @property
    def claimed(self) -> Yen:
        """① and ② together: the loss before any insurance."""
        return self.liability_claimed + self.response_costs


def _year_end(start: date) -> date:
    # 民法第143条: a year ends the day before the same date a year later; when that month has
    # no such day (a start on 29 February), it ends on the last day of that month.
    if (start.month, start.day) == (2, 29):
        return date(start.year + 1, 2, 28)
    return start.replace(year=start.year + 1) - timedelta(days=1)


def _check_start(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    start = require_date("year_start", value)
    if start.year >= date.max.year:
        raise OutOfRange.for_value(
            "year_start", value, "a date before 9999-01-01", code="insurance.outside_year"
        )


@attrs.frozen(order=True)
class InsuranceYear:
    """The twelve months from ``start``: the period the yearly limits count over.

    The guide does not say when an insurance year starts; telcobiz takes it as a parameter,
    and :meth:`fiscal` (the Japanese fiscal year from April 1) is the default.

    >>> year = InsuranceYear(date(2026, 10, 1))
    >>> year.end, date(2027, 9, 30) in year, date(2027, 10, 1) in year
    (datetime.date(2027, 9, 30), True, False)
    """

    start: date = attrs.field(validator=_check_start)

    @classmethod
    def fiscal(cls, day: date) -> InsuranceYear:
        """Return the fiscal year (April 1 to March 31) that ``day`` falls in.

        >>> InsuranceYear.fiscal(date(2027, 3, 31)).start
        datetime.date(2026, 4, 1)
        """
        require_date("on", day)
        month, first = FISCAL_YEAR_START
        year = day.year if (day.month, day.day) >= (month, first) else day.year - 1
        if year < date.min.year:  # 0001-01-01 .. 0001-03-31 belong to a year Python cannot hold
            raise OutOfRange.for_value(
                "on", day, "a date from 0001-04-01 on", code="insurance.outside_year"
            )
        return cls(date(year, month, first))

    @property
    def end(self) -> date:
        """The last day of the year (inclusive).

        >>> InsuranceYear(date(2024, 2, 29)).end
        datetime.date(2025, 2, 28)
        """
        return _year_end(self.start)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def require(self, day: date, *, field: str = "on") -> date:
        """Return ``day`` if it is in this year, else raise ``insurance.outside_year``.

        >>> InsuranceYear(date(2026, 4, 1)).require(date(2027, 4, 1))
        Traceback (most recent call last):
        ...
        telcobiz.core.errors.OutOfRange: on: got datetime.date(2027, 4, 1); expected a date in \
the insurance year 2026-04-01 to 2027-03-31
        """
        require_date(field, day)
        if day not in self:
            raise OutOfRange.for_value(
                field, day, f"a date in the insurance year {self}", code="insurance.outside_year"
            )
        return day

    def format(self, lang: str = "en") -> str:
        """Write the year as ``2026-04-01 to 2027-03-31`` (``"ja"``: ``2026-04-01～2027-03-31``).

        >>> InsuranceYear(date(2026, 4, 1)).format("ja")
        '2026-04-01～2027-03-31'
        """
        joiner = "～" if lang == "ja" else " to "
        return f"{self.start.isoformat()}{joiner}{self.end.isoformat()}"

    def __str__(self) -> str:
        return self.format()
