"""What the 個人情報漏洩保険 pays, with every step shown (INS-1, INS-2, INS-3).

:class:`Payout` answers one accident, :class:`YearPayout` a year of them. Each carries the
amounts after each step of the INS-3 Decision, `telcobiz rules INS-3` (claimed, deductible,
coverage ratio, per-record, per-phone and per-contract limits), the terms it used and their
citations.
Build them with :func:`telcobiz.policy.insurance.assessment.assess` and
:func:`~telcobiz.policy.insurance.assessment.assess_year`; their words and tables are
:mod:`~telcobiz.policy.insurance.text`.

>>> from datetime import date
>>> from telcobiz.policy.insurance import Accident, RecordDamages, assess
>>> payout = assess(Accident(date(2026, 5, 1), "A", mental=[RecordDamages(1, Yen(350_000))]))
>>> [(row["step"], str(row["total"])) for row in payout.to_rows()][:3]
[('claimed', '350,000円'), ('after_deductible', '250,000円'), ('after_ratio', '250,000円')]
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.frames import columns, to_dataframe
from telcobiz.core.money import Yen
from telcobiz.policy.insurance.accident import Accident, InsuranceYear
from telcobiz.policy.insurance.terms import Coverage, CoverageTerms
from telcobiz.policy.insurance.text import explain_payout, explain_year, payout_rows, year_rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["INSURANCE_RULES", "CoverageSteps", "Limit", "Payout", "YearPayout"]

_YEAR_COLUMNS = columns(
    on="date",
    phone="text",
    contract="text",
    claimed="money",
    liability_paid="money",
    response_paid="money",
    paid="money",
    self_borne="money",
    limited_by="text",
)

_STEP_COLUMNS = columns(
    step="text", liability="money", response="money", total="money", note="text"
)

INSURANCE_RULES = ("INS-1", "INS-2", "INS-3")
"""The catalogue rule IDs every payout applies."""


class Limit(enum.Enum):
    """A limit that can cut a payout, in the order they apply.

    >>> Limit.PHONE.label, Limit.PHONE.name_en
    ('1の携帯電話につき', 'per phone per year')
    """

    RECORD = "record"
    PHONE = "phone"
    CONTRACT = "contract"

    @property
    def label(self) -> str:
        """The guide's words for the limit."""
        return {
            Limit.RECORD: "個人情報1件につき",
            Limit.PHONE: "1の携帯電話につき",
            Limit.CONTRACT: "1の位置情報等提供契約につき",
        }[self]

    @property
    def name_en(self) -> str:
        """A short English name."""
        return {
            Limit.RECORD: "per record",
            Limit.PHONE: "per phone per year",
            Limit.CONTRACT: "per contract per year",
        }[self]


@attrs.frozen(kw_only=True)
class CoverageSteps:
    """One coverage (① or ②) of one accident, step by step.

    Each ``after_…`` is the amount left after that step; ``paid`` is what is left after the
    per-contract limit.

    >>> from datetime import date
    >>> from telcobiz.policy.insurance import Accident, assess
    >>> steps = assess(Accident(date(2026, 5, 1), "A", response_costs=Yen(300_000))).response
    >>> str(steps.after_deductible), str(steps.after_ratio), str(steps.self_borne)
    ('200,000円', '180,000円', '120,000円')
    """

    paid: Yen
    coverage: Coverage
    claimed: Yen
    deductible: Yen
    """The part of the per-accident deductible taken from this coverage."""
    after_deductible: Yen
    ratio: Decimal
    after_ratio: Yen
    """``after_deductible × ratio``, floored to whole yen."""
    record_limit: Yen | None
    """① only: other liability + Σ min(mental damage of a record, the per-record limit)."""
    after_record_limit: Yen
    phone_limit: Yen
    phone_used: Yen
    """What earlier accidents on this phone in the same insurance year were paid."""
    after_phone_limit: Yen
    contract_cut: Yen
    """What the per-contract limit took off this coverage."""

    @property
    def self_borne(self) -> Yen:
        """What the contract holder bears of this coverage: claimed − paid."""
        return self.claimed - self.paid

    @property
    def phone_left(self) -> Yen:
        """Room left under the per-phone limit before this accident."""
        return max(self.phone_limit - self.phone_used, Yen.ZERO)

    @property
    def limited_by(self) -> tuple[Limit, ...]:
        """The limits that cut this coverage, in the order they apply."""
        cuts = (
            (Limit.RECORD, self.after_record_limit < self.after_ratio),
            (Limit.PHONE, self.after_phone_limit < self.after_record_limit),
            (Limit.CONTRACT, self.contract_cut > Yen.ZERO),
        )
        return tuple(limit for limit, cut in cuts if cut)


