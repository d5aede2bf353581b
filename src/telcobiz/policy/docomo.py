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

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from telcobiz.core.citation import CORPORATE_NUMBER_ORDINANCE, DOCOMO_SHOP_FAQ, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput, OutOfRange
from telcobiz.core.money import Yen
from telcobiz.core.text import check_lang
from telcobiz.policy._text import nfkc, parse_choice, squeeze
from telcobiz.policy.report import Note, Problem, ProblemKind, Report

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

# -- citations --------------------------------------------------------------------------------

_DBO_3 = Citation(DOCOMO_SHOP_FAQ, "どのような請求書が届きますか?", rule="DBO-3")
_DBO_3_DECISION = Citation(
    RULEBOOK, "DBO-3 Decision (300,000 yen exactly: no barcode)", rule="DBO-3"
)
_DBO_4 = Citation(DOCOMO_SHOP_FAQ, "支払い方法は何に対応していますか?", rule="DBO-4")
_DBO_4_CARD = Citation(
    DOCOMO_SHOP_FAQ, "クレジットカードでの支払いで利用可能なブランドは何がありますか?", rule="DBO-4"
)
_DBO_4_CHANGE = Citation(
    DOCOMO_SHOP_FAQ, "口座振替への支払い方法変更手続きはどれくらいかかりますか?", rule="DBO-4"
)
_DBO_5 = Citation(DOCOMO_SHOP_FAQ, "法人番号がない場合は、どうしたらよいですか?", rule="DBO-5")
_DBO_5_CHECK = Citation(CORPORATE_NUMBER_ORDINANCE, "第2条", rule="DBO-5")
_DBO_5_DECISION = Citation(
    RULEBOOK, "DBO-5 (0↔9 body-digit changes keep the check digit)", rule="DBO-5"
)
_DBO_6_ROLE = Citation(
    DOCOMO_SHOP_FAQ,
    "ビジネスdアカウントでログインしているにも関わらず、ご注文手続きに進めないのはなぜですか?",
    rule="DBO-6",
)
_DBO_6_SERVICES = Citation(
    DOCOMO_SHOP_FAQ,
    "注文にビジネスdアカウントが必要となるサービス・商品はどれですか?",
    rule="DBO-6",
)
_DBO_6_MESSAGE = Citation(
    DOCOMO_SHOP_FAQ,
    "カート画面からご注文手続きへ進む時に以下エラーが表示されましたがどうすればよいですか?",
    rule="DBO-6",
)
_DBO_6_MEMBER = Citation(DOCOMO_SHOP_FAQ, "会員登録せずに注文はできますか?", rule="DBO-6")
_DBO_6_LOGIN = Citation(DOCOMO_SHOP_FAQ, "ログイン方法は変更できますか?", rule="DBO-6")
_DBO_6_COLLEAGUES = Citation(
    DOCOMO_SHOP_FAQ, "社内の他担当の注文履歴は確認可能ですか?", rule="DBO-6"
)


# -- product kinds ------------------------------------------------------------------------------


class ProductKind(enum.Enum):
    """The three kinds of order the FAQ's payment answers distinguish.

    >>> ProductKind.BUSINESS_D_ACCOUNT.label
    'ビジネスdアカウント必須サービス'
    """

    MOBILE = "mobile"
    BUSINESS_D_ACCOUNT = "business_d_account"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The FAQ's wording (モバイル端末, ビジネスdアカウント必須サービス, 上記以外のサービス)."""
        return {
            ProductKind.MOBILE: "モバイル端末",
            ProductKind.BUSINESS_D_ACCOUNT: "ビジネスdアカウント必須サービス",
            ProductKind.OTHER: "上記以外のサービス",
        }[self]

    @classmethod
    def parse(cls, text: ProductKind | str) -> ProductKind:
        """Read a product kind by value, name or label.

        >>> ProductKind.parse("モバイル端末")
        <ProductKind.MOBILE: 'mobile'>
        """
        return parse_choice(cls, text, field="kind", code="docomo.unknown_product_kind")


# -- DBO-5: corporate numbers --------------------------------------------------------------------

CORPORATE_NUMBER_LENGTH: Final = 13
"""DBO-5: a 法人番号 has 13 digits: a check digit, then a 12-digit base.

>>> CORPORATE_NUMBER_LENGTH
13
"""

REGISTRY_NUMBER_LENGTH: Final = 12
"""DBO-5: a 会社法人等番号 has 12 digits: a 4-digit registry office code, a 2-digit type code
(種別番号) and a 6-digit serial number.

>>> REGISTRY_NUMBER_LENGTH
12
"""

TRADE_NAME_ONLY_TYPE_CODE: Final = "04"
"""DBO-5: the type code of a 商号のみ登記 (no legal personality; orders in a personal name).

>>> TRADE_NAME_ONLY_TYPE_CODE
'04'
"""

_WEIGHTS: Final = (1, 2) * 6  # Qn for n = 1..12, counted from the right


def compact_corporate_number(number: str) -> str:
    """Return ``number`` without hyphens and spaces, full-width forms normalised (NFKC).

    Nothing else is removed: other characters make the number invalid.

    >>> compact_corporate_number(" ７－００００－１２０５－０００２ ")
    '7000012050002'
    """
    if not isinstance(number, str):
        raise InvalidInput.for_value(
            "number", number, "the number as text", code="docomo.corporate_number_not_text"
        )
    return nfkc(number).replace("-", "").replace(" ", "").strip()


