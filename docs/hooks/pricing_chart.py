"""MkDocs hook: draw the chart of the pricing page at build time, with the README's code.

Registered under ``hooks:`` in ``mkdocs.yml``. On every ``mkdocs build`` it draws the chart of
``scripts/pricing_chart.py`` (cost per device from ``project(...).to_dataframe()``, matplotlib
with the Agg backend) and adds the PNG to the site as ``img/pricing-cost-per-device.png``, so
the page always shows what the code computes. matplotlib (the ``docs`` extra) is imported only
when the chart is drawn.

>>> [str(cost) for cost in chart_data(sizes=(10, 200))["no Basic Pack"]]
['719.43', '719.43']
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

CHART = "img/pricing-cost-per-device.png"
"""Where the chart lands in the site (the pricing page links to it)."""

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pricing_chart.py"


def _chart_module() -> Any:
    # The script is not a package module: load it by path, once.
    spec = importlib.util.spec_from_file_location("telcobiz_pricing_chart", _SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_chart = _chart_module()
chart_data = _chart.chart_data


def on_files(files: Any, config: Any) -> Any:
    """Add the chart to the site; keep the hook sources out of it."""
    from mkdocs.structure.files import File, Files

    kept = Files([file for file in files if not file.src_uri.startswith("hooks/")])
    kept.append(File.generated(config, CHART, content=_chart.render("png")))
    return kept
