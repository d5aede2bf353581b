"""SB-5: the portal screens of あんしんバックアップ／連絡先コピー設定, and their errors.

Each screen has a ``check_…`` that returns every problem with the exact message the portal
shows (§1-7), and a ``validate_…`` that raises the first one as a
:class:`~telcobiz.core.errors.RuleViolation`:

| screen | checks | functions |
|---|---|---|
| 携帯電話番号一覧から選択 | 1..200 lines, no cancelled line | `check_phone_number_list` |
| グループから選択 | the same, and no group with out-of-scope lines | `check_group_selection` |
| 確認 | no cancelled line, 9:00–23:00 JST, no concurrent update | `check_confirmation` |
| アプリDL依頼メール送信 | 1..200 lines, no cancelled line | `check_app_download_mail` |
| My SoftBankパスワード照会／通知 | 1..200 lines | `check_password_mail` |

The messages are :data:`~telcobiz.policy.softbank_backup.portal_messages.PORTAL_MESSAGES`.
「確認」 also checks the acceptance window and a concurrent update
(:mod:`~telcobiz.policy.softbank_backup.portal_confirmation`); the window is
:data:`telcobiz.scheduling.hours.SOFTBANK_BACKUP_ACCEPTANCE` (9:00 included to 23:00 excluded,
JST; `telcobiz rules SB-5`). Where the manual states a limit but prints no message (groups
with out-of-scope lines cannot be selected; the password screen's 200 lines), the problem
carries ``message=None`` and the manual's own sentence.
:func:`telcobiz.policy.softbank_backup.mail.mail_plan` says which lines need the app-download
mail or the password mail.

>>> from telcobiz.policy.softbank_backup import DeviceKind, LineStatus
>>> lines = [Line("090-0000-0001", DeviceKind.IPHONE),
...          Line("090-0000-0002", DeviceKind.SMARTPHONE, status=LineStatus.CANCELLED)]
>>> check_phone_number_list(lines).messages
('ご利用いただけない契約の対象者が選択されています。',)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.errors import RuleViolation
from telcobiz.core.frames import ColumnKind, columns, to_dataframe
from telcobiz.core.text import check_lang
from telcobiz.policy.softbank_backup.lines import Line, LineGroup, _groups, _lines
from telcobiz.policy.softbank_backup.portal_messages import (
    _ERRORS,
    _PASSWORD_LIMIT_CITATION,
    MAX_SELECTION,
    PORTAL_MESSAGES,
    PortalProblemKind,
    PortalScreen,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "PortalProblem",
    "PortalReport",
    "check_app_download_mail",
    "check_group_selection",
    "check_password_mail",
    "check_phone_number_list",
    "validate_app_download_mail",
    "validate_group_selection",
    "validate_password_mail",
    "validate_phone_number_list",
]

_PROBLEM_COLUMNS = columns(
    screen="text",
    kind="text",
    code=ColumnKind.TEXT,
    message="text",
    explanation="text",
    items="object",
    retry_from="datetime",
)


@attrs.frozen
class PortalProblem:
    """One problem with a selection: what, the portal's message, the lines or groups at fault.

    ``message`` is the portal's text exactly, or ``None`` where the manual prints none;
    ``explanation`` is the manual's sentence for the rule; ``retry_from`` is, for a
    confirmation outside 9:00–23:00, the next moment the portal accepts it.

    >>> problem = check_phone_number_list([]).problems[0]
    >>> problem.kind.value, problem.message, problem.explanation
    ('no_selection', 'ユーザが1件も選択されていません。', '1回線以上の選択が必要です。')
    """

    kind: PortalProblemKind
    message: str | None
    explanation: str
    items: tuple[str, ...] = ()
    retry_from: datetime | None = None
    citation: Citation = _ERRORS

    def describe(self, lang: str = "ja") -> str:
        """Return the message (or, without one, the explanation) and the items at fault.

        >>> check_phone_number_list([]).problems[0].describe("en")
        'no_selection: ユーザが1件も選択されていません。'
        """
        check_lang(lang)
        text = self.message or self.explanation
        head = text if lang == "ja" else f"{self.kind.value}: {text}"
        if self.items:
            head += ("（" if lang == "ja" else " (") + ", ".join(self.items)
            head += "）" if lang == "ja" else ")"
        return head


@attrs.frozen
class PortalReport:
    """Every problem a portal screen finds with a selection; ``ok`` when there is none.

    Like :class:`telcobiz.policy.report.Report` it has ``ok``, ``problems``, ``codes``,
    ``len()``, iteration and :meth:`raise_first`; each problem also carries the portal's exact
    message (or ``None``), the lines or groups at fault and, outside 9:00–23:00, ``retry_from``.

    >>> from telcobiz.policy.softbank_backup import DeviceKind
    >>> report = check_app_download_mail([Line("090-1", DeviceKind.IPHONE)])
    >>> report.ok, report.selected, str(report)
    (True, 1, 'アプリDL依頼メール送信: 1 line selected, no problem')
    """

    ok: bool
    screen: PortalScreen
    problems: tuple[PortalProblem, ...]
    selected: int
    rules: tuple[str, ...] = ("SB-5",)
    citations: tuple[Citation, ...] = ()

    @property
    def messages(self) -> tuple[str, ...]:
        """The messages the portal shows, in order (problems without one are left out)."""
        return tuple(p.message for p in self.problems if p.message is not None)

    @property
    def codes(self) -> tuple[str, ...]:
        """The machine codes of the problems, in order."""
        return tuple(p.kind.code for p in self.problems)

    def __len__(self) -> int:
        return len(self.problems)

    def __iter__(self) -> Iterator[PortalProblem]:
        return iter(self.problems)

    def __str__(self) -> str:
        count = f"{self.selected} line{'' if self.selected == 1 else 's'} selected"
        if self.ok:
            return f"{self.screen.label}: {count}, no problem"
        found = "; ".join(problem.describe("en") for problem in self.problems)
        return f"{self.screen.label}: {count}, {len(self.problems)} problem(s): {found}"

    def explain(self, lang: str = "ja") -> str:
        """Give the screen, the count, each problem on its own line, and the sources.

        >>> print(check_phone_number_list([]).explain("en"))
        screen: 携帯電話番号一覧から選択
        selected lines: 0
        problem: no_selection: ユーザが1件も選択されていません。 — 1回線以上の選択が必要です。
        source: SB-5: 法人コンシェルサイト あんしんバックアップ／連絡先コピー設定 利用マニュアル \
