"""The values of 通話明細 fields that have classes of their own (CAC-6).

通話時間 is a :class:`CallDuration` (tenths of a second, written ``hhmmss.s``) or, for
番号案内, a :class:`CallCount` (written ``N件``); 内線区分 is a :class:`LineKind` (「外線」 or
「内線」, the exact source text). Each class reads its file form and writes it back; the
functions at the end are what :class:`~telcobiz.csvformats.fields.FieldType` reads and
writes these fields with.

>>> CallDuration.parse("000106.0"), CallCount.parse("3件"), LineKind("外線")
(CallDuration(tenths=660), CallCount(count=3), <LineKind.EXTERNAL: '外線'>)
>>> CallDuration(660).to_text(), str(CallCount(3)), LineKind.INTERNAL.label
('000106.0', '3件', '内線')
"""

from __future__ import annotations

import enum
import re
from datetime import timedelta
from decimal import Decimal

import attrs

from telcobiz.core.errors import InvalidInput
from telcobiz.csvformats._text import refusal
from telcobiz.csvformats.forms import _need, _problem

__all__ = ["CallCount", "CallDuration", "LineKind"]

_MAX_TENTHS = ((99 * 60 + 59) * 60 + 59) * 10 + 9  # 99:59:59.9, the largest hhmmss.s
_DURATION = re.compile(r"([0-9]{2})(:?)([0-5][0-9])\2([0-5][0-9])\.([0-9])")
_COUNT = re.compile(r"(0|[1-9][0-9]*)件")


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
        raise refusal(
            InvalidInput,
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
            raise refusal(
                InvalidInput,
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
        raise refusal(InvalidInput, "count", value, "an int from 0 up", code="csv.bad_count")


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


# -- how FieldType reads and writes these values ------------------------------------------------


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
