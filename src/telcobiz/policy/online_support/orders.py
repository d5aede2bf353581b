"""KDDI ビジネスオンラインサポート: checking an au order against its purchase pattern (BOS-2).

An order (:class:`AuOrder` of :class:`OrderLine`) is checked against the 000 §3.4 pattern
without or with 簡易モバイルエントリー (:func:`check_order`); 簡易モバイルエントリー itself
needs a BOS contract and a written application (§4.2,
:func:`check_simple_entry_application`).

>>> order = AuOrder(lines=[OrderLine("device", "iPhone", 3)], purchase=PurchaseMethod.RENTAL)
>>> check_order(order, simple_mobile_entry=False).codes
('bos.rental_needs_simple_entry',)
>>> check_order(order, simple_mobile_entry=True).ok
True
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from telcobiz.core.checks import expect_instance
from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.policy._text import nfkc, parse_choice
from telcobiz.policy.online_support.eligibility import CORPORATE_CENTER_PHONE
from telcobiz.policy.online_support.patterns import (
    _PAYMENT,
    PURCHASE_PATTERNS,
    AuPaymentMethod,
    BillingChoice,
    OrderLineKind,
    ProductCategory,
    PurchaseMethod,
    TermsSource,
)
from telcobiz.policy.report import Note, Problem, ProblemKind, Report

__all__ = [
    "AuOrder",
    "OrderLine",
    "check_order",
    "check_simple_entry_application",
    "is_ezweb_address",
    "is_valid_order",
    "validate_order",
    "validate_simple_entry_application",
]

_BOS_2 = Citation(BOS_DMP_GUIDE, "§3.4", row="(表) 購入パターン", rule="BOS-2")
_BOS_2_ENTRY = Citation(
    BOS_DMP_GUIDE, "§4.2", row="簡易モバイルエントリーのお申し込み", rule="BOS-2"
)


def _purchase(value: PurchaseMethod | str) -> PurchaseMethod:
    return PurchaseMethod.parse(value)


def _payment(value: AuPaymentMethod | str) -> AuPaymentMethod:
    return AuPaymentMethod.parse(value)


def _billing(value: BillingChoice | str) -> BillingChoice:
    return BillingChoice.parse(value)


def _quantity(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInput.for_value(
            "quantity", value, "a whole number of 1 or more", code="bos.bad_quantity"
        )
    return value


def _name(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput.for_value(
            "name", value, "the product's name as non-empty text", code="bos.bad_product"
        )
    return value


def _kind(value: OrderLineKind | str) -> OrderLineKind:
    return parse_choice(OrderLineKind, value, field="kind", code="bos.bad_product")


@attrs.frozen
class OrderLine:
    """One line of an au order: a device or an accessory, its name and quantity.

    >>> OrderLine("accessory", "ケース", 3).kind
    <OrderLineKind.ACCESSORY: 'accessory'>
    """

    kind: OrderLineKind = attrs.field(converter=_kind)
    name: str = attrs.field(converter=_name)
    quantity: int = attrs.field(converter=_quantity)
    category: ProductCategory | None = None


def _lines(value: Iterable[OrderLine]) -> tuple[OrderLine, ...]:
    try:
        lines = tuple(value)
    except TypeError:
        lines = ()
    if not lines or not all(isinstance(line, OrderLine) for line in lines):
        raise InvalidInput.for_value(
            "lines", value, "one or more OrderLine values", code="bos.empty_order"
        )
    return lines


def _email(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput.for_value(
            "business_email", value, "an e-mail address as text", code="bos.bad_email"
        )
    return nfkc(value).strip()


@attrs.frozen(kw_only=True)
class AuOrder:
    """An au order on the site, described by what BOS-2 looks at.

    Attributes:
        lines: the devices and accessories bought.
        models: the models come from the site's designated line-up or from terms agreed with
            KDDI (:class:`TermsSource`).
        plans: the same for the plan and packet discount.
        services: the same for the other discounts and options.
        campaign: a campaign is applied.
        au_points: au points are used.
        purchase: lump sum, instalments or rental.
        payment: account transfer or credit card (counter payment cannot be chosen).
        billing: added to an existing billing account, or a new one.
        separate_billing: the device and the charges billed separately.
        business_email: a business e-mail address to set, if any.

    >>> AuOrder(lines=[OrderLine("device", "Galaxy", 2)], payment="credit_card").payment
    <AuPaymentMethod.CREDIT_CARD: 'credit_card'>
    """

    lines: tuple[OrderLine, ...] = attrs.field(converter=_lines)
    models: TermsSource = TermsSource.DESIGNATED
    plans: TermsSource = TermsSource.DESIGNATED
    services: TermsSource = TermsSource.DESIGNATED
    campaign: bool = False
    au_points: bool = False
    purchase: PurchaseMethod = attrs.field(default=PurchaseMethod.LUMP_SUM, converter=_purchase)
    payment: AuPaymentMethod = attrs.field(
        default=AuPaymentMethod.ACCOUNT_TRANSFER, converter=_payment
    )
    billing: BillingChoice = attrs.field(default=BillingChoice.EXISTING, converter=_billing)
    separate_billing: bool = False
    business_email: str | None = attrs.field(default=None, converter=_email)


_EZWEB_DOMAIN = "ezweb.ne.jp"


def is_ezweb_address(address: str) -> bool:
    """Tell whether ``address`` is an EZweb address (``@ezweb.ne.jp`` or a subdomain of it).

    >>> is_ezweb_address("taro@ezweb.ne.jp"), is_ezweb_address("ＴＡＲＯ＠ＥＺＷＥＢ．ＮＥ．ＪＰ")
    (True, True)
    >>> is_ezweb_address("taro@example.co.jp")
    False
    """
    expect_instance(
        address, str, "address", expected="an e-mail address as text", code="bos.bad_email"
    )
    domain = nfkc(address).strip().rpartition("@")[2].casefold()
    return domain == _EZWEB_DOMAIN or domain.endswith("." + _EZWEB_DOMAIN)


def _rule_problem(message: str, message_ja: str, field: str, value: str, *, code: str) -> Problem:
    return Problem(
        code=code,
        message=message,
        message_ja=message_ja,
        field=field,
        value=value,
        rule="BOS-2",
        citation=_BOS_2,
        kind=ProblemKind.RULE,
    )


def _line_problems(order: AuOrder) -> list[Problem]:
    kinds = {line.kind for line in order.lines}
    if len(kinds) == 1:
        names = list(dict.fromkeys(line.name for line in order.lines))
        if len(names) > 1:
            only = next(iter(kinds)).label
            return [
                _rule_problem(
                    f"lines: a {only}-only order may choose one kind only, got {len(names)}",
                    "本体 or 付属品のみ購入は 1 種類のみ選択可",
                    "lines",
                    repr(names),
                    code="bos.one_kind_only",
                )
            ]
        return []
    quantities = list(dict.fromkeys(line.quantity for line in order.lines))
    if len(quantities) > 1:
        return [
            _rule_problem(
                f"lines: a device + accessory order takes the same quantity on every line, got "
                f"{quantities}",
                "本体 + 付属品購入は同数のみ選択可",
                "lines",
                repr(quantities),
                code="bos.same_quantity",
            )
        ]
    return []


def _entry_problems(order: AuOrder) -> list[Problem]:
    problems = []
    for field, row in (("models", 1), ("plans", 2), ("services", 3)):
        if getattr(order, field) is TermsSource.AGREED:
            item = PURCHASE_PATTERNS[row]
            problems.append(
                _rule_problem(
                    f"{field}: terms agreed with KDDI need 簡易モバイルエントリー; without it: "
                    f"{item.without_entry}",
                    f"{item.item}: 簡易モバイルエントリー契約無の場合は{item.without_entry}",
                    field,
                    repr(TermsSource.AGREED.value),
                    code="bos.agreed_terms_need_simple_entry",
                )
            )
    if order.campaign:
        problems.append(
            _rule_problem(
                "campaign: campaigns apply only with 簡易モバイルエントリー",
                "キャンペーン適用: 簡易モバイルエントリー契約無の場合は不可",
                "campaign",
                "True",
                code="bos.campaign_needs_simple_entry",
            )
        )
    if order.purchase is PurchaseMethod.RENTAL:
        problems.append(
            _rule_problem(
                "purchase: rental is offered only with 簡易モバイルエントリー",
                "購入方法: 簡易モバイルエントリー契約無の場合は一括、分割支払い",
                "purchase",
                repr(order.purchase.value),
                code="bos.rental_needs_simple_entry",
            )
        )
    if order.business_email is not None:
        problems.append(
            _rule_problem(
                "business_email: a business e-mail address can be set only with "
                "簡易モバイルエントリー",
                "ビジネスメールアドレス指定: 簡易モバイルエントリー契約無の場合は不可",
                "business_email",
                repr(order.business_email),
                code="bos.business_email_needs_simple_entry",
            )
        )
    return problems


def _common_problems(order: AuOrder) -> list[Problem]:
    problems = []
    if order.payment is AuPaymentMethod.COUNTER:
        problems.append(
            _rule_problem(
                "payment: counter payment cannot be chosen; pay by account transfer or credit card",
                _PAYMENT,
                "payment",
                repr(order.payment.value),
                code="bos.counter_payment",
            )
        )
    if order.separate_billing:
        problems.append(
            _rule_problem(
                "separate_billing: the device and the charges cannot be billed separately",
                "端末と料金は別請求不可",
                "separate_billing",
                "True",
                code="bos.separate_billing",
            )
        )
    email = order.business_email
    if email is not None:
        local, at, domain = email.rpartition("@")
        if not (at and local and "." in domain):
            problems.append(
                Problem(
                    code="bos.bad_email",
                    message=(
                        f"business_email: got {email!r}; expected an address like "
                        "name@example.co.jp"
                    ),
                    message_ja="ビジネスメールアドレスの形式が正しくありません",
                    field="business_email",
                    value=repr(email),
                    rule="BOS-2",
                    citation=_BOS_2,
                )
            )
        elif is_ezweb_address(email):
            problems.append(
                _rule_problem(
                    "business_email: an EZweb address cannot be the business e-mail address",
                    "Ezweb メールアドレス不可",
                    "business_email",
                    repr(email),
                    code="bos.ezweb_address",
                )
            )
    return problems


def check_order(order: AuOrder, *, simple_mobile_entry: bool) -> Report:
    """Report every part of ``order`` its purchase pattern does not allow (BOS-2, 000 §3.4).

    ``simple_mobile_entry`` says whether the customer has a 簡易モバイルエントリー contract.
    With it, models, plans and services are the ones agreed with KDDI (telcobiz cannot see
    that list, so an order marked ``DESIGNATED`` is not reported).

    >>> order = AuOrder(
    ...     lines=[OrderLine("device", "iPhone", 3), OrderLine("accessory", "ケース", 2)],
    ...     campaign=True, payment="counter", business_email="a@ezweb.ne.jp")
    >>> check_order(order, simple_mobile_entry=True).codes
    ('bos.same_quantity', 'bos.counter_payment', 'bos.ezweb_address')
    >>> check_order(order, simple_mobile_entry=False).codes
    ('bos.same_quantity', 'bos.campaign_needs_simple_entry', \
'bos.business_email_needs_simple_entry', 'bos.counter_payment', 'bos.ezweb_address')
    """
    if not isinstance(simple_mobile_entry, bool):
        raise InvalidInput.for_value(
            "simple_mobile_entry", simple_mobile_entry, "True or False", code="bos.bad_flag"
        )
    expect_instance(order, AuOrder, "order", code="bos.bad_order")
    problems = _line_problems(order)
    if not simple_mobile_entry:
        problems.extend(_entry_problems(order))
    problems.extend(_common_problems(order))
    notes = []
    if order.payment is AuPaymentMethod.ACCOUNT_TRANSFER:
        notes.append(
            Note(
                "until the account transfer starts, bills are paid at a counter",
                "口座振替開始前は窓口払いとなります",
                "BOS-2",
                _BOS_2,
            )
        )
    entry = "with" if simple_mobile_entry else "without"
    subject = f"au order {entry} 簡易モバイルエントリー"
    return Report.of(subject, problems, notes=notes, rules=["BOS-2"], citations=[_BOS_2])


def validate_order(order: AuOrder, *, simple_mobile_entry: bool) -> None:
    """Raise the first problem of :func:`check_order`.

    >>> validate_order(AuOrder(lines=[OrderLine("device", "iPhone", 1)]), simple_mobile_entry=False)
    >>> validate_order(AuOrder(lines=[OrderLine("device", "iPhone", 1)], separate_billing=True),
    ...                simple_mobile_entry=True)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: separate_billing: the device and the charges cannot be \