Ver.2.3 §1-7 row 1
        """
        check_lang(lang)
        ja = lang == "ja"
        lines = [
            f"{'画面' if ja else 'screen'}: {self.screen.label}",
            f"{'選択件数' if ja else 'selected lines'}: {self.selected}",
        ]
        if self.ok:
            lines.append("問題なし" if ja else "no problem")
        for problem in self.problems:
            text = problem.describe(lang)
            if problem.message is not None:
                text += f" — {problem.explanation}"
            if problem.retry_from is not None:
                label = "受付再開" if ja else "accepted again from"
                text += f"; {label} {problem.retry_from.isoformat()}"
            lines.append(f"{'問題' if ja else 'problem'}: {text}")
        lines.extend(f"{'根拠' if ja else 'source'}: {c}" for c in self.citations)
        return "\n".join(lines)

    def to_rows(self) -> list[dict[str, Any]]:
        """One JSON-ready dict per problem.

        >>> check_phone_number_list([]).to_rows()[0]["code"]
        'backup.no_selection'
        """
        return [
            {
                "screen": self.screen.value,
                "kind": p.kind.value,
                "code": p.kind.code,
                "message": p.message,
                "explanation": p.explanation,
                "items": list(p.items),
                "retry_from": None if p.retry_from is None else p.retry_from.isoformat(),
            }
            for p in self.problems
        ]

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, ``retry_from`` as ``datetime64`` (JST).

        >>> check_phone_number_list([]).to_dataframe()["code"].tolist()
        ['backup.no_selection']
        """
        return to_dataframe(
            self.to_rows(), _PROBLEM_COLUMNS, needed_by="PortalReport.to_dataframe()"
        )

    def raise_first(self) -> None:
        """Raise the first problem as a :class:`~telcobiz.core.errors.RuleViolation` (if any).

        >>> from telcobiz.policy.softbank_backup import DeviceKind
        >>> check_phone_number_list([Line("090-1", DeviceKind.IPHONE)]).raise_first()
        """
        if self.ok:
            return
        problem = self.problems[0]
        raise RuleViolation(
            problem.message or problem.explanation,
            code=problem.kind.code,
            field="selection",
            value=problem.items or self.selected,
            expected=problem.explanation,
        )


