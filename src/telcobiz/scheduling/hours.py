"""Service hours: when a desk or a form is open (MC-8, MC-10, DMP-7, BOS-1, SB-5, CAC-5, DBO-8).

A :class:`ServiceHours` is a value: which days it opens (:class:`OpenDays`: every day,
business days, or every day except the year-end closure) and one or more JST time ranges
(:class:`TimeRange`, start included, end excluded). It answers :meth:`~ServiceHours.is_open`,
:meth:`~ServiceHours.next_open`, :meth:`~ServiceHours.next_close`, and counts "working time"
inside its windows (:meth:`~ServiceHours.add_working_time`, used by MC-10).

Every window the sources state is a named, cited constant below, and :data:`SERVICE_HOURS`
finds one by its key. Business days and the year-end closure come from a
:class:`~telcobiz.scheduling.calendar.BusinessCalendar`: every method takes ``calendar=``
(default ``BusinessCalendar()``), so a caller who reads "平日" as plain weekdays can pass
``BusinessCalendar(closure=None)`` (RULES.md MC-8 Decision).

Times: a naive ``datetime`` is JST, an aware one is converted (CAL-2); answers are aware JST
datetimes.

>>> from datetime import datetime
>>> MESSAGE_CAST_SUPPORT_WEB.is_open(datetime(2026, 11, 21, 10, 0))  # a Saturday
False
>>> MESSAGE_CAST_SUPPORT_WEB.next_open(datetime(2026, 11, 21, 10, 0)).isoformat()
'2026-11-24T10:00:00+09:00'
>>> SOFTBANK_BACKUP_ACCEPTANCE.is_open(datetime(2026, 11, 21, 23, 0))  # 23:00 is excluded
False
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import ClassVar, Final

import attrs

from telcobiz.core.citation import (
    BACKUP_MANUAL,
    BOS_DMP_GUIDE,
    CLOUD_AUTOCALL_GUIDE,
    DOCOMO_SHOP_FAQ,
    MESSAGE_CAST_GUIDE,
    Citation,
)
from telcobiz.core.errors import InvalidInput, OutOfRange, UnknownItem
from telcobiz.core.jst import JST, jst_naive
from telcobiz.core.text import check_lang, format_moment
from telcobiz.scheduling.calendar import BusinessCalendar

__all__ = [
    "BOS_CORPORATE_CENTER",
    "CLOUD_AUTOCALL_SUPPORT",
    "DMP_FAILURE_WEB",
    "DMP_INQUIRY_PHONE",
    "DMP_INQUIRY_WEB",
    "DMP_KITTING_WEB",
    "DMP_LOSS_PHONE",
    "DMP_LOSS_WEB",
    "DOCOMO_BILLING_CENTER",
    "DOCOMO_CONSULTATION_RESERVATION",
    "DOCOMO_CONTACT_CENTER",
    "DOCOMO_INFORMATION_CENTER",
    "DOCOMO_ONLINE_CONSULTATION",
    "DOCOMO_SHOP",
    "MESSAGE_CAST_INCIDENT_MAIL",
    "MESSAGE_CAST_INCIDENT_PHONE",
    "MESSAGE_CAST_MISDELIVERY_RECOVERY",
    "MESSAGE_CAST_SUPPORT_WEB",
    "MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE",
    "SERVICE_HOURS",
    "SOFTBANK_BACKUP_ACCEPTANCE",
    "Note",
    "OpenDays",
    "OpenStatus",
    "ServiceHours",
    "TimeRange",
    "service_hours",
]

_DAY = timedelta(days=1)
_MIDNIGHT = time(0)
# A closure that covers the whole year would make "every day except the closure" never open;
# a year and a day of closed days proves it.
_MAX_CLOSED_RUN = 367


# One shared default calendar: its per-year business-day tables are built once, not per call.
_DEFAULT_CALENDAR: Final = BusinessCalendar()


def calendar_or_default(calendar: BusinessCalendar | None) -> BusinessCalendar:
    """Return ``calendar``, or the default ``BusinessCalendar()`` when it is ``None``.

    >>> calendar_or_default(None) == BusinessCalendar()
    True
    """
    return _DEFAULT_CALENDAR if calendar is None else calendar


@attrs.frozen
class Note:
    """A caveat a result carries, in Japanese and English (a portal shows it as is).

    >>> Note("demo", "目標です。", "a target.").text("en")
    'a target.'
    """

    code: str
    ja: str
    en: str

    def text(self, lang: str = "ja") -> str:
        """Return the note in ``lang`` (``"ja"`` or ``"en"``).

        >>> Note("demo", "目標です。", "a target.").text()
        '目標です。'
        """
        return self.ja if check_lang(lang) == "ja" else self.en


def require_date(value: object, field: str) -> date:
    """Return ``value`` if it is a ``datetime.date`` (not a datetime), else raise.

    >>> require_date(date(2026, 11, 2), "accepted_on")
    datetime.date(2026, 11, 2)
    """
    if type(value) is not date:
        expected = "a datetime.date"
        if isinstance(value, datetime):
            expected += " (not a datetime: use telcobiz.core.jst_date(moment))"
        raise InvalidInput.for_value(field, value, expected, code="scheduling.not_a_date")
    return value


class OpenDays(enum.Enum):
    """On which days a window opens; each member carries the Japanese wording.

    >>> OpenDays.BUSINESS_DAYS.label
    '平日（土日祝日・年末年始を除く）'
    """

    EVERY_DAY = "every_day"
    BUSINESS_DAYS = "business_days"
    EXCEPT_CLOSURE = "except_closure"

    @property
    def label(self) -> str:
        """The Japanese wording of the day set."""
        return _OPEN_DAYS_LABELS[self][0]

    @property
    def english(self) -> str:
        """The English wording of the day set.

        >>> OpenDays.EXCEPT_CLOSURE.english
        'every day except the year-end closure'
        """
        return _OPEN_DAYS_LABELS[self][1]


_OPEN_DAYS_LABELS = {
    OpenDays.EVERY_DAY: ("毎日（365日）", "every day"),
    OpenDays.BUSINESS_DAYS: ("平日（土日祝日・年末年始を除く）", "business days"),
    OpenDays.EXCEPT_CLOSURE: ("年末年始を除く毎日", "every day except the year-end closure"),
}


def _clock(value: object, field: str) -> time:
    if type(value) is not time or value.tzinfo is not None:
        raise InvalidInput.for_value(
            field, value, "a naive datetime.time (JST wall clock)", code="hours.bad_range"
        )
    return value


def _start_clock(value: object) -> time:
    return _clock(value, "start")


def _end_clock(value: object) -> time:
    return _clock(value, "end")


def _offset(value: time) -> timedelta:
    return timedelta(
        hours=value.hour, minutes=value.minute, seconds=value.second, microseconds=value.microsecond
    )


@attrs.frozen
class TimeRange:
    """A daily JST window from ``start`` (included) to ``end`` (excluded).

    ``end=time(0)`` means midnight at the end of the day (24:00), so ``TimeRange(time(0),
    time(0))`` is the whole day. A range never crosses midnight.

    >>> str(TimeRange(time(9), time(23)))
    '9:00–23:00'
    >>> TimeRange(time(9), time(23)).contains(time(23))
    False
    >>> str(TimeRange.ALL_DAY)
    '0:00–24:00'
    """

    start: time = attrs.field(converter=_start_clock)
    end: time = attrs.field(converter=_end_clock)

    ALL_DAY: ClassVar[TimeRange]
    """The whole day, 0:00–24:00."""

    def __attrs_post_init__(self) -> None:
        if self.end != _MIDNIGHT and self.end <= self.start:
            raise InvalidInput.for_value(
                "end",
                self.end,
                f"a time after the start {self.start.isoformat()} (or 00:00 for midnight)",
                code="hours.bad_range",
            )

    @property
    def start_offset(self) -> timedelta:
        """How long after midnight the window opens.

        >>> TimeRange(time(9, 30), time(17)).start_offset
        datetime.timedelta(seconds=34200)
        """
        return _offset(self.start)

    @property
    def end_offset(self) -> timedelta:
        """How long after midnight the window closes (24 hours for an end of ``00:00``).

        >>> TimeRange(time(9), time(0)).end_offset
        datetime.timedelta(days=1)
        """
        if self.end == _MIDNIGHT:
            return _DAY
        return _offset(self.end)

    @property
    def duration(self) -> timedelta:
        """The length of the window.

        >>> TimeRange(time(10), time(18, 30)).duration
        datetime.timedelta(seconds=30600)
        """
        return self.end_offset - self.start_offset

    def contains(self, clock: time) -> bool:
        """Tell whether the wall-clock time ``clock`` is inside the window.

        >>> TimeRange(time(9), time(17)).contains(time(9))
        True
        """
        return self.start_offset <= _offset(clock) < self.end_offset

    def __str__(self) -> str:
        end = "24:00" if self.end == _MIDNIGHT else f"{self.end.hour}:{self.end.minute:02d}"
        return f"{self.start.hour}:{self.start.minute:02d}–{end}"


TimeRange.ALL_DAY = TimeRange(time(0), time(0))


def _ranges(values: object) -> tuple[TimeRange, ...]:
    if isinstance(values, TimeRange):
        values = (values,)
    try:
        ranges = tuple(sorted(values, key=lambda r: r.start_offset))  # type: ignore[call-overload]
    except (TypeError, AttributeError):
        raise InvalidInput.for_value(
            "ranges", values, "one or more TimeRange values", code="hours.bad_range"
        ) from None
    if not ranges or not all(isinstance(r, TimeRange) for r in ranges):
        raise InvalidInput.for_value(
            "ranges", values, "one or more TimeRange values", code="hours.bad_range"
        )
    for before, after in itertools.pairwise(ranges):
        if after.start_offset < before.end_offset:
            raise InvalidInput.for_value(
                "ranges", values, "time ranges that do not overlap", code="hours.bad_range"
            )
    return ranges


@attrs.frozen
class ServiceHours:
    """When one service window is open: the days, the JST time ranges and the source's words.

    Attributes:
        key: a stable lookup key such as ``"message-cast-support"`` (see :data:`SERVICE_HOURS`).
        name: the window's name as the source writes it.
        days: the day set (:class:`OpenDays`).
        ranges: one or more :class:`TimeRange` values (start included, end excluded).
        text: the source's own wording of the hours, character for character.
        citation: where the hours are stated.

    >>> from telcobiz.core.citation import Citation, RULEBOOK
    >>> desk = ServiceHours("demo", "デモ窓口", OpenDays.BUSINESS_DAYS,
    ...                     (TimeRange(time(9), time(12)), TimeRange(time(13), time(17))),
    ...                     "平日9:00～12:00、13:00～17:00", Citation(RULEBOOK, "example"))
    >>> desk.is_open(datetime(2026, 11, 24, 12, 30))
    False
    >>> desk.next_open(datetime(2026, 11, 24, 12, 30)).time()
    datetime.time(13, 0)
    >>> str(desk)
    'デモ窓口: 平日（土日祝日・年末年始を除く） 9:00–12:00, 13:00–17:00 JST'
    """

    key: str
    name: str
    days: OpenDays = attrs.field(validator=attrs.validators.instance_of(OpenDays))
    ranges: tuple[TimeRange, ...] = attrs.field(converter=_ranges)
    text: str
    citation: Citation

    @property
    def rule(self) -> str | None:
        """The RULES.md rule ID behind the hours.

        >>> SOFTBANK_BACKUP_ACCEPTANCE.rule
        'SB-5'
        """
        return self.citation.rule

    @property
    def all_day(self) -> bool:
        """True when the ranges cover the whole day (0:00–24:00).

        >>> DMP_LOSS_PHONE.all_day, DMP_INQUIRY_PHONE.all_day
        (True, False)
        """
        covered = timedelta(0)
        for time_range in self.ranges:
            if time_range.start_offset != covered:
                return False
            covered = time_range.end_offset
        return covered == _DAY

    def describe(self, lang: str = "en") -> str:
        """Describe the day set and ranges in words, in Japanese or English.

        >>> DMP_INQUIRY_PHONE.describe("en")
        'every day except the year-end closure 9:00–21:00 JST'
        >>> MESSAGE_CAST_INCIDENT_MAIL.describe("ja")
        '毎日（365日） 24時間'
        """
        check_lang(lang)
        days = self.days.label if lang == "ja" else self.days.english
        if self.all_day:
            return f"{days} 24時間" if lang == "ja" else f"{days}, 24 hours"
        return f"{days} " + ", ".join(map(str, self.ranges)) + " JST"

    def __str__(self) -> str:
        return f"{self.name}: {self.describe('ja')}"

    # -- days -------------------------------------------------------------------------------

    def is_open_day(self, day: date, *, calendar: BusinessCalendar | None = None) -> bool:
        """Tell whether the window opens at all on ``day`` (a ``datetime.date``).

        >>> DMP_INQUIRY_PHONE.is_open_day(date(2026, 12, 31))  # 年末年始
        False
        >>> no_closure = BusinessCalendar(closure=None)
        >>> DMP_INQUIRY_PHONE.is_open_day(date(2026, 12, 31), calendar=no_closure)
        True
        """
        require_date(day, "day")
        calendar = calendar_or_default(calendar)
        if self.days is OpenDays.BUSINESS_DAYS:
            return calendar.is_business_day(day)
        if self.days is OpenDays.EXCEPT_CLOSURE and calendar.closure is not None:
            return not calendar.closure.contains(day)
        return True

    def _open_days(self, day: date, calendar: BusinessCalendar) -> Iterator[date]:
        """``day`` if it is an open day, then every later open day, in order."""
        if self.days is OpenDays.BUSINESS_DAYS:
            day = calendar.roll_forward(day)
            while True:
                yield day
                day = calendar.next_business_day(day)
        closed_run = 0
        while True:
            if self.is_open_day(day, calendar=calendar):
                closed_run = 0
                yield day
            else:
                closed_run += 1
                if closed_run > _MAX_CLOSED_RUN:
                    raise OutOfRange(
                        f"{self.name} never opens with closure {calendar.closure}",
                        code="hours.never_open",
                        field="calendar",
                        value=calendar.closure,
                        expected="a closure shorter than a year",
                    )
            if day == date.max:
                raise OutOfRange(
                    "no opening before 9999-12-31",
                    code="hours.out_of_range",
                    field="at",
                    value=day,
                    expected="a moment before 9999-12-31",
                )
            day += _DAY

    def _always_open(self, calendar: BusinessCalendar) -> bool:
        return self.all_day and (
            self.days is OpenDays.EVERY_DAY
            or (self.days is OpenDays.EXCEPT_CLOSURE and calendar.closure is None)
        )

    def _windows(
        self, local: datetime, calendar: BusinessCalendar
    ) -> Iterator[tuple[datetime, datetime | None]]:
        """Open periods (naive JST) that end after ``local``, merged across midnight, in order.

        The first period is clipped to start no earlier than ``local``; ``None`` as an end
        means the window never closes.
        """
        if self._always_open(calendar):
            yield local, None
        else:
            yield from self._merged_windows(local, calendar)

    def _merged_windows(
        self, local: datetime, calendar: BusinessCalendar
    ) -> Iterator[tuple[datetime, datetime]]:
        current: tuple[datetime, datetime] | None = None
        for day in self._open_days(local.date(), calendar):
            midnight = datetime.combine(day, _MIDNIGHT)
            for time_range in self.ranges:
                start = midnight + time_range.start_offset
                end = midnight + time_range.end_offset
                if end <= local:
                    continue
                if current is not None and start == current[1]:
                    current = (current[0], end)
                    continue
                if current is not None:
                    yield current
                current = (max(start, local), end)

    # -- moments ----------------------------------------------------------------------------

    def is_open(self, at: datetime, *, calendar: BusinessCalendar | None = None) -> bool:
        """Tell whether the window is open at the moment ``at`` (naive = JST).

        >>> DMP_INQUIRY_PHONE.is_open(datetime(2026, 11, 22, 20, 59))  # a Sunday
        True
        >>> DMP_INQUIRY_PHONE.is_open(datetime(2026, 11, 22, 21, 0))
        False
        """
        local = jst_naive(at)
        if not self.is_open_day(local.date(), calendar=calendar):
            return False
        return any(time_range.contains(local.time()) for time_range in self.ranges)

    def next_open(self, at: datetime, *, calendar: BusinessCalendar | None = None) -> datetime:
        """Return the first moment at or after ``at`` when the window is open (``at`` if open).

        >>> MESSAGE_CAST_INCIDENT_PHONE.next_open(datetime(2026, 12, 28, 17, 0)).isoformat()
        '2027-01-04T09:00:00+09:00'
        """
        calendar = calendar_or_default(calendar)
        window: tuple[datetime, datetime | None] = next(self._windows(jst_naive(at), calendar))
        return window[0].replace(tzinfo=JST)

    def next_close(
        self, at: datetime, *, calendar: BusinessCalendar | None = None
    ) -> datetime | None:
        """Return when the open period running at ``at`` (or the next one, if closed) ends.

        ``None`` for a window that never closes (24時間365日).

        >>> MESSAGE_CAST_SUPPORT_WEB.next_close(datetime(2026, 11, 20, 17, 0)).isoformat()
        '2026-11-20T18:30:00+09:00'
        >>> MESSAGE_CAST_INCIDENT_MAIL.next_close(datetime(2026, 11, 20, 17, 0)) is None
        True
        """
        calendar = calendar_or_default(calendar)
        window: tuple[datetime, datetime | None] = next(self._windows(jst_naive(at), calendar))
        return None if window[1] is None else window[1].replace(tzinfo=JST)

    def status(self, at: datetime, *, calendar: BusinessCalendar | None = None) -> OpenStatus:
        """Tell whether the window is open at ``at``, with the next opening and closing.

        >>> status = MESSAGE_CAST_INCIDENT_PHONE.status(datetime(2026, 11, 21, 10, 0))
        >>> status.open, status.next_open.isoformat()
        (False, '2026-11-24T09:00:00+09:00')
        >>> str(status).endswith("it opens next at 2026-11-24 09:00 JST.")
        True
        """
        calendar = calendar_or_default(calendar)
        moment = jst_naive(at).replace(tzinfo=JST)
        return OpenStatus(
            open=self.is_open(moment, calendar=calendar),
            at=moment,
            next_open=self.next_open(moment, calendar=calendar),
            next_close=self.next_close(moment, calendar=calendar),
            hours=self,
            rules=tuple(rule for rule in (self.rule, "CAL-1", "CAL-2") if rule),
            citations=(self.citation, *calendar.citations),
        )

    # -- working time -----------------------------------------------------------------------

    def add_working_time(
        self,
        start: datetime,
        duration: timedelta,
        *,
        calendar: BusinessCalendar | None = None,
    ) -> datetime:
        """Return the moment when ``duration`` of open time has passed since ``start``.

        Only time inside the windows counts (a fault's recovery target of 2 hours inside
        business-day 9:00–18:00, MC-10). A zero duration gives the first open moment at or
        after ``start``.

        >>> MESSAGE_CAST_MISDELIVERY_RECOVERY.add_working_time(
        ...     datetime(2026, 11, 20, 17, 30), timedelta(hours=2)).isoformat()  # a Friday
        '2026-11-24T10:30:00+09:00'
        """
        if not isinstance(duration, timedelta) or duration < timedelta(0):
            raise InvalidInput.for_value(
                "duration",
                duration,
                "a datetime.timedelta of zero or more",
                code="hours.bad_duration",
            )
        calendar = calendar_or_default(calendar)
        remaining = duration
        windows = self._windows(jst_naive(start, field="start"), calendar)
        opened, closes = next(windows)
        while closes is not None and remaining > closes - opened:
            remaining -= closes - opened
            opened, closes = next(windows)
        return (opened + remaining).replace(tzinfo=JST)

    def working_time_between(
        self, start: datetime, end: datetime, *, calendar: BusinessCalendar | None = None
    ) -> timedelta:
        """Measure how much open time lies in ``[start, end)``.

        >>> MESSAGE_CAST_MISDELIVERY_RECOVERY.working_time_between(
        ...     datetime(2026, 11, 20, 17, 30), datetime(2026, 11, 24, 10, 30))
        datetime.timedelta(seconds=7200)
        """
        begin = jst_naive(start, field="start")
        finish = jst_naive(end, field="end")
        if finish < begin:
            raise InvalidInput.for_value(
                "end",
                end,
                f"a moment at or after the start {begin.isoformat()}",
                code="hours.end_before_start",
            )
        calendar = calendar_or_default(calendar)
        total = timedelta(0)
        windows = self._windows(begin, calendar)
        opened, closes = next(windows)
        while opened < finish:
            until = finish if closes is None else min(closes, finish)
            total += until - opened
            if until == finish:
                break
            opened, closes = next(windows)
        return total


@attrs.frozen
class OpenStatus:
    """Is a window open at a moment? The answer first, then the next opening and closing.

    >>> status = DMP_INQUIRY_PHONE.status(datetime(2026, 12, 31, 10, 0))
    >>> status.open, status.next_open.isoformat()
    (False, '2027-01-04T09:00:00+09:00')
    """

    open: bool
    at: datetime
    next_open: datetime
    next_close: datetime | None
    hours: ServiceHours
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        return self.sentence("en")

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> print(SOFTBANK_BACKUP_ACCEPTANCE.status(datetime(2026, 11, 21, 22, 0)).sentence("ja"))
        あんしんバックアップ 利用可否設定の受付は2026-11-21 22:00（JST）に\
受付中です（2026-11-21 23:00まで）。
        """
        check_lang(lang)
        name, at = self.hours.name, format_moment(self.at)
        opens = format_moment(self.next_open)
        closes = None if self.next_close is None else format_moment(self.next_close)
        if lang == "ja":
            if not self.open:
                return f"{name}は{at}（JST）に受付時間外です。次の開始は{opens}です。"
            until = "終了時刻なし（24時間365日）" if closes is None else f"{closes}まで"
            return f"{name}は{at}（JST）に受付中です（{until}）。"
        if not self.open:
            return f"{name} is closed at {at} JST; it opens next at {opens} JST."
        until = "it does not close (24/365)" if closes is None else f"it closes at {closes} JST"
        return f"{name} is open at {at} JST; {until}."

    def explain(self, lang: str = "ja") -> str:
        """Give the answer, the hours as the source states them, and the citations.

        >>> status = SOFTBANK_BACKUP_ACCEPTANCE.status(datetime(2026, 12, 31, 8, 0))
        >>> for line in status.explain("en").splitlines()[1:3]:
        ...     print(line)
        hours: every day 9:00–23:00 JST (source: 利用可否設定の受付時間は9:00～23:00です。)
        rules: SB-5, CAL-1, CAL-2
        """
        check_lang(lang)
        hours = "受付時間" if lang == "ja" else "hours"
        source = "出典の記載" if lang == "ja" else "source"
        lines = [
            self.sentence(lang),
            f"{hours}: {self.hours.describe(lang)} ({source}: {self.hours.text})",
            ("根拠" if lang == "ja" else "rules") + ": " + ", ".join(self.rules),
        ]
        lines.extend(f"- {citation}" for citation in self.citations)
        return "\n".join(lines)


