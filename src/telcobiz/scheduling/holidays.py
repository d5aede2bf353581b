"""Japanese national holidays as data, read from ``jpholiday`` once per year (CAL-1, CAL-5).

``jpholiday`` tests every day of a year against every holiday rule (about 40 ms a year), so
each year is read once per process and kept. Two of its rules ignore the date their law took
effect; before that date the days they produce were working days, and telcobiz drops them:

- 振替休日 (substitute holiday) exists from 1973-04-12 (昭和48年法律第10号), so 1973-02-12 was a
  working day;
- 国民の休日 (a day between two holidays) exists from 1985-12-27 (昭和60年法律第103号), so
  5月4日 of 1970..1985 were working days unless another rule made them holidays.

>>> national_holidays(2026)[date(2026, 11, 3)]
'文化の日'
>>> date(1984, 5, 4) in national_holidays(1984)
False
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from types import MappingProxyType

from telcobiz.core.citation import HOLIDAY_ACT, Citation

__all__ = ["HOLIDAY_CITATION", "national_holidays"]

HOLIDAY_CITATION = Citation(HOLIDAY_ACT, "第2条, 第3条", rule="CAL-1")
"""Where holidays come from: the Holiday Act, as computed by ``jpholiday``."""

_SUBSTITUTE_HOLIDAY_FROM = date(1973, 4, 12)
_CITIZENS_HOLIDAY_FROM = date(1985, 12, 27)


def _in_force(day: date, name: str) -> bool:
    if "振替休日" in name:
        return day >= _SUBSTITUTE_HOLIDAY_FROM
    if name == "国民の休日":
        return day >= _CITIZENS_HOLIDAY_FROM
    return True


@cache
def national_holidays(year: int) -> Mapping[date, str]:
    """The national holidays of ``year`` with their names (read-only, cached).

    >>> sorted(day for day in national_holidays(2019) if day.month == 5)[:3]
    [datetime.date(2019, 5, 1), datetime.date(2019, 5, 2), datetime.date(2019, 5, 3)]
    """
    import jpholiday  # imported on first use: keeps `import telcobiz` light

    holidays: dict[date, str] = {}
    for day, name in jpholiday.year_holidays(year):
        if _in_force(day, name):
            # Two rules can name one day; keep both names rather than lose one.
            holidays[day] = f"{holidays[day]}・{name}" if day in holidays else name
    return MappingProxyType(holidays)
