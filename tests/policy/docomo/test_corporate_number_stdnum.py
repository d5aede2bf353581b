"""DBO-5: corporate numbers are cleaned exactly as python-stdnum's jp.cn cleans them (issue 20).

python-stdnum is a test dependency only; the library never imports it. The comparison covers
its own test vectors, random input in both directions and every Unicode code point inserted
into a valid number.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from stdnum.jp import cn

from telcobiz.core import InvalidInput
from telcobiz.policy.docomo import (
    check_corporate_number,
    compact_corporate_number,
    format_corporate_number,
    is_valid_corporate_number,
    validate_corporate_number,
)

VECTORS = Path(__file__).parents[2] / "data" / "stdnum_jp_cn_vectors.tsv"
VALID = "7000012050002"  # 国税庁's example: 7-0000-1205-0002

# The first problem telcobiz reports, named as stdnum's exception for it.
KINDS = {
    "docomo.corporate_number_length": "length",
    "docomo.corporate_number_format": "format",
    "docomo.corporate_number_checksum": "checksum",
}
STDNUM_KINDS = {InvalidLength: "length", InvalidFormat: "format", InvalidChecksum: "checksum"}


def telcobiz_outcome(text: str) -> str:
    report = check_corporate_number(text)
    return compact_corporate_number(text) if report.ok else KINDS[report.codes[0]]


def stdnum_outcome(text: str) -> str:
    try:
        return cn.validate(text)
    except ValidationError as error:
        return STDNUM_KINDS[type(error)]


def vectors() -> list[tuple[str, str]]:
    rows = []
    for line in VECTORS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, outcome = line.split("\t")
            rows.append((text, outcome))
    return rows


def test_the_vector_file_holds_the_stdnum_cases():
    rows = vectors()
    assert len(rows) == 43  # stdnum's 3 basic cases and its 40 generated valid numbers
    assert ("2-aaaa-7825-6246", "format") in rows


@pytest.mark.parametrize(("text", "outcome"), vectors())
def test_stdnums_own_vectors(text, outcome):
    assert stdnum_outcome(text) == outcome  # the file says what stdnum says
    assert telcobiz_outcome(text) == outcome
    if outcome not in KINDS.values():
        assert format_corporate_number(text) == cn.format(text)


@pytest.mark.parametrize(
    ("text", "compact"),
    [
        ("7‐0000‐1205‐0002", VALID),  # U+2010 HYPHEN: what CP932 0x815D decodes to
        ("7−0000−1205−0002", VALID),  # U+2212 MINUS SIGN
        ("7－0000－1205－0002", VALID),  # U+FF0D FULLWIDTH HYPHEN-MINUS
        ("7—0000–1205―0002", VALID),  # em dash, en dash, horizontal bar
        ("７０００　０１２０　５０００２", VALID),  # full-width digits, ideographic space
        ("\t7000012050002\n", VALID),  # surrounding whitespace
        ("𝟕𝟎𝟎𝟎𝟎𝟏𝟐𝟎𝟓𝟎𝟎𝟎𝟐", VALID),  # MATHEMATICAL BOLD DIGITs
    ],
)
def test_dashes_and_spaces_people_type_are_accepted(text, compact):
    assert validate_corporate_number(text) == compact
    assert cn.validate(text) == compact


@pytest.mark.parametrize(
    "text",
    [
        "58356⑦8256246",  # circled digit seven: NFKC made it 7, stdnum does not
        "⁷000012050002",  # superscript seven
        "₇000012050002",  # subscript seven
        "7ー0000ー1205ー0002",  # U+30FC KATAKANA-HIRAGANA PROLONGED SOUND MARK is no hyphen
        "7\u200b000012050002",  # zero-width space
        "7_000012050002",
    ],
)
def test_characters_stdnum_keeps_make_the_number_invalid(text):
    assert not cn.is_valid(text)
    assert not is_valid_corporate_number(text)
    with pytest.raises(InvalidInput) as caught:
        validate_corporate_number(text)
    assert caught.value.code in {"docomo.corporate_number_format", "docomo.corporate_number_length"}


def test_the_dbo_message_of_a_character_that_is_not_a_digit():
    report = check_corporate_number("58356⑦8256246")
    assert report.codes == ("docomo.corporate_number_format",)
    problem = report.problems[0]
    assert problem.message_ja == "法人番号は数字のみです（ハイフン・空白は無視されます）"
    assert problem.message == (
        "corporate_number: got '58356⑦8256246'; expected digits only (hyphens and spaces are "
        "ignored)"
    )


# Text made of what corporate numbers are made of, and of anything else.
number_like = st.text(
    st.one_of(
        st.sampled_from("0123456789０１２３４５６７８９-‐−－ 　\t①⁷ー"),
        st.characters(codec="utf-8"),
    ),
    max_size=20,
)


@given(number_like)
@example(VALID)
@example("7‐0000‐1205‐0002")
def test_telcobiz_and_stdnum_agree_on_random_input(text):
    # Both directions: whatever one accepts the other accepts, with the same compact value,
    # and what one refuses the other refuses for the same first reason.
    assert telcobiz_outcome(text) == stdnum_outcome(text)
    assert is_valid_corporate_number(text) == cn.is_valid(text)


@given(st.integers(0, 10**12 - 1), st.data())
def test_agreement_on_valid_numbers_written_with_separators(base, data):
    digits = f"{cn.calc_check_digit(f'{base:012d}')}{base:012d}"
    separators = data.draw(
        st.lists(st.sampled_from(["-", "‐", "−", "－", " ", "　"]), min_size=3, max_size=3)
    )
    text = digits[0] + "".join(
        sep + part
        for sep, part in zip(separators, (digits[1:5], digits[5:9], digits[9:]), strict=True)
    )
    assert validate_corporate_number(text) == cn.validate(text) == digits


def _same_reading(ours: str, theirs: str) -> bool:
    # Both compact forms have the same length (each keeps or drops the same characters) and
    # the same digits; stdnum may spell a character it keeps differently (＊ as *), which
    # changes nothing: such a character makes the number invalid in both.
    if len(ours) != len(theirs):
        return False
    ours_digits, theirs_digits = ours.isascii() and ours.isdigit(), theirs.isdigit()
    return ours == theirs if ours_digits or theirs_digits else True


# CI walks the Basic Multilingual Plane and the Mathematical Alphanumeric Symbols block (where
# stdnum's mathematical digits live), about a second; TELCOBIZ_ALL_CODE_POINTS=1 walks all of
# 0..0x10FFFF (about 15 seconds on a loaded 2-core machine), as done for the release.
CODE_POINTS = (
    range(sys.maxunicode + 1)
    if os.environ.get("TELCOBIZ_ALL_CODE_POINTS") == "1"
    else [*range(0x10000), *range(0x1D400, 0x1D800)]
)


def test_every_code_point_inserted_into_a_valid_number():
    # Surrogates included: stdnum takes them (as characters that are no digit). Cleaning
    # reads character by character and then strips the ends, so a character between two
    # digits, before one and after one stands for it anywhere in a number.
    disagree, removed = [], []
    for code_point in CODE_POINTS:
        character = chr(code_point)
        for text in ("1" + character + "1", character + "1", "1" + character):
            if not _same_reading(compact_corporate_number(text), cn.compact(text)):
                disagree.append(f"U+{code_point:04X}")
                break
        else:
            if cn.compact("1" + character + "1") == "11":
                removed.append(character)
    assert disagree == []
    # The characters both remove inside a number: stdnum's 43 hyphens and spaces.
    assert len(removed) == 43
    for character in removed:
        text = VALID[:5] + character + VALID[5:]
        assert validate_corporate_number(text) == cn.validate(text) == VALID
