"""Effective-dated tables and citations: the one way rule values are stored."""

from datetime import date

import pytest

from telcobiz.core import Citation, Dated, EffectiveTable, InvalidInput, OutOfRange
from telcobiz.core.citation import BOS_DMP_GUIDE, MESSAGE_CAST_GUIDE, RULEBOOK

FEE = Citation(BOS_DMP_GUIDE, "§3.5.3", row="基本サービス", rule="DMP-1")


def test_lookup_by_date_with_closed_and_open_rows():
    table = EffectiveTable(
        "fee",
        [
            Dated(500, date(2020, 4, 1), date(2021, 3, 31), FEE),
            Dated(467, date(2021, 4, 1), citation=FEE),
        ],
    )
    assert table.at(date(2020, 4, 1)) == 500
    assert table.at(date(2021, 3, 31)) == 500
    assert table.at(date(2021, 4, 1)) == 467
    assert table.at(date(2099, 1, 1)) == 467
    assert table.entry_at(date(2021, 4, 1)).citation == FEE
    assert len(table) == 2
    assert [row.value for row in table] == [500, 467]


def test_rows_are_sorted_whatever_the_order_given():
    table = EffectiveTable("x", [Dated(2, date(2021, 1, 1)), Dated(1, date(2020, 1, 1))])
    assert [row.value for row in table] == [1, 2]
    assert table.at(date(2020, 6, 1)) == 1


def test_before_first_and_gap_are_errors():
    table = EffectiveTable(
        "x", [Dated(1, date(2020, 1, 1), date(2020, 12, 31)), Dated(2, date(2022, 1, 1))]
    )
    with pytest.raises(OutOfRange) as caught:
        table.at(date(2019, 12, 31))
    assert caught.value.code == "table.before_first"
    with pytest.raises(OutOfRange) as caught:
        table.at(date(2021, 6, 1))
    assert caught.value.code == "table.gap"
    assert "ended 2020-12-31" in str(caught.value)
    with pytest.raises(InvalidInput) as caught:
        table.at("2020-01-01")  # type: ignore[arg-type]
    assert caught.value.code == "table.not_a_date"


def test_invalid_tables_are_refused():
    with pytest.raises(InvalidInput) as caught:
        EffectiveTable("x", [])
    assert caught.value.code == "table.empty"
    with pytest.raises(InvalidInput) as caught:
        EffectiveTable(
            "x", [Dated(1, date(2020, 1, 1), date(2021, 1, 1)), Dated(2, date(2021, 1, 1))]
        )
    assert caught.value.code == "table.overlap"
    with pytest.raises(InvalidInput) as caught:
        EffectiveTable("x", [Dated(1, date(2020, 1, 1)), Dated(2, date(2020, 1, 1))])
    assert caught.value.code == "table.overlap"
    with pytest.raises(InvalidInput) as caught:
        Dated(1, date(2020, 1, 2), date(2020, 1, 1))
    assert caught.value.code == "table.bad_period"


def test_single_row_table():
    table = EffectiveTable.single("fee", 200, date(2020, 1, 1), FEE)
    assert table.at(date(2030, 1, 1)) == 200
    assert table.entry_at(date(2030, 1, 1)).covers(date(2030, 1, 1))


def test_citations_print_where_a_value_comes_from():
    citation = Citation(MESSAGE_CAST_GUIDE, "§2.1", row="6", rule="MC-5")
    assert str(citation) == (
        "MC-5: KDDI Message Cast 利用手続きガイド（入稿ポータル） 1.8版 (2024-09-05) §2.1 row 6"
    )
    assert str(Citation(RULEBOOK, "CAL-1")) == "telcobiz rules CAL-1"
    assert str(BOS_DMP_GUIDE).endswith("Ver 1.2.0")
