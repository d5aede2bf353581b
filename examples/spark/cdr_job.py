r"""A PySpark job: monthly call charges per number from a folder of 通話明細 downloads.

Spark lists the folder's ``*.csv`` files (the ``binaryFile`` source, one row per file with
its bytes) and hands them, a few files at a time, to :func:`read_call_details` in Python
workers through ``mapInArrow``. Each worker reads its files with telcobiz's Arrow reader
(:func:`telcobiz.csvformats.arrow.iter_batches`, CP932 and byte lengths checked as CAC-6
says) and yields Arrow record batches of two kinds of row: a call's charge with the month it
is billed in, or a rejected line with its line number and what was wrong. Spark then adds
the charges per number and billing month, and counts each file's records and rejected lines.

The billing month is CAC-4's: a call that runs past midnight into the next month is billed
in the next month (「月をまたがって通話された場合は、翌月のご請求となります」), decided by
:func:`telcobiz.scheduling.cloud_autocall.billing_month` for every call that ends in a later
month than it started.

Run it on a folder::

    python -m examples.spark.cdr_job FOLDER --workers 2

>>> ROWS_SCHEMA.split(", ")[:3]
['file string', 'line long', 'phone_number string']
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telcobiz import Yen
from telcobiz.csvformats import CALL_DETAIL, ReadReport
from telcobiz.csvformats.arrow import iter_batches
from telcobiz.scheduling.cloud_autocall import billing_month

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = [
    "AMOUNT_SCALE",
    "ROWS_SCHEMA",
    "FileReport",
    "JobResult",
    "MonthlyCharge",
    "file_reports",
    "main",
    "monthly_charges",
    "read_call_details",
    "read_folder",
    "run",
    "spark_session",
]

# 通話料 is at most 6 bytes, so it has at most 4 decimal places ("0.1234"): reading at scale 4
# fits every value the layout allows, and none is ever rounded.
AMOUNT_SCALE = 4

ROWS_SCHEMA = (
    "file string, line long, phone_number string, billing_month string, "
    f"charge decimal(18,{AMOUNT_SCALE}), problem string"
)
"""What :func:`read_call_details` yields: a call (``problem`` null) or a rejected line.

