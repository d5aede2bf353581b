"""The catalogue's CAL rules: business days and time, shared by every service (CAL-1..CAL-5).

>>> [rule.id for rule in RULES]
['CAL-1', 'CAL-2', 'CAL-3', 'CAL-4', 'CAL-5']
"""

from __future__ import annotations

from telcobiz.core.citation import (
    CONSUMPTION_TAX_ACT,
    CONSUMPTION_TAX_ORDER,
    CORPORATE_NUMBER_ORDINANCE,
    DOCOMO_SHOP_FAQ,
    HOLIDAY_ACT,
    MESSAGE_CAST_GUIDE,
    Citation,
)
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = ["RULES"]

_CAL = Service.CALENDAR

RULES: tuple[Rule, ...] = (
    Rule(
        "CAL-1",
        _CAL,
        "A business day",
        "営業日",
        "A business day is a Monday to Friday that is not a national holiday of Japan (祝日, "
        "振替休日, 国民の休日) and not inside the year-end/new-year closure (年末年始).",
        (
            Citation(HOLIDAY_ACT, "第2条, 第3条", rule="CAL-1"),
            Citation(
                DOCOMO_SHOP_FAQ,
                "オンライン相談の利用可能時間を教えてください。",
                row="土日・祝・年末年始除く",
                rule="CAL-1",
            ),
        ),
        "The sources exclude 年末年始 without saying which days it covers. telcobiz closes 12-29 "
        "through 01-03 by default, the year-end holidays of Japan's public offices "
        "(行政機関の休日に関する法律), and lets a caller build a calendar with another closure, "
        "none, or extra days off. Holidays come from jpholiday, which applies 振替休日 before the "
        "law that created it (1973-04-12) and 国民の休日 before 1985-12-27; those days were "
        "working days, so telcobiz drops them (1973-02-12, and May 4th of 1970 to 1985 unless "
        "another holiday falls on it).",
        values=(
            RuleValue("default closure", "telcobiz.scheduling.calendar.BusinessCalendar().closure"),
            RuleValue(
                "weekend (Monday = 0)", "telcobiz.scheduling.calendar.BusinessCalendar().weekend"
            ),
            RuleValue("first year covered", "telcobiz.scheduling.calendar.FIRST_SUPPORTED_YEAR"),
            RuleValue("last year covered", "telcobiz.scheduling.calendar.LAST_SUPPORTED_YEAR"),
        ),
        implemented_by=(
            "telcobiz.scheduling.BusinessCalendar",
            "telcobiz.scheduling.holidays.national_holidays",
        ),
    ),
    Rule(
        "CAL-2",
        _CAL,
        "Times are Japan Standard Time",
        "日本時間",
        "Every time a source states (opening hours, cut-offs, deadlines) is Japan Standard Time, "
        "UTC+9, which has no daylight saving time.",
        (Citation(MESSAGE_CAST_GUIDE, "§4.2", row="受付時間", rule="CAL-2"),),
        "The sources print times such as 9:00～17:00 without a time zone; they are Japanese "
        "services, so the times are JST. A naive datetime given to telcobiz is read as JST; an "
        "aware one is converted to JST first, so a caller in another zone gets the right answer.",
        values=(RuleValue("time zone", "telcobiz.core.jst.JST"),),
        implemented_by=("telcobiz.core.jst.to_jst", "telcobiz.core.jst.jst_naive"),
    ),
    Rule(
        "CAL-3",
        _CAL,
        "Counting N business days",
        "N営業日の数え方",
        "N business days are counted from the 起算日, the business day after the day a form is "
        "accepted, which is day 1; a range such as 6～10営業日 gives an earliest and a latest "
        "date.",
        (Citation(MESSAGE_CAST_GUIDE, "§2.1 留意事項③", rule="CAL-3"),),
        "The guide defines the 起算日 but not whether it counts as day 1. telcobiz counts it as "
        "day 1, so completion is the N-th business day after acceptance: a form accepted on "
        "2026-11-02 with 5営業日 completes on 2026-11-10, because 2026-11-03 (文化の日) is not a "
        "business day.",
        implemented_by=(
            "telcobiz.scheduling.BusinessCalendar.add_business_days",
            "telcobiz.scheduling.message_cast.change_lead_time",
        ),
    ),
    Rule(
        "CAL-4",
        _CAL,
        "翌月適用: from the 1st of the next month",
        "翌月適用",
        "A change marked 翌月適用 takes effect on the 1st day of the next month.",
        (Citation(MESSAGE_CAST_GUIDE, "§2.1", row="必要日数 翌月適用", rule="CAL-4"),),
        "The guide does not say what 'next' is counted from. Its note ③ defines every lead time "
        "of the table from the 起算日, 翌月適用 included, so telcobiz takes the month after the "
        "起算日's month: accepted 2026-11-02 (起算日 11-04) applies from 2026-12-01, accepted "
        "2026-11-30 (起算日 12-01) from 2027-01-01, accepted 2026-12-28 (起算日 2027-01-04, after "
        "the closure) from 2027-02-01.",
        implemented_by=("telcobiz.scheduling.message_cast.change_lead_time",),
    ),
    Rule(
        "CAL-5",
        _CAL,
        "Sources outside the service documents",
        "資料以外の出典",
        "Rules that the service documents take for granted are cited by the law that states them: "
        "consumption tax rates and invoice rounding, the corporate-number check digit, and the "
        "national holidays.",
        (
            Citation(CONSUMPTION_TAX_ACT, "第29条", rule="CAL-5"),
            Citation(CONSUMPTION_TAX_ORDER, "第70条の10", rule="CAL-5"),
            Citation(CORPORATE_NUMBER_ORDINANCE, "第2条", rule="CAL-5"),
            Citation(HOLIDAY_ACT, "第2条, 第3条", rule="CAL-5"),
        ),
        implemented_by=(
            "telcobiz.core.tax.invoice_tax",
            "telcobiz.policy.docomo.calc_check_digit",
            "telcobiz.scheduling.holidays.national_holidays",
        ),
    ),
)
"""The CAL rules, in ID order."""