# -- the windows the sources state ----------------------------------------------------------

_ALL_DAY = (TimeRange.ALL_DAY,)


def _hours(
    key: str, name: str, days: OpenDays, ranges: tuple[TimeRange, ...], text: str, cite: Citation
) -> ServiceHours:
    return ServiceHours(key, name, days, ranges, text, cite)


_MC_8_SUPPORT = Citation(
    MESSAGE_CAST_GUIDE, "§4.2", row="サービスお問い合わせ窓口 受付時間", rule="MC-8"
)
_MC_8_INCIDENT = Citation(
    MESSAGE_CAST_GUIDE, "§4.2", row="障害時お問い合わせ窓口 受付時間", rule="MC-8"
)

MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE: Final = _hours(
    "message-cast-support-acceptance",
    "KDDI Message CastサポートWEB（受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "24時間365日受付",
    _MC_8_SUPPORT,
)
"""MC-8: the support web accepts service inquiries 24/365 (001 §4.2).

>>> MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE.is_open(datetime(2027, 1, 1, 3, 0))
True
"""

MESSAGE_CAST_SUPPORT_WEB: Final = _hours(
    "message-cast-support",
    "KDDI Message CastサポートWEB（対応）",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(10), time(18, 30)),),
    "平日10:00～18:30対応",
    _MC_8_SUPPORT,
)
"""MC-8: service inquiries are handled on business days 10:00–18:30 (001 §4.2).

>>> MESSAGE_CAST_SUPPORT_WEB.is_open(datetime(2026, 11, 20, 18, 29))
True
"""

