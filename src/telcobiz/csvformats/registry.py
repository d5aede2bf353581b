r"""The known layouts, and telling which one a file is from its first line (CAC-6, DBO-7).

>>> detect_layout("ご利用電話番号,合計料金,国内通話,国際通話,au通話,その他移動体\r\n").name
'cloud_autocall.usage_summary'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from telcobiz.core.checks import expect_instance, expect_iterable
from telcobiz.core.errors import UnknownItem
from telcobiz.csvformats._text import refusal, shortened, shown
from telcobiz.csvformats.cloud_autocall import CALL_DETAIL, USAGE_SUMMARY
from telcobiz.csvformats.docomo import USER_LIST
from telcobiz.csvformats.layout import Layout, normalise_title

__all__ = ["LAYOUTS", "detect_layout", "layout_named", "sniff_encoding"]

LAYOUTS: Final[tuple[Layout[Any], ...]] = (USAGE_SUMMARY, CALL_DETAIL, USER_LIST)
"""Every layout telcobiz knows, by name.

>>> [layout.name for layout in LAYOUTS]
['cloud_autocall.usage_summary', 'cloud_autocall.call_detail', 'docomo.user_list']
"""

_UTF8_BOM: Final = b"\xef\xbb\xbf"


def sniff_encoding(first_line: bytes) -> str:
    """Guess the encoding of a file from its first line.

    ``utf-8`` with a UTF-8 BOM or when the line is valid UTF-8 with non-ASCII text in it,
    else ``cp932`` (the default).

    >>> sniff_encoding("ご利用電話番号".encode("cp932")), sniff_encoding("氏名".encode("utf-8"))
    ('cp932', 'utf-8')
    """
    expect_instance(first_line, (bytes, bytearray), "first_line", code="csv.bad_source")
    if first_line.startswith(_UTF8_BOM):
        return "utf-8"
    try:
        first_line.decode("utf-8")
    except UnicodeDecodeError:
        return "cp932"
    return "cp932" if first_line.isascii() else "utf-8"


def _titles(first_line: bytes | str) -> tuple[str, ...]:
    if isinstance(first_line, bytes | bytearray):
        raw = bytes(first_line).split(b"\n", 1)[0]
        encoding = sniff_encoding(raw)
        text = raw.removeprefix(_UTF8_BOM).decode(encoding, errors="replace")
    else:
        text = first_line.split("\n", 1)[0].removeprefix("\ufeff")
    text = text.removesuffix("\r")
    return tuple(normalise_title(title.strip('"').rstrip(" ")) for title in text.split(","))


def detect_layout(
    first_line: bytes | str, *, layouts: tuple[Layout[Any], ...] = LAYOUTS
) -> Layout[Any]:
    """The layout whose header record ``first_line`` is (compared after NFKC).

    ``first_line`` may be bytes (CP932 or UTF-8, with or without a BOM) or text; anything
    after its first line break is ignored. An unknown header is an ``UnknownItem``
    (``csv.unknown_layout``) that lists the known ones.

    >>> detect_layout(",".join(USER_LIST.titles).encode("cp932")).title
    '利用者IDリスト'
    >>> detect_layout(b"a,b")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.UnknownItem: first_line: got 'a,b'; expected the header record of \
one of: 電話番号別ご利用料金 (ご利用電話番号,合計料金,…), ...
    """
    _check_layouts(layouts)
    if not isinstance(first_line, bytes | bytearray | str):
        raise refusal(
            UnknownItem,
            "first_line",
            first_line,
            "the first line of a file, as bytes or str",
            code="csv.unknown_layout",
        )
    titles = _titles(first_line)
    for layout in layouts:
        if titles == layout.normalised_titles:
            return layout
    known = ", ".join(f"{layout.title} ({','.join(layout.titles[:2])},…)" for layout in layouts)
    got = ",".join(titles)
    raise refusal(
        UnknownItem,
        "first_line",
        shortened(got),
        f"the header record of one of: {known}",
        code="csv.unknown_layout",
        problem=f"got {shown(got)}",
    )


def _check_layouts(layouts: object) -> None:
    expect_iterable(layouts, "layouts", expected="a tuple of Layout values", code="csv.bad_layout")
    assert isinstance(layouts, Iterable)
    for layout in layouts:
        expect_instance(layout, Layout, "layouts", expected="Layout values", code="csv.bad_layout")


def layout_named(name: str, *, layouts: tuple[Layout[Any], ...] = LAYOUTS) -> Layout[Any]:
    """The known layout called ``name`` (e.g. ``cloud_autocall.call_detail``).

    >>> layout_named("docomo.user_list").title
    '利用者IDリスト'
    """
    _check_layouts(layouts)
    for layout in layouts:
        if layout.name == name:
            return layout
    raise refusal(
        UnknownItem,
        "layout",
        name,
        "one of " + ", ".join(layout.name for layout in layouts),
        code="csv.unknown_layout",
        problem=f"got {shown(name)}",
    )
