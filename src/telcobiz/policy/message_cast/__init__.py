"""KDDI Message Cast: plans, the documents to submit, the test account (MC-1, MC-3, MC-4).

- MC-1 (001 §1.1): three plans (SMSのみ, +メッセージのみ, SMS/+メッセージ併用) and two delivery
  methods (API, 入稿ポータル). The guide covers the 入稿ポータル plan only: results for API
  contracts say so. Change forms go by e-mail to the customer desk; a cancellation needs a
  解約申込書.
- MC-3 (001 §1.4): the documents to submit at contract per plan, the images with the account
  parameter form for +メッセージ, and the リリースチェックリスト for store display.
- MC-4 (001 §1.5): the optional test +メッセージ official account, named like the commercial
  one with 「TEST」 added to its nickname and name; delivery fees apply and it can reach end
  users.

This package is the service's entry point and exports every name; the code lives in
:mod:`~telcobiz.policy.message_cast.plans` (MC-1),
:mod:`~telcobiz.policy.message_cast.document_table` and
:mod:`~telcobiz.policy.message_cast.documents` (MC-3) and
:mod:`~telcobiz.policy.message_cast.official_account` (MC-4).

>>> [document.label for document in documents_to_submit("sms_only").documents]
['サービス利用申込書 (SMS)', 'アカウントパラメータ申込書', 'お申し込みチェックシート', \
'サービス契約プラン表']
>>> official_test_account("plus_message_only", name="SAMPLE", nickname="sample").name
'SAMPLETEST'
"""

from telcobiz.policy.message_cast.document_table import (
    DOCUMENT_TABLE,
    Document,
    DocumentRow,
    Stage,
)
from telcobiz.policy.message_cast.documents import (
    RequiredDocument,
    Submission,
    check_documents,
    documents_to_submit,
    is_valid_documents,
    validate_documents,
)
from telcobiz.policy.message_cast.official_account import (
    TEST_MARK,
    OfficialTestAccount,
    check_official_test_account,
    official_test_account,
    validate_official_test_account,
)
from telcobiz.policy.message_cast.plans import (
    CANCELLATION_FORM,
    CUSTOMER_DESK_EMAIL,
    PORTAL_ONLY_NOTE,
    Delivery,
    MessageCastPlan,
)

__all__ = [
    "CANCELLATION_FORM",
    "CUSTOMER_DESK_EMAIL",
    "DOCUMENT_TABLE",
    "PORTAL_ONLY_NOTE",
    "TEST_MARK",
    "Delivery",
    "Document",
    "DocumentRow",
    "MessageCastPlan",
    "OfficialTestAccount",
    "RequiredDocument",
    "Stage",
    "Submission",
    "check_documents",
    "check_official_test_account",
    "documents_to_submit",
    "is_valid_documents",
    "official_test_account",
    "validate_documents",
    "validate_official_test_account",
]
