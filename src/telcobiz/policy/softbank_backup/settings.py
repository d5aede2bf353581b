"""A line's two switches and their defaults by contract date (SB-1, SB-2).

バックアップ機能 and 電話帳移行機能 (SB-1), and the default of each by the line's contract date
(SB-2, §1-5 of 「法人コンシェルサイト あんしんバックアップ／連絡先コピー設定 利用マニュアル」
Ver.2.3): up to 2017-05-09 both are ×, from 2017-05-10 電話帳移行機能 is ○.

>>> str(default_settings(date(2017, 5, 10)))
'バックアップ機能× 電話帳移行機能○'
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

import attrs

from telcobiz.core.citation import BACKUP_MANUAL, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.table import Dated, EffectiveTable
from telcobiz.policy.softbank_backup.catalog import BackupSwitch

__all__ = [
    "DEFAULT_SETTINGS",
    "BackupSettings",
    "default_settings",
]


def _switch_value(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput.for_value(
            field, value, "True (○ 利用可) or False (× 利用不可)", code="backup.bad_switch"
        )
    return value


def _backup_switch(value: object) -> bool:
    return _switch_value(value, "backup")


def _migration_switch(value: object) -> bool:
    return _switch_value(value, "migration")


@attrs.frozen
class BackupSettings:
    """A line's two switches: バックアップ機能 and 電話帳移行機能 (SB-1), True = ○ 利用可.

    >>> settings = BackupSettings(backup=False, migration=True)
    >>> str(settings), settings.is_on(BackupSwitch.MIGRATION)
    ('バックアップ機能× 電話帳移行機能○', True)
    >>> [str(s) for s in BackupSettings.all()][-1]
    'バックアップ機能× 電話帳移行機能×'
    """

    backup: bool = attrs.field(converter=_backup_switch)
    migration: bool = attrs.field(converter=_migration_switch)

    def is_on(self, switch: BackupSwitch) -> bool:
        """Tell whether ``switch`` is ○ (利用可).

        >>> BackupSettings(backup=True, migration=False).is_on(BackupSwitch.BACKUP)
        True
        """
        return self.backup if switch is BackupSwitch.BACKUP else self.migration

    def mark(self, switch: BackupSwitch) -> str:
        """Return ○ (利用可) or × (利用不可) for ``switch``, as the manual writes the states.

        >>> BackupSettings(backup=False, migration=True).mark(BackupSwitch.BACKUP)
        '×'
        """
        return "○" if self.is_on(switch) else "×"

    def __str__(self) -> str:
        backup, migration = self.mark(BackupSwitch.BACKUP), self.mark(BackupSwitch.MIGRATION)
        return f"バックアップ機能{backup} 電話帳移行機能{migration}"

    @classmethod
    def all(cls) -> tuple[BackupSettings, ...]:
        """Return the four switch states, ○○, ○×, ×○, ×× (backup first).

        >>> len(BackupSettings.all())
        4
        """
        return tuple(cls(b, m) for b in (True, False) for m in (True, False))

    @classmethod
    def default_for(cls, contract_date: date) -> BackupSettings:
        """Return the default switches of a line contracted on ``contract_date`` (SB-2).

        >>> BackupSettings.default_for(date(2017, 5, 9))
        BackupSettings(backup=False, migration=False)
        """
        return default_settings(contract_date)


_DEFAULT_ROWS: tuple[Dated[BackupSettings], ...] = (
    Dated(
        BackupSettings(backup=False, migration=False),
        date.min,
        date(2017, 5, 9),
        Citation(BACKUP_MANUAL, "§1-5", row="～2017/5/9", rule="SB-2"),
    ),
    Dated(
        BackupSettings(backup=False, migration=True),
        date(2017, 5, 10),
        None,
        Citation(BACKUP_MANUAL, "§1-5", row="2017/5/10～", rule="SB-2"),
    ),
)
# cast: EffectiveTable's `converter=tuple` makes mypy read its rows as Iterable[T], not Dated[T].
DEFAULT_SETTINGS: EffectiveTable[BackupSettings] = EffectiveTable(
    "default backup settings by line contract date", cast(Any, _DEFAULT_ROWS)
)
"""SB-2: the default switches by the line's contract date (契約日), with their citations.

>>> DEFAULT_SETTINGS.entry_at(date(2017, 5, 10)).citation.row
'2017/5/10～'
"""


def _plain_date(value: object, field: str) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidInput.for_value(
            field, value, "a datetime.date (not a datetime)", code="backup.not_a_date"
        )
    return value


def default_settings(contract_date: date) -> BackupSettings:
    """Return the default switches of a line contracted on ``contract_date`` (SB-2, §1-5).

    Up to 2017-05-09 both are × (利用不可); from 2017-05-10 電話帳移行機能 is ○.

    >>> default_settings(date(2017, 5, 9)), default_settings(date(2017, 5, 10))
    (BackupSettings(backup=False, migration=False), BackupSettings(backup=False, migration=True))
    """
    return DEFAULT_SETTINGS.at(_plain_date(contract_date, "contract_date"))
