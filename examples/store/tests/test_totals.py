"""Monthly totals per phone in SQL, against the summary file and against telcobiz's reconcile."""

from __future__ import annotations

import sqlite3
from itertools import chain
from pathlib import Path

import pytest
from examples.store.__main__ import main
from examples.store.loader import load_bytes, load_folder
from examples.store.schema import open_store
from examples.store.tests.downloads import DETAIL_HEADER, encode
from examples.store.totals import monthly_totals, sen_to_yen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telcobiz import YearMonth
from telcobiz.csvformats import CALL_DETAIL, USAGE_SUMMARY, read, reconcile, write
from telcobiz.testing import call_details

# Empty 地域名 (a call to a mobile has no area) is allowed (CAC-6's empty-values Decision).
AREA_LINE = "05012345678,2017/11/20,183000.0,09012345678,,001500.0,外線,携帯呼(au 定額),936.25"


def test_november_matches_the_summary_phone_by_phone(
    store: sqlite3.Connection, folder: Path
) -> None:
    load_folder(store, folder)
    (november,) = monthly_totals(store)
    assert [str(phone) for phone in november.phones] == [
        "2017-11 0120223335: 9 calls 192.00円, summary 192.00円: matches",
        "2017-11 05012345678: 3 calls 1,928.50円, summary 1,928.50円: matches",
    ]
    assert november.matches
    # CAC-4: the month's total is shown in whole yen, the sen cut off.
    assert (str(november.summary_total), str(november.shown_total)) == ("2,120.50円", "2,120円")
    assert str(november) == (
        "2017-11: 2 phones, summary 2,120.50円 (shown 2,120円), details 2,120.50円: all match"
    )
    assert monthly_totals(store, "2017-10") == []  # the October call is billed in November


def test_the_sql_totals_agree_with_telcobiz_reconcile(
    store: sqlite3.Connection, folder: Path
) -> None:
    load_folder(store, folder)
    details = [read((folder / name).read_bytes(), CALL_DETAIL, errors="collect")
               for name in ("calls_2017-10.csv", "calls_2017-11.csv")]  # fmt: skip
    summary = read((folder / "usage_2017-11.csv").read_bytes(), USAGE_SUMMARY, errors="collect")
    result = reconcile(chain(*details), summary, month=YearMonth(2017, 11))
    (november,) = monthly_totals(store, "2017-11")
    assert result.matches
    assert november.matches
    assert result.month_total_shown == november.shown_total
    assert {(n.phone_number, n.detail_total, n.calls) for n in result.numbers} == {
        (p.phone_number, sen_to_yen(p.detail_sen), p.calls) for p in november.phones
    }


def test_a_missing_summary_and_a_phone_without_calls_show_as_mismatches(
    store: sqlite3.Connection, folder: Path
) -> None:
    (folder / "usage_2017-11.csv").write_bytes(
        encode([
            "ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体",
            "0120-22-3335,192.00,192.00,0.00,0.00,0.00",
            "0312345678,8.00,8.00,0.00,0.00,0.00",
        ])
    )  # fmt: skip
    load_folder(store, folder)
    (november,) = monthly_totals(store)
    assert [str(phone) for phone in november.phones] == [
        "2017-11 0120-22-3335: 9 calls 192.00円, summary 192.00円: matches",
        "2017-11 0312345678: 0 calls 0.00円, summary 8.00円: DOES NOT MATCH",
        "2017-11 05012345678: 3 calls 1,928.50円, summary none: DOES NOT MATCH",
    ]
    assert str(november).endswith("details 2,120.50円: 2 phones do not match")


def test_an_empty_area_name_line(store: sqlite3.Connection) -> None:
    result = load_bytes(store, "calls.csv", encode([DETAIL_HEADER, AREA_LINE]))
    assert (result.rows, result.rejected) == (1, 0)
    assert store.execute("SELECT area, charge_sen FROM calls").fetchall() == [("", 93625)]
    assert store.execute("SELECT count(*) FROM rejected_lines").fetchall() == [(0,)]


_LINES = st.one_of(
    call_details().map(
        lambda call: b"".join(write([call], CALL_DETAIL, header=False, neutralise_formulas=False))[
            :-2
        ]
    ),
    st.binary(max_size=40).filter(lambda raw: b"\n" not in raw and b"\r" not in raw),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, max_size=12))
def test_every_line_is_a_row_or_a_recorded_error(lines: list[bytes]) -> None:
    data = b"".join(line + b"\r\n" for line in [DETAIL_HEADER.encode("cp932"), *lines])
    store = open_store(":memory:")
    result = load_bytes(store, "calls.csv", data)
    stream = read(data, CALL_DETAIL, errors="collect")
    records = list(stream)
    assert result.lines_read == 1 + len(lines) == 1 + result.rows + result.rejected
    stored = store.execute("SELECT line, charge_sen FROM calls ORDER BY line").fetchall()
    rejected = store.execute("SELECT line, raw FROM rejected_lines ORDER BY line").fetchall()
    assert sorted([n for n, _ in stored] + [n for n, _ in rejected]) == list(
        range(2, len(lines) + 2)
    )
    for line, raw in rejected:
        assert raw == lines[line - 2]
    whole_sen = [r.charge for r in records if (r.charge.amount * 100) % 1 == 0]
    assert [sen_to_yen(sen) for _, sen in stored] == whole_sen
    load_bytes(store, "calls.csv", data)
    assert store.execute("SELECT COUNT(*) FROM files").fetchone() == (1,)


def test_the_command_line(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite")
    assert main(["load", str(folder), "--db", db]) == 1  # two lines were rejected
    out = capsys.readouterr().out.splitlines()
    assert (
        out[1]
        == "calls_2017-11.csv: loaded as file 2 (通話明細): 13 lines read, 11 rows, 1 line rejected"
    )
    assert main(["load", str(folder), "--db", db]) == 0  # nothing new
    assert capsys.readouterr().out.count("skipped, already loaded") == 3
    assert main(["totals", "--db", db, "--month", "2017-11"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2017-11: 2 phones, summary 2,120.50円 (shown 2,120円), details 2,120.50円: all match",
        "  2017-11 0120223335: 9 calls 192.00円, summary 192.00円: matches",
        "  2017-11 05012345678: 3 calls 1,928.50円, summary 1,928.50円: matches",
    ]
    assert main(["totals", "--db", str(tmp_path / "no" / "such" / "dir.sqlite")]) == 2
    err = capsys.readouterr().err
    assert err == "python -m examples.store: error: unable to open database file\n"
    assert main(["load", str(tmp_path / "nowhere"), "--db", db]) == 2
    assert capsys.readouterr().err.endswith("nowhere: not a folder\n")