>>> "problem string" in ROWS_SCHEMA
True
"""

# Files handed to one call of read_call_details at a time: each is read whole into memory by
# the binaryFile source, so a small number keeps a worker's memory near a few files' size.
FILES_PER_ARROW_BATCH = 4

# Records per Arrow batch that telcobiz yields inside one file.
RECORDS_PER_BATCH = 16_384


def _pa() -> Any:
    import pyarrow

    return pyarrow


def _billing_months(batch: Any) -> Any:
    """The month each call of a telcobiz 通話明細 batch is billed in, as ``"YYYY-MM"`` (CAC-4).

    A call that ends in the month it started in is billed in that month. The others (some
    per cent of the calls, late on a month's last day) are each given to telcobiz's
    ``billing_month``, which also knows that a call ending exactly at midnight stays.
    """
    pa = _pa()
    import pyarrow.compute as pc

    started = pc.add(
        pc.cast(batch.column("call_date"), pa.timestamp("us")),
        pc.cast(pc.cast(batch.column("start_time"), pa.int64()), pa.duration("us")),
    )
    # A 番号案内 record has a count, not a duration: it ends when it starts.
    ended = pc.add(started, pc.fill_null(batch.column("duration"), timedelta(0)))
    months = pc.strftime(started, "%Y-%m")
    later = pc.not_equal(pc.strftime(ended, "%Y-%m"), months)
    crossing = pc.indices_nonzero(later)
    if not len(crossing):
        return months
    billed = [
        str(billing_month(start, end).month)
        for start, end in zip(
            pc.take(started, crossing).to_pylist(),
            pc.take(ended, crossing).to_pylist(),
            strict=True,
        )
    ]
    return pc.replace_with_mask(months, later, pa.array(billed, pa.string()))


def _charges(file: str, batch: Any) -> Any:
    """One output batch from one telcobiz batch: a row per call."""
    pa = _pa()
    rows = batch.num_rows
    return pa.RecordBatch.from_arrays(
        [
            pa.array([file] * rows, pa.string()),
            pa.nulls(rows, pa.int64()),
            batch.column("phone_number"),
            _billing_months(batch),
            batch.column("charge").cast(pa.decimal128(18, AMOUNT_SCALE)),
            pa.nulls(rows, pa.string()),
        ],
        schema=_schema(),
    )


def _rejected(file: str, report: ReadReport) -> Any:
    """One output batch: a row per rejected line, with all of that line's problems."""
    pa = _pa()
    problems: dict[int | None, list[str]] = defaultdict(list)
    for problem in report.problems:
        problems[problem.line].append(str(problem))
    # A problem of no particular line (none is expected from a reader) still gets a row.
    lines = sorted(problems, key=lambda line: -1 if line is None else line)
    return pa.RecordBatch.from_arrays(
        [
            pa.array([file] * len(lines), pa.string()),
            pa.array(lines, pa.int64()),
            pa.nulls(len(lines), pa.string()),
            pa.nulls(len(lines), pa.string()),
            pa.nulls(len(lines), pa.decimal128(18, AMOUNT_SCALE)),
            pa.array(["; ".join(problems[line]) for line in lines], pa.string()),
        ],
        schema=_schema(),
    )


def _schema() -> Any:
    pa = _pa()
    return pa.schema(
        [
            ("file", pa.string()),
            ("line", pa.int64()),
            ("phone_number", pa.string()),
            ("billing_month", pa.string()),
            ("charge", pa.decimal128(18, AMOUNT_SCALE)),
            ("problem", pa.string()),
        ]
    )


def read_call_details(files: Iterator[Any]) -> Iterator[Any]:
    r"""The ``mapInArrow`` function: batches of ``(path, content)`` files in, rows out.

    Each file is read with ``errors="collect"``, so every line ends as one call row or one
    rejected-line row (:data:`ROWS_SCHEMA`). It runs without Spark too:

    >>> import pyarrow as pa
    >>> data = ("ご利用電話番号,通話開始日時,通話開始時刻,着信電話番号,地域名,"
    ...         "通話時間,内線区分,呼種別,通話料\r\n"
    ...         "0120223335,2017/11/30,235900.0,03-1234-5678,東京,002000.0,外線,国内呼,16.00\r\n"
    ...         "0120223335,2017/11/31,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00\r\n"
    ...         ).encode("cp932")
    >>> files = pa.RecordBatch.from_pydict({"path": ["a.csv"], "content": [data]})
    >>> rows = pa.Table.from_batches(list(read_call_details(iter([files]))))
    >>> rows.column("billing_month").to_pylist(), rows.column("line").to_pylist()
    (['2017-12', None], [None, 3])
    """
    for files_batch in files:
        paths = files_batch.column("path").to_pylist()
        contents = files_batch.column("content")
        for index, path in enumerate(paths):
            content = contents[index].as_py()  # one file's bytes at a time
            batches = iter_batches(
                content,
                CALL_DETAIL,
                errors="collect",
                batch_size=RECORDS_PER_BATCH,
                amount_scale=AMOUNT_SCALE,
            )
            for batch in batches:
                yield _charges(path, batch)
            yield _rejected(path, batches.report)


def spark_session(workers: int = 2, *, app_name: str = "telcobiz-call-charges") -> SparkSession:
    """A local Spark session with ``workers`` Python workers, ready for this job.

    The workers run this interpreter (so they import the same telcobiz) and Spark listens on
    the loopback address only. The example is not installed, so the workers cannot import
    this module: its functions travel to them by value (cloudpickle).
    """
    from pyspark import cloudpickle
    from pyspark.sql import SparkSession

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # type: ignore[no-untyped-call]

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    # PySpark starts its workers with $PYSPARK_PYTHON (else `python3` on the PATH), not with
    # the spark.pyspark.python setting, when the session is made in a running interpreter.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .appName(app_name)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")  # no progress bars on stderr
        .config("spark.sql.shuffle.partitions", str(workers))  # 200 is meant for a cluster
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(FILES_PER_ARROW_BATCH))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read_folder(spark: SparkSession, folder: Path | str) -> DataFrame:
    """Every line of every ``*.csv`` file under ``folder`` as a row of :data:`ROWS_SCHEMA`."""
    files = _files(spark, folder)
    return files.select("path", "content").mapInArrow(read_call_details, ROWS_SCHEMA)


