"""MC-1, MC-3, MC-4: Message Cast plans, documents and the test account (seed 001 §1)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.core import InvalidInput, RuleViolation, UnknownItem
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.policy.message_cast import (
    CANCELLATION_FORM,
    CUSTOMER_DESK_EMAIL,
    DOCUMENT_TABLE,
    PORTAL_ONLY_NOTE,
    TEST_MARK,
    Delivery,
    Document,
    MessageCastPlan,
    Stage,
    check_documents,
    check_official_test_account,
    documents_to_submit,
    is_valid_documents,
    official_test_account,
    validate_documents,
    validate_official_test_account,
)

SMS_DOCUMENTS = [
    "サービス利用申込書 (SMS)",
    "アカウントパラメータ申込書",
    "お申し込みチェックシート",
    "サービス契約プラン表",
]
PLUS_DOCUMENTS = [
    "サービス利用申込書 (+メッセージ)",
    "アカウントパラメータ申込書",
    "アイコン画像等の画像",
    "お申し込みチェックシート",
    "サービス契約プラン表",
]


def test_mc1_plans_and_delivery():
    assert [plan.label for plan in MessageCastPlan] == [
        "SMSのみ",
        "+メッセージのみ",
        "SMS/+メッセージ併用",
    ]
    assert [plan.uses_plus_message for plan in MessageCastPlan] == [False, True, True]
    assert Delivery.API.label == "API利用"
    assert CUSTOMER_DESK_EMAIL == "kmc-support@kddi.com"
    assert CANCELLATION_FORM == "解約申込書"
    with pytest.raises(UnknownItem) as raised:
        MessageCastPlan.parse("RCS")
    assert raised.value.code == "message_cast.unknown_plan"


def test_mc3_sms_only_documents():
    submission = documents_to_submit("sms_only")
    assert [d.label for d in submission.documents] == SMS_DOCUMENTS
    assert all(d.stage is Stage.CONTRACT for d in submission.documents)
    assert submission.notes == ()
    assert str(submission) == "SMSのみ (入稿ポータル): 4 documents: 4 at contract"


@pytest.mark.parametrize("plan", ["plus_message_only", "combined", "+メッセージのみ"])
def test_mc3_plus_message_documents(plan):
    assert [d.label for d in documents_to_submit(plan).documents] == PLUS_DOCUMENTS


def test_mc3_release_checklist_only_for_store_display():
    submission = documents_to_submit("combined", store_display=True)
    assert [d.label for d in submission.at("store_display")] == ["リリースチェックリスト"]
    assert submission.at(Stage.STORE_DISPLAY)[0].description.startswith(
        "<公式アカウントのストア表示を希望された企業のみ>"
    )
    assert len(submission.at("契約時")) == 5
    with pytest.raises(RuleViolation) as raised:
        documents_to_submit("sms_only", store_display=True)
    assert raised.value.code == "message_cast.store_display_needs_plus_message"


def test_mc1_api_results_say_the_guide_covers_the_portal_only():
    submission = documents_to_submit("sms_only", delivery="api")
    assert submission.notes == (PORTAL_ONLY_NOTE,)
    assert submission.rules == ("MC-3", "MC-1")
    assert "入稿ポータル" in PORTAL_ONLY_NOTE.message_ja
    report = check_documents("sms_only", [], delivery="api")
    assert PORTAL_ONLY_NOTE in report.notes


def test_mc3_table_descriptions_are_the_source_text():
    assert DOCUMENT_TABLE[0].description == "本サービスをSMSのみで利用するための申込書です。"
    assert DOCUMENT_TABLE[5].description == (
        "本サービスをご利用いただく際の料金プランが記載されている書面となります。"
        "同意のうえ、契約法人名を記載しご提出いただきます。"
    )
    rows = documents_to_submit("sms_only").to_rows()
    assert rows[0] == {
        "stage": "contract",
        "document": "application_sms",
        "label": "サービス利用申込書 (SMS)",
        "description": "本サービスをSMSのみで利用するための申込書です。",
    }


def test_mc3_check_documents_missing_and_wrong():
    report = check_documents(
        "plus_message_only", ["application_sms", "account_parameters", "check_sheet", "plan_table"]
    )
    assert report.codes == (
        "message_cast.missing_document",
        "message_cast.missing_document",
        "message_cast.document_not_for_plan",
    )
    assert report.problems[0].message_ja == (
        "契約時にサービス利用申込書 (+メッセージ)のご提出が必要です（+メッセージのみ）"
    )
    with pytest.raises(RuleViolation):
        validate_documents("combined", [])


def test_mc3_check_documents_complete_sets():
    assert is_valid_documents("sms_only", SMS_DOCUMENTS)
    assert is_valid_documents("combined", PLUS_DOCUMENTS)
    assert validate_documents("combined", ["リリースチェックリスト"], stage="store_display") is None


def test_mc3_release_checklist_at_contract_is_a_note():
    report = check_documents("combined", [*PLUS_DOCUMENTS, "release_checklist"])
    assert report.ok
    assert (
        report.notes[0].message_ja == "リリースチェックリストの提出タイミングは「ストア表示」です"
    )
    with pytest.raises(RuleViolation):
        check_documents("sms_only", [], stage="store_display")
    images = check_documents("sms_only", [*SMS_DOCUMENTS, "images"])
    assert images.codes == ("message_cast.document_not_for_plan",)


@given(
    st.sampled_from(MessageCastPlan),
    st.lists(st.sampled_from(Document), max_size=8),
)
def test_mc3_check_is_empty_exactly_when_validate_does_not_raise(plan, submitted):
    report = check_documents(plan, submitted)
    try:
        validate_documents(plan, submitted)
    except RuleViolation:
        raised = True
    else:
        raised = False
    assert report.ok is not raised
    needed = {d.document for d in documents_to_submit(plan).documents}
    if report.ok:
        assert needed <= set(submitted)


def test_mc4_test_account_names_get_test():
    account = official_test_account("plus_message_only", name="XXXXXX", nickname="xxxXx")
    assert (account.name, account.nickname) == ("XXXXXXTEST", "xxxXxTEST")
    assert (account.commercial_name, account.commercial_nickname) == ("XXXXXX", "xxxXx")
    assert TEST_MARK == "TEST"
    assert account.optional
    assert account.delivery_fees_apply
    assert account.reaches_end_users
    notes = [note.message_ja for note in account.notes]
    assert "試験用+メッセージ公式アカウントで配信した場合も、配信料は発生します。" in notes
    assert str(account).startswith("test account xxxXxTEST / XXXXXXTEST")
    assert account.explain("ja").splitlines()[0] == (
        "試験用+メッセージ公式アカウント: nickname xxxXxTEST / name XXXXXXTEST"
    )
    assert account.explain("en").splitlines()[0] == str(account)


def test_mc4_test_account_needs_a_plus_message_plan_and_names():
    report = check_official_test_account("sms_only", name="", nickname=" ")
    assert report.codes == (
        "message_cast.test_account_needs_plus_message",
        "message_cast.empty_name",
        "message_cast.empty_nickname",
    )
    with pytest.raises(RuleViolation):
        official_test_account("sms_only", name="N", nickname="n")
    with pytest.raises(InvalidInput) as raised:
        validate_official_test_account("combined", name="N", nickname="")
    assert raised.value.code == "message_cast.empty_nickname"


@given(st.text(min_size=1).filter(str.strip), st.text(min_size=1).filter(str.strip))
def test_mc4_test_names_are_the_commercial_names_plus_test(name, nickname):
    account = official_test_account("combined", name=name, nickname=nickname)
    assert account.name == name + "TEST"
    assert account.nickname == nickname + "TEST"


@pytest.mark.parametrize(
    "value",
    [
        documents_to_submit("combined", store_display=True, delivery="api"),
        official_test_account("combined", name="N", nickname="n"),
        check_documents("sms_only", ["images"]),
    ],
)
def test_results_round_trip(value):
    assert structure(unstructure(value), type(value)) == value
    assert to_json(value)


def test_explain_lists_documents():
    lines = documents_to_submit("combined", store_display=True, delivery="api").explain("ja")
    assert lines.splitlines()[0] == "SMS/+メッセージ併用（API利用）: 提出書類 6 件"
    assert "- ストア表示: リリースチェックリスト" in lines
    assert "※ 本資料は入稿ポータル" in lines
