"""Quotes and projections as DataFrames a notebook can plot and sum exactly (issue 17).

The fleet is the README's: 80 Android devices with バックアップ and メッセージ通知 and 40 iOS
with メッセージ通知, started 2026-11-05, 50 Basic Pack IDs (DMP-1..DMP-3, TAX-1, TAX-2). In
2026-12: 80×467 + 80×200 + 80×200 + 40×467 + 40×200 − 50×276 = 82,240 before tax,
floor(82,240 × 10 %) = 8,224 tax, 90,464 in all.
"""

from datetime import date
from decimal import Decimal

import matplotlib
import pandas as pd
import pytest
from hypothesis import given, settings

from telcobiz.pricing import DeviceGroup, Fleet, project, quote
from telcobiz.testing import billing_months, fleets

matplotlib.use("Agg")
import matplotlib.pyplot as plt

FLEET = Fleet(
    [
        DeviceGroup("android", "android", 80, date(2026, 11, 5), options=["backup", "message"]),
        DeviceGroup("ios", "ios", 40, date(2026, 11, 5), options=["message"]),
    ]
)


@pytest.fixture
def run():
    return project(FLEET, "2026-11", 36, basic_pack_ids=50)


def test_month_frame_has_notebook_dtypes(run):
    frame = run.to_dataframe()
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == {
        "month": "period[M]",
        "devices": "Int64",
        "basic_pack_applied": "Int64",
        "subtotal": "decimal128(18, 2)[pyarrow]",
        "tax_rate": "decimal128(18, 2)[pyarrow]",
        "tax": "decimal128(18, 2)[pyarrow]",
        "total": "decimal128(18, 2)[pyarrow]",
    }
    assert len(frame) == 36
    assert frame["month"].iloc[0] == pd.Period("2026-11", freq="M")
    assert frame["month"].iloc[-1] == pd.Period("2029-10", freq="M")


def test_december_is_the_readme_bill(run):
    december = run.to_dataframe().set_index("month").loc[pd.Period("2026-12", freq="M")]
    assert december["subtotal"] == Decimal("82240")
    assert december["tax"] == Decimal("8224")
    assert december["total"] == Decimal("90464")
    assert december["subtotal"] + december["tax"] == december["total"]
    assert december["tax_rate"] == Decimal("0.10")
    assert december["basic_pack_applied"] == 50


def test_sum_is_the_exact_projection_total(run):
    frame = run.to_dataframe()
    total = frame["total"].sum()
    assert isinstance(total, Decimal)
    assert total == run.total.amount == Decimal("3210240")
    assert frame["subtotal"].sum() + frame["tax"].sum() == total


def test_plot_works_unchanged(run):
    frame = run.to_dataframe()
    axes = frame.plot(x="month", y="total")
    try:
        heights = list(axes.get_lines()[0].get_ydata())
        assert heights[:2] == [44_000.0, 90_464.0]  # the start month bills options only
        assert len(heights) == 36
    finally:
        plt.close(axes.figure)


def test_detail_frame_lists_every_line_of_every_month(run):
    frame = run.to_dataframe(detail=True)
    assert str(frame["month"].dtype) == "period[M]"
    assert str(frame["quantity"].dtype) == "Int64"
    december = frame[frame["month"] == pd.Period("2026-12", freq="M")]
    assert december["amount"].tolist() == [
        Decimal("37360"),
        Decimal("16000"),
        Decimal("16000"),
        Decimal("18680"),
        Decimal("8000"),
        Decimal("-13800"),
    ]
    assert december["amount"].sum() == Decimal("82240")
    assert december["rule"].tolist() == ["DMP-1", "DMP-2", "DMP-2", "DMP-1", "DMP-2", "DMP-3"]
    assert frame["amount"].sum() == sum(q.subtotal.amount for q in run)


def test_quote_frame_is_its_lines():
    december = quote(FLEET, "2026-12", basic_pack_ids=50)
    frame = december.to_dataframe()
    assert frame["amount"].sum() == december.subtotal.amount == Decimal("82240")
    assert frame["unit_price"].tolist()[-1] == Decimal("-276")
    assert frame["group"].isna().tolist() == [False] * 5 + [True]  # the fleet-wide line
    assert frame["what"].tolist()[0] == "基本サービス"


def test_an_empty_fleet_keeps_its_columns():
    frame = quote(Fleet([]), "2026-12").to_dataframe()
    assert frame.empty
    assert str(frame["amount"].dtype) == "decimal128(18, 2)[pyarrow]"
    assert str(frame["month"].dtype) == "period[M]"


@settings(max_examples=30, deadline=None)
@given(fleets(max_groups=3, max_count=50), billing_months())
def test_frame_sums_equal_the_quote(fleet, month):
    result = quote(fleet, month)
    frame = result.to_dataframe()
    assert len(frame) == len(result.lines)
    assert Decimal(frame["amount"].sum()) == result.subtotal.amount
