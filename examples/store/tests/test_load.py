"""Loading the downloads: every line a row or a recorded error, once, one transaction per file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from examples.store.loader import LoadOutcome, load_bytes, load_folder
from examples.store.tests.downloads import (
    DETAIL_HEADER,
    NOVEMBER_CALLS,
    NOVEMBER_SUMMARY,
    SUMMARY_HEADER,
    encode,
)


def _dump(store: sqlite3.Connection) -> list[str]:
    return list(store.iterdump())


def _count(store: sqlite3.Connection, sql: str, *args: object) -> int:
    return int(store.execute(sql, args).fetchone()[0])


def test_a_folder_loads_with_counts_that_add_up(store: sqlite3.Connection, folder: Path) -> None:
    results = load_folder(store, folder)
    assert [str(result) for result in results] == [
        "calls_2017-10.csv: loaded as file 1 (通話明細): 2 lines read, 1 row, 0 lines rejected",
        "calls_2017-11.csv: loaded as file 2 (通話明細): 13 lines read, 11 rows, 1 line rejected",
        "usage_2017-11.csv: loaded as file 3 (電話番号別ご利用料金 2017-11): 4 lines read, 2 rows,"
        " 1 line rejected",
    ]
    files = store.execute(
        "SELECT id, lines_read, header_lines, accepted, rejected, rows, store_rejected"
        " FROM files ORDER BY id"
    ).fetchall()
    assert files == [(1, 2, 1, 1, 0, 1, 0), (2, 13, 1, 11, 1, 11, 0), (3, 4, 1, 2, 1, 2, 0)]
    for file_id, lines_read, header, *_ in files:
        rows = _count(store, "SELECT COUNT(*) FROM calls WHERE file_id = ?", file_id)
        rows += _count(store, "SELECT COUNT(*) FROM usage WHERE file_id = ?", file_id)
        errors = _count(store, "SELECT COUNT(*) FROM rejected_lines WHERE file_id = ?", file_id)
        assert lines_read == header + rows + errors


def test_each_row_keeps_its_line_number_and_exact_values(
    store: sqlite3.Connection, folder: Path
) -> None:
    load_folder(store, folder)
    assert store.execute("SELECT * FROM calls WHERE file_id = 2 AND line = 9").fetchone() == (
        2, 9, "0120223335", "0120223335", "2017-11-05", "10:00:00", "104", "番号案内",
        None, 2, "外線", "番号案内", 12000, "2017-11",
    )  # fmt: skip
    assert store.execute("SELECT * FROM calls WHERE file_id = 2 AND line = 7").fetchone()[8] == 332
    assert store.execute("SELECT * FROM usage WHERE line = 3").fetchone() == (
        3, 3, "2017-11", "05012345678", "05012345678", 192850, 5600, 0, 187250, 0,
    )  # fmt: skip
    # The call of 10-31 23:59 lasting 2 minutes is billed in November (CAC-4).
    october = store.execute("SELECT call_date, billing_month FROM calls WHERE file_id = 1")
    assert october.fetchall() == [("2017-10-31", "2017-11")]


def test_a_rejected_line_keeps_its_bytes_and_the_library_message(
    store: sqlite3.Connection, folder: Path
) -> None:
    load_folder(store, folder)
    raw = "05012345678,2017/11/31,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00"
    rejected = store.execute("SELECT line, raw FROM rejected_lines WHERE file_id = 2")
    assert rejected.fetchall() == [(13, raw.encode("cp932"))]
    assert store.execute("SELECT * FROM line_problems WHERE file_id = 2").fetchall() == [
        (
            2, 13, "通話開始日付", 2, "2017/11/31", "csv.bad_date",
            "line 13, 通話開始日付 (field 2): '2017/11/31' is not a calendar date;"
            " expected a date written YYYY/MM/DD (2017/11/01)",
        )
    ]  # fmt: skip
    assert store.execute("SELECT line, code FROM line_problems WHERE file_id = 3").fetchall() == [
        (4, "cloud_autocall.total_mismatch")
    ]


def test_loading_the_same_bytes_again_changes_nothing(
    store: sqlite3.Connection, folder: Path
) -> None:
    load_folder(store, folder)
    before = _dump(store)
    again = load_folder(store, folder)
    assert [result.outcome for result in again] == [LoadOutcome.SKIPPED] * 3
    shutil.copy(folder / "usage_2017-11.csv", folder / "usage_2017-11 (1).csv")
    results = {result.name: str(result) for result in load_folder(store, folder)}
    assert results["usage_2017-11 (1).csv"] == (
        "usage_2017-11 (1).csv: skipped, already loaded as file 3 (usage_2017-11.csv)"
    )
    assert _dump(store) == before


def test_a_changed_file_with_the_same_name_replaces_the_old_one(
    store: sqlite3.Connection, folder: Path
) -> None:
    load_folder(store, folder)
    old_bytes = (folder / "calls_2017-11.csv").read_bytes()
    fixed = [*NOVEMBER_CALLS[:-1], NOVEMBER_CALLS[-1].replace("2017/11/31", "2017/11/30")]
    (folder / "calls_2017-11.csv").write_bytes(encode(fixed))
    result = load_folder(store, folder)[1]
    assert str(result) == (
        "calls_2017-11.csv: loaded as file 4 (通話明細), replacing file 2: 13 lines read,"
        " 12 rows, 0 lines rejected"
    )
    assert result.outcome is LoadOutcome.REPLACED
    versions = store.execute("SELECT id, replaced_by FROM files WHERE name = 'calls_2017-11.csv'")
    assert versions.fetchall() == [(2, 4), (4, None)]
    for table in ("calls", "rejected_lines", "line_problems"):
        assert _count(store, f"SELECT COUNT(*) FROM {table} WHERE file_id = 2") == 0
    assert _count(store, "SELECT COUNT(*) FROM calls WHERE file_id = 4") == 12
    # The old bytes are known: loading them again is a no-op that says where they went.
    old = load_bytes(store, "calls_2017-11.csv", old_bytes)
    assert str(old) == (
        "calls_2017-11.csv: skipped, already loaded as file 2 (calls_2017-11.csv,"
        " replaced by file 4)"
    )


def test_a_file_is_loaded_whole_or_not_at_all(store: sqlite3.Connection, folder: Path) -> None:
    # A database failure half-way through the November file (at its 6th row) ...
    store.execute(
        "CREATE TRIGGER fail_at_line_7 BEFORE INSERT ON calls WHEN NEW.line = 7"
        " BEGIN SELECT RAISE(ABORT, 'disk full, say'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="disk full, say"):
        load_folder(store, folder)
    # ... leaves the October file, loaded before it, and nothing of the November file.
    assert store.execute("SELECT id, name FROM files").fetchall() == [(1, "calls_2017-10.csv")]
    assert _count(store, "SELECT COUNT(*) FROM calls") == 1
    assert _count(store, "SELECT COUNT(*) FROM rejected_lines") == 0
    store.execute("DROP TRIGGER fail_at_line_7")
    assert [r.outcome for r in load_folder(store, folder)] == [
        LoadOutcome.SKIPPED, LoadOutcome.LOADED, LoadOutcome.LOADED,
    ]  # fmt: skip


def test_an_amount_finer_than_a_sen_is_a_recorded_error_not_rounded(
    store: sqlite3.Connection,
) -> None:
    line = "0120223335,2017/11/06,100000.0,03-1234-5678,東京,000010.0,外線,国内呼,0.125"
    result = load_bytes(store, "calls.csv", encode([DETAIL_HEADER, line]))
    assert (result.rows, result.rejected) == (0, 1)
    assert store.execute("SELECT raw FROM rejected_lines").fetchone() == (line.encode("cp932"),)
    assert store.execute("SELECT line, field, code, message FROM line_problems").fetchall() == [
        (2, "通話料", "store.sub_sen",
         "line 2, 通話料 (field 9): 0.125 has a fraction of a sen, which the store keeps as"
         " integer sen; expected an amount in whole sen (at most 2 decimals)")
    ]  # fmt: skip
    assert store.execute("SELECT accepted, rows, store_rejected FROM files").fetchone() == (1, 0, 1)


def test_a_second_summary_of_the_same_month_and_number_is_a_recorded_error(
    store: sqlite3.Connection, folder: Path
) -> None:
    load_folder(store, folder)
    other = encode([SUMMARY_HEADER, "0120-22-3335,192.00,192.00,0.00,0.00,0.00"])
    result = load_bytes(store, "usage_201711_again.csv", other)
    assert (result.month, result.rows, result.rejected) == ("2017-11", 0, 1)
    problems = store.execute("SELECT code, message FROM line_problems WHERE file_id = 4")
    assert problems.fetchall() == [
        ("store.duplicate_summary",
         "line 2, ご利用電話番号 (field 1): 2017-11 of 0120-22-3335 is already loaded from"
         " 'usage_2017-11.csv'; expected one 電話番号別ご利用料金 record per number and month"
         " (file 'usage_2017-11.csv' has it)")
    ]  # fmt: skip


def test_files_it_cannot_place_are_refused_whole_and_nothing_is_written(
    store: sqlite3.Connection,
) -> None:
    users = (
        "ビジネスdアカウントのID,ビジネスdアカウントの連絡先メールアドレス,"
        "ご利用者さまの氏名,ご利用者さまの電話番号"
    )
    refused = load_bytes(store, "users.csv", encode([users, "taro01,taro@example.co.jp,,"]))
    assert refused.outcome is LoadOutcome.REFUSED
    assert refused.reason is not None
    assert refused.reason.startswith("first_line: got ")
    nameless = load_bytes(store, "usage.csv", encode(NOVEMBER_SUMMARY))
    assert str(nameless) == (
        "usage.csv: refused, a 電話番号別ご利用料金 file does not say its month: put it in the"
        " name, e.g. usage_2017-11.csv"
    )
    assert load_bytes(store, "empty.csv", b"").outcome is LoadOutcome.REFUSED
    assert _count(store, "SELECT COUNT(*) FROM files") == 0
    # Renamed, the same bytes load (a refusal records no hash).
    assert load_bytes(store, "usage_201711.csv", encode(NOVEMBER_SUMMARY)).month == "2017-11"
