"""ドコモビジネスオンラインショップ: numbers, payments and roles (DBO-3, DBO-4, DBO-5, DBO-6).

- DBO-5: the 13-digit corporate number (法人番号) in the manner of python-stdnum's ``jp.cn``:
  :func:`compact_corporate_number`, :func:`validate_corporate_number`,
  :func:`is_valid_corporate_number`, :func:`format_corporate_number`, with the check digit of
  法人番号の指定等に関する省令 第2条; mobile orders need one, and a registry type code (種別番号)
  04 (商号のみ登記) means the order is taken in a personal name (:func:`mobile_order_holder`).
- DBO-3: which payment places an invoice allows: under 300,000 yen a barcode (banks and
  convenience stores), from 300,000 yen none (banks only); mobile invoices come from NTT
  Finance.
- DBO-4: payment methods per product kind, the first payment by invoice, method changes, and
  the card issuers that are refused or may be.
- DBO-6: the shop's roles (only the 管理者ロール orders) and the services that need a business
  d account, matched ignoring spaces.

This package exports the names of :mod:`telcobiz.policy.docomo.corporate_number` and
:mod:`~telcobiz.policy.docomo.identity` (DBO-5), :mod:`~telcobiz.policy.docomo.invoice` (DBO-3),
:mod:`~telcobiz.policy.docomo.payment`, :mod:`~telcobiz.policy.docomo.card_issuers` and
:mod:`~telcobiz.policy.docomo.payment_change` (DBO-4), :mod:`~telcobiz.policy.docomo.accounts`
(DBO-6) and :mod:`~telcobiz.policy.docomo.products` (the shared :class:`ProductKind`).

>>> validate_corporate_number("7-0000-1205-0002")
'7000012050002'
>>> format_corporate_number("7000012050002")
'7-0000-1205-0002'
>>> invoice_payment(300_000, kind="other").barcode
False
>>> check_shop_order("NewsPicks +dプレミアム会員プラン", login="email").problems[0].message_ja
'ビジネスdアカウントでログインされていない為、本商品を購入することができません。'
"""

from __future__ import annotations

from telcobiz.policy.docomo.accounts import (
    BUSINESS_D_ACCOUNT_SERVICES,
    NOT_LOGGED_IN_MESSAGE,
    ROLE_PERMISSIONS,
    LoginMethod,
    ShopAction,
    ShopRole,
    check_action,
    check_login_change,
    check_shop_order,
    needs_business_d_account,
    validate_shop_order,
)
from telcobiz.policy.docomo.card_issuers import CARD_ISSUERS, CardIssuer
from telcobiz.policy.docomo.corporate_number import (
    CORPORATE_NUMBER_LENGTH,
    REGISTRY_NUMBER_LENGTH,
    TRADE_NAME_ONLY_TYPE_CODE,
    calc_check_digit,
    check_corporate_number,
    compact_corporate_number,
    corporate_number_from_registry,
    format_corporate_number,
    is_valid_corporate_number,
    registry_type_code,
    validate_corporate_number,
)
from telcobiz.policy.docomo.identity import (
    HolderKind,
    MobileOrderHolder,
    check_mobile_order_holder,
    check_order_identity,
    mobile_order_holder,
    validate_mobile_order_holder,
)
from telcobiz.policy.docomo.invoice import (
    BARCODE_LIMIT,
    InvoicePayment,
    PaymentPlace,
    check_invoice_payment,
    invoice_payment,
)
from telcobiz.policy.docomo.payment import (
    PaymentMethod,
    PaymentMethods,
    check_payment_method,
    payment_methods,
    validate_payment_method,
)
from telcobiz.policy.docomo.payment_change import check_payment_method_change
from telcobiz.policy.docomo.products import (
    ProductKind,
)

__all__ = [
    "BARCODE_LIMIT",
    "BUSINESS_D_ACCOUNT_SERVICES",
    "CARD_ISSUERS",
    "CORPORATE_NUMBER_LENGTH",
    "NOT_LOGGED_IN_MESSAGE",
    "REGISTRY_NUMBER_LENGTH",
    "ROLE_PERMISSIONS",
    "TRADE_NAME_ONLY_TYPE_CODE",
    "CardIssuer",
    "HolderKind",
    "InvoicePayment",
    "LoginMethod",
    "MobileOrderHolder",
    "PaymentMethod",
    "PaymentMethods",
    "PaymentPlace",
    "ProductKind",
    "ShopAction",
    "ShopRole",
    "calc_check_digit",
    "check_action",
    "check_corporate_number",
    "check_invoice_payment",
    "check_login_change",
    "check_mobile_order_holder",
    "check_order_identity",
    "check_payment_method",
    "check_payment_method_change",
    "check_shop_order",
    "compact_corporate_number",
    "corporate_number_from_registry",
    "format_corporate_number",
    "invoice_payment",
    "is_valid_corporate_number",
    "mobile_order_holder",
    "needs_business_d_account",
    "payment_methods",
    "registry_type_code",
    "validate_corporate_number",
    "validate_mobile_order_holder",
    "validate_payment_method",
    "validate_shop_order",
]
