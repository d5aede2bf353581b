"""The package as users get it: typed, documented, light to import."""

import importlib
import inspect
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import telcobiz

ROOT = Path(__file__).resolve().parents[1]


def test_py_typed_is_shipped():
    assert (Path(telcobiz.__file__).parent / "py.typed").exists()


def test_version_matches_the_changelog_series():
    assert telcobiz.__version__ == "0.1.0"
    assert "## [Unreleased]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def _public_modules():
    for info in pkgutil.walk_packages(telcobiz.__path__, "telcobiz."):
        if info.name == "telcobiz.__main__" or any(
            part.startswith("_") for part in info.name.split(".")[1:]
        ):
            continue
        yield importlib.import_module(info.name)


def _public_objects():
    for module in _public_modules():
        yield module.__name__, module
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if getattr(obj, "__module__", module.__name__) != module.__name__:
                continue  # re-exported: checked where it is defined
            yield f"{module.__name__}.{name}", obj
            if inspect.isclass(obj):
                for attr, member in vars(obj).items():
                    if attr.startswith("_") or not (
                        inspect.isfunction(member)
                        or isinstance(member, property | classmethod | staticmethod)
                    ):
                        continue
                    yield f"{module.__name__}.{name}.{attr}", member


def test_every_public_name_has_a_docstring():
    missing = [
        name
        for name, obj in _public_objects()
        if (
            inspect.ismodule(obj)
            or inspect.isclass(obj)
            or callable(obj)
            or isinstance(obj, property)
        )
        and not inspect.getdoc(obj)
    ]
    assert not missing, f"public names without a docstring: {missing}"


def test_every_public_module_class_and_function_has_an_example():
    without = [
        name
        for name, obj in _public_objects()
        if (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isfunction(obj))
        and ">>>" not in (inspect.getdoc(obj) or "")
    ]
    assert not without, f"public names whose docstring has no >>> example: {without}"


def test_import_is_light():
    # DESIGN principle 7: no numpy, pandas, hypothesis or cattrs at `import telcobiz`.
    heavy = "('numpy', 'pandas', 'hypothesis', 'cattrs')"
    code = f"import sys, telcobiz; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_scheduling_names_load_on_first_use():
    import telcobiz.scheduling as scheduling

    assert scheduling.message_cast.__name__ == "telcobiz.scheduling.message_cast"
    assert scheduling.SOFTBANK_BACKUP_ACCEPTANCE is scheduling.hours.SOFTBANK_BACKUP_ACCEPTANCE
    assert set(scheduling.__all__) <= set(dir(scheduling)) | {
        name for name in scheduling.__all__ if getattr(scheduling, name, None) is not None
    }
    with pytest.raises(AttributeError):
        scheduling.no_such_name  # noqa: B018
