"""The caller's input to a DMP quote: months and Smart Value lines, checked (DMP-4).

Months come as a :class:`~telcobiz.core.yearmonth.YearMonth` or ``"YYYY-MM"``; the pricer
counts them as month indexes. Smart Value for Business lines (DMP-4) must name a group of
the fleet, on au, with at most one line per device; they are kept in a fixed order, so the
same lines in any order give the same quote.

>>> _to_month("2026-12", "month")
YearMonth(2026, 12)
>>> _index(YearMonth(2026, 12)) - _index(YearMonth(2025, 12))
12
>>> from datetime import date
>>> from telcobiz.core.money import Yen
>>> from telcobiz.pricing import DeviceGroup
>>> fleet = Fleet([DeviceGroup("a", "android", 3, date(2026, 11, 1), carrier="other")])
>>> _checked_smart_value(fleet, [SmartValueLine("a", Yen(1000), "2026-11")])
Traceback (most recent call last):
...
telcobiz.core.errors.InvalidInput: group 'a': Smart Value for Business needs au smart devices, ...
"""

from __future__ import annotations

from collections.abc import Iterable

from telcobiz.core.errors import InvalidInput, UnknownItem
from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing.catalog import Carrier
from telcobiz.pricing.fleet import Fleet, SmartValueLine

__all__: list[str] = []


def _to_month(value: object, field: str) -> YearMonth:
    if isinstance(value, YearMonth):
        return value
    if isinstance(value, str):
        return YearMonth.parse(value)
    raise InvalidInput.for_value(field, value, "a YearMonth or 'YYYY-MM'", code="pricing.bad_month")


def _index(month: YearMonth) -> int:
    return month.year * 12 + month.month - 1


def _checked_smart_value(
    fleet: Fleet, lines: Iterable[SmartValueLine]
) -> tuple[SmartValueLine, ...]:
    if isinstance(lines, SmartValueLine) or not isinstance(lines, Iterable):
        raise InvalidInput.for_value(
            "smart_value", lines, "an iterable of SmartValueLine", code="pricing.bad_smart_value"
        )
    listed = list(lines)
    taken: dict[str, int] = {}
    for line in listed:
        if not isinstance(line, SmartValueLine):
            raise InvalidInput.for_value(
                "smart_value", line, "SmartValueLine values", code="pricing.bad_smart_value"
            )
        try:
            group = fleet.group(line.group)
        except UnknownItem as error:
            raise UnknownItem(
                f"group {line.group!r}: Smart Value lines name a group the fleet does not have;"
                f" expected {error.expected}",
                code=error.code,
                field="group",
                value=line.group,
                expected=error.expected,
            ) from None
        if group.carrier is not Carrier.AU:
            raise InvalidInput(
                f"group {group.name!r}: Smart Value for Business needs au smart devices, and the"
                f" group's carrier is {group.carrier.label_en}; expected a group on au (DMP-4)",
                code="pricing.smart_value_not_au",
                field="group",
                value=group.name,
                expected="a group whose carrier is au",
            )
        taken[group.name] = taken.get(group.name, 0) + line.count
        if taken[group.name] > group.count:
            raise InvalidInput(
                f"group {group.name!r}: {taken[group.name]} Smart Value lines but only"
                f" {group.count} devices; expected at most one Smart Value line per device",
                code="pricing.too_many_smart_value_lines",
                field="count",
                value=taken[group.name],
                expected=f"at most {group.count}",
            )
    return tuple(sorted(listed, key=lambda sv: (sv.group, _index(sv.start), sv.charge, sv.count)))
