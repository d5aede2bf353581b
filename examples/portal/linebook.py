"""The portal's storage: the company's SoftBank lines and their switches, in memory.

telcobiz stores nothing; an application keeps its own lines. This one keeps them in a dict
keyed by phone number, with a revision that grows on every saved change, so that a
confirmation prepared before another administrator's change is refused as the portal refuses
it (「ただいま受付できません。…」, SB-5).

>>> book = LineBook.sample()
>>> book.revision, len(book.entries())
(0, 5)
>>> book.get("090-1111-0003").line.status.label
'解約済'
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date

import attrs

from telcobiz.core.errors import UnknownItem
from telcobiz.policy.softbank_backup import (
    BackupSettings,
    DeviceKind,
    Line,
    LineStatus,
    default_settings,
)

__all__ = ["LineBook", "LineEntry"]


@attrs.frozen
class LineEntry:
    """One line as the portal lists it: the telcobiz :class:`Line`, its contract date, switches.

    >>> entry = LineBook.sample().get("090-1111-0001")
    >>> str(entry.settings)
    'バックアップ機能× 電話帳移行機能○'
    """

    line: Line
    contract_date: date
    settings: BackupSettings

    @property
    def number(self) -> str:
        """The line's phone number (the key of the book)."""
        return self.line.number


class LineBook:
    """The lines of one company, keyed by phone number, with a revision per saved change.

    A line starts with the default switches of its contract date (SB-2); :meth:`apply`
    changes the switches of some lines and raises the revision. Thread-safe: the test server
    and the browser test run in different threads.

    >>> book = LineBook([(Line("090-1", DeviceKind.IPHONE), date(2016, 4, 1))])
    >>> str(book.get("090-1").settings)
    'バックアップ機能× 電話帳移行機能×'
    >>> book.apply(["090-1"], BackupSettings(True, True), expected_revision=0)
    1
    >>> str(book.get("090-1").settings), book.revision
    ('バックアップ機能○ 電話帳移行機能○', 1)
    """

    def __init__(self, lines: Iterable[tuple[Line, date]]) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, LineEntry] = {
            line.number: LineEntry(line, contracted, default_settings(contracted))
            for line, contracted in lines
        }
        self._revision = 0

    @classmethod
    def sample(cls) -> LineBook:
        """Five lines of a demo company, one of them cancelled (解約済).

        >>> [entry.line.device.label for entry in LineBook.sample().entries()][:2]
        ['iPhone', 'スマートフォン']
        """
        return cls(
            [
                (Line("090-1111-0001", DeviceKind.IPHONE), date(2019, 4, 1)),
                (Line("090-1111-0002", DeviceKind.SMARTPHONE), date(2016, 10, 3)),
                (
                    Line("090-1111-0003", DeviceKind.FEATURE_PHONE_4G, LineStatus.CANCELLED),
                    date(2017, 5, 9),
                ),
                (Line("090-1111-0004", DeviceKind.WINDOWS_10_MOBILE), date(2017, 5, 10)),
                (Line("080-2222-0005", DeviceKind.FEATURE_PHONE_4G), date(2021, 1, 15)),
            ]
        )

    @property
    def revision(self) -> int:
        """How many changes have been saved (a confirmation remembers the one it saw)."""
        return self._revision

    def entries(self) -> list[LineEntry]:
        """Every line, in the order they were added."""
        with self._lock:
            return list(self._entries.values())

    def get(self, number: str) -> LineEntry:
        """The line with this phone number, or an ``UnknownItem`` error.

        >>> LineBook.sample().get("090-0000-0000")
        Traceback (most recent call last):
        ...
        telcobiz.core.errors.UnknownItem: number: got '090-0000-0000'; expected a phone number \
listed on the page
        """
        with self._lock:
            entry = self._entries.get(number)
        if entry is None:
            raise UnknownItem.for_value(
                "number", number, "a phone number listed on the page", code="portal.unknown_line"
            )
        return entry

    def select(self, numbers: Iterable[str]) -> list[LineEntry]:
        """The lines of a selection, each number once, in the order given.

        >>> [entry.number for entry in LineBook.sample().select(["080-2222-0005"] * 2)]
        ['080-2222-0005']
        """
        return [self.get(number) for number in dict.fromkeys(numbers)]

    def apply(
        self, numbers: Iterable[str], settings: BackupSettings, *, expected_revision: int
    ) -> int | None:
        """Save ``settings`` on ``numbers`` if the book is still at ``expected_revision``.

        Returns the new revision, or ``None`` when another change was saved in between (the
        check and the save are one step under the lock, so two administrators cannot both
        win).

        >>> book = LineBook.sample()
        >>> book.apply(["090-1111-0001"], BackupSettings(True, True), expected_revision=0)
        1
        >>> book.apply(["090-1111-0002"], BackupSettings(True, True), expected_revision=0)
        """
        chosen = [self.get(number) for number in numbers]
        with self._lock:
            if self._revision != expected_revision:
                return None
            for entry in chosen:
                current = self._entries[entry.number]
                self._entries[entry.number] = attrs.evolve(current, settings=settings)
            self._revision += 1
            return self._revision
