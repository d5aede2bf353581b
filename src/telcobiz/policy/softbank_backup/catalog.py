"""SoftBank あんしんバックアップ／連絡先コピー as data: apps, menu items, switches (SB-1).

The four apps and the menu items each switch controls (§1-3 of 「法人コンシェルサイト
あんしんバックアップ／連絡先コピー設定 利用マニュアル」 Ver.2.3) and the SD card / 本体 items that
no switch controls (Appendix). A line's two switches and their defaults by contract date
(SB-2) are :mod:`~telcobiz.policy.softbank_backup.settings`;
:mod:`~telcobiz.policy.softbank_backup.decision` decides with both, and
:mod:`telcobiz.policy.softbank_backup` exports every name here.

>>> menu_item("smartphone", "save").label
'データの保存(バックアップ)→サーバー'
"""

from __future__ import annotations

import enum
from typing import Any, Final

import attrs

from telcobiz.core.citation import BACKUP_MANUAL, Citation
from telcobiz.core.errors import UnknownItem

__all__ = [
    "FUNCTIONS_CITATION",
    "MENU_ITEMS",
    "BackupApp",
    "BackupOperation",
    "BackupService",
    "BackupSwitch",
    "Destination",
    "MenuItem",
    "menu_item",
]

FUNCTIONS_CITATION = Citation(BACKUP_MANUAL, "§1-3", rule="SB-1")
"""SB-1: the §1-3 table of the menu items each switch controls.

>>> FUNCTIONS_CITATION.section
'§1-3'
"""
_UNCONTROLLED_CITATION = Citation(
    BACKUP_MANUAL, "Appendix 利用規制時のエラー発生タイミング 1, 2, 7, 8", rule="SB-1"
)


def _parse_member(cls: type[enum.Enum], text: object, *, field: str, code: str) -> Any:
    """Find an enum member by value, member name, Japanese label or alias."""
    if isinstance(text, cls):
        return text
    if isinstance(text, str):
        wanted = text.strip().lower().replace("-", "_").replace(" ", "")
        for member in cls:
            label = str(getattr(member, "label", ""))
            names = {member.value, member.name.lower(), label.lower().replace(" ", "")}
            names.update(getattr(member, "aliases", ()))
            if wanted in names:
                return member
    choices = ", ".join(f"{m.value} ({getattr(m, 'label', '')})" for m in cls)
    raise UnknownItem.for_value(field, text, f"one of {choices}", code=code)


class BackupService(enum.Enum):
    """The two SoftBank services the switches control.

    >>> BackupService.CONTACT_COPY.label
    '連絡先コピー'
    """

    ANSHIN_BACKUP = "anshin_backup"
    CONTACT_COPY = "contact_copy"

    @property
    def label(self) -> str:
        """The service's name in the manual."""
        return _SERVICE_LABELS[self]


_SERVICE_LABELS = {
    BackupService.ANSHIN_BACKUP: "あんしんバックアップ",
    BackupService.CONTACT_COPY: "連絡先コピー",
}


class BackupApp(enum.Enum):
    """The four apps whose menu items the switches control (SB-1, §1-3).

    >>> BackupApp.parse("iphone").label
    'あんしんバックアップ(iPhone版)'
    >>> BackupApp.WINDOWS_10_MOBILE.service
    <BackupService.CONTACT_COPY: 'contact_copy'>
    """

    FEATURE_PHONE_4G = "4g"
    IPHONE = "iphone"
    SMARTPHONE = "smartphone"
    WINDOWS_10_MOBILE = "windows10mobile"

    @property
    def label(self) -> str:
        """The app's name as the manual's §1-3 table gives it."""
        return _APP_LABELS[self]

    @property
    def service(self) -> BackupService:
        """The service the app belongs to."""
        if self is BackupApp.WINDOWS_10_MOBILE:
            return BackupService.CONTACT_COPY
        return BackupService.ANSHIN_BACKUP

    @property
    def aliases(self) -> tuple[str, ...]:
        """Short names accepted by :meth:`parse` besides the value, name and label."""
        return _APP_ALIASES[self]

    @classmethod
    def parse(cls, text: BackupApp | str) -> BackupApp:
        """Read an app by value, member name, label or short alias (``w10m``, ``android``).

        Values: ``4g``, ``iphone``, ``smartphone``, ``windows10mobile``.

        >>> BackupApp.parse("w10m"), BackupApp.parse("あんしんバックアップ(4Gケータイ版)")
        (<BackupApp.WINDOWS_10_MOBILE: 'windows10mobile'>, <BackupApp.FEATURE_PHONE_4G: '4g'>)
        """
        member: BackupApp = _parse_member(cls, text, field="app", code="backup.unknown_app")
        return member


