"""SB-5: pressing 「決定」 on 「確認」: no cancelled line, inside 9:00–23:00 JST, no collision.

The acceptance window is :data:`telcobiz.scheduling.hours.SOFTBANK_BACKUP_ACCEPTANCE` (9:00
included to 23:00 excluded, JST; `telcobiz rules SB-5`); outside it the problem says when
the portal accepts again. When another administrator's update collides, the portal answers
「ただいま受付できません。しばらく経ってから再度お試しください。」.

>>> from telcobiz.policy.softbank_backup import DeviceKind
>>> lines = [Line("090-0000-0001", DeviceKind.IPHONE)]
>>> check_confirmation(lines, at=datetime(2026, 11, 24, 23, 0)).messages
('ただいまの時間帯はあんしんバックアップを利用できません。',)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.jst import to_jst
from telcobiz.policy.softbank_backup.lines import Line, _flag, _lines
from telcobiz.policy.softbank_backup.portal import (
    PortalReport,
    _problem,
    _report,
    _selection_problems,
)
from telcobiz.policy.softbank_backup.portal_messages import PortalProblemKind, PortalScreen
from telcobiz.scheduling.hours import SOFTBANK_BACKUP_ACCEPTANCE

__all__ = [
    "check_confirmation",
    "validate_confirmation",
]

_WINDOW_DECISION = Citation(RULEBOOK, "SB-5 Decision (9:00 included, 23:00 excluded)", rule="SB-5")


def _moment(at: object) -> datetime:
    if not isinstance(at, datetime):
        raise InvalidInput.for_value(
            "at", at, "a datetime.datetime (naive = JST)", code="time.not_datetime"
        )
    return at


def check_confirmation(
    lines: Iterable[Line], *, at: datetime, update_conflict: bool = False
) -> PortalReport:
    """Check pressing 「決定」 on 「確認」 at ``at`` (naive = JST) (SB-5).

    Problems: a cancelled line; a moment outside 9:00–23:00 JST
    (:data:`~telcobiz.scheduling.hours.SOFTBANK_BACKUP_ACCEPTANCE`; 9:00 included, 23:00
    excluded), with the next accepted moment in ``retry_from``; ``update_conflict=True``
    when another administrator's update collided (the portal's answer to that race).

    >>> from telcobiz.policy.softbank_backup import DeviceKind
    >>> report = check_confirmation([Line("090-1", DeviceKind.IPHONE)],
    ...                             at=datetime(2026, 11, 24, 8, 59), update_conflict=True)
    >>> report.messages
    ('ただいまの時間帯はあんしんバックアップを利用できません。', \
'ただいま受付できません。しばらく経ってから再度お試しください。')
    >>> report.problems[0].retry_from.isoformat()
    '2026-11-24T09:00:00+09:00'
    """
    moment = _moment(at)
    chosen = _lines(lines)
    conflict = _flag(update_conflict, "update_conflict", "backup.bad_flag")
    screen = PortalScreen.CONFIRM
    problems = _selection_problems(screen, chosen)
    if not SOFTBANK_BACKUP_ACCEPTANCE.is_open(moment):
        retry = SOFTBANK_BACKUP_ACCEPTANCE.next_open(moment)
        moment_jst = (to_jst(moment).isoformat(),)
        problems.append(_problem(PortalProblemKind.OUTSIDE_HOURS, screen, moment_jst, retry))
    if conflict:
        problems.append(_problem(PortalProblemKind.UPDATE_CONFLICT, screen))
    window = (SOFTBANK_BACKUP_ACCEPTANCE.citation, _WINDOW_DECISION)
    return _report(screen, chosen, problems, citations=window)


def validate_confirmation(
    lines: Iterable[Line], *, at: datetime, update_conflict: bool = False
) -> None:
    """Raise the first problem :func:`check_confirmation` finds.

    >>> from telcobiz.policy.softbank_backup import DeviceKind
    >>> validate_confirmation([Line("090-1", DeviceKind.IPHONE)], at=datetime(2026, 11, 24, 9))
    """
    check_confirmation(lines, at=at, update_conflict=update_conflict).raise_first()
