"""The catalogue and the code agree: every ID the code cites is catalogued, every catalogued
rule is applied by code and exercised by a test, and nothing shipped names RULES.md."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

from telcobiz.rules import RULES, ids

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "telcobiz"
CATALOGUE = SRC / "rules"
TESTS = ROOT / "tests"
# The catalogue's own tests name every ID; they cannot show that a rule is tested elsewhere.
OWN_TESTS = {TESTS / "rules", TESTS / "cli" / "test_rules_cli.py"}

# An ID as the code writes it: a prefix, a dash, then digits (or a word, as in "DMP-billing").
ID_LIKE = re.compile(r"(?<![A-Za-z0-9])(CAL|TAX|MC|DMP|BOS|INS|SB|CAC|DBO)-([0-9]+|[a-z]+)\b")
CATALOGUE_IDS = frozenset(ids())


@cache
def _sources(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


@cache
def _code_strings(path: Path) -> frozenset[str]:
    # String constants of the code, docstrings left out: what results and citations carry.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return frozenset(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    )


@cache
def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _citation_rules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, keyword.value.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg == "rule"
        and isinstance(keyword.value, ast.Constant)
        and isinstance(keyword.value.value, str)
    ]


def test_the_catalogue_holds_the_51_rules_in_order():
    expected = (
        [f"CAL-{n}" for n in range(1, 6)]
        + ["TAX-1", "TAX-2"]
        + [f"MC-{n}" for n in range(1, 11)]
        + [f"DMP-{n}" for n in range(1, 10)]
        + ["BOS-1", "BOS-2"]
        + [f"INS-{n}" for n in range(1, 4)]
        + [f"SB-{n}" for n in range(1, 7)]
        + [f"CAC-{n}" for n in range(1, 7)]
        + [f"DBO-{n}" for n in range(1, 9)]
    )
    assert list(ids()) == expected
    assert len(RULES) == 51


def test_every_rule_id_written_in_src_is_in_the_catalogue():
    unknown = {
        f"{path.relative_to(ROOT)}: {match.group()}"
        for path in _sources(SRC)
        for match in ID_LIKE.finditer(path.read_text(encoding="utf-8"))
        if match.group() not in CATALOGUE_IDS
    }
    assert not unknown, f"IDs the catalogue does not know: {sorted(unknown)}"


def test_every_citation_names_a_catalogue_rule():
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: rule={rule!r}"
        for path in _sources(SRC)
        for line, rule in _citation_rules(path)
        if rule not in CATALOGUE_IDS
    ]
    assert not wrong


@pytest.mark.parametrize("rule_id", ids())
def test_every_rule_is_cited_by_code_outside_the_catalogue(rule_id):
    # A Citation(..., rule="X"), a result's rules tuple or a constant holding the ID.
    citing = [
        path
        for path in _sources(SRC)
        if CATALOGUE not in path.parents and rule_id in _code_strings(path)
    ]
    assert citing, f"{rule_id} is catalogued but no code outside rules/ cites it"


@pytest.mark.parametrize("rule_id", ids())
def test_every_rule_is_named_by_a_test_of_its_implementation(rule_id):
    pattern = re.compile(rf"(?<![A-Za-z0-9-]){re.escape(rule_id)}(?![0-9])")
    naming = [
        path
        for path in _sources(TESTS)
        if not any(own == path or own in path.parents for own in OWN_TESTS)
        and pattern.search(_text(path))
    ]
    assert naming, f"no test outside the catalogue's own names {rule_id}"


def test_nothing_shipped_names_the_internal_rulebook_file():
    shipped = [*SRC.rglob("*.py"), *(ROOT / "docs").rglob("*.md"), ROOT / "README.md"]
    shipped += [*(ROOT / "docs").rglob("*.py")]
    naming = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in shipped
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "RULES" + ".md" in line
    ]
    assert not naming, f"name the catalogue (`telcobiz rules ID`) instead: {naming}"
