"""Hypothesis strategies for the CSV layouts (CAC-6, DBO-7).

Texts that fit CP932 byte lengths, durations, and whole records and files that a layout reads
back unchanged.

Every record these strategies make can be written with
:func:`telcobiz.csvformats.write` (``neutralise_formulas=False`` unless ``formula_safe=True``)
and read back equal.

>>> from hypothesis import given
>>> from telcobiz.csvformats import cp932_length
>>> @given(cp932_texts(max_bytes=20))
... def test_fits_twenty_bytes(text):
...     assert 1 <= cp932_length(text) <= 20
>>> test_fits_twenty_bytes()
"""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from functools import cache
from typing import Any

from hypothesis import strategies as st

from telcobiz.core.money import Yen
from telcobiz.csvformats import (
    CALL_DETAIL,
    USAGE_SUMMARY,
    CallCount,
    CallDetail,
    CallDuration,
    DocomoUser,
    Layout,
    LineKind,
    UsageSummary,
    cp932,
    write,
)
from telcobiz.csvformats.writer import FORMULA_STARTS

__all__ = [
    "amounts",
    "call_counts",
    "call_details",
    "call_durations",
    "cp932_texts",
    "csv_files",
    "docomo_users",
    "phone_numbers",
    "tenths_times",
    "usage_summaries",
]

_MAX_TENTHS = 3_599_999  # 99:59:59.9
_ASCII = ["\t", *(chr(code) for code in range(0x20, 0x7F))]
_HALF_WIDTH_KANA = [chr(code) for code in range(0xFF61, 0xFFA0)]
_KANA = [chr(code) for code in (*range(0x3041, 0x3094), *range(0x30A1, 0x30F7))]


@cache
def _cp932_characters() -> tuple[str, ...]:
    """Every character CP932 holds as itself (no control characters), 髙 and 﨑 included."""
    found = []
    stand_ins = cp932.stand_ins()
    for code in range(0x20, 0x10000):
        character = chr(code)
        if code == 0x7F or 0xD800 <= code <= 0xDFFF or character in stand_ins:
            continue
        try:
            character.encode("cp932")
        except UnicodeError:
            continue
        found.append(character)
    return tuple(found)


def _characters() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(_ASCII),
        st.sampled_from(_HALF_WIDTH_KANA),
        st.sampled_from(_KANA),
        st.sampled_from(_cp932_characters()),
    )


def _fit(characters: list[str], max_bytes: int, formula_safe: bool) -> str:
    text, used = [], 0
    for character in characters:
        size = len(character.encode("cp932"))
        if used + size > max_bytes:
            break
        text.append(character)
        used += size
    result = "".join(text).rstrip(" ")
    if formula_safe and result.startswith(FORMULA_STARTS):
        result = result.lstrip("".join(FORMULA_STARTS)).rstrip(" ")
    return result


def cp932_texts(
    *, max_bytes: int = 20, min_size: int = 1, formula_safe: bool = False
) -> st.SearchStrategy[str]:
    """Text of CP932 characters, at most ``max_bytes`` CP932 bytes, as a field holds it.

    Full-width and half-width characters mixed, commas and quotes included (the writer
    quotes them), no control characters, never ending in a half-width space (readers trim
    it). ``formula_safe=True`` never starts with ``= + - @`` (so the default writer leaves it
    as it is); ``min_size=0`` allows the empty string.

    >>> from hypothesis import given
    >>> @given(cp932_texts(max_bytes=4, formula_safe=True))
    ... def test_short(text):
    ...     assert not text.startswith(("=", "+", "-", "@"))
    >>> test_short()
    """
    return (
        st.lists(_characters(), min_size=min_size, max_size=max_bytes)
        .map(lambda chars: _fit(chars, max_bytes, formula_safe))
        .filter(lambda text: len(text) >= min_size)
    )


def phone_numbers(*, max_bytes: int = 13) -> st.SearchStrategy[str]:
    """Phone numbers as the files write them: ``0312345678``, ``03-1234-5678``, ``104``.

    >>> from hypothesis import given
    >>> @given(phone_numbers(max_bytes=13))
    ... def test_short_enough(number):
    ...     assert 1 <= len(number) <= 13
    >>> test_short_enough()
    """
    group = st.text("0123456789", min_size=1, max_size=max(1, min(6, max_bytes)))
    return (
        st.lists(group, min_size=1, max_size=4)
        .map("-".join)
        .filter(lambda number: len(number) <= max_bytes)
    )


def call_durations() -> st.SearchStrategy[CallDuration]:
    """Call durations from 0 to 99:59:59.9, in tenths of a second.

    >>> from hypothesis import given
    >>> @given(call_durations())
    ... def test_written_in_eight(duration):
    ...     assert len(duration.to_text()) == 8
    >>> test_written_in_eight()
    """
    return st.integers(0, _MAX_TENTHS).map(CallDuration)


def call_counts(*, max_digits: int = 8) -> st.SearchStrategy[CallCount]:
    """番号案内 counts (``3件``) that fit the 10-byte 通話時間 field by default.

    >>> from hypothesis import given
    >>> @given(call_counts())
    ... def test_fits(count):
    ...     assert len(str(count).encode("cp932")) <= 10
    >>> test_fits()
    """
    return st.integers(0, 10**max_digits - 1).map(CallCount)


