"""CSV records as Arrow batches and pandas frames (CAC-6 seed 003; issue 17).

The files are the conftest's byte-built fixtures: the seed's seven 8.00円 calls of 0120223335
(ご利用金額合計 56.00円) and its 1,928.50円 = 56.00 + 0.00 + 1,872.50 summary.
"""

from datetime import date, time, timedelta
from decimal import Decimal

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telcobiz import TelcobizError
from telcobiz.csvformats import CALL_DETAIL, USAGE_SUMMARY, USER_LIST, read
from telcobiz.csvformats.arrow import ArrowBatches, arrow_schema, iter_batches, to_arrow


def test_schema_is_declared_from_the_field_types():
    schema = arrow_schema(CALL_DETAIL)
    assert schema.names == [
        "phone_number",
        "call_date",
        "start_time",
        "called_number",
        "area",
        "duration",
        "duration_count",
        "line_kind",
        "call_type",
        "charge",
    ]
    assert schema.field("call_date").type == pa.date32()
    assert schema.field("start_time").type == pa.time64("us")
    assert schema.field("duration").type == pa.duration("us")
    assert schema.field("duration_count").type == pa.int64()
    assert schema.field("charge").type == pa.decimal128(18, 2)
    assert schema.field("area").type == pa.string()
    # The CP932 byte length and the Japanese title travel with each field.
    assert schema.field("charge").metadata == {
        b"title": "通話料".encode(),
        b"field_type": b"amount",
        b"length": b"6",
    }
    assert schema.metadata[b"layout"] == b"cloud_autocall.call_detail"
    assert arrow_schema(USAGE_SUMMARY).field("total").type == pa.decimal128(18, 2)
    assert arrow_schema(USER_LIST).field("name").nullable


def test_seed_calls_as_batches(detail_file):
    batches = iter_batches(detail_file, CALL_DETAIL, batch_size=3)
    sizes = []
    for batch in batches:
        assert batch.schema == batches.schema
        sizes.append(batch.num_rows)
    assert sizes == [3, 3, 1]
    assert batches.report.accepted == 7
    assert batches.report.ok


def test_seed_calls_as_one_table(detail_file):
    table = read(detail_file, CALL_DETAIL).to_arrow()
    assert table.num_rows == 7
    assert table.column("call_date").to_pylist()[:5] == [date(2017, 11, 1)] * 4 + [
        date(2017, 11, 4)
    ]
    assert table.column("start_time").to_pylist()[0] == time(20, 12, 21, 500000)
    assert table.column("duration").to_pylist()[0] == timedelta(seconds=66)
    assert table.column("duration").to_pylist()[5] == timedelta(seconds=33, microseconds=200000)
    assert table.column("duration_count").null_count == 7
    # ご利用金額合計 56.00円, exactly.
    assert pa.compute.sum(table.column("charge")).as_py() == Decimal("56.00")
    assert table.column("area").to_pylist()[4] == "IP電話"


def test_a_directory_assistance_count_is_in_the_count_column(files):
    call = files.call(called_number="104", area="番号案内", duration="3件", charge="180")
    data = files.detail(call)
    table = to_arrow(read(data, CALL_DETAIL))
    assert table.column("duration").to_pylist() == [None]
    assert table.column("duration_count").to_pylist() == [3]
    assert table.column("area").to_pylist() == ["番号案内"]


def test_rejected_lines_are_in_the_report_not_in_the_batches(files):
    data = files.detail(
        files.call(),
        files.call(charge="8.000000"),  # 8 bytes: longer than 通話料's 6
        files.call(start_time="201260.0"),  # 60 seconds
        files.call(charge="16.00"),
    )
    batches = iter_batches(data, CALL_DETAIL, errors="collect")
    table = pa.Table.from_batches(list(batches), schema=batches.schema)
    assert table.column("charge").to_pylist() == [Decimal("8.00"), Decimal("16.00")]
    report = batches.report
    assert (report.lines_read, report.header_lines, report.accepted, report.rejected) == (
        5,
        1,
        2,
        2,
    )
    assert [problem.line for problem in report.problems] == [3, 4]
    assert report.header_lines + report.accepted + report.rejected == report.lines_read


def test_strict_stops_at_the_first_bad_line(files):
    data = files.detail(files.call(), files.call(charge="x"))
    with pytest.raises(TelcobizError) as caught:
        list(iter_batches(data, CALL_DETAIL))
    assert caught.value.code == "csv.bad_amount"