MESSAGE_CAST_INCIDENT_MAIL: Final = _hours(
    "message-cast-incident-mail",
    "サービスコントロールセンター（Eメール）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "24時間365日受付および対応",
    _MC_8_INCIDENT,
)
"""MC-8: incident e-mail is accepted and handled 24/365 (001 §4.2).

>>> MESSAGE_CAST_INCIDENT_MAIL.is_open(datetime(2026, 12, 31, 23, 59))
True
"""

MESSAGE_CAST_INCIDENT_PHONE: Final = _hours(
    "message-cast-incident-phone",
    "サービスコントロールセンター（お電話）",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(17)),),
    "平日9:00～17:00対応",
    _MC_8_INCIDENT,
)
"""MC-8: incident phone on business days 9:00–17:00 (001 §4.2).

>>> MESSAGE_CAST_INCIDENT_PHONE.is_open(datetime(2026, 11, 3, 10, 0))  # 文化の日
False
"""

MESSAGE_CAST_MISDELIVERY_RECOVERY: Final = _hours(
    "message-cast-misdelivery-recovery",
    "誤配信防止オプション起因の不具合の復旧対応",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(18)),),
    "平日日勤帯（9時-18時）",
    Citation(MESSAGE_CAST_GUIDE, "§4.4", row="運用目標時間", rule="MC-10"),
)
"""MC-10: faults caused by the 誤配信防止オプション are recovered on business days 9:00–18:00.

>>> MESSAGE_CAST_MISDELIVERY_RECOVERY.is_open(datetime(2026, 11, 20, 18, 0))
False
"""

