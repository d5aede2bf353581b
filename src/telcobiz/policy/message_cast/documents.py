"""KDDI Message Cast: the documents to submit per plan (MC-3).

- MC-3 (001 §1.4): the documents to submit at contract per plan, the images with the account
  parameter form for +メッセージ, and the リリースチェックリスト for store display. Results for
  an API contract carry MC-1's note that the guide covers the 入稿ポータル plan only. The
  table itself is :mod:`~telcobiz.policy.message_cast.document_table`.

>>> [document.label for document in documents_to_submit("sms_only").documents]
['サービス利用申込書 (SMS)', 'アカウントパラメータ申込書', 'お申し込みチェックシート', \
'サービス契約プラン表']
>>> check_documents("combined", ["release_checklist"], stage="store_display").ok
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.frames import columns, to_dataframe
from telcobiz.core.text import check_lang
from telcobiz.policy.message_cast.document_table import (
    _MC_3,
    _MC_3_STORE,
    DOCUMENT_TABLE,
    Document,
    DocumentRow,
    Stage,
)
from telcobiz.policy.message_cast.plans import _MC_1, PORTAL_ONLY_NOTE, Delivery, MessageCastPlan
from telcobiz.policy.report import Note, Problem, ProblemKind, Report

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "RequiredDocument",
    "Submission",
    "check_documents",
    "documents_to_submit",
    "is_valid_documents",
    "validate_documents",
]

_DOCUMENT_COLUMNS = columns(stage="text", document="text", label="text", description="text")


@attrs.frozen
class RequiredDocument:
    """A document a plan needs, when, and what the source says it is.

    >>> documents_to_submit("combined").documents[1].label
    'アカウントパラメータ申込書'
    """

    document: Document
    stage: Stage
    description: str

    @property
    def label(self) -> str:
        """The document's name as the source writes it."""
        return self.document.label


