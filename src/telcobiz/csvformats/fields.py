"""Field types of the CSV layouts (CAC-6, DBO-7): how one value is read, checked and written.

A :class:`Field` is one column of a layout: its Japanese title, its length in CP932 bytes
(``None`` where the source states none), its :class:`FieldType` and the citation it comes from.
Each field type reads the exact text the service writes and nothing else (the layout engine
has already trimmed trailing half-width spaces) and writes the canonical form back, with the
parser and formatter of its codec: plain values in :mod:`telcobiz.csvformats.forms`, the
call-detail values (:class:`~telcobiz.csvformats.values.CallDuration`,
:class:`~telcobiz.csvformats.values.CallCount`, :class:`~telcobiz.csvformats.values.LineKind`)
in :mod:`telcobiz.csvformats.values`.

>>> from datetime import time
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
from typing import Any, Final

import attrs

from telcobiz.core.checks import expect_instance
from telcobiz.core.citation import Citation
from telcobiz.csvformats.column_checks import phone_column, time_column
from telcobiz.csvformats.cp932 import not_cp932, unheld
from telcobiz.csvformats.forms import (
    _TIME_FORM,
    PHONE_FORM,
    _format_amount,
    _format_date,
    _format_email,
    _format_phone,
    _format_text,
    _format_time,
    _parse_amount,
    _parse_date,
    _parse_email,
    _parse_phone,
    _parse_text,
    _parse_time,
    _plain_amount,
    _plain_same,
    _problem,
    _times,
)
from telcobiz.csvformats.values import (
    CallCount,
    CallDuration,
    _format_count,
    _format_duration,
    _format_duration_or_count,
    _format_line_kind,
    _parse_duration_or_count,
    _parse_line_kind,
)

__all__ = ["CP932", "Field", "FieldType", "HeaderTitle", "cp932_length"]

CP932: Final = "cp932"
"""The encoding every stated field length is counted in (CAC-6 Decision).

>>> len("ａｕ通話".encode(CP932))
8
"""

_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def cp932_length(text: str) -> int:
    """The length of ``text`` in CP932 bytes (a full-width character is 2 bytes).

    Text that CP932 cannot hold is an ``InvalidInput`` (``csv.not_cp932``) naming the first
    such character, and the CP932 character to use where there is one (CAC-6 Decision).

    >>> cp932_length("名古屋市"), cp932_length("IP電話"), cp932_length("ｱｲｳ")
    (8, 6, 3)
    """
    expect_instance(text, str, "text", code="csv.bad_value")
    try:
        size = len(text.encode(CP932))
    except UnicodeEncodeError:
        raise not_cp932(text) from None
    # A character held as a look-alike (〜 as ～) encodes without complaint: refuse it too.
    if unheld(text) is not None:
        raise not_cp932(text)
    return size


# -- the codecs behind FieldType ----------------------------------------------------------------


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
    # Text whose form leaves room for control characters: the readers look for them.
    any_text: bool = False


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
        """True for free text: the default of :attr:`Field.free_text` for a field of this type.

        An e-mail address, a phone number or an amount has a form of its own and is written as
        it is; text is neutralised against spreadsheet formulas unless a field says otherwise.

        >>> FieldType.TEXT.is_free_text, FieldType.EMAIL.is_free_text
        (True, False)
        """
        return self is FieldType.TEXT

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

        >>> from datetime import date
        >>> from telcobiz import Yen
        >>> FieldType.DATE.format(date(2017, 11, 1)), FieldType.AMOUNT.format(Yen("8.00"))
        ('2017/11/01', '8.00')
        """
        return _CODECS[self._value_].format(value)

    def plain(self, value: Any) -> Any:
        """The value as a plain Python scalar for data frames (``Yen`` becomes ``Decimal``).

        >>> from telcobiz import Yen
        >>> from telcobiz.csvformats import LineKind
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
    FieldType.TEXT.value: _Codec(_parse_text, _format_text, any_text=True),
    FieldType.PHONE_NUMBER.value: _Codec(
        _parse_phone, _format_phone, ascii_form=PHONE_FORM, check_column=phone_column
    ),
    FieldType.EMAIL.value: _Codec(_parse_email, _format_email, any_text=True),
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


def _default_free_text(field: Field) -> bool:
    _need_kind(field.kind)  # this default runs before the validators do
    return field.kind.is_free_text


def _need_kind(kind: object) -> None:
    expect_instance(kind, FieldType, "kind", code="csv.bad_layout")


@attrs.frozen
class Field:
    """One data field of a layout: its record attribute, Japanese title, length, type, source.

    ``length`` counts CP932 bytes (``None`` where the source states none); ``required``
    fields may not be empty, and an empty optional field reads as ``empty`` (``None``, or
    ``""`` for 地域名); ``description`` is the source's 内容 column. ``free_text`` says that a
    spreadsheet could run the value as a formula, so the writer neutralises it (CAC-6
    Decision: names, area names, call types); it defaults to the type's
    :attr:`FieldType.is_free_text`, and an identifier sets it to ``False``.

    >>> from telcobiz.core.citation import RULEBOOK
    >>> field = Field("charge", "通話料", 6, FieldType.AMOUNT, Citation(RULEBOOK, "CAC-6"))
    >>> field.fits("-12.50"), field.fits("1928.50"), field.free_text
    (True, False, False)
    """

    name: str
    title: str
    length: int | None
    kind: FieldType = attrs.field(validator=lambda _, __, kind: _need_kind(kind))
    citation: Citation
    required: bool = True
    description: str = ""
    free_text: bool = attrs.field(
        default=attrs.Factory(_default_free_text, takes_self=True), kw_only=True
    )
    empty: str | None = attrs.field(default=None, kw_only=True)

    def fits(self, text: str) -> bool:
        """True when ``text`` is at most :attr:`length` CP932 bytes (always, without a length).

        >>> from telcobiz.core.citation import RULEBOOK
        >>> Field("area", "地域名", 20, FieldType.TEXT, Citation(RULEBOOK, "CAC-6")).fits("東京")
        True
        """
        return self.length is None or cp932_length(text) <= self.length
