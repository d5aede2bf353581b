"""Test helpers: a clock moved by hand, and reading what a rendered page says."""

from __future__ import annotations

import re
from datetime import datetime
from html import unescape


class SettableClock:
    """A clock a test moves by hand: the app asks it for "now" and passes that as ``at=``."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


_MESSAGE = re.compile(r'<span class="message">(.*?)</span>', re.S)
_TAG = re.compile(r"<[^>]+>")


def messages(page: str) -> list[str]:
    """The messages shown in the page's message box, unescaped, in order."""
    return [unescape(text) for text in _MESSAGE.findall(page)]


def text_of(page: str, element_id: str) -> str:
    """The text of the element with ``id="element_id"`` (tags dropped, unescaped)."""
    match = re.search(rf'id="{element_id}"[^>]*>(.*?)</', page, re.S)
    if match is None:
        raise AssertionError(f"no element with id {element_id!r} in the page")
    return unescape(_TAG.sub("", match.group(1))).strip()


def rows(page: str, table_id: str) -> list[list[str]]:
    """The cells of each data row of the table with ``id="table_id"`` (header row left out)."""
    match = re.search(rf'<table id="{table_id}">(.*?)</table>', page, re.S)
    if match is None:
        raise AssertionError(f"no table with id {table_id!r} in the page")
    found = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", match.group(1), re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        if cells:
            found.append([unescape(_TAG.sub("", cell)).strip() for cell in cells])
    return found
