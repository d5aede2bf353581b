"""Field types of the CSV layouts (CAC-6, DBO-7): how one value is read, checked and written.

A :class:`Field` is one column of a layout: its Japanese title, its length in CP932 bytes
(``None`` where the source states none), its :class:`FieldType` and the citation it comes from.
Each field type reads the exact text the service writes and nothing else (the layout engine
has already trimmed trailing half-width spaces) and writes the canonical form back:

>>> FieldType.DURATION_OR_COUNT.parse("000106.0"), FieldType.DURATION_OR_COUNT.parse("3件")
(CallDuration(tenths=660), CallCount(count=3))
>>> FieldType.TIME.parse("20:12:21.5"), FieldType.TIME.format(time(20, 12, 21, 500000))
(datetime.time(20, 12, 21, 500000), '201221.5')
>>> FieldType.AMOUNT.parse("-12.50")
Yen('-12.50')
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any, Final

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Yen
from telcobiz.csvformats.column_checks import phone_column, time_column

__all__ = [
    "CP932",
    "EMAIL_FORM",
    "PHONE_FORM",
    "CallCount",
    "CallDuration",
    "Field",
    "FieldType",
    "HeaderTitle",
    "LineKind",
    "cp932_length",
]

CP932: Final = "cp932"
"""The encoding every stated field length is counted in (CAC-6 Decision).

