"""National holidays shipped as data, from jpholiday corrected before their laws (CAL-1, CAL-5)."""

from datetime import date

import jpholiday
import pytest

from telcobiz import InvalidInput, OutOfRange
from telcobiz.scheduling import _holiday_data, _holiday_source, national_holidays

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


def test_the_shipped_table_is_what_jpholiday_gives_today():
    # A jpholiday release that moves, adds or renames a holiday fails here with the dates;
    # `python -m telcobiz.scheduling._holiday_source` then rewrites the table for review.
    fresh: dict[str, object] = {}
    exec(_holiday_source.render(), fresh)
    shipped = {
        year: {day: national_holidays(year)[day] for day in national_holidays(year)}
        for year in range(1970, 2100)
    }
    regenerated = {
        year: {
            date(year, int(entry[:2]), int(entry[2:4])): fresh["NAMES"][int(entry[5:])]
            for entry in text.split()
        }
        for year, text in fresh["YEARS"].items()
    }
    differing = sorted(
        (day, shipped[year].get(day), regenerated[year].get(day))
        for year in shipped
        for day in shipped[year].keys() | regenerated.get(year, {}).keys()
        if shipped[year].get(day) != regenerated.get(year, {}).get(day)
    )
    assert not differing, f"jpholiday changed (date, shipped, jpholiday now): {differing}"
    assert fresh["ORDINALS"] == _holiday_data.ORDINALS
    assert fresh["NAMES"] == _holiday_data.NAMES


def test_the_ordinals_are_the_named_days():
    named = [day.toordinal() for year in range(1970, 2100) for day in national_holidays(year)]
    assert tuple(named) == _holiday_data.ORDINALS
    assert len(named) == len(set(named))


def test_combined_names_keep_both_rules():
    # 1990-11-12 即位礼正殿の儀 is the only holiday in its week: one name. 2019-05-01 likewise.
    assert national_holidays(2019)[date(2019, 5, 1)] == "天皇の即位の日"
    assert national_holidays(1989)[date(1989, 2, 24)] == "昭和天皇の大喪の礼"


@pytest.mark.parametrize("year", [0, 1800, 1969, 2100, 2**31])
def test_years_outside_the_table_are_refused(year):
    with pytest.raises(OutOfRange) as caught:
        national_holidays(year)
    assert caught.value.code == "calendar.out_of_range"
    assert "1970 to 2099" in caught.value.message


@pytest.mark.parametrize("year", ["x", 2026.0, True, None, [2026]])
def test_years_that_are_not_ints_are_refused(year):
    with pytest.raises(InvalidInput) as caught:
        national_holidays(year)  # type: ignore[arg-type]
    assert caught.value.code == "calendar.bad_year"
