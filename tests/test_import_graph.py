"""No import circles between telcobiz's modules.

The graph has an edge A -> B when module A imports module B at module level: an ``import``
or ``from ... import`` that runs when A is imported. Imports inside functions run later and
imports under ``if TYPE_CHECKING:`` never run, so neither is an edge. Importing a package is
importing its ``__init__``; ``from telcobiz.x import y`` is an edge to ``telcobiz.x.y`` when
that is a module, else to ``telcobiz.x``. A package's ``__init__`` importing its own
submodules is normal; a submodule importing its own package's ``__init__`` closes a circle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _runtime_imports(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements that run when the module runs (not in functions or TYPE_CHECKING)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue  # runs when called, not when imported
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _runtime_imports(node.orelse)  # the TYPE_CHECKING branch never runs
        else:
            for block in _blocks(node):
                yield from _runtime_imports(block)


def _blocks(node: ast.stmt) -> Iterator[list[ast.stmt]]:
    """The statement blocks of ``node`` that run with it: class bodies, if/try/with/loops/match."""
    for field in ("body", "orelse", "finalbody"):
        yield getattr(node, field, [])
    for part in [*getattr(node, "handlers", []), *getattr(node, "cases", [])]:
        yield part.body


def _base(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    package = module if is_package else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def import_edges(sources: Mapping[str, tuple[str, bool]], prefix: str) -> dict[str, set[str]]:
    """Module -> the modules under ``prefix`` it imports at module level.

    ``sources`` maps each module name to its source text and whether it is a package.
    """
    known = set(sources)
    graph: dict[str, set[str]] = {name: set() for name in sources}
    for module, (text, is_package) in sources.items():
        for node in _runtime_imports(ast.parse(text).body):
            if isinstance(node, ast.Import):
                targets = {alias.name for alias in node.names}
            else:
                base = _base(module, is_package, node)
                targets = {
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                    for alias in node.names
                }
            graph[module].update(
                t for t in targets if t in known and (t == prefix or t.startswith(prefix + "."))
            )
    return graph


def find_cycle(graph: Mapping[str, set[str]]) -> list[str] | None:
    """Return one cycle as a path whose first and last module are the same, or ``None``."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str] | None:
        path.append(node)
        on_path.add(node)
        for target in sorted(graph.get(node, ())):
            if target in on_path:
                return [*path[path.index(target) :], target]
            if target not in done and (cycle := visit(target)):
                return cycle
        on_path.discard(path.pop())
        done.add(node)
        return None

    for start in sorted(graph):
        if start not in done and (cycle := visit(start)):
            return cycle
    return None


def _telcobiz_sources() -> dict[str, tuple[str, bool]]:
    return {
        _module_name(path, SRC): (path.read_text(encoding="utf-8"), path.name == "__init__.py")
        for path in sorted((SRC / "telcobiz").rglob("*.py"))
    }


def test_telcobiz_has_no_import_cycle():
    graph = import_edges(_telcobiz_sources(), "telcobiz")
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or ())


def test_the_graph_sees_real_imports():
    graph = import_edges(_telcobiz_sources(), "telcobiz")
    assert "telcobiz.policy.report" in graph["telcobiz.policy"]
    assert "telcobiz.core.citation" in graph["telcobiz.policy.report"]


SAMPLE = {
    "pkg": ("from pkg import a\n", True),
    "pkg.a": (
        "from typing import TYPE_CHECKING\n"
        "from pkg.b import thing\n"
        "if TYPE_CHECKING:\n"
        "    from pkg import c\n"
        "def later():\n"
        "    import pkg.c\n",
        False,
    ),
    "pkg.b": ("from . import c\n", False),
    "pkg.c": ("import os\nclass C:\n    from pkg import d\n", False),
    "pkg.d": ("from pkg import thing\n", False),
}


def test_edges_resolve_modules_packages_and_relative_imports():
    graph = import_edges(SAMPLE, "pkg")
    assert graph == {
        "pkg": {"pkg.a"},
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg.c"},
        "pkg.c": {"pkg.d"},
        "pkg.d": {"pkg"},
    }


def test_a_submodule_importing_its_package_is_reported_as_a_cycle():
    assert find_cycle(import_edges(SAMPLE, "pkg")) == [
        "pkg",
        "pkg.a",
        "pkg.b",
        "pkg.c",
        "pkg.d",
        "pkg",
    ]
    assert find_cycle({"x": {"y"}, "y": set()}) is None
