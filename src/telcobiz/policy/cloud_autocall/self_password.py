"""KDDI クラウドオートコール: the self-page password policy (CAC-1).

The self password (セルフパスワード, 003 「パスワードの変更方法」) is 4 to 8 half-width characters,
letters and digits only with both present, case-sensitive, and different from the self ID;
the confirmation must match and a change needs the current password. The new password works
about 5 minutes after the change (:data:`telcobiz.scheduling.cloud_autocall.PASSWORD_DELAY`);
a forgotten one is reset by the 法人お客さまセンター.

:func:`check_self_password` reports every rule a password breaks at once. No message, repr,
report or error ever contains the password: problems name the rule, and errors carry
``***`` as their value.

>>> check_self_password("abc", self_id="d123456789").codes
('cloud_autocall.password_length', 'cloud_autocall.password_needs_digit')
>>> is_valid_self_password("abc12345", self_id="d123456789")
True
>>> validate_self_password("a1b2c3d4e", self_id="d123456789")
Traceback (most recent call last):
...
telcobiz.core.errors.InvalidInput: password: longer than 8 characters; expected 4–8 half-width \
letters and digits
"""

from __future__ import annotations

import string
from typing import Final

import attrs

from telcobiz.core.checks import expect_instance
from telcobiz.core.citation import CLOUD_AUTOCALL_GUIDE, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.policy._text import nfkc
from telcobiz.policy.report import Note, Problem, Report
from telcobiz.scheduling.cloud_autocall import PASSWORD_DELAY

__all__ = [
    "SELF_PASSWORD_POLICY",
    "PasswordPolicy",
    "check_password_change",
    "check_self_password",
    "is_valid_password_change",
    "is_valid_self_password",
    "validate_password_change",
    "validate_self_password",
]

_CAC_1 = Citation(
    CLOUD_AUTOCALL_GUIDE, "■パスワードの変更 ②", row="セルフパスワード変更(開始)", rule="CAC-1"
)
_CAC_1_DONE = Citation(CLOUD_AUTOCALL_GUIDE, "■パスワードの変更 ④", rule="CAC-1")
_CAC_1_CASE = Citation(RULEBOOK, "CAC-1 (compared with the self ID as typed)", rule="CAC-1")

_LETTERS: Final = frozenset(string.ascii_letters)
_DIGITS: Final = frozenset(string.digits)


@attrs.frozen
class PasswordPolicy:
    """The self-password rules as data (CAC-1, 003 「パスワードの変更方法」 ②).

    >>> SELF_PASSWORD_POLICY.min_length, SELF_PASSWORD_POLICY.max_length
    (4, 8)
    >>> SELF_PASSWORD_POLICY.instruction.endswith("(4~8文字、半角英字と半角数字の混在)")
    True
    """

    min_length: int
    max_length: int
    needs_letter: bool
    needs_digit: bool
    case_sensitive: bool
    differs_from_self_id: bool
    instruction: str
    citation: Citation

    def describe(self, lang: str = "en") -> str:
        """Describe the policy in one line.

        >>> SELF_PASSWORD_POLICY.describe()
        '4–8 half-width letters and digits'
        >>> SELF_PASSWORD_POLICY.describe("ja")
        '4~8文字、半角英字と半角数字の混在'
        """
        if lang == "ja":
            return f"{self.min_length}~{self.max_length}文字、半角英字と半角数字の混在"
        return f"{self.min_length}–{self.max_length} half-width letters and digits"


SELF_PASSWORD_POLICY: Final = PasswordPolicy(
    min_length=4,
    max_length=8,
    needs_letter=True,
    needs_digit=True,
    case_sensitive=True,
    differs_from_self_id=True,
    instruction=(
        "新しいセルフパスワードを半角の英数字で、英字と数字の両方を含んだ形で入力してください "
        "(4~8文字、半角英字と半角数字の混在)"
    ),
    citation=_CAC_1,
)
"""CAC-1: the self password policy of the KDDI クラウドオートコール self page.

>>> SELF_PASSWORD_POLICY.case_sensitive
True
"""

_FIVE_MINUTES = Note(
    f"the new password works about {PASSWORD_DELAY.seconds // 60} minutes after the change",
    "新しいパスワードは、約5分後よりご利用可能になります",
    "CAC-1",
    _CAC_1_DONE,
)
_FORGOTTEN = Note(
    "a forgotten password is reset by the 法人お客さまセンター",
    "※パスワードが不明になった場合は、初期化しますので法人お客さまセンター までご連絡ください。",
    "CAC-1",
    _CAC_1_DONE,
)


