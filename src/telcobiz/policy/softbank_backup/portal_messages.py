"""SB-5: every check of the portal screens, and its message exactly as §1-7 prints it.

The screens that check a selection (:class:`PortalScreen`), what can be wrong with it
(:class:`PortalProblemKind`), and the manual's message and explanation for each
(:data:`PORTAL_MESSAGES`). Where the manual states a limit but prints no message, the text is
``None``. The checks are :mod:`~telcobiz.policy.softbank_backup.portal` and
:mod:`~telcobiz.policy.softbank_backup.portal_confirmation`.

>>> PORTAL_MESSAGES[PortalProblemKind.OUTSIDE_HOURS].text
'ただいまの時間帯はあんしんバックアップを利用できません。'
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

from telcobiz.core.citation import BACKUP_MANUAL, Citation

__all__ = [
    "MAX_SELECTION",
    "PORTAL_MESSAGES",
    "PortalMessage",
    "PortalProblemKind",
    "PortalScreen",
]

MAX_SELECTION: Final = 200
"""The most lines one screen takes at once (§1-7, §2-3, §2-4, §2-5).

>>> MAX_SELECTION
200
"""

_ERRORS = Citation(BACKUP_MANUAL, "§1-7", rule="SB-5")
_GROUP_SCOPE = Citation(BACKUP_MANUAL, "§2-3-2", rule="SB-5")


class PortalScreen(enum.Enum):
    """The portal screens that check a selection (§1-7 columns, plus the password screen).

    >>> PortalScreen.APP_DOWNLOAD_MAIL.label
    'アプリDL依頼メール送信'
    """

    PHONE_NUMBER_LIST = "phone_number_list"
    GROUP = "group"
    CONFIRM = "confirm"
    APP_DOWNLOAD_MAIL = "app_download_mail"
    PASSWORD_MAIL = "password_mail"

    @property
    def label(self) -> str:
        """The screen's name in the manual."""
        return _SCREEN_LABELS[self]


_SCREEN_LABELS = {
    PortalScreen.PHONE_NUMBER_LIST: "携帯電話番号一覧から選択",
    PortalScreen.GROUP: "グループから選択",
    PortalScreen.CONFIRM: "確認",
    PortalScreen.APP_DOWNLOAD_MAIL: "アプリDL依頼メール送信",
    PortalScreen.PASSWORD_MAIL: "My SoftBankパスワード照会／通知",
}


class PortalProblemKind(enum.Enum):
    """What can be wrong with a selection on a portal screen (SB-5).

    >>> PortalProblemKind.TOO_MANY_LINES.code
    'backup.too_many_lines'
    """

    NO_SELECTION = "no_selection"
    TOO_MANY_LINES = "too_many_lines"
    CANCELLED_LINE = "cancelled_line"
    GROUP_OUT_OF_SCOPE = "group_out_of_scope"
    OUTSIDE_HOURS = "outside_hours"
    UPDATE_CONFLICT = "update_conflict"

    @property
    def code(self) -> str:
        """The machine code the ``validate_…`` functions raise."""
        return f"backup.{self.value}"


@attrs.frozen
class PortalMessage:
    """How the manual states one check: the portal's message (or ``None``), its explanation.

    ``screens`` are the screens that run the check; ``text`` is ``None`` where the manual
    states the rule but prints no message for it.

    >>> PORTAL_MESSAGES[PortalProblemKind.NO_SELECTION].text
    'ユーザが1件も選択されていません。'
    """

    kind: PortalProblemKind
    text: str | None
    explanation: str
    screens: frozenset[PortalScreen]
    citation: Citation

    def text_on(self, screen: PortalScreen) -> str | None:
        """Return the message the portal shows on ``screen``, if the manual prints one there.

        >>> PORTAL_MESSAGES[PortalProblemKind.NO_SELECTION].text_on(PortalScreen.PASSWORD_MAIL)
        """
        return self.text if screen in _PRINTED[self.kind] else None


_LIST, _GROUP, _CONFIRM, _APP_DL, _PASSWORD = PortalScreen
_SELECTION_SCREENS = frozenset({_LIST, _GROUP, _APP_DL, _PASSWORD})

# The screens where §1-7 marks a message ○; elsewhere the check applies without a message.
_PRINTED = {
    PortalProblemKind.NO_SELECTION: frozenset({_LIST, _GROUP, _APP_DL}),
    PortalProblemKind.TOO_MANY_LINES: frozenset({_LIST, _GROUP, _APP_DL}),
    PortalProblemKind.CANCELLED_LINE: frozenset({_LIST, _GROUP, _CONFIRM, _APP_DL}),
    PortalProblemKind.GROUP_OUT_OF_SCOPE: frozenset(),
    PortalProblemKind.OUTSIDE_HOURS: frozenset({_CONFIRM}),
    PortalProblemKind.UPDATE_CONFLICT: frozenset({_CONFIRM}),
}

PORTAL_MESSAGES: Final[dict[PortalProblemKind, PortalMessage]] = {
    message.kind: message
    for message in (
        PortalMessage(
            PortalProblemKind.NO_SELECTION,
            "ユーザが1件も選択されていません。",
            "1回線以上の選択が必要です。",
            _SELECTION_SCREENS,
            Citation(BACKUP_MANUAL, "§1-7", row="1", rule="SB-5"),
        ),
        PortalMessage(
            PortalProblemKind.TOO_MANY_LINES,
            "選択できるユーザは200件までです。",
            "200回線以下の選択である必要があります。",
            _SELECTION_SCREENS,
            Citation(BACKUP_MANUAL, "§1-7", row="2", rule="SB-5"),
        ),
        PortalMessage(
            PortalProblemKind.CANCELLED_LINE,
            "ご利用いただけない契約の対象者が選択されています。",
            "選択した中に解約済の回線があります。",
            frozenset({_LIST, _GROUP, _CONFIRM, _APP_DL}),
            Citation(BACKUP_MANUAL, "§1-7", row="3", rule="SB-5"),
        ),
        PortalMessage(
            PortalProblemKind.GROUP_OUT_OF_SCOPE,
            None,
            "サービス対象外(3G ケータイなど)の回線を含むグループは選択できません。",
            frozenset({_GROUP}),
            _GROUP_SCOPE,
        ),
        PortalMessage(
            PortalProblemKind.OUTSIDE_HOURS,
            "ただいまの時間帯はあんしんバックアップを利用できません。",
            "利用可否設定の受付時間は9:00～23:00です。",
            frozenset({_CONFIRM}),
            Citation(BACKUP_MANUAL, "§1-7", row="4", rule="SB-5"),
        ),
        PortalMessage(
            PortalProblemKind.UPDATE_CONFLICT,
            "ただいま受付できません。しばらく経ってから再度お試しください。",
            "他の管理者の更新操作と競合した際に発生します。",
            frozenset({_CONFIRM}),
            Citation(BACKUP_MANUAL, "§1-7", row="5", rule="SB-5"),
        ),
    )
}
"""SB-5: every check of the portal, its message and explanation exactly as §1-7 prints them.

The password screen's 200-line limit is stated in §2-5 (「一度に送信できる件数は200件までです。」)
without a message; so is the group screen's out-of-scope rule (§2-3-2).

>>> [m.kind.value for m in PORTAL_MESSAGES.values() if PortalScreen.CONFIRM in m.screens]
['cancelled_line', 'outside_hours', 'update_conflict']
"""

_PASSWORD_LIMIT_CITATION = Citation(BACKUP_MANUAL, "§2-5", rule="SB-5")