@attrs.frozen(kw_only=True)
class Payout:
    """What the insurance pays for one accident, and why.

    ``paid + self_borne == claimed`` always. ``liability`` and ``response`` show each step
    of ① and ②; ``contract_used`` is what earlier accidents of the same contract and
    insurance year were paid.

    >>> from datetime import date
    >>> from telcobiz.policy.insurance import Accident, assess
    >>> payout = assess(Accident(date(2026, 5, 1), "A", other_liability=Yen(80_000)))
    >>> print(payout)
    2026-05-01, phone A: claimed 80,000円, the insurance pays 0円, you bear 80,000円
    """

    paid: Yen
    self_borne: Yen
    claimed: Yen
    accident: Accident
    year: InsuranceYear
    liability: CoverageSteps
    response: CoverageSteps
    contract_limit: Yen
    contract_used: Yen
    terms: CoverageTerms
    rules: tuple[str, ...] = INSURANCE_RULES
    citations: tuple[Citation, ...] = ()

    @property
    def coverages(self) -> tuple[CoverageSteps, CoverageSteps]:
        """① then ②."""
        return (self.liability, self.response)

    @property
    def deductible(self) -> Yen:
        """The deductible taken from this accident (at most the terms' per-accident amount)."""
        return self.liability.deductible + self.response.deductible

    @property
    def contract_left(self) -> Yen:
        """Room left under the per-contract limit before this accident."""
        return max(self.contract_limit - self.contract_used, Yen.ZERO)

    @property
    def limited_by(self) -> tuple[Limit, ...]:
        """Every limit that cut this payout, in the order they apply.

        >>> from datetime import date
        >>> from telcobiz.policy.insurance import Accident, RecordDamages, assess
        >>> assess(Accident(date(2026, 5, 1), "A", mental=[RecordDamages(1, Yen(500_000))])
        ...        ).limited_by
        (<Limit.RECORD: 'record'>,)
        """
        cut = set(self.liability.limited_by) | set(self.response.limited_by)
        return tuple(limit for limit in Limit if limit in cut)

    def __str__(self) -> str:
        text = (
            f"{self.accident.on}, phone {self.accident.phone}: claimed {self.claimed},"
            f" the insurance pays {self.paid}, you bear {self.self_borne}"
        )
        if self.limited_by:
            names = ", ".join(limit.name_en for limit in self.limited_by)
            text += f" (cut by the limits {names})"
        return text

    def explain(self, lang: str = "ja") -> str:
        """Explain every step in Japanese (``"ja"``) or English (``"en"``), with the citations.

        >>> from datetime import date
        >>> from telcobiz.policy.insurance import Accident, assess
        >>> payout = assess(Accident(date(2026, 5, 1), "A", response_costs=Yen(300_000)))
        >>> print(payout.explain("en").splitlines()[0])
        Personal-information leak insurance: pays 180,000円 of 300,000円 claimed; you bear 120,000円
        """
        return explain_payout(self, lang)

    def to_rows(self) -> list[dict[str, Any]]:
        """Return the steps as a table: one dict per step with ①, ② and the total after it.

        >>> from datetime import date
        >>> from telcobiz.policy.insurance import Accident, assess
        >>> rows = assess(Accident(date(2026, 5, 1), "A", response_costs=Yen(300_000))).to_rows()
        >>> [(row["step"], str(row["response"])) for row in rows]  # doctest: +NORMALIZE_WHITESPACE
        [('claimed', '300,000円'), ('after_deductible', '200,000円'), ('after_ratio', '180,000円'),
         ('after_record_limit', '180,000円'), ('after_phone_limit', '180,000円'),
         ('paid', '180,000円'), ('self_borne', '120,000円')]
        """
        return payout_rows(self)

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, amounts exact ``decimal128`` (``pandas`` extra).

        >>> from datetime import date
        >>> from telcobiz.policy.insurance import Accident, assess
        >>> frame = assess(Accident(date(2026, 5, 1), "A", response_costs=Yen(300_000))
        ...                ).to_dataframe().set_index("step")
        >>> frame.loc["paid", "response"], frame.loc["self_borne", "total"]
        (Decimal('180000.00'), Decimal('120000.00'))
        """
        return to_dataframe(self.to_rows(), _STEP_COLUMNS, needed_by="Payout.to_dataframe()")


@attrs.frozen(kw_only=True)
class YearPayout:
    """A year of accidents assessed in date order: totals and one :class:`Payout` each.

    >>> from datetime import date
    >>> from telcobiz.policy.insurance import Accident, assess_year
    >>> year = assess_year([
    ...     Accident(date(2026, 5, 1), "A", other_liability=Yen(4_100_000)),
    ...     Accident(date(2026, 9, 1), "A", other_liability=Yen(1_600_000)),
    ... ])
    >>> print(year)
    Insurance year 2026-04-01 to 2027-03-31: 2 accidents, claimed 5,700,000円, the insurance \
