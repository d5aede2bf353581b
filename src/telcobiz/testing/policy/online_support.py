"""Hypothesis strategies for KDDI ビジネスオンラインサポート (BOS-1, BOS-2, DMP-5).

Applicants and au orders of every shape (the checks say which are fine), and the rows of the
purchase-pattern table.

>>> from hypothesis import given
>>> from telcobiz.policy.online_support import check_application
>>> @given(applicants())
... def test_every_applicant_gets_a_report(applicant):
...     assert check_application(applicant).ok in (True, False)
>>> test_every_applicant_gets_a_report()
"""

from __future__ import annotations

from hypothesis import strategies as st

from telcobiz.policy.online_support import (
    Applicant,
    ApplicantKind,
    ApplicationChannel,
    AuOrder,
    AuPaymentMethod,
    BillingChoice,
    OrderLine,
    OrderLineKind,
    PatternRow,
    ProductCategory,
    PurchaseMethod,
    TermsSource,
)
from telcobiz.testing.core import returned
from telcobiz.testing.tables import table_rows

__all__ = ["applicants", "au_orders", "order_lines", "pattern_rows"]

_ADDRESSES = st.sampled_from(
    ["東京都千代田区飯田橋3-10-10", "沖縄県那覇市久茂地1-1-1", "大阪府大阪市北区梅田1-1-1"]
)


def applicants() -> st.SearchStrategy[Applicant]:
    """Applicants for ビジネスオンラインサポート: head office, billing and shipping addresses.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(applicants())
    ... def test_draws(value):
    ...     assert isinstance(value, Applicant)
    >>> test_draws()
    """
    return returned(
        Applicant,
        _ADDRESSES,
        billing=st.lists(_ADDRESSES, max_size=2).map(tuple),
        shipping=st.lists(_ADDRESSES, max_size=2).map(tuple),
        kind=st.sampled_from(ApplicantKind),
        in_japan=st.booleans(),
        existing_contracts=st.integers(0, 3),
        channel=st.sampled_from(ApplicationChannel),
    )


def order_lines() -> st.SearchStrategy[OrderLine]:
    """Lines of an au order: a model, plan or service, a quantity, maybe a category.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(order_lines())
    ... def test_draws(value):
    ...     assert isinstance(value, OrderLine)
    >>> test_draws()
    """
    return returned(
        OrderLine,
        st.sampled_from(OrderLineKind),
        st.sampled_from(["iPhone 16", "Galaxy A25", "データ定額", "安心ケータイサポート"]),
        st.integers(1, 20),
        st.none() | st.sampled_from(ProductCategory),
    )


def au_orders() -> st.SearchStrategy[AuOrder]:
    """The au orders placed through ビジネスオンラインサポート, every option drawn.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(au_orders())
    ... def test_draws(value):
    ...     assert isinstance(value, AuOrder)
    >>> test_draws()
    """
    terms = st.sampled_from(TermsSource)
    return returned(
        AuOrder,
        lines=st.lists(order_lines(), min_size=1, max_size=4).map(tuple),
        models=terms,
        plans=terms,
        services=terms,
        campaign=st.booleans(),
        au_points=st.booleans(),
        purchase=st.sampled_from(PurchaseMethod),
        payment=st.sampled_from(AuPaymentMethod),
        billing=st.sampled_from(BillingChoice),
        separate_billing=st.booleans(),
        business_email=st.sampled_from(["info@example.co.jp", "user@ezweb.ne.jp"]),
    )


def pattern_rows() -> st.SearchStrategy[PatternRow]:
    """The rows of the purchase-pattern table (簡易モバイルエントリー or not).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(pattern_rows())
    ... def test_draws(value):
    ...     assert isinstance(value, PatternRow)
    >>> test_draws()
    """
    return table_rows(PatternRow)
