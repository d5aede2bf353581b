"""Hypothesis strategies for KDDI Message Cast's contract rules (MC-1, MC-3, MC-4).

>>> from hypothesis import given
>>> @given(submissions())
... def test_every_document_has_a_label(submission):
...     assert all(document.label for document in submission.documents)
>>> test_every_document_has_a_label()
"""

from __future__ import annotations

from hypothesis import strategies as st

from telcobiz.policy.message_cast import (
    Delivery,
    DocumentRow,
    MessageCastPlan,
    OfficialTestAccount,
    RequiredDocument,
    Submission,
    documents_to_submit,
    official_test_account,
)
from telcobiz.testing.core import parts, returned
from telcobiz.testing.tables import table_rows

__all__ = ["document_rows", "official_test_accounts", "required_documents", "submissions"]

_PLANS = st.sampled_from(MessageCastPlan)


def document_rows() -> st.SearchStrategy[DocumentRow]:
    """The rows of the §1.4 document table.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(document_rows())
    ... def test_draws(value):
    ...     assert isinstance(value, DocumentRow)
    >>> test_draws()
    """
    return table_rows(DocumentRow)


def submissions() -> st.SearchStrategy[Submission]:
    """The documents a drawn plan must submit, from ``documents_to_submit``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(submissions())
    ... def test_draws(value):
    ...     assert isinstance(value, Submission)
    >>> test_draws()
    """
    return returned(
        documents_to_submit,
        _PLANS,
        store_display=st.booleans(),
        delivery=st.sampled_from(Delivery),
    )


def required_documents() -> st.SearchStrategy[RequiredDocument]:
    """One document of a drawn submission.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(required_documents())
    ... def test_draws(value):
    ...     assert isinstance(value, RequiredDocument)
    >>> test_draws()
    """
    return parts(submissions(), lambda submission: submission.documents)


def official_test_accounts() -> st.SearchStrategy[OfficialTestAccount]:
    """The test account of a drawn plan and names, from ``official_test_account``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(official_test_accounts())
    ... def test_draws(value):
    ...     assert isinstance(value, OfficialTestAccount)
    >>> test_draws()
    """
    names = st.sampled_from(["テスト株式会社", "KDDIテスト", "サンプル商店"])
    return returned(official_test_account, _PLANS, name=names, nickname=names)