def _problem(
    kind: PortalProblemKind,
    screen: PortalScreen,
    items: tuple[str, ...] = (),
    retry_from: datetime | None = None,
) -> PortalProblem:
    stated = PORTAL_MESSAGES[kind]
    text = stated.text_on(screen)
    citation = stated.citation
    if screen is PortalScreen.PASSWORD_MAIL:
        citation = _PASSWORD_LIMIT_CITATION
    explanation = stated.explanation
    if screen is PortalScreen.PASSWORD_MAIL and kind is PortalProblemKind.TOO_MANY_LINES:
        explanation = "一度に送信できる件数は200件までです。"
    return PortalProblem(kind, text, explanation, items, retry_from, citation)


def _distinct_numbers(lines: Iterable[Line]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(line.number for line in lines))


def _selection_problems(
    screen: PortalScreen, lines: tuple[Line, ...], groups: tuple[LineGroup, ...] = ()
) -> list[PortalProblem]:
    """What is wrong with the selection itself: its size, cancelled lines, out-of-scope groups."""
    kinds = PortalProblemKind
    problems: list[PortalProblem] = []
    selected = len(_distinct_numbers(lines))
    if screen in PORTAL_MESSAGES[kinds.NO_SELECTION].screens and selected == 0:
        problems.append(_problem(kinds.NO_SELECTION, screen))
    if screen in PORTAL_MESSAGES[kinds.TOO_MANY_LINES].screens and selected > MAX_SELECTION:
        problems.append(_problem(kinds.TOO_MANY_LINES, screen, (str(selected),)))
    cancelled = _distinct_numbers(line for line in lines if line.cancelled)
    if screen in PORTAL_MESSAGES[kinds.CANCELLED_LINE].screens and cancelled:
        problems.append(_problem(kinds.CANCELLED_LINE, screen, cancelled))
    out_of_scope = tuple(group.name for group in groups if not group.selectable)
    if out_of_scope:
        problems.append(_problem(kinds.GROUP_OUT_OF_SCOPE, screen, out_of_scope))
    return problems


def _report(
    screen: PortalScreen,
    lines: tuple[Line, ...],
    problems: list[PortalProblem],
    *,
    citations: tuple[Citation, ...] = (),
) -> PortalReport:
    """The screen's report: the problems, then the sources of each and of the screen's checks."""
    cited: list[Citation] = [PORTAL_MESSAGES[p.kind].citation for p in problems]
    cited.extend(p.citation for p in problems)
    cited.extend(citations)
    if not cited:
        cited.append(_ERRORS)
    return PortalReport(
        ok=not problems,
        screen=screen,
        problems=tuple(problems),
        selected=len(_distinct_numbers(lines)),
        citations=tuple(dict.fromkeys(cited)),
    )