_APP_LABELS = {
    BackupApp.FEATURE_PHONE_4G: "あんしんバックアップ(4Gケータイ版)",
    BackupApp.IPHONE: "あんしんバックアップ(iPhone版)",
    BackupApp.SMARTPHONE: "あんしんバックアップ(スマートフォン版)",
    BackupApp.WINDOWS_10_MOBILE: "連絡先コピー(Windows 10 Mobile)",
}
_APP_ALIASES = {
    BackupApp.FEATURE_PHONE_4G: ("4g_phone", "4gケータイ", "4gケータイ版", "feature_phone"),
    BackupApp.IPHONE: ("iphone版", "ios"),
    BackupApp.SMARTPHONE: ("スマートフォン", "スマートフォン版", "android"),
    BackupApp.WINDOWS_10_MOBILE: ("w10m", "windows", "windows10", "windows_10_mobile"),
}


class BackupSwitch(enum.Enum):
    """The two switches of a line (SB-1): バックアップ機能 and 電話帳移行機能.

    >>> BackupSwitch.MIGRATION.label
    '電話帳移行機能'
    """

    BACKUP = "backup"
    MIGRATION = "migration"

    @property
    def label(self) -> str:
        """The switch's name in the manual."""
        return "バックアップ機能" if self is BackupSwitch.BACKUP else "電話帳移行機能"


class BackupOperation(enum.Enum):
    """What the employee does: save, restore (バックアップ機能) or migrate (電話帳移行機能).

    Save and restore are one switch: 「保存だけ利用可にしたり、読み込みだけを利用可にしたりする
    ことはできません」 (§1-3 ※1).

    >>> BackupOperation.RESTORE.switch
    <BackupSwitch.BACKUP: 'backup'>
    >>> BackupOperation.parse("migrate")
    <BackupOperation.MIGRATION: 'migration'>
    """

    SAVE = "save"
    RESTORE = "restore"
    MIGRATION = "migration"

    @property
    def label(self) -> str:
        """The manual's words for the operation (§1-3 ※1, §2-3-1)."""
        return _OPERATION_LABELS[self]

    @property
    def switch(self) -> BackupSwitch:
        """The switch that governs the operation."""
        return BackupSwitch.MIGRATION if self is BackupOperation.MIGRATION else BackupSwitch.BACKUP

    @property
    def aliases(self) -> tuple[str, ...]:
        """Short names accepted by :meth:`parse` besides the value, name and label."""
        return _OPERATION_ALIASES[self]

    @classmethod
    def parse(cls, text: BackupOperation | str) -> BackupOperation:
        """Read an operation by value (``save``, ``restore``, ``migration``), name, label or alias.

        >>> BackupOperation.parse("復元")
        <BackupOperation.RESTORE: 'restore'>
        """
        member: BackupOperation = _parse_member(
            cls, text, field="operation", code="backup.unknown_operation"
        )
        return member


_OPERATION_LABELS = {
    BackupOperation.SAVE: "保存(バックアップ)",
    BackupOperation.RESTORE: "読み込み(復元)",
    BackupOperation.MIGRATION: "携帯電話から電話帳を読み込む機能",
}
_OPERATION_ALIASES = {
    BackupOperation.SAVE: ("backup", "保存", "バックアップ"),
    BackupOperation.RESTORE: ("load", "復元", "読み込み"),
    BackupOperation.MIGRATION: ("migrate", "phonebook", "電話帳移行", "電話帳移行機能"),
}


class Destination(enum.Enum):
    """Where data is saved to or restored from; only the server is controlled (SB-1).

    Phonebook migration always goes through the server (電話帳ダウンロード).

    >>> Destination.SD_CARD.label, Destination.SD_CARD.controlled
    ('SDカード', False)
    """

    SERVER = "server"
    SD_CARD = "sd_card"
    DEVICE = "device"

    @property
    def label(self) -> str:
        """The name the apps' screens use."""
        return {"server": "サーバー", "sd_card": "SDカード", "device": "本体"}[self.value]

    @property
    def controlled(self) -> bool:
        """True for the server: 「SDカード」「本体」 are 「利用制御されません」."""
        return self is Destination.SERVER

    @property
    def aliases(self) -> tuple[str, ...]:
        """Short names accepted by :meth:`parse` besides the value, name and label."""
        return {"server": ("サーバ",), "sd_card": ("sd", "sdcard"), "device": ("phone", "本体")}[
            self.value
        ]

    @classmethod
    def parse(cls, text: Destination | str) -> Destination:
        """Read a destination by value (``server``, ``sd_card``, ``device``), name or label.

        >>> Destination.parse("本体")
        <Destination.DEVICE: 'device'>
        """
        member: Destination = _parse_member(
            cls, text, field="destination", code="backup.unknown_destination"
        )
        return member


