"""The terms of the 個人情報漏洩保険 as effective-dated, cited data (INS-1, INS-2, INS-3).

KDDI insures every corporate デバイスマネジメントパック contract against a leak of personal
information from a lost or stolen phone (BOS/DMP guide §3.5.1 (カ)). The guide says the
insurance "may change or end without notice", so its terms are one row of an
:class:`~telcobiz.core.table.EffectiveTable`: a change is a new row, an end is a
``valid_until``. :mod:`telcobiz.policy.insurance` reads the row in force on the accident date.

>>> terms = coverage_terms(date(2026, 5, 1))
>>> str(terms.deductible), terms.response_ratio, str(terms.contract_limit)
('100,000円', Decimal('0.9'), '5,000,000円')
>>> Coverage.RESPONSE.label
'マスメディア等での会見、社会通念上妥当な範囲内の見舞品購入及び外部コンサルタント利用の費用'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from telcobiz.core.checks import expect_iterable
from telcobiz.core.citation import BOS_DMP_GUIDE, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput, OutOfRange
from telcobiz.core.jst import require_date as core_require_date
from telcobiz.core.money import Yen
from telcobiz.core.table import Dated, EffectiveTable

__all__ = [
    "CONTRACT_LIMIT_CITATION",
    "DEDUCTIBLE_CITATION",
    "INSURANCE_TERMS",
    "INSURED_CITATION",
    "LIABILITY_CITATION",
    "ORDER_CITATION",
    "PUBLISHED_TERMS",
    "RESPONSE_CITATION",
    "TERMS_CITATION",
    "TERMS_PUBLISHED_FROM",
    "ContractHolder",
    "Coverage",
    "CoverageTerms",
    "coverage_terms",
    "coverage_terms_entry",
    "require_date",
]

_SECTION = "§3.5.1 (カ) 個人情報漏洩保険"

INSURED_CITATION = Citation(
    BOS_DMP_GUIDE,
    _SECTION,
    row="被保険者（位置情報等提供契約の契約者である法人に限る）",
    rule="INS-3",
)
"""Who is insured: DMP contract holders that are corporations."""

DEDUCTIBLE_CITATION = Citation(
    BOS_DMP_GUIDE, _SECTION, row="免責金額（自己負担額）1事故につき10万円 (①② merged)", rule="INS-3"
)
"""The deductible: 100,000 yen per accident, one cell for ① and ②."""

LIABILITY_CITATION = Citation(BOS_DMP_GUIDE, _SECTION, row="①", rule="INS-1")
"""① legal liability: ratio "—" (100%), 5,000,000 yen per phone per year, 300,000 per record."""

RESPONSE_CITATION = Citation(BOS_DMP_GUIDE, _SECTION, row="②", rule="INS-2")
"""② response costs: ratio 90%, 500,000 yen per phone per year."""

CONTRACT_LIMIT_CITATION = Citation(
    BOS_DMP_GUIDE,
    _SECTION,
    row="てん補限度額 1の位置情報等提供契約につき (①② merged)",
    rule="INS-3",
)
"""The per-contract limit: 5,000,000 yen per year for ① and ② together."""

ORDER_CITATION = Citation(
    RULEBOOK,
    "INS-3 Decision (deductible, ratio, per-record, per-phone, per-contract)",
    rule="INS-3",
)
"""The order the deductible, ratios and limits apply in (`telcobiz rules INS-3`)."""

TERMS_CITATION = Citation(BOS_DMP_GUIDE, _SECTION, row="<株式会社損害保険ジャパン監修> table")
"""The table of terms as a whole, as published in guide Ver 1.2.0."""


class ContractHolder(enum.Enum):
    """Who holds a 位置情報等提供契約: only corporations are insured.

    >>> ContractHolder.CORPORATION.label, ContractHolder.parse("individual")
    ('法人', <ContractHolder.INDIVIDUAL: 'individual'>)
    """

    CORPORATION = "corporation"
    INDIVIDUAL = "individual"

    @property
    def label(self) -> str:
        """The Japanese word for the holder (the guide names 法人 only)."""
        return {ContractHolder.CORPORATION: "法人", ContractHolder.INDIVIDUAL: "個人"}[self]

    @classmethod
    def parse(cls, text: str) -> ContractHolder:
        """Read ``corporation``/``法人`` or ``individual``/``個人``.

        >>> ContractHolder.parse("法人")
        <ContractHolder.CORPORATION: 'corporation'>
        """
        for member in cls:
            if isinstance(text, str) and text.strip().lower() in (member.value, member.label):
                return member
        raise InvalidInput.for_value(
            "holder",
            text,
            "corporation (法人) or individual (個人)",
            code="insurance.unknown_holder",
        )


class Coverage(enum.Enum):
    """The two things the insurance pays for, ① and ② of the guide's table.

    >>> Coverage.LIABILITY.mark, Coverage.LIABILITY.label
    ('①', '法律上の賠償責任')
    """

    LIABILITY = "liability"
    RESPONSE = "response"

    @property
    def mark(self) -> str:
        """The circled number the guide uses."""
        return "①" if self is Coverage.LIABILITY else "②"

    @property
    def label(self) -> str:
        """The guide's own words for the coverage."""
        if self is Coverage.LIABILITY:
            return "法律上の賠償責任"
        return (
            "マスメディア等での会見、社会通念上妥当な範囲内の見舞品購入及び"
            "外部コンサルタント利用の費用"
        )

    @property
    def name_en(self) -> str:
        """A short English name.

        >>> Coverage.RESPONSE.name_en
        'response costs'
        """
        return "legal liability" if self is Coverage.LIABILITY else "response costs"


