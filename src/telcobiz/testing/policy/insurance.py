"""Hypothesis strategies for 個人情報漏洩保険 accidents (INS-1..INS-3).

Amounts mix small losses (around the 100,000 yen deductible) with large ones (past the
5,000,000 yen limits), and dates cluster on a few days so that same-day accidents, whose
order is the order given, come up often.

>>> from hypothesis import given, settings
>>> from telcobiz.policy.insurance import assess_year
>>> @given(year_accidents(InsuranceYear(date(2026, 4, 1))))
... def test_paid_plus_self_borne(accidents):
...     year = assess_year(accidents, year_start=date(2026, 4, 1))
...     assert year.paid + year.self_borne == year.claimed
>>> test_paid_plus_self_borne()
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hypothesis import strategies as st

from telcobiz.core.money import Yen
from telcobiz.policy.insurance.accident import Accident, Contract, InsuranceYear, RecordDamages
from telcobiz.policy.insurance.assessment import assess, assess_year
from telcobiz.policy.insurance.payout import CoverageSteps, Payout, YearPayout
from telcobiz.policy.insurance.terms import TERMS_PUBLISHED_FROM, ContractHolder, CoverageTerms
from telcobiz.testing.core import returned
from telcobiz.testing.tables import table_rows

__all__ = [
    "accidents",
    "contracts",
    "coverage_steps",
    "coverage_terms_rows",
    "insurance_years",
    "payouts",
    "record_damages",
    "year_accidents",
    "year_payouts",
]

_LAST_START = date(2098, 4, 1)
_DEFAULT_PHONES = ("090-0000-0001", "090-0000-0002", "090-0000-0003")


def _amounts(max_value: Yen) -> st.SearchStrategy[Yen]:
    top = int(max_value.amount)
    # Small amounts exercise the deductible; the full range reaches every limit.
    return st.one_of(st.integers(0, min(top, 300_000)), st.integers(0, top)).map(Yen)


def record_damages(
    *, max_records: int = 30, max_per_record: Yen = Yen(600_000)
) -> st.SearchStrategy[RecordDamages]:
    """Mental damage of 1..``max_records`` records, 0..``max_per_record`` yen each.

    >>> from hypothesis import find
    >>> find(record_damages(), lambda group: group.per_record > Yen(300_000)).per_record
    Yen('300001')
    """
    return st.builds(RecordDamages, st.integers(1, max_records), _amounts(max_per_record))


def insurance_years(
    *, min_start: date = TERMS_PUBLISHED_FROM, max_start: date = _LAST_START
) -> st.SearchStrategy[InsuranceYear]:
    """Insurance years starting between ``min_start`` and ``max_start`` (never on 29 Feb).

    >>> from hypothesis import find
    >>> find(insurance_years(), lambda year: year.start.year == 2026).start.year
    2026
    """
    return (
        st.dates(min_start, max_start)
        .filter(lambda day: (day.month, day.day) != (2, 29))
        .map(InsuranceYear)
    )


def _dates_in(year: InsuranceYear) -> st.SearchStrategy[date]:
    middle = date.fromordinal((year.start.toordinal() + year.end.toordinal()) // 2)
    return st.one_of(
        st.sampled_from((year.start, middle, year.end)), st.dates(year.start, year.end)
    )


def accidents(
    *,
    year: InsuranceYear | None = None,
    phones: Sequence[str] = _DEFAULT_PHONES,
    contracts: Sequence[Contract] = (Contract(),),
    max_amount: Yen = Yen(6_000_000),
    max_groups: int = 2,
) -> st.SearchStrategy[Accident]:
    """Accidents of insured (corporate) contracts, in ``year`` if given.

    >>> from hypothesis import find
    >>> find(accidents(), lambda accident: accident.response_costs > Yen(500_000)).response_costs
    Yen('500001')
    """
    days = _dates_in(year) if year is not None else insurance_years().flatmap(_dates_in)
    return st.builds(
        Accident,
        days,
        st.sampled_from(tuple(phones)),
        mental=st.lists(record_damages(), max_size=max_groups).map(tuple),
        other_liability=_amounts(max_amount),
        response_costs=_amounts(max_amount),
        contract=st.sampled_from(tuple(contracts)),
    )


def year_accidents(
    year: InsuranceYear,
    *,
    max_size: int = 8,
    phones: Sequence[str] = _DEFAULT_PHONES,
    contracts: Sequence[Contract] = (Contract(),),
) -> st.SearchStrategy[list[Accident]]:
    """Lists of up to ``max_size`` accidents, all in ``year``, in no particular order.

    >>> from hypothesis import find
    >>> len(find(year_accidents(InsuranceYear(date(2026, 4, 1))), lambda found: len(found) > 2))
    3
    """
    return st.lists(accidents(year=year, phones=phones, contracts=contracts), max_size=max_size)


def contracts() -> st.SearchStrategy[Contract]:
    """位置情報等提供契約 of any holder (only corporations are insured, INS-1).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(contracts())
    ... def test_draws(value):
    ...     assert isinstance(value, Contract)
    >>> test_draws()
    """
    numbers = st.sampled_from(["", "A-0001", "B-0002"])
    return returned(Contract, numbers, st.sampled_from(ContractHolder))


def payouts() -> st.SearchStrategy[Payout]:
    """What the insurance pays for a drawn accident after drawn earlier ones, from ``assess``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(payouts())
    ... def test_paid_plus_self_borne_is_claimed(payout):
    ...     assert payout.paid + payout.self_borne == payout.claimed
    >>> test_paid_plus_self_borne_is_claimed()
    """

    def after_history(year: InsuranceYear) -> st.SearchStrategy[Payout]:
        history = year_accidents(year, max_size=3)
        return returned(
            lambda accident, earlier: assess(accident, history=earlier, year_start=year.start),
            accidents(year=year),
            history,
        )

    return insurance_years().flatmap(after_history)


def coverage_steps() -> st.SearchStrategy[CoverageSteps]:
    """The steps of ① or ② of a drawn payout.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(coverage_steps())
    ... def test_draws(value):
    ...     assert isinstance(value, CoverageSteps)
    >>> test_draws()
    """
    return payouts().flatmap(lambda payout: st.sampled_from((payout.liability, payout.response)))


def year_payouts() -> st.SearchStrategy[YearPayout]:
    """A drawn year of accidents assessed in date order, from ``assess_year``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(year_payouts())
    ... def test_draws(value):
    ...     assert isinstance(value, YearPayout)
    >>> test_draws()
    """
    return insurance_years().flatmap(
        lambda year: returned(
            lambda found: assess_year(found, year_start=year.start), year_accidents(year)
        )
    )


def coverage_terms_rows() -> st.SearchStrategy[CoverageTerms]:
    """The published coverage terms the library holds.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(coverage_terms_rows())
    ... def test_draws(value):
    ...     assert isinstance(value, CoverageTerms)
    >>> test_draws()
    """
    return table_rows(CoverageTerms)
