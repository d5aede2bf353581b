"""Hypothesis strategies for the scheduling results: calendars, opening hours, lead times.

Every result is what a :mod:`telcobiz.scheduling` function returns for drawn inputs
(:func:`~telcobiz.testing.core.returned`): a lead time from ``change_lead_time``, an opening
status from ``ServiceHours.status``, a billing month from ``billing_month``.

>>> from hypothesis import given, settings
>>> @settings(max_examples=20)
... @given(lead_times())
... def test_earliest_is_not_after_latest(lead):
...     assert lead.accepted_on <= lead.earliest <= lead.latest
>>> test_earliest_is_not_after_latest()
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.calendar import BusinessCalendar, Closure, NonBusinessDay, Reason
from telcobiz.scheduling.cloud_autocall import (
    BillingMonth,
    DetailFileExpiry,
    PasswordUsable,
    ViewableMonths,
    billing_month,
    detail_file_expires_at,
    password_usable_from,
    viewable_months,
)
from telcobiz.scheduling.common import Note
from telcobiz.scheduling.docomo import OrderDate, PaymentDue, order_date, payment_due_date
from telcobiz.scheduling.message_cast.changes import (
    ChangeItem,
    ChangeRule,
    ItemLeadTime,
    Lead,
    LeadTime,
    change_lead_time,
)
from telcobiz.scheduling.message_cast.contract import (
    Cancellation,
    NewContractLeadTime,
    cancellation,
    new_contract_lead_time,
)
from telcobiz.scheduling.message_cast.operations import (
    IncidentCause,
    IncidentTargets,
    MaintenanceKind,
    MaintenanceNotice,
    incident_targets,
    maintenance_notice_ok,
)
from telcobiz.scheduling.opening_hours import OpenStatus, ServiceHours
from telcobiz.scheduling.time_range import TimeRange
from telcobiz.testing.core import dates, parts, returned, year_months
from telcobiz.testing.tables import table_rows

__all__ = [
    "business_calendars",
    "call_billing_months",
    "cancellations",
    "change_rules",
    "closures",
    "detail_file_expiries",
    "incident_target_times",
    "item_lead_times",
    "lead_times",
    "leads",
    "maintenance_notices",
    "moments",
    "new_contract_lead_times",
    "non_business_days",
    "open_statuses",
    "opening_hours",
    "order_dates",
    "password_usable_times",
    "payment_dues",
    "reasons",
    "scheduling_notes",
    "time_ranges",
    "viewable_month_lists",
]

_FIRST = date(2000, 1, 1)  # inside the calendar's range, with room for lead times after it
_LAST = date(2090, 12, 31)


def _days() -> st.SearchStrategy[date]:
    return dates(min_value=_FIRST, max_value=_LAST)


def moments() -> st.SearchStrategy[datetime]:
    """Naive JST moments (the library's convention), to the minute, 2000 to 2090.

    >>> from hypothesis import find
    >>> at = find(moments(), lambda at: (at.hour, at.minute) == (9, 30))
    >>> (at.hour, at.minute, at.second), at.tzinfo is None, 2000 <= at.year <= 2090
    ((9, 30, 0), True, True)
    """
    start = datetime.combine(_FIRST, datetime.min.time())
    minutes = int((datetime.combine(_LAST, datetime.min.time()) - start).total_seconds() // 60)
    return st.integers(0, minutes).map(lambda n: start + timedelta(minutes=n))


def business_calendars() -> st.SearchStrategy[BusinessCalendar]:
    """Calendars with a few company holidays and working days of their own.

    >>> from hypothesis import given, settings
    >>> @given(business_calendars())
    ... def test_extra_working_days_are_open(calendar):
    ...     assert all(calendar.is_business_day(day) for day in calendar.extra_working_days)
    >>> test_extra_working_days_are_open()
    """
    days = dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))
    names = st.sampled_from(["創立記念日", "臨時休業"])
    return returned(
        BusinessCalendar,
        extra_holidays=st.dictionaries(days, names, max_size=3),
        extra_working_days=st.frozensets(days, max_size=3),
    )


def closures() -> st.SearchStrategy[Closure]:
    """The closures the library knows (年末年始 12-29..01-03).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(closures())
    ... def test_draws(value):
    ...     assert isinstance(value, Closure)
    >>> test_draws()
    """
    return table_rows(Closure)


def non_business_days() -> st.SearchStrategy[NonBusinessDay]:
    """A non-business day of a drawn calendar, with its reasons.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(non_business_days())
    ... def test_has_a_reason(day):
    ...     assert day.reasons
    >>> test_has_a_reason()
    """

    def fortnight(calendar: BusinessCalendar, start: date) -> list[NonBusinessDay]:
        return calendar.non_business_days(start, start + timedelta(days=13))

    return parts(returned(fortnight, business_calendars(), _days()), lambda days: days)


def reasons() -> st.SearchStrategy[Reason]:
    """Why a day is not a business day (a weekend, a 祝日, the closure, a company holiday).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(reasons())
    ... def test_draws(value):
    ...     assert isinstance(value, Reason)
    >>> test_draws()
    """
    return parts(non_business_days(), lambda day: day.reasons)


def opening_hours() -> st.SearchStrategy[ServiceHours]:
    """The services' opening hours the library holds (support desks, portals, windows).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(opening_hours())
    ... def test_draws(value):
    ...     assert isinstance(value, ServiceHours)
    >>> test_draws()
    """
    return table_rows(ServiceHours)


def time_ranges() -> st.SearchStrategy[TimeRange]:
    """The time ranges of the services' opening hours.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(time_ranges())
    ... def test_draws(value):
    ...     assert isinstance(value, TimeRange)
    >>> test_draws()
    """
    return table_rows(TimeRange)


def open_statuses() -> st.SearchStrategy[OpenStatus]:
    """Whether a service is open at a drawn moment, from ``ServiceHours.status``.

    >>> from hypothesis import given, settings
    >>> @given(open_statuses())
    ... def test_a_closed_window_opens_later(status):
    ...     assert status.open or status.next_open is None or status.next_open > status.at
    >>> test_a_closed_window_opens_later()
    """
    return returned(lambda hours, at: hours.status(at), opening_hours(), moments())


def scheduling_notes() -> st.SearchStrategy[Note]:
    """The caveats scheduling results carry.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(scheduling_notes())
    ... def test_draws(value):
    ...     assert isinstance(value, Note)
    >>> test_draws()
    """
    return table_rows(Note)


def call_billing_months() -> st.SearchStrategy[BillingMonth]:
    """The month a drawn call is billed in (CAC-4), from ``billing_month``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(call_billing_months())
    ... def test_draws(value):
    ...     assert isinstance(value, BillingMonth)
    >>> test_draws()
    """
    length = st.integers(0, 4 * 3600).map(lambda seconds: timedelta(seconds=seconds))
    return returned(lambda start, span: billing_month(start, start + span), moments(), length)


def detail_file_expiries() -> st.SearchStrategy[DetailFileExpiry]:
    """When a drawn call-detail download file expires, from ``detail_file_expires_at``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(detail_file_expiries())
    ... def test_draws(value):
    ...     assert isinstance(value, DetailFileExpiry)
    >>> test_draws()
    """
    return returned(detail_file_expires_at, moments())


def password_usable_times() -> st.SearchStrategy[PasswordUsable]:
    """When a changed self-page password can be used, from ``password_usable_from``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(password_usable_times())
    ... def test_draws(value):
    ...     assert isinstance(value, PasswordUsable)
    >>> test_draws()
    """
    return returned(password_usable_from, moments())


def viewable_month_lists() -> st.SearchStrategy[ViewableMonths]:
    """The months the self-page shows on a drawn day, from ``viewable_months``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(viewable_month_lists())
    ... def test_draws(value):
    ...     assert isinstance(value, ViewableMonths)
    >>> test_draws()
    """
    return returned(viewable_months, _days())


def order_dates() -> st.SearchStrategy[OrderDate]:
    """The order date of a drawn submission (DBO-1), from ``order_date``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(order_dates())
    ... def test_draws(value):
    ...     assert isinstance(value, OrderDate)
    >>> test_draws()
    """
    return returned(order_date, moments())


def payment_dues() -> st.SearchStrategy[PaymentDue]:
    """When a drawn month's invoice is due (DBO-2), from ``payment_due_date``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(payment_dues())
    ... def test_draws(value):
    ...     assert isinstance(value, PaymentDue)
    >>> test_draws()
    """
    months = year_months(min_value=YearMonth(2000, 1), max_value=YearMonth(2090, 11))
    return returned(payment_due_date, months)


def change_rules() -> st.SearchStrategy[ChangeRule]:
    """The 13 rows of the Message Cast §2.1 change table.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(change_rules())
    ... def test_draws(value):
    ...     assert isinstance(value, ChangeRule)
    >>> test_draws()
    """
    return table_rows(ChangeRule)


def leads() -> st.SearchStrategy[Lead]:
    """The lead times of the §2.1 change table.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(leads())
    ... def test_draws(value):
    ...     assert isinstance(value, Lead)
    >>> test_draws()
    """
    return table_rows(Lead)


def lead_times() -> st.SearchStrategy[LeadTime]:
    """When drawn changes accepted on a drawn day complete (MC-5, MC-6).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(lead_times())
    ... def test_draws(value):
    ...     assert isinstance(value, LeadTime)
    >>> test_draws()
    """
    items = st.lists(st.sampled_from(ChangeItem), min_size=1, max_size=4, unique=True)
    return returned(change_lead_time, items, _days())


def item_lead_times() -> st.SearchStrategy[ItemLeadTime]:
    """One item's part of a drawn lead time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(item_lead_times())
    ... def test_draws(value):
    ...     assert isinstance(value, ItemLeadTime)
    >>> test_draws()
    """
    return parts(lead_times(), lambda lead: lead.per_item)


def cancellations() -> st.SearchStrategy[Cancellation]:
    """When a cancellation received on a drawn day takes effect, from ``cancellation``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(cancellations())
    ... def test_draws(value):
    ...     assert isinstance(value, Cancellation)
    >>> test_draws()
    """
    return returned(cancellation, _days())


def new_contract_lead_times() -> st.SearchStrategy[NewContractLeadTime]:
    """When a contract applied for on a drawn day starts, from ``new_contract_lead_time``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(new_contract_lead_times())
    ... def test_draws(value):
    ...     assert isinstance(value, NewContractLeadTime)
    >>> test_draws()
    """
    return returned(new_contract_lead_time, _days())


def incident_target_times() -> st.SearchStrategy[IncidentTargets]:
    """The report and recovery targets of a drawn incident, from ``incident_targets``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(incident_target_times())
    ... def test_draws(value):
    ...     assert isinstance(value, IncidentTargets)
    >>> test_draws()
    """
    return returned(incident_targets, moments(), cause=st.sampled_from(IncidentCause))


def maintenance_notices() -> st.SearchStrategy[MaintenanceNotice]:
    """Whether a drawn maintenance notice came early enough, from ``maintenance_notice_ok``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(maintenance_notices())
    ... def test_draws(value):
    ...     assert isinstance(value, MaintenanceNotice)
    >>> test_draws()
    """
    ahead = st.integers(0, 60 * 24 * 60).map(lambda minutes: timedelta(minutes=minutes))

    def notice(notified: datetime, span: timedelta, kind: MaintenanceKind) -> MaintenanceNotice:
        return maintenance_notice_ok(notified, notified + span, kind=kind)

    return returned(notice, moments(), ahead, st.sampled_from(MaintenanceKind))
