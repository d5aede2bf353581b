"""Months, dates and object arguments at the edges (issue 20, defects 4 and 7)."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from telcobiz import BusinessCalendar, InvalidInput, OutOfRange, YearMonth, Yen
from telcobiz.core import Dated, invoice_tax, jst_date, to_jst
from telcobiz.core.checks import expect_instance, expect_iterable
from telcobiz.core.dates import add_days, add_duration
from telcobiz.csvformats import detect_layout, layout_named, read_users
from telcobiz.policy import check_application, check_order, check_self_password, device_limits
from telcobiz.policy.insurance import InsuranceYear
from telcobiz.rules import RuleValue
from telcobiz.scheduling import cloud_autocall, message_cast

SERVED = "expected a month from 0001-01 to 9999-12"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: YearMonth(9999, 12) + 1, "months: 9999-12 + 1 month leaves the months served"),
        (lambda: YearMonth(2026, 1) + 2**63, "months: 2026-01 + 9223372036854775808 months"),
        (lambda: YearMonth(1, 1) - 1, "months: 0001-01 - 1 month"),
        (lambda: YearMonth(2026, 1).shift(-(10**30)), "months: 2026-01 - "),
        (lambda: message_cast.cancellation(date(9999, 12, 31)), "9999-12 + 3 months"),
        (lambda: cloud_autocall.viewable_months(date(1, 1, 1)), "0001-01 - 1 month"),
        (lambda: cloud_autocall.billing_month(datetime.max, datetime.max), "9999-12 + 1 month"),
    ],
)
def test_month_arithmetic_past_the_calendar_is_out_of_range(call, message):
    with pytest.raises(OutOfRange) as caught:
        call()
    assert caught.value.code == "month.out_of_range"
    assert message in str(caught.value)
    assert SERVED in str(caught.value)


def test_month_arithmetic_at_the_edges_still_works():
    assert YearMonth(9999, 11) + 1 == YearMonth(9999, 12)
    assert YearMonth(1, 2) - 1 == YearMonth(1, 1)
    assert YearMonth(9999, 12) - YearMonth(1, 1) == 9999 * 12 - 1
    assert YearMonth(2026, 1) + 0 == YearMonth(2026, 1)
    assert YearMonth(2026, 1) + (-13) == YearMonth(2024, 12)


PLUS_14 = timezone(timedelta(hours=14))


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: cloud_autocall.detail_file_expires_at(datetime.max), "created_at"),
        (lambda: cloud_autocall.password_usable_from(datetime.max), "changed_at"),
        (lambda: message_cast.incident_targets(datetime.max), "confirmed_at"),
        (lambda: to_jst(datetime.min.replace(tzinfo=PLUS_14)), "at"),
        (lambda: jst_date(datetime.max.replace(tzinfo=timezone(timedelta(hours=-12)))), "at"),
        (lambda: add_days(date(9999, 12, 31), 1, field="received_on"), "received_on"),
        (lambda: add_days(date(1, 1, 1), -(10**9)), "day"),
    ],
)
def test_date_arithmetic_past_the_calendar_is_out_of_range(call, field):
    with pytest.raises(OutOfRange) as caught:
        call()
    assert caught.value.code == "time.out_of_range"
    assert caught.value.field == field
    assert "expected a date from 0001-01-01 to 9999-12-31" in str(caught.value)


def test_the_last_moments_that_fit_still_work():
    expiry = cloud_autocall.detail_file_expires_at(datetime(9999, 12, 29, 23, 0))
    assert expiry.expires_at.isoformat() == "9999-12-31T23:00:00+09:00"
    assert add_duration(datetime(2026, 11, 20, 17, 30), timedelta(hours=2)) == datetime(
        2026, 11, 20, 19, 30
    )
    assert to_jst(datetime.min.replace(tzinfo=timezone(timedelta(hours=9)))).year == 1


def test_the_insurance_fiscal_year_at_the_edges():
    with pytest.raises(OutOfRange) as caught:
        InsuranceYear.fiscal(date(1, 3, 31))  # the fiscal year 0000-04-01 cannot exist
    assert caught.value.code == "insurance.outside_year"
    assert str(InsuranceYear.fiscal(date(1, 4, 1))) == "0001-04-01 to 0002-03-31"
    with pytest.raises(OutOfRange):
        InsuranceYear.fiscal(date(9999, 12, 31))


@pytest.mark.parametrize(
    ("call", "message", "code"),
    [
        (
            lambda: check_application(1),
            "applicant must be an Applicant, got int",
            "bos.bad_applicant",
        ),
        (lambda: device_limits(1), "device must be a DmpDevice, got int", "dmp.bad_device"),
        (
            lambda: invoice_tax(["x"]),
            "amounts: got 'x'; expected (Yen, rate) pairs",
            "tax.bad_amounts",
        ),
        (
            lambda: invoice_tax(None),
            "amounts must be (Yen, rate) pairs, got NoneType",
            "tax.bad_amounts",
        ),
        (
            lambda: message_cast.incident_targets(datetime(2026, 11, 20), calendar=1),
            "calendar must be a BusinessCalendar, got int",
            "calendar.not_a_calendar",
        ),
        (
            lambda: check_self_password("abc123", self_id="u1", policy="strict"),
            "policy must be a PasswordPolicy, got str",
            "cloud_autocall.bad_policy",
        ),
        (
            lambda: layout_named("x", layouts="abc"),
            "layouts must be a tuple of Layout values, got str",
            "csv.bad_layout",
        ),
        (
            lambda: detect_layout(b"a,b", layouts=[1]),
            "layouts must be Layout values, got int",
            "csv.bad_layout",
        ),
        (
            lambda: check_order(Yen(5), simple_mobile_entry=False),
            "order must be an AuOrder, got Yen",
            "bos.bad_order",
        ),
        (
            lambda: Dated(1, datetime(2017, 1, 1), valid_until=date(2026, 11, 2)),
            "valid_from: got datetime.datetime(2017, 1, 1, 0, 0); expected a datetime.date",
            "table.not_a_date",
        ),
        (
            lambda: list(read_users(RuleValue("x", "telcobiz.core.Yen"))),
            "source: got 'RuleValue'; expected a file object whose read(size) returns bytes or str",
            "csv.bad_source",
        ),
        (
            lambda: BusinessCalendar(closure=[]),
            "closure: got []; expected a Closure or None",
            "calendar.bad_closure",
        ),
    ],
)
def test_objects_of_the_wrong_type_name_the_parameter(call, message, code):
    with pytest.raises(InvalidInput) as caught:
        call()
    assert str(caught.value).startswith(message)
    assert caught.value.code == code


def test_expect_instance_is_one_isinstance():
    assert expect_instance(Yen(1), Yen, "fee") == Yen(1)
    assert expect_instance(1, (int, Decimal), "n") == 1
    with pytest.raises(InvalidInput, match="n must be an int or Decimal, got bool"):
        expect_instance(True, (int, Decimal), "n")
    with pytest.raises(InvalidInput, match="options must be a list, got bytes"):
        expect_iterable(b"backup", "options", expected="a list")
    expect_iterable(iter([]), "options", expected="a list")  # not consumed, not refused
