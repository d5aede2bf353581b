"""Monthly bills of a KDDI デバイスマネジメントパック fleet (DMP-1..DMP-4, TAX-1, TAX-2).

:func:`quote` prices one billing month of a :class:`~telcobiz.pricing.fleet.Fleet`;
:func:`project` prices a run of months (36 in a notebook is the typical case). Both work per
device group, never per device, so a million devices in ten groups cost ten groups of work.

How a month is billed (DMP-1..DMP-4 and the billing Decisions of DMP-1, `telcobiz rules DMP-1`):

1. Each group started on or before the billing month pays, per device, the basic service by
   its phase (month 1, the start month, is free; 467 yen from month 2), the initial fee
   (0 yen, in the start month) and 200 yen per option taken, in full from the start month.
   Fees are monthly and never prorated; a group that starts after the month is not billed.
2. **Basic Pack** (DMP-3): the basic fee becomes 191 yen for at most ``basic_pack_ids``
   devices, and only devices that pay the basic fee that month use an ID. Every such
   device pays the same 467 yen, so which devices take the IDs cannot change the total: the
   reduction (467 - 191 = 276 yen per device, read from the price list) is one fleet-wide
   line, ``min(basic_pack_ids, paying devices)`` devices. (Were there several paying prices,
   the IDs would go to the largest reductions first: still one deterministic answer.)
3. **Smart Value for Business** (DMP-4): for each
   :class:`~telcobiz.pricing.fleet.SmartValueLine` of a group in service, the au line's own
   charge is shown, then a discount of ``min(rate, charge)`` per line, 1,410 yen in months
   1-24 of the discount and 934 yen from month 25; no discount before its start month, and
   never below zero.
4. Discounts come before tax. All lines are taxable at the standard rate in force on the
   billing month's first day (2019-09: 8%, 2019-10: 10%); the tax is computed once on the
   taxable total of each rate and floored (TAX-2). Sen are kept until the totals.

The prices in force on the billing month's first day come from
:data:`~telcobiz.pricing.tables.DMP_PRICE_LISTS`. Lines are ordered by group name, so the
same fleet and month give the same quote whatever the order of its groups.

The package's modules split the work by concern, and this module re-exports their public
names:

- :mod:`~telcobiz.pricing.device_management.pricer`: :func:`quote`, the per-group pricing
  of one month (DMP-1..DMP-4, TAX-1, TAX-2);
- :mod:`~telcobiz.pricing.device_management.projection`: :func:`project`, a run of months;
- :mod:`~telcobiz.pricing.device_management.lines`: :class:`QuoteLine` and :class:`LineKind`;
- :mod:`~telcobiz.pricing.device_management.results`: :class:`Quote` and :class:`Projection`,
  with their rows;
- :mod:`~telcobiz.pricing.device_management.text`: the Japanese and English explanations;
- :mod:`~telcobiz.pricing.device_management.inputs`: the checks of months and Smart Value
  lines (DMP-4).

>>> from datetime import date
>>> from telcobiz.core.yearmonth import YearMonth
>>> from telcobiz.pricing.fleet import DeviceGroup, Fleet
>>> fleet = Fleet([
...     DeviceGroup("android", "android", 80, date(2026, 11, 5), options=["backup", "message"]),
...     DeviceGroup("ios", "ios", 40, date(2026, 11, 5), options=["message"]),
... ])
>>> december = quote(fleet, YearMonth(2026, 12), basic_pack_ids=50)
>>> str(december)
'2026-12: 90,464円 (82,240円 + consumption tax 8,224円 at 10%) for 120 devices'
>>> str(quote(fleet, YearMonth(2026, 11), basic_pack_ids=50).total)
'44,000円'
"""

from telcobiz.pricing.device_management.lines import LineKind, QuoteLine
from telcobiz.pricing.device_management.pricer import quote
from telcobiz.pricing.device_management.projection import project
from telcobiz.pricing.device_management.results import Projection, Quote
from telcobiz.pricing.device_management.text import Lang

__all__ = [
    "Lang",
    "LineKind",
    "Projection",
    "Quote",
    "QuoteLine",
    "project",
    "quote",
]
