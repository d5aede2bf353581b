"""Pieces every scheduling module shares: the default calendar, date checks, result notes (CAL-1).

Every rule that counts business days takes ``calendar=`` and falls back to one shared
``BusinessCalendar()`` (CAL-1); inputs that must be dates are checked the same way everywhere;
results carry caveats as :class:`Note` values in Japanese and English.

>>> from datetime import date
>>> calendar_or_default(None).is_business_day(date(2026, 11, 3))  # 文化の日
False
>>> Note("demo", "目標です。", "a target.").text("en")
'a target.'
"""

from __future__ import annotations

from datetime import date
from typing import Final

import attrs

from telcobiz.core.checks import expect_instance
from telcobiz.core.jst import require_date as core_require_date
from telcobiz.core.text import check_lang
from telcobiz.scheduling.calendar import BusinessCalendar

__all__ = ["Note", "calendar_or_default", "require_date"]

# One shared default calendar: its per-year business-day tables are built once, not per call.
_DEFAULT_CALENDAR: Final = BusinessCalendar()


def calendar_or_default(calendar: BusinessCalendar | None) -> BusinessCalendar:
    """Return ``calendar``, or the default ``BusinessCalendar()`` when it is ``None``.

    >>> calendar_or_default(None) == BusinessCalendar()
    True
    >>> calendar_or_default(1)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: calendar must be a BusinessCalendar, got int
    """
    if calendar is None:
        return _DEFAULT_CALENDAR
    return expect_instance(calendar, BusinessCalendar, "calendar", code="calendar.not_a_calendar")


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
    return core_require_date(value, field, code="scheduling.not_a_date")
