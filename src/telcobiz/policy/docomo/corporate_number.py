"""ドコモビジネスオンラインショップ: the 13-digit corporate number, 法人番号 (DBO-5).

In the manner of python-stdnum's ``jp.cn``: :func:`compact_corporate_number`,
:func:`validate_corporate_number`, :func:`is_valid_corporate_number`,
:func:`format_corporate_number`, with the check digit of 法人番号の指定等に関する省令 第2条
(:func:`calc_check_digit`), and the 12-digit 会社法人等番号 it is built from
(:func:`corporate_number_from_registry`, :func:`registry_type_code`).

>>> validate_corporate_number("7-0000-1205-0002")
'7000012050002'
>>> format_corporate_number("7000012050002")
'7-0000-1205-0002'
>>> registry_type_code("0100-04-123456")
'04'
"""

from __future__ import annotations

from typing import Final

from telcobiz.core.citation import CORPORATE_NUMBER_ORDINANCE, DOCOMO_SHOP_FAQ, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.policy.report import Problem, Report

__all__ = [
    "CORPORATE_NUMBER_LENGTH",
    "REGISTRY_NUMBER_LENGTH",
    "TRADE_NAME_ONLY_TYPE_CODE",
    "calc_check_digit",
    "check_corporate_number",
    "compact_corporate_number",
    "corporate_number_from_registry",
    "format_corporate_number",
    "is_valid_corporate_number",
    "registry_type_code",
    "validate_corporate_number",
]

_DBO_5 = Citation(DOCOMO_SHOP_FAQ, "法人番号がない場合は、どうしたらよいですか?", rule="DBO-5")
_DBO_5_CHECK = Citation(CORPORATE_NUMBER_ORDINANCE, "第2条", rule="DBO-5")


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

# DBO-5: input is cleaned exactly as python-stdnum's jp.cn cleans it (tests compare the two on
# every code point). Removed: the characters stdnum reads as a hyphen ...
_HYPHENS: Final = (
    "\u002d\u00af\u02d7\u058a\u05be\u1680\u180a"  # - ¯ ˗ ֊ ־, Ogham space mark, Mongolian nirugu
    "\u2010\u2011\u2012\u2013\u2014\u2015"  # hyphen, non-breaking hyphen, figure/en/em dash, bar
    "\u203e\u2043\u207b\u208b\u2212"  # overline, hyphen bullet, super/subscript minus, minus
    "\u23af\u23ba\u23bb\u23bc\u23bd\u23e4"  # horizontal line extension, scan lines, straightness
    "\ufe63\uff0d\uffe3"  # small hyphen-minus, full-width hyphen-minus (－), full-width macron
)
# ... or as a space (the ideographic space of Japanese input among them) ...
_SPACES: Final = "\u0020\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# ... and read as ASCII digits: full-width ０–９ and the five mathematical digit styles
# (bold, double-struck, sans-serif, sans-serif bold, monospace: U+1D7CE–U+1D7FF). Nothing else:
# no NFKC, so ① ⁷ ₇ stay what they are and make the number invalid, and ー (U+30FC) is no hyphen.
_CLEANING: Final = str.maketrans(
    {
        **dict.fromkeys(map(ord, _HYPHENS + _SPACES)),
        **{0xFF10 + digit: str(digit) for digit in range(10)},
        **{0x1D7CE + index: str(index % 10) for index in range(50)},
    }
)


def compact_corporate_number(number: str) -> str:
    """Return ``number`` cleaned as python-stdnum's ``jp.cn.compact`` cleans it (DBO-5).

    Every dash-like character stdnum reads as a hyphen (``-``, ``‐`` U+2010 as CP932 0x815D
    decodes, ``−`` U+2212, ``－`` …) and every space (the ideographic space included) is removed,
    full-width and mathematical digits become ASCII digits, and surrounding whitespace is
    stripped. Nothing else changes: any other character, a circled ``⑦`` or a superscript ``⁷``
    among them, stays and makes the number invalid.

    >>> compact_corporate_number(" ７－００００－１２０５－０００２ ")
    '7000012050002'
    >>> compact_corporate_number("7‐0000‐1205‐0002"), compact_corporate_number("58356⑦8256246")
    ('7000012050002', '58356⑦8256246')
    """
    if not isinstance(number, str):
        raise InvalidInput.for_value(
            "number", number, "the number as text", code="docomo.corporate_number_not_text"
        )
    return number.translate(_CLEANING).strip()


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
