"""A デバイスマネジメントパック fleet described by groups of devices (DMP-1, DMP-2, DMP-4).

A :class:`DeviceGroup` is a number of devices that share an OS, a carrier and a service
start date, with the options some or all of them take. A :class:`Fleet` is a set of groups
with distinct names, kept in name order, so the same groups in any order make the same fleet.
Every error about a group names it.

:class:`SmartValueLine` describes au smart-device lines of a group that take Smart Value for
Business (DMP-4): their own monthly charge (telcobiz knows no au plan prices) and the month
the discount starts.

>>> from datetime import date
>>> fleet = Fleet([
...     DeviceGroup("sales", DeviceOS.IOS, 40, date(2026, 11, 5), options=["message"]),
...     DeviceGroup("field", "android", 80, date(2026, 11, 5),
...                 options={DmpOption.BACKUP: 30, DmpOption.MESSAGE_NOTIFICATION: None}),
... ])
>>> [group.name for group in fleet], fleet.devices, fleet.group("field").option_count("backup")
(['field', 'sales'], 120, 30)
>>> DeviceGroup("sales", DeviceOS.IOS, 40, date(2026, 11, 5), options=["backup"])
Traceback (most recent call last):
...
telcobiz.core.errors.InvalidInput: group 'sales': option バックアップ (backup) is not offered \
for iOS; expected an option whose 対象 OS includes iOS: メッセージ通知 (message_notification)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from itertools import pairwise
from typing import Any, TypeAlias

import attrs

from telcobiz.core.errors import InvalidInput, TelcobizError, UnknownItem
from telcobiz.core.money import Yen
from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing.catalog import Carrier, DeviceOS, DmpOption

__all__ = ["DeviceGroup", "Fleet", "OptionCount", "OptionsInput", "SmartValueLine"]

_OPTION_ORDER = {option: index for index, option in enumerate(DmpOption)}


def _is_count(value: object, *, minimum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def _in_group(name: str, error: TelcobizError) -> TelcobizError:
    """Return the same error, with a message that names the group."""
    return type(error)(
        f"group {name!r}: {error.message}",
        code=error.code,
        field=error.field,
        value=error.value,
        expected=error.expected,
    )


def _group_error(
    name: str, field: str, value: object, expected: str, *, code: str, problem: str | None = None
) -> InvalidInput:
    said = problem or f"{field}: got {value!r}"
    return InvalidInput(
        f"group {name!r}: {said}; expected {expected}",
        code=code,
        field=field,
        value=value,
        expected=expected,
    )


def _to_option(value: DmpOption | str) -> DmpOption:
    return value if isinstance(value, DmpOption) else DmpOption.parse(value)


def _check_option_count(instance: OptionCount, attribute: object, value: int | None) -> None:
    if value is not None and not _is_count(value, minimum=0):
        raise InvalidInput.for_value(
            "count",
            value,
            "a whole number of devices >= 0, or None for every device",
            code="pricing.bad_count",
        )


@attrs.frozen
class OptionCount:
    """An option and how many devices of its group take it (``None``: every device).

    >>> OptionCount("backup", 30)
    OptionCount(option=<DmpOption.BACKUP: 'backup'>, count=30)
    """

    option: DmpOption = attrs.field(converter=_to_option)
    count: int | None = attrs.field(default=None, validator=_check_option_count)


OptionsInput: TypeAlias = (
    Iterable[DmpOption | str | OptionCount] | Mapping[DmpOption | str, int | None]
)
"""What :class:`DeviceGroup` accepts as ``options``: options taken by every device, or a
mapping from option to the number of devices that take it (``None``: every device)."""


def _option_counts(options: object) -> list[OptionCount]:
    items: Iterable[Any]
    if isinstance(options, Mapping):
        items = [OptionCount(option, count) for option, count in options.items()]
    elif isinstance(options, str | DmpOption | OptionCount):
        items = [options]
    elif isinstance(options, Iterable):
        items = options
    else:
        raise InvalidInput.for_value(
            "options",
            options,
            "an iterable of options or a mapping option -> count",
            code="pricing.bad_options",
        )
    return [item if isinstance(item, OptionCount) else OptionCount(item) for item in items]


@attrs.frozen(init=False)
class DeviceGroup:
    """Devices that share OS, carrier, service start date and options (DMP-1, DMP-2).

    Args:
        name: a name unique within the fleet; every error about the group names it.
        os: :class:`DeviceOS` (or ``"ios"``/``"android"``).
        count: the number of devices with the basic service (0 or more).
        start: the service start date; its month is the free start month (DMP-1).
        carrier: :class:`Carrier` of the devices' lines (au by default).
        options: the options, each taken by every device, or a mapping option -> number of
            devices taking it (``None``: every device). An option needs the basic service
            (DMP-2): more devices with an option than devices in the group is an error, and
            so is an option on an OS that does not support it.

    >>> from datetime import date
    >>> group = DeviceGroup("ops", "android", 10, date(2026, 4, 1), options=["virus", "backup"])
    >>> [(o.option.value, group.option_count(o.option)) for o in group.options]
    [('backup', 10), ('virus_protection', 10)]
    >>> DeviceGroup("ops", "android", 10, date(2026, 4, 1), options={"backup": 11})
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: group 'ops': 11 devices take バックアップ (backup) but \
only 10 have the basic service; expected at most 10 devices per option (an option needs the \
basic service, DMP-2)
    """

    name: str
    os: DeviceOS
    count: int
    start: date
    carrier: Carrier = Carrier.AU
    options: tuple[OptionCount, ...] = ()

    def __init__(
        self,
        name: str,
        os: DeviceOS | str,
        count: int,
        start: date,
        carrier: Carrier | str = Carrier.AU,
        options: OptionsInput = (),
    ) -> None:
        if not isinstance(name, str) or not name.strip():
            raise InvalidInput.for_value(
                "name", name, "a non-empty group name", code="pricing.bad_group_name"
            )
        try:
            os_ = os if isinstance(os, DeviceOS) else DeviceOS.parse(os)
            carrier_ = carrier if isinstance(carrier, Carrier) else Carrier.parse(carrier)
            counts = _option_counts(options)
        except TelcobizError as error:
            raise _in_group(name, error) from None
        if not _is_count(count, minimum=0):
            raise _group_error(
                name, "count", count, "a whole number of devices >= 0", code="pricing.bad_count"
            )
        if not isinstance(start, date) or isinstance(start, datetime):
            raise _group_error(
                name,
                "start",
                start,
                "the service start date as a datetime.date",
                code="pricing.bad_start",
            )
        self.__attrs_init__(
            name, os_, count, start, carrier_, tuple(_checked(name, os_, count, counts))
        )

    @property
    def start_month(self) -> YearMonth:
        """The month the service starts: its basic fee is free (DMP-1).

        >>> DeviceGroup("ops", "ios", 1, date(2026, 11, 5)).start_month
        YearMonth(2026, 11)
        """
        return YearMonth.of(self.start)

    def option_count(self, option: DmpOption | str) -> int:
        """How many devices of the group take ``option`` (0 if none).

        >>> DeviceGroup("ops", "ios", 5, date(2026, 11, 5), options=["message"]).option_count(
        ...     DmpOption.MESSAGE_NOTIFICATION)
        5
        """
        wanted = _to_option(option)
        for taken in self.options:
            if taken.option is wanted:
                return self.count if taken.count is None else taken.count
        return 0

    def __str__(self) -> str:
        taken = ", ".join(f"{o.option.label}×{self.option_count(o.option)}" for o in self.options)
        extra = f" + {taken}" if taken else ""
        return (
            f"{self.name}: {self.count} {self.os.label} ({self.carrier.label}) from"
            f" {self.start}{extra}"
        )


def _checked(name: str, os: DeviceOS, count: int, options: list[OptionCount]) -> list[OptionCount]:
    ordered = sorted(options, key=lambda taken: _OPTION_ORDER[taken.option])
    seen: set[DmpOption] = set()
    for taken in ordered:
        option = taken.option
        shown = f"{option.label} ({option.value})"
        if option in seen:
            raise _group_error(
                name,
                "options",
                option.value,
                "each option once",
                code="pricing.duplicate_option",
                problem=f"option {shown} is listed twice",
            )
        seen.add(option)
        if not option.supports(os):
            offered = ", ".join(f"{o.label} ({o.value})" for o in DmpOption if o.supports(os))
            raise _group_error(
                name,
                "options",
                option.value,
                f"an option whose 対象 OS includes {os.label}: {offered}",
                code="pricing.unsupported_option",
                problem=f"option {shown} is not offered for {os.label}",
            )
        if taken.count is not None and taken.count > count:
            raise _group_error(
                name,
                "options",
                taken.count,
                f"at most {count} devices per option (an option needs the basic service, DMP-2)",
                code="pricing.option_without_basic",
                problem=f"{taken.count} devices take {shown} but only {count} have the basic"
                " service",
            )
    return ordered


def _sorted_groups(groups: Iterable[DeviceGroup]) -> tuple[DeviceGroup, ...]:
    if isinstance(groups, DeviceGroup) or not isinstance(groups, Iterable):
        raise InvalidInput.for_value(
            "groups", groups, "an iterable of DeviceGroup", code="pricing.bad_fleet"
        )
    listed = list(groups)
    for group in listed:
        if not isinstance(group, DeviceGroup):
            raise InvalidInput.for_value(
                "groups", group, "DeviceGroup values", code="pricing.bad_fleet"
            )
    listed.sort(key=lambda group: group.name)
    for before, after in pairwise(listed):
        if before.name == after.name:
            raise InvalidInput(
                f"group {after.name!r}: two groups have this name; expected distinct group names",
                code="pricing.duplicate_group",
                field="name",
                value=after.name,
                expected="distinct group names",
            )
    return tuple(listed)


@attrs.frozen(init=False)
class Fleet:
    """The device groups of one デバイスマネジメントパック contract, in name order.

    >>> fleet = Fleet([DeviceGroup("b", "ios", 2, date(2026, 1, 5)),
    ...                DeviceGroup("a", "android", 3, date(2026, 1, 5))])
    >>> fleet == Fleet(reversed(fleet.groups)), len(fleet), fleet.devices
    (True, 2, 5)
    """

    groups: tuple[DeviceGroup, ...]
    # Groups by name, for group(): a lookup per Smart Value line must not scan the fleet.
    _by_name: dict[str, DeviceGroup] = attrs.field(
        init=False, eq=False, hash=False, repr=False, factory=dict
    )

    def __init__(self, groups: Iterable[DeviceGroup] = ()) -> None:
        self.__attrs_init__(_sorted_groups(groups))
        object.__setattr__(self, "_by_name", {group.name: group for group in self.groups})

    @property
    def devices(self) -> int:
        """The number of devices of every group."""
        return sum(group.count for group in self.groups)

    def group(self, name: str) -> DeviceGroup:
        """Return the group called ``name``.

        >>> Fleet().group("sales")
        Traceback (most recent call last):
        ...
        telcobiz.core.errors.UnknownItem: group: got 'sales'; expected the name of a group \