def _non_negative_yen(instance: object, attribute: attrs.Attribute[Yen], value: Yen) -> None:
    if not isinstance(value, Yen) or value < Yen.ZERO:
        raise InvalidInput.for_value(
            attribute.name, value, "a Yen amount of 0 or more", code="insurance.bad_terms"
        )


def _ratio(instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if not isinstance(value, Decimal) or not Decimal(0) <= value <= Decimal(1):
        raise InvalidInput.for_value(
            attribute.name, value, "a Decimal from 0 to 1", code="insurance.bad_terms"
        )


def _holders(value: object) -> tuple[ContractHolder, ...]:
    if isinstance(value, ContractHolder):
        return (value,)
    if not isinstance(value, tuple | list | frozenset | set) or not all(
        isinstance(holder, ContractHolder) for holder in value
    ):
        raise InvalidInput.for_value(
            "insured_holders", value, "ContractHolder members", code="insurance.bad_terms"
        )
    return tuple(sorted(value, key=lambda holder: holder.value))


def _citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    expect_iterable(value, "citations", expected="Citation values", code="insurance.bad_terms")
    return tuple(value)


@attrs.frozen(kw_only=True)
class CoverageTerms:
    """One version of the insurance terms: who is insured, the deductible, ratios and limits.

    Amounts are yen; ratios are the share the insurance pays (縮小てん補割合), ``1`` where the
    guide writes "—". ``citations`` say where each value comes from.

    >>> terms = PUBLISHED_TERMS
    >>> str(terms.liability_phone_limit), str(terms.mental_record_limit), terms.liability_ratio
    ('5,000,000円', '300,000円', Decimal('1'))
    >>> attrs.evolve(terms, deductible=Yen(-1))
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: deductible: got Yen('-1'); expected a Yen amount of 0 or more
    """

    insured_holders: tuple[ContractHolder, ...] = attrs.field(converter=_holders)
    deductible: Yen = attrs.field(validator=_non_negative_yen)
    liability_ratio: Decimal = attrs.field(validator=_ratio)
    liability_phone_limit: Yen = attrs.field(validator=_non_negative_yen)
    mental_record_limit: Yen = attrs.field(validator=_non_negative_yen)
    response_ratio: Decimal = attrs.field(validator=_ratio)
    response_phone_limit: Yen = attrs.field(validator=_non_negative_yen)
    contract_limit: Yen = attrs.field(validator=_non_negative_yen)
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)

    def ratio(self, coverage: Coverage) -> Decimal:
        """Return the share of ``coverage`` the insurance pays.

        >>> PUBLISHED_TERMS.ratio(Coverage.RESPONSE)
        Decimal('0.9')
        """
        return self.liability_ratio if coverage is Coverage.LIABILITY else self.response_ratio

    def phone_limit(self, coverage: Coverage) -> Yen:
        """Return the yearly limit of ``coverage`` per phone.

        >>> str(PUBLISHED_TERMS.phone_limit(Coverage.RESPONSE))
        '500,000円'
        """
        if coverage is Coverage.LIABILITY:
            return self.liability_phone_limit
        return self.response_phone_limit

    def insures(self, holder: ContractHolder) -> bool:
        """Tell whether a contract held by ``holder`` is insured under these terms.

        >>> PUBLISHED_TERMS.insures(ContractHolder.INDIVIDUAL)
        False
        """
        return holder in self.insured_holders


