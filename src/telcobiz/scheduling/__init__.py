"""When things happen: the business-day calendar and every time rule (CAL-1..CAL-4).

>>> from datetime import date
>>> from telcobiz.scheduling import BusinessCalendar
>>> BusinessCalendar().add_business_days(date(2026, 11, 2), 5)
datetime.date(2026, 11, 10)
"""

from telcobiz.scheduling.calendar import (
    FIRST_SUPPORTED_YEAR,
    LAST_SUPPORTED_YEAR,
    BusinessCalendar,
    Closure,
    NonBusinessDay,
    Reason,
    ReasonKind,
)
from telcobiz.scheduling.holidays import national_holidays

__all__ = [
    "FIRST_SUPPORTED_YEAR",
    "LAST_SUPPORTED_YEAR",
    "BusinessCalendar",
    "Closure",
    "NonBusinessDay",
    "Reason",
    "ReasonKind",
    "national_holidays",
]
