"""SB-6: when a line's あんしんバックアップ／連絡先コピー setting can first be requested (§1-4).

The manual's table, flattened as RULES.md's SB-6 Decision says (its merged cells put
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

>>> from datetime import date
>>> result = request_availability(ContractEvent.NEW_ADDITIONAL, event_date=date(2026, 11, 24))
>>> result.earliest, result.needs_manual_update, result.automatic_from, result.may_slip
(datetime.date(2026, 11, 24), True, datetime.date(2026, 11, 25), True)
>>> request_availability("model_change").any_time
True
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timedelta
from typing import Any, Final

import attrs

from telcobiz.core.citation import BACKUP_MANUAL, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput, UnknownItem
from telcobiz.core.text import check_lang
from telcobiz.scheduling.hours import SOFTBANK_BACKUP_ACCEPTANCE

__all__ = [
    "ANY_TIME_NOTE",
    "LAG_NOTE",
    "MODEL_CHANGE_ADVICE",
    "ConciergeAccount",
    "ContractEvent",
    "PhaseRule",
    "RequestAvailability",
    "RequestCondition",
    "RequestPhase",
    "request_availability",
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


def _event_date(value: object) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidInput.for_value(
            "event_date", value, "a datetime.date (not a datetime)", code="backup.not_a_date"
        )
    return value


@attrs.frozen
class RequestAvailability:
    """When a line's setting can first be requested around a contract event (SB-6).

    ``any_time`` for an existing line; else ``earliest`` is the event day (with the
    condition of :attr:`same_day`) and ``earliest_at`` its first accepted moment (9:00 JST).
    For 新規(追加)/MNP転入(追加) the same day needs a manual update
    (``needs_manual_update``) and the automatic update comes from ``automatic_from``, the
    next day, which maintenance may delay (``may_slip``).

    >>> print(request_availability("new_pure", event_date=date(2026, 11, 24)))
    新規(純新規): from 2026-11-24 (9:00 JST), once the 法人コンシェルサイト ID is issued
    >>> print(request_availability("new_additional"))  # doctest: +NORMALIZE_WHITESPACE
    新規(追加): from the day of the event, after a manual update;
    automatic from the next day, maintenance may delay it
    """

    any_time: bool
    earliest: date | None
    earliest_at: datetime | None
    event: ContractEvent
    account: ConciergeAccount
    event_date: date | None
    phases: tuple[PhaseRule, ...]
    automatic_from: date | None
    needs_manual_update: bool
    may_slip: bool
    rules: tuple[str, ...] = ("SB-6", "SB-5")
    citations: tuple[Citation, ...] = ()

    @property
    def before(self) -> PhaseRule:
        """The cell before the event (実施前)."""
        return self.phases[0]

    @property
    def same_day(self) -> PhaseRule:
        """The cell of the event's day (実施当日)."""
        return self.phases[1]

    @property
    def from_next_day(self) -> PhaseRule:
        """The cell from the day after the event (実施の翌日以降)."""
        return self.phases[2]

    def phase_on(self, day: date) -> PhaseRule:
        """Return the cell that applies on ``day`` (needs ``event_date``).

        >>> result = request_availability("mnp_additional", event_date=date(2026, 11, 24))
        >>> str(result.phase_on(date(2026, 11, 23)))
        '実施前: × 利用不可'
        """
        if self.event_date is None:
            raise InvalidInput(
                "event_date: needed to place a day before, on or after the event",
                code="backup.event_date_required",
                field="event_date",
                expected="request_availability(..., event_date=date(...))",
            )
        day = _event_date(day)
        if day < self.event_date:
            return self.before
        return self.same_day if day == self.event_date else self.from_next_day

    def __str__(self) -> str:
        head = self.event.label
        if self.any_time:
            return f"{head}: any time (an existing line), 9:00–23:00 JST"
        cond = self.same_day.condition
        when = (
            f"from {self.earliest.isoformat()} (9:00 JST)"
            if self.earliest is not None
            else "from the day of the event"
        )
        text = f"{head}: {when}, {cond.english if cond else 'no condition'}"
        if self.may_slip:
            nxt = self.automatic_from.isoformat() if self.automatic_from else "the next day"
            text += f"; automatic from {nxt}, maintenance may delay it"
        return text

    def explain(self, lang: str = "ja") -> str:
        """Give the three cells, the dates, the notes and the sources.

        >>> print(request_availability("new_additional", event_date=date(2026, 11, 24))
        ...       .explain("en").splitlines()[1])
        account: 法人コンシェルサイトID 発行済の場合
        """
        check_lang(lang)
        ja = lang == "ja"
        lines = [
            f"{'契約' if ja else 'event'}: {self.event.label}"
            + (f" ({self.event_date.isoformat()})" if self.event_date else ""),
            f"{'アカウント' if ja else 'account'}: {self.account.label}",
        ]
        lines.extend(f"- {phase.describe(lang)}" for phase in self.phases)
        if self.any_time:
            lines.append(f"{'注意' if ja else 'note'}: {ANY_TIME_NOTE}")
        if self.earliest is not None:
            lines.append(f"{'最短' if ja else 'earliest'}: {self.earliest.isoformat()}")
        if self.automatic_from is not None:
            label = "自動反映" if ja else "automatic from"
            slip = (
                "（翌々日以降の場合あり）" if ja else " (may slip to the day after next or later)"
            )
            lines.append(f"{label}: {self.automatic_from.isoformat()}{slip}")
        if self.event is ContractEvent.MODEL_CHANGE:
            lines.append(f"{'注意' if ja else 'note'}: {MODEL_CHANGE_ADVICE}")
        hours = SOFTBANK_BACKUP_ACCEPTANCE
        lines.append(f"{'受付時間' if ja else 'accepted'}: {hours.describe(lang)} ({hours.text})")
        lines.append(f"{'注意' if ja else 'note'}: {LAG_NOTE}")
        lines.extend(f"{'根拠' if ja else 'source'}: {c}" for c in self.citations)
        return "\n".join(lines)

    def to_rows(self) -> list[dict[str, Any]]:
        """One JSON-ready dict per cell of the table row.

        >>> [row["allowed"] for row in request_availability("new_pure").to_rows()]
        [False, True, True]
        """
        return [
            {
                "event": self.event.value,
                "phase": phase.phase.value,
                "allowed": phase.allowed,
                "condition": None if phase.condition is None else phase.condition.value,
                "note": None if phase.condition is None else phase.condition.note,
            }
            for phase in self.phases
        ]