def _files(spark: SparkSession, folder: Path | str) -> DataFrame:
    return (
        spark.read.format("binaryFile")
        .option("pathGlobFilter", "*.csv")
        .option("recursiveFileLookup", "true")
        .load(str(folder))
    )


def monthly_charges(rows: DataFrame) -> DataFrame:
    """Calls and the sum of their 通話料 per number and billing month (in no order)."""
    from pyspark.sql import functions as sf

    return (
        rows.where(sf.col("problem").isNull())
        .groupBy("phone_number", "billing_month")
        .agg(sf.count("*").alias("calls"), sf.sum("charge").alias("charges"))
    )


def file_reports(rows: DataFrame, files: DataFrame) -> DataFrame:
    """Records and rejected lines per file (in no order); a header-only file shows zeros."""
    from pyspark.sql import functions as sf

    counts = rows.groupBy("file").agg(
        sf.count(sf.when(sf.col("problem").isNull(), 1)).alias("records"),
        sf.count_distinct(sf.when(sf.col("problem").isNotNull(), sf.col("line"))).alias(
            "rejected_lines"
        ),
    )
    return (
        files.select(sf.col("path").alias("file"))
        .join(counts, "file", "left")
        .fillna(0, ["records", "rejected_lines"])
    )


@dataclass(frozen=True, order=True)
class MonthlyCharge:
    """A number's calls of one billing month and their charges (sen kept).

    >>> MonthlyCharge("0120223335", "2017-12", 1, Decimal("16.00")).shown
    16
    """

    phone_number: str
    billing_month: str
    calls: int
    charges: Decimal

    @property
    def shown(self) -> int:
        """The total as the self page shows it: whole yen, the sen cut off (CAC-4)."""
        return int(self.charges)


@dataclass(frozen=True, order=True)
class FileReport:
    """One file: its records and rejected lines.

    >>> FileReport("file:/data/calls-00.csv", 10, 1).name
    'calls-00.csv'
    """

    file: str
    records: int
    rejected_lines: int

    @property
    def name(self) -> str:
        """The file's name, without its folder."""
        return self.file.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class JobResult:
    """What :func:`run` computed.

    >>> JobResult((), (FileReport("a.csv", 3, 1),)).rejected_lines
    1
    """

    charges: tuple[MonthlyCharge, ...]
    files: tuple[FileReport, ...]

    @property
    def records(self) -> int:
        """Calls read from every file."""
        return sum(file.records for file in self.files)

    @property
    def rejected_lines(self) -> int:
        """Lines rejected in every file."""
        return sum(file.rejected_lines for file in self.files)


def run(spark: SparkSession, folder: Path | str) -> JobResult:
    """Read ``folder`` once; collect the monthly charges and the file reports, sorted."""
    rows = read_folder(spark, folder).cache()  # two aggregations, one reading
    try:
        charges = sorted(
            MonthlyCharge(row.phone_number, row.billing_month, row.calls, row.charges)
            for row in monthly_charges(rows).collect()
        )
        files = sorted(
            FileReport(row.file, row.records, row.rejected_lines)
            for row in file_reports(rows, _files(spark, folder)).collect()
        )
    finally:
        rows.unpersist()
    return JobResult(tuple(charges), tuple(files))


def main(argv: list[str] | None = None, *, spark: SparkSession | None = None) -> int:
    """The command line: print each file's counts and the monthly charges.

    Exit 0 when every line was read, 1 when lines were rejected, 2 when the folder is
    missing. With ``spark``, that session is used (and left running) instead of a new one.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of 通話明細 CSV downloads")
    parser.add_argument("--workers", type=int, default=2, help="Spark local workers (2)")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(
            f"error: {args.folder} is not a folder; expected a folder of CSV files", file=sys.stderr
        )
        return 2
    session = spark or spark_session(args.workers)
    try:
        result = run(session, args.folder)
    finally:
        if spark is None:
            session.stop()
    for file in result.files:
        print(f"{file.name}: {file.records} records, {file.rejected_lines} lines rejected")
    for charge in result.charges:
        print(
            f"{charge.phone_number} {charge.billing_month}: {charge.calls} calls, "
            f"{Yen(charge.charges)} (shown as {Yen(charge.shown)})"
        )
    return 1 if result.rejected_lines else 0


if __name__ == "__main__":
    sys.exit(main())
