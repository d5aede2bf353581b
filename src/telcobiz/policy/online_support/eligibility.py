"""KDDI ビジネスオンラインサポート: who may apply (BOS-1).

000 §4.1: corporations and sole proprietors in Japan may apply, online or in writing; not
with a head office in Okinawa, and neither a billing nor a shipping address in Okinawa may be
entered; in principle one contract per corporation (head office) or sole proprietor. The first
applicant becomes the 代表法人管理者, whose user ID cannot be deleted.

Prefectures are recognised whether written 沖縄県 or 沖縄, in full-width or half-width forms
(NFKC), alone or at the start of an address (after an optional 〒 postal code).

>>> check_application(Applicant("沖縄県那覇市泉崎1-2-2", shipping="東京都千代田区")).codes
('bos.okinawa_head_office',)
>>> check_user_deletion(representative=True).ok
False
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Final

import attrs

from telcobiz.core.checks import expect_instance
from telcobiz.core.citation import BOS_DMP_GUIDE, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.policy._text import nfkc
from telcobiz.policy.report import Note, Problem, ProblemKind, Report
from telcobiz.scheduling.hours import BOS_CORPORATE_CENTER

__all__ = [
    "CORPORATE_CENTER_PHONE",
    "Applicant",
    "ApplicantKind",
    "ApplicationChannel",
    "check_application",
    "check_user_deletion",
    "is_okinawa",
    "is_valid_application",
    "validate_application",
    "validate_user_deletion",
]

_BOS_1_WHO = Citation(BOS_DMP_GUIDE, "§4.1.1", row="お申し込み条件", rule="BOS-1")
_BOS_1_OKINAWA = Citation(
    BOS_DMP_GUIDE, "§4.1.1", row="【注意事項】 その他 お申し込み条件 1", rule="BOS-1"
)
_BOS_1_ONE = Citation(
    BOS_DMP_GUIDE, "§4.1.1", row="【注意事項】 その他 お申し込み条件 2", rule="BOS-1"
)
_BOS_1_HOW = Citation(BOS_DMP_GUIDE, "§4.1.2", row="お申し込み方法", rule="BOS-1")
_BOS_1_ADMIN = Citation(BOS_DMP_GUIDE, "第2章 用語集, §5.2", row="代表法人管理者", rule="BOS-1")
_BOS_1_PREFECTURE = Citation(
    RULEBOOK, "BOS-1 (prefectures matched as 沖縄県 or 沖縄, NFKC)", rule="BOS-1"
)


CORPORATE_CENTER_PHONE: Final = "0077-7041"
"""BOS-1: the 法人お客さまセンター's number for written applications (000 第6章).

Its hours are :data:`telcobiz.scheduling.hours.BOS_CORPORATE_CENTER` (9:00–20:00, except
年末年始).

>>> CORPORATE_CENTER_PHONE
'0077-7041'
"""

# -- prefectures -----------------------------------------------------------------------------

_POSTCODE = r"(?:〒\s*)?(?:\d{3}\s*[-‐‑–—−ー]?\s*\d{4}\s*)?"
_OKINAWA = re.compile(
    rf"^\s*{_POSTCODE}(?:日本国?\s*)?(?:沖縄|okinawa(?![a-z]))",
    re.IGNORECASE,
)


def is_okinawa(address: str) -> bool:
    """Tell whether ``address`` is, or starts with, Okinawa prefecture (沖縄県 / 沖縄).

    Full-width and half-width forms are the same (NFKC); a leading 〒 postal code and 日本 are
    skipped; the romanised ``Okinawa`` counts too. An address must start with its prefecture
    to be recognised.

    >>> is_okinawa("沖縄県"), is_okinawa("沖縄"), is_okinawa("〒９００－８５７０　沖縄県那覇市")
    (True, True, True)
    >>> is_okinawa("東京都"), is_okinawa("那覇市"), is_okinawa("OKINAWA")
    (False, False, True)
    """
    if not isinstance(address, str):
        raise InvalidInput.for_value(
            "address", address, "an address or prefecture as text", code="bos.bad_address"
        )
    return _OKINAWA.match(nfkc(address)) is not None


# -- BOS-1: who may apply ------------------------------------------------------------------------


class ApplicantKind(enum.Enum):
    """Who may apply (お申し込み条件, 000 §4.1.1).

    >>> ApplicantKind.SOLE_PROPRIETOR.label
    '個人事業主'
    """

    CORPORATION = "corporation"
    SOLE_PROPRIETOR = "sole_proprietor"

    @property
    def label(self) -> str:
        """The source's wording (法人 / 個人事業主)."""
        return {ApplicantKind.CORPORATION: "法人", ApplicantKind.SOLE_PROPRIETOR: "個人事業主"}[
            self
        ]