_DMP_7 = "DMP-7"

DMP_KITTING_WEB: Final = _hours(
    "dmp-kitting-web",
    "キット代行（WEB受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "WEB 受付 : 24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (ア) キット代行", rule=_DMP_7),
)
"""DMP-7: kitting requests on the web 24/365; there is no phone channel (000 §3.5.1 ア).

>>> DMP_KITTING_WEB.next_close(datetime(2026, 11, 21, 3, 0)) is None
True
"""

DMP_LOSS_WEB: Final = _hours(
    "dmp-loss-web",
    "デバイス紛失時の対応（WEB受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "WEB 受付：24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (イ) デバイス紛失時の対応", rule=_DMP_7),
)
"""DMP-7: loss requests on the web 24/365 (000 §3.5.1 イ).

>>> DMP_LOSS_WEB.is_open(datetime(2027, 1, 1, 0, 0))
True
"""

DMP_LOSS_PHONE: Final = _hours(
    "dmp-loss-phone",
    "デバイス紛失時の対応（電話受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "電話受付：24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (イ) デバイス紛失時の対応", rule=_DMP_7),
)
"""DMP-7: loss requests by phone 24/365 (000 §3.5.1 イ).

>>> DMP_LOSS_PHONE.is_open(datetime(2026, 12, 31, 23, 0))
True
"""

