"""CAC-1: the クラウドオートコール self-password policy (seed 003, 「パスワードの変更方法」 ②)."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from telcobiz.core import InvalidInput
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.policy.cloud_autocall import (
    SELF_PASSWORD_POLICY,
    check_password_change,
    check_self_password,
    is_valid_password_change,
    is_valid_self_password,
    validate_password_change,
    validate_self_password,
)
from telcobiz.testing import self_passwords

SELF_ID = "d123456789"  # the self ID of the seed's screenshots

LENGTH = "cloud_autocall.password_length"
FULL_WIDTH = "cloud_autocall.password_full_width"
BAD_CHARACTER = "cloud_autocall.password_bad_character"
NEEDS_LETTER = "cloud_autocall.password_needs_letter"
NEEDS_DIGIT = "cloud_autocall.password_needs_digit"
EQUALS_ID = "cloud_autocall.password_equals_self_id"
MISMATCH = "cloud_autocall.password_confirmation_mismatch"


@pytest.mark.parametrize(
    ("password", "codes"),
    [
        ("ab1", (LENGTH,)),  # 3 characters
        ("ab12", ()),  # 4: the lower bound
        ("abcd1234", ()),  # 8: the upper bound
        ("abcd12345", (LENGTH,)),  # 9
        ("abcdefgh", (NEEDS_DIGIT,)),  # letters only
        ("12345678", (NEEDS_LETTER,)),  # digits only
        ("abc１２３", (FULL_WIDTH, NEEDS_DIGIT)),  # full-width digits are not half-width
        ("ＡＢＣ123", (FULL_WIDTH, NEEDS_LETTER)),
        ("ab1!", (BAD_CHARACTER,)),
        ("ab 12", (BAD_CHARACTER,)),
        ("あいう1", (BAD_CHARACTER, NEEDS_LETTER)),
        ("ab１!", (FULL_WIDTH, BAD_CHARACTER, NEEDS_DIGIT)),
        ("", (LENGTH, NEEDS_LETTER, NEEDS_DIGIT)),
        ("!", (LENGTH, BAD_CHARACTER, NEEDS_LETTER, NEEDS_DIGIT)),
        ("ＡＢＣＤ１２３４５", (LENGTH, FULL_WIDTH, NEEDS_LETTER, NEEDS_DIGIT)),
    ],
)
def test_cac1_every_broken_rule_at_once(password, codes):
    report = check_self_password(password, self_id=SELF_ID)
    assert report.codes == codes
    assert is_valid_self_password(password, self_id=SELF_ID) is (codes == ())


def test_cac1_length_messages_say_which_bound():
    assert check_self_password("a1", self_id=SELF_ID).problems[0].message == (
        "password: shorter than 4 characters; expected 4–8 half-width letters and digits"
    )
    assert check_self_password("a1234567x", self_id=SELF_ID).problems[0].message == (
        "password: longer than 8 characters; expected 4–8 half-width letters and digits"
    )
    assert (
        check_self_password("a1", self_id=SELF_ID).problems[0].message_ja
        == "4~8文字で入力してください"
    )


def test_cac1_password_equal_to_the_self_id():
    report = check_self_password("abc123", self_id="abc123")
    assert report.codes == (EQUALS_ID,)
    assert (
        report.problems[0].message_ja == "現在ご使用のセルフIDと異なるパスワードを設定してください"
    )


def test_cac1_case_sensitive_comparison_with_the_self_id():
    # 大文字・小文字の区別があります: ABC123 is another password than the ID abc123.
    assert check_self_password("ABC123", self_id="abc123").ok


def test_cac1_the_seed_self_id_is_longer_than_any_password():
    # d123456789 has 10 characters: a valid password can never equal it.
    assert check_self_password(SELF_ID, self_id=SELF_ID).codes == (LENGTH, EQUALS_ID)


def test_cac1_confirmation_must_match():
    report = check_self_password("abc123", self_id=SELF_ID, confirmation="abc124")
    assert report.codes == (MISMATCH,)
    assert report.problems[0].field == "confirmation"
    assert check_self_password("abc123", self_id=SELF_ID, confirmation="abc123").ok


def test_cac1_validate_raises_the_first_problem_with_a_masked_value():
    with pytest.raises(InvalidInput) as raised:
        validate_self_password("ab!", self_id=SELF_ID)
    error = raised.value
    assert error.code == LENGTH
    assert error.value == "***"
    assert "ab!" not in str(error)
    assert "ab!" not in repr(error)
    assert "ab!" not in str(error.to_dict())
    copy = pickle.loads(pickle.dumps(error))
    assert "ab!" not in str(copy.to_dict())
    assert validate_self_password("ab12", self_id=SELF_ID) is None


def test_cac1_non_text_passwords_are_not_echoed():
    with pytest.raises(InvalidInput) as raised:
        check_self_password(12345678, self_id=SELF_ID)  # type: ignore[arg-type]
    assert raised.value.code == "cloud_autocall.bad_password_type"
    assert raised.value.value == "***"
    assert "12345678" not in str(raised.value)


def test_cac1_self_id_must_be_given():
    with pytest.raises(InvalidInput) as raised:
        check_self_password("ab12", self_id="  ")
    assert raised.value.code == "cloud_autocall.bad_self_id"


def test_cac1_policy_data():
    assert (SELF_PASSWORD_POLICY.min_length, SELF_PASSWORD_POLICY.max_length) == (4, 8)
    assert SELF_PASSWORD_POLICY.case_sensitive
    assert SELF_PASSWORD_POLICY.instruction == (
        "新しいセルフパスワードを半角の英数字で、英字と数字の両方を含んだ形で入力してください "
        "(4~8文字、半角英字と半角数字の混在)"
    )
    assert SELF_PASSWORD_POLICY.describe("ja") == "4~8文字、半角英字と半角数字の混在"


def test_cac1_change_needs_the_current_password_and_notes_five_minutes():
    report = check_password_change(current="", new="ab", confirmation="ac", self_id=SELF_ID)
    assert report.codes == (
        "cloud_autocall.current_password_missing",
        LENGTH,
        NEEDS_DIGIT,
        MISMATCH,
    )
    assert [note.message_ja for note in report.notes] == [
        "新しいパスワードは、約5分後よりご利用可能になります",
        "※パスワードが不明になった場合は、初期化しますので法人お客さまセンター "
        "までご連絡ください。",
    ]
    assert report.notes[0].message == "the new password works about 5 minutes after the change"
    assert is_valid_password_change(
        current="old1", new="new1", confirmation="new1", self_id=SELF_ID
    )
    with pytest.raises(InvalidInput) as raised:
        validate_password_change(current="", new="new1", confirmation="new1", self_id=SELF_ID)
    assert raised.value.code == "cloud_autocall.current_password_missing"


# A password that cannot appear in any fixed text by chance: upper, digit, lower, digit, ….
_DISTINCT = st.from_regex(r"\A[A-Z][0-9][a-z][0-9][A-Za-z0-9!#＃１ａ]{0,8}\Z")


@given(_DISTINCT, st.sampled_from(["en", "ja"]))
def test_cac1_the_password_never_shows_in_any_output(password, lang):
    report = check_self_password(password, self_id=SELF_ID, confirmation=password + "x")
    texts = [
        str(report),
        repr(report),
        report.explain(lang),
        to_json(report),
        str(report.to_rows()),
    ]
    try:
        validate_self_password(password, self_id=SELF_ID, confirmation=password + "x")
    except InvalidInput as error:
        texts += [str(error), repr(error), str(error.to_dict()), repr(error.value)]
    change = check_password_change(
        current=password, new=password, confirmation=password, self_id=SELF_ID
    )
    texts += [str(change), repr(change), change.explain(lang), to_json(change)]
    assert not any(password in text for text in texts)


@given(self_passwords(self_id="ab12"))
def test_cac1_strategy_passwords_always_validate(password):
    assert password != "ab12"
    validate_self_password(password, self_id="ab12", confirmation=password)


@given(st.text(max_size=10), st.sampled_from([SELF_ID, "abc1", "Ab12"]))
def test_cac1_check_is_empty_exactly_when_validate_does_not_raise(password, self_id):
    report = check_self_password(password, self_id=self_id)
    try:
        validate_self_password(password, self_id=self_id)
    except InvalidInput:
        raised = True
    else:
        raised = False
    assert report.ok is not raised


@given(st.text(alphabet="ab12!Ａ１", max_size=10))
def test_cac1_valid_exactly_when_the_published_rules_hold(password):
    assume(password != SELF_ID)
    expected = (
        4 <= len(password) <= 8
        and all(c.isascii() and c.isalnum() for c in password)
        and any(c.isalpha() for c in password)
        and any(c.isdigit() for c in password)
    )
    assert is_valid_self_password(password, self_id=SELF_ID) is expected


def test_report_round_trips():
    report = check_password_change(current="", new="ab", confirmation="ac", self_id=SELF_ID)
    assert structure(unstructure(report), type(report)) == report
