"""Service hours: when a desk or a form is open, and working time inside its windows (CAL-1, CAL-2).

A :class:`ServiceHours` is a value: which days it opens
(:class:`~telcobiz.scheduling.time_range.OpenDays`) and one or more JST time ranges
(:class:`~telcobiz.scheduling.time_range.TimeRange`, start included, end excluded). It answers
:meth:`~ServiceHours.is_open`, :meth:`~ServiceHours.next_open`,
:meth:`~ServiceHours.next_close`, :meth:`~ServiceHours.status` (an :class:`OpenStatus`), and
counts "working time" inside its windows (:meth:`~ServiceHours.add_working_time`, used by
MC-10). The windows the sources state are constants in :mod:`telcobiz.scheduling.windows`.

Business days and the year-end closure come from a
:class:`~telcobiz.scheduling.calendar.BusinessCalendar` (CAL-1): every method takes
``calendar=`` (default ``BusinessCalendar()``), so a caller who reads "平日" as plain weekdays
can pass ``BusinessCalendar(closure=None)`` (the MC-8 Decision, `telcobiz rules MC-8`).
Times: a naive ``datetime`` is JST, an aware one is converted (CAL-2); answers are aware JST
datetimes.

>>> from datetime import datetime, time
>>> from telcobiz.core.citation import Citation, RULEBOOK
>>> desk = ServiceHours("demo", "デモ窓口", OpenDays.BUSINESS_DAYS, TimeRange(time(9), time(17)),
...                     "平日9:00～17:00", Citation(RULEBOOK, "example"))
>>> desk.is_open(datetime(2026, 11, 21, 10, 0))  # a Saturday
False
>>> desk.next_open(datetime(2026, 11, 21, 10, 0)).isoformat()
'2026-11-24T09:00:00+09:00'
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput, OutOfRange
from telcobiz.core.jst import JST, jst_naive
from telcobiz.core.text import check_lang, format_moment
from telcobiz.scheduling.calendar import BusinessCalendar
from telcobiz.scheduling.common import calendar_or_default, require_date
from telcobiz.scheduling.time_range import OpenDays, TimeRange, as_time_ranges

__all__ = ["OpenStatus", "ServiceHours"]

_DAY = timedelta(days=1)
_MIDNIGHT = time(0)
# A closure that covers the whole year would make "every day except the closure" never open;
# a year and a day of closed days proves it.
_MAX_CLOSED_RUN = 367


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
    ranges: tuple[TimeRange, ...] = attrs.field(converter=as_time_ranges)
    text: str
    citation: Citation

    @property
    def rule(self) -> str | None:
        """The catalogue rule ID behind the hours (:mod:`telcobiz.rules`).

        >>> from telcobiz.scheduling.windows import SOFTBANK_BACKUP_ACCEPTANCE
        >>> SOFTBANK_BACKUP_ACCEPTANCE.rule
        'SB-5'
        """
        return self.citation.rule

    @property
    def all_day(self) -> bool:
        """True when the ranges cover the whole day (0:00–24:00).

        >>> from telcobiz.scheduling.windows import DMP_INQUIRY_PHONE, DMP_LOSS_PHONE
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

        >>> from telcobiz.scheduling.windows import DMP_INQUIRY_PHONE, MESSAGE_CAST_INCIDENT_MAIL
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

        >>> from telcobiz.scheduling.windows import DMP_INQUIRY_PHONE
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

        >>> from telcobiz.scheduling.windows import DMP_INQUIRY_PHONE
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

        >>> from telcobiz.scheduling.windows import MESSAGE_CAST_INCIDENT_PHONE
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

        >>> from telcobiz.scheduling.windows import (
        ...     MESSAGE_CAST_INCIDENT_MAIL,
        ...     MESSAGE_CAST_SUPPORT_WEB,
        ... )
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

        >>> from telcobiz.scheduling.windows import MESSAGE_CAST_INCIDENT_PHONE
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

        >>> from telcobiz.scheduling.windows import MESSAGE_CAST_MISDELIVERY_RECOVERY
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

        >>> from telcobiz.scheduling.windows import MESSAGE_CAST_MISDELIVERY_RECOVERY
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

    >>> from telcobiz.scheduling.windows import DMP_INQUIRY_PHONE
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

        >>> from telcobiz.scheduling.windows import SOFTBANK_BACKUP_ACCEPTANCE
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

        >>> from telcobiz.scheduling.windows import SOFTBANK_BACKUP_ACCEPTANCE
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
