"""KDDI Message Cast: the test +メッセージ official account (MC-4).

- MC-4 (001 §1.5): the optional test +メッセージ official account, named like the commercial
  one with 「TEST」 added to its nickname and name; delivery fees apply and it can reach end
  users.

>>> official_test_account("plus_message_only", name="SAMPLE", nickname="sample").name
'SAMPLETEST'
>>> check_official_test_account("sms_only", name="N", nickname="n").codes
('message_cast.test_account_needs_plus_message',)
"""

from __future__ import annotations

from typing import Final

import attrs

from telcobiz.core.citation import MESSAGE_CAST_GUIDE, RULEBOOK, Citation
from telcobiz.core.text import check_lang
from telcobiz.policy.message_cast.plans import MessageCastPlan
from telcobiz.policy.report import Note, Problem, ProblemKind, Report

__all__ = [
    "TEST_MARK",
    "OfficialTestAccount",
    "check_official_test_account",
    "official_test_account",
    "validate_official_test_account",
]

_MC_4 = Citation(
    MESSAGE_CAST_GUIDE, "§1.5", row="試験用+メッセージ公式アカウントの発行", rule="MC-4"
)
_MC_4_DECISION = Citation(RULEBOOK, "MC-4 (「TEST」 appended, no separator)", rule="MC-4")

TEST_MARK: Final = "TEST"
"""MC-4: what the test account's nickname and name get (「nicknameとnameにTESTを付与」, §1.5).

>>> TEST_MARK
'TEST'
"""


@attrs.frozen
class OfficialTestAccount:
    """The test +メッセージ official account issued with a commercial one (MC-4, 001 §1.5).

    Its nickname and name are the commercial ones with 「TEST」 added; every other setting is
    the commercial account's. It is optional (requested on the service application form);
    delivery fees apply to it, and it can reach end users.

    >>> account = official_test_account("combined", name="株式会社サンプル", nickname="sample")
    >>> account.nickname, account.delivery_fees_apply, account.reaches_end_users
    ('sampleTEST', True, True)
    """

    name: str
    nickname: str
    commercial_name: str
    commercial_nickname: str
    optional: bool
    delivery_fees_apply: bool
    reaches_end_users: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        return (
            f"test account {self.nickname} / {self.name} (of {self.commercial_nickname} / "
            f"{self.commercial_name}): delivery fees apply; it can reach end users"
        )

    def explain(self, lang: str = "ja") -> str:
        """Give the names, the cautions as the source states them, rules and citations.

        >>> account = official_test_account("combined", name="N", nickname="n")
        >>> print(account.explain("ja").splitlines()[0])
        試験用+メッセージ公式アカウント: nickname nTEST / name NTEST
        """
        check_lang(lang)
        if lang == "ja":
            head = f"試験用+メッセージ公式アカウント: nickname {self.nickname} / name {self.name}"
        else:
            head = str(self)
        lines = [head]
        lines.extend(("※ " if lang == "ja" else "note: ") + n.text(lang) for n in self.notes)
        lines.append(("根拠" if lang == "ja" else "rules") + ": " + ", ".join(self.rules))
        lines.extend(f"- {citation}" for citation in self.citations)
        return "\n".join(lines)


_TEST_NOTES = (
    Note(
        "the test account is optional: ask for it on the service application form",
        "ご希望の場合はサービス申込書へご記載のうえ、お申し込みください。",
        "MC-4",
        _MC_4,
    ),
    Note(
        "delivery fees apply to messages sent from the test account",
        "試験用+メッセージ公式アカウントで配信した場合も、配信料は発生します。",
        "MC-4",
        _MC_4,
    ),
    Note(
        "the test account can deliver to end users: take care not to send by mistake",
        "試験用のアカウントからエンドユーザーへの配信はシステム上可能となっているため、"
        "誤って配信しないようご注意ください。",
        "MC-4",
        _MC_4,
    ),
)


def check_official_test_account(plan: MessageCastPlan | str, *, name: str, nickname: str) -> Report:
    """Report why a test official account cannot be issued (MC-4, 001 §1.5).

    It is issued for +メッセージ plans only, alongside a commercial account with a name and a
    nickname.

    >>> check_official_test_account("sms_only", name="", nickname="n").codes
    ('message_cast.test_account_needs_plus_message', 'message_cast.empty_name')
    """
    chosen = MessageCastPlan.parse(plan)
    problems = []
    if not chosen.uses_plus_message:
        problems.append(
            Problem(
                code="message_cast.test_account_needs_plus_message",
                message="a test official account is issued for +メッセージ plans only",
                message_ja=(
                    "試験用+メッセージ公式アカウントは+メッセージのみまたはSMS/+メッセージ併用利用の"
                    "場合に発行可能です"
                ),
                field="plan",
                value=repr(chosen.value),
                rule="MC-4",
                citation=_MC_4,
                kind=ProblemKind.RULE,
            )
        )
    for field, value, code in (
        ("name", name, "message_cast.empty_name"),
        ("nickname", nickname, "message_cast.empty_nickname"),
    ):
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(
                    code=code,
                    message=f"{field}: got {value!r}; expected the commercial account's {field}",
                    message_ja=f"商用の公式アカウントの{field}を指定してください",
                    field=field,
                    value=repr(value),
                    rule="MC-4",
                    citation=_MC_4,
                )
            )
    return Report.of(
        f"test official account for {chosen.label}", problems, rules=["MC-4"], citations=[_MC_4]
    )


def validate_official_test_account(
    plan: MessageCastPlan | str, *, name: str, nickname: str
) -> None:
    """Raise the first problem of :func:`check_official_test_account`.

    >>> validate_official_test_account("sms_only", name="N", nickname="n")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: a test official account is issued for +メッセージ plans only
    """
    check_official_test_account(plan, name=name, nickname=nickname).raise_first()


def official_test_account(
    plan: MessageCastPlan | str, *, name: str, nickname: str
) -> OfficialTestAccount:
    """Return the test account of the commercial account ``name`` / ``nickname`` (MC-4).

    「TEST」 is appended to both, with no separator: the source says it is added
    (「TESTを付与」) without saying where; telcobiz appends it
    (the MC-4 Decision, `telcobiz rules MC-4`).

    >>> official_test_account("plus_message_only", name="SAMPLE", nickname="sample").nickname
    'sampleTEST'
    """
    validate_official_test_account(plan, name=name, nickname=nickname)
    return OfficialTestAccount(
        name=name + TEST_MARK,
        nickname=nickname + TEST_MARK,
        commercial_name=name,
        commercial_nickname=nickname,
        optional=True,
        delivery_fees_apply=True,
        reaches_end_users=True,
        notes=_TEST_NOTES,
        rules=("MC-4",),
        citations=(_MC_4, _MC_4_DECISION),
    )
