"""The API reference has one page per package and names every public module on it.

A module that moves or a package that is added without its page fails here, before the docs
build would silently leave it out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "telcobiz"
REFERENCE = ROOT / "docs" / "reference"
DIRECTIVE = re.compile(r"^::: (\S+)$", re.MULTILINE)


def _packages() -> list[Path]:
    return sorted(init.parent for init in PACKAGE.rglob("__init__.py"))


def _name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _page(package: Path) -> Path:
    parts = package.relative_to(PACKAGE).parts
    return REFERENCE / ("/".join(parts) + ".md" if parts else "index.md")


@pytest.mark.parametrize("package", _packages(), ids=_name)
def test_each_package_has_its_page_naming_each_public_module(package):
    page = _page(package)
    assert page.is_file(), f"{_name(package)} has no reference page {page.relative_to(ROOT)}"
    shown = set(DIRECTIVE.findall(page.read_text(encoding="utf-8")))
    expected = {_name(package)}
    if package.name != "cli":  # the command modules are the CLI's own business
        expected |= {
            _name(module)
            for module in package.glob("*.py")
            if module.name != "__init__.py" and not module.name.startswith("_")
        }
    assert expected <= shown, f"missing on {page.name}: {sorted(expected - shown)}"


def test_every_page_is_in_the_nav_and_names_only_real_modules():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    modules = {_name(path) for path in PACKAGE.rglob("*.py")} | {
        _name(package) for package in _packages()
    }
    modules = {name.removesuffix(".__init__") for name in modules}
    for page in REFERENCE.rglob("*.md"):
        assert f"reference/{page.relative_to(REFERENCE).as_posix()}" in nav
        for target in DIRECTIVE.findall(page.read_text(encoding="utf-8")):
            assert target in modules, f"{page.name} documents {target}, which does not exist"
