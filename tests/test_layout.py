"""The tree stays readable: imports flow one way between areas, no folder of more than 15
modules, no module of more than 500 lines (docs/architecture.md)."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "telcobiz"
MAX_MODULES_PER_FOLDER = 15
MAX_LINES_PER_MODULE = 500


def test_no_folder_holds_more_than_15_modules():
    modules = Counter(
        path.parent.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name != "__init__.py"
    )
    crowded = {folder: n for folder, n in modules.items() if n > MAX_MODULES_PER_FOLDER}
    assert not crowded, f"split these folders into subpackages: {crowded}"


def test_no_module_is_longer_than_500_lines():
    long = {
        path.relative_to(PACKAGE).as_posix(): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES_PER_MODULE
    }
    assert not long, f"split these modules by concern: {long}"


# What each area may import at module level (docs/architecture.md, "Which way imports go").
ALLOWED = {
    "core": set(),
    "rules": {"core"},
    "scheduling": {"core", "rules"},
    "pricing": {"core", "rules", "scheduling"},
    "policy": {"core", "rules", "scheduling", "pricing"},
    "csvformats": {"core", "rules"},
    "testing": {"core", "rules", "scheduling", "pricing", "policy", "csvformats"},
    "cli": {"core", "rules", "scheduling", "pricing", "policy", "csvformats", "telcobiz"},
    "telcobiz": {"core", "scheduling"},  # the top level re-exports the everyday names
    "__main__": {"cli"},
    "_hypothesis_hook": set(),
}


def _area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "telcobiz"


def _import_graph() -> dict[str, set[str]]:
    # The one parser of imports lives beside the cycle test; load it rather than write it twice.
    path = Path(__file__).with_name("test_import_graph.py")
    spec = importlib.util.spec_from_file_location("telcobiz_import_graph", path)
    assert spec is not None
    assert spec.loader is not None
    graph = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(graph)
    return graph.import_edges(graph._telcobiz_sources(), "telcobiz")


def test_imports_flow_one_way_between_areas():
    wrong = sorted(
        f"{module} -> {target}"
        for module, targets in _import_graph().items()
        for target in targets
        if _area(target) != _area(module) and _area(target) not in ALLOWED[_area(module)]
    )
    assert not wrong, "imports against the direction of the layers:\n" + "\n".join(wrong)


def test_every_area_is_placed_in_a_layer():
    areas = {_area(module) for module in _import_graph()}
    assert areas <= ALLOWED.keys(), f"place these areas in ALLOWED: {areas - ALLOWED.keys()}"
