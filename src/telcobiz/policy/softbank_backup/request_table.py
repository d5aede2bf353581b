"""SB-6: the §1-4 table of when a line's backup setting can be requested, per contract event.

The manual's table, flattened as the SB-6 Decision says, `telcobiz rules SB-6` (its merged cells put
「× 利用不可」 on the 機種変更 row, but the text under it settles that an existing line can be
requested at any time):

| account | contract event | before | same day | from the next day |
|---|---|---|---|---|
| ID 発行済 | (none), 機種変更, 情報変更 | ○ | ○ | ○ |
| ID 発行済 | 新規(追加), MNP転入(追加) | × | ○ after a manual update ※1 | ○ may slip ※2 |
| ID 新規発行 | 新規(純新規), MNP転入(純新規) | × | ○ once the ID is issued ※3 | ○ ※3 |

Requests are accepted 9:00–23:00 JST
(:data:`~telcobiz.scheduling.hours.SOFTBANK_BACKUP_ACCEPTANCE`), and a change takes effect
with a lag (the history shows 処理中 / 正常終了 / 異常終了).
:func:`~telcobiz.policy.softbank_backup.availability.request_availability` reads a line's row.

>>> ContractEvent.parse("MNP転入(純新規)").account.label
'法人コンシェルサイトID 新規発行の場合'
>>> RequestCondition.MANUAL_UPDATE.mark, RequestCondition.MANUAL_UPDATE.note
('※1', '手動更新が必要です。')
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.core.errors import UnknownItem
from telcobiz.core.text import check_lang

__all__ = [
    "ANY_TIME_NOTE",
    "LAG_NOTE",
    "MODEL_CHANGE_ADVICE",
    "ConciergeAccount",
    "ContractEvent",
    "PhaseRule",
    "RequestCondition",
    "RequestPhase",
]

_TIMING = "§1-4"
_FLATTENED = Citation(RULEBOOK, "SB-6 Decision (merged cells flattened)", rule="SB-6")

ANY_TIME_NOTE: Final = (
    "既存回線は、契約中端末の機種や、機種変更・情報変更の実施の有無などにかかわらず、"
    "いつでも申請可能です。"
)
"""§1-4: an existing line can be requested at any time, whatever its events.

>>> ANY_TIME_NOTE.endswith("いつでも申請可能です。")
True
"""

MODEL_CHANGE_ADVICE: Final = (
    "例えば機種変更後すぐにあんしんバックアップアプリの利用を開始したい場合は、あらかじめ、"
    "機種変更の前日までに設定変更を完了しておけば、機種変更後すぐにあんしんバックアップアプリの"
    "利用を開始できます。"
)
"""§1-4: finish the setting by the day before a model change to use the app right after it.

>>> "機種変更の前日までに" in MODEL_CHANGE_ADVICE
True
"""

LAG_NOTE: Final = (
    "利用可否設定の変更申請後、申請が完了(実際にアプリケーションの利用可否が変更される)までには"
    "タイムラグがあります。"
)
"""§1-4: a request takes effect with a lag (see the history: 処理中 / 正常終了 / 異常終了).

>>> LAG_NOTE.endswith("タイムラグがあります。")
True
"""


class ConciergeAccount(enum.Enum):
    """The state of the company's 法人コンシェルサイト ID when the line's event happens.

    >>> ConciergeAccount.NEWLY_ISSUED.label
    '法人コンシェルサイトID 新規発行の場合'
    """

    ISSUED = "issued"
    NEWLY_ISSUED = "newly_issued"

    @property
    def label(self) -> str:
        """The row heading of the §1-4 table."""
        if self is ConciergeAccount.ISSUED:
            return "法人コンシェルサイトID 発行済の場合"
        return "法人コンシェルサイトID 新規発行の場合"


class ContractEvent(enum.Enum):
    """A line contract event of the §1-4 table (``NONE``: an existing line, no event).

    >>> ContractEvent.MNP_PURE.label, ContractEvent.MNP_PURE.account.value
    ('MNP転入(純新規)', 'newly_issued')
    >>> ContractEvent.parse("情報変更")
    <ContractEvent.INFO_CHANGE: 'info_change'>
    """

    NONE = "none"
    MODEL_CHANGE = "model_change"
    INFO_CHANGE = "info_change"
    NEW_ADDITIONAL = "new_additional"
    MNP_ADDITIONAL = "mnp_additional"
    NEW_PURE = "new_pure"
    MNP_PURE = "mnp_pure"

    @property
    def label(self) -> str:
        """The event's name in the manual."""
        return _EVENT_LABELS[self]

    @property
    def account(self) -> ConciergeAccount:
        """The account state the event implies: 純新規 events come with a new ID."""
        if self in (ContractEvent.NEW_PURE, ContractEvent.MNP_PURE):
            return ConciergeAccount.NEWLY_ISSUED
        return ConciergeAccount.ISSUED

    @property
    def existing_line(self) -> bool:
        """Tell whether the line exists before the event (no event, 機種変更, 情報変更)."""
        return self in (ContractEvent.NONE, ContractEvent.MODEL_CHANGE, ContractEvent.INFO_CHANGE)

    @classmethod
    def parse(cls, text: ContractEvent | str) -> ContractEvent:
        """Read an event by value, member name or Japanese label.

        >>> ContractEvent.parse("new-additional")
        <ContractEvent.NEW_ADDITIONAL: 'new_additional'>
        """
        if isinstance(text, cls):
            return text
        if isinstance(text, str):
            wanted = text.strip().lower().replace("-", "_")
            for member in cls:
                if wanted in (member.value, member.name.lower(), member.label.lower()):
                    return member
        raise UnknownItem.for_value(
            "event",
            text,
            "one of " + ", ".join(f"{m.value} ({m.label})" for m in cls),
            code="backup.unknown_event",
        )