def calc_check_digit(base: str) -> str:
    """Return the check digit of a 12-digit base: 9 − (Σ Pn·Qn mod 9).

    The formula is 法人番号の指定等に関する省令 第2条 (CAL-5). Pn is the n-th digit counted
    from the right of the base, Qn is 1 for odd n and 2 for even n. The base is compacted
    first.

    >>> calc_check_digit("000012050002")
    '7'
    """
    digits = _registry_digits(base, field="base")
    total = sum(
        weight * int(digit) for weight, digit in zip(_WEIGHTS, reversed(digits), strict=True)
    )
    return str(9 - total % 9)


def _registry_digits(number: str, *, field: str) -> str:
    digits = compact_corporate_number(number)
    if len(digits) != REGISTRY_NUMBER_LENGTH or not (digits.isascii() and digits.isdigit()):
        raise InvalidInput.for_value(
            field,
            number,
            "12 digits (a 会社法人等番号 or another corporate-number base)",
            code="docomo.bad_registry_number",
        )
    return digits


def corporate_number_from_registry(registry_number: str) -> str:
    """Return the 法人番号 of a 12-digit base: its check digit followed by the base.

    >>> corporate_number_from_registry("0000-12-050002")
    '7000012050002'
    """
    digits = _registry_digits(registry_number, field="registry_number")
    return calc_check_digit(digits) + digits


def registry_type_code(number: str) -> str:
    """Return the 2-digit type code (種別番号) of a 12-digit base or a 13-digit 法人番号.

    It is the two digits after the 4-digit registry office code of the 会社法人等番号.

    >>> registry_type_code("0100-04-123456"), registry_type_code("7000012050002")
    ('04', '12')
    """
    digits = compact_corporate_number(number)
    if len(digits) == CORPORATE_NUMBER_LENGTH:
        digits = digits[1:]
    return _registry_digits(digits, field="number")[4:6]


def _number_problem(
    message: str, message_ja: str, value: str, citation: Citation, *, code: str
) -> Problem:
    return Problem(
        code=code,
        message=message,
        message_ja=message_ja,
        field="corporate_number",
        value=value,
        rule="DBO-5",
        citation=citation,
    )


def check_corporate_number(number: str) -> Report:
    """Report every problem of a 13-digit corporate number: length, characters, check digit.

    The check digit is only checked on 13 digits. Like every mod-9 check with weights 1 and
    2, it cannot see a 0↔9 change of one body digit (7900012050002 is as valid as
    7000012050002); every other single-digit change is caught.

    >>> check_corporate_number("7000012050003").codes
    ('docomo.corporate_number_checksum',)
    >>> check_corporate_number("70000120500O").codes
    ('docomo.corporate_number_length', 'docomo.corporate_number_format')
    >>> check_corporate_number("7900012050002").ok
    True
    """
    digits = compact_corporate_number(number)
    shown = repr(number)
    problems = []
    if len(digits) != CORPORATE_NUMBER_LENGTH:
        problems.append(
            _number_problem(
                f"corporate_number: got {shown} ({len(digits)} characters); expected 13 digits",
                f"法人番号は13桁です（{len(digits)}桁が入力されました）",
                shown,
                _DBO_5,
                code="docomo.corporate_number_length",
            )
        )
    if not (digits.isascii() and digits.isdigit()):
        problems.append(
            _number_problem(
                f"corporate_number: got {shown}; expected digits only (hyphens and spaces "
                "are ignored)",
                "法人番号は数字のみです（ハイフン・空白は無視されます）",
                shown,
                _DBO_5,
                code="docomo.corporate_number_format",
            )
        )
    if not problems and calc_check_digit(digits[1:]) != digits[0]:
        problems.append(
            _number_problem(
                f"corporate_number: got {shown}; the check digit should be "
                f"{calc_check_digit(digits[1:])}, not {digits[0]}",
                f"法人番号のチェックデジットが正しくありません（{calc_check_digit(digits[1:])}"
                "になるはずです）",
                shown,
                _DBO_5_CHECK,
                code="docomo.corporate_number_checksum",
            )
        )
    subject = f"corporate number {number}"
    return Report.of(subject, problems, rules=["DBO-5", "CAL-5"], citations=[_DBO_5_CHECK])


def validate_corporate_number(number: str) -> str:
    """Raise the first problem of :func:`check_corporate_number`; return the compact number.

    >>> validate_corporate_number("７０００－０１２０５０００２")
    '7000012050002'
    >>> validate_corporate_number("8000012050002")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: corporate_number: got '8000012050002'; the check digit \
should be 7, not 8
    """
    check_corporate_number(number).raise_first()
    return compact_corporate_number(number)


def is_valid_corporate_number(number: str) -> bool:
    """Tell whether ``number`` is a valid 法人番号 (never raises, like stdnum's ``is_valid``).

    >>> is_valid_corporate_number("7000012050002"), is_valid_corporate_number(7000012050002)
    (True, False)
    """
    try:
        return check_corporate_number(number).ok
    except InvalidInput:
        return False


def format_corporate_number(number: str) -> str:
    """Return a valid number in the display format ``7-0000-1205-0002``.

    >>> format_corporate_number(" 7000 0120 50002")
    '7-0000-1205-0002'
    """
    digits = validate_corporate_number(number)
    return "-".join((digits[0], digits[1:5], digits[5:9], digits[9:13]))


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


# -- DBO-3: invoice payment places -------------------------------------------------------------