DMP_FAILURE_WEB: Final = _hours(
    "dmp-failure-web",
    "デバイス故障時の対応（WEB受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "WEB 受付 : 24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (ウ) デバイス故障時の対応", rule=_DMP_7),
)
"""DMP-7: failure requests on the web 24/365; there is no phone channel (000 §3.5.1 ウ).

>>> DMP_FAILURE_WEB.is_open(datetime(2026, 11, 22, 4, 0))
True
"""

DMP_INQUIRY_WEB: Final = _hours(
    "dmp-inquiry-web",
    "お問い合わせ対応（WEB受付）",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "WEB 受付 : 24 時間 365 日",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (エ) お問い合わせ対応", rule=_DMP_7),
)
"""DMP-7: inquiries on the web 24/365 (000 §3.5.1 エ).

>>> DMP_INQUIRY_WEB.is_open(datetime(2027, 1, 2, 12, 0))
True
"""

DMP_INQUIRY_PHONE: Final = _hours(
    "dmp-inquiry-phone",
    "お問い合わせ対応（電話受付）",
    OpenDays.EXCEPT_CLOSURE,
    (TimeRange(time(9), time(21)),),
    "電話受付 : 9:00~21:00 (年末年始を除く)",
    Citation(BOS_DMP_GUIDE, "§3.5.1 (エ) お問い合わせ対応", rule=_DMP_7),
)
"""DMP-7: inquiries by phone 9:00–21:00 every day except the year-end closure (000 §3.5.1 エ).

>>> DMP_INQUIRY_PHONE.is_open(datetime(2026, 11, 21, 9, 0))  # a Saturday
True
"""

