"""ドコモビジネスオンラインショップ: in whose name an order is taken (DBO-5).

Mobile orders need a 法人番号; a registry type code (種別番号) 04 (商号のみ登記) means the
order is taken in a personal name (:func:`mobile_order_holder`). Other services take sole
proprietors only where marked 「個人事業主OK」 (:func:`check_order_identity`).

>>> mobile_order_holder(registry_number="0100-04-123456").holder
<HolderKind.PERSONAL: 'personal'>
>>> check_order_identity("other", sole_proprietor=True).codes
('docomo.sole_proprietor_not_ok',)
"""

from __future__ import annotations

import enum

import attrs

from telcobiz.core.citation import DOCOMO_SHOP_FAQ, Citation
from telcobiz.core.text import check_lang
from telcobiz.policy.docomo.corporate_number import (
    _DBO_5_CHECK,
    TRADE_NAME_ONLY_TYPE_CODE,
    _registry_digits,
    check_corporate_number,
    compact_corporate_number,
    corporate_number_from_registry,
    registry_type_code,
)
from telcobiz.policy.docomo.products import ProductKind
from telcobiz.policy.report import Note, Problem, ProblemKind, Report

__all__ = [
    "HolderKind",
    "MobileOrderHolder",
    "check_mobile_order_holder",
    "check_order_identity",
    "mobile_order_holder",
    "validate_mobile_order_holder",
]

_DBO_5 = Citation(DOCOMO_SHOP_FAQ, "法人番号がない場合は、どうしたらよいですか?", rule="DBO-5")


class HolderKind(enum.Enum):
    """In whose name a mobile order is taken (DBO-5).

    >>> HolderKind.PERSONAL.label
    '個人名義'
    """

    CORPORATION = "corporation"
    PERSONAL = "personal"

    @property
    def label(self) -> str:
        """A short Japanese label (法人 / 個人名義)."""
        return {HolderKind.CORPORATION: "法人", HolderKind.PERSONAL: "個人名義"}[self]


_NO_NUMBER = "法人番号がない個人事業主・屋号では、契約できません。"
_TRADE_NAME_ONLY = (
    "※開業届を提出の方も法人区分(2桁)の種別番号が『04』の場合、法人格を有しない「商号のみ登記」の"
    "個人商店・個人事業主の証明書となるため、法人としての新規契約の受付は実施せず、個人名義での"
    "お申込受付となります。"
)


@attrs.frozen
class MobileOrderHolder:
    """Whether and how a mobile device order can be contracted (DBO-5); the answer first.

    ``holder`` is ``None`` when the order cannot be taken at all (no corporate number).

    >>> mobile_order_holder(registry_number="0100-04-123456").holder
    <HolderKind.PERSONAL: 'personal'>
    """

    holder: HolderKind | None
    corporate_number: str | None
    type_code: str | None
    report: Report
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        if self.holder is HolderKind.CORPORATION:
            return f"mobile order as a corporation ({self.corporate_number})"
        if self.holder is HolderKind.PERSONAL:
            return "mobile order in a personal name: type code 04 is a 商号のみ登記"
        return "no mobile order: " + "; ".join(p.message for p in self.report.problems)

    def explain(self, lang: str = "ja") -> str:
        """Give the answer, the problems found, and the citations.

        >>> print(mobile_order_holder(corporate_number="7000012050002").explain("en"))
        mobile order as a corporation (7000012050002)
        rules: DBO-5, CAL-5
        - DBO-5: ドコモビジネスオンラインショップ よくあるご質問 法人番号がない場合は、...
        - DBO-5: 法人番号の指定等に関する省令 第2条
        """
        check_lang(lang)
        if lang == "ja":
            head = {
                HolderKind.CORPORATION: f"法人として契約できます（{self.corporate_number}）",
                HolderKind.PERSONAL: "個人名義でのお申込受付となります",
                None: "モバイル端末の契約はできません",
            }[self.holder]
        else:
            head = str(self) if self.holder is not None else "no mobile order"
        lines = [head]
        lines.extend(f"- [{p.code}] {p.text(lang)}" for p in self.report.problems)
        lines.append(("根拠" if lang == "ja" else "rules") + ": " + ", ".join(self.rules))
        lines.extend(f"- {citation}" for citation in self.citations)
        return "\n".join(lines)


