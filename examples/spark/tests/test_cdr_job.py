"""The Spark job against telcobiz read single-threaded, and against files made byte by byte."""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pytest
from examples.spark import cdr_files, cdr_job
from hypothesis import given, settings
from hypothesis import strategies as st

from telcobiz.csvformats import CALL_DETAIL, read

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

pytestmark = pytest.mark.filterwarnings(
    # pyspark 4 warns on every Arrow call that it is not yet tested with pandas 3; the job
    # uses no pandas (mapInArrow hands it pyarrow batches).
    "ignore:PySpark does not yet fully support pandas >= 3.0.0:FutureWarning"
)

HEADER = (
    "ご利用電話番号,通話開始日時,通話開始時刻,着信電話番号,地域名,通話時間,内線区分,呼種別,通話料"
    "\r\n"
)

# November 2017 of two numbers, from the self page's examples (003, 通話明細 and CAC-4):
NOVEMBER = (
    HEADER
    # line 2: an ordinary call, billed in its month
    + "0120223335,2017/11/01,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00\r\n"
    # line 3: three 番号案内 calls (a count, no duration), a credit
    + "0120223335,2017/11/04,134604.5,0010441234567890,国際,3件,外線,番号案内,-12.50\r\n"
    # line 4: 23:59 on the 30th for 20 minutes: runs into December, billed in December
    + "0120223335,2017/11/30,235900.0,03-1234-5678,東京,002000.0,外線,国内呼,16.00\r\n"
    # line 5: ends exactly at midnight: did not continue into December
    + "0120223335,2017/11/30,235900.0,03-1234-5678,東京,000100.0,外線,国内呼,1.50\r\n"
    # line 6: 31 November, a 22-byte area and 「外」: rejected, with three problems
    + "0120223335,2017/11/31,201221.5,03-1234-5678,京都府京都市左京区北区,000106.0,外,"
    "国内呼,8.00\r\n"
    # line 7: a 20-byte area (its limit) and an amount with one decimal
     + "05012345678,2017/11/15,120000.0,03-1234-5678,京都府京都市左京区北,000030.0,内線,"
    "携帯呼(au 定額),1872.5\r\n"
).encode("cp932")
DECEMBER = (
    HEADER + "0120223335,2017/12/01,090000.0,03-1234-5678,大阪,000010.0,外線,国内呼,2.00\r\n"
).encode("cp932")


@pytest.fixture(scope="module")
def seed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two months of two numbers, an empty file and a file the job must skip."""
    folder = tmp_path_factory.mktemp("seed-calls")
    (folder / "2017-11.csv").write_bytes(NOVEMBER)
    (folder / "2017-12.csv").write_bytes(DECEMBER)
    (folder / "empty.csv").write_bytes(HEADER.encode("cp932"))
    (folder / "notes.txt").write_bytes(b"not a csv: the job reads *.csv only")
    return folder


@pytest.fixture(scope="module")
def seed_result(spark: SparkSession, seed_folder: Path) -> cdr_job.JobResult:
    """The job run once on the seed folder."""
    return cdr_job.run(spark, seed_folder)


@pytest.fixture(scope="module")
def generated() -> list[cdr_files.CallFile]:
    """Twelve generated files, four months, broken lines among the good ones."""
    return cdr_files.generate_files(count=12, lines=400, seed=19, bad_every=37)


@pytest.fixture(scope="module")
def generated_folder(
    tmp_path_factory: pytest.TempPathFactory, generated: list[cdr_files.CallFile]
) -> Path:
    """The generated files written to a folder."""
    folder = tmp_path_factory.mktemp("generated-calls")
    cdr_files.write_files(generated, folder)
    return folder


@pytest.fixture(scope="module")
def generated_result(spark: SparkSession, generated_folder: Path) -> cdr_job.JobResult:
    """The job run once on the generated folder."""
    return cdr_job.run(spark, generated_folder)


def test_seed_file_charges_by_billing_month(seed_result: cdr_job.JobResult) -> None:
    """CAC-4: the call into December is billed there, the one ending at midnight not."""
    result = seed_result
    charges = [(c.phone_number, c.billing_month, c.calls, c.charges) for c in result.charges]
    assert charges == [
        # 8.00 - 12.50 + 1.50: the midnight call stays in November
        ("0120223335", "2017-11", 3, Decimal("-3.00")),
        # 16.00 from the November file (CAC-4) + 2.00 from the December file
        ("0120223335", "2017-12", 2, Decimal("18.00")),
        ("05012345678", "2017-11", 1, Decimal("1872.50")),
    ]
    assert [c.shown for c in result.charges] == [-3, 18, 1872]


def test_seed_file_reports_count_records_and_rejected_lines(
    seed_result: cdr_job.JobResult,
) -> None:
    """Each file with its records and rejected lines, the header-only one included."""
    result = seed_result
    assert [(f.name, f.records, f.rejected_lines) for f in result.files] == [
        ("2017-11.csv", 5, 1),
        ("2017-12.csv", 1, 0),
        ("empty.csv", 0, 0),
    ]


def test_a_rejected_line_keeps_its_number_and_every_problem(
    spark: SparkSession, seed_folder: Path
) -> None:
    """A rejected line is a row with its line number and every problem in words."""
    rows = cdr_job.read_folder(spark, seed_folder).where("problem is not null").collect()
    assert [(Path(row.file).name, row.line) for row in rows] == [("2017-11.csv", 6)]
    assert rows[0].problem == (
        "line 6, 通話開始日付 (field 2): '2017/11/31' is not a calendar date; "
        "expected a date written YYYY/MM/DD (2017/11/01); "
        "line 6, 地域名 (field 5): '京都府京都市左京区北区' is 22 bytes in CP932; "
        "expected at most 20 bytes in CP932; "
        "line 6, 内線区分 (field 7): got '外'; expected 「外線」 or 「内線」"
    )


def _single_threaded(
    files: list[cdr_files.CallFile],
) -> tuple[dict[tuple[str, str], tuple[int, Decimal]], dict[str, tuple[int, int]]]:
    """Monthly charges and per-file counts, from telcobiz's plain read() of each file."""
    charges: dict[tuple[str, str], list[Decimal]] = defaultdict(list)
    reports = {}
    for file in files:
        stream = read(file.data, CALL_DETAIL, errors="collect")
        for call in stream:
            charges[call.phone_number, str(call.billing_month())].append(call.charge.amount)
        reports[file.name] = (stream.report.accepted, stream.report.rejected)
    totals = {key: (len(amounts), sum(amounts, Decimal(0))) for key, amounts in charges.items()}
    return totals, reports