of the fleet: (none)
        """
        found = self._by_name.get(name) if isinstance(name, str) else None
        if found is not None:
            return found
        names = ", ".join(group.name for group in self.groups) or "(none)"
        raise UnknownItem.for_value(
            "group",
            name,
            f"the name of a group of the fleet: {names}",
            code="pricing.unknown_group",
        )

    def __iter__(self) -> Iterator[DeviceGroup]:
        return iter(self.groups)

    def __len__(self) -> int:
        return len(self.groups)


def _to_yen(value: Yen | int | str) -> Yen:
    try:
        return value if isinstance(value, Yen) else Yen(value)
    except InvalidInput:
        raise InvalidInput.for_value(
            "charge",
            value,
            "a monthly charge in yen >= 0, e.g. Yen(4980)",
            code="pricing.bad_charge",
        ) from None


def _to_month(value: YearMonth | str) -> YearMonth:
    return value if isinstance(value, YearMonth) else YearMonth.parse(value)


@attrs.frozen
class SmartValueLine:
    """au smart-device lines of a fleet group that take Smart Value for Business (DMP-4).

    ``count`` lines of group ``group``, each with its own monthly ``charge`` (tax-exclusive;
    telcobiz knows no au plan prices), discounted from month ``start`` (month 1 of the
    discount). Lines with different charges or start months are separate values.

    >>> SmartValueLine("field", Yen(4980), YearMonth(2026, 11), count=20).charge
    Yen('4980')
    >>> SmartValueLine("field", -1, "2026-11")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: group 'field': charge: got Yen('-1'); expected a \
monthly charge in yen >= 0
    """

    group: str
    charge: Yen = attrs.field(converter=_to_yen)
    start: YearMonth = attrs.field(converter=_to_month)
    count: int = 1

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.group, str) or not self.group.strip():
            raise InvalidInput.for_value(
                "group", self.group, "the name of a fleet group", code="pricing.bad_group_name"
            )
        if self.charge < Yen.ZERO:
            raise _group_error(
                self.group,
                "charge",
                self.charge,
                "a monthly charge in yen >= 0",
                code="pricing.bad_charge",
            )
        if not _is_count(self.count, minimum=1):
            raise _group_error(
                self.group,
                "count",
                self.count,
                "a whole number of lines >= 1",
                code="pricing.bad_count",
            )