def check_mobile_order_holder(
    *, corporate_number: str | None = None, registry_number: str | None = None
) -> Report:
    """Report every reason a mobile order cannot be contracted as a corporation (DBO-5).

    Give the 13-digit 法人番号, the 12-digit 会社法人等番号 of the registry certificate, or
    both (they must agree). No number: a sole proprietor or trade name cannot contract for
    mobile devices. Type code 04: a 商号のみ登記, taken in a personal name, not as a
    corporation (``docomo.trade_name_only``).

    >>> check_mobile_order_holder().codes
    ('docomo.mobile_needs_corporate_number',)
    >>> number = corporate_number_from_registry("010004123456")
    >>> check_mobile_order_holder(corporate_number=number).codes
    ('docomo.trade_name_only',)
    >>> check_mobile_order_holder(corporate_number="7000012050002").ok
    True
    """
    problems: list[Problem] = []
    base: str | None = None
    if corporate_number is None and registry_number is None:
        problems.append(
            Problem(
                code="docomo.mobile_needs_corporate_number",
                message="a mobile order needs a corporate number (法人番号); a sole proprietor or "
                "trade name without one cannot contract",
                message_ja=_NO_NUMBER,
                field="corporate_number",
                value=None,
                rule="DBO-5",
                citation=_DBO_5,
                kind=ProblemKind.RULE,
            )
        )
    if corporate_number is not None:
        number_report = check_corporate_number(corporate_number)
        problems.extend(number_report.problems)
        if number_report.ok:
            base = compact_corporate_number(corporate_number)[1:]
    if registry_number is not None:
        registry = _registry_digits(registry_number, field="registry_number")
        if base is not None and registry != base:
            problems.append(
                Problem(
                    code="docomo.numbers_disagree",
                    message="registry_number: the 会社法人等番号 is not the corporate number's "
                    "base",
                    message_ja="会社法人等番号と法人番号（下12桁）が一致しません",
                    field="registry_number",
                    value=repr(registry_number),
                    rule="DBO-5",
                    citation=_DBO_5,
                )
            )
        base = base or (registry if corporate_number is None else None)
    if base is not None and base[4:6] == TRADE_NAME_ONLY_TYPE_CODE:
        problems.append(
            Problem(
                code="docomo.trade_name_only",
                message="type code 04 is a 商号のみ登記 without legal personality: the order is "
                "taken in a personal name, not as a corporation",
                message_ja=_TRADE_NAME_ONLY,
                field="corporate_number" if corporate_number is not None else "registry_number",
                value=repr(corporate_number if corporate_number is not None else registry_number),
                rule="DBO-5",
                citation=_DBO_5,
                kind=ProblemKind.RULE,
            )
        )
    return Report.of(
        "mobile order holder", problems, rules=["DBO-5", "CAL-5"], citations=[_DBO_5, _DBO_5_CHECK]
    )


def validate_mobile_order_holder(
    *, corporate_number: str | None = None, registry_number: str | None = None
) -> None:
    """Raise the first problem of :func:`check_mobile_order_holder`.

    >>> validate_mobile_order_holder(registry_number="000012050002")
    """
    check_mobile_order_holder(
        corporate_number=corporate_number, registry_number=registry_number
    ).raise_first()


