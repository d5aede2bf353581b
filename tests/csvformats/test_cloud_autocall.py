"""KDDI クラウドオートコール files: 電話番号別ご利用料金 and 通話明細 (CAC-6), reconciled (CAC-4).

Seed 003: the web sample 1,928.50円 = 56.00 + 0.00 + 1,872.50 (b.), shown as 1,928円 on the
month list; the seven 8.00円 calls of 0120223335 adding up to 56.00円 (c.); 「月をまたがって
通話された場合は、翌月のご請求となります」.
"""

from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telcobiz import InvalidInput, YearMonth, Yen
from telcobiz.core.conversion import structure, unstructure
from telcobiz.csvformats import (
    CALL_DETAIL,
    MONTH_TOTAL_ROUNDING,
    USAGE_SUMMARY,
    CallCount,
    CallDetail,
    CallDuration,
    CsvFormatError,
    LineKind,
    Reconciliation,
    UsageSummary,
    read,
    reconcile,
)
from telcobiz.scheduling.cloud_autocall import billing_month
from telcobiz.testing import call_durations, tenths_times


def call(
    number="0120223335",
    day=date(2017, 11, 1),
    start=time(20, 12, 21, 500_000),
    duration=None,
    charge="8.00",
):
    return CallDetail(
        number,
        day,
        start,
        "03-1234-5678",
        "東京",
        CallDuration(660) if duration is None else duration,
        LineKind.EXTERNAL,
        "国内呼",
        Yen(charge),
    )


def summary(
    number="0120223335",
    total="56.00",
    domestic="56.00",
    international="0.00",
    au="0.00",
    other="0.00",
):
    return UsageSummary(number, Yen(total), Yen(domestic), Yen(international), Yen(au), Yen(other))


# -- 電話番号別ご利用料金 (CAC-6) ----------------------------------------------------------------


def test_the_seed_summary_reads_with_sen_kept(summary_file):
    (row,) = read(summary_file, USAGE_SUMMARY)
    assert row == UsageSummary(
        "05012345678", Yen("1928.50"), Yen("56.00"), Yen("0.00"), Yen("1872.50"), Yen("0.00")
    )
    assert row.parts_total == row.total
    assert str(row.total) == "1,928.50円"


def test_a_total_that_does_not_add_up_is_a_line_error_cac6(files):
    data = (
        files.SUMMARY_HEADER
        + files.CRLF
        + files.line("05012345678", "1928.50", "56.00", "0.00", "1872.50", "0.00")
        + files.line("05012345679", "1928.00", "56.00", "0.00", "1872.50", "0.00")
    )
    stream = read(data, USAGE_SUMMARY, errors="collect")
    assert len(list(stream)) == 1
    (problem,) = stream.report.problems
    assert (problem.line, problem.field, problem.column, problem.code) == (
        3,
        "合計料金",
        2,
        "cloud_autocall.total_mismatch",
    )
    assert problem.value == "1928.00"
    assert problem.message == (
        "line 3, 合計料金 (field 2): 合計料金 1928.00 but 56.00 + 0.00 + 1872.50 + 0.00 = 1928.50;"
        " expected 合計料金 = 国内通話 + 国際通話 + au通話 + その他移動体"
    )
    with pytest.raises(CsvFormatError) as caught:
        list(read(data, USAGE_SUMMARY))
    assert caught.value.line == 3
    # Switched off explicitly, the record reads as it is.
    assert [row.total for row in read(data, USAGE_SUMMARY.without_checks())] == [
        Yen("1928.50"),
        Yen("1928.00"),
    ]


def test_many_summary_lines_take_the_fast_path_and_still_check(files):
    lines = [files.line(f"0312345{n:03d}", "16.00", "8.00", "0", "8.00", "0") for n in range(900)]
    lines[700] = files.line("0312345700", "16.01", "8.00", "0", "8.00", "0")
    stream = read(
        files.SUMMARY_HEADER + files.CRLF + b"".join(lines), USAGE_SUMMARY, errors="collect"
    )
    assert len(list(stream)) == 899
    assert [problem.line for problem in stream.report.problems] == [702]


# -- 通話明細 (CAC-6) -------------------------------------------------------------------------


def test_the_seed_calls_add_up_to_56_yen(detail_file):
    records = list(read(detail_file, CALL_DETAIL))
    assert len(records) == 7
    assert Yen.sum(record.charge for record in records) == Yen("56.00")
    assert records[5].duration == CallDuration(332)  # 0時間 00分 33.2秒
    assert records[4].area == "IP電話"


def test_call_detail_views():
    record = call(day=date(2017, 11, 30), start=time(23, 59), duration=CallDuration(1200))
    assert record.started_at == datetime(2017, 11, 30, 23, 59)
    assert record.ended_at == datetime(2017, 12, 1, 0, 1)
    assert record.billing_month() == YearMonth(2017, 12)
    assistance = call(duration=CallCount(3))
    assert assistance.is_directory_assistance
    assert assistance.ended_at == assistance.started_at
    assert not record.is_directory_assistance


@settings(deadline=None)
@given(
    st.dates(min_value=date(1971, 1, 1), max_value=date(2098, 12, 1)),
    tenths_times(),
    call_durations(),
)
def test_billing_month_agrees_with_the_scheduling_rule_cac4(day, start, duration):
    record = call(day=day, start=start, duration=duration)
    assert record.billing_month() == billing_month(record.started_at, record.ended_at).month


# -- reconciliation (CAC-4) ---------------------------------------------------------------------