def _secret(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput.for_value(
            field,
            value,
            "the password as text",
            code="cloud_autocall.bad_password_type",
            problem=f"not text ({type(value).__name__})",
            secret=True,
        )
    return value


def _self_id(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput.for_value(
            "self_id", value, "the self ID (セルフID) as text", code="cloud_autocall.bad_self_id"
        )
    return value


def _problem(message: str, message_ja: str, field: str, *, code: str) -> Problem:
    expected = SELF_PASSWORD_POLICY.describe("en")
    return Problem(
        code=code,
        message=f"{field}: {message}; expected {expected}",
        message_ja=message_ja,
        field=field,
        value=None,
        rule="CAC-1",
        citation=_CAC_1,
        secret=True,
    )


def _password_problems(password: str, field: str, policy: PasswordPolicy) -> list[Problem]:
    expect_instance(policy, PasswordPolicy, "policy", code="cloud_autocall.bad_policy")
    problems = []
    if len(password) < policy.min_length:
        problems.append(
            _problem(
                f"shorter than {policy.min_length} characters",
                f"{policy.min_length}~{policy.max_length}文字で入力してください",
                field,
                code="cloud_autocall.password_length",
            )
        )
    elif len(password) > policy.max_length:
        problems.append(
            _problem(
                f"longer than {policy.max_length} characters",
                f"{policy.min_length}~{policy.max_length}文字で入力してください",
                field,
                code="cloud_autocall.password_length",
            )
        )
    foreign = [char for char in password if char not in _LETTERS and char not in _DIGITS]
    # A full-width letter or digit is a half-width one after NFKC: say so apart from symbols.
    full_width = [char for char in foreign if nfkc(char) != char and nfkc(char).isascii()]
    if full_width:
        problems.append(
            _problem(
                "has full-width characters",
                "半角の英数字で入力してください（全角文字は使えません）",
                field,
                code="cloud_autocall.password_full_width",
            )
        )
    if len(foreign) > len(full_width):
        problems.append(
            _problem(
                "has characters other than letters and digits (symbols, spaces, kana, …)",
                "半角英字と半角数字のみで入力してください（記号・空白などは使えません）",
                field,
                code="cloud_autocall.password_bad_character",
            )
        )
    if policy.needs_letter and not any(char in _LETTERS for char in password):
        problems.append(
            _problem(
                "has no half-width letter",
                "英字と数字の両方を含んだ形で入力してください（英字がありません）",
                field,
                code="cloud_autocall.password_needs_letter",
            )
        )
    if policy.needs_digit and not any(char in _DIGITS for char in password):
        problems.append(
            _problem(
                "has no half-width digit",
                "英字と数字の両方を含んだ形で入力してください（数字がありません）",
                field,
                code="cloud_autocall.password_needs_digit",
            )
        )
    return problems


def check_self_password(
    password: str,
    *,
    self_id: str,
    confirmation: str | None = None,
    policy: PasswordPolicy = SELF_PASSWORD_POLICY,
) -> Report:
    """Report every rule of CAC-1 that ``password`` breaks, never the password itself.

    Args:
        password: the new self password.
        self_id: the self ID (セルフID) the password must differ from; compared as typed,
            since passwords are case-sensitive (``D1234`` differs from ``d1234``).
        confirmation: the second entry (確認のため…再度入力); ``None`` skips that check.
        policy: the rules (the published ones by default).

    >>> check_self_password("ｄ１２３", self_id="d123456789").codes
    ('cloud_autocall.password_full_width', 'cloud_autocall.password_needs_letter', \
'cloud_autocall.password_needs_digit')
    >>> check_self_password("abc1", self_id="abc1", confirmation="abc2").codes
    ('cloud_autocall.password_equals_self_id', 'cloud_autocall.password_confirmation_mismatch')
    >>> report = check_self_password("abc1", self_id="abc1", confirmation="abc2")
    >>> any("abc" in text for text in (repr(report), str(report), report.explain("ja")))
    False
    """
    secret = _secret(password, "password")
    identity = _self_id(self_id)  # never shown: it may equal the password
    problems = _password_problems(secret, "password", policy)
    if policy.differs_from_self_id and secret == identity:
        problems.append(
            Problem(
                code="cloud_autocall.password_equals_self_id",
                message="password: equal to the self ID; expected a password that differs from it",
                message_ja="現在ご使用のセルフIDと異なるパスワードを設定してください",
                field="password",
                value=None,
                rule="CAC-1",
                citation=_CAC_1,
                secret=True,
            )
        )
    if confirmation is not None and _secret(confirmation, "confirmation") != secret:
        problems.append(
            Problem(
                code="cloud_autocall.password_confirmation_mismatch",
                message="confirmation: does not match the new password",
                message_ja="確認のため入力された新しいセルフパスワードが一致しません",
                field="confirmation",
                value=None,
                rule="CAC-1",
                citation=_CAC_1,
                secret=True,
            )
        )
    return Report.of(
        "self password",
        problems,
        rules=["CAC-1"],
        citations=[_CAC_1, _CAC_1_CASE],
    )


def validate_self_password(
    password: str,
    *,
    self_id: str,
    confirmation: str | None = None,
    policy: PasswordPolicy = SELF_PASSWORD_POLICY,
) -> None:
    """Raise the first problem of :func:`check_self_password` (its value is ``***``).

    >>> try:
    ...     validate_self_password("1234", self_id="d123456789")
    ... except InvalidInput as error:
    ...     print(error.code, error.value)
    cloud_autocall.password_needs_letter ***
    """
    check_self_password(
        password, self_id=self_id, confirmation=confirmation, policy=policy
    ).raise_first()


def is_valid_self_password(
    password: str,
    *,
    self_id: str,
    confirmation: str | None = None,
    policy: PasswordPolicy = SELF_PASSWORD_POLICY,
) -> bool:
    """Tell whether :func:`check_self_password` finds no problem.

    >>> is_valid_self_password("Ab12", self_id="d123456789", confirmation="Ab12")
    True
    """
    return check_self_password(
        password, self_id=self_id, confirmation=confirmation, policy=policy
    ).ok


def check_password_change(
    *,
    current: str,
    new: str,
    confirmation: str,
    self_id: str,
    policy: PasswordPolicy = SELF_PASSWORD_POLICY,
) -> Report:
    """Report every problem of a password change: no current password, and CAC-1 on the new one.

    telcobiz cannot know the current password; it only checks that one was entered. The
    report notes that the new password works about 5 minutes after the change.

    >>> report = check_password_change(current="", new="abc1", confirmation="abc1",
    ...                                self_id="d123456789")
    >>> report.codes, report.notes[0].message
    (('cloud_autocall.current_password_missing',), \
'the new password works about 5 minutes after the change')
    """
    problems = []
    if not _secret(current, "current"):
        problems.append(
            Problem(
                code="cloud_autocall.current_password_missing",
                message="current: the current password is needed to change it",
                message_ja="現在のセルフパスワードを入力してください",
                field="current",
                value=None,
                rule="CAC-1",
                citation=_CAC_1,
                secret=True,
            )
        )
    new_report = check_self_password(new, self_id=self_id, confirmation=confirmation, policy=policy)
    return Report.of(
        "self password change",
        [*problems, *new_report.problems],
        notes=[_FIVE_MINUTES, _FORGOTTEN],
        rules=["CAC-1"],
        citations=new_report.citations,
    )


def validate_password_change(
    *,
    current: str,
    new: str,
    confirmation: str,
    self_id: str,
    policy: PasswordPolicy = SELF_PASSWORD_POLICY,
) -> None:
    """Raise the first problem of :func:`check_password_change`.

    >>> validate_password_change(current="old1", new="new1", confirmation="new1",
    ...                          self_id="d123456789")
    """
    check_password_change(
        current=current, new=new, confirmation=confirmation, self_id=self_id, policy=policy
    ).raise_first()


def is_valid_password_change(
    *,
    current: str,
    new: str,
    confirmation: str,
    self_id: str,
    policy: PasswordPolicy = SELF_PASSWORD_POLICY,
) -> bool:
    """Tell whether :func:`check_password_change` finds no problem.

    >>> is_valid_password_change(current="old1", new="new1", confirmation="new2",
    ...                          self_id="d123456789")
    False
    """
    return check_password_change(
        current=current, new=new, confirmation=confirmation, self_id=self_id, policy=policy
    ).ok