def test_monthly_charges_match_telcobiz_read_single_threaded(
    generated: list[cdr_files.CallFile], generated_result: cdr_job.JobResult
) -> None:
    """Calls and charges per number and month equal a plain read() of each file."""
    expected, _ = _single_threaded(generated)
    got = {
        (c.phone_number, c.billing_month): (c.calls, c.charges) for c in generated_result.charges
    }
    assert got == expected
    # the generated months are 2017-09 .. 2017-12; late calls on 12-31 are billed in 2018-01
    assert {month for _, month in got} == {"2017-09", "2017-10", "2017-11", "2017-12", "2018-01"}


def test_file_reports_match_telcobiz_read_and_the_generator(
    generated: list[cdr_files.CallFile], generated_result: cdr_job.JobResult
) -> None:
    """Per-file counts equal read()'s report and what the generator wrote."""
    _, expected = _single_threaded(generated)
    got = {f.name: (f.records, f.rejected_lines) for f in generated_result.files}
    assert got == expected
    # what the generator wrote: 400 records and one broken line after every 37th, in each file
    assert got == {file.name: (400, 10) for file in generated}
    assert generated_result.records == 12 * 400
    assert generated_result.rejected_lines == 12 * 10


def test_every_good_charge_is_counted_once(
    generated: list[cdr_files.CallFile], generated_result: cdr_job.JobResult
) -> None:
    """No charge is lost or counted twice: the sum equals the generator's."""
    total = sum((c.charges for c in generated_result.charges), Decimal(0))
    assert total == sum((file.charges for file in generated), Decimal(0))


def test_calls_into_the_next_month_are_billed_there(
    generated: list[cdr_files.CallFile], generated_result: cdr_job.JobResult
) -> None:
    """Grouping by billing month moves calls but never loses one."""
    by_start = Counter(
        (call.phone_number, f"{call.call_date:%Y-%m}")
        for file in generated
        for call in read(file.data, CALL_DETAIL, errors="collect")
    )
    by_bill = {(c.phone_number, c.billing_month): c.calls for c in generated_result.charges}
    assert sum(by_start.values()) == sum(by_bill.values())
    assert by_start != Counter(by_bill)  # some calls moved a month (the generator makes them)


def _rows_without_spark(data: bytes) -> pa.Table:
    files = pa.RecordBatch.from_pydict({"path": ["f.csv"], "content": [data]})
    return pa.Table.from_batches(list(cdr_job.read_call_details(iter([files]))))


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32), lines=st.integers(0, 60), bad_every=st.integers(0, 7))
def test_every_line_is_one_call_or_one_rejected_line(seed: int, lines: int, bad_every: int) -> None:
    """Without Spark: every line but the header is one output row, months as read() says."""
    (file,) = cdr_files.generate_files(count=1, lines=lines, seed=seed, bad_every=bad_every)
    rows = _rows_without_spark(file.data)
    assert rows.num_rows == file.lines - 1  # every line but the header
    calls = rows.filter(rows.column("problem").is_null())
    assert calls.num_rows == file.records
    expected = [
        str(call.billing_month()) for call in read(file.data, CALL_DETAIL, errors="collect")
    ]
    assert calls.column("billing_month").to_pylist() == expected


def test_the_command_line_prints_counts_and_charges(
    spark: SparkSession, seed_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The script's output and exit code (in this test's session: no second Spark start)."""
    assert cdr_job.main([str(seed_folder)], spark=spark) == 1  # a line was rejected
    assert capsys.readouterr().out.splitlines() == [
        "2017-11.csv: 5 records, 1 lines rejected",
        "2017-12.csv: 1 records, 0 lines rejected",
        "empty.csv: 0 records, 0 lines rejected",
        "0120223335 2017-11: 3 calls, -3円 (shown as -3円)",
        "0120223335 2017-12: 2 calls, 18円 (shown as 18円)",
        "05012345678 2017-11: 1 calls, 1,872.50円 (shown as 1,872円)",
    ]


def test_the_command_line_refuses_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing folder is one line on stderr and exit 2, before Spark starts."""
    assert cdr_job.main([str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'missing'} is not a folder; expected a folder of CSV files\n"
    )