BARCODE_LIMIT: Final = Yen(300_000)
"""DBO-3: invoices under this amount carry a barcode (「30万円未満」); 300,000 yen exactly does
not (RULES.md DBO-3 Decision).

>>> str(BARCODE_LIMIT)
'300,000円'
"""


class PaymentPlace(enum.Enum):
    """Where an invoice can be paid.

    >>> PaymentPlace.CONVENIENCE_STORE.label
    'コンビニエンスストア'
    """

    BANK = "bank"
    CONVENIENCE_STORE = "convenience_store"
    DOCOMO_SHOP = "docomo_shop"

    @property
    def label(self) -> str:
        """The FAQ's wording (金融機関 / コンビニエンスストア / ドコモショップ/d garden)."""
        return {
            PaymentPlace.BANK: "金融機関",
            PaymentPlace.CONVENIENCE_STORE: "コンビニエンスストア",
            PaymentPlace.DOCOMO_SHOP: "ドコモショップ/d garden",
        }[self]

    @classmethod
    def parse(cls, text: PaymentPlace | str) -> PaymentPlace:
        """Read a place by value, name or label.

        >>> PaymentPlace.parse("bank")
        <PaymentPlace.BANK: 'bank'>
        """
        return parse_choice(cls, text, field="place", code="docomo.unknown_payment_place")


@attrs.frozen
class InvoicePayment:
    """Where an invoice can be paid (DBO-3); the places first.

    ``barcode`` is ``None`` for mobile invoices (the FAQ sets no amount threshold for them).

    >>> payment = invoice_payment(299_999, kind="other")
    >>> [place.name for place in payment.places], payment.barcode
    (['BANK', 'CONVENIENCE_STORE'], True)
    """

    places: tuple[PaymentPlace, ...]
    barcode: bool | None
    amount: Yen
    kind: ProductKind
    issuer: str | None
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        places = ", ".join(place.value.replace("_", " ") for place in self.places)
        if self.barcode is None:
            return f"{self.kind.value} invoice of {self.amount} from {self.issuer}: pay at {places}"
        barcode = "with a barcode" if self.barcode else "without a barcode"
        return f"{self.kind.value} invoice of {self.amount} {barcode}: pay at {places}"

    def explain(self, lang: str = "ja") -> str:
        """Give the places, the notes, the rules and citations.

        >>> print(invoice_payment(300_000, kind="other").explain("ja").splitlines()[0])
        300,000円の請求書（バーコードなし）: 金融機関
        """
        check_lang(lang)
        if lang == "ja":
            barcode = {True: "バーコードあり", False: "バーコードなし", None: "NTTファイナンス"}[
                self.barcode
            ]
            head = f"{self.amount}の請求書（{barcode}）: " + "、".join(p.label for p in self.places)
        else:
            head = str(self)
        lines = [head]
        lines.extend(("※ " if lang == "ja" else "note: ") + n.text(lang) for n in self.notes)
        lines.append(("根拠" if lang == "ja" else "rules") + ": " + ", ".join(self.rules))
        lines.extend(f"- {citation}" for citation in self.citations)
        return "\n".join(lines)


def _amount(amount: Yen | int | str) -> Yen:
    value = amount if isinstance(amount, Yen) else Yen(amount)
    if value < Yen.ZERO:
        raise OutOfRange.for_value(
            "amount", amount, "an invoice amount of 0 yen or more", code="docomo.bad_amount"
        )
    return value


def invoice_payment(amount: Yen | int | str, *, kind: ProductKind | str) -> InvoicePayment:
    """Return where an invoice of ``amount`` can be paid (DBO-3).

    Orders other than mobile devices: under 300,000 yen the invoice has a barcode and can be
    paid at banks and convenience stores; from 300,000 yen (exactly 300,000 included) it has
    none and is paid at banks. Mobile invoices come from NTT Finance, payable at convenience
    stores, banks and docomo shops whatever the amount.

    >>> [p.name for p in invoice_payment(300_001, kind="business_d_account").places]
    ['BANK']
    >>> invoice_payment(10, kind="mobile").issuer
    'NTTファイナンス'
    """
    value = _amount(amount)
    chosen = ProductKind.parse(kind)
    if chosen is ProductKind.MOBILE:
        return InvoicePayment(
            places=(PaymentPlace.CONVENIENCE_STORE, PaymentPlace.BANK, PaymentPlace.DOCOMO_SHOP),
            barcode=None,
            amount=value,
            kind=chosen,
            issuer="NTTファイナンス",
            notes=(
                Note(
                    "convenience stores may not take charges past their due date",
                    "※1支払期限を経過した料金はお取扱いできない場合があります。",
                    "DBO-3",
                    _DBO_3,
                ),
            ),
            rules=("DBO-3",),
            citations=(_DBO_3,),
        )
    barcode = value < BARCODE_LIMIT
    places = (
        (PaymentPlace.BANK, PaymentPlace.CONVENIENCE_STORE) if barcode else (PaymentPlace.BANK,)
    )
    note = (
        Note(
            "some bank counters and convenience stores may not take invoice payments",
            "※ただし一部金融機関窓口・コンビニエンスストアでは請求書お支払いに対応していない場合が"
            "ございます。",
            "DBO-3",
            _DBO_3,
        )
        if barcode
        else Note(
            "an invoice without a barcode cannot be paid at convenience stores: pay at a bank",
            "こちらの請求書ではコンビニエンスストアでのお支払いはできませんので、大変お手数となり"
            "ますが、お近くの金融機関にてお支払いをお願いいたします。",
            "DBO-3",
            _DBO_3,
        )
    )
    return InvoicePayment(
        places=places,
        barcode=barcode,
        amount=value,
        kind=chosen,
        issuer=None,
        notes=(note,),
        rules=("DBO-3",),
        citations=(_DBO_3, _DBO_3_DECISION),
    )


