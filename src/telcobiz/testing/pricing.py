"""Hypothesis strategies for デバイスマネジメントパック fleets (DMP-1..DMP-4).

Every value drawn is valid: options only on an OS that supports them and never on more
devices than the group has; group names unique within a fleet; Smart Value lines only on au
groups and at most one per device; start dates inside the price list's validity.

>>> from hypothesis import given
>>> from telcobiz.pricing import quote
>>> @given(fleets(max_groups=3), billing_months())
... def test_total_is_never_negative(fleet, month):
...     assert quote(fleet, month).total >= Yen(0)
>>> test_total_is_never_negative()
"""

from __future__ import annotations

from datetime import date

from hypothesis import reject
from hypothesis import strategies as st

from telcobiz.core.errors import TelcobizError
from telcobiz.core.money import Rounding, Yen
from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing.catalog import Carrier, DeviceOS, DmpOption
from telcobiz.pricing.device_management.lines import QuoteLine
from telcobiz.pricing.device_management.pricer import quote
from telcobiz.pricing.device_management.projection import project
from telcobiz.pricing.device_management.results import Projection, Quote
from telcobiz.pricing.fleet import DeviceGroup, Fleet, OptionCount, SmartValueLine
from telcobiz.pricing.price import PhasedPrice, Price, PricePhase
from telcobiz.pricing.tables import PRICES_EFFECTIVE_FROM, DmpPriceList, dmp_price_list
from telcobiz.testing.core import dates, parts, returned, year_months
from telcobiz.testing.tables import table_rows

__all__ = [
    "billing_months",
    "device_groups",
    "fleets",
    "option_counts",
    "phased_prices",
    "price_lists",
    "price_phases",
    "prices",
    "projections",
    "quote_lines",
    "quotes",
    "smart_value_lines",
]

_FIRST_MONTH = YearMonth.of(PRICES_EFFECTIVE_FROM)
_LAST_DAY = date(2099, 12, 31)
_NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-営業部", min_size=1, max_size=8)


def billing_months(
    *, min_value: YearMonth = _FIRST_MONTH, max_value: YearMonth = YearMonth(2099, 12)
) -> st.SearchStrategy[YearMonth]:
    """Billing months the price list covers (from 2014-04 by default).

    >>> from hypothesis import find
    >>> find(billing_months(), lambda month: True)
    YearMonth(2014, 4)
    """
    return year_months(min_value=max(min_value, _FIRST_MONTH), max_value=max_value)


@st.composite
def _options(draw: st.DrawFn, os: DeviceOS, count: int) -> tuple[OptionCount, ...]:
    offered = [option for option in DmpOption if option.supports(os)]
    chosen = draw(st.lists(st.sampled_from(offered), unique=True, max_size=len(offered)))
    return tuple(OptionCount(option, draw(st.none() | st.integers(0, count))) for option in chosen)


@st.composite
def _device_group(
    draw: st.DrawFn,
    name: st.SearchStrategy[str],
    min_count: int,
    max_count: int,
    min_start: date,
    max_start: date,
) -> DeviceGroup:
    os = draw(st.sampled_from(DeviceOS))
    count = draw(st.integers(min_count, max_count))
    return DeviceGroup(
        draw(name),
        os,
        count,
        draw(st.dates(min_value=min_start, max_value=max_start)),
        draw(st.sampled_from(Carrier)),
        draw(_options(os, count)),
    )


def device_groups(
    *,
    name: st.SearchStrategy[str] = _NAMES,
    min_count: int = 0,
    max_count: int = 500,
    min_start: date = PRICES_EFFECTIVE_FROM,
    max_start: date = _LAST_DAY,
) -> st.SearchStrategy[DeviceGroup]:
    """Valid device groups: any OS and carrier, options the OS supports on up to every device.

    >>> from hypothesis import given
    >>> @given(device_groups(max_count=5))
    ... def test_options_fit(group):
    ...     assert all(group.option_count(o.option) <= group.count for o in group.options)
    >>> test_options_fit()
    """
    return _device_group(
        name, min_count, max_count, max(min_start, PRICES_EFFECTIVE_FROM), max_start
    )


def fleets(
    *,
    min_groups: int = 0,
    max_groups: int = 6,
    max_count: int = 500,
    min_start: date = PRICES_EFFECTIVE_FROM,
    max_start: date = _LAST_DAY,
) -> st.SearchStrategy[Fleet]:
    """Fleets of ``min_groups`` to ``max_groups`` groups with distinct names.

    >>> from hypothesis import given
    >>> @given(fleets(min_groups=1, max_groups=3))
    ... def test_names_unique(fleet):
    ...     assert len({group.name for group in fleet}) == len(fleet)
    >>> test_names_unique()
    """
    groups = device_groups(max_count=max_count, min_start=min_start, max_start=max_start)
    return st.lists(
        groups, min_size=min_groups, max_size=max_groups, unique_by=lambda group: group.name
    ).map(Fleet)