@attrs.frozen
class Submission:
    """The documents a Message Cast contract needs (MC-3); the list first.

    >>> submission = documents_to_submit("plus_message_only", store_display=True)
    >>> str(submission)
    '+メッセージのみ (入稿ポータル): 6 documents: 5 at contract, 1 for store display'
    """

    documents: tuple[RequiredDocument, ...]
    plan: MessageCastPlan
    delivery: Delivery
    store_display: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def at(self, stage: Stage | str) -> tuple[RequiredDocument, ...]:
        """Return the documents submitted at ``stage``.

        >>> submission = documents_to_submit("combined", store_display=True)
        >>> [document.label for document in submission.at("store_display")]
        ['リリースチェックリスト']
        """
        wanted = Stage.parse(stage)
        return tuple(document for document in self.documents if document.stage is wanted)

    def __str__(self) -> str:
        contract = len(self.at(Stage.CONTRACT))
        store = len(self.at(Stage.STORE_DISPLAY))
        tail = f", {store} for store display" if store else ""
        return (
            f"{self.plan.label} ({self.delivery.label}): {len(self.documents)} documents: "
            f"{contract} at contract{tail}"
        )

    def explain(self, lang: str = "ja") -> str:
        """List each document with its stage and description, the notes, rules and citations.

        >>> print(documents_to_submit("sms_only").explain("en").splitlines()[1])
        - 契約時: サービス利用申込書 (SMS) — 本サービスをSMSのみで利用するための申込書です。
        """
        check_lang(lang)
        if lang == "ja":
            head = f"{self.plan.label}（{self.delivery.label}）: 提出書類 {len(self.documents)} 件"
        else:
            head = str(self)
        lines = [head]
        lines.extend(f"- {d.stage.label}: {d.label} — {d.description}" for d in self.documents)
        lines.extend(("※ " if lang == "ja" else "note: ") + n.text(lang) for n in self.notes)
        lines.append(("根拠" if lang == "ja" else "rules") + ": " + ", ".join(self.rules))
        lines.extend(f"- {citation}" for citation in self.citations)
        return "\n".join(lines)

    def to_rows(self) -> list[dict[str, Any]]:
        """One plain dict per document: stage, document, label, description.

        >>> documents_to_submit("sms_only").to_rows()[0]["label"]
        'サービス利用申込書 (SMS)'
        """
        return [
            {
                "stage": d.stage.value,
                "document": d.document.value,
                "label": d.label,
                "description": d.description,
            }
            for d in self.documents
        ]

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, one row per document (the ``pandas`` extra).

        >>> documents_to_submit("sms_only").to_dataframe()["label"][0]
        'サービス利用申込書 (SMS)'
        """
        return to_dataframe(
            self.to_rows(), _DOCUMENT_COLUMNS, needed_by="Submission.to_dataframe()"
        )


def _store_display_problem(plan: MessageCastPlan) -> Problem:
    return Problem(
        code="message_cast.store_display_needs_plus_message",
        message=(
            f"store display is for +メッセージ official accounts; the {plan.label} plan has none"
        ),
        message_ja="公式アカウントのストア表示は+メッセージのみまたはSMS/+メッセージ併用の場合です",
        field="store_display",
        value="True",
        rule="MC-3",
        citation=_MC_3_STORE,
        kind=ProblemKind.RULE,
    )


def documents_to_submit(
    plan: MessageCastPlan | str,
    *,
    store_display: bool = False,
    delivery: Delivery | str = Delivery.PORTAL,
) -> Submission:
    """Return the documents ``plan`` needs (MC-3, 001 §1.4).

    ``store_display`` adds the リリースチェックリスト, submitted when the official account is
    switched to store display (+メッセージ plans only; an SMS-only plan asking for it raises
    ``message_cast.store_display_needs_plus_message``). For ``delivery="api"`` the result
    notes that the guide covers the 入稿ポータル plan only.

    >>> [d.label for d in documents_to_submit("SMS/+メッセージ併用").documents]
    ['サービス利用申込書 (+メッセージ)', 'アカウントパラメータ申込書', 'アイコン画像等の画像', \
'お申し込みチェックシート', 'サービス契約プラン表']
    >>> documents_to_submit("sms_only", delivery="api").notes[0].rule
    'MC-1'
    """
    chosen = MessageCastPlan.parse(plan)
    way = Delivery.parse(delivery)
    if store_display and not chosen.uses_plus_message:
        raise _store_display_problem(chosen).to_error()
    documents = tuple(
        RequiredDocument(row.document, row.stage, row.description)
        for row in DOCUMENT_TABLE
        if row.required_for(chosen, store_display=store_display)
    )
    return Submission(
        documents=documents,
        plan=chosen,
        delivery=way,
        store_display=store_display,
        notes=(PORTAL_ONLY_NOTE,) if way is Delivery.API else (),
        rules=("MC-3", "MC-1") if way is Delivery.API else ("MC-3",),
        citations=(_MC_3, _MC_1) if way is Delivery.API else (_MC_3,),
    )


def check_documents(
    plan: MessageCastPlan | str,
    submitted: Iterable[Document | str],
    *,
    stage: Stage | str = Stage.CONTRACT,
    delivery: Delivery | str = Delivery.PORTAL,
) -> Report:
    """Report every document ``plan`` lacks at ``stage``, and every one that is not the plan's.

    A document that is not the plan's is, e.g., the SMS application for a +メッセージ plan.

    A document of another stage (the リリースチェックリスト at contract) is a note, not a
    problem.

    >>> check_documents("sms_only", ["application_plus_message", "check_sheet"]).codes
    ('message_cast.missing_document', 'message_cast.missing_document', \
'message_cast.missing_document', 'message_cast.document_not_for_plan')
    >>> check_documents("combined", ["release_checklist"], stage="store_display").ok
    True
    """
    chosen = MessageCastPlan.parse(plan)
    when = Stage.parse(stage)
    way = Delivery.parse(delivery)
    given = tuple(dict.fromkeys(Document.parse(document) for document in submitted))
    if when is Stage.STORE_DISPLAY and not chosen.uses_plus_message:
        raise _store_display_problem(chosen).to_error()
    store_display = when is Stage.STORE_DISPLAY
    needed = [
        row
        for row in DOCUMENT_TABLE
        if row.stage is when and row.required_for(chosen, store_display=store_display)
    ]
    problems = [
        Problem(
            code="message_cast.missing_document",
            message=f"{row.document.label} is required ({when.label}) for the {chosen.label} plan",
            message_ja=f"{when.label}に{row.document.label}のご提出が必要です（{chosen.label}）",
            field="submitted",
            value=None,
            rule="MC-3",
            citation=_MC_3,
            kind=ProblemKind.RULE,
        )
        for row in needed
        if row.document not in given
    ]
    notes: list[Note] = []
    for document in given:
        row = _row(document)
        if row.required_for(chosen, store_display=True) or row.store_display_only:
            if row.stage is not when:
                notes.append(
                    Note(
                        f"{document.label} is submitted at the {row.stage.label} stage",
                        f"{document.label}の提出タイミングは「{row.stage.label}」です",
                        "MC-3",
                        _MC_3,
                    )
                )
            continue
        problems.append(
            Problem(
                code="message_cast.document_not_for_plan",
                message=f"{document.label} is not a document of the {chosen.label} plan",
                message_ja=f"{document.label}は{chosen.label}のご提出書類ではありません",
                field="submitted",
                value=repr(document.value),
                rule="MC-3",
                citation=_MC_3,
                kind=ProblemKind.RULE,
            )
        )
    if way is Delivery.API:
        notes.append(PORTAL_ONLY_NOTE)
    subject = f"documents for {chosen.label} ({when.label})"
    return Report.of(subject, problems, notes=notes, rules=["MC-3"], citations=[_MC_3])


def _row(document: Document) -> DocumentRow:
    return next(row for row in DOCUMENT_TABLE if row.document is document)


def validate_documents(
    plan: MessageCastPlan | str,
    submitted: Iterable[Document | str],
    *,
    stage: Stage | str = Stage.CONTRACT,
    delivery: Delivery | str = Delivery.PORTAL,
) -> None:
    """Raise the first problem of :func:`check_documents`.

    >>> validate_documents("sms_only", ["application_sms", "account_parameters", "check_sheet"])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: サービス契約プラン表 is required (契約時) ...
    """
    check_documents(plan, submitted, stage=stage, delivery=delivery).raise_first()


def is_valid_documents(
    plan: MessageCastPlan | str,
    submitted: Iterable[Document | str],
    *,
    stage: Stage | str = Stage.CONTRACT,
    delivery: Delivery | str = Delivery.PORTAL,
) -> bool:
    """Tell whether :func:`check_documents` finds no problem.

    >>> is_valid_documents("sms_only", [row.document for row in DOCUMENT_TABLE[:1]]
    ...                    + ["account_parameters", "check_sheet", "plan_table"])
    True
    """
    return check_documents(plan, submitted, stage=stage, delivery=delivery).ok