def check_invoice_payment(
    amount: Yen | int | str, place: PaymentPlace | str, *, kind: ProductKind | str
) -> Report:
    """Report if an invoice of ``amount`` cannot be paid at ``place`` (DBO-3).

    >>> check_invoice_payment(300_000, "convenience_store", kind="other").codes
    ('docomo.payment_place_not_allowed',)
    >>> check_invoice_payment(299_999, "convenience_store", kind="other").ok
    True
    """
    payment = invoice_payment(amount, kind=kind)
    where = PaymentPlace.parse(place)
    problems = []
    if where not in payment.places:
        reason = (
            "invoices of 300,000 yen or more carry no barcode"
            if payment.barcode is False and where is PaymentPlace.CONVENIENCE_STORE
            else "not a payment place for this invoice"
        )
        problems.append(
            Problem(
                code="docomo.payment_place_not_allowed",
                message=f"place: {where.label} cannot take this invoice of {payment.amount} "
                f"({reason})",
                message_ja=payment.notes[0].message_ja
                if payment.barcode is False
                else f"{where.label}ではお支払いいただけません",
                field="place",
                value=repr(where.value),
                rule="DBO-3",
                citation=_DBO_3,
                kind=ProblemKind.RULE,
            )
        )
    return Report.of(
        f"payment of a {payment.amount} invoice at {where.value}",
        problems,
        notes=payment.notes,
        rules=payment.rules,
        citations=payment.citations,
    )


# -- DBO-4: payment methods --------------------------------------------------------------------


class PaymentMethod(enum.Enum):
    """A way to pay the shop's charges (DBO-4).

    >>> PaymentMethod.INVOICE.label
    '請求書払い'
    """

    ACCOUNT_TRANSFER = "account_transfer"
    INVOICE = "invoice"
    CREDIT_CARD = "credit_card"

    @property
    def label(self) -> str:
        """The FAQ's wording (口座振替 / 請求書払い / クレジットカード決済)."""
        return {
            PaymentMethod.ACCOUNT_TRANSFER: "口座振替",
            PaymentMethod.INVOICE: "請求書払い",
            PaymentMethod.CREDIT_CARD: "クレジットカード決済",
        }[self]

    @classmethod
    def parse(cls, text: PaymentMethod | str) -> PaymentMethod:
        """Read a method by value, name or label.

        >>> PaymentMethod.parse("credit-card")
        <PaymentMethod.CREDIT_CARD: 'credit_card'>
        """
        return parse_choice(cls, text, field="method", code="docomo.unknown_payment_method")


@attrs.frozen
class PaymentMethods:
    """The payment methods of a product kind (DBO-4); the methods first.

    >>> methods = payment_methods("other")
    >>> [m.name for m in methods.methods], methods.first_payment
    (['INVOICE', 'ACCOUNT_TRANSFER'], <PaymentMethod.INVOICE: 'invoice'>)
    """

    methods: tuple[PaymentMethod, ...]
    kind: ProductKind
    recommended: PaymentMethod | None
    first_payment: PaymentMethod | None
    card_online: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        methods = ", ".join(method.value.replace("_", " ") for method in self.methods)
        first = f"; the first payment by {self.first_payment.value}" if self.first_payment else ""
        return f"{self.kind.value}: {methods}{first}"


_FIRST_BY_INVOICE = Note(
    "the first payment is by invoice; a change of method starts after the first invoice "
    "arrives, needs its invoice number starting with R, and takes about 2 months",
    "※初回のお支払い方法は、「請求書によるお支払い」のみとなります。",
    "DBO-4",
    _DBO_4,
)
_CARD_MAY_BE_UNAVAILABLE = Note(
    "a credit card may be unavailable depending on the contract",
    "※ご契約内容によってはクレジットカードでのお支払いがご利用いただけない場合がございます。",
    "DBO-4",
    _DBO_4,
)

_METHODS: Final[Mapping[ProductKind, PaymentMethods]] = MappingProxyType(
    {
        ProductKind.MOBILE: PaymentMethods(
            methods=(
                PaymentMethod.ACCOUNT_TRANSFER,
                PaymentMethod.INVOICE,
                PaymentMethod.CREDIT_CARD,
            ),
            kind=ProductKind.MOBILE,
            recommended=PaymentMethod.ACCOUNT_TRANSFER,
            first_payment=None,
            card_online=False,
            notes=(
                Note(
                    "a credit card is arranged at a docomo shop, not online",
                    "クレジットカード決済をご希望の場合は、ドコモショップにてお手続きをお願い致します。",
                    "DBO-4",
                    _DBO_4,
                ),
                Note(
                    "with an account-transfer form, the first 1–2 bills are paper invoices until "
                    "the bank completes",
                    "口座振替依頼書によるお申込みの場合、金融機関との手続き完了までの1~2回は当社"
                    "請求書をお送りします。",
                    "DBO-4",
                    _DBO_4_CHANGE,
                ),
            ),
            rules=("DBO-4",),
            citations=(_DBO_4,),
        ),
        ProductKind.BUSINESS_D_ACCOUNT: PaymentMethods(
            methods=(
                PaymentMethod.INVOICE,
                PaymentMethod.ACCOUNT_TRANSFER,
                PaymentMethod.CREDIT_CARD,
            ),
            kind=ProductKind.BUSINESS_D_ACCOUNT,
            recommended=None,
            first_payment=PaymentMethod.INVOICE,
            card_online=True,
            notes=(_FIRST_BY_INVOICE, _CARD_MAY_BE_UNAVAILABLE),
            rules=("DBO-4",),
            citations=(_DBO_4,),
        ),
        ProductKind.OTHER: PaymentMethods(
            methods=(PaymentMethod.INVOICE, PaymentMethod.ACCOUNT_TRANSFER),
            kind=ProductKind.OTHER,
            recommended=None,
            first_payment=PaymentMethod.INVOICE,
            card_online=False,
            notes=(
                _FIRST_BY_INVOICE,
                Note(
                    "some services offer no account transfer",
                    "※一部サービスは口座振替に対応しておりません。",
                    "DBO-4",
                    _DBO_4,
                ),
            ),
            rules=("DBO-4",),
            citations=(_DBO_4,),
        ),
    }
)


