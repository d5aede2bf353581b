"""KDDI Message Cast: the §1.4 table of the documents to submit, as data (MC-3).

Each :class:`DocumentRow` is one row of 001 §1.4: the document, when it is submitted
(:class:`Stage`), the source's description and the plans that need it.
:mod:`~telcobiz.policy.message_cast.documents` reads it for a contract.

>>> [row.document.label for row in DOCUMENT_TABLE if row.stage is Stage.STORE_DISPLAY]
['リリースチェックリスト']
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

from telcobiz.core.citation import MESSAGE_CAST_GUIDE, Citation
from telcobiz.policy._text import parse_choice
from telcobiz.policy.message_cast.plans import MessageCastPlan

__all__ = [
    "DOCUMENT_TABLE",
    "Document",
    "DocumentRow",
    "Stage",
]

_MC_3 = Citation(MESSAGE_CAST_GUIDE, "§1.4", row="ご提出が必要なドキュメント", rule="MC-3")
_MC_3_STORE = Citation(MESSAGE_CAST_GUIDE, "§1.4", row="リリースチェックリスト", rule="MC-3")


class Document(enum.Enum):
    """A document to submit (ドキュメント名, 001 §1.4), images included.

    >>> Document.RELEASE_CHECKLIST.label
    'リリースチェックリスト'
    """

    APPLICATION_SMS = "application_sms"
    APPLICATION_PLUS_MESSAGE = "application_plus_message"
    ACCOUNT_PARAMETERS = "account_parameters"
    IMAGES = "images"
    CHECK_SHEET = "check_sheet"
    PLAN_TABLE = "plan_table"
    RELEASE_CHECKLIST = "release_checklist"

    @property
    def label(self) -> str:
        """The document's name as the source writes it."""
        return _DOCUMENT_LABELS[self]

    @classmethod
    def parse(cls, text: Document | str) -> Document:
        """Read a document by value, name or label.

        >>> Document.parse("お申し込みチェックシート")
        <Document.CHECK_SHEET: 'check_sheet'>
        """
        return parse_choice(cls, text, field="submitted", code="message_cast.unknown_document")


_DOCUMENT_LABELS = {
    Document.APPLICATION_SMS: "サービス利用申込書 (SMS)",
    Document.APPLICATION_PLUS_MESSAGE: "サービス利用申込書 (+メッセージ)",
    Document.ACCOUNT_PARAMETERS: "アカウントパラメータ申込書",
    Document.IMAGES: "アイコン画像等の画像",
    Document.CHECK_SHEET: "お申し込みチェックシート",
    Document.PLAN_TABLE: "サービス契約プラン表",
    Document.RELEASE_CHECKLIST: "リリースチェックリスト",
}


class Stage(enum.Enum):
    """When a document is submitted (提出タイミング, 001 §1.4).

    >>> Stage.STORE_DISPLAY.label
    'ストア表示'
    """

    CONTRACT = "contract"
    STORE_DISPLAY = "store_display"

    @property
    def label(self) -> str:
        """The source's wording (契約時 / ストア表示)."""
        return {Stage.CONTRACT: "契約時", Stage.STORE_DISPLAY: "ストア表示"}[self]

    @classmethod
    def parse(cls, text: Stage | str) -> Stage:
        """Read a stage by value, name or label.

        >>> Stage.parse("契約時")
        <Stage.CONTRACT: 'contract'>
        """
        return parse_choice(cls, text, field="stage", code="message_cast.unknown_stage")


@attrs.frozen
class DocumentRow:
    """One row of the §1.4 table: the document, when, the source's description, and the plans.

    ``store_display_only`` marks the リリースチェックリスト (「該当企業のみ」).

    >>> row = DOCUMENT_TABLE[0]
    >>> row.document.label, row.sms_only, row.plus_message
    ('サービス利用申込書 (SMS)', True, False)
    """

    document: Document
    stage: Stage
    description: str
    sms_only: bool
    plus_message: bool
    store_display_only: bool = False

    def required_for(self, plan: MessageCastPlan, *, store_display: bool = False) -> bool:
        """Tell whether ``plan`` (with or without store display) needs this document.

        >>> DOCUMENT_TABLE[-1].required_for(MessageCastPlan.COMBINED, store_display=True)
        True
        """
        if self.store_display_only and not store_display:
            return False
        return self.plus_message if plan.uses_plus_message else self.sms_only


_SEPARATE_SHEET = "*サービス利用申込書ファイルの別シートにあります。"

DOCUMENT_TABLE: Final = (
    DocumentRow(
        Document.APPLICATION_SMS,
        Stage.CONTRACT,
        "本サービスをSMSのみで利用するための申込書です。",
        sms_only=True,
        plus_message=False,
    ),
    DocumentRow(
        Document.APPLICATION_PLUS_MESSAGE,
        Stage.CONTRACT,
        "本サービスを+メッセージのみ、または、SMS/+メッセージ併用で利用するための申込書です。",
        sms_only=False,
        plus_message=True,
    ),
    DocumentRow(
        Document.ACCOUNT_PARAMETERS,
        Stage.CONTRACT,
        "各種アカウント設定をするための申込書です。",
        sms_only=True,
        plus_message=True,
    ),
    DocumentRow(
        Document.IMAGES,
        Stage.CONTRACT,
        "+メッセージのみまたはSMS/+メッセージ併用利用の場合は、アイコン画像等の画像も必要です。",
        sms_only=False,
        plus_message=True,
    ),
    DocumentRow(
        Document.CHECK_SHEET,
        Stage.CONTRACT,
        "本サービスのご契約にあたり、事前にご留意いただきたい事項のチェックシートです。",
        sms_only=True,
        plus_message=True,
    ),
    DocumentRow(
        Document.PLAN_TABLE,
        Stage.CONTRACT,
        "本サービスをご利用いただく際の料金プランが記載されている書面となります。"
        "同意のうえ、契約法人名を記載しご提出いただきます。",
        sms_only=True,
        plus_message=True,
    ),
    DocumentRow(
        Document.RELEASE_CHECKLIST,
        Stage.STORE_DISPLAY,
        "<公式アカウントのストア表示を希望された企業のみ> 当社よりストア非表示状態にて提供した"
        "公式アカウントをストア表示に変更する際にご提出いただく資料です。",
        sms_only=False,
        plus_message=True,
        store_display_only=True,
    ),
)
"""MC-3: the §1.4 table (001), line breaks inside cells removed. The images are the account
parameter form's attachment for +メッセージ plans; the check sheet and the account parameter
form are other sheets of the service application file (「*サービス利用申込書ファイルの別シート
にあります。」).

>>> [row.document.name for row in DOCUMENT_TABLE if row.stage is Stage.STORE_DISPLAY]
['RELEASE_CHECKLIST']
"""
