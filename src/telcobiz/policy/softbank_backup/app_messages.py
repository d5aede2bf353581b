"""The messages the apps show when a switch stops them (SB-3, SB-4), character for character.

SB-3 is the §1-6 table of 「法人コンシェルサイト あんしんバックアップ／連絡先コピー設定
利用マニュアル」 Ver.2.3: one message for each switch state that stops an operation. SB-4 is the
message (2104) of 4Gケータイ版 「電話帳の移行」 once the 60 days after a model change from a 3G
phone are over.
:class:`DecisionReason` says why
:func:`~telcobiz.policy.softbank_backup.decision.check_app_operation` decided as it did.

>>> APP_MESSAGES[DecisionReason.MIGRATION_PERIOD_ENDED].error_code
2104
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

from telcobiz.core.citation import BACKUP_MANUAL, Citation
from telcobiz.core.text import check_lang

__all__ = [
    "APP_MESSAGES",
    "AppMessage",
    "DecisionReason",
]

_WINDOW_CITATION = Citation(
    BACKUP_MANUAL, "Appendix 利用規制時のエラー発生タイミング 3", rule="SB-4"
)


@attrs.frozen
class AppMessage:
    """A message an app shows when a switch stops it (SB-3, SB-4), exactly as the manual prints it.

    ``condition`` is the manual's own 発生条件 (when the app shows it).

    >>> APP_MESSAGES[DecisionReason.BOTH_SWITCHES_OFF].text
    'お使いの回線契約をご確認ください。2105'
    """

    text: str
    error_code: int | None
    condition: str
    citation: Citation


class DecisionReason(enum.Enum):
    """Why :func:`~telcobiz.policy.softbank_backup.decision.check_app_operation` decided so.

    The denials carry the message the app shows.

    >>> DecisionReason.BOTH_SWITCHES_OFF.message.error_code
    2105
    >>> DecisionReason.SWITCH_ON.message is None
    True
    """

    UNCONTROLLED_DESTINATION = "uncontrolled_destination"
    SWITCH_ON = "switch_on"
    BOTH_SWITCHES_OFF = "both_switches_off"
    BACKUP_SWITCH_OFF = "backup_switch_off"
    MIGRATION_SWITCH_OFF = "migration_switch_off"
    MIGRATION_PERIOD_ENDED = "migration_period_ended"

    @property
    def message(self) -> AppMessage | None:
        """The message the app shows, or ``None`` when the operation goes ahead."""
        return APP_MESSAGES.get(self)

    @property
    def code(self) -> str:
        """The machine code a denial raises.

        The code of :func:`~telcobiz.policy.softbank_backup.decision.validate_app_operation`.
        """
        return f"backup.{self.value}"

    def describe(self, lang: str = "en") -> str:
        """One phrase saying why, in Japanese (``ja``) or English (``en``).

        >>> DecisionReason.BACKUP_SWITCH_OFF.describe("en")
        'バックアップ機能 is × while 電話帳移行機能 is ○, and a backup item was used'
        """
        check_lang(lang)
        message = self.message
        if lang == "ja":
            return message.condition if message else _REASON_JA[self]
        return _REASON_EN[self]


_REASON_JA = {
    DecisionReason.UNCONTROLLED_DESTINATION: "SDカード・本体は利用制御されません",
    DecisionReason.SWITCH_ON: "操作を制御する機能が○ 利用可です",
}
_REASON_EN = {
    DecisionReason.UNCONTROLLED_DESTINATION: (
        "saving to or restoring from the SD card or 本体 (the device) is never controlled"
    ),
    DecisionReason.SWITCH_ON: "the switch that controls the operation is ○ (on)",
    DecisionReason.BOTH_SWITCHES_OFF: "both switches are ×, and either function was used",
    DecisionReason.BACKUP_SWITCH_OFF: (
        "バックアップ機能 is × while 電話帳移行機能 is ○, and a backup item was used"
    ),
    DecisionReason.MIGRATION_SWITCH_OFF: (
        "電話帳移行機能 is × while バックアップ機能 is ○, and phonebook migration was used"
    ),
    DecisionReason.MIGRATION_PERIOD_ENDED: (
        "more than 60 days have passed since the model change from a 3G phone"
    ),
}

APP_MESSAGES: Final[dict[DecisionReason, AppMessage]] = {
    DecisionReason.BOTH_SWITCHES_OFF: AppMessage(
        "お使いの回線契約をご確認ください。2105",
        2105,
        "バックアップ機能× 電話帳移行機能× の設定状態で、バックアップ機能または電話帳移行機能を"
        "利用しようとしたとき",
        Citation(BACKUP_MANUAL, "§1-6", row="1", rule="SB-3"),
    ),
    DecisionReason.BACKUP_SWITCH_OFF: AppMessage(
        "管理者によりご利用を制限されています。",
        None,
        "バックアップ機能× 電話帳移行機能○ の設定状態で、バックアップ機能を利用しようとしたとき",
        Citation(BACKUP_MANUAL, "§1-6", row="2", rule="SB-3"),
    ),
    DecisionReason.MIGRATION_SWITCH_OFF: AppMessage(
        "電話帳ダウンロードを中止しました。管理者によりご利用を制限されています。",
        None,
        "バックアップ機能○ 電話帳移行機能× の設定状態で、電話帳移行機能を利用しようとしたとき",
        Citation(BACKUP_MANUAL, "§1-6", row="3", rule="SB-3"),
    ),
    DecisionReason.MIGRATION_PERIOD_ENDED: AppMessage(
        "本機能は、機種変更をおこなってから60日間だけ使える機能です。お客様のご利用可能期間が"
        "すでに終了したためご利用できません。(エラーコード2104)",
        2104,
        "3Gケータイからの機種変更後60日経過した場合",
        _WINDOW_CITATION,
    ),
}
"""SB-3 and SB-4: the messages the apps show, by the reason they show them (§1-6, Appendix 3).

>>> sorted(m.error_code for m in APP_MESSAGES.values() if m.error_code)
[2104, 2105]
"""