class ApplicationChannel(enum.Enum):
    """How a BOS application is made: online or in writing (000 §4.1.2).

    >>> ApplicationChannel.WRITING.label
    '書面'
    """

    ONLINE = "online"
    WRITING = "writing"

    @property
    def label(self) -> str:
        """The source's wording (オンライン / 書面)."""
        return {ApplicationChannel.ONLINE: "オンライン", ApplicationChannel.WRITING: "書面"}[self]


def _addresses(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    try:
        addresses = tuple(value)
    except TypeError:
        raise InvalidInput.for_value(
            "addresses", value, "an address or a list of addresses", code="bos.bad_address"
        ) from None
    for address in addresses:
        if not isinstance(address, str):
            raise InvalidInput.for_value(
                "addresses", address, "an address as text", code="bos.bad_address"
            )
    return addresses


def _head_office(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput.for_value(
            "head_office", value, "an address or prefecture as text", code="bos.bad_address"
        )
    return value


def _count(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput.for_value(
            "existing_contracts", value, "a whole number of 0 or more", code="bos.bad_count"
        )
    return value


@attrs.frozen
class Applicant:
    """A BOS applicant as BOS-1 sees it.

    Attributes:
        head_office: the head office's address or prefecture (本店の所在地; for a sole
            proprietor, the place of business).
        billing: the billing address(es) entered at registration (ご請求先).
        shipping: the device shipping address(es) (デバイス送付先).
        kind: a corporation or a sole proprietor.
        in_japan: whether the applicant is in Japan (日本国内).
        existing_contracts: BOS contracts the corporation (head office) or sole proprietor
            already has.
        channel: online or in writing.

    >>> Applicant("東京都", billing="沖縄", shipping=["大阪府", "沖縄県"]).shipping
    ('大阪府', '沖縄県')
    """

    head_office: str = attrs.field(converter=_head_office)
    billing: tuple[str, ...] = attrs.field(default=(), converter=_addresses, kw_only=True)
    shipping: tuple[str, ...] = attrs.field(default=(), converter=_addresses, kw_only=True)
    kind: ApplicantKind = attrs.field(default=ApplicantKind.CORPORATION, kw_only=True)
    in_japan: bool = attrs.field(default=True, kw_only=True)
    existing_contracts: int = attrs.field(default=0, converter=_count, kw_only=True)
    channel: ApplicationChannel = attrs.field(default=ApplicationChannel.ONLINE, kw_only=True)


_OKINAWA_HEAD_OFFICE = "本店の所在地が沖縄県の場合はお申し込みいただけません。"
_OKINAWA_ADDRESSES = (
    "法人登録の際にご入力いただくご請求およびデバイス送付先情報に沖縄県はご指定いただけません。"
)
_ONE_CONTRACT = "原則 1 法人（本社）または 1 個人事業主につき 1 契約のお申し込みとなります。"
_ADMIN_TEXT = (
    "本サイトを初めてお申し込みいただいた担当者の方を代表法人管理者としてユーザ ID を発行させて"
    "いただきます。代表法人管理者となったお客様のユーザ ID は削除できません。"
)


def _okinawa_address(field: str, index: int, address: str, *, code: str) -> Problem:
    return Problem(
        code=code,
        message=f"{field}[{index}]: a {field} address in Okinawa cannot be entered",
        message_ja=_OKINAWA_ADDRESSES,
        field=f"{field}[{index}]",
        value=repr(address),
        rule="BOS-1",
        citation=_BOS_1_OKINAWA,
        kind=ProblemKind.RULE,
    )


def check_application(applicant: Applicant) -> Report:
    """Report every reason ``applicant`` may not apply for BOS (BOS-1, 000 §4.1).

    The one-contract rule is "in principle" (原則): it is reported, and KDDI may agree to
    exceptions.

    >>> applicant = Applicant("東京都", billing="沖縄県", shipping="沖縄", existing_contracts=1)
    >>> check_application(applicant).codes
    ('bos.okinawa_billing_address', 'bos.okinawa_shipping_address', \
'bos.one_contract_per_corporation')
    >>> check_application(Applicant("東京都千代田区", billing="東京都")).ok
    True
    """
    expect_instance(applicant, Applicant, "applicant", code="bos.bad_applicant")
    problems: list[Problem] = []
    if not applicant.in_japan:
        problems.append(
            Problem(
                code="bos.not_in_japan",
                message="only corporations and sole proprietors in Japan may apply",
                message_ja="日本国内の法人ないし個人事業主のお客さま",
                field="in_japan",
                value="False",
                rule="BOS-1",
                citation=_BOS_1_WHO,
                kind=ProblemKind.RULE,
            )
        )
    if is_okinawa(applicant.head_office):
        problems.append(
            Problem(
                code="bos.okinawa_head_office",
                message="head_office: an applicant whose head office is in Okinawa cannot apply",
                message_ja=_OKINAWA_HEAD_OFFICE,
                field="head_office",
                value=repr(applicant.head_office),
                rule="BOS-1",
                citation=_BOS_1_OKINAWA,
                kind=ProblemKind.RULE,
            )
        )
    problems.extend(
        _okinawa_address("billing", index, address, code="bos.okinawa_billing_address")
        for index, address in enumerate(applicant.billing)
        if is_okinawa(address)
    )
    problems.extend(
        _okinawa_address("shipping", index, address, code="bos.okinawa_shipping_address")
        for index, address in enumerate(applicant.shipping)
        if is_okinawa(address)
    )
    if applicant.existing_contracts >= 1:
        problems.append(
            Problem(
                code="bos.one_contract_per_corporation",
                message=(
                    f"existing_contracts: already {applicant.existing_contracts}; in principle "
                    "one contract per corporation (head office) or sole proprietor"
                ),
                message_ja=_ONE_CONTRACT,
                field="existing_contracts",
                value=str(applicant.existing_contracts),
                rule="BOS-1",
                citation=_BOS_1_ONE,
                kind=ProblemKind.RULE,
            )
        )
    notes = [
        Note(
            "the first person to apply becomes the 代表法人管理者, whose user ID cannot be deleted",
            _ADMIN_TEXT,
            "BOS-1",
            _BOS_1_ADMIN,
        )
    ]
    if applicant.channel is ApplicationChannel.WRITING:
        notes.append(
            Note(
                f"for a written application call the 法人お客さまセンター {CORPORATE_CENTER_PHONE} "
                f"({BOS_CORPORATE_CENTER.describe('en')})",
                "書面によるお申し込みをご希望される場合は、法人お客さまセンターまでお電話にて"
                f"お問い合わせください。（{CORPORATE_CENTER_PHONE}、{BOS_CORPORATE_CENTER.text}）",
                "BOS-1",
                _BOS_1_HOW,
            )
        )
    subject = f"BOS application by a {applicant.kind.value.replace('_', ' ')}"
    return Report.of(
        subject,
        problems,
        notes=notes,
        rules=["BOS-1"],
        citations=[_BOS_1_WHO, _BOS_1_OKINAWA, _BOS_1_PREFECTURE],
    )


def validate_application(applicant: Applicant) -> None:
    """Raise the first problem of :func:`check_application`.

    >>> validate_application(Applicant("大阪府大阪市"))
    >>> validate_application(Applicant("沖縄県"))
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: head_office: an applicant whose head office is in \
Okinawa cannot apply
    """
    check_application(applicant).raise_first()


def is_valid_application(applicant: Applicant) -> bool:
    """Tell whether :func:`check_application` finds no problem.

    >>> is_valid_application(Applicant("福岡県", shipping="沖縄県宮古島市"))
    False
    """
    return check_application(applicant).ok


def check_user_deletion(*, representative: bool) -> Report:
    """Report that the 代表法人管理者's user ID cannot be deleted (BOS-1, 000 第2章, §5.2).

    Changing the representative needs a written application through the 法人お客さまセンター.

    >>> check_user_deletion(representative=True).codes
    ('bos.representative_not_deletable',)
    >>> check_user_deletion(representative=False).ok
    True
    """
    problems = []
    if representative:
        problems.append(
            Problem(
                code="bos.representative_not_deletable",
                message=(
                    "the 代表法人管理者's user ID cannot be deleted; changing the representative "
                    "needs a written application"
                ),
                message_ja="代表法人管理者となったお客様のユーザ ID は削除できません。",
                field="representative",
                value="True",
                rule="BOS-1",
                citation=_BOS_1_ADMIN,
                kind=ProblemKind.RULE,
            )
        )
    return Report.of("deletion of a BOS user ID", problems, rules=["BOS-1"])


def validate_user_deletion(*, representative: bool) -> None:
    """Raise the first problem of :func:`check_user_deletion`.

    >>> validate_user_deletion(representative=False)
    """
    check_user_deletion(representative=representative).raise_first()
