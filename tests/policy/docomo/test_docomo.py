"""DBO-3..DBO-6: the docomo business online shop's numbers, payments and roles (seed 004)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.core import InvalidInput, OutOfRange, RuleViolation, UnknownItem, Yen
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.policy.docomo import (
    BARCODE_LIMIT,
    BUSINESS_D_ACCOUNT_SERVICES,
    NOT_LOGGED_IN_MESSAGE,
    ROLE_PERMISSIONS,
    CardIssuer,
    HolderKind,
    PaymentMethod,
    PaymentPlace,
    ProductKind,
    ShopAction,
    ShopRole,
    calc_check_digit,
    check_action,
    check_corporate_number,
    check_invoice_payment,
    check_login_change,
    check_mobile_order_holder,
    check_order_identity,
    check_payment_method,
    check_payment_method_change,
    check_shop_order,
    compact_corporate_number,
    corporate_number_from_registry,
    format_corporate_number,
    invoice_payment,
    is_valid_corporate_number,
    mobile_order_holder,
    needs_business_d_account,
    payment_methods,
    registry_type_code,
    validate_corporate_number,
    validate_mobile_order_holder,
    validate_payment_method,
    validate_shop_order,
)
from telcobiz.testing import corporate_numbers, registry_numbers

NTA = "7000012050002"  # 国税庁's own 法人番号: the RULES.md DBO-5 example


# -- DBO-5: the corporate number -------------------------------------------------------------


def test_dbo5_seed_number_is_valid_and_formats_with_hyphens():
    assert validate_corporate_number(NTA) == NTA
    assert is_valid_corporate_number(NTA)
    assert format_corporate_number(NTA) == "7-0000-1205-0002"
    assert check_corporate_number(NTA).ok


def test_dbo5_check_digit_formula_9_minus_weighted_sum_mod_9():
    # body 000012050002 from the right: 2·1 + 5·1 + 2·1 + 1·2 = 11; 11 mod 9 = 2; 9 - 2 = 7.
    assert calc_check_digit("000012050002") == "7"
    # all-zero body: the sum is 0 and the check digit is 9 (never 0).
    assert calc_check_digit("000000000000") == "9"
    assert corporate_number_from_registry("0000-12-050002") == NTA


def test_dbo5_zero_nine_body_change_is_invisible_to_the_check_digit():
    # RULES.md DBO-5: 7900012050002 is as valid as 7000012050002.
    assert is_valid_corporate_number("7900012050002")
    assert format_corporate_number("7900012050002") == "7-9000-1205-0002"


@pytest.mark.parametrize(
    "number",
    [
        "7-0000-1205-0002",
        " 7000 0120 50002 ",
        "７０００－０１２０－５０００２",
        "７ ０００ ０１２ ０５０ ００２",
    ],
)
def test_dbo5_compaction_removes_hyphens_and_spaces_after_nfkc(number):
    assert compact_corporate_number(number) == NTA
    assert validate_corporate_number(number) == NTA


@pytest.mark.parametrize(
    ("number", "codes"),
    [
        ("8000012050002", ("docomo.corporate_number_checksum",)),
        ("6000012050002", ("docomo.corporate_number_checksum",)),
        ("7000012050003", ("docomo.corporate_number_checksum",)),
        ("700001205000", ("docomo.corporate_number_length",)),  # 12 digits
        ("70000120500021", ("docomo.corporate_number_length",)),  # 14 digits
        ("7000O12050002", ("docomo.corporate_number_format",)),  # letter O
        ("7000.012050002", ("docomo.corporate_number_length", "docomo.corporate_number_format")),
        ("7000ー012050002", ("docomo.corporate_number_length", "docomo.corporate_number_format")),
        ("", ("docomo.corporate_number_length", "docomo.corporate_number_format")),
        ("٧٠٠٠٠١٢٠٥٠٠٠٢", ("docomo.corporate_number_format",)),  # Arabic-Indic digits
    ],
)
def test_dbo5_invalid_numbers_report_every_problem(number, codes):
    report = check_corporate_number(number)
    assert report.codes == codes
    assert not is_valid_corporate_number(number)
    with pytest.raises(InvalidInput) as raised:
        validate_corporate_number(number)
    assert raised.value.code == codes[0]
    assert raised.value.field == "corporate_number"


def test_dbo5_checksum_message_names_the_expected_digit():
    with pytest.raises(InvalidInput, match="the check digit should be 7, not 8"):
        validate_corporate_number("8000012050002")


def test_dbo5_non_text_is_invalid_input_and_is_valid_is_false():
    with pytest.raises(InvalidInput) as raised:
        check_corporate_number(7000012050002)  # type: ignore[arg-type]
    assert raised.value.code == "docomo.corporate_number_not_text"
    assert is_valid_corporate_number(7000012050002) is False  # type: ignore[arg-type]


def test_dbo5_type_code_is_the_two_digits_after_the_office_code():
    assert registry_type_code("0100-04-123456") == "04"
    assert registry_type_code(NTA) == "12"
    with pytest.raises(InvalidInput) as raised:
        registry_type_code("12345")
    assert raised.value.code == "docomo.bad_registry_number"


def test_dbo5_type_code_04_orders_in_a_personal_name():
    number = corporate_number_from_registry("010004123456")
    holder = mobile_order_holder(corporate_number=number)
    assert holder.holder is HolderKind.PERSONAL
    assert holder.type_code == "04"
    assert holder.corporate_number is None
    assert holder.report.codes == ("docomo.trade_name_only",)
    assert "『04』" in holder.report.problems[0].message_ja
    assert holder.explain("ja").splitlines()[0] == "個人名義でのお申込受付となります"
    assert str(holder) == "mobile order in a personal name: type code 04 is a 商号のみ登記"
    with pytest.raises(RuleViolation) as raised:
        validate_mobile_order_holder(registry_number="0100-04-123456")
    assert raised.value.code == "docomo.trade_name_only"


def test_dbo5_no_number_means_no_mobile_contract():
    holder = mobile_order_holder()
    assert holder.holder is None
    assert (
        holder.report.problems[0].message_ja
        == "法人番号がない個人事業主・屋号では、契約できません。"
    )
    assert str(holder).startswith("no mobile order: a mobile order needs a corporate number")
    assert holder.explain("ja").splitlines()[0] == "モバイル端末の契約はできません"


def test_dbo5_corporation_with_a_registry_number_only():
    holder = mobile_order_holder(registry_number="0000-12-050002")
    assert holder.holder is HolderKind.CORPORATION
    assert holder.corporate_number == NTA
    assert str(holder) == f"mobile order as a corporation ({NTA})"


def test_dbo5_numbers_must_agree():
    report = check_mobile_order_holder(corporate_number=NTA, registry_number="000012050003")
    assert report.codes == ("docomo.numbers_disagree",)
    assert check_mobile_order_holder(corporate_number=NTA, registry_number="000012050002").ok


def test_dbo5_invalid_number_for_a_mobile_order():
    holder = mobile_order_holder(corporate_number="8000012050002")
    assert holder.holder is None
    assert holder.type_code is None
    assert holder.report.codes == ("docomo.corporate_number_checksum",)


def test_dbo5_orders_other_than_mobile_for_sole_proprietors_and_new_corporations():
    refused = check_order_identity("other", sole_proprietor=True)
    assert refused.codes == ("docomo.sole_proprietor_not_ok",)
    assert refused.problems[0].message_ja == "表示がないものはお申し込みいただけません。"
    allowed = check_order_identity(
        "business_d_account", sole_proprietor=True, sole_proprietor_ok=True
    )
    assert allowed.ok
    assert "公的証明書" in allowed.notes[0].message_ja
    new_corporation = check_order_identity("other")
    assert new_corporation.ok
    assert new_corporation.notes[0].message_ja == "登記簿謄本の提出が必要となる場合があります。"
    assert check_order_identity("other", corporate_number="8000012050002").codes == (
        "docomo.corporate_number_checksum",
    )
    assert check_order_identity("other", corporate_number=NTA).ok
    assert check_order_identity("mobile", corporate_number=NTA).ok


@given(corporate_numbers())
def test_dbo5_strategy_numbers_always_validate(number):
    assert validate_corporate_number(number) == number
    assert registry_type_code(number) != "04"
    assert mobile_order_holder(corporate_number=number).holder is HolderKind.CORPORATION


@given(corporate_numbers(formatted=True))
def test_dbo5_formatted_strategy_numbers_round_trip(number):
    assert format_corporate_number(number) == number


@given(corporate_numbers(), st.integers(0, 12), st.integers(1, 9))
def test_dbo5_every_single_digit_change_fails_except_zero_nine_in_the_body(number, where, shift):
    old = number[where]
    new = str((int(old) + shift) % 10)
    changed = number[:where] + new + number[where + 1 :]
    invisible = where > 0 and {old, new} == {"0", "9"}
    assert is_valid_corporate_number(changed) is invisible


@given(registry_numbers(type_code="04"))
def test_dbo5_every_type_04_number_is_a_personal_order(base):
    holder = mobile_order_holder(corporate_number=corporate_number_from_registry(base))
    assert holder.holder is HolderKind.PERSONAL


@given(st.one_of(corporate_numbers(), st.text("0123456789-  ９０ー", max_size=16)))
def test_dbo5_check_is_empty_exactly_when_validate_does_not_raise(number):
    report = check_corporate_number(number)
    try:
        validate_corporate_number(number)
    except InvalidInput:
        raised = True
    else:
        raised = False
    assert report.ok is not raised


# -- DBO-3: payment places per invoice amount --------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "barcode", "places"),
    [
        (Yen(0), True, (PaymentPlace.BANK, PaymentPlace.CONVENIENCE_STORE)),
        (Yen(299_999), True, (PaymentPlace.BANK, PaymentPlace.CONVENIENCE_STORE)),
        (Yen("299999.99"), True, (PaymentPlace.BANK, PaymentPlace.CONVENIENCE_STORE)),
        (Yen(300_000), False, (PaymentPlace.BANK,)),  # 未満 excludes 300,000 (Decision)
        (Yen(300_001), False, (PaymentPlace.BANK,)),
    ],
)
def test_dbo3_barcode_below_300000_yen_only(amount, barcode, places):
    for kind in ("other", "business_d_account"):
        payment = invoice_payment(amount, kind=kind)
        assert payment.barcode is barcode
        assert payment.places == places


def test_dbo3_limit_constant():
    assert Yen(300_000) == BARCODE_LIMIT


def test_dbo3_mobile_invoices_come_from_ntt_finance_without_threshold():
    for amount in (1, 300_000, 5_000_000):
        payment = invoice_payment(amount, kind=ProductKind.MOBILE)
        assert payment.issuer == "NTTファイナンス"
        assert payment.barcode is None
        assert PaymentPlace.CONVENIENCE_STORE in payment.places
        assert PaymentPlace.DOCOMO_SHOP in payment.places
    assert "支払期限を経過した料金" in payment.notes[0].message_ja


def test_dbo3_check_payment_place():
    report = check_invoice_payment(300_000, "convenience_store", kind="other")
    assert report.codes == ("docomo.payment_place_not_allowed",)
    assert "コンビニエンスストアでのお支払いはできません" in report.problems[0].message_ja
    assert "300,000 yen or more" in report.problems[0].message
    assert check_invoice_payment(299_999, "コンビニエンスストア", kind="other").ok
    shop = check_invoice_payment(1000, "docomo_shop", kind="other")
    assert shop.problems[0].message_ja == "ドコモショップ/d gardenではお支払いいただけません"
    assert check_invoice_payment(1000, "docomo_shop", kind="mobile").ok


def test_dbo3_bad_amounts():
    with pytest.raises(OutOfRange) as raised:
        invoice_payment(-1, kind="other")
    assert raised.value.code == "docomo.bad_amount"
    with pytest.raises(InvalidInput) as raised:
        invoice_payment(300000.0, kind="other")  # type: ignore[arg-type]
    assert raised.value.code == "money.not_exact"
    with pytest.raises(UnknownItem) as raised:
        invoice_payment(1, kind="fax")
    assert raised.value.code == "docomo.unknown_product_kind"


def test_dbo3_explain_and_str():
    payment = invoice_payment(Decimal("299999"), kind="other")
    assert (
        str(payment) == "other invoice of 299,999円 with a barcode: pay at bank, convenience store"
    )
    assert payment.explain("ja").splitlines()[0] == (
        "299,999円の請求書（バーコードあり）: 金融機関、コンビニエンスストア"
    )
    mobile = invoice_payment(1, kind="mobile")
    assert str(mobile).startswith("mobile invoice of 1円 from NTTファイナンス")
    assert mobile.explain("en").startswith("mobile invoice")


# -- DBO-4: payment methods ----------------------------------------------------------------------


def test_dbo4_methods_per_kind():
    mobile = payment_methods("mobile")
    assert mobile.methods == (
        PaymentMethod.ACCOUNT_TRANSFER,
        PaymentMethod.INVOICE,
        PaymentMethod.CREDIT_CARD,
    )
    assert mobile.recommended is PaymentMethod.ACCOUNT_TRANSFER
    assert mobile.card_online is False
    assert mobile.first_payment is None
    business = payment_methods("business_d_account")
    assert set(business.methods) == set(PaymentMethod)
    assert business.first_payment is PaymentMethod.INVOICE
    other = payment_methods("other")
    assert other.methods == (PaymentMethod.INVOICE, PaymentMethod.ACCOUNT_TRANSFER)
    assert str(other) == "other: invoice, account transfer; the first payment by invoice"


def test_dbo4_card_only_for_mobile_and_business_d_account():
    assert check_payment_method("other", "credit_card").codes == (
        "docomo.payment_method_not_offered",
    )
    assert check_payment_method("business_d_account", "credit_card").ok
    notes = [n.message_ja for n in check_payment_method("business_d_account", "credit_card").notes]
    assert (
        "※ご契約内容によってはクレジットカードでのお支払いがご利用いただけない場合がございます。"
        in notes
    )


def test_dbo4_mobile_card_goes_through_a_docomo_shop():
    assert check_payment_method("mobile", "credit_card").codes == ("docomo.card_at_docomo_shop",)
    assert check_payment_method("mobile", "credit_card", at_docomo_shop=True).ok
    abroad = check_payment_method(
        "mobile", "credit_card", at_docomo_shop=True, card_issued_abroad=True
    )
    assert abroad.ok
    assert any("海外発行カード" in note.message_ja for note in abroad.notes)


def test_dbo4_first_payment_is_by_invoice_for_non_mobile():
    report = check_payment_method("other", "account_transfer", first_payment=True)
    assert report.codes == ("docomo.first_payment_by_invoice",)
    assert check_payment_method("other", "invoice", first_payment=True).ok
    assert check_payment_method("mobile", "account_transfer", first_payment=True).ok


@pytest.mark.parametrize(
    ("issuer", "refused"),
    [
        ("楽天カード", True),
        ("Rakuten Card", True),
        ("三菱ＵＦＪニコス", False),
        ("MUFG NICOS", False),
        ("オリコカード", False),
        ("Orico", False),
    ],
)
def test_dbo4_card_issuers_for_business_d_account(issuer, refused):
    report = check_payment_method("business_d_account", "credit_card", card_issuer=issuer)
    if refused:
        assert report.codes == ("docomo.card_issuer_refused",)
        with pytest.raises(RuleViolation):
            validate_payment_method("business_d_account", "credit_card", card_issuer=issuer)
    else:
        assert report.ok
        assert any("ご利用いただけない場合がある" in note.message_ja for note in report.notes)


def test_dbo4_card_issuer_lookup():
    assert CardIssuer.find("JCB") is None
    assert CardIssuer.parse("rakuten") is CardIssuer.RAKUTEN
    assert CardIssuer.parse(CardIssuer.ORICO) is CardIssuer.ORICO
    assert CardIssuer.MUFG_NICOS.label == "三菱UFJニコス"
    assert not CardIssuer.ORICO.refused
    with pytest.raises(UnknownItem):
        CardIssuer.parse("JCB")
    # an issuer the FAQ does not name is not reported
    assert check_payment_method("business_d_account", "credit_card", card_issuer="JCB").ok


def test_dbo4_method_change_needs_first_invoice_and_r_number():
    report = check_payment_method_change("other", first_invoice_received=False, invoice_number=None)
    assert report.codes == ("docomo.change_before_first_invoice", "docomo.invoice_number_missing")
    assert check_payment_method_change(
        "business_d_account", first_invoice_received=True, invoice_number="A123"
    ).codes == ("docomo.invoice_number_not_r",)
    for number in ("R0123456789", "Ｒ0123", "r0123"):
        ok = check_payment_method_change(
            "other", first_invoice_received=True, invoice_number=number
        )
        assert ok.ok
        assert "2カ月程度" in ok.notes[0].message_ja
    mobile = check_payment_method_change(
        "mobile", first_invoice_received=False, invoice_number=None
    )
    assert mobile.ok
    assert "ドコモ インフォメーションセンター" in mobile.notes[0].message_ja


# -- DBO-6: roles and business d account services ----------------------------------------------


def test_dbo6_services_list_and_exact_message():
    assert len(BUSINESS_D_ACCOUNT_SERVICES) == 21
    assert (
        NOT_LOGGED_IN_MESSAGE
        == "ビジネスdアカウントでログインされていない為、本商品を購入することができません。"
    )
    assert "\n" not in NOT_LOGGED_IN_MESSAGE


@pytest.mark.parametrize(
    "name",
    [
        "NewsPicks+dプレミアム会員プラン",
        "NewsPicks +dプレミアム会員プラン",
        "ビジネスd安否確認 ベーシックプラン",
        "ビジネスd安否確認ベーシックプラン",
        "ビジネスd安否確認　ベーシックプラン",
        "dXショートメッセージ（SMS）配信",
        " dX電子契約 ",
    ],
)
def test_dbo6_service_names_match_ignoring_spaces(name):
    assert needs_business_d_account(name)


def test_dbo6_other_services_do_not_need_it():
    assert not needs_business_d_account("Box over VPN")
    assert not needs_business_d_account("Microsoft 365 from NTT Communications")
    with pytest.raises(InvalidInput):
        needs_business_d_account(None)  # type: ignore[arg-type]


def test_dbo6_ordering_without_a_business_d_login_shows_the_message():
    report = check_shop_order("NewsPicks +dプレミアム会員プラン", login="email")
    assert report.codes == ("docomo.business_d_account_required",)
    assert report.problems[0].message_ja == NOT_LOGGED_IN_MESSAGE
    with pytest.raises(RuleViolation) as raised:
        validate_shop_order("dX電子契約", login="email")
    assert raised.value.code == "docomo.business_d_account_required"


def test_dbo6_general_user_role_cannot_order_anything():
    for service in ("dX電子契約", "Box over VPN"):
        report = check_shop_order(service, login="business_d_account", role="general_user")
        assert report.codes == ("docomo.admin_role_required",)
        assert "一般ユーザーロール" in report.problems[0].message_ja
    assert check_shop_order("dX電子契約", login="business_d_account", role="管理者ロール").ok
    assert check_shop_order("Box over VPN", login="email").ok


def test_dbo6_membership_is_required():
    assert check_shop_order("Box over VPN", login=None).codes == ("docomo.membership_required",)


def test_dbo6_role_goes_with_business_d_logins_only():
    with pytest.raises(InvalidInput) as raised:
        check_shop_order("dX電子契約", login="business_d_account")
    assert raised.value.code == "docomo.role_missing"
    with pytest.raises(InvalidInput) as raised:
        check_shop_order("dX電子契約", login="email", role="admin")
    assert raised.value.code == "docomo.role_without_business_d_account"


def test_dbo6_role_permissions():
    assert ROLE_PERMISSIONS[ShopRole.GENERAL_USER] == frozenset()
    assert ROLE_PERMISSIONS[ShopRole.ADMIN] == frozenset(ShopAction)
    assert check_action("user_management", login="business_d_account", role="admin").ok
    general = check_action("user_management", login="business_d_account", role="general_user")
    assert general.codes == ("docomo.admin_role_required",)
    assert (
        general.problems[0].message_ja == "ユーザー管理には「管理者ロール」である必要があります。"
    )
    colleagues = check_action(
        "view_colleague_orders", login="business_d_account", role="admin", same_group=False
    )
    assert colleagues.codes == ("docomo.not_same_group",)
    assert check_action("order", login="email").codes == ("docomo.admin_role_required",)


def test_dbo6_login_change_only_from_email_to_business_d():
    assert check_login_change("email", "business_d_account").ok
    assert check_login_change("email", "email").ok
    report = check_login_change("business_d_account", "email")
    assert report.codes == ("docomo.login_change_not_reversible",)
    assert report.problems[0].message_ja == "その逆の変更はできませんのでご注意ください。"


def test_enum_labels_and_parsing():
    assert ProductKind.parse("ビジネスdアカウント必須サービス") is ProductKind.BUSINESS_D_ACCOUNT
    assert PaymentPlace.DOCOMO_SHOP.label == "ドコモショップ/d garden"
    assert PaymentMethod.parse("口座振替") is PaymentMethod.ACCOUNT_TRANSFER
    assert HolderKind.CORPORATION.label == "法人"
    assert ShopRole.parse("一般ユーザーロール") is ShopRole.GENERAL_USER
    assert ShopAction.ORDER.label == "注文"


# -- results round-trip through the shared converter ---------------------------------------------


@pytest.mark.parametrize(
    "result",
    [
        check_corporate_number("8000012050002"),
        mobile_order_holder(registry_number="010004123456"),
        mobile_order_holder(corporate_number=NTA),
        invoice_payment(300_000, kind="other"),
        invoice_payment(1, kind="mobile"),
        payment_methods("business_d_account"),
        check_payment_method("business_d_account", "credit_card", card_issuer="オリコ"),
        check_shop_order("dX電子契約", login=None),
    ],
)
def test_results_round_trip(result):
    assert structure(unstructure(result), type(result)) == result
    assert to_json(result)