_EVENT_LABELS = {
    ContractEvent.NONE: "既存回線",
    ContractEvent.MODEL_CHANGE: "機種変更",
    ContractEvent.INFO_CHANGE: "情報変更",
    ContractEvent.NEW_ADDITIONAL: "新規(追加)",
    ContractEvent.MNP_ADDITIONAL: "MNP転入(追加)",
    ContractEvent.NEW_PURE: "新規(純新規)",
    ContractEvent.MNP_PURE: "MNP転入(純新規)",
}


class RequestPhase(enum.Enum):
    """The three columns of the §1-4 table, relative to the day of the event.

    >>> RequestPhase.FROM_NEXT_DAY.label
    '実施の翌日以降'
    """

    BEFORE = "before"
    SAME_DAY = "same_day"
    FROM_NEXT_DAY = "from_next_day"

    @property
    def label(self) -> str:
        """The column heading of the §1-4 table."""
        return {"before": "実施前", "same_day": "実施当日", "from_next_day": "実施の翌日以降"}[
            self.value
        ]


class RequestCondition(enum.Enum):
    """A footnote of the §1-4 table that conditions a ○, with its exact text.

    >>> RequestCondition.MANUAL_UPDATE.note
    '手動更新が必要です。'
    """

    MANUAL_UPDATE = "manual_update"
    AUTOMATIC_MAY_SLIP = "automatic_may_slip"
    ID_ISSUED = "id_issued"

    @property
    def mark(self) -> str:
        """The footnote mark in the table (※1, ※2, ※3)."""
        return _CONDITIONS[self][0]

    @property
    def note(self) -> str:
        """The footnote's text, exactly."""
        return _CONDITIONS[self][1]

    @property
    def english(self) -> str:
        """The footnote in English.

        >>> RequestCondition.MANUAL_UPDATE.english
        'after a manual update'
        """
        return _CONDITIONS[self][2]


_CONDITIONS = {
    RequestCondition.MANUAL_UPDATE: (
        "※1",
        "手動更新が必要です。",
        "after a manual update",
    ),
    RequestCondition.AUTOMATIC_MAY_SLIP: (
        "※2",
        "自動更新ですがメンテナンス等により、実施の翌々日以降の反映となる場合があります。"
        "手動更新も可です。",
        "automatic; maintenance may delay it to the day after next or later"
        " (a manual update also works)",
    ),
    RequestCondition.ID_ISSUED: (
        "※3",
        "法人コンシェルサイトIDの発行後。",
        "once the 法人コンシェルサイト ID is issued",
    ),
}


@attrs.frozen
class PhaseRule:
    """One cell of the flattened §1-4 table: can the setting be requested, and on what condition.

    >>> str(PhaseRule(RequestPhase.SAME_DAY, True, RequestCondition.MANUAL_UPDATE))
    '実施当日: ○ 利用可 ※1 手動更新が必要です。'
    """

    phase: RequestPhase
    allowed: bool
    condition: RequestCondition | None = None

    def __str__(self) -> str:
        cell = "○ 利用可" if self.allowed else "× 利用不可"
        if self.condition is not None:
            cell += f" {self.condition.mark} {self.condition.note}"
        return f"{self.phase.label}: {cell}"

    def describe(self, lang: str = "ja") -> str:
        """Describe the cell in Japanese (the table's words) or English.

        >>> PhaseRule(RequestPhase.BEFORE, False).describe("en")
        'before the event: no'
        """
        check_lang(lang)
        if lang == "ja":
            return str(self)
        phase = {
            RequestPhase.BEFORE: "before the event",
            RequestPhase.SAME_DAY: "on the day of the event",
            RequestPhase.FROM_NEXT_DAY: "from the next day",
        }[self.phase]
        answer = "yes" if self.allowed else "no"
        if self.condition is not None:
            answer += f", {self.condition.english}"
        return f"{phase}: {answer}"


_B, _S, _N = RequestPhase
_ANY_TIME = (PhaseRule(_B, True), PhaseRule(_S, True), PhaseRule(_N, True))
_TABLE: Final[dict[ContractEvent, tuple[PhaseRule, ...]]] = {
    ContractEvent.NONE: _ANY_TIME,
    ContractEvent.MODEL_CHANGE: _ANY_TIME,
    ContractEvent.INFO_CHANGE: _ANY_TIME,
    ContractEvent.NEW_ADDITIONAL: (
        PhaseRule(_B, False),
        PhaseRule(_S, True, RequestCondition.MANUAL_UPDATE),
        PhaseRule(_N, True, RequestCondition.AUTOMATIC_MAY_SLIP),
    ),
    ContractEvent.NEW_PURE: (
        PhaseRule(_B, False),
        PhaseRule(_S, True, RequestCondition.ID_ISSUED),
        PhaseRule(_N, True, RequestCondition.ID_ISSUED),
    ),
}
_TABLE[ContractEvent.MNP_ADDITIONAL] = _TABLE[ContractEvent.NEW_ADDITIONAL]
_TABLE[ContractEvent.MNP_PURE] = _TABLE[ContractEvent.NEW_PURE]
