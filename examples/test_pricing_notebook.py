"""The pricing notebook, executed in a fresh Python kernel: what it prints is what telcobiz says.

The notebook is committed without outputs; here it runs top to bottom with nbclient in a
kernel of this very interpreter (a kernel spec written to a temporary folder, so neither a
Jupyter installation nor a stale user kernel is needed), and each tagged cell's output is
checked against values computed here and against the price list's arithmetic (DMP-1..DMP-4,
TAX-1..TAX-2).
"""

from __future__ import annotations

import base64
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from telcobiz import Yen
from telcobiz.pricing import DeviceGroup, Fleet, Projection, project

NOTEBOOK = Path(__file__).parent / "pricing.ipynb"
KERNEL = "telcobiz-examples"

# The notebook's fleet, written again here: if the notebook changes it, these tests say so.
FLEET = Fleet(
    [
        DeviceGroup(
            "sales-android",
            "android",
            120,
            date(2026, 4, 10),
            options={"backup": None, "message": None, "internet": 60},
        ),
        DeviceGroup("office-ios", "ios", 45, date(2026, 6, 1), options=["message"]),
        DeviceGroup("field-android", "android", 30, date(2026, 9, 15), options=["virus", "backup"]),
    ]
)


def _read(path: Path) -> Any:
    return nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]


def _projection(basic_pack_ids: int) -> Projection:
    return project(FLEET, "2026-04", 36, basic_pack_ids=basic_pack_ids)


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The notebook after a run in a new kernel (nbclient raises if any cell fails)."""
    jupyter = tmp_path_factory.mktemp("jupyter")
    spec = jupyter / "data" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "telcobiz examples", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel), encoding="utf-8")
    notebook = _read(NOTEBOOK)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("JUPYTER_PATH", str(jupyter / "data"))
        env.setenv("JUPYTER_RUNTIME_DIR", str(jupyter / "runtime"))  # connection files
        env.setenv("JUPYTER_PLATFORM_DIRS", "1")  # the new locations, without a warning
        env.setenv("IPYTHONDIR", str(jupyter / "ipython"))  # no profile in the home folder
        client = NotebookClient(
            notebook,
            kernel_name=KERNEL,
            timeout=300,
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        )
        client.execute()
    return notebook


def _cell(notebook: Any, tag: str) -> Any:
    (cell,) = [cell for cell in notebook.cells if tag in cell.metadata.get("tags", [])]
    return cell


def _printed(notebook: Any, tag: str) -> list[str]:
    """The lines a tagged cell printed."""
    outputs = _cell(notebook, tag).outputs
    text = "".join(output.text for output in outputs if output.output_type == "stream")
    return text.splitlines()


def test_the_committed_notebook_has_no_outputs() -> None:
    """Committed without outputs, so it never shows numbers that the code no longer gives."""
    notebook = _read(NOTEBOOK)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert [(cell.outputs, cell.execution_count) for cell in code] == [([], None)] * len(code)
    nbformat.validate(notebook)


def test_the_36_month_total_is_that_of_project(executed: Any) -> None:
    """The projection cell prints the total that project() gives for the same fleet."""
    run = _projection(100)
    assert _printed(executed, "projection") == [f"2026-04 to 2029-03: {run.total} over 36 months"]


def test_the_data_frame_adds_up_to_the_projection(executed: Any) -> None:
    """to_dataframe()'s money is exact: its column sums to the total, sen and all."""
    run = _projection(100)
    # 2026-04: only the sales group has started, its basic fee free (DMP-1); its options
    # are 60 x 200 + 120 x 200 + 120 x 200 = 60,000 yen, plus 10 % tax.
    assert run.quotes[0].total == Yen(66_000)
    assert _printed(executed, "frame-check") == [
        "first month: 66000.00",
        f"sum of the column: {run.total.amount:.2f}",
        "equals the projection's total: True",
    ]
    table = _cell(executed, "frame").outputs[0].data["text/plain"].splitlines()
    assert table[1].split() == ["0", "2026-04", "120", "0", "60000.00", "6000.00", "66000.00"]


def test_the_basic_pack_what_if(executed: Any) -> None:
    """Savings follow from 276 yen (467 - 191) per paying device per month, plus 10 % tax."""
    totals = {ids: _projection(ids).total for ids in (0, 100, 195)}
    # 100 IDs: 120 sales devices pay from 2026-05, so 100 IDs are used for 35 months.
    saving_100 = Yen(276 * 100 * 35) * 11 / 10
    # 195 IDs: paying devices are 0 (2026-04), 120 (05, 06), 165 (07-09), then 195 for 30 months.
    saving_195 = Yen(276 * (120 * 2 + 165 * 3 + 195 * 30)) * 11 / 10
    assert (saving_100, saving_195) == (Yen(1_062_600), Yen(1_999_206))
    assert totals[0] - totals[100] == saving_100
    assert totals[0] - totals[195] == saving_195
    assert _printed(executed, "basic-pack") == [
        f"  0 Basic Pack IDs: {totals[0]} (saves 0円)",
        f"100 Basic Pack IDs: {totals[100]} (saves {saving_100})",
        f"195 Basic Pack IDs: {totals[195]} (saves {saving_195})",
    ]


def test_the_smart_value_what_if(executed: Any) -> None:
    """120 au lines at 4,980 yen for 36 months; 1,410 yen off for months 1-24, then 934."""
    charges = Yen(4980 * 120 * 36)
    # Smart Value starts 2026-05: 24 months at 1,410 yen, then 2028-05 .. 2029-03 at 934 yen.
    discount = -Yen((1410 * 24 + 934 * 11) * 120)
    with_lines = _projection(100).total + (charges + discount) * 11 / 10
    assert (charges, discount) == (Yen(21_513_600), Yen(-5_293_680))
    assert _printed(executed, "smart-value") == [
        f"au line charges:      {charges}",
        f"Smart Value discount: {discount}",
        f"36 months with the au lines: {with_lines}",
    ]


def test_the_chart_cell_draws_an_image(executed: Any) -> None:
    """The chart cell shows one PNG image (matplotlib's inline backend)."""
    images = [
        base64.b64decode(output.data["image/png"])
        for output in _cell(executed, "chart").outputs
        if output.output_type == "display_data" and "image/png" in output.data
    ]
    assert len(images) == 1
    assert images[0].startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(images[0][16:20], "big"), int.from_bytes(images[0][20:24], "big")
    assert width > 400
    assert height > 200
