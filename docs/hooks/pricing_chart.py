"""MkDocs hook: draw the chart of the pricing page at build time (matplotlib, Agg backend).

Registered under ``hooks:`` in ``mkdocs.yml``. On every ``mkdocs build`` it prices fleets of
1 to 1,000 devices with :func:`telcobiz.pricing.project` and adds the PNG to the site as
``img/pricing-cost-per-device.png``, so the chart always matches the code; nothing binary is
committed. matplotlib (the ``docs`` extra) is imported only when the chart is drawn, so pytest
can import this module and run its example without it.

>>> series = chart_data(sizes=(10, 200))
>>> [(label, [str(cost) for cost in costs]) for label, costs in series.items()]
[('no Basic Pack', ['719.43', '719.43']), ('100 Basic Pack IDs', ['424.26', '571.85']), \
('Basic Pack IDs for every device', ['424.26', '424.26'])]
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from io import BytesIO
from typing import Any

from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing import DeviceGroup, project

CHART = "img/pricing-cost-per-device.png"
"""Where the chart lands in the site (the pricing page links to it)."""

MONTHS = 36
START = date(2026, 11, 5)
SIZES = (1, 2, 5, 10, 20, 30, 50, 70, 100, 120, 150, 200, 300, 500, 700, 1000)


def cost_per_device(devices: int, basic_pack_ids: int) -> Decimal:
    """Average monthly cost per device, tax included, over the first 36 months.

    The fleet: ``devices`` Android devices with メッセージ通知, started 2026-11-05 (the first
    month's basic fee is free).

    >>> cost_per_device(100, 0)  # (200 + 35 × 667) × 1.1 / 36
    Decimal('719.43')
    """
    fleet = [DeviceGroup("fleet", "android", devices, START, options=["message"])]
    run = project(fleet, YearMonth.of(START), MONTHS, basic_pack_ids=basic_pack_ids)
    return (run.total.amount / (devices * MONTHS)).quantize(Decimal("0.01"))


def chart_data(sizes: Sequence[int] = SIZES) -> dict[str, list[Decimal]]:
    """The chart's three series: no Basic Pack, 100 IDs, an ID for every device."""
    return {
        "no Basic Pack": [cost_per_device(n, 0) for n in sizes],
        "100 Basic Pack IDs": [cost_per_device(n, 100) for n in sizes],
        "Basic Pack IDs for every device": [cost_per_device(n, n) for n in sizes],
    }


def render_png(sizes: Sequence[int] = SIZES) -> bytes:
    """Draw the chart and return it as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
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
    buffer = BytesIO()
    # No timestamp in the PNG: the same code draws the same bytes.
    figure.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(figure)
    return buffer.getvalue()


def on_files(files: Any, config: Any) -> Any:
    """Add the chart to the site; keep the hook sources out of it."""
    from mkdocs.structure.files import File, Files

    kept = Files([file for file in files if not file.src_uri.startswith("hooks/")])
    kept.append(File.generated(config, CHART, content=render_png()))
    return kept
