"""KDDI ビジネスオンラインサポート: who may apply and what an order may hold (BOS-1, BOS-2).

- BOS-1 (000 §4.1): corporations and sole proprietors in Japan may apply, online or in
  writing; not with a head office in Okinawa, and neither a billing nor a shipping address in
  Okinawa may be entered; in principle one contract per corporation (head office) or sole
  proprietor. The first applicant becomes the 代表法人管理者, whose user ID cannot be deleted.
- BOS-2 (000 §3.4): the purchase patterns without and with 簡易モバイルエントリー, checked
  against an order description (:class:`AuOrder`). 簡易モバイルエントリー itself needs a BOS
  contract and a written application (§4.2).

Prefectures are recognised whether written 沖縄県 or 沖縄, in full-width or half-width forms
(NFKC), alone or at the start of an address (after an optional 〒 postal code).

This package exports the names of :mod:`telcobiz.policy.online_support.eligibility`
(BOS-1), :mod:`~telcobiz.policy.online_support.patterns` and
:mod:`~telcobiz.policy.online_support.orders` (BOS-2).

>>> check_application(Applicant("沖縄県那覇市泉崎1-2-2", shipping="東京都千代田区")).codes
('bos.okinawa_head_office',)
>>> order = AuOrder(lines=[OrderLine("device", "iPhone", 3)], purchase=PurchaseMethod.RENTAL)
>>> check_order(order, simple_mobile_entry=False).codes
('bos.rental_needs_simple_entry',)
>>> check_order(order, simple_mobile_entry=True).ok
True
"""

from __future__ import annotations

from telcobiz.policy.online_support.eligibility import (
    CORPORATE_CENTER_PHONE,
    Applicant,
    ApplicantKind,
    ApplicationChannel,
    check_application,
    check_user_deletion,
    is_okinawa,
    is_valid_application,
    validate_application,
    validate_user_deletion,
)
from telcobiz.policy.online_support.orders import (
    AuOrder,
    OrderLine,
    check_order,
    check_simple_entry_application,
    is_ezweb_address,
    is_valid_order,
    validate_order,
    validate_simple_entry_application,
)
from telcobiz.policy.online_support.patterns import (
    PURCHASE_PATTERNS,
    AuPaymentMethod,
    BillingChoice,
    OrderLineKind,
    PatternRow,
    ProductCategory,
    PurchaseMethod,
    TermsSource,
    purchase_pattern,
)

__all__ = [
    "CORPORATE_CENTER_PHONE",
    "PURCHASE_PATTERNS",
    "Applicant",
    "ApplicantKind",
    "ApplicationChannel",
    "AuOrder",
    "AuPaymentMethod",
    "BillingChoice",
    "OrderLine",
    "OrderLineKind",
    "PatternRow",
    "ProductCategory",
    "PurchaseMethod",
    "TermsSource",
    "check_application",
    "check_order",
    "check_simple_entry_application",
    "check_user_deletion",
    "is_ezweb_address",
    "is_okinawa",
    "is_valid_application",
    "is_valid_order",
    "purchase_pattern",
    "validate_application",
    "validate_order",
    "validate_simple_entry_application",
    "validate_user_deletion",
]