def test_seed_details_match_their_summary_cac4(detail_file):
    result = reconcile(read(detail_file, CALL_DETAIL), [summary()], month=YearMonth(2017, 11))
    assert result.matches
    (number,) = result.numbers
    assert (number.phone_number, number.detail_total, number.summary_total, number.calls) == (
        "0120223335",
        Yen("56.00"),
        Yen("56.00"),
        7,
    )
    assert result.month_total == Yen("56.00")


def test_the_month_total_is_shown_truncated_cac4():
    # 1,928.50円 on the number's page; 1,928円 on the month list.
    result = reconcile([], [summary("05012345678", "1928.50", "56.00", "0.00", "1872.50", "0.00")])
    assert result.month_total == Yen("1928.50")
    assert result.month_total_shown == Yen("1928")
    assert str(result).endswith("month total 1,928.50円 (shown as 1,928円).")
    assert MONTH_TOTAL_ROUNDING.value == "down"
    negative = reconcile([], [summary(total="-12.50", domestic="-12.50")])
    assert negative.month_total_shown == Yen("-12")  # truncated toward zero


def test_numbers_match_with_or_without_hyphens():
    result = reconcile([call(number="0120-223-335")], [summary(total="8.00", domestic="8.00")])
    assert result.matches
    assert result.numbers[0].phone_number == "0120223335"


def test_a_difference_is_shown_per_number():
    result = reconcile(
        [call(), call(charge="8.50"), call(number="0312345678")],
        [summary(total="16.00", domestic="16.00"), summary("0399999999", total="0", domestic="0")],
    )
    assert not result.matches
    first, silent, unknown = result.numbers
    assert (first.matches, first.difference) == (False, Yen("0.50"))
    assert (silent.phone_number, silent.matches, silent.calls) == ("0399999999", True, 0)
    assert (unknown.phone_number, unknown.summary_total, unknown.matches) == (
        "0312345678",
        None,
        False,
    )
    assert result.detail_total == Yen("24.50")
    assert str(result) == (
        "The call details do not match the summary for 2 of 3 numbers;"
        " month total 16.00円 (shown as 16円)."
    )
    explained = result.explain("en").splitlines()
    assert (
        explained[1] == "0120223335: details 16.50円 (2 records) do not match the summary 16.00円."
    )
    assert explained[3] == "0312345678: details 8.00円 (1 record) have no record in the summary."
    ja = result.explain("ja").splitlines()
    assert ja[0] == (
        "通話明細は電話番号別ご利用料金と一致しません（3番号中2番号が不一致）。"
        "月合計 16.00円（表示 16円）。"
    )
    assert ja[1] == "0120223335: 明細 16.50円（2件）は合計 16.00円と一致しません。"
    assert result.to_rows()[0] == {
        "phone_number": "0120223335",
        "matches": False,
        "summary_total": Yen("16.00").amount,
        "detail_total": Yen("16.50").amount,
        "difference": Yen("0.50").amount,
        "calls": 2,
        "carried_over": 0,
        "misplaced": 0,
    }
    assert result.to_rows()[2]["summary_total"] is None


def test_calls_across_the_month_boundary_cac4():
    november = YearMonth(2017, 11)
    carried = call(day=date(2017, 10, 31), start=time(23, 59), duration=CallDuration(1200))
    ends_at_midnight = call(day=date(2017, 10, 31), start=time(23, 59), duration=CallDuration(600))
    leaves = call(day=date(2017, 11, 30), start=time(23, 59), duration=CallDuration(1200))
    result = reconcile(
        [call(), carried, ends_at_midnight, leaves],
        [summary(total="32.00", domestic="32.00")],
        month=november,
    )
    (number,) = result.numbers
    assert (number.calls, number.carried_over, number.misplaced) == (4, 1, 2)
    assert not number.matches  # the totals agree, but two calls belong to other months
    assert "2 calls billed in another month" in number.sentence("en")
    assert "（他月分 2件）" in number.sentence("ja")
    assert result.sentence("en").startswith("The call details of 2017-11 do not match")


def test_reconcile_refuses_what_it_cannot_compare():
    with pytest.raises(InvalidInput) as caught:
        reconcile([], [summary(), summary(number="0120-223335")])
    assert caught.value.code == "cloud_autocall.duplicate_number"
    with pytest.raises(InvalidInput) as caught:
        reconcile([summary()], [])
    assert caught.value.code == "csv.wrong_record"
    with pytest.raises(InvalidInput) as caught:
        reconcile([], [call()])
    assert caught.value.code == "csv.wrong_record"
    with pytest.raises(InvalidInput) as caught:
        reconcile([], [], month="2017-11")
    assert caught.value.code == "csv.bad_month"


def test_reconciliation_is_json_ready():
    result = reconcile(
        [call()], [summary(total="8.00", domestic="8.00")], month=YearMonth(2017, 11)
    )
    data = unstructure(result)
    assert data["month_total"] == "8.00"
    assert data["month"] == "2017-11"
    assert structure(data, Reconciliation) == result
    assert result.rules == ("CAC-4", "CAC-6")
    assert [citation.rule for citation in result.citations] == ["CAC-4", "CAC-4", "CAC-6", "CAC-6"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(["8.00", "16.00", "0.50", "-8.00"]), max_size=20))
def test_details_always_match_a_summary_of_their_sum(charges):
    calls = [call(charge=charge) for charge in charges]
    total = Yen.sum(Yen(charge) for charge in charges)
    result = reconcile(calls, [summary(total=str(total.amount), domestic=str(total.amount))])
    assert result.matches
    assert result.month_total_shown == total.rounded(MONTH_TOTAL_ROUNDING)