def mobile_order_holder(
    *, corporate_number: str | None = None, registry_number: str | None = None
) -> MobileOrderHolder:
    """Tell in whose name a mobile order is taken: a corporation, a person, or not at all.

    >>> mobile_order_holder(corporate_number="7-0000-1205-0002").holder
    <HolderKind.CORPORATION: 'corporation'>
    >>> mobile_order_holder().holder is None
    True
    """
    report = check_mobile_order_holder(
        corporate_number=corporate_number, registry_number=registry_number
    )
    if report.ok:
        holder: HolderKind | None = HolderKind.CORPORATION
    elif report.codes == ("docomo.trade_name_only",):
        holder = HolderKind.PERSONAL
    else:
        holder = None
    number = None
    if holder is HolderKind.CORPORATION:
        number = (
            compact_corporate_number(corporate_number)
            if corporate_number is not None
            else corporate_number_from_registry(registry_number or "")
        )
    source = corporate_number if corporate_number is not None else registry_number
    type_code = None
    if source is not None and not any(
        code.startswith("docomo.corporate_number_") for code in report.codes
    ):
        type_code = registry_type_code(source)
    return MobileOrderHolder(
        holder=holder,
        corporate_number=number,
        type_code=type_code,
        report=report,
        rules=report.rules,
        citations=report.citations,
    )


_SOLE_PROPRIETOR_ID = (
    "※屋号にて弊社サービス・商品をご注文の場合、お客さま個人の公的証明書(個人免許証、マイナンバー"
    "カードなど)の提出が必要となります。"
)


def check_order_identity(
    kind: ProductKind | str,
    *,
    corporate_number: str | None = None,
    registry_number: str | None = None,
    sole_proprietor: bool = False,
    sole_proprietor_ok: bool = False,
) -> Report:
    """Report why a business cannot order ``kind`` under the identity it gives (DBO-5).

    Mobile devices: :func:`check_mobile_order_holder`. Other services: a corporate number, if
    given, must be valid; without one, a sole proprietor may order only services marked
    「個人事業主OK」 (``sole_proprietor_ok``), under a trade name with a personal ID document
    (a note), and a new corporation without a number yet may need a 登記簿謄本 (a note).

    >>> check_order_identity("other", sole_proprietor=True).codes
    ('docomo.sole_proprietor_not_ok',)
    >>> check_order_identity("other", sole_proprietor=True, sole_proprietor_ok=True).ok
    True
    >>> check_order_identity("mobile", sole_proprietor=True).codes
    ('docomo.mobile_needs_corporate_number',)
    """
    chosen = ProductKind.parse(kind)
    if chosen is ProductKind.MOBILE:
        return check_mobile_order_holder(
            corporate_number=corporate_number, registry_number=registry_number
        )
    problems: list[Problem] = []
    notes: list[Note] = []
    if corporate_number is not None:
        problems.extend(check_corporate_number(corporate_number).problems)
    elif sole_proprietor and not sole_proprietor_ok:
        problems.append(
            Problem(
                code="docomo.sole_proprietor_not_ok",
                message="a sole proprietor without a corporate number may order only services "
                "marked 「個人事業主OK」",
                message_ja="表示がないものはお申し込みいただけません。",
                field="sole_proprietor_ok",
                value="False",
                rule="DBO-5",
                citation=_DBO_5,
                kind=ProblemKind.RULE,
            )
        )
    elif sole_proprietor:
        notes.append(
            Note(
                "ordering under a trade name needs a personal ID document (driving licence, "
                "My Number card, …)",
                _SOLE_PROPRIETOR_ID,
                "DBO-5",
                _DBO_5,
            )
        )
    else:
        notes.append(
            Note(
                "a newly founded corporation without a corporate number yet may need to submit "
                "its 登記簿謄本",
                "登記簿謄本の提出が必要となる場合があります。",
                "DBO-5",
                _DBO_5,
            )
        )
    return Report.of(
        f"identity for an order of {chosen.value}",
        problems,
        notes=notes,
        rules=["DBO-5"],
        citations=[_DBO_5],
    )