def test_an_amount_with_more_places_than_the_schema_is_an_error_not_rounded(files):
    data = files.detail(files.call(charge="8.125"))
    with pytest.raises(TelcobizError) as caught:
        list(iter_batches(data, CALL_DETAIL))
    assert caught.value.code == "csv.amount_does_not_fit"
    assert caught.value.field == "charge"
    assert caught.value.value == Decimal("8.125")
    assert "at most 2 decimal places" in str(caught.value)
    # With room for the places, the value is kept exactly.
    table = to_arrow(read(data, CALL_DETAIL), amount_scale=3)
    assert table.column("charge").to_pylist() == [Decimal("8.125")]


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"batch_size": 0}, "csv.bad_batch_size"),
        ({"batch_size": True}, "csv.bad_batch_size"),
        ({"amount_scale": -1}, "csv.bad_amount_scale"),
        ({"amount_scale": "2"}, "csv.bad_amount_scale"),
    ],
)
def test_bad_options_are_reported(detail_file, options, code):
    with pytest.raises(TelcobizError) as caught:
        iter_batches(detail_file, CALL_DETAIL, **options)
    assert caught.value.code == code


def test_a_stream_is_required():
    with pytest.raises(TelcobizError) as caught:
        ArrowBatches([])  # type: ignore[arg-type]
    assert caught.value.code == "csv.bad_stream"
    with pytest.raises(TelcobizError) as caught:
        arrow_schema("cloud_autocall.call_detail")  # type: ignore[arg-type]
    assert caught.value.code == "csv.bad_layout"


def test_summary_frame_is_exact_and_typed(summary_file):
    frame = read(summary_file, USAGE_SUMMARY).to_dataframe()
    assert str(frame["total"].dtype) == "decimal128(18, 2)[pyarrow]"
    assert frame["total"].sum() == Decimal("1928.50")
    assert frame["domestic"].sum() + frame["au"].sum() == Decimal("1928.50")
    assert frame["phone_number"].tolist() == ["05012345678"]


def test_call_detail_frame_dtypes(detail_file):
    frame = read(detail_file, CALL_DETAIL).to_dataframe()
    assert str(frame["call_date"].dtype) == "datetime64[us]"
    assert str(frame["duration"].dtype) == "timedelta64[us]"
    assert str(frame["duration_count"].dtype) == "Int64"
    assert str(frame["start_time"].dtype) == "time64[us][pyarrow]"
    assert frame["duration"].sum() == pd.Timedelta(seconds=66 + 11.5 + 9.5 + 2 + 10 + 33.2 + 15.5)
    assert frame["charge"].sum() == Decimal("56.00")
    # Grouping by day works as in any notebook.
    per_day = frame.groupby(frame["call_date"].dt.date)["charge"].sum()
    assert per_day.to_dict() == {
        date(2017, 11, 1): Decimal("32.00"),
        date(2017, 11, 4): Decimal("24.00"),
    }


def test_arrow_table_and_frame_agree(detail_file):
    table = read(detail_file, CALL_DETAIL).to_arrow()
    frame = read(detail_file, CALL_DETAIL).to_dataframe()
    assert table.column("charge").to_pylist() == frame["charge"].tolist()
    assert table.column("duration").to_pylist() == [d.to_pytimedelta() for d in frame["duration"]]


# `files` is a stateless class of builders: sharing it between examples is safe.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sizes=st.lists(st.integers(1, 4), min_size=1, max_size=6), batch_size=st.integers(1, 5))
def test_every_record_is_in_exactly_one_batch(files, sizes, batch_size):
    charges = [f"{n}.{n}0" for n in sizes]
    data = files.detail(*(files.call(charge=charge) for charge in charges))
    batches = list(iter_batches(data, CALL_DETAIL, batch_size=batch_size))
    assert all(0 < batch.num_rows <= batch_size for batch in batches)
    got = [value for batch in batches for value in batch.column("charge").to_pylist()]
    assert got == [Decimal(charge) for charge in charges]


def test_report_reconciliation_and_replacement_frames(files, summary_file, detail_file):
    from telcobiz.csvformats import DocomoUser, check_csv, plan_replacement, reconcile

    report = check_csv(files.detail(files.call(charge="x")), CALL_DETAIL).to_dataframe()
    assert report[["line", "column", "code"]].values.tolist() == [[2, 9, "csv.bad_amount"]]
    # The summary says 1,928.50 for 05012345678; the calls are 56.00 for 0120223335.
    result = reconcile(read(detail_file, CALL_DETAIL), read(summary_file, USAGE_SUMMARY))
    frame = result.to_dataframe().set_index("phone_number")
    assert frame.loc["0120223335", "detail_total"] == Decimal("56.00")
    assert frame.loc["0120223335", "calls"] == 7
    assert frame.loc["05012345678", "summary_total"] == Decimal("1928.50")
    assert frame["difference"].abs().sum() == Decimal("1928.50") + Decimal("56.00")
    plan = plan_replacement([DocomoUser("taro01", "taro@example.co.jp")], []).to_dataframe()
    assert plan[["action", "account_id"]].values.tolist() == [["delete", "taro01"]]
