"""National holidays read from jpholiday, corrected before their laws (CAL-1, CAL-5)."""

from datetime import date

import jpholiday
import pytest

from telcobiz.scheduling import national_holidays

# 2026 as published by the Cabinet Office (内閣府「国民の祝日について」).
HOLIDAYS_2026 = {
    date(2026, 1, 1): "元日",
    date(2026, 1, 12): "成人の日",
    date(2026, 2, 11): "建国記念の日",
    date(2026, 2, 23): "天皇誕生日",
    date(2026, 3, 20): "春分の日",
    date(2026, 4, 29): "昭和の日",
    date(2026, 5, 3): "憲法記念日",
    date(2026, 5, 4): "みどりの日",
    date(2026, 5, 5): "こどもの日",
    date(2026, 5, 6): "憲法記念日 振替休日",
    date(2026, 7, 20): "海の日",
    date(2026, 8, 11): "山の日",
    date(2026, 9, 21): "敬老の日",
    date(2026, 9, 22): "国民の休日",
    date(2026, 9, 23): "秋分の日",
    date(2026, 10, 12): "スポーツの日",
    date(2026, 11, 3): "文化の日",
    date(2026, 11, 23): "勤労感謝の日",
}


def test_2026_matches_the_published_list():
    assert dict(national_holidays(2026)) == HOLIDAYS_2026


def test_years_are_read_once_and_read_only():
    assert national_holidays(2026) is national_holidays(2026)
    with pytest.raises(TypeError):
        national_holidays(2026)[date(2026, 1, 2)] = "x"  # type: ignore[index]


@pytest.mark.parametrize("year", [1986, 1999, 2019, 2020, 2021, 2026, 2050])
def test_agrees_with_jpholiday_once_both_laws_are_in_force(year):
    assert dict(national_holidays(year)) == dict(jpholiday.year_holidays(year))


def test_drops_what_jpholiday_applies_before_the_law():
    assert date(1973, 2, 12) in dict(jpholiday.year_holidays(1973))
    assert date(1973, 2, 12) not in national_holidays(1973)
    assert date(1973, 4, 30) in national_holidays(1973)
    assert date(1984, 5, 4) in dict(jpholiday.year_holidays(1984))
    assert date(1984, 5, 4) not in national_holidays(1984)
