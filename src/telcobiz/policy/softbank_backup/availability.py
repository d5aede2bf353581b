"""SB-6: when a line's setting can first be requested around its contract event (§1-4).

:func:`request_availability` applies the line's row of the §1-4 table
(:mod:`~telcobiz.policy.softbank_backup.request_table`) to the event's date: the earliest day
and moment (9:00 JST, the acceptance window of SB-5), whether that day needs a manual update,
and from when the automatic update comes.

>>> from datetime import date
>>> result = request_availability(ContractEvent.NEW_ADDITIONAL, event_date=date(2026, 11, 24))
>>> result.earliest, result.needs_manual_update, result.automatic_from, result.may_slip
(datetime.date(2026, 11, 24), True, datetime.date(2026, 11, 25), True)
>>> request_availability("model_change").any_time
True
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

import attrs

from telcobiz.core.citation import BACKUP_MANUAL, Citation
from telcobiz.core.dates import add_days
from telcobiz.core.errors import InvalidInput, UnknownItem
from telcobiz.core.frames import columns, to_dataframe
from telcobiz.core.text import check_lang
from telcobiz.policy.softbank_backup.request_table import (
    _FLATTENED,
    _TABLE,
    _TIMING,
    ANY_TIME_NOTE,
    LAG_NOTE,
    MODEL_CHANGE_ADVICE,
    ConciergeAccount,
    ContractEvent,
    PhaseRule,
    RequestCondition,
)
from telcobiz.scheduling.hours import SOFTBANK_BACKUP_ACCEPTANCE

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "RequestAvailability",
    "request_availability",
]

_PHASE_COLUMNS = columns(event="text", phase="text", allowed="bool", condition="text", note="text")


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

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, one row per phase (the ``pandas`` extra).

        >>> request_availability("new_pure").to_dataframe()["allowed"].tolist()
        [False, True, True]
        """
        return to_dataframe(
            self.to_rows(), _PHASE_COLUMNS, needed_by="RequestAvailability.to_dataframe()"
        )


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
    automatic_from = add_days(event_date, 1, field="event_date") if slips and event_date else None
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