def payment_methods(kind: ProductKind | str) -> PaymentMethods:
    """Return the payment methods of ``kind`` (DBO-4).

    >>> payment_methods("mobile").recommended
    <PaymentMethod.ACCOUNT_TRANSFER: 'account_transfer'>
    """
    return _METHODS[ProductKind.parse(kind)]


class CardIssuer(enum.Enum):
    """Card issuers the FAQ names for ビジネスdアカウント必須 services (DBO-4).

    >>> CardIssuer.parse("Rakuten Card"), CardIssuer.RAKUTEN.refused
    (<CardIssuer.RAKUTEN: 'rakuten'>, True)
    """

    RAKUTEN = "rakuten"
    MUFG_NICOS = "mufg_nicos"
    ORICO = "orico"

    @property
    def label(self) -> str:
        """The issuer as the FAQ writes it."""
        return CARD_ISSUERS[self][0]

    @property
    def refused(self) -> bool:
        """True when the issuer is refused (楽天カード); else it may be refused."""
        return CARD_ISSUERS[self][1]

    @classmethod
    def parse(cls, text: CardIssuer | str) -> CardIssuer:
        """Read an issuer by its name, in Japanese or English, ignoring case and spaces.

        >>> CardIssuer.parse("三菱ＵＦＪニコス"), CardIssuer.parse("orico")
        (<CardIssuer.MUFG_NICOS: 'mufg_nicos'>, <CardIssuer.ORICO: 'orico'>)
        """
        if isinstance(text, str):
            wanted = squeeze(text).casefold()
            for member, names in _ISSUER_NAMES.items():
                if wanted in names:
                    return member
        return parse_choice(cls, text, field="card_issuer", code="docomo.unknown_card_issuer")

    @classmethod
    def find(cls, text: str) -> CardIssuer | None:
        """Return the issuer named by ``text``, or ``None`` if the FAQ does not name it.

        >>> CardIssuer.find("JCB") is None
        True
        """
        wanted = squeeze(text).casefold()
        return next((m for m, names in _ISSUER_NAMES.items() if wanted in names), None)


CARD_ISSUERS: Final[Mapping[CardIssuer, tuple[str, bool]]] = MappingProxyType(
    {
        CardIssuer.RAKUTEN: ("楽天カード", True),
        CardIssuer.MUFG_NICOS: ("三菱UFJニコス", False),
        CardIssuer.ORICO: ("オリコカード", False),
    }
)
"""DBO-4: issuer → (name, refused). 楽天カード is refused (ご利用いただけない); 三菱UFJニコス and
オリコカード may be refused (ご利用いただけない場合がある), for ビジネスdアカウント必須 services.

>>> CARD_ISSUERS[CardIssuer.ORICO]
('オリコカード', False)
"""

_ISSUER_NAMES = {
    CardIssuer.RAKUTEN: frozenset({"楽天カード", "楽天", "rakutencard", "rakuten"}),
    CardIssuer.MUFG_NICOS: frozenset(
        {"三菱ufjニコス", "ニコス", "mufgnicos", "nicos", "三菱ufjニコスカード", "mufg"}
    ),
    CardIssuer.ORICO: frozenset({"オリコカード", "オリコ", "orico", "oricocard"}),
}