BOS_CORPORATE_CENTER: Final = _hours(
    "bos-corporate-center",
    "法人お客さまセンター（0077-7041）",
    OpenDays.EXCEPT_CLOSURE,
    (TimeRange(time(9), time(20)),),
    "受付時間：9:00～20:00（年末年始を除く）",
    Citation(BOS_DMP_GUIDE, "第6章 お問い合わせ先", rule="BOS-1"),
)
"""BOS-1: the 法人お客さまセンター of the BOS/DMP guide, 9:00–20:00 except 年末年始 (000 第6章).

>>> BOS_CORPORATE_CENTER.is_open(datetime(2027, 1, 3, 10, 0))
False
"""

SOFTBANK_BACKUP_ACCEPTANCE: Final = _hours(
    "softbank-backup-acceptance",
    "あんしんバックアップ 利用可否設定の受付",
    OpenDays.EVERY_DAY,
    (TimeRange(time(9), time(23)),),
    "利用可否設定の受付時間は9:00～23:00です。",
    Citation(BACKUP_MANUAL, "§1-7", rule="SB-5"),
)
"""SB-5: switch requests are accepted 9:00 (included) to 23:00 (excluded) JST (002 §1-4, §1-7).

>>> SOFTBANK_BACKUP_ACCEPTANCE.is_open(datetime(2026, 11, 21, 22, 59, 59))
True
"""