PUBLISHED_TERMS = CoverageTerms(
    insured_holders=(ContractHolder.CORPORATION,),
    deductible=Yen(100_000),
    liability_ratio=Decimal(1),
    liability_phone_limit=Yen(5_000_000),
    mental_record_limit=Yen(300_000),
    response_ratio=Decimal("0.9"),
    response_phone_limit=Yen(500_000),
    contract_limit=Yen(5_000_000),
    citations=(
        INSURED_CITATION,
        DEDUCTIBLE_CITATION,
        LIABILITY_CITATION,
        RESPONSE_CITATION,
        CONTRACT_LIMIT_CITATION,
        ORDER_CITATION,
    ),
)
"""The terms as the guide (Ver 1.2.0) publishes them."""

TERMS_PUBLISHED_FROM = date(2014, 4, 1)
"""The first day telcobiz applies :data:`PUBLISHED_TERMS` to.

The guide gives no start date. Its Ver 1.2.0 re-priced §3.5.3 for the consumption-tax change
of 2014-04-01 (改定履歴), so the document speaks from that day; earlier accidents are
``insurance.no_coverage`` unless you pass your own ``terms=`` table.
"""

INSURANCE_TERMS: EffectiveTable[CoverageTerms] = EffectiveTable.single(
    "個人情報漏洩保険 terms", PUBLISHED_TERMS, TERMS_PUBLISHED_FROM, TERMS_CITATION
)
"""INS-1..INS-3 by date: one open-ended row from 2014-04-01 (guide Ver 1.2.0)."""


def coverage_terms(
    on: date, *, terms: EffectiveTable[CoverageTerms] = INSURANCE_TERMS
) -> CoverageTerms:
    """Return the terms in force on ``on``; a day no row covers is ``insurance.no_coverage``.

    >>> coverage_terms(date(2014, 3, 31))
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.OutOfRange: on: no insurance terms in force on 2014-03-31 ...
    """
    return coverage_terms_entry(on, terms=terms).value


def coverage_terms_entry(
    on: date, *, terms: EffectiveTable[CoverageTerms] = INSURANCE_TERMS
) -> Dated[CoverageTerms]:
    """Return the row of ``terms`` in force on ``on``, with its validity and citation.

    >>> coverage_terms_entry(date(2026, 5, 1)).valid_from
    datetime.date(2014, 4, 1)
    """
    if not isinstance(terms, EffectiveTable):
        raise InvalidInput.for_value(
            "terms", terms, "an EffectiveTable of CoverageTerms", code="insurance.bad_terms"
        )
    require_date("on", on)
    try:
        entry = terms.entry_at(on)
    except OutOfRange as error:
        raise OutOfRange(
            f"on: no insurance terms in force on {on} ({error.message})",
            code="insurance.no_coverage",
            field="on",
            value=on,
            expected=error.expected,
        ) from None
    if not isinstance(entry.value, CoverageTerms):
        raise InvalidInput.for_value(
            "terms", entry.value, "rows whose values are CoverageTerms", code="insurance.bad_terms"
        )
    return entry


def require_date(field: str, value: object) -> date:
    """Return ``value`` if it is a :class:`datetime.date` (not a datetime), else raise.

    >>> from datetime import datetime
    >>> require_date("on", datetime(2026, 5, 1, 9, 0))
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: on: got datetime.datetime(2026, 5, 1, 9, 0); expected a \
datetime.date (not a datetime: use telcobiz.core.jst_date(moment))
    """
    return core_require_date(value, field, code="insurance.not_a_date")
