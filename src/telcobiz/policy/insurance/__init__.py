"""Personal-information leak insurance (個人情報漏洩保険) payouts: INS-1, INS-2, INS-3.

Every corporate KDDI デバイスマネジメントパック contract is insured against a leak (or the risk
of one) of personal information from a lost or stolen phone (BOS/DMP guide §3.5.1 (カ)).
:func:`~telcobiz.policy.insurance.assessment.assess` answers "what will the insurance pay for
this accident, and what do we bear?";
:func:`~telcobiz.policy.insurance.assessment.assess_year` runs a year of accidents in date
order, in the steps of the INS-3 Decision (`telcobiz rules INS-3`) (listed in
:mod:`telcobiz.policy.insurance.assessment`).

``paid + self_borne == claimed`` always. The insurance year is a parameter (``year_start``),
by default the Japanese fiscal year from April 1.

This package is the service's entry point and exports every name; the code lives in
:mod:`~telcobiz.policy.insurance.terms` (the terms as dated data),
:mod:`~telcobiz.policy.insurance.accident` (what happened),
:mod:`~telcobiz.policy.insurance.assessment` (the steps),
:mod:`~telcobiz.policy.insurance.payout` (what is paid) and
:mod:`~telcobiz.policy.insurance.text` (its ``explain()`` and ``to_rows()``).

>>> from datetime import date
>>> from telcobiz.core.money import Yen
>>> accident = Accident(
...     date(2026, 5, 1), "090-1234-5678",
...     mental=[RecordDamages(20, Yen(400_000))], other_liability=Yen(3_000_000),
...     response_costs=Yen(800_000),
... )
>>> payout = assess(accident)
>>> str(payout.paid), str(payout.self_borne), [limit.value for limit in payout.limited_by]
('5,000,000円', '6,800,000円', ['record', 'phone', 'contract'])
>>> str(assess(Accident(date(2026, 5, 1), "A", mental=[RecordDamages(1, Yen(350_000))])).paid)
'250,000円'
"""

from telcobiz.policy.insurance.accident import Accident, Contract, InsuranceYear, RecordDamages
from telcobiz.policy.insurance.assessment import assess, assess_year, is_insured, validate_insured
from telcobiz.policy.insurance.payout import (
    INSURANCE_RULES,
    CoverageSteps,
    Limit,
    Payout,
    YearPayout,
)
from telcobiz.policy.insurance.terms import (
    INSURANCE_TERMS,
    PUBLISHED_TERMS,
    TERMS_PUBLISHED_FROM,
    ContractHolder,
    Coverage,
    CoverageTerms,
    coverage_terms,
    coverage_terms_entry,
)

__all__ = [
    "INSURANCE_RULES",
    "INSURANCE_TERMS",
    "PUBLISHED_TERMS",
    "TERMS_PUBLISHED_FROM",
    "Accident",
    "Contract",
    "ContractHolder",
    "Coverage",
    "CoverageSteps",
    "CoverageTerms",
    "InsuranceYear",
    "Limit",
    "Payout",
    "RecordDamages",
    "YearPayout",
    "assess",
    "assess_year",
    "coverage_terms",
    "coverage_terms_entry",
    "is_insured",
    "validate_insured",
]