@attrs.frozen
class MenuItem:
    """One menu item of an app (SB-1): its label, the taps that reach it, what controls it.

    ``path`` is the manual's words for each step; ``switch`` is ``None`` for the SD card and
    本体 items, which no switch controls.

    >>> item = menu_item(BackupApp.SMARTPHONE, BackupOperation.SAVE)
    >>> item.label, item.switch.label
    ('データの保存(バックアップ)→サーバー', 'バックアップ機能')
    >>> item.path
    ('データの保存(バックアップ)', 'サーバー')
    """

    app: BackupApp
    operation: BackupOperation
    destination: Destination
    label: str
    path: tuple[str, ...]
    citation: Citation

    @property
    def switch(self) -> BackupSwitch | None:
        """The switch that controls the item, or ``None`` when it is never controlled."""
        return self.operation.switch if self.destination.controlled else None


def _item(
    app: BackupApp,
    operation: BackupOperation,
    destination: Destination,
    *path: str,
    label: str | None = None,
) -> MenuItem:
    citation = FUNCTIONS_CITATION if destination.controlled else _UNCONTROLLED_CITATION
    return MenuItem(app, operation, destination, label or "→".join(path), path, citation)


_4G, _IP, _SP, _WM = (
    BackupApp.FEATURE_PHONE_4G,
    BackupApp.IPHONE,
    BackupApp.SMARTPHONE,
    BackupApp.WINDOWS_10_MOBILE,
)
_SAVE, _RESTORE, _MIGRATION = BackupOperation
_SERVER, _SD, _DEVICE = Destination

MENU_ITEMS: Final[tuple[MenuItem, ...]] = (
    _item(
        _4G,
        _SAVE,
        _SERVER,
        "データの保存",
        "サーバーにデータを保存",
        label="サーバーにデータを保存",
    ),
    _item(
        _4G, _SAVE, _SD, "データの保存", "SDカードにデータを保存", label="SDカードにデータを保存"
    ),
    _item(
        _4G,
        _RESTORE,
        _SERVER,
        "データの復元",
        "サーバーからデータを復元",
        label="サーバーからデータを復元",
    ),
    _item(
        _4G,
        _RESTORE,
        _SD,
        "データの復元",
        "SDカードからデータを復元",
        label="SDカードからデータを復元",
    ),
    _item(_4G, _MIGRATION, _SERVER, "電話帳の移行"),
    _item(_IP, _SAVE, _SERVER, "電話帳の保存(バックアップ)"),
    _item(_IP, _RESTORE, _SERVER, "電話帳の読み込み(復元)"),
    _item(_IP, _MIGRATION, _SERVER, "携帯電話から電話帳読み込み"),
    _item(_SP, _SAVE, _SERVER, "データの保存(バックアップ)", "サーバー"),
    _item(_SP, _SAVE, _DEVICE, "データの保存(バックアップ)", "本体"),
    _item(_SP, _SAVE, _SD, "データの保存(バックアップ)", "SDカード"),
    _item(_SP, _RESTORE, _SERVER, "データの読み込み(復元)", "サーバー"),
    _item(_SP, _RESTORE, _DEVICE, "データの読み込み(復元)", "本体"),
    _item(_SP, _RESTORE, _SD, "データの読み込み(復元)", "SDカード"),
    _item(_SP, _MIGRATION, _SERVER, "電話帳読み込み"),
    _item(_WM, _SAVE, _SERVER, "データの保存(バックアップ)"),
    _item(_WM, _RESTORE, _SERVER, "データの読み込み(復元)"),
    _item(_WM, _MIGRATION, _SERVER, "携帯電話から連絡先読み込み"),
)
"""Every menu item of SB-1 (§1-3 table) and the uncontrolled SD card / 本体 items (Appendix).

The iPhone and Windows 10 Mobile apps offer no SD card or 本体 item in the manual.

>>> sum(1 for item in MENU_ITEMS if item.switch is None)
6
"""

_MENU_INDEX = {(i.app, i.operation, i.destination): i for i in MENU_ITEMS}


def menu_item(
    app: BackupApp | str,
    operation: BackupOperation | str,
    destination: Destination | str = Destination.SERVER,
) -> MenuItem:
    """Look up the menu item an app shows for ``operation`` to or from ``destination`` (SB-1).

    A destination the app does not offer for the operation is an
    :class:`~telcobiz.core.errors.UnknownItem` (``backup.destination_not_offered``).

    >>> menu_item("4g", "save", "sd_card").label
    'SDカードにデータを保存'
    >>> menu_item("iphone", "migration").label
    '携帯電話から電話帳読み込み'
    """
    app, operation = BackupApp.parse(app), BackupOperation.parse(operation)
    destination = Destination.parse(destination)
    found = _MENU_INDEX.get((app, operation, destination))
    if found is None:
        offered = [d.value for (a, o, d) in _MENU_INDEX if (a, o) == (app, operation)]
        raise UnknownItem.for_value(
            "destination",
            destination.value,
            f"one of {', '.join(offered)} for {operation.value} in {app.label}",
            code="backup.destination_not_offered",
        )
    return found
