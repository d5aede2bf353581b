"""Every app × menu item × switch state of あんしんバックアップ／連絡先コピー (SB-1, SB-3).

The table an administrator reads before flipping a switch: each row is a
:class:`~telcobiz.policy.softbank_backup.decision.BackupDecision`, and
:meth:`BackupMatrix.to_markdown` is the matrix of the docs' backup page.

>>> print(matrix())
48 combinations of app, menu item and switches: 24 allowed, 24 not allowed
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.frames import ColumnKind, columns, to_dataframe
from telcobiz.core.text import check_lang
from telcobiz.policy.softbank_backup.catalog import (
    MENU_ITEMS,
    BackupApp,
    BackupOperation,
    BackupSwitch,
    Destination,
    menu_item,
)
from telcobiz.policy.softbank_backup.decision import BackupDecision, check_app_operation
from telcobiz.policy.softbank_backup.settings import BackupSettings

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BackupMatrix",
    "matrix",
]

_DECISION_COLUMNS = columns(
    app="text",
    app_label="text",
    operation="text",
    destination="text",
    menu_item="text",
    switch="text",
    backup="text",
    migration="text",
    allowed="bool",
    message="text",
    error_code=ColumnKind.INT,
)


_PIVOT_COLUMNS = BackupSettings.all()


@attrs.frozen
class BackupMatrix:
    """Every app × operation × switch state as decisions (SB-1, SB-3).

    Each row is a :class:`~telcobiz.policy.softbank_backup.decision.BackupDecision`.

    >>> table = matrix()
    >>> len(table), sum(row.allowed for row in table)
    (48, 24)
    >>> print(table)
    48 combinations of app, menu item and switches: 24 allowed, 24 not allowed
    """

    rows: tuple[BackupDecision, ...]
    rules: tuple[str, ...] = ("SB-1", "SB-3")
    citations: tuple[Citation, ...] = ()

    def __iter__(self) -> Iterator[BackupDecision]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __str__(self) -> str:
        allowed = sum(row.allowed for row in self.rows)
        return (
            f"{len(self.rows)} combinations of app, menu item and switches: {allowed} allowed,"
            f" {len(self.rows) - allowed} not allowed"
        )

    def to_rows(self) -> list[dict[str, Any]]:
        """One flat dict per combination (see :meth:`BackupDecision.to_row`).

        >>> matrix().to_rows()[0]["menu_item"]
        'サーバーにデータを保存'
        """
        return [row.to_row() for row in self.rows]

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, one row per combination (the ``pandas`` extra).

        >>> frame = matrix().to_dataframe()
        >>> len(frame), int(frame["allowed"].sum()), str(frame["error_code"].dtype)
        (48, 24, 'Int64')
        """
        return to_dataframe(
            self.to_rows(), _DECISION_COLUMNS, needed_by="BackupMatrix.to_dataframe()"
        )

    def explain(self, lang: str = "ja") -> str:
        """One line per combination, then the sources.

        >>> print(matrix().explain("en").splitlines()[3])  # doctest: +NORMALIZE_WHITESPACE
        あんしんバックアップ(4Gケータイ版) 「サーバーにデータを保存」
        バックアップ機能× 電話帳移行機能×: not allowed, 「お使いの回線契約をご確認ください。2105」
        """
        check_lang(lang)
        yes, no = ("利用可", "利用不可") if lang == "ja" else ("allowed", "not allowed")
        lines = []
        for row in self.rows:
            outcome = yes if row.allowed else f"{no}, 「{row.message}」"
            lines.append(f"{row.app.label} 「{row.menu_item}」 {row.settings}: {outcome}")
        label = "根拠" if lang == "ja" else "source"
        lines.extend(f"{label}: {citation}" for citation in self.citations)
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """Render the matrix as Markdown: a line per menu item, a column per switch state.

        A cell is 「利用可」 or the message the app shows.

        >>> print(matrix().to_markdown().splitlines()[0])  # doctest: +NORMALIZE_WHITESPACE
        | アプリ | メニュー項目 | 機能 | バックアップ○ 電話帳移行○ | バックアップ○ 電話帳移行×
        | バックアップ× 電話帳移行○ | バックアップ× 電話帳移行× |
        """
        heads = [
            f"バックアップ{s.mark(BackupSwitch.BACKUP)} 電話帳移行{s.mark(BackupSwitch.MIGRATION)}"
            for s in _PIVOT_COLUMNS
        ]
        lines = [
            "| " + " | ".join(["アプリ", "メニュー項目", "機能", *heads]) + " |",
            "|" + "---|" * (3 + len(heads)),
        ]
        cells: dict[tuple[BackupApp, BackupOperation, Destination], dict[BackupSettings, str]] = {}
        for row in self.rows:
            key = (row.app, row.operation, row.destination)
            cells.setdefault(key, {})[row.settings] = "利用可" if row.allowed else f"{row.message}"
        for (app, operation, destination), by_state in cells.items():
            item = menu_item(app, operation, destination)
            switch = item.switch.label if item.switch else "利用制御なし"
            values = [by_state.get(state, "") for state in _PIVOT_COLUMNS]
            lines.append("| " + " | ".join([app.label, item.label, switch, *values]) + " |")
        return "\n".join(lines)


def matrix(*, include_uncontrolled: bool = False) -> BackupMatrix:
    """Every app × operation × switch state, as decisions in a fixed order (SB-1, SB-3).

    Ordered by app, then operation (save, restore, migration), then switch state (○○, ○×, ×○,
    ××). With ``include_uncontrolled=True`` the SD card / 本体 items are added (always allowed).
    The 60-day limit of SB-4 depends on dates, so it is not part of the matrix.

    >>> len(matrix(include_uncontrolled=True))
    72
    """
    rows = tuple(
        check_app_operation(item.app, item.operation, settings, destination=item.destination)
        for item in MENU_ITEMS
        if include_uncontrolled or item.destination.controlled
        for settings in BackupSettings.all()
    )
    citations: list[Citation] = []
    for row in rows:
        citations.extend(c for c in row.citations if c not in citations)
    rules = ("SB-1", "SB-3")
    return BackupMatrix(rows, rules, tuple(citations))