def check_payment_method(
    kind: ProductKind | str,
    method: PaymentMethod | str,
    *,
    first_payment: bool = False,
    at_docomo_shop: bool = False,
    card_issuer: str | None = None,
    card_issued_abroad: bool = False,
) -> Report:
    """Report every reason ``method`` cannot pay for ``kind`` (DBO-4); cautions are notes.

    Args:
        kind: mobile devices, ビジネスdアカウント必須 services, or other services.
        method: account transfer, invoice or credit card.
        first_payment: the first payment of a non-mobile service (by invoice only).
        at_docomo_shop: a mobile card payment arranged at a docomo shop (not online).
        card_issuer: the card's issuer, by name (楽天カード is refused for ビジネスd
            アカウント必須 services; 三菱UFJニコス and オリコカード may be refused).
        card_issued_abroad: a card issued abroad (may be refused for mobile).

    >>> check_payment_method("other", "credit_card").codes
    ('docomo.payment_method_not_offered',)
    >>> check_payment_method("business_d_account", "credit_card", card_issuer="楽天カード").codes
    ('docomo.card_issuer_refused',)
    >>> check_payment_method("mobile", "credit_card").codes
    ('docomo.card_at_docomo_shop',)
    >>> check_payment_method("business_d_account", "account_transfer", first_payment=True).codes
    ('docomo.first_payment_by_invoice',)
    """
    offer = payment_methods(kind)
    chosen = PaymentMethod.parse(method)
    problems: list[Problem] = []
    notes: list[Note] = []
    if chosen not in offer.methods:
        problems.append(
            _payment_problem(
                f"method: {chosen.label} is not offered for {offer.kind.label}; offered: "
                + ", ".join(m.label for m in offer.methods),
                f"{offer.kind.label}は"
                + "と".join(f"「{m.label}」" for m in offer.methods)
                + "に対応しています。",
                "method",
                chosen.value,
                code="docomo.payment_method_not_offered",
            )
        )
    if first_payment and offer.first_payment is not None and chosen is not offer.first_payment:
        problems.append(
            _payment_problem(
                f"method: the first payment for {offer.kind.label} is by invoice only",
                "※初回のお支払い方法は、「請求書によるお支払い」のみとなります。",
                "first_payment",
                chosen.value,
                code="docomo.first_payment_by_invoice",
            )
        )
    if chosen is PaymentMethod.CREDIT_CARD and chosen in offer.methods:
        problems.extend(_card_problems(offer.kind, at_docomo_shop, card_issuer, notes))
        if offer.kind is ProductKind.MOBILE and card_issued_abroad:
            notes.append(
                Note(
                    "cards issued abroad may be refused (fraud prevention)",
                    "海外発行カードは、不正利用防止のため、ご利用いただけない場合がございます。",
                    "DBO-4",
                    _DBO_4_CARD,
                )
            )
    notes.extend(n for n in offer.notes if n is not _FIRST_BY_INVOICE or first_payment)
    return Report.of(
        f"{chosen.value} for {offer.kind.value}",
        problems,
        notes=notes,
        rules=["DBO-4"],
        citations=[_DBO_4],
    )


def _payment_problem(
    message: str, message_ja: str, field: str, value: str, *, code: str
) -> Problem:
    return Problem(
        code=code,
        message=message,
        message_ja=message_ja,
        field=field,
        value=repr(value),
        rule="DBO-4",
        citation=_DBO_4,
        kind=ProblemKind.RULE,
    )


def _card_problems(
    kind: ProductKind, at_docomo_shop: bool, card_issuer: str | None, notes: list[Note]
) -> list[Problem]:
    problems = []
    if kind is ProductKind.MOBILE and not at_docomo_shop:
        problems.append(
            _payment_problem(
                "method: a credit card for mobile devices is arranged at a docomo shop, not online",
                "クレジットカード決済をご希望の場合は、ドコモショップにてお手続きをお願い致します。",
                "at_docomo_shop",
                "False",
                code="docomo.card_at_docomo_shop",
            )
        )
    issuer = None if card_issuer is None else CardIssuer.find(card_issuer)
    if kind is ProductKind.BUSINESS_D_ACCOUNT and issuer is not None:
        if issuer.refused:
            problems.append(
                Problem(
                    code="docomo.card_issuer_refused",
                    message=f"card_issuer: {issuer.label} cards are not accepted for "
                    "ビジネスdアカウント必須 services",
                    message_ja=f"(ご利用いただけないクレジットカード発行会社) ・{issuer.label}",
                    field="card_issuer",
                    value=repr(card_issuer),
                    rule="DBO-4",
                    citation=_DBO_4_CARD,
                    kind=ProblemKind.RULE,
                )
            )
        else:
            notes.append(
                Note(
                    f"{issuer.label} cards may be refused for ビジネスdアカウント必須 services",
                    f"(ご利用いただけない場合があるクレジットカード発行会社) ・{issuer.label}",
                    "DBO-4",
                    _DBO_4_CARD,
                )
            )
    return problems


def validate_payment_method(
    kind: ProductKind | str,
    method: PaymentMethod | str,
    *,
    first_payment: bool = False,
    at_docomo_shop: bool = False,
    card_issuer: str | None = None,
    card_issued_abroad: bool = False,
) -> None:
    """Raise the first problem of :func:`check_payment_method`.

    >>> validate_payment_method("mobile", "credit_card", at_docomo_shop=True)
    """
    check_payment_method(
        kind,
        method,
        first_payment=first_payment,
        at_docomo_shop=at_docomo_shop,
        card_issuer=card_issuer,
        card_issued_abroad=card_issued_abroad,
    ).raise_first()


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


# -- DBO-6: roles and business d account services ------------------------------------------------

NOT_LOGGED_IN_MESSAGE: Final = (
    "ビジネスdアカウントでログインされていない為、本商品を購入することができません。"
)
"""DBO-6: the message the cart shows, character for character (one line).

>>> NOT_LOGGED_IN_MESSAGE.endswith("購入することができません。")
True
"""

BUSINESS_D_ACCOUNT_SERVICES: Final = (
    "dXオンライン営業",
    "ビジネスdリモートデスクトップ",
    "dXホームページ",
    "dX勤怠・労務管理",
    "ビジネスd福利厚生",
    "dX助成金申請",
    "ビジネスd経費精算",
    "dXメール配信",
    "dX電子カタログ",
    "dX商談・名刺管理",
    "dXショートメッセージ(SMS)配信",
    "dX顧客開拓",
    "まるごとビジネスサポート",
    "NewsPicks+dプレミアム会員プラン",
    "dX電子契約",
    "dX電子請求書",
    "dXインターネットFAX",
    "ビジネスdプリペイド",
    "ビジネスd出勤簿",
    "ビジネスd電子申請",
    "ビジネスd安否確認 ベーシックプラン",
)
"""DBO-6: the 21 services that need a business d account to order, estimate and use.

>>> len(BUSINESS_D_ACCOUNT_SERVICES)
21
"""

