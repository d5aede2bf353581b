"""The areas of the command line load lazily (issue 17): ``telcobiz quote`` imports no policy."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

from telcobiz.cli import AREAS, build_parser, main

_LOADED = """
import json, sys
from telcobiz.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def modules_after(*argv):
    result = subprocess.run(
        [sys.executable, "-c", _LOADED, *argv], capture_output=True, text=True, check=False
    )
    report = json.loads(result.stderr.splitlines()[-1])
    return report["code"], set(report["modules"])


def test_quote_loads_neither_policy_nor_csvformats_nor_cattrs():
    code, modules = modules_after("quote", "--ios", "40", "--start", "2026-11-05")
    assert code == 0
    assert "telcobiz.cli.quote" in modules
    loaded = {m for m in modules if m.startswith(("telcobiz.policy", "telcobiz.csvformats"))}
    assert loaded == set()
    assert "cattrs" not in modules
    others = {area.module for area in AREAS} - {"telcobiz.cli.quote"}
    assert modules.isdisjoint(others)


def test_quote_json_loads_the_converter_only_then():
    code, modules = modules_after("quote", "--ios", "40", "--start", "2026-11-05", "--json")
    assert code == 0
    assert "cattrs" in modules
    assert not any(m.startswith("telcobiz.policy") for m in modules)


def test_top_level_help_imports_no_area():
    code, modules = modules_after("--help")
    assert code == 0
    assert modules.isdisjoint({area.module for area in AREAS})


def test_the_lazy_help_is_the_full_parsers_help(capsys):
    # The registry's one-line help and each module's own parser must say the same.
    assert main(["--help"]) == 0
    assert capsys.readouterr().out == build_parser().format_help()


def test_every_area_is_registered_by_its_module():
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices
    assert list(choices) == [area.name for area in AREAS]
    for area in AREAS:
        assert hasattr(importlib.import_module(area.module), "register")


@pytest.mark.parametrize("area", [area.name for area in AREAS])
def test_each_area_has_its_own_help(capsys, area):
    assert main([area, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: telcobiz {area} ")


def test_an_unknown_area_lists_the_choices(capsys):
    assert main(["qoute"]) == 2
    names = ", ".join(f"'{area.name}'" for area in AREAS)
    assert capsys.readouterr().err == (
        f"telcobiz: error: argument AREA: invalid choice: 'qoute' (choose from {names})"
        " (see telcobiz --help)\n"
    )
