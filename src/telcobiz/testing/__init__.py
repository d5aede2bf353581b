"""Hypothesis strategies for telcobiz values, for your own property tests.

Installed with ``pip install "telcobiz[testing]"``. The strategies are registered for their
types through hypothesis' entry point, so ``st.from_type(Yen)`` works in any suite that has
telcobiz installed, without importing this module.

>>> from hypothesis import strategies as st
>>> from telcobiz import Yen
>>> from hypothesis import find
>>> find(st.from_type(Yen), lambda amount: amount >= Yen(100))
Yen('100.00')
"""

from __future__ import annotations

from hypothesis import strategies as st

from telcobiz.core.money import Yen
from telcobiz.core.yearmonth import YearMonth
from telcobiz.testing.core import business_days, dates, year_months, yens

__all__ = ["business_days", "dates", "register_strategies", "year_months", "yens"]


def register_strategies() -> None:
    """Register telcobiz's strategies with ``st.register_type_strategy`` (idempotent).

    >>> register_strategies()
    """
    st.register_type_strategy(Yen, yens())
    st.register_type_strategy(YearMonth, year_months())


# Importing this module registers too, whichever of hypothesis and telcobiz came first.
register_strategies()
