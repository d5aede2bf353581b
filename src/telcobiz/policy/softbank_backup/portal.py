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

The acceptance window is :data:`telcobiz.scheduling.hours.SOFTBANK_BACKUP_ACCEPTANCE`
(9:00 included to 23:00 excluded, JST; RULES.md SB-5 Decision). Where the manual states a
limit but prints no message (groups with out-of-scope lines cannot be selected; the password
screen's 200 lines), the problem carries ``message=None`` and the manual's own sentence.
:func:`telcobiz.policy.softbank_backup.mail.mail_plan` says which lines need the app-download
mail or the password mail.

>>> lines = [Line("090-0000-0001", DeviceKind.IPHONE),
...          Line("090-0000-0002", DeviceKind.SMARTPHONE, status=LineStatus.CANCELLED)]
>>> check_phone_number_list(lines).messages
('ご利用いただけない契約の対象者が選択されています。',)
>>> from datetime import datetime
>>> check_confirmation(lines[:1], at=datetime(2026, 11, 24, 23, 0)).messages
('ただいまの時間帯はあんしんバックアップを利用できません。',)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, Final

import attrs

from telcobiz.core.citation import BACKUP_MANUAL, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput, RuleViolation
from telcobiz.core.jst import to_jst
from telcobiz.core.text import check_lang
from telcobiz.policy.softbank_backup.catalog import BackupApp
from telcobiz.scheduling.hours import SOFTBANK_BACKUP_ACCEPTANCE

__all__ = [
    "MAX_SELECTION",
    "PORTAL_MESSAGES",
    "DeviceKind",
    "Line",
    "LineGroup",
    "LineStatus",
    "PortalMessage",
    "PortalProblem",
    "PortalProblemKind",
    "PortalReport",
    "PortalScreen",
    "check_app_download_mail",
    "check_confirmation",
    "check_group_selection",
    "check_password_mail",
    "check_phone_number_list",
    "validate_app_download_mail",
    "validate_confirmation",
    "validate_group_selection",
    "validate_password_mail",
    "validate_phone_number_list",
]

MAX_SELECTION: Final = 200
"""The most lines one screen takes at once (§1-7, §2-3, §2-4, §2-5).

>>> MAX_SELECTION
200
"""

_ERRORS = Citation(BACKUP_MANUAL, "§1-7", rule="SB-5")
_GROUP_SCOPE = Citation(BACKUP_MANUAL, "§2-3-2", rule="SB-5")
_WINDOW_DECISION = Citation(RULEBOOK, "SB-5 Decision (9:00 included, 23:00 excluded)", rule="SB-5")


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


class DeviceKind(enum.Enum):
    """A line's kind of device, which decides its app (SB-1) and its mails (SB-5).

    >>> DeviceKind.WINDOWS_10_MOBILE.app.label
    '連絡先コピー(Windows 10 Mobile)'
    >>> DeviceKind.OUT_OF_SCOPE.app is None
    True
    """

    FEATURE_PHONE_4G = "4g"
    IPHONE = "iphone"
    SMARTPHONE = "smartphone"
    WINDOWS_10_MOBILE = "windows10mobile"
    OUT_OF_SCOPE = "out_of_scope"

    @property
    def label(self) -> str:
        """The manual's name for the device kind."""
        return _DEVICE_LABELS[self]

    @property
    def app(self) -> BackupApp | None:
        """The app the device uses, or ``None`` for a model out of the services' scope."""
        if self is DeviceKind.OUT_OF_SCOPE:
            return None
        return BackupApp(self.value)


_DEVICE_LABELS = {
    DeviceKind.FEATURE_PHONE_4G: "4Gケータイ",
    DeviceKind.IPHONE: "iPhone",
    DeviceKind.SMARTPHONE: "スマートフォン",
    DeviceKind.WINDOWS_10_MOBILE: "Windows 10 Mobile",
    DeviceKind.OUT_OF_SCOPE: "サービス対象外(3G ケータイなど)",
}


class LineStatus(enum.Enum):
    """Whether a line is in service or cancelled (解約済).

    >>> LineStatus.CANCELLED.label
    '解約済'
    """

    ACTIVE = "active"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """The manual's word for the status."""
        return "サービス中" if self is LineStatus.ACTIVE else "解約済"


def _number(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput.for_value(
            "number", value, "a phone number as a non-empty string", code="backup.bad_line"
        )
    return value.strip()


def _flag(value: object, field: str = "flag", code: str = "backup.bad_line") -> bool:
    if not isinstance(value, bool):
        raise InvalidInput.for_value(field, value, "True or False", code=code)
    return value


def _enum_field(cls: type[enum.Enum], field: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            raise InvalidInput.for_value(
                field, value, f"a {cls.__name__} member", code="backup.bad_line"
            )

    return check


@attrs.frozen
class Line:
    """A line as the portal lists it: number, device kind, status and what its user has.

    ``app_preinstalled``: the model comes with the app (no app-download mail needed);
    ``knows_password``: the user already knows the My SoftBank password (no password mail).

    >>> Line("090-1234-5678", DeviceKind.IPHONE).status
    <LineStatus.ACTIVE: 'active'>
    """

    number: str = attrs.field(converter=_number)
    device: DeviceKind = attrs.field(validator=_enum_field(DeviceKind, "device"))
    status: LineStatus = attrs.field(
        default=LineStatus.ACTIVE, validator=_enum_field(LineStatus, "status")
    )
    app_preinstalled: bool = attrs.field(default=False, converter=_flag)
    knows_password: bool = attrs.field(default=False, converter=_flag)

    @property
    def cancelled(self) -> bool:
        """Tell whether the line is cancelled (解約済).

        >>> Line("090-1", DeviceKind.IPHONE, status=LineStatus.CANCELLED).cancelled
        True
        """
        return self.status is LineStatus.CANCELLED


def _lines(values: object) -> tuple[Line, ...]:
    if isinstance(values, (str, bytes, Line)) or not isinstance(values, Iterable):
        raise InvalidInput.for_value(
            "lines", values, "an iterable of Line values", code="backup.bad_line"
        )
    lines = tuple(values)
    for line in lines:
        if not isinstance(line, Line):
            raise InvalidInput.for_value("lines", line, "a Line", code="backup.bad_line")
    return lines


def _group_name(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput.for_value(
            "name", value, "a group name as a non-empty string", code="backup.bad_group"
        )
    return value


@attrs.frozen
class LineGroup:
    """A group of the 法人コンシェルサイト and its member lines.

    >>> group = LineGroup("営業部", [Line("090-1", DeviceKind.OUT_OF_SCOPE)])
    >>> group.selectable
    False
    """

    name: str = attrs.field(converter=_group_name)
    lines: tuple[Line, ...] = attrs.field(converter=_lines)

    @property
    def out_of_scope(self) -> tuple[Line, ...]:
        """The member lines whose model is out of the services' scope (3G phones etc.)."""
        return tuple(line for line in self.lines if line.device is DeviceKind.OUT_OF_SCOPE)

    @property
    def selectable(self) -> bool:
        """Tell whether the group can be selected (no out-of-scope member, §2-3-2)."""
        return not self.out_of_scope


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

    def raise_first(self) -> None:
        """Raise the first problem as a :class:`~telcobiz.core.errors.RuleViolation` (if any).

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


def _report(
    screen: PortalScreen,
    lines: tuple[Line, ...],
    *,
    groups: tuple[LineGroup, ...] = (),
    at: datetime | None = None,
    update_conflict: bool = False,
) -> PortalReport:
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
    if at is not None and not SOFTBANK_BACKUP_ACCEPTANCE.is_open(at):
        retry = SOFTBANK_BACKUP_ACCEPTANCE.next_open(at)
        problems.append(_problem(kinds.OUTSIDE_HOURS, screen, (to_jst(at).isoformat(),), retry))
    if update_conflict:
        problems.append(_problem(kinds.UPDATE_CONFLICT, screen))
    citations: list[Citation] = [PORTAL_MESSAGES[p.kind].citation for p in problems]
    citations.extend(p.citation for p in problems)
    if at is not None:
        citations.extend((SOFTBANK_BACKUP_ACCEPTANCE.citation, _WINDOW_DECISION))
    if not citations:
        citations.append(_ERRORS)
    return PortalReport(
        ok=not problems,
        screen=screen,
        problems=tuple(problems),
        selected=selected,
        citations=tuple(dict.fromkeys(citations)),
    )


def check_phone_number_list(lines: Iterable[Line]) -> PortalReport:
    """Check a selection on 「携帯電話番号一覧から選択」: 1..200 lines, none cancelled (SB-5).

    >>> many = [Line(f"090-0000-{n:04d}", DeviceKind.SMARTPHONE) for n in range(201)]
    >>> check_phone_number_list(many).messages
    ('選択できるユーザは200件までです。',)
    """
    return _report(PortalScreen.PHONE_NUMBER_LIST, _lines(lines))


def validate_phone_number_list(lines: Iterable[Line]) -> None:
    """Raise the first problem :func:`check_phone_number_list` finds, with the portal's message.

    >>> validate_phone_number_list([])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: ユーザが1件も選択されていません。
    """
    check_phone_number_list(lines).raise_first()


def _groups(values: object) -> tuple[LineGroup, ...]:
    if isinstance(values, (str, bytes, LineGroup)) or not isinstance(values, Iterable):
        raise InvalidInput.for_value(
            "groups", values, "an iterable of LineGroup values", code="backup.bad_group"
        )
    groups = tuple(values)
    for group in groups:
        if not isinstance(group, LineGroup):
            raise InvalidInput.for_value("groups", group, "a LineGroup", code="backup.bad_group")
    return groups


def check_group_selection(groups: Iterable[LineGroup]) -> PortalReport:
    """Check a selection on 「グループから選択」 (SB-5).

    The selected groups' member lines (each number once) count against 1..200; a cancelled
    member is 「ご利用いただけない契約の対象者が選択されています。」; a group with an out-of-scope
    member (3G phones etc.) cannot be selected at all (no message printed, §2-3-2).

    >>> sales = LineGroup("営業部", [Line("090-1", DeviceKind.IPHONE),
    ...                             Line("090-2", DeviceKind.OUT_OF_SCOPE)])
    >>> [(p.kind.value, p.items) for p in check_group_selection([sales]).problems]
    [('group_out_of_scope', ('営業部',))]
    """
    chosen = _groups(groups)
    lines = tuple(line for group in chosen for line in group.lines)
    return _report(PortalScreen.GROUP, lines, groups=chosen)


def validate_group_selection(groups: Iterable[LineGroup]) -> None:
    """Raise the first problem :func:`check_group_selection` finds.

    >>> validate_group_selection([LineGroup("空", [])])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: ユーザが1件も選択されていません。
    """
    check_group_selection(groups).raise_first()


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

    >>> report = check_confirmation([Line("090-1", DeviceKind.IPHONE)],
    ...                             at=datetime(2026, 11, 24, 8, 59), update_conflict=True)
    >>> report.messages
    ('ただいまの時間帯はあんしんバックアップを利用できません。', \
'ただいま受付できません。しばらく経ってから再度お試しください。')
    >>> report.problems[0].retry_from.isoformat()
    '2026-11-24T09:00:00+09:00'
    """
    moment = _moment(at)
    return _report(
        PortalScreen.CONFIRM,
        _lines(lines),
        at=moment,
        update_conflict=_flag(update_conflict, "update_conflict", "backup.bad_flag"),
    )


def validate_confirmation(
    lines: Iterable[Line], *, at: datetime, update_conflict: bool = False
) -> None:
    """Raise the first problem :func:`check_confirmation` finds.

    >>> validate_confirmation([Line("090-1", DeviceKind.IPHONE)], at=datetime(2026, 11, 24, 9))
    """
    check_confirmation(lines, at=at, update_conflict=update_conflict).raise_first()


def check_app_download_mail(lines: Iterable[Line]) -> PortalReport:
    """Check a selection on 「アプリダウンロード依頼メール送信」: 1..200 lines, none cancelled.

    >>> check_app_download_mail([]).messages
    ('ユーザが1件も選択されていません。',)
    """
    return _report(PortalScreen.APP_DOWNLOAD_MAIL, _lines(lines))


def validate_app_download_mail(lines: Iterable[Line]) -> None:
    """Raise the first problem :func:`check_app_download_mail` finds.

    >>> validate_app_download_mail([Line("090-1", DeviceKind.IPHONE)])
    """
    check_app_download_mail(lines).raise_first()


def check_password_mail(lines: Iterable[Line]) -> PortalReport:
    """Check a selection on 「My SoftBankパスワード照会／通知」: 1..200 lines (§2-5).

    The manual prints no message for this screen, so the problems carry ``message=None``.

    >>> many = [Line(f"090-{n}", DeviceKind.IPHONE) for n in range(201)]
    >>> problem = check_password_mail(many).problems[0]
    >>> problem.message, problem.explanation
    (None, '一度に送信できる件数は200件までです。')
    """
    return _report(PortalScreen.PASSWORD_MAIL, _lines(lines))


def validate_password_mail(lines: Iterable[Line]) -> None:
    """Raise the first problem :func:`check_password_mail` finds.

    >>> validate_password_mail([])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: 1回線以上の選択が必要です。
    """
    check_password_mail(lines).raise_first()