billed separately
    """
    check_order(order, simple_mobile_entry=simple_mobile_entry).raise_first()


def is_valid_order(order: AuOrder, *, simple_mobile_entry: bool) -> bool:
    """Tell whether :func:`check_order` finds no problem.

    >>> order = AuOrder(lines=[OrderLine("accessory", "充電器", 5)])
    >>> is_valid_order(order, simple_mobile_entry=False)
    True
    """
    return check_order(order, simple_mobile_entry=simple_mobile_entry).ok


def check_simple_entry_application(*, bos_contract: bool, in_writing: bool) -> Report:
    """Report what a 簡易モバイルエントリー application lacks (BOS-2, 000 §4.2).

    It needs a BOS contract and a written application (through the 法人お客さまセンター).

    >>> check_simple_entry_application(bos_contract=False, in_writing=False).codes
    ('bos.simple_entry_needs_bos', 'bos.simple_entry_needs_writing')
    """
    problems = []
    if not bos_contract:
        problems.append(
            Problem(
                code="bos.simple_entry_needs_bos",
                message="簡易モバイルエントリー is for customers with a BOS contract",
                message_ja="KDDI ビジネスオンラインサポートにお申し込みいただいているお客さま",
                field="bos_contract",
                value="False",
                rule="BOS-2",
                citation=Citation(BOS_DMP_GUIDE, "§4.2.1", row="お申し込み条件", rule="BOS-2"),
                kind=ProblemKind.RULE,
            )
        )
    if not in_writing:
        problems.append(
            Problem(
                code="bos.simple_entry_needs_writing",
                message=(
                    "簡易モバイルエントリー needs a written application; call the 法人お客さま"
                    f"センター {CORPORATE_CENTER_PHONE}"
                ),
                message_ja="書面によるお申し込みが必要となります。",
                field="in_writing",
                value="False",
                rule="BOS-2",
                citation=Citation(BOS_DMP_GUIDE, "§4.2.2", row="お申し込み方法", rule="BOS-2"),
                kind=ProblemKind.RULE,
            )
        )
    return Report.of(
        "簡易モバイルエントリー application", problems, rules=["BOS-2"], citations=[_BOS_2_ENTRY]
    )


def validate_simple_entry_application(*, bos_contract: bool, in_writing: bool) -> None:
    """Raise the first problem of :func:`check_simple_entry_application`.

    >>> validate_simple_entry_application(bos_contract=True, in_writing=True)
    """
    check_simple_entry_application(bos_contract=bos_contract, in_writing=in_writing).raise_first()