CLOUD_AUTOCALL_SUPPORT: Final = _hours(
    "cloud-autocall-support",
    "KDDI株式会社 法人お客さまセンター（セルフページ）",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(18)),),
    "平日: 9:00~18:00(土・日・祝日・年末年始を除く)",
    Citation(CLOUD_AUTOCALL_GUIDE, "セルフページについてのお問い合わせ先", rule="CAC-5"),
)
"""CAC-5: self-page support on business days 9:00–18:00 (003, お問い合わせ先).

>>> CLOUD_AUTOCALL_SUPPORT.is_open(datetime(2026, 11, 20, 17, 59))
True
"""

DOCOMO_SHOP: Final = _hours(
    "docomo-shop",
    "ドコモビジネスオンラインショップ",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "本サイトは24時間365日ご利用いただけます。",
    Citation(DOCOMO_SHOP_FAQ, "サイト利用可能時間を教えてください。", rule="DBO-8"),
)
"""DBO-8: the shop is open 24/365; maintenance is announced ahead, emergency work may not be.

>>> DOCOMO_SHOP.is_open(datetime(2027, 1, 1, 0, 0))
True
"""

DOCOMO_ONLINE_CONSULTATION: Final = _hours(
    "docomo-online-consultation",
    "オンライン相談",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(10), time(17)),),
    "オンライン相談の実施可能時間は10:00~17:00(土日・祝・年末年始除く)です。",
    Citation(DOCOMO_SHOP_FAQ, "オンライン相談の利用可能時間を教えてください。", rule="DBO-8"),
)
"""DBO-8: online consultation on business days 10:00–17:00 (reservations: 24 hours).

>>> DOCOMO_ONLINE_CONSULTATION.is_open(datetime(2026, 11, 20, 17, 0))
False
"""