pays 5,000,000円, you bear 700,000円
    """

    paid: Yen
    self_borne: Yen
    claimed: Yen
    year: InsuranceYear
    payouts: tuple[Payout, ...]
    rules: tuple[str, ...] = INSURANCE_RULES
    citations: tuple[Citation, ...] = ()

    @property
    def liability_paid(self) -> Yen:
        """① paid over the year."""
        return Yen.sum(payout.liability.paid for payout in self.payouts)

    @property
    def response_paid(self) -> Yen:
        """② paid over the year."""
        return Yen.sum(payout.response.paid for payout in self.payouts)

    def __str__(self) -> str:
        count = len(self.payouts)
        return (
            f"Insurance year {self.year}: {count} accident{'' if count == 1 else 's'},"
            f" claimed {self.claimed}, the insurance pays {self.paid}, you bear {self.self_borne}"
        )

    def explain(self, lang: str = "ja") -> str:
        """Explain the year in Japanese (``"ja"``) or English (``"en"``).

        Each accident, the per-phone and per-contract totals, and the citations.

        >>> from datetime import date
        >>> from telcobiz.policy.insurance import assess_year
        >>> print(assess_year([], year_start=date(2026, 4, 1)).explain("en").splitlines()[0])
        Personal-information leak insurance, year 2026-04-01 to 2027-03-31: 0 accidents
        """
        return explain_year(self, lang)

    def to_rows(self) -> list[dict[str, Any]]:
        """Return one dict per accident, in the order they were assessed.

        >>> from datetime import date
        >>> from telcobiz.policy.insurance import Accident, assess_year
        >>> row = assess_year([Accident(date(2026, 5, 1), "A", other_liability=Yen(150_000))]
        ...                   ).to_rows()[0]
        >>> row["on"], str(row["paid"]), str(row["self_borne"])
        (datetime.date(2026, 5, 1), '50,000円', '100,000円')
        """
        return year_rows(self)

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame: ``on`` a ``datetime64``, amounts exact.

        >>> from datetime import date
        >>> from telcobiz.policy.insurance import Accident, assess_year
        >>> frame = assess_year([
        ...     Accident(date(2026, 5, 1), "A", other_liability=Yen(4_100_000)),
        ...     Accident(date(2026, 9, 1), "A", other_liability=Yen(1_600_000)),
        ... ]).to_dataframe()
        >>> frame["paid"].sum(), frame["self_borne"].sum()
        (Decimal('5000000.00'), Decimal('700000.00'))
        """
        return to_dataframe(self.to_rows(), _YEAR_COLUMNS, needed_by="YearPayout.to_dataframe()")