def _account(value: object) -> ConciergeAccount:
    if isinstance(value, ConciergeAccount):
        return value
    for member in ConciergeAccount:
        if isinstance(value, str) and value.strip().lower() in (member.value, member.label):
            return member
    raise UnknownItem.for_value(
        "account", value, "issued or newly_issued", code="backup.unknown_account"
    )


def request_availability(
    event: ContractEvent | str,
    *,
    event_date: date | None = None,
    account: ConciergeAccount | str | None = None,
) -> RequestAvailability:
    """Tell when the setting of a line can first be requested around ``event`` (SB-6, §1-4).

    ``account`` may be given to cross-check: 純新規 events come with a newly issued
    法人コンシェルサイト ID, every other event with an issued one; a mismatch is an
    :class:`~telcobiz.core.errors.InvalidInput` (``backup.account_mismatch``).

    >>> r = request_availability("model_change", event_date=date(2026, 11, 24))
    >>> r.any_time, r.earliest, str(r.before)
    (True, None, '実施前: ○ 利用可')
    >>> request_availability("new_pure", account="issued")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: account: got 'issued'; expected 法人コンシェルサイトID \
新規発行の場合 for 新規(純新規)
    """
    event = ContractEvent.parse(event)
    if event_date is not None:
        event_date = _event_date(event_date)
    if account is not None and _account(account) is not event.account:
        raise InvalidInput.for_value(
            "account",
            account.value if isinstance(account, ConciergeAccount) else account,
            f"{event.account.label} for {event.label}",
            code="backup.account_mismatch",
        )
    phases = _TABLE[event]
    any_time = all(phase.allowed and phase.condition is None for phase in phases)
    earliest = None if any_time or event_date is None else event_date
    earliest_at = None
    if earliest is not None:
        earliest_at = SOFTBANK_BACKUP_ACCEPTANCE.next_open(datetime.combine(earliest, time(0)))
    slips = any(p.condition is RequestCondition.AUTOMATIC_MAY_SLIP for p in phases)
    automatic_from = event_date + timedelta(days=1) if slips and event_date else None
    citations = (
        Citation(BACKUP_MANUAL, _TIMING, row=event.label, rule="SB-6"),
        _FLATTENED,
        SOFTBANK_BACKUP_ACCEPTANCE.citation,
    )
    return RequestAvailability(
        any_time=any_time,
        earliest=earliest,
        earliest_at=earliest_at,
        event=event,
        account=event.account,
        event_date=event_date,
        phases=phases,
        automatic_from=automatic_from,
        needs_manual_update=any(p.condition is RequestCondition.MANUAL_UPDATE for p in phases),
        may_slip=slips,
        citations=citations,
    )