_SERVICE_KEYS: Final = frozenset(squeeze(name).casefold() for name in BUSINESS_D_ACCOUNT_SERVICES)


def needs_business_d_account(service: str) -> bool:
    """Tell whether ``service`` needs a business d account (names matched ignoring spaces).

    >>> needs_business_d_account("NewsPicks +dプレミアム会員プラン")
    True
    >>> needs_business_d_account("ビジネスd安否確認ベーシックプラン")
    True
    >>> needs_business_d_account("Box over VPN")
    False
    """
    if not isinstance(service, str):
        raise InvalidInput.for_value(
            "service", service, "a service name as text", code="docomo.bad_service"
        )
    return squeeze(service).casefold() in _SERVICE_KEYS


class LoginMethod(enum.Enum):
    """How a member logs in to the shop (DBO-6).

    >>> LoginMethod.EMAIL.label
    'メールアドレス(ID・パスワード)'
    """

    BUSINESS_D_ACCOUNT = "business_d_account"
    EMAIL = "email"

    @property
    def label(self) -> str:
        """The FAQ's wording."""
        return {
            LoginMethod.BUSINESS_D_ACCOUNT: "ビジネスdアカウント",
            LoginMethod.EMAIL: "メールアドレス(ID・パスワード)",
        }[self]

    @classmethod
    def parse(cls, text: LoginMethod | str) -> LoginMethod:
        """Read a login method by value, name or label.

        >>> LoginMethod.parse("business-d-account")
        <LoginMethod.BUSINESS_D_ACCOUNT: 'business_d_account'>
        """
        return parse_choice(cls, text, field="login", code="docomo.unknown_login")


class ShopRole(enum.Enum):
    """A business d account member's role in the shop's user group (DBO-6).

    >>> ShopRole.ADMIN.label
    '管理者ロール'
    """

    GENERAL_USER = "general_user"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """The FAQ's wording (一般ユーザーロール / 管理者ロール)."""
        return {ShopRole.GENERAL_USER: "一般ユーザーロール", ShopRole.ADMIN: "管理者ロール"}[self]

    @classmethod
    def parse(cls, text: ShopRole | str) -> ShopRole:
        """Read a role by value, name or label.

        >>> ShopRole.parse("管理者ロール")
        <ShopRole.ADMIN: 'admin'>
        """
        return parse_choice(cls, text, field="role", code="docomo.unknown_role")


class ShopAction(enum.Enum):
    """What a role may do (DBO-6).

    >>> ShopAction.VIEW_COLLEAGUE_ORDERS.label
    '社内の他担当の注文履歴の確認'
    """

    ORDER = "order"
    USER_MANAGEMENT = "user_management"
    VIEW_COLLEAGUE_ORDERS = "view_colleague_orders"

    @property
    def label(self) -> str:
        """The FAQ's wording."""
        return {
            ShopAction.ORDER: "注文",
            ShopAction.USER_MANAGEMENT: "ユーザー管理",
            ShopAction.VIEW_COLLEAGUE_ORDERS: "社内の他担当の注文履歴の確認",
        }[self]

    @classmethod
    def parse(cls, text: ShopAction | str) -> ShopAction:
        """Read an action by value, name or label.

        >>> ShopAction.parse("order")
        <ShopAction.ORDER: 'order'>
        """
        return parse_choice(cls, text, field="action", code="docomo.unknown_action")


ROLE_PERMISSIONS: Final[Mapping[ShopRole, frozenset[ShopAction]]] = MappingProxyType(
    {
        ShopRole.GENERAL_USER: frozenset(),
        ShopRole.ADMIN: frozenset(ShopAction),
    }
)
"""DBO-6: what each role may do; a 一般ユーザーロール may do none of these.

>>> sorted(action.value for action in ROLE_PERMISSIONS[ShopRole.ADMIN])
['order', 'user_management', 'view_colleague_orders']
"""

_GENERAL_CANNOT_ORDER = (
    "ドコモビジネスオンラインショップにおける「一般ユーザーロール」でログインされている方は、"
    "ご注文いただけません。"
)


def _login(login: LoginMethod | str | None) -> LoginMethod | None:
    return None if login is None else LoginMethod.parse(login)


def _role(login: LoginMethod | None, role: ShopRole | str | None) -> ShopRole | None:
    if login is LoginMethod.BUSINESS_D_ACCOUNT:
        if role is None:
            raise InvalidInput.for_value(
                "role",
                role,
                "the member's role (general_user or admin) for a business d account login",
                code="docomo.role_missing",
            )
        return ShopRole.parse(role)
    if role is not None:
        raise InvalidInput.for_value(
            "role",
            role,
            "no role: roles belong to business d account logins only",
            code="docomo.role_without_business_d_account",
        )
    return None