>>> len("ａｕ通話".encode(CP932))
8
"""

_MAX_TENTHS = ((99 * 60 + 59) * 60 + 59) * 10 + 9  # 99:59:59.9, the largest hhmmss.s
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
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
_DURATION = re.compile(r"([0-9]{2})(:?)([0-5][0-9])\2([0-5][0-9])\.([0-9])")
_COUNT = re.compile(r"(0|[1-9][0-9]*)件")
_AMOUNT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def cp932_length(text: str) -> int:
    """The length of ``text`` in CP932 bytes (a full-width character is 2 bytes).

    Text that CP932 cannot encode is an ``InvalidInput`` (``csv.not_cp932``) naming the
    first such character.

    >>> cp932_length("名古屋市"), cp932_length("IP電話"), cp932_length("ｱｲｳ")
    (8, 6, 3)
    """
    try:
        return len(text.encode(CP932))
    except UnicodeEncodeError as error:
        bad = text[error.start : error.end]
        raise InvalidInput(
            f"{bad!r} (U+{ord(bad[0]):04X}) at position {error.start + 1} is not a CP932 character",
            code="csv.not_cp932",
            value=text,
            expected="text made of CP932 (Shift_JIS) characters",
        ) from None


def _problem(code: str, value: object, expected: str, problem: str | None = None) -> InvalidInput:
    message = f"{problem or f'got {value!r}'}; expected {expected}"
    return InvalidInput(message, code=code, value=value, expected=expected)


class LineKind(enum.Enum):
    """内線区分 of a call-detail record: 「外線」 or 「内線」 (CAC-6, exact source text).

    >>> LineKind("外線"), LineKind.INTERNAL.label
    (<LineKind.EXTERNAL: '外線'>, '内線')
    """

    EXTERNAL = "外線"
    INTERNAL = "内線"

    @property
    def label(self) -> str:
        """The Japanese label, as the file writes it.

        >>> LineKind.EXTERNAL.label
        '外線'
        """
        return self.value


def _tenths(text: str) -> int | None:
    # The usual hhmmss.s in plain arithmetic: the reader parses every new duration it meets.
    if len(text) == 8 and text[6] == "." and text.isascii():
        digits = text[:6] + text[7]
        if not digits.isdigit():
            return None
        number = int(digits)  # hhmmsst
        mm, ss = number // 1000 % 100, number // 10 % 100
        if mm > 59 or ss > 59:
            return None
        return ((number // 100_000 * 60 + mm) * 60 + ss) * 10 + number % 10
    match = _DURATION.fullmatch(text)
    if match is None:
        return None
    hours, _, minutes, seconds, tenths = match.groups()
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 10 + int(tenths)


def _check_tenths(instance: CallDuration, attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_TENTHS:
        raise InvalidInput.for_value(
            "tenths",
            value,
            f"an int from 0 to {_MAX_TENTHS} tenths of a second (99:59:59.9)",
            code="csv.bad_duration",
        )


@attrs.frozen(order=True)
class CallDuration:
    """A call's duration (通話時間) in tenths of a second, written ``hhmmss.s`` (CAC-6).

    >>> duration = CallDuration.parse("00:01:06.0")
    >>> duration, duration.seconds, str(duration), duration.to_text()
    (CallDuration(tenths=660), Decimal('66.0'), '00:01:06.0', '000106.0')
    """

    tenths: int = attrs.field(validator=_check_tenths)

    @classmethod
    def parse(cls, text: str) -> CallDuration:
        """Read ``hhmmss.s`` or ``hh:mm:ss.s`` (hours 00–99).

        >>> CallDuration.parse("000011.5").tenths
        115
        """
        tenths = _tenths(text) if isinstance(text, str) else None
        if tenths is None:
            raise _problem(
                "csv.bad_duration", text, "a duration written hhmmss.s or hh:mm:ss.s (000106.0)"
            )
        return cls(tenths)

    @classmethod
    def from_timedelta(cls, delta: timedelta) -> CallDuration:
        """Build a duration from a whole number of tenths of a second.

        >>> CallDuration.from_timedelta(timedelta(minutes=1, seconds=6))
        CallDuration(tenths=660)
        """
        microseconds = delta // timedelta(microseconds=1) if isinstance(delta, timedelta) else None
        if microseconds is None or microseconds % 100_000:
            raise InvalidInput.for_value(
                "duration",
                delta,
                "a timedelta of whole tenths of a second",
                code="csv.bad_duration",
            )
        return cls(microseconds // 100_000)

    @property
    def seconds(self) -> Decimal:
        """The duration in seconds, exactly (one decimal).

        >>> CallDuration(115).seconds
        Decimal('11.5')
        """
        return Decimal(self.tenths).scaleb(-1)

    def to_timedelta(self) -> timedelta:
        """The duration as a :class:`datetime.timedelta`.

        >>> CallDuration(660).to_timedelta()
        datetime.timedelta(seconds=66)
        """
        return timedelta(microseconds=self.tenths * 100_000)

    def to_text(self, *, colons: bool = False) -> str:
        """The file form ``hhmmss.s`` (``hh:mm:ss.s`` with ``colons=True``).

        >>> CallDuration(115).to_text(), CallDuration(115).to_text(colons=True)
        ('000011.5', '00:00:11.5')
        """
        seconds, tenths = divmod(self.tenths, 10)
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        sep = ":" if colons else ""
        return f"{hours:02d}{sep}{minutes:02d}{sep}{seconds:02d}.{tenths}"

    def __str__(self) -> str:
        return self.to_text(colons=True)


def _check_count(instance: CallCount, attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput.for_value("count", value, "an int from 0 up", code="csv.bad_count")


@attrs.frozen(order=True)
class CallCount:
    """A count of 番号案内 calls written in the 通話時間 field as ``N件`` (CAC-6).

    >>> CallCount.parse("3件"), str(CallCount(3))
    (CallCount(count=3), '3件')
    """

    count: int = attrs.field(validator=_check_count)

    @classmethod
    def parse(cls, text: str) -> CallCount:
        """Read ``N件`` (half-width digits, no leading zeros).

        >>> CallCount.parse("12件").count
        12
        """
        match = _COUNT.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise _problem("csv.bad_count", text, "a count written N件 (e.g. 3件)")
        return cls(int(match.group(1)))

    def __str__(self) -> str:
        return f"{self.count}件"


# -- the codecs behind FieldType ----------------------------------------------------------------


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
        raise _problem("csv.bad_date", text, expected, f"{text!r} is not a calendar date") from None


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


def _format_duration(value: object) -> str:
    _need(value, CallDuration, "csv.bad_value", "a CallDuration")
    assert isinstance(value, CallDuration)
    return value.to_text()


def _format_count(value: object) -> str:
    _need(value, CallCount, "csv.bad_value", "a CallCount")
    return str(value)


def _parse_duration_or_count(text: str) -> CallDuration | CallCount:
    if text.endswith("件"):
        return CallCount.parse(text)
    tenths = _tenths(text)
    if tenths is None:
        raise _problem(
            "csv.bad_duration_or_count",
            text,
            "a duration written hhmmss.s (000106.0) or, for 番号案内, a count N件 (3件)",
        )
    return CallDuration(tenths)


def _format_duration_or_count(value: object) -> str:
    _need(value, (CallDuration, CallCount), "csv.bad_value", "a CallDuration or a CallCount")
    return value.to_text() if isinstance(value, CallDuration) else str(value)


def _parse_line_kind(text: str) -> LineKind:
    try:
        return LineKind(text)
    except ValueError:
        raise _problem("csv.bad_line_kind", text, "「外線」 or 「内線」") from None


def _format_line_kind(value: object) -> str:
    _need(value, LineKind, "csv.bad_value", "a LineKind")
    assert isinstance(value, LineKind)
    return value.value


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


@attrs.frozen
class _Codec:
    parse: Callable[[str], Any]
    format: Callable[[object], str]
    plain: Callable[[Any], Any] = _plain_same
    # The fast reader checks a whole column of these with one regular expression: the
    # shape of one value, ASCII only, at most one group (referred to as \1).
    ascii_form: str | None = None
    # For the fast reader: a cheaper whole-column test than ascii_form, True only when every
    # value surely has the form and fits the length (see column_checks).
    check_column: Callable[[list[str], int | None], bool] | None = None
    # For the fast reader: turn a checked column of ASCII text into values (None: keep text).
    # A ValueError means some value is out of range: the lines are then read one by one.
    convert_column: Callable[[list[str]], list[Any]] | None = None
    # Free text: neutralised against spreadsheet formulas when written.
    free_text: bool = False


def _times(column: list[str]) -> list[time]:
    # time.fromisoformat reads both hhmmss.s and hh:mm:ss.s, in C.
    return list(map(time.fromisoformat, column))


class FieldType(enum.Enum):
    """The closed set of field types; each member carries its Japanese label.

    >>> FieldType.DATE.label, FieldType.DATE.parse("2017/11/01")
    ('「YYYY/MM/DD」形式の文字列', datetime.date(2017, 11, 1))
    """

    TEXT = "text"
    PHONE_NUMBER = "phone_number"
    EMAIL = "email"
    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    COUNT = "count"
    DURATION_OR_COUNT = "duration_or_count"
    LINE_KIND = "line_kind"
    AMOUNT = "amount"

    @property
    def label(self) -> str:
        """The Japanese description (the source's 内容 wording where it has one).

        >>> FieldType.LINE_KIND.label
        '文字列「外線」or「内線」'
        """
        return _LABELS[self._value_]

    @property
    def codec(self) -> _Codec:
        """How values of this type are read and written (used by the engine).

        >>> FieldType.TIME.codec.ascii_form is not None
        True
        """
        return _CODECS[self._value_]

    @property
    def is_free_text(self) -> bool:
        """True for text a spreadsheet could take for a formula (neutralised on writing).

        >>> FieldType.TEXT.is_free_text, FieldType.AMOUNT.is_free_text
        (True, False)
        """
        return _CODECS[self._value_].free_text

    def parse(self, text: str) -> Any:
        """Read one (already trimmed) value; bad text is an ``InvalidInput`` saying why.

        >>> FieldType.COUNT.parse("3件")
        CallCount(count=3)
        """
        if not isinstance(text, str):
            raise _problem("csv.bad_value", text, "a str")
        return _CODECS[self._value_].parse(text)

    def format(self, value: object) -> str:
        """Write one value in its canonical text form (no padding, no quoting).

        >>> FieldType.DATE.format(date(2017, 11, 1)), FieldType.AMOUNT.format(Yen("8.00"))
        ('2017/11/01', '8.00')
        """
        return _CODECS[self._value_].format(value)

    def plain(self, value: Any) -> Any:
        """The value as a plain Python scalar for data frames (``Yen`` becomes ``Decimal``).

        >>> FieldType.AMOUNT.plain(Yen("8.00")), FieldType.LINE_KIND.plain(LineKind.EXTERNAL)
        (Decimal('8.00'), '外線')
        """
        return _CODECS[self._value_].plain(value)


_LABELS: Final[dict[str, str]] = {
    FieldType.TEXT.value: "文字列",
    FieldType.PHONE_NUMBER.value: "電話番号",
    FieldType.EMAIL.value: "メールアドレス",
    FieldType.DATE.value: "「YYYY/MM/DD」形式の文字列",
    FieldType.TIME.value: "「hhmmss.s」形式の文字列",
    FieldType.DURATION.value: "「hhmmss.s」形式の文字列",
    FieldType.COUNT.value: "件数 例)〇件",
    FieldType.DURATION_OR_COUNT.value: (
        "「hhmmss.s」形式の文字列 ただし「番号案内」の場合は件数 例)〇件"
    ),
    FieldType.LINE_KIND.value: "文字列「外線」or「内線」",
    FieldType.AMOUNT.value: "金額(円)",
}

# Keyed by value: Enum.__hash__ is a Python call, and the reader looks these up a lot.
_CODECS: Final[dict[str, _Codec]] = {
    FieldType.TEXT.value: _Codec(_parse_text, _format_text, free_text=True),
    FieldType.PHONE_NUMBER.value: _Codec(
        _parse_phone, _format_phone, ascii_form=PHONE_FORM, check_column=phone_column
    ),
    FieldType.EMAIL.value: _Codec(_parse_email, _format_email, free_text=True),
    FieldType.DATE.value: _Codec(_parse_date, _format_date),
    FieldType.TIME.value: _Codec(
        _parse_time,
        _format_time,
        ascii_form=_TIME_FORM,
        check_column=time_column,
        convert_column=_times,
    ),
    FieldType.DURATION.value: _Codec(
        CallDuration.parse, _format_duration, plain=lambda d: d.to_timedelta()
    ),
    FieldType.COUNT.value: _Codec(CallCount.parse, _format_count, plain=lambda c: c.count),
    FieldType.DURATION_OR_COUNT.value: _Codec(_parse_duration_or_count, _format_duration_or_count),
    FieldType.LINE_KIND.value: _Codec(_parse_line_kind, _format_line_kind, plain=lambda k: k.value),
    FieldType.AMOUNT.value: _Codec(_parse_amount, _format_amount, plain=_plain_amount),
}


def control_character(text: str) -> str | None:
    r"""The first control character in ``text`` (a tab is allowed), or ``None``.

    >>> control_character("東京"), control_character("a\rb")
    (None, '\r')
    """
    found = _CONTROL.search(text)
    return found.group() if found else None


@attrs.frozen
class HeaderTitle:
    """One title of a layout's header record, with its length in CP932 bytes (CAC-6).

    >>> from telcobiz.core.citation import RULEBOOK
    >>> HeaderTitle("ａｕ通話", 8, Citation(RULEBOOK, "CAC-6")).length
    8
    """

    title: str
    length: int | None
    citation: Citation


@attrs.frozen
class Field:
    """One data field of a layout: its record attribute, Japanese title, length, type, source.

    ``length`` counts CP932 bytes (``None`` where the source states none); ``required``
    fields may not be empty; ``description`` is the source's 内容 column.

    >>> from telcobiz.core.citation import RULEBOOK
    >>> field = Field("charge", "通話料", 6, FieldType.AMOUNT, Citation(RULEBOOK, "CAC-6"))
    >>> field.fits("-12.50"), field.fits("1928.50")
    (True, False)
    """

    name: str
    title: str
    length: int | None
    kind: FieldType
    citation: Citation
    required: bool = True
    description: str = ""

    def fits(self, text: str) -> bool:
        """True when ``text`` is at most :attr:`length` CP932 bytes (always, without a length).

        >>> from telcobiz.core.citation import RULEBOOK
        >>> Field("area", "地域名", 20, FieldType.TEXT, Citation(RULEBOOK, "CAC-6")).fits("東京")
        True
        """
        return self.length is None or cp932_length(text) <= self.length