def tenths_times() -> st.SearchStrategy[time]:
    """Times of day in whole tenths of a second, as 通話開始時刻 holds them.

    >>> from hypothesis import given
    >>> @given(tenths_times())
    ... def test_tenths(moment):
    ...     assert moment.microsecond % 100_000 == 0
    >>> test_tenths()
    """
    return st.builds(
        time,
        st.integers(0, 23),
        st.integers(0, 59),
        st.integers(0, 59),
        st.integers(0, 9).map(lambda tenths: tenths * 100_000),
    )


def amounts(*, max_bytes: int = 12) -> st.SearchStrategy[Yen]:
    """Yen amounts written in at most ``max_bytes``: ``8.00``, ``-12.50``, ``1928``.

    Negative amounts and amounts with and without sen are all generated.

    >>> from hypothesis import given
    >>> @given(amounts(max_bytes=6))
    ... def test_fits(amount):
    ...     assert len(format(amount.amount, "f")) <= 6
    >>> test_fits()
    """
    return st.builds(
        lambda units, places: Yen(Decimal(units).scaleb(-places)),
        st.integers(-(10 ** (max_bytes - 1)) + 1, 10**max_bytes - 1),
        st.sampled_from((0, 2, 1)),
    ).filter(lambda amount: len(format(amount.amount, "f")) <= max_bytes)


def call_details(*, formula_safe: bool = False) -> st.SearchStrategy[CallDetail]:
    """通話明細 records that fit every CAC-6 length.

    A 20-byte area, an 80-byte call type, 番号案内 counts, numbers with and without hyphens,
    negative charges all come up.

    >>> from hypothesis import given
    >>> from telcobiz.csvformats import read, write
    >>> @given(call_details())
    ... def test_round_trip(call):
    ...     data = b"".join(write([call], CALL_DETAIL, neutralise_formulas=False))
    ...     assert list(read(data, CALL_DETAIL)) == [call]
    >>> test_round_trip()
    """
    return st.builds(
        CallDetail,
        phone_numbers(max_bytes=13),
        st.dates(),
        tenths_times(),
        phone_numbers(max_bytes=21),
        # 地域名 may be empty (番号案内, mobile and IP calls: CAC-6 Decision).
        st.just("") | cp932_texts(max_bytes=20, formula_safe=formula_safe),
        st.one_of(call_durations(), call_counts()),
        st.sampled_from(LineKind),
        cp932_texts(max_bytes=80, formula_safe=formula_safe),
        amounts(max_bytes=6),
    )


def usage_summaries(*, consistent: bool = True) -> st.SearchStrategy[UsageSummary]:
    """電話番号別ご利用料金 records.

    ``consistent`` ones satisfy 合計料金 = the sum of the four categories (the CAC-6 check),
    the others usually do not.

    >>> from hypothesis import given
    >>> @given(usage_summaries())
    ... def test_adds_up(row):
    ...     assert row.total == row.parts_total
    >>> test_adds_up()
    """
    # Four parts of at most 8 bytes add up to at most 9 digits and sen: 合計料金 fits its 12.
    parts = st.tuples(*(amounts(max_bytes=8) for _ in range(4)))
    if consistent:
        return parts.flatmap(
            lambda four: phone_numbers(max_bytes=13).map(
                lambda number: UsageSummary(number, Yen.sum(four), *four)
            )
        )
    return st.builds(
        lambda number, total, four: UsageSummary(number, total, *four),
        phone_numbers(max_bytes=13),
        amounts(max_bytes=12),
        parts,
    )


def _emails() -> st.SearchStrategy[str]:
    local = st.text("abcdefghijklmnopqrstuvwxyz0123456789._+", min_size=1, max_size=12)
    domain = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10)
    return st.builds(lambda user, host: f"{user}@{host}.jp", local, domain).filter(
        lambda email: not email.startswith(("+", "-"))
    )


def docomo_users(*, formula_safe: bool = False) -> st.SearchStrategy[DocomoUser]:
    """利用者IDリスト users (DBO-7); name and phone are sometimes missing (``None``).

    >>> from hypothesis import given
    >>> @given(docomo_users())
    ... def test_has_an_address(user):
    ...     assert "@" in user.email
    >>> test_has_an_address()
    """
    return st.builds(
        DocomoUser,
        cp932_texts(max_bytes=40, formula_safe=formula_safe),
        _emails(),
        st.none() | cp932_texts(max_bytes=40, formula_safe=formula_safe),
        st.none() | phone_numbers(max_bytes=15),
    )


_RECORDS: dict[str, Any] = {
    USAGE_SUMMARY.name: usage_summaries,
    CALL_DETAIL.name: call_details,
}


def csv_files(layout: Layout[Any], *, max_records: int = 20) -> st.SearchStrategy[bytes]:
    """Whole canonical files of ``layout`` (CP932, header first, CRLF, trimmed fields).

    >>> from hypothesis import given
    >>> from telcobiz.csvformats import read, write
    >>> @given(csv_files(CALL_DETAIL, max_records=5))
    ... def test_byte_exact(data):
    ...     records = list(read(data, CALL_DETAIL))
    ...     assert b"".join(write(records, CALL_DETAIL, neutralise_formulas=False)) == data
    >>> test_byte_exact()
    """
    records = _RECORDS.get(layout.name, lambda: docomo_users())()
    return st.lists(records, max_size=max_records).map(
        lambda rows: b"".join(write(rows, layout, neutralise_formulas=False))
    )
