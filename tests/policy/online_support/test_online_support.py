"""BOS-1, BOS-2: who may apply for ビジネスオンラインサポート; au orders (seed 000 §3.4, §4)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.core import InvalidInput, RuleViolation, UnknownItem
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.policy.online_support import (
    CORPORATE_CENTER_PHONE,
    PURCHASE_PATTERNS,
    Applicant,
    ApplicantKind,
    ApplicationChannel,
    AuOrder,
    AuPaymentMethod,
    BillingChoice,
    OrderLine,
    OrderLineKind,
    ProductCategory,
    PurchaseMethod,
    TermsSource,
    check_application,
    check_order,
    check_simple_entry_application,
    check_user_deletion,
    is_ezweb_address,
    is_okinawa,
    is_valid_application,
    is_valid_order,
    purchase_pattern,
    validate_application,
    validate_order,
    validate_simple_entry_application,
    validate_user_deletion,
)

OKINAWA_TEXT = (
    "法人登録の際にご入力いただくご請求およびデバイス送付先情報に沖縄県はご指定いただけません。"
)

# -- prefectures (BOS-1 Decision: 沖縄県 or 沖縄, full-width or half-width) ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "沖縄県",
        "沖縄",
        "沖縄県那覇市泉崎1-2-2",
        "沖縄市",  # a city in Okinawa prefecture
        "  沖縄県 ",
        "〒900-8570 沖縄県那覇市泉崎1-2-2",
        "〒９００－８５７０　沖縄県那覇市",
        "９００８５７０沖縄県",
        "日本 沖縄県那覇市",
        "日本国沖縄県",
        "Okinawa",
        "ＯＫＩＮＡＷＡ",
        "okinawa-ken",
    ],
)
def test_bos1_okinawa_is_recognised(text):
    assert is_okinawa(text)


@pytest.mark.parametrize(
    "text",
    ["東京都", "東京都沖縄料理店", "大阪府", "那覇市", "", "Okinawan Foods Inc., Tokyo", "北海道"],
)
def test_bos1_other_places_are_not_okinawa(text):
    assert not is_okinawa(text)


def test_bos1_addresses_must_be_text():
    with pytest.raises(InvalidInput) as raised:
        is_okinawa(47)  # type: ignore[arg-type]
    assert raised.value.code == "bos.bad_address"
    with pytest.raises(InvalidInput):
        Applicant(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        Applicant("東京都", shipping=["大阪府", 3])  # type: ignore[list-item]
    with pytest.raises(InvalidInput):
        Applicant("東京都", billing=5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as raised:
        Applicant("東京都", existing_contracts=-1)
    assert raised.value.code == "bos.bad_count"


# -- BOS-1: each Okinawa field, Japan, one contract ---------------------------------------------


def test_bos1_head_office_in_okinawa():
    report = check_application(Applicant("沖縄県那覇市"))
    assert report.codes == ("bos.okinawa_head_office",)
    assert report.problems[0].message_ja == "本店の所在地が沖縄県の場合はお申し込みいただけません。"
    assert report.problems[0].field == "head_office"


def test_bos1_billing_address_in_okinawa():
    report = check_application(Applicant("東京都", billing="沖縄"))
    assert report.codes == ("bos.okinawa_billing_address",)
    assert report.problems[0].message_ja == OKINAWA_TEXT
    assert report.problems[0].field == "billing[0]"


def test_bos1_shipping_address_in_okinawa_second_of_two():
    report = check_application(Applicant("東京都", shipping=["大阪府", "沖縄県宮古島市"]))
    assert report.codes == ("bos.okinawa_shipping_address",)
    assert report.problems[0].field == "shipping[1]"
    assert report.problems[0].message_ja == OKINAWA_TEXT


def test_bos1_all_three_fields_at_once():
    applicant = Applicant("沖縄", billing="ｵｷﾅﾜ", shipping="〒901-0000 沖縄県")
    # ｵｷﾅﾜ (katakana) is not a way the rule writes the prefecture: not reported.
    assert check_application(applicant).codes == (
        "bos.okinawa_head_office",
        "bos.okinawa_shipping_address",
    )


def test_bos1_one_contract_per_corporation_and_japan_only():
    report = check_application(Applicant("東京都", existing_contracts=1, in_japan=False))
    assert report.codes == ("bos.not_in_japan", "bos.one_contract_per_corporation")
    assert report.problems[1].message_ja == (
        "原則 1 法人（本社）または 1 個人事業主につき 1 契約のお申し込みとなります。"
    )
    sole = Applicant("福岡県", kind=ApplicantKind.SOLE_PROPRIETOR)
    assert check_application(sole).ok
    assert check_application(sole).subject == "BOS application by a sole proprietor"


def test_bos1_notes_representative_and_written_application():
    online = check_application(Applicant("東京都"))
    assert [note.rule for note in online.notes] == ["BOS-1"]
    assert "代表法人管理者" in online.notes[0].message_ja
    written = check_application(Applicant("東京都", channel=ApplicationChannel.WRITING))
    assert CORPORATE_CENTER_PHONE in written.notes[1].message_ja
    assert "受付時間：9:00～20:00（年末年始を除く）" in written.notes[1].message_ja


def test_bos1_validate_and_is_valid():
    assert validate_application(Applicant("東京都")) is None
    assert is_valid_application(Applicant("東京都", billing=["大阪府"]))
    with pytest.raises(RuleViolation) as raised:
        validate_application(Applicant("東京都", billing="沖縄県"))
    assert raised.value.code == "bos.okinawa_billing_address"


def test_bos1_representative_user_id_cannot_be_deleted():
    assert check_user_deletion(representative=True).codes == ("bos.representative_not_deletable",)
    assert validate_user_deletion(representative=False) is None
    with pytest.raises(RuleViolation):
        validate_user_deletion(representative=True)


_PLACES = st.sampled_from(
    ["東京都", "沖縄県", "沖縄", "大阪府", "〒900-0001 沖縄県那覇市", "北海道"]
)


@given(_PLACES, st.lists(_PLACES, max_size=3), st.lists(_PLACES, max_size=3), st.integers(0, 2))
def test_bos1_check_is_empty_exactly_when_validate_does_not_raise(head, billing, shipping, count):
    applicant = Applicant(head, billing=billing, shipping=shipping, existing_contracts=count)
    report = check_application(applicant)
    try:
        validate_application(applicant)
    except RuleViolation:
        raised = True
    else:
        raised = False
    assert report.ok is not raised
    okinawa = [is_okinawa(place) for place in (head, *billing, *shipping)]
    assert report.ok is (not any(okinawa) and count == 0)


# -- BOS-2: purchase patterns ----------------------------------------------------------------------


def test_bos2_pattern_table():
    assert len(PURCHASE_PATTERNS) == 10
    without = purchase_pattern(simple_mobile_entry=False)
    with_entry = purchase_pattern(simple_mobile_entry=True)
    assert without["キャンペーン適用"] == "不可"
    assert with_entry["キャンペーン適用"] == "可"
    assert without["au ポイント適用"] == with_entry["au ポイント適用"] == "可"
    assert without["購入方法"] == "一括、分割支払い"
    assert with_entry["購入方法"] == "一括、分割支払い、レンタル"
    assert without["支払方法"] == "口座振替（窓口払いは選択できません）、クレジット"
    assert with_entry["購入可能機種"] == "弊社とお約束した機種"
    assert PURCHASE_PATTERNS[-1].remark == "Ezweb メールアドレス不可"


def _device(quantity=1, name="iPhone"):
    return OrderLine(OrderLineKind.DEVICE, name, quantity, ProductCategory.SMARTPHONE)


def test_bos2_rental_campaign_email_and_agreed_terms_need_the_entry():
    order = AuOrder(
        lines=[_device()],
        purchase=PurchaseMethod.RENTAL,
        campaign=True,
        business_email="taro@example.co.jp",
        models=TermsSource.AGREED,
        plans=TermsSource.AGREED,
        services=TermsSource.AGREED,
    )
    assert check_order(order, simple_mobile_entry=False).codes == (
        "bos.agreed_terms_need_simple_entry",
        "bos.agreed_terms_need_simple_entry",
        "bos.agreed_terms_need_simple_entry",
        "bos.campaign_needs_simple_entry",
        "bos.rental_needs_simple_entry",
        "bos.business_email_needs_simple_entry",
    )
    assert check_order(order, simple_mobile_entry=True).ok
    assert not is_valid_order(order, simple_mobile_entry=False)


def test_bos2_au_points_and_designated_terms_work_either_way():
    order = AuOrder(lines=[_device()], au_points=True, purchase="instalments")
    assert check_order(order, simple_mobile_entry=False).ok
    assert check_order(order, simple_mobile_entry=True).ok


def test_bos2_counter_payment_and_separate_billing_never():
    order = AuOrder(lines=[_device()], payment="窓口払い", separate_billing=True, billing="new")
    for entry in (False, True):
        assert check_order(order, simple_mobile_entry=entry).codes == (
            "bos.counter_payment",
            "bos.separate_billing",
        )
    assert order.billing is BillingChoice.NEW


def test_bos2_account_transfer_notes_counter_payment_until_it_starts():
    report = check_order(AuOrder(lines=[_device()]), simple_mobile_entry=False)
    assert report.notes[0].message_ja == "口座振替開始前は窓口払いとなります"
    card = check_order(AuOrder(lines=[_device()], payment="credit_card"), simple_mobile_entry=False)
    assert card.notes == ()


@pytest.mark.parametrize(
    "email",
    [
        "taro@ezweb.ne.jp",
        "TARO@EZWEB.NE.JP",
        "ｔａｒｏ＠ｅｚｗｅｂ．ｎｅ．ｊｐ",
        "x@sub.ezweb.ne.jp",
    ],
)
def test_bos2_no_ezweb_business_address(email):
    report = check_order(AuOrder(lines=[_device()], business_email=email), simple_mobile_entry=True)
    assert report.codes == ("bos.ezweb_address",)
    assert report.problems[0].message_ja == "Ezweb メールアドレス不可"
    assert is_ezweb_address(email)


def test_bos2_business_address_form():
    assert not is_ezweb_address("taro@notezweb.ne.jp")
    report = check_order(
        AuOrder(lines=[_device()], business_email="taro"), simple_mobile_entry=True
    )
    assert report.codes == ("bos.bad_email",)
    with pytest.raises(InvalidInput):
        AuOrder(lines=[_device()], business_email=3)  # type: ignore[arg-type]


def test_bos2_device_only_or_accessory_only_is_one_kind():
    two_models = AuOrder(lines=[_device(2, "iPhone"), _device(1, "Galaxy")])
    report = check_order(two_models, simple_mobile_entry=True)
    assert report.codes == ("bos.one_kind_only",)
    assert report.problems[0].message_ja == "本体 or 付属品のみ購入は 1 種類のみ選択可"
    same_model_twice = AuOrder(lines=[_device(2), _device(3)])
    assert check_order(same_model_twice, simple_mobile_entry=False).ok
    accessories = AuOrder(
        lines=[OrderLine("accessory", "ケース", 2), OrderLine("accessory", "充電器", 2)]
    )
    assert check_order(accessories, simple_mobile_entry=False).codes == ("bos.one_kind_only",)


def test_bos2_device_and_accessories_in_the_same_quantity():
    order = AuOrder(lines=[_device(3), OrderLine("accessory", "ケース", 2)])
    report = check_order(order, simple_mobile_entry=False)
    assert report.codes == ("bos.same_quantity",)
    assert report.problems[0].message_ja == "本体 + 付属品購入は同数のみ選択可"
    same = AuOrder(lines=[_device(3), OrderLine("accessory", "ケース", 3)])
    assert check_order(same, simple_mobile_entry=False).ok
    with pytest.raises(RuleViolation) as raised:
        validate_order(order, simple_mobile_entry=True)
    assert raised.value.code == "bos.same_quantity"


def test_bos2_order_input_errors():
    with pytest.raises(InvalidInput) as raised:
        AuOrder(lines=[])
    assert raised.value.code == "bos.empty_order"
    with pytest.raises(InvalidInput) as raised:
        AuOrder(lines=5)  # type: ignore[arg-type]
    assert raised.value.code == "bos.empty_order"
    with pytest.raises(InvalidInput) as raised:
        OrderLine("device", "iPhone", 0)
    assert raised.value.code == "bos.bad_quantity"
    with pytest.raises(InvalidInput) as raised:
        OrderLine("device", " ", 1)
    assert raised.value.code == "bos.bad_product"
    with pytest.raises(UnknownItem) as raised:
        AuOrder(lines=[_device()], purchase="lease")
    assert raised.value.code == "bos.unknown_purchase_method"
    with pytest.raises(InvalidInput) as raised:
        check_order(AuOrder(lines=[_device()]), simple_mobile_entry="yes")  # type: ignore[arg-type]
    assert raised.value.code == "bos.bad_flag"


def test_bos2_enum_labels():
    assert AuPaymentMethod.parse("クレジット") is AuPaymentMethod.CREDIT_CARD
    assert PurchaseMethod.INSTALMENTS.label == "分割支払い"
    assert OrderLineKind.DEVICE.label == "本体"
    assert BillingChoice.EXISTING.label == "既存請求先に合算"
    assert [c.label for c in ProductCategory] == [
        "スマートフォン",
        "タブレット",
        "携帯電話",
        "データ通信端末",
    ]
    assert TermsSource.DESIGNATED.label == "指定"
    assert ApplicantKind.CORPORATION.label == "法人"
    assert ApplicationChannel.ONLINE.label == "オンライン"


def test_bos2_simple_entry_needs_bos_and_writing():
    assert check_simple_entry_application(bos_contract=True, in_writing=False).codes == (
        "bos.simple_entry_needs_writing",
    )
    assert validate_simple_entry_application(bos_contract=True, in_writing=True) is None
    with pytest.raises(RuleViolation) as raised:
        validate_simple_entry_application(bos_contract=False, in_writing=True)
    assert raised.value.code == "bos.simple_entry_needs_bos"


_LINES = st.lists(
    st.builds(
        OrderLine,
        st.sampled_from(OrderLineKind),
        st.sampled_from(["iPhone", "Galaxy", "ケース"]),
        st.integers(1, 3),
    ),
    min_size=1,
    max_size=4,
)


@given(
    _LINES,
    st.sampled_from(PurchaseMethod),
    st.sampled_from(AuPaymentMethod),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, "a@example.jp", "a@ezweb.ne.jp"]),
    st.booleans(),
)
def test_bos2_check_is_empty_exactly_when_validate_does_not_raise(
    lines, purchase, payment, campaign, separate, email, entry
):
    order = AuOrder(
        lines=lines,
        purchase=purchase,
        payment=payment,
        campaign=campaign,
        separate_billing=separate,
        business_email=email,
    )
    report = check_order(order, simple_mobile_entry=entry)
    try:
        validate_order(order, simple_mobile_entry=entry)
    except RuleViolation:
        raised = True
    else:
        raised = False
    assert report.ok is not raised
    if purchase is PurchaseMethod.RENTAL and not entry:
        assert "bos.rental_needs_simple_entry" in report.codes


@pytest.mark.parametrize(
    "value",
    [
        Applicant("沖縄県", billing=["a", "b"], channel=ApplicationChannel.WRITING),
        AuOrder(lines=[_device(2)], business_email="a@b.jp", models=TermsSource.AGREED),
        check_order(AuOrder(lines=[_device(2)], campaign=True), simple_mobile_entry=False),
        check_application(Applicant("沖縄県")),
    ],
)
def test_values_round_trip(value):
    assert structure(unstructure(value), type(value)) == value
    assert to_json(value)
