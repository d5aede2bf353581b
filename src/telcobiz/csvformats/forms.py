"""The text forms of plain field values (CAC-6, DBO-7): how each one is read and written.

Phone numbers (CAC-6, DBO-7), e-mail addresses (DBO-7), dates, times of day and amounts in
yen (CAC-6) are plain Python values (``str``, ``date``, ``time``, ``Yen``), each written in one
exact form. A parser reads the exact text the service writes and nothing else (the layout
engine has already trimmed trailing half-width spaces); a formatter writes the canonical form
back. :class:`~telcobiz.csvformats.fields.FieldType` ties each type to its parser and
formatter; the call-detail values that have classes of their own are in
:mod:`telcobiz.csvformats.values`.

>>> from telcobiz.csvformats import FieldType
>>> FieldType.PHONE_NUMBER.parse("03-1234-5678"), FieldType.DATE.format(date(2017, 11, 1))
('03-1234-5678', '2017/11/01')
>>> FieldType.TIME.parse("20:12:21.5"), FieldType.AMOUNT.parse("-12.50")
(datetime.time(20, 12, 21, 500000), Yen('-12.50'))
"""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal
from typing import Any, Final

from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Yen
from telcobiz.csvformats._text import shown

__all__ = ["EMAIL_FORM", "PHONE_FORM"]

PHONE_FORM: Final = r"[0-9#*]+(?:-[0-9#*]+)*"
"""The shape of a phone number: digits (and the # * keys), hyphens between groups.

>>> re.fullmatch(PHONE_FORM, "03-1234-5678") is not None
True
"""
EMAIL_FORM: Final = r"[^\s@]+@[^\s@]+"
"""The shape of an e-mail address: one ``@`` with no spaces around it.

>>> re.fullmatch(EMAIL_FORM, "user@example.co.jp") is not None
True
"""
_TIME_FORM = r"(?:[01][0-9]|2[0-3])(:?)[0-5][0-9]\1[0-5][0-9]\.[0-9]"
_PHONE = re.compile(PHONE_FORM)
_EMAIL = re.compile(EMAIL_FORM)
_DATE = re.compile(r"([0-9]{4})/([0-9]{2})/([0-9]{2})")
_TIME = re.compile(r"([01][0-9]|2[0-3])(:?)([0-5][0-9])\2([0-5][0-9])\.([0-9])")
_AMOUNT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def _problem(code: str, value: object, expected: str, problem: str | None = None) -> InvalidInput:
    message = f"{problem or f'got {shown(value)}'}; expected {expected}"
    return InvalidInput(message, code=code, value=value, expected=expected)


def _need(value: object, kinds: type | tuple[type, ...], code: str, expected: str) -> None:
    if not isinstance(value, kinds) or isinstance(value, bool):
        raise _problem(code, value, expected)


def _parse_text(text: str) -> str:
    return text


def _format_text(value: object) -> str:
    _need(value, str, "csv.bad_value", "a str")
    assert isinstance(value, str)
    return value


def _parse_phone(text: str) -> str:
    if _PHONE.fullmatch(text) is None:
        raise _problem(
            "csv.bad_phone",
            text,
            "a phone number: digits (and # *), hyphens between (0312345678, 03-1234-5678)",
        )
    return text


def _format_phone(value: object) -> str:
    _need(value, str, "csv.bad_value", "a phone number as a str")
    assert isinstance(value, str)
    return _parse_phone(value)


def _parse_email(text: str) -> str:
    if _EMAIL.fullmatch(text) is None:
        raise _problem("csv.bad_email", text, "an e-mail address such as user@example.co.jp")
    return text


def _format_email(value: object) -> str:
    _need(value, str, "csv.bad_value", "an e-mail address as a str")
    assert isinstance(value, str)
    return _parse_email(value)


def _parse_date(text: str) -> date:
    expected = "a date written YYYY/MM/DD (2017/11/01)"
    match = _DATE.fullmatch(text)
    if match is None:
        raise _problem("csv.bad_date", text, expected)
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        raise _problem(
            "csv.bad_date", text, expected, f"{shown(text)} is not a calendar date"
        ) from None


def _format_date(value: object) -> str:
    if type(value) is not date:
        raise _problem("csv.bad_value", value, "a datetime.date (not a datetime)")
    return f"{value.year:04d}/{value.month:02d}/{value.day:02d}"


def _parse_time(text: str) -> time:
    match = _TIME.fullmatch(text)
    if match is None:
        raise _problem(
            "csv.bad_time",
            text,
            "a time of day written hhmmss.s or hh:mm:ss.s (201221.5), hours 00-23",
        )
    hours, _, minutes, seconds, tenths = match.groups()
    return time(int(hours), int(minutes), int(seconds), int(tenths) * 100_000)


def _format_time(value: object) -> str:
    if not isinstance(value, time) or value.tzinfo is not None or value.microsecond % 100_000:
        raise _problem(
            "csv.bad_value", value, "a naive datetime.time in whole tenths of a second (JST)"
        )
    tenths = value.microsecond // 100_000
    return f"{value.hour:02d}{value.minute:02d}{value.second:02d}.{tenths}"


def _parse_amount(text: str) -> Yen:
    if _AMOUNT.fullmatch(text) is None:
        raise _problem(
            "csv.bad_amount",
            text,
            "an amount in yen written as a plain decimal (1928.50, -12.50, 0), no separators",
        )
    return Yen(Decimal(text))


def _format_amount(value: object) -> str:
    _need(value, Yen, "csv.bad_value", "a Yen amount")
    assert isinstance(value, Yen)
    return format(value.amount, "f")


def _plain_amount(value: Yen) -> Decimal:
    return value.amount


def _plain_same(value: Any) -> Any:
    return value


def _times(column: list[str]) -> list[time]:
    # time.fromisoformat reads both hhmmss.s and hh:mm:ss.s, in C.
    return list(map(time.fromisoformat, column))
