"""KDDI Message Cast operations: maintenance notice and incident targets (MC-9, MC-10).

- :func:`maintenance_notice_ok`: planned stops announced at least 7 days ahead, on or before
  the calendar day 7 days before the stop, JST (MC-9).
- :func:`incident_targets`: first report within 1 hour, recovery within 2 hours; a fault
  caused by the 誤配信防止オプション counts its 2 hours inside business-day 9:00–18:00 (MC-10).

>>> from datetime import datetime
>>> bool(maintenance_notice_ok(datetime(2026, 11, 13, 18, 0), datetime(2026, 11, 20, 1, 0)))
True
>>> incident_targets(datetime(2026, 11, 20, 10, 0)).recovery_by.isoformat()
'2026-11-20T12:00:00+09:00'
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timedelta
from typing import Final

import attrs

from telcobiz.core.citation import MESSAGE_CAST_GUIDE, RULEBOOK, Citation
from telcobiz.core.dates import add_days, add_duration
from telcobiz.core.errors import UnknownItem
from telcobiz.core.jst import JST, jst_naive
from telcobiz.core.text import check_lang, explanation, format_moment
from telcobiz.scheduling.calendar import BusinessCalendar
from telcobiz.scheduling.common import Note, calendar_or_default
from telcobiz.scheduling.windows import MESSAGE_CAST_MISDELIVERY_RECOVERY

__all__ = [
    "DAY_SHIFT",
    "FIRST_REPORT_WITHIN",
    "MAINTENANCE_NOTICE_DAYS",
    "RECOVERY_WITHIN",
    "IncidentCause",
    "IncidentTargets",
    "MaintenanceKind",
    "MaintenanceNotice",
    "incident_targets",
    "maintenance_notice_ok",
]

_MC_9 = Citation(MESSAGE_CAST_GUIDE, "§4.4", row="システムメンテナンス", rule="MC-9")
_MC_9_DECISION = Citation(RULEBOOK, "MC-9 Decision (calendar day 7 days before, JST)", rule="MC-9")
_MC_10 = Citation(MESSAGE_CAST_GUIDE, "§4.4", row="運用目標時間", rule="MC-10")
_MC_10_NIGHT = Citation(MESSAGE_CAST_GUIDE, "§4.4", row="障害検知対応", rule="MC-10")


# -- MC-9 maintenance notice ----------------------------------------------------------------

MAINTENANCE_NOTICE_DAYS: Final = 7
"""MC-9: a planned stop is announced at least 7 days ahead (「7日前迄に通知します」).