DOCOMO_CONSULTATION_RESERVATION: Final = _hours(
    "docomo-consultation-reservation",
    "オンライン相談の予約",
    OpenDays.EVERY_DAY,
    _ALL_DAY,
    "※ただし、相談の予約は24時間受付しています。",
    Citation(DOCOMO_SHOP_FAQ, "オンライン相談の利用可能時間を教えてください。", rule="DBO-8"),
)
"""DBO-8: consultation reservations are taken 24 hours a day.

>>> DOCOMO_CONSULTATION_RESERVATION.is_open(datetime(2026, 11, 22, 2, 0))
True
"""

DOCOMO_CONTACT_CENTER: Final = _hours(
    "docomo-contact-center",
    "ドコモビジネスコンタクトセンター",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(17)),),
    "0120-003300(9:00~17:00 ※土・日・祝日・年末年始を除く)",
    Citation(DOCOMO_SHOP_FAQ, "注文数量が上限を超える場合は、どうすればよいですか?", rule="DBO-8"),
)
"""DBO-8: the contact centre on business days 9:00–17:00.

>>> DOCOMO_CONTACT_CENTER.is_open(datetime(2026, 11, 23, 10, 0))  # 勤労感謝の日
False
"""

DOCOMO_BILLING_CENTER: Final = _hours(
    "docomo-billing-center",
    "ビリングカスタマセンタ",
    OpenDays.BUSINESS_DAYS,
    (TimeRange(time(9), time(17)),),
    "0120-047-128 (土日祝年末年始を除く 9:00-17:00)",
    Citation(
        DOCOMO_SHOP_FAQ,
        "請求先情報、お支払方法を変更したい場合、どうしたらよいですか?",
        row="請求先情報の変更方法",
        rule="DBO-8",
    ),
)
"""DBO-8: the billing customer centre on business days 9:00–17:00.

>>> DOCOMO_BILLING_CENTER.is_open(datetime(2026, 11, 24, 16, 59))
True
"""

DOCOMO_INFORMATION_CENTER: Final = _hours(
    "docomo-information-center",
    "ドコモ インフォメーションセンター",
    OpenDays.EVERY_DAY,
    (TimeRange(time(9), time(20)),),
    "受付時間:午前 9:00 ~ 午後 8:00(年中無休)",
    Citation(
        DOCOMO_SHOP_FAQ,
        "請求先情報、お支払方法を変更したい場合、どうしたらよいですか?",
        row="モバイル端末をご注文の場合",
        rule="DBO-8",
    ),
)
"""DBO-8: the docomo information centre 9:00–20:00 every day (年中無休), year-end included.

>>> DOCOMO_INFORMATION_CENTER.is_open(datetime(2027, 1, 1, 19, 59))
True
"""

SERVICE_HOURS: Final[Mapping[str, ServiceHours]] = MappingProxyType(
    {
        hours.key: hours
        for hours in (
            MESSAGE_CAST_SUPPORT_WEB,
            MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE,
            MESSAGE_CAST_INCIDENT_MAIL,
            MESSAGE_CAST_INCIDENT_PHONE,
            MESSAGE_CAST_MISDELIVERY_RECOVERY,
            DMP_KITTING_WEB,
            DMP_LOSS_WEB,
            DMP_LOSS_PHONE,
            DMP_FAILURE_WEB,
            DMP_INQUIRY_WEB,
            DMP_INQUIRY_PHONE,
            BOS_CORPORATE_CENTER,
            SOFTBANK_BACKUP_ACCEPTANCE,
            CLOUD_AUTOCALL_SUPPORT,
            DOCOMO_SHOP,
            DOCOMO_ONLINE_CONSULTATION,
            DOCOMO_CONSULTATION_RESERVATION,
            DOCOMO_CONTACT_CENTER,
            DOCOMO_BILLING_CENTER,
            DOCOMO_INFORMATION_CENTER,
        )
    }
)
"""Every stated window by its key (read-only).

>>> SERVICE_HOURS["message-cast-support"] is MESSAGE_CAST_SUPPORT_WEB
True
>>> len(SERVICE_HOURS)
20
"""


def service_hours(key: str) -> ServiceHours:
    """Look up the window with key ``key``; an unknown key is an ``UnknownItem`` error.

    >>> service_hours("softbank-backup-acceptance").rule
    'SB-5'
    """
    try:
        return SERVICE_HOURS[key]
    except (KeyError, TypeError):
        raise UnknownItem.for_value(
            "service",
            key,
            "one of " + ", ".join(sorted(SERVICE_HOURS)),
            code="hours.unknown_service",
        ) from None
