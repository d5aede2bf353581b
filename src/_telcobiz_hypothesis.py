"""The hypothesis entry point: ``st.from_type`` answers for telcobiz types, at almost no cost.

hypothesis runs :func:`setup_hook` while it is being imported, in every project that has
telcobiz installed. This module sits beside the ``telcobiz`` package, not in it, because
importing anything inside the package runs ``telcobiz/__init__`` (the core and the
calendar, some 60 ms); it imports nothing of telcobiz itself. It registers a *resolver* (a
function, which hypothesis calls only when ``st.from_type`` meets the type) for the public
types of the telcobiz areas already imported, and asks to be told when the other areas are
imported: a finder on :data:`sys.meta_path` that only looks at the six area names
(``telcobiz.core``, ``.rules``, ``.scheduling``, ``.pricing``, ``.policy``, ``.csvformats``) and
registers an area's types once its package has run. The first ``st.from_type(Quote)``
imports ``telcobiz.testing``, whose strategies draw through the library's own functions;
``import telcobiz.testing`` registers every type too. ``python benchmarks/hypothesis_plugin.py``
measures what the hook costs ``import hypothesis``.

>>> setup_hook()
>>> from hypothesis import find, strategies as st
>>> from telcobiz import Yen
>>> find(st.from_type(Yen), lambda amount: amount > Yen(1))
Yen('1.01')
"""

from __future__ import annotations

import sys
from typing import Any

AREAS = (
    "telcobiz.core",
    "telcobiz.rules",
    "telcobiz.scheduling",
    "telcobiz.pricing",
    "telcobiz.policy",
    "telcobiz.csvformats",
)
"""The packages whose public types are registered, each once it has been imported.

>>> AREAS[0]
'telcobiz.core'
"""

_registered: set[type] = set()


def public_types(module: Any) -> list[type]:
    """The attrs classes and NamedTuple records named in ``module.__all__``.

    >>> import telcobiz.core.money
    >>> public_types(telcobiz.core.money)
    [<class 'telcobiz.core.money.Yen'>]
    """
    found = []
    for name in getattr(module, "__all__", ()):
        value = getattr(module, name, None)
        if not isinstance(value, type) or not value.__module__.startswith("telcobiz."):
            continue
        if hasattr(value, "__attrs_attrs__") or (
            issubclass(value, tuple) and hasattr(value, "_fields")
        ):
            found.append(value)
    return found


def resolve(thing: type) -> Any:
    """The strategy of ``thing``, from ``telcobiz.testing`` (imported on first use).

    >>> from hypothesis import find
    >>> from telcobiz import YearMonth
    >>> find(resolve(YearMonth), lambda month: month.year == 2026)
    YearMonth(2026, 1)
    """
    from telcobiz.testing.registry import strategy_for

    return strategy_for(thing)


def register_area(area: str) -> None:
    """Register :func:`resolve` for the public types of every loaded module of ``area``.

    >>> register_area("telcobiz.core")
    """
    from hypothesis import strategies as st

    prefix = area + "."
    for name, module in list(sys.modules.items()):
        if module is None or (name != area and not name.startswith(prefix)):
            continue
        for cls in public_types(module):
            if cls not in _registered:
                st.register_type_strategy(cls, resolve)
                _registered.add(cls)


class _RegisteringLoader:
    """Runs an area package with its own loader, then registers the area's types."""

    def __init__(self, loader: Any, area: str) -> None:
        self._loader = loader
        self._area = area

    def create_module(self, spec: Any) -> Any:
        return self._loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self._loader.exec_module(module)
        register_area(self._area)

    def __getattr__(self, name: str) -> Any:  # resources, get_source, …: the real loader's
        return getattr(self._loader, name)


class AreaFinder:
    """A :data:`sys.meta_path` finder that wraps the loaders of the areas not yet imported.

    It finds nothing itself: it asks the finders after it, so telcobiz loads as it always
    does, and removes itself once every area has been seen.

    >>> AreaFinder(set()).find_spec("json", None) is None
    True
    """

    def __init__(self, pending: set[str]) -> None:
        self.pending = pending

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        """The spec the other finders give, with its loader wrapped for a pending area."""
        if name not in self.pending:
            return None
        self.pending.discard(name)
        if not self.pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = None if finder is self or find is None else find(name, path, target)
            if spec is not None:
                if hasattr(spec.loader, "exec_module"):
                    spec.loader = _RegisteringLoader(spec.loader, name)
                return spec
        return None


def setup_hook() -> None:
    """Register the loaded areas' types now and the other areas' when they are imported."""
    pending = set()
    for area in AREAS:
        if area in sys.modules:
            register_area(area)
        else:
            pending.add(area)
    installed = any(isinstance(finder, AreaFinder) for finder in sys.meta_path)
    if pending and not installed:
        sys.meta_path.insert(0, AreaFinder(pending))
