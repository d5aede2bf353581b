"""KDDI Message Cast contracts: MC-2 new-contract lead time, MC-7 cancellation (001)."""

from datetime import date, datetime

import pytest
from hypothesis import given

from telcobiz import InvalidInput
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.message_cast import (
    Cancellation,
    NewContractLeadTime,
    cancellation,
    new_contract_lead_time,
)
from telcobiz.testing import dates

# -- MC-2 ---------------------------------------------------------------------------------------


def test_mc2_new_contract_with_softbank_option():
    ready = new_contract_lead_time(date(2026, 11, 2))
    assert (ready.start_day, ready.earliest, ready.latest) == (
        date(2026, 11, 4),
        date(2026, 11, 19),
        date(2026, 12, 4),
    )
    assert ready.lead == "12～22営業日"
    assert "billing starts when the account notice" in ready.explain("en")
    assert str(ready) == (
        "A new contract with the SoftBank送信元表示番号オプション applied for on 2026-11-02 "
        "is ready between 2026-11-19 and 2026-12-04."
    )
    # Across the year end: 起算日 12-28, then 01-04…; 01-11 is 成人の日.
    assert new_contract_lead_time(date(2026, 12, 25)).earliest == date(2027, 1, 19)


# -- MC-7 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "no_service", "last_billed", "by_cutoff"),
    [
        (date(2026, 11, 10), YearMonth(2027, 1), YearMonth(2026, 12), True),
        (date(2026, 11, 11), YearMonth(2027, 2), YearMonth(2027, 1), False),
        (date(2026, 11, 1), YearMonth(2027, 1), YearMonth(2026, 12), True),
        (date(2026, 12, 10), YearMonth(2027, 2), YearMonth(2027, 1), True),
        (date(2026, 12, 31), YearMonth(2027, 3), YearMonth(2027, 2), False),
        (date(2026, 5, 10), YearMonth(2026, 7), YearMonth(2026, 6), True),  # a Sunday
        (date(2024, 2, 29), YearMonth(2024, 5), YearMonth(2024, 4), False),  # leap day
    ],
)
def test_mc7_tenth_and_eleventh(received, no_service, last_billed, by_cutoff):
    stop = cancellation(received)
    assert (stop.no_service_from, stop.last_billed_month, stop.by_cutoff) == (
        no_service,
        last_billed,
        by_cutoff,
    )
    assert stop.last_service_day == last_billed.last_day


def test_mc7_text():
    stop = cancellation(date(2026, 11, 11))
    assert str(stop) == (
        "A cancellation received on 2026-11-11 ends service from 2027-02; "
        "2027-01 is the last billed month."
    )
    ja = stop.explain("ja").splitlines()
    assert ja[1] == "2026-11の11日以降の申し込み: N+3月ご利用分から"
    assert (
        "※ 解約後はSMSおよび+メッセージ配信、入稿Portalのご利用、配信ログの確認ができません。" in ja
    )
    assert cancellation(date(2026, 11, 10)).explain("ja").splitlines()[1] == (
        "2026-11の10日までの申し込み: 翌々月ご利用分から"
    )
    assert "received on the 11th of 2026-11 or later" in stop.explain("en")
    assert stop.rules == ("MC-7",)


def test_mc7_bad_input():
    with pytest.raises(InvalidInput) as caught:
        cancellation(datetime(2026, 11, 10, 9, 0))
    assert caught.value.field == "received_on"


# -- JSON round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "cls"),
    [
        (new_contract_lead_time(date(2026, 11, 2)), NewContractLeadTime),
        (cancellation(date(2026, 11, 11)), Cancellation),
    ],
)
def test_json_round_trip(result, cls):
    data = unstructure(result)
    assert structure(data, cls) == result
    assert to_json(result)  # JSON-ready


# -- properties ---------------------------------------------------------------------------------


@given(dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31)))
def test_cancellation_is_two_or_three_months_on(received):
    stop = cancellation(received)
    months = stop.no_service_from - YearMonth.of(received)
    assert months == (2 if received.day <= 10 else 3)
    assert stop.last_billed_month.shift(1) == stop.no_service_from