>>> MAINTENANCE_NOTICE_DAYS
7
"""


class MaintenanceKind(enum.Enum):
    """What kind of maintenance a stop is (§4.4); each member carries the source's wording.

    >>> MaintenanceKind.PLANNED.label
    'メンテナンスによるシステム停止'
    """

    PLANNED = "planned"
    EMERGENCY = "emergency"
    THIRD_PARTY = "third_party"

    @property
    def label(self) -> str:
        """The Japanese wording of the kind."""
        return _MAINTENANCE_LABELS[self]


_MAINTENANCE_LABELS = {
    MaintenanceKind.PLANNED: "メンテナンスによるシステム停止",
    MaintenanceKind.EMERGENCY: "緊急メンテナンス作業",
    MaintenanceKind.THIRD_PARTY: "当社以外の事由によるメンテナンス",
}


@attrs.frozen
class MaintenanceNotice:
    """Was a maintenance stop announced in time (MC-9)? ``ok`` first; truthy when in time.

    ``notify_by`` is the last calendar day (JST) a planned stop's notice may be sent.
    ``late`` says whether it was sent after that day, even where the source allows it.

    >>> notice = maintenance_notice_ok(datetime(2026, 11, 13, 18, 0), datetime(2026, 11, 20, 1, 0))
    >>> notice.ok, notice.notify_by
    (True, datetime.date(2026, 11, 13))
    """

    ok: bool
    late: bool
    notify_by: date
    notified_at: datetime
    stop_starts_at: datetime
    kind: MaintenanceKind
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __bool__(self) -> bool:
        return self.ok

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> print(maintenance_notice_ok(datetime(2026, 11, 14, 0, 0), datetime(2026, 11, 20, 1, 0)
        ...     ).sentence("en"))
        Notice of a stop starting 2026-11-20 01:00 JST sent 2026-11-14 00:00 is late \
(due by 2026-11-13).
        """
        stop, sent = format_moment(self.stop_starts_at), format_moment(self.notified_at)
        if check_lang(lang) == "ja":
            if self.kind is MaintenanceKind.EMERGENCY:
                verdict = "緊急メンテナンスのため7日前通知の対象外です"
            elif not self.late:
                verdict = "期限内です"
            elif self.ok:
                verdict = "期限後です（当社以外の事由によるメンテナンスのため遅延は許容されます）"
            else:
                verdict = "期限後です"
            return f"{stop}開始の停止の通知（{sent}）は{verdict}。期限: {self.notify_by}"
        if self.kind is MaintenanceKind.EMERGENCY:
            verdict = "not bound by the 7-day notice (emergency work follows the incident rules)"
        elif not self.late:
            verdict = "in time"
        elif self.ok:
            verdict = "late, which the source allows for a cause outside KDDI/Supership"
        else:
            verdict = "late"
        return (
            f"Notice of a stop starting {stop} JST sent {sent} is {verdict} "
            f"(due by {self.notify_by})."
        )

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: the kind of maintenance, notes and sources.

        >>> print(maintenance_notice_ok(datetime(2026, 11, 13, 23, 59),
        ...     datetime(2026, 11, 20, 0, 0)).explain("en").splitlines()[1])
        kind: メンテナンスによるシステム停止; notice at least 7 days ahead
        """
        kind = "種別" if lang == "ja" else "kind"
        rule = (
            f"{MAINTENANCE_NOTICE_DAYS}日前迄に通知"
            if lang == "ja"
            else f"notice at least {MAINTENANCE_NOTICE_DAYS} days ahead"
        )
        details = [f"{kind}: {self.kind.label}; {rule}"]
        return explanation(
            self.sentence(lang),
            details,
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


_MAINTENANCE_NOTES = {
    MaintenanceKind.PLANNED: Note(
        "message_cast.maintenance_no_reschedule",
        "ご利用企業様都合によるメンテナンス日時の変更は原則承っておりません。",
        "a customer's request to move a maintenance window is not accepted in principle.",
    ),
    MaintenanceKind.EMERGENCY: Note(
        "message_cast.emergency_maintenance",
        "緊急メンテナンス作業は障害検知と同様基準にて対応します。",
        "emergency maintenance follows the incident rules (no 7-day notice).",
    ),
    MaintenanceKind.THIRD_PARTY: Note(
        "message_cast.third_party_maintenance",
        "当社以外の事由によるメンテナンスの場合は、通知が遅れる可能性がございます。",
        "maintenance caused by others than KDDI/Supership may be announced late.",
    ),
}


def maintenance_notice_ok(
    notified_at: datetime,
    stop_starts_at: datetime,
    *,
    kind: MaintenanceKind = MaintenanceKind.PLANNED,
) -> MaintenanceNotice:
    """Whether a notice sent at ``notified_at`` of a stop at ``stop_starts_at`` is in time (MC-9).

    In time when sent on or before the calendar day 7 days before the stop begins (JST), at
    any hour of that day. A late notice of a :attr:`MaintenanceKind.THIRD_PARTY` stop is
    reported as allowed (the source says it may be late); :attr:`MaintenanceKind.EMERGENCY`
    work follows the incident rules and has no 7-day notice. Naive times are JST.

    >>> bool(maintenance_notice_ok(datetime(2026, 11, 14, 9, 0), datetime(2026, 11, 20, 23, 0)))
    False
    >>> bool(maintenance_notice_ok(datetime(2026, 11, 14, 9, 0), datetime(2026, 11, 20, 23, 0),
    ...      kind=MaintenanceKind.THIRD_PARTY))
    True
    """
    if not isinstance(kind, MaintenanceKind):
        raise UnknownItem.for_value(
            "kind",
            kind,
            "a MaintenanceKind (PLANNED, EMERGENCY, THIRD_PARTY)",
            code="message_cast.unknown_maintenance_kind",
        )
    sent = jst_naive(notified_at, field="notified_at")
    stop = jst_naive(stop_starts_at, field="stop_starts_at")
    notify_by = add_days(stop.date(), -MAINTENANCE_NOTICE_DAYS, field="stop_starts_at")
    late = sent.date() > notify_by
    ok = not late or kind is not MaintenanceKind.PLANNED
    rules = ("MC-9", "CAL-2") if kind is not MaintenanceKind.EMERGENCY else ("MC-9", "MC-10")
    return MaintenanceNotice(
        ok=ok,
        late=late,
        notify_by=notify_by,
        notified_at=sent.replace(tzinfo=JST),
        stop_starts_at=stop.replace(tzinfo=JST),
        kind=kind,
        notes=(_MAINTENANCE_NOTES[kind],),
        rules=rules,
        citations=(_MC_9, _MC_9_DECISION),
    )


# -- MC-10 incident targets -----------------------------------------------------------------

FIRST_REPORT_WITHIN: Final = timedelta(hours=1)
"""MC-10: 速報発出 within 1 hour of confirming a fault (障害事象確認後1時間以内).

