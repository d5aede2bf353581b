"""Hypothesis strategies for ドコモビジネスオンラインショップ (DBO-3..DBO-6).

Corporate numbers and registry numbers that validate, and the results of the shop's rules
drawn through their functions: a mobile order's holder, the invoice payment, the payment
methods of a product kind.

>>> from hypothesis import given
>>> from telcobiz.policy.docomo import is_valid_corporate_number
>>> @given(corporate_numbers(formatted=True))
... def test_always_valid(number):
...     assert is_valid_corporate_number(number)
>>> test_always_valid()
"""

from __future__ import annotations

import string

from hypothesis import strategies as st

from telcobiz.core.money import Yen
from telcobiz.policy.docomo import (
    TRADE_NAME_ONLY_TYPE_CODE,
    InvoicePayment,
    MobileOrderHolder,
    PaymentMethods,
    ProductKind,
    corporate_number_from_registry,
    format_corporate_number,
    invoice_payment,
    mobile_order_holder,
    payment_methods,
)
from telcobiz.testing.core import returned, yens

__all__ = [
    "corporate_numbers",
    "invoice_payments",
    "mobile_order_holders",
    "payment_method_sets",
    "registry_numbers",
]

_DIGITS = string.digits
_LETTERS = string.ascii_letters


def registry_numbers(*, type_code: str | None = None) -> st.SearchStrategy[str]:
    """12-digit bases (会社法人等番号): office code, type code, serial.

    Without ``type_code`` the type code is anything but 04 (商号のみ登記, which has no
    法人番号); pass ``TRADE_NAME_ONLY_TYPE_CODE`` to get those.

    >>> from hypothesis import find
    >>> find(registry_numbers(type_code=TRADE_NAME_ONLY_TYPE_CODE), lambda number: True)
    '000004000000'
    """
    codes = (
        st.just(type_code)
        if type_code is not None
        else st.text(_DIGITS, min_size=2, max_size=2).filter(
            lambda code: code != TRADE_NAME_ONLY_TYPE_CODE
        )
    )
    office = st.text(_DIGITS, min_size=4, max_size=4)
    serial = st.text(_DIGITS, min_size=6, max_size=6)
    return st.builds(lambda o, c, s: o + c + s, office, codes, serial)


def corporate_numbers(*, formatted: bool = False) -> st.SearchStrategy[str]:
    """Valid 13-digit corporate numbers (法人番号) whose type code is not 04.

    ``formatted=True`` writes them as ``7-0000-1205-0002``.

    >>> from hypothesis import find
    >>> find(corporate_numbers(formatted=True), lambda number: True)
    '9-0000-0000-0000'
    """
    numbers = registry_numbers().map(corporate_number_from_registry)
    return numbers.map(format_corporate_number) if formatted else numbers


def mobile_order_holders() -> st.SearchStrategy[MobileOrderHolder]:
    """Who holds a mobile order placed with a drawn corporate or registry number (DBO-3).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(mobile_order_holders())
    ... def test_draws(value):
    ...     assert isinstance(value, MobileOrderHolder)
    >>> test_draws()
    """
    by_number = returned(
        lambda number: mobile_order_holder(corporate_number=number), corporate_numbers()
    )
    by_registry = returned(
        lambda number: mobile_order_holder(registry_number=number), registry_numbers()
    )
    return by_number | by_registry


def invoice_payments() -> st.SearchStrategy[InvoicePayment]:
    """Where a drawn invoice amount can be paid (DBO-5), from ``invoice_payment``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(invoice_payments())
    ... def test_draws(value):
    ...     assert isinstance(value, InvoicePayment)
    >>> test_draws()
    """
    amounts = yens(min_value=Yen(1), max_value=Yen(1_000_000), sen=False)
    return returned(invoice_payment, amounts, kind=st.sampled_from(ProductKind))


def payment_method_sets() -> st.SearchStrategy[PaymentMethods]:
    """The payment methods of a drawn product kind (DBO-4), from ``payment_methods``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(payment_method_sets())
    ... def test_draws(value):
    ...     assert isinstance(value, PaymentMethods)
    >>> test_draws()
    """
    return returned(payment_methods, st.sampled_from(ProductKind))
