"""Rows to DataFrames: one dtype per column kind, exact money, clear errors (issue 17)."""

import sys
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import TelcobizError, YearMonth, Yen
from telcobiz.core.errors import MissingExtra
from telcobiz.core.frames import Column, ColumnKind, columns, require, to_dataframe

ALL_KINDS = columns(
    money="money",
    rate="decimal",
    month="month",
    day="date",
    moment="datetime",
    clock="time",
    length="duration",
    count="int",
    flag="bool",
    label="text",
    items="object",
)
FULL = {
    "money": Yen("1928.50"),
    "rate": Decimal("0.10"),
    "month": YearMonth(2026, 12),
    "day": date(2026, 11, 3),
    "moment": datetime(2026, 11, 21, 15, 0, tzinfo=UTC),
    "clock": time(20, 12, 21, 500000),
    "length": timedelta(seconds=66),
    "count": 3,
    "flag": True,
    "label": "外線",
    "items": ["090-1"],
}
EMPTY = dict.fromkeys(FULL)


def frame(rows, specs=ALL_KINDS):
    return to_dataframe(rows, specs, needed_by="the test")


def test_each_kind_has_its_dtype_with_values_or_without():
    expected = {
        "money": "decimal128(18, 2)[pyarrow]",
        "rate": "decimal128(18, 2)[pyarrow]",
        "month": "period[M]",
        "day": "datetime64[us]",
        "moment": "datetime64[us]",
        "clock": "time64[us][pyarrow]",
        "length": "timedelta64[us]",
        "count": "Int64",
        "flag": "boolean",
        "label": "string",
        "items": "object",
    }
    full = frame([FULL, EMPTY])
    assert {name: str(dtype) for name, dtype in full.dtypes.items()} == expected
    empty = frame([])
    assert list(empty.columns) == list(expected)
    assert {name: str(dtype) for name, dtype in empty.dtypes.items()} == {
        **expected,
        "rate": "decimal128(18, 0)[pyarrow]",  # a rate column takes the places it needs
    }


def test_values_are_kept():
    row = frame([FULL]).iloc[0]
    assert row["money"] == Decimal("1928.50")
    assert row["month"] == pd.Period("2026-12", freq="M")
    assert row["day"] == pd.Timestamp("2026-11-03")
    # An aware moment becomes JST wall-clock time: 15:00 UTC is 00:00 the next day in Tokyo.
    assert row["moment"] == pd.Timestamp("2026-11-22 00:00")
    assert row["clock"] == time(20, 12, 21, 500000)
    assert row["length"] == pd.Timedelta(seconds=66)
    assert row["items"] == ["090-1"]


def test_missing_values_stay_missing():
    row = frame([EMPTY]).iloc[0]
    assert all(pd.isna(row[name]) for name in FULL if name != "items")


def test_months_read_text_too():
    assert frame([{"m": "2026-11"}], columns(m="month"))["m"][0] == pd.Period("2026-11", "M")


def test_money_widens_to_hold_every_value_exactly():
    money = frame([{"a": Yen("0.125")}, {"a": Decimal("12345678901234567890")}], columns(a="money"))
    assert str(money["a"].dtype) == "decimal128(23, 3)[pyarrow]"
    assert money["a"].sum() == Decimal("12345678901234567890.125")


def test_too_many_digits_is_an_error():
    with pytest.raises(TelcobizError) as caught:
        frame([{"a": Decimal("1e40")}], columns(a="money"))
    assert caught.value.code == "frames.decimal_too_large"


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("money", 1.5),
        ("money", "8.00"),
        ("money", True),
        ("int", True),
        ("int", "3"),
        ("date", datetime(2026, 11, 3, 9, 0)),
        ("date", "2026-11-03"),
        ("text", 3),
        ("bool", 1),
        ("time", "20:12"),
        ("duration", 66),
        ("month", 202611),
    ],
)
def test_a_value_of_the_wrong_kind_names_its_column(kind, value):
    with pytest.raises(TelcobizError) as caught:
        frame([{"x": value}], columns(x=kind))
    assert caught.value.code == "frames.bad_value"
    assert caught.value.field == "x"


def test_a_row_without_a_column_is_an_error():
    with pytest.raises(TelcobizError) as caught:
        frame([{"a": 1}, {}], columns(a="int"))
    assert caught.value.code == "frames.missing_column"


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="'float'"):
        columns(a="float")
    assert Column("a", ColumnKind.INT) == columns(a="int")[0]


def test_without_pandas_the_error_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # an import of pandas now fails
    with pytest.raises(MissingExtra) as caught:
        frame([FULL])
    assert caught.value.code == "missing_extra.pandas"
    assert caught.value.expected == 'pip install "telcobiz[pandas]"'
    assert str(caught.value) == (
        "the test needs pandas, which is not installed; install it with:"
        ' pip install "telcobiz[pandas]"'
    )
    assert isinstance(caught.value, ImportError)


def test_require_returns_the_module():
    assert require("pandas", "the test", extra="pandas") is pd


@given(st.lists(st.decimals(-(10**12), 10**12, places=2), max_size=20))
def test_money_sums_exactly(amounts):
    money = frame([{"a": Yen(amount)} for amount in amounts], columns(a="money"))
    assert Decimal(money["a"].sum()) == sum(amounts, Decimal(0))
