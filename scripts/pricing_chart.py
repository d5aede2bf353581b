"""Draw the pricing chart of the README and the docs from ``Projection.to_dataframe()``.

The chart prices one Android fleet with メッセージ通知, started 2026-11-05, at sizes from 1 to
1,000 devices, with no Basic Pack, 100 Basic Pack IDs and an ID for every device, and shows
the average monthly cost per device over the first 36 months, tax included (the start month
is free). Each point is a 36-month projection read as a notebook would:
``project(...).to_dataframe()["total"].sum()``, exact, divided by devices × months.

Run it to regenerate the committed SVG that the README shows (matplotlib, Agg backend, from
the ``docs`` extra; the SVG carries no date and fixed ids, so the same code draws the same
bytes)::

    python scripts/pricing_chart.py            # writes docs/img/pricing-cost-per-device.svg
    python scripts/pricing_chart.py --check    # exit 1 if the committed SVG is out of date

The docs' build hook (``docs/hooks/pricing_chart.py``) draws the same chart with this code.

>>> [str(cost) for cost in chart_data(sizes=(10, 200))["100 Basic Pack IDs"]]
['424.26', '571.85']
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from io import BytesIO, StringIO
from pathlib import Path

from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing import DeviceGroup, project

SVG = Path(__file__).resolve().parents[1] / "docs" / "img" / "pricing-cost-per-device.svg"
"""The committed chart (the README links to it)."""

MONTHS = 36
START = date(2026, 11, 5)
SIZES = (1, 2, 5, 10, 20, 30, 50, 70, 100, 120, 150, 200, 300, 500, 700, 1000)
SERIES = {
    "no Basic Pack": lambda devices: 0,
    "100 Basic Pack IDs": lambda devices: 100,
    "Basic Pack IDs for every device": lambda devices: devices,
}


def cost_per_device(devices: int, basic_pack_ids: int) -> Decimal:
    """Average monthly cost per device, tax included, over the first 36 months.

    >>> cost_per_device(100, 0)  # (200 + 35 × 667) × 1.1 / 36
    Decimal('719.43')
    """
    fleet = [DeviceGroup("fleet", "android", devices, START, options=["message"])]
    frame = project(
        fleet, YearMonth.of(START), MONTHS, basic_pack_ids=basic_pack_ids
    ).to_dataframe()
    total = Decimal(frame["total"].sum())
    return (total / (devices * MONTHS)).quantize(Decimal("0.01"))


def chart_data(sizes: Sequence[int] = SIZES) -> dict[str, list[Decimal]]:
    """The chart's three series, one cost per fleet size.

    >>> chart_data(sizes=(1,))["no Basic Pack"]
    [Decimal('719.43')]
    """
    return {label: [cost_per_device(n, ids(n)) for n in sizes] for label, ids in SERIES.items()}


def _figure(sizes: Sequence[int]) -> object:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "telcobiz"  # fixed element ids: reproducible SVG
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 4.5), dpi=100)
    for (label, costs), style in zip(chart_data(sizes).items(), ("-", "--", ":"), strict=True):
        axes.plot(sizes, [float(cost) for cost in costs], style, marker="o", label=label)
    axes.set_xscale("log")
    axes.set_xlabel("devices in the fleet (log scale)")
    axes.set_ylabel("yen per device per month, tax included")
    axes.set_title(
        "KDDI Device Management Pack: basic service + message notification,\n"
        f"average of the first {MONTHS} months (start month free)"
    )
    axes.set_ylim(bottom=0)
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    return figure


def render(fmt: str = "svg", sizes: Sequence[int] = SIZES) -> bytes:
    """Draw the chart and return it as ``"svg"`` or ``"png"`` bytes, without a timestamp.

    >>> render("svg", sizes=(1, 10)).startswith(b"<?xml")
    True
    """
    import matplotlib.pyplot as plt

    figure = _figure(sizes)
    if fmt == "svg":
        text = StringIO()
        figure.savefig(text, format="svg", metadata={"Date": None})  # type: ignore[attr-defined]
        data = text.getvalue().encode()
    else:
        buffer = BytesIO()
        figure.savefig(buffer, format="png", metadata={"Software": None})  # type: ignore[attr-defined]
        data = buffer.getvalue()
    plt.close(figure)  # type: ignore[arg-type]
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Write the SVG, or with ``--check`` say whether the committed one is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    drawn = render("svg")
    if args.check:
        current = SVG.read_bytes() if SVG.exists() else b""
        print("up to date" if current == drawn else f"{SVG} is out of date")
        return 0 if current == drawn else 1
    SVG.parent.mkdir(parents=True, exist_ok=True)
    SVG.write_bytes(drawn)
    print(f"wrote {SVG}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