def check_phone_number_list(lines: Iterable[Line]) -> PortalReport:
    """Check a selection on 「携帯電話番号一覧から選択」: 1..200 lines, none cancelled (SB-5).

    >>> from telcobiz.policy.softbank_backup import DeviceKind
    >>> many = [Line(f"090-0000-{n:04d}", DeviceKind.SMARTPHONE) for n in range(201)]
    >>> check_phone_number_list(many).messages
    ('選択できるユーザは200件までです。',)
    """
    chosen = _lines(lines)
    screen = PortalScreen.PHONE_NUMBER_LIST
    return _report(screen, chosen, _selection_problems(screen, chosen))


def validate_phone_number_list(lines: Iterable[Line]) -> None:
    """Raise the first problem :func:`check_phone_number_list` finds, with the portal's message.

    >>> validate_phone_number_list([])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: ユーザが1件も選択されていません。
    """
    check_phone_number_list(lines).raise_first()


def check_group_selection(groups: Iterable[LineGroup]) -> PortalReport:
    """Check a selection on 「グループから選択」 (SB-5).

    The selected groups' member lines (each number once) count against 1..200; a cancelled
    member is 「ご利用いただけない契約の対象者が選択されています。」; a group with an out-of-scope
    member (3G phones etc.) cannot be selected at all (no message printed, §2-3-2).

    >>> from telcobiz.policy.softbank_backup import DeviceKind
    >>> sales = LineGroup("営業部", [Line("090-1", DeviceKind.IPHONE),
    ...                             Line("090-2", DeviceKind.OUT_OF_SCOPE)])
    >>> [(p.kind.value, p.items) for p in check_group_selection([sales]).problems]
    [('group_out_of_scope', ('営業部',))]
    """
    chosen = _groups(groups)
    lines = tuple(line for group in chosen for line in group.lines)
    screen = PortalScreen.GROUP
    return _report(screen, lines, _selection_problems(screen, lines, chosen))


def validate_group_selection(groups: Iterable[LineGroup]) -> None:
    """Raise the first problem :func:`check_group_selection` finds.

    >>> validate_group_selection([LineGroup("空", [])])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: ユーザが1件も選択されていません。
    """
    check_group_selection(groups).raise_first()


def check_app_download_mail(lines: Iterable[Line]) -> PortalReport:
    """Check a selection on 「アプリダウンロード依頼メール送信」: 1..200 lines, none cancelled.

    >>> check_app_download_mail([]).messages
    ('ユーザが1件も選択されていません。',)
    """
    chosen = _lines(lines)
    screen = PortalScreen.APP_DOWNLOAD_MAIL
    return _report(screen, chosen, _selection_problems(screen, chosen))


def validate_app_download_mail(lines: Iterable[Line]) -> None:
    """Raise the first problem :func:`check_app_download_mail` finds.

    >>> from telcobiz.policy.softbank_backup import DeviceKind
    >>> validate_app_download_mail([Line("090-1", DeviceKind.IPHONE)])
    """
    check_app_download_mail(lines).raise_first()


def check_password_mail(lines: Iterable[Line]) -> PortalReport:
    """Check a selection on 「My SoftBankパスワード照会／通知」: 1..200 lines (§2-5).

    The manual prints no message for this screen, so the problems carry ``message=None``.

    >>> from telcobiz.policy.softbank_backup import DeviceKind
    >>> many = [Line(f"090-{n}", DeviceKind.IPHONE) for n in range(201)]
    >>> problem = check_password_mail(many).problems[0]
    >>> problem.message, problem.explanation
    (None, '一度に送信できる件数は200件までです。')
    """
    chosen = _lines(lines)
    screen = PortalScreen.PASSWORD_MAIL
    return _report(screen, chosen, _selection_problems(screen, chosen))


def validate_password_mail(lines: Iterable[Line]) -> None:
    """Raise the first problem :func:`check_password_mail` finds.

    >>> validate_password_mail([])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: 1回線以上の選択が必要です。
    """
    check_password_mail(lines).raise_first()