def _role_problem(action: ShopAction, role: ShopRole) -> Problem:
    return Problem(
        code="docomo.admin_role_required",
        message=f"role: {action.label} needs the 管理者ロール; the member has the {role.label}",
        message_ja=_GENERAL_CANNOT_ORDER
        if action is ShopAction.ORDER
        else f"{action.label}には「管理者ロール」である必要があります。",
        field="role",
        value=repr(role.value),
        rule="DBO-6",
        citation=_DBO_6_ROLE,
        kind=ProblemKind.RULE,
    )


def check_shop_order(
    service: str, *, login: LoginMethod | str | None, role: ShopRole | str | None = None
) -> Report:
    """Report every reason a member cannot order ``service`` (DBO-6).

    Args:
        service: the service's name (matched ignoring spaces).
        login: how the member is logged in; ``None`` for a visitor without membership.
        role: the member's role, required for (and only for) a business d account login.

    >>> check_shop_order("dX電子契約", login=None).codes
    ('docomo.membership_required', 'docomo.business_d_account_required')
    >>> check_shop_order("dX電子契約", login="business_d_account", role="general_user").codes
    ('docomo.admin_role_required',)
    >>> check_shop_order("dX電子契約", login="business_d_account", role="admin").ok
    True
    """
    method = _login(login)
    member_role = _role(method, role)
    problems = []
    if method is None:
        problems.append(
            Problem(
                code="docomo.membership_required",
                message="login: ordering needs shop membership (会員登録)",
                message_ja="ドコモビジネスオンラインショップのご注文には、会員登録が必須となります。",
                field="login",
                value=None,
                rule="DBO-6",
                citation=_DBO_6_MEMBER,
                kind=ProblemKind.RULE,
            )
        )
    if needs_business_d_account(service) and method is not LoginMethod.BUSINESS_D_ACCOUNT:
        problems.append(
            Problem(
                code="docomo.business_d_account_required",
                message=f"login: {service} needs a business d account login to order",
                message_ja=NOT_LOGGED_IN_MESSAGE,
                field="login",
                value=None if method is None else repr(method.value),
                rule="DBO-6",
                citation=_DBO_6_MESSAGE,
                kind=ProblemKind.RULE,
            )
        )
    if member_role is not None and ShopAction.ORDER not in ROLE_PERMISSIONS[member_role]:
        problems.append(_role_problem(ShopAction.ORDER, member_role))
    return Report.of(
        f"order of {service}",
        problems,
        rules=["DBO-6"],
        citations=[_DBO_6_SERVICES, _DBO_6_ROLE],
    )


def validate_shop_order(
    service: str, *, login: LoginMethod | str | None, role: ShopRole | str | None = None
) -> None:
    """Raise the first problem of :func:`check_shop_order`.

    >>> validate_shop_order("ビジネスd福利厚生", login="email")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: login: ビジネスd福利厚生 needs a business d account login \
to order
    """
    check_shop_order(service, login=login, role=role).raise_first()


def check_action(
    action: ShopAction | str,
    *,
    login: LoginMethod | str | None,
    role: ShopRole | str | None = None,
    same_group: bool = True,
) -> Report:
    """Report why a member may not do ``action`` (DBO-6): it needs the 管理者ロール.

    Seeing a colleague's orders also needs the colleague in the same user group of business
    d account members (``same_group``).

    >>> check_action("view_colleague_orders", login="business_d_account", role="admin",
    ...              same_group=False).codes
    ('docomo.not_same_group',)
    >>> check_action("user_management", login="email").codes
    ('docomo.admin_role_required',)
    """
    wanted = ShopAction.parse(action)
    method = _login(login)
    member_role = _role(method, role)
    problems = []
    if member_role is None or wanted not in ROLE_PERMISSIONS[member_role]:
        problems.append(_role_problem(wanted, member_role or ShopRole.GENERAL_USER))
    if wanted is ShopAction.VIEW_COLLEAGUE_ORDERS and not same_group:
        problems.append(
            Problem(
                code="docomo.not_same_group",
                message="same_group: the colleague must be in the same user group of business d "
                "account members",
                message_ja="他担当がビジネスdアカウント会員における同一のポイント/ユーザー管理グループ"
                "に所属している必要があります。",
                field="same_group",
                value="False",
                rule="DBO-6",
                citation=_DBO_6_COLLEAGUES,
                kind=ProblemKind.RULE,
            )
        )
    return Report.of(
        f"{wanted.value} by a member", problems, rules=["DBO-6"], citations=[_DBO_6_ROLE]
    )


def check_login_change(current: LoginMethod | str, new: LoginMethod | str) -> Report:
    """Report if the login method cannot change from ``current`` to ``new`` (DBO-6).

    An e-mail member can link a business d account; the reverse is not possible.

    >>> check_login_change("business_d_account", "email").codes
    ('docomo.login_change_not_reversible',)
    >>> check_login_change("email", "business_d_account").ok
    True
    """
    before, after = LoginMethod.parse(current), LoginMethod.parse(new)
    problems = []
    if before is LoginMethod.BUSINESS_D_ACCOUNT and after is LoginMethod.EMAIL:
        problems.append(
            Problem(
                code="docomo.login_change_not_reversible",
                message="new: a business d account login cannot change to an e-mail login",
                message_ja="その逆の変更はできませんのでご注意ください。",
                field="new",
                value=repr(after.value),
                rule="DBO-6",
                citation=_DBO_6_LOGIN,
                kind=ProblemKind.RULE,
            )
        )
    return Report.of(
        f"login change {before.value} → {after.value}",
        problems,
        rules=["DBO-6"],
        citations=[_DBO_6_LOGIN],
    )
