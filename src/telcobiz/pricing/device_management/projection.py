"""The bills of a run of billing months: one quote per month, and their sum (DMP-1..DMP-4).

:func:`project` prices ``months`` consecutive months with one pricer, so a group's lines are
built once per price phase and reused from month to month (DMP-1's start month, the basic
service from month 2, DMP-4's discount phases); each month keeps its own tax rate and
rounding (TAX-1, TAX-2). The result is a
:class:`~telcobiz.pricing.device_management.results.Projection`.

>>> from datetime import date
>>> run = project([DeviceGroup("a", "ios", 10, date(2026, 11, 5))], "2026-11", 36)
>>> len(run), str(run.end), str(run.total)
(36, '2029-10', '179,795円')
"""

from __future__ import annotations

from collections.abc import Iterable

from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Rounding, Yen
from telcobiz.core.table import EffectiveTable
from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing.device_management.inputs import _to_month
from telcobiz.pricing.device_management.pricer import _Pricer, _sorted_citations, _sorted_rules
from telcobiz.pricing.device_management.results import Projection
from telcobiz.pricing.fleet import DeviceGroup, Fleet, SmartValueLine
from telcobiz.pricing.tables import DMP_PRICE_LISTS, DmpPriceList

__all__ = ["project"]


def project(
    fleet: Fleet | Iterable[DeviceGroup],
    start_month: YearMonth | str,
    months: int,
    *,
    basic_pack_ids: int = 0,
    smart_value: Iterable[SmartValueLine] = (),
    rounding: Rounding = Rounding.FLOOR,
    price_lists: EffectiveTable[DmpPriceList] = DMP_PRICE_LISTS,
) -> Projection:
    """One :func:`~telcobiz.pricing.device_management.pricer.quote` per month, ``months`` of them.

    The months run from ``start_month``. Options are those of
    :func:`~telcobiz.pricing.device_management.pricer.quote`. A group's lines are built once
    per price phase and reused from month to month, so 36 months cost little more than a few
    quotes.

    >>> from datetime import date
    >>> fleet = [DeviceGroup("a", "android", 100, date(2019, 8, 20))]
    >>> [(str(q.month), str(q.tax)) for q in project(fleet, "2019-08", 3)]
    [('2019-08', '0円'), ('2019-09', '3,736円'), ('2019-10', '4,670円')]
    """
    first = _to_month(start_month, "start_month")
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise InvalidInput.for_value(
            "months", months, "a whole number >= 1", code="pricing.bad_months"
        )
    pricer = _Pricer(fleet, basic_pack_ids, smart_value, rounding, price_lists)
    quotes = tuple(pricer.quote(first.shift(offset)) for offset in range(months))
    return Projection(
        total=Yen.sum(month.total for month in quotes),
        start=first,
        quotes=quotes,
        rules=_sorted_rules(rule for month in quotes for rule in month.rules),
        citations=_sorted_citations(c for month in quotes for c in month.citations),
    )