>>> FIRST_REPORT_WITHIN
datetime.timedelta(seconds=3600)
"""

RECOVERY_WITHIN: Final = timedelta(hours=2)
"""MC-10: 復旧 within 2 hours of confirming a fault (障害事象確認後2時間以内).

>>> RECOVERY_WITHIN
datetime.timedelta(seconds=7200)
"""

DAY_SHIFT: Final = (time(9), time(18))
"""MC-10: the 日勤帯 of §4.4, 9:00–18:00 (「平日日勤帯（9時-18時）」).

>>> DAY_SHIFT
(datetime.time(9, 0), datetime.time(18, 0))
"""


class IncidentCause(enum.Enum):
    """What caused a fault (§4.4 運用目標時間); each member carries the source's wording.

    >>> IncidentCause.MISDELIVERY_PREVENTION_OPTION.label
    '誤配信防止オプションが起因の不具合'
    """

    SYSTEM = "system"
    MISDELIVERY_PREVENTION_OPTION = "misdelivery_prevention_option"

    @property
    def label(self) -> str:
        """The Japanese wording of the cause."""
        if self is IncidentCause.SYSTEM:
            return "KDDI Message Castシステム起因"
        return "誤配信防止オプションが起因の不具合"


@attrs.frozen
class IncidentTargets:
    """The MC-10 target times for a fault: first report and recovery (targets, not guarantees).

    ``recovery_may_move`` is True for a system fault confirmed outside 9:00–18:00: the source
    says night-time recovery may move to the next day shift and gives no deadline for it.

    >>> targets = incident_targets(datetime(2026, 11, 20, 17, 30),
    ...                            cause=IncidentCause.MISDELIVERY_PREVENTION_OPTION)
    >>> targets.first_report_by.isoformat(), targets.recovery_by.isoformat()
    ('2026-11-20T18:30:00+09:00', '2026-11-24T10:30:00+09:00')
    """

    first_report_by: datetime
    recovery_by: datetime
    confirmed_at: datetime
    cause: IncidentCause
    recovery_may_move: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> print(incident_targets(datetime(2026, 11, 20, 10, 0)).sentence("ja"))
        2026-11-20 10:00確認の障害: 速報発出の目標は2026-11-20 11:00、\
復旧の目標は2026-11-20 12:00です。
        """
        at, report = format_moment(self.confirmed_at), format_moment(self.first_report_by)
        recovery = format_moment(self.recovery_by)
        if check_lang(lang) == "ja":
            text = f"{at}確認の障害: 速報発出の目標は{report}、復旧の目標は{recovery}です。"
            return text + (
                "（夜間帯は翌日勤帯での対応となる場合があります）" if self.recovery_may_move else ""
            )
        text = f"Fault confirmed {at} JST: first report target {report}, recovery target {recovery}"
        return text + (" (may move to the next day shift)." if self.recovery_may_move else ".")

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: the cause, notes and sources.

        >>> print(incident_targets(datetime(2026, 11, 20, 10, 0)).explain("en").splitlines()[1])
        cause: KDDI Message Castシステム起因
        """
        details = [("原因" if lang == "ja" else "cause") + f": {self.cause.label}"]
        return explanation(
            self.sentence(lang),
            details,
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


_TARGETS_NOT_GUARANTEES = Note(
    "message_cast.targets_not_guarantees",
    "運用目標時間であり、保証値ではありません。",
    "these are operating targets (運用目標時間), not guarantees.",
)
_NIGHT_RECOVERY = Note(
    "message_cast.night_recovery",
    "夜間帯で復旧対応が難しい場合は翌日勤帯で対応します。",
    "if recovery is hard at night it moves to the next day shift (no deadline is stated).",
)
_OPTION_DAYTIME = Note(
    "message_cast.option_daytime_recovery",
    "誤配信防止オプションが起因の不具合のみ平日日勤帯（9時-18時）での復旧対応となります。",
    "faults caused by the 誤配信防止オプション are recovered on business days 9:00–18:00 only; "
    "the 2 hours count inside those windows.",
)


def incident_targets(
    confirmed_at: datetime,
    *,
    cause: IncidentCause = IncidentCause.SYSTEM,
    calendar: BusinessCalendar | None = None,
) -> IncidentTargets:
    """Compute the first-report and recovery targets of a fault confirmed at ``confirmed_at``.

    First report: +1 hour. Recovery: +2 hours; for a fault caused by the 誤配信防止オプション
    the 2 hours count only inside business-day 9:00–18:00 windows
    (:data:`~telcobiz.scheduling.windows.MESSAGE_CAST_MISDELIVERY_RECOVERY`), so a fault
    confirmed on a Friday at 17:30 is due the next business day at 10:30. A system fault
    confirmed outside 9:00–18:00 keeps +2 hours and is flagged ``recovery_may_move``.

    >>> incident_targets(datetime(2026, 11, 20, 23, 0)).recovery_may_move
    True
    """
    if not isinstance(cause, IncidentCause):
        raise UnknownItem.for_value(
            "cause",
            cause,
            "an IncidentCause (SYSTEM, MISDELIVERY_PREVENTION_OPTION)",
            code="message_cast.unknown_cause",
        )
    calendar = calendar_or_default(calendar)
    confirmed = jst_naive(confirmed_at, field="confirmed_at").replace(tzinfo=JST)
    notes = [_TARGETS_NOT_GUARANTEES]
    citations = [_MC_10]
    rules = ["MC-10", "CAL-2"]
    if cause is IncidentCause.MISDELIVERY_PREVENTION_OPTION:
        recovery_by = MESSAGE_CAST_MISDELIVERY_RECOVERY.add_working_time(
            confirmed, RECOVERY_WITHIN, calendar=calendar
        )
        may_move = False
        notes.append(_OPTION_DAYTIME)
        rules.append("CAL-1")
        citations.extend(calendar.citations)
    else:
        recovery_by = add_duration(confirmed, RECOVERY_WITHIN, field="confirmed_at")
        may_move = not DAY_SHIFT[0] <= confirmed.time().replace(tzinfo=None) < DAY_SHIFT[1]
        if may_move:
            notes.append(_NIGHT_RECOVERY)
            citations.append(_MC_10_NIGHT)
    return IncidentTargets(
        first_report_by=add_duration(confirmed, FIRST_REPORT_WITHIN, field="confirmed_at"),
        recovery_by=recovery_by,
        confirmed_at=confirmed,
        cause=cause,
        recovery_may_move=may_move,
        notes=tuple(notes),
        rules=tuple(rules),
        citations=tuple(citations),
    )
