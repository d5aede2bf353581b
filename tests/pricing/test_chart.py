"""The README's pricing chart shows what the library computes (issue 17).

``scripts/pricing_chart.py`` reads each point from ``Projection.to_dataframe()``; here the
same points come from ``Projection.total`` and from the price list's arithmetic (DMP-1..DMP-3,
TAX-2): with メッセージ通知 an Android device pays 200 in its free start month, then 667
(467 + 200) for 35 months, or 391 (191 + 200) with a Basic Pack ID; tax 10 % on top.
"""

import importlib.util
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing import DeviceGroup, project

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pricing_chart.py"


@pytest.fixture(scope="module")
def chart():
    spec = importlib.util.spec_from_file_location("pricing_chart_under_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_points_equal_the_projection_totals(chart):
    sizes = (1, 50, 100, 150, 1000)
    data = chart.chart_data(sizes)
    for label, ids in (("no Basic Pack", 0), ("100 Basic Pack IDs", 100)):
        for devices, cost in zip(sizes, data[label], strict=True):
            fleet = [
                DeviceGroup("fleet", "android", devices, date(2026, 11, 5), options=["message"])
            ]
            run = project(fleet, YearMonth(2026, 11), 36, basic_pack_ids=min(ids, 10**6))
            expected = (run.total.amount / (devices * 36)).quantize(Decimal("0.01"))
            assert cost == expected


def test_points_follow_the_price_list(chart):
    data = chart.chart_data((100, 200))
    # Per device: (200 + 35 × 667) × 1.1 / 36 = 719.43; with an ID (200 + 35 × 391) × 1.1 / 36.
    assert data["no Basic Pack"] == [Decimal("719.43"), Decimal("719.43")]
    assert data["Basic Pack IDs for every device"] == [Decimal("424.26"), Decimal("424.26")]
    # 200 devices, 100 IDs: half pay 391, half 667 after the start month.
    assert data["100 Basic Pack IDs"][1] == Decimal("571.85")


def test_the_committed_svg_is_what_the_script_draws(chart):
    assert chart.SVG.read_bytes() == chart.render("svg")
