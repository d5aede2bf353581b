"""ドコモビジネスオンラインショップ: changing the payment method (DBO-4).

For non-mobile services a change starts after the first invoice arrives, needs that invoice's
number (starting with 「R」) and takes about 2 months; mobile changes go through the ドコモ
インフォメーションセンター or a docomo shop.

>>> check_payment_method_change("other", first_invoice_received=True, invoice_number="R1").ok
True
"""

from __future__ import annotations

from telcobiz.policy._text import nfkc
from telcobiz.policy.docomo.payment import _DBO_4_CHANGE
from telcobiz.policy.docomo.products import ProductKind
from telcobiz.policy.report import Note, Problem, ProblemKind, Report

__all__ = [
    "check_payment_method_change",
]


def check_payment_method_change(
    kind: ProductKind | str, *, first_invoice_received: bool, invoice_number: str | None
) -> Report:
    """Report why a change of payment method cannot start yet (DBO-4, non-mobile services).

    It starts only after the first invoice arrives and needs that invoice's number, which
    starts with 「R」 (read after NFKC, either case); it takes about 2 months. Mobile changes
    go through the ドコモ インフォメーションセンター or a docomo shop (a note, no problem).

    >>> report = check_payment_method_change(
    ...     "other", first_invoice_received=False, invoice_number="X1")
    >>> report.codes
    ('docomo.change_before_first_invoice', 'docomo.invoice_number_not_r')
    >>> check_payment_method_change(
    ...     "other", first_invoice_received=True, invoice_number="Ｒ123").ok
    True
    """
    chosen = ProductKind.parse(kind)
    if chosen is ProductKind.MOBILE:
        note = Note(
            "mobile billing and payment changes go through the ドコモ インフォメーションセンター "
            "or a docomo shop / d garden",
            "請求先情報と支払方法どちらも、ドコモ インフォメーションセンターまたはドコモショップ/"
            "d gardenでのお手続きとなります。",
            "DBO-4",
            _DBO_4_CHANGE,
        )
        return Report.of("payment method change for mobile", [], notes=[note], rules=["DBO-4"])
    problems = []
    if not first_invoice_received:
        problems.append(
            _change_problem(
                "first_invoice_received: a change of payment method starts only after the first "
                "invoice arrives",
                "お手続き開始は初回請求書到着以後となります。",
                "first_invoice_received",
                "False",
                code="docomo.change_before_first_invoice",
            )
        )
    if invoice_number is None or not invoice_number.strip():
        problems.append(
            _change_problem(
                "invoice_number: the change needs the invoice number (starting with R)",
                "お支払い方法の変更手続きには、お客様へお届けされる請求書に記載の「R」から始まる"
                "「請求書番号」が必要になります。",
                "invoice_number",
                repr(invoice_number),
                code="docomo.invoice_number_missing",
            )
        )
    elif not nfkc(invoice_number).strip().upper().startswith("R"):
        problems.append(
            _change_problem(
                f"invoice_number: got {invoice_number!r}; expected the invoice number starting "
                "with R",
                "請求書に記載の「R」から始まる「請求書番号」が必要になります。",
                "invoice_number",
                repr(invoice_number),
                code="docomo.invoice_number_not_r",
            )
        )
    two_months = Note(
        "the change takes about 2 months; pay the invoices until it completes",
        "※なお、お支払方法の変更手続き完了までは、おおよそ2カ月程度いただきます。",
        "DBO-4",
        _DBO_4_CHANGE,
    )
    return Report.of(
        f"payment method change for {chosen.value}",
        problems,
        notes=[two_months],
        rules=["DBO-4"],
        citations=[_DBO_4_CHANGE],
    )


def _change_problem(message: str, message_ja: str, field: str, value: str, *, code: str) -> Problem:
    return Problem(
        code=code,
        message=message,
        message_ja=message_ja,
        field=field,
        value=value,
        rule="DBO-4",
        citation=_DBO_4_CHANGE,
        kind=ProblemKind.RULE,
    )