@st.composite
def _smart_value_lines(
    draw: st.DrawFn, fleet: Fleet, max_charge: Yen
) -> tuple[SmartValueLine, ...]:
    lines = []
    for group in fleet:
        left = group.count if group.carrier is Carrier.AU else 0
        while left and draw(st.booleans()):
            count = draw(st.integers(1, left))
            left -= count
            charge = draw(st.decimals(0, max_charge.amount, places=2))
            start = draw(year_months(min_value=_FIRST_MONTH, max_value=YearMonth(2099, 12)))
            lines.append(SmartValueLine(group.name, Yen(charge), start, count))
    return tuple(lines)


def smart_value_lines(
    fleet: Fleet, *, max_charge: Yen = Yen(10_000)
) -> st.SearchStrategy[tuple[SmartValueLine, ...]]:
    """Smart Value lines for the au groups of ``fleet``: at most one per device.

    >>> from hypothesis import given
    >>> from telcobiz.pricing import DeviceGroup
    >>> fleet = Fleet([DeviceGroup("field", "android", 3, date(2026, 11, 5))])
    >>> @given(smart_value_lines(fleet))
    ... def test_at_most_one_per_device(lines):
    ...     assert sum(line.count for line in lines) <= 3
    >>> test_at_most_one_per_device()
    """
    return _smart_value_lines(fleet, max_charge)


def option_counts() -> st.SearchStrategy[OptionCount]:
    """An option of a drawn device group, with the number of devices that take it.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(option_counts())
    ... def test_draws(value):
    ...     assert isinstance(value, OptionCount)
    >>> test_draws()
    """
    return parts(device_groups(min_count=1, max_count=50), lambda group: group.options)


@st.composite
def _quote(
    draw: st.DrawFn, max_groups: int, max_count: int, months: st.SearchStrategy[YearMonth]
) -> Quote:
    fleet = draw(fleets(max_groups=max_groups, max_count=max_count))
    try:
        return quote(
            fleet,
            draw(months),
            basic_pack_ids=draw(st.integers(0, max_count * max_groups)),
            smart_value=draw(smart_value_lines(fleet)),
            rounding=draw(st.sampled_from(Rounding)),
        )
    except TelcobizError:
        reject()


def quotes(
    *,
    max_groups: int = 4,
    max_count: int = 200,
    months: st.SearchStrategy[YearMonth] | None = None,
) -> st.SearchStrategy[Quote]:
    """Quotes of drawn fleets for drawn months, with Basic Pack IDs and Smart Value lines.

    Drawn through :func:`~telcobiz.pricing.quote`, so every quote is one the library gives.

    >>> from hypothesis import given
    >>> @given(quotes())
    ... def test_total_is_subtotal_plus_tax(bill):
    ...     assert bill.total == bill.subtotal + bill.tax
    ...     assert Yen.sum(line.amount for line in bill.lines) == bill.subtotal
    >>> test_total_is_subtotal_plus_tax()
    """
    return _quote(max_groups, max_count, billing_months() if months is None else months)


def quote_lines() -> st.SearchStrategy[QuoteLine]:
    """One line of a drawn quote.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(quote_lines())
    ... def test_draws(value):
    ...     assert isinstance(value, QuoteLine)
    >>> test_draws()
    """
    return parts(quotes(max_groups=2), lambda bill: bill.lines)


@st.composite
def _projection(draw: st.DrawFn, max_months: int) -> Projection:
    fleet = draw(fleets(max_groups=3, max_count=100))
    start = draw(billing_months(max_value=YearMonth(2090, 1)))
    try:
        return project(
            fleet,
            start,
            draw(st.integers(1, max_months)),
            basic_pack_ids=draw(st.integers(0, 300)),
            smart_value=draw(smart_value_lines(fleet)),
        )
    except TelcobizError:
        reject()


def projections(*, max_months: int = 24) -> st.SearchStrategy[Projection]:
    """Runs of monthly quotes of drawn fleets, from :func:`~telcobiz.pricing.project`.

    >>> from hypothesis import given
    >>> @given(projections(max_months=6))
    ... def test_total_is_the_sum(run):
    ...     assert run.total == Yen.sum(month.total for month in run)
    >>> test_total_is_the_sum()
    """
    return _projection(max_months)


def price_lists() -> st.SearchStrategy[DmpPriceList]:
    """The price list in force on a drawn day, from :func:`~telcobiz.pricing.dmp_price_list`.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(price_lists())
    ... def test_draws(value):
    ...     assert isinstance(value, DmpPriceList)
    >>> test_draws()
    """
    return returned(dmp_price_list, dates(min_value=PRICES_EFFECTIVE_FROM))


def phased_prices() -> st.SearchStrategy[PhasedPrice]:
    """The phased prices of the price lists (the basic service, Smart Value).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(phased_prices())
    ... def test_draws(value):
    ...     assert isinstance(value, PhasedPrice)
    >>> test_draws()
    """
    return table_rows(PhasedPrice)


def price_phases() -> st.SearchStrategy[PricePhase]:
    """One phase of a phased price.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(price_phases())
    ... def test_draws(value):
    ...     assert isinstance(value, PricePhase)
    >>> test_draws()
    """
    return parts(phased_prices(), lambda price: price.phases)


def prices() -> st.SearchStrategy[Price]:
    """The single prices of the price lists (options, the Basic Pack, the initial fee).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(prices())
    ... def test_draws(value):
    ...     assert isinstance(value, Price)
    >>> test_draws()
    """
    return table_rows(Price)
