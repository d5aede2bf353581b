"""Regenerate :mod:`telcobiz.scheduling._holiday_data` from ``jpholiday`` (CAL-1, CAL-5).

Run ``python -m telcobiz.scheduling._holiday_source`` after a ``jpholiday`` release: it
rewrites the shipped table, and ``git diff`` shows every date that changed. The library never
imports this module; ``tests/scheduling/test_holidays.py`` renders the table again in memory
and compares it with the committed one, so a release that moves a holiday fails CI with the
dates that differ.

``jpholiday`` applies two rules before the laws that made them; before those dates the days
they produce were working days, and the table leaves them out:

- 振替休日 (substitute holiday) exists from 1973-04-12 (昭和48年法律第10号), so 1973-02-12 was a
  working day;
- 国民の休日 (a day between two holidays) exists from 1985-12-27 (昭和60年法律第103号), so
  5月4日 of 1970..1985 were working days unless another rule made them holidays.

>>> holidays = corrected_holidays(1973)
>>> holidays[date(1973, 4, 30)], date(1973, 2, 12) in holidays
('天皇誕生日 振替休日', False)
"""

from __future__ import annotations

import sys
from datetime import date
from importlib import metadata
from pathlib import Path

__all__: list[str] = []

FIRST_YEAR = 1970
LAST_YEAR = 2099
SUBSTITUTE_HOLIDAY_FROM = date(1973, 4, 12)
CITIZENS_HOLIDAY_FROM = date(1985, 12, 27)
TARGET = Path(__file__).with_name("_holiday_data.py")


def _in_force(day: date, name: str) -> bool:
    if "振替休日" in name:
        return day >= SUBSTITUTE_HOLIDAY_FROM
    if name == "国民の休日":
        return day >= CITIZENS_HOLIDAY_FROM
    return True


def corrected_holidays(year: int) -> dict[date, str]:
    """``jpholiday``'s holidays of ``year`` without the days of laws not yet in force.

    >>> corrected_holidays(2026)[date(2026, 9, 22)]
    '国民の休日'
    """
    import jpholiday

    holidays: dict[date, str] = {}
    for day, name in sorted(jpholiday.year_holidays(year)):
        if _in_force(day, name):
            # Two rules can name one day; keep both names rather than lose one.
            holidays[day] = f"{holidays[day]}・{name}" if day in holidays else name
    return holidays


def render() -> str:
    """The source text of ``_holiday_data.py``, from ``jpholiday`` as installed.

    Slow (``jpholiday`` takes about 40 ms a year): the library reads the committed table.
    """
    years = {year: corrected_holidays(year) for year in range(FIRST_YEAR, LAST_YEAR + 1)}
    names = sorted({name for holidays in years.values() for name in holidays.values()})
    index = {name: number for number, name in enumerate(names)}
    version = metadata.version("jpholiday")
    out = [
        "# ruff: noqa: E501",
        '"""Every national holiday the calendar serves, 1970-2099 (generated: do not edit; CAL-1).',
        "",
        f"Written by ``python -m telcobiz.scheduling._holiday_source`` from jpholiday {version},",
        "without 振替休日 before 1973-04-12 and 国民の休日 before 1985-12-27 (the laws' dates).",
        "``YEARS[year]`` lists the year's holidays as ``MMDD`` + ``:`` + an index into ``NAMES``;",
        "``ORDINALS`` holds the same days as date ordinals, the form the calendar reads.",
        "",
        ">>> new_year = YEARS[2026].split()[0]",
        ">>> new_year[:4], NAMES[int(new_year[5:])]",
        "('0101', '元日')",
        '"""',
        "",
        "from typing import Final",
        "",
        f'JPHOLIDAY_VERSION: Final = "{version}"',
        f"FIRST_YEAR: Final = {FIRST_YEAR}",
        f"LAST_YEAR: Final = {LAST_YEAR}",
        "NAMES: Final = (",
        *(f'    "{name}",' for name in names),
        ")",
        "YEARS: Final = {",
    ]
    for year, holidays in years.items():
        entries = " ".join(f"{day:%m%d}:{index[name]}" for day, name in holidays.items())
        out.append(f'    {year}: "{entries}",')
    out += [
        "}",
        "# The same days as date ordinals, one year a line: the calendar reads these.",
        "# fmt: off",
        "ORDINALS: Final = (",
    ]
    for year, holidays in years.items():
        out.append("    " + " ".join(f"{day.toordinal()}," for day in holidays) + f"  # {year}")
    out += [")", "# fmt: on", ""]
    return "\n".join(out)


def main() -> None:
    """Write the table next to this module (run as ``python -m``)."""
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)


if __name__ == "__main__":
    main()
