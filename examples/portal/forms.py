"""Form fields to telcobiz values: the app's only parsing, every mistake a ``TelcobizError``.

An HTML form sends text. Where telcobiz has a parser (``YearMonth.parse``,
``DeviceOS.parse``, ``DmpOption.parse``) the text goes straight to it, so the page shows the
library's own message; the few fields telcobiz takes as Python values (a device count, a
date) are read here and refused with an ``InvalidInput`` that says what was expected.

>>> fleet_form({"android": "80", "ios": "40", "start": "2026-11-05", "month": "2026-12",
...             "basic_pack_ids": "50"}, ["android:backup", "all:message"]).fleet.devices
120
>>> fleet_form({"android": "-1", "start": "2026-11-05", "month": "2026-12"}, [])
Traceback (most recent call last):
...
telcobiz.core.errors.InvalidInput: group 'android': count: got -1; expected a whole number of \
devices >= 0
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

import attrs

from telcobiz.core.errors import InvalidInput
from telcobiz.core.yearmonth import YearMonth
from telcobiz.policy.softbank_backup import BackupSettings
from telcobiz.pricing import DeviceGroup, DeviceOS, DmpOption, Fleet

__all__ = ["FleetForm", "fleet_form", "switches"]

_WHOLE = re.compile(r"[+-]?[0-9]+")

# The switch values the backup form sends; anything else goes to telcobiz, which refuses it.
_SWITCH_VALUES = {"on": True, "off": False}


def switches(backup: str, migration: str) -> BackupSettings:
    """The two switches chosen on the form (``on`` = ○ 利用可, ``off`` = × 利用不可).

    >>> str(switches("on", "off"))
    'バックアップ機能○ 電話帳移行機能×'
    >>> switches("yes", "off")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: backup: got 'yes'; expected True (○ 利用可) or False \
(× 利用不可)
    """
    return BackupSettings(
        backup=_SWITCH_VALUES.get(backup, backup),
        migration=_SWITCH_VALUES.get(migration, migration),
    )


def whole_number(field: str, text: str, example: int = 80) -> int:
    """A whole number typed in a form field (the sign is kept: telcobiz judges the range).

    >>> whole_number("android", " 80 "), whole_number("android", "-1")
    (80, -1)
    >>> whole_number("android", "八十")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: android: got '八十'; expected a whole number written \
in digits, e.g. 80
    """
    if _WHOLE.fullmatch(text.strip()) is None:
        raise InvalidInput.for_value(
            field,
            text,
            f"a whole number written in digits, e.g. {example}",
            code="portal.bad_number",
        )
    return int(text)


def calendar_date(field: str, text: str) -> date:
    """A date typed as ``YYYY-MM-DD`` (what ``<input type="date">`` sends).

    >>> calendar_date("start", "2026-11-05")
    datetime.date(2026, 11, 5)
    >>> calendar_date("start", "2026-02-30")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: start: got '2026-02-30'; expected a calendar date \
written YYYY-MM-DD, e.g. 2026-11-05
    """
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput.for_value(
            field,
            text,
            "a calendar date written YYYY-MM-DD, e.g. 2026-11-05",
            code="portal.bad_date",
        ) from None


@attrs.frozen
class FleetForm:
    """The quote form, read: the fleet, the billing month and the Basic Pack IDs.

    >>> form = fleet_form({"ios": "3", "start": "2026-11-05", "month": "2026-12"}, [])
    >>> str(form.month), form.basic_pack_ids, [group.name for group in form.fleet.groups]
    ('2026-12', 0, ['ios'])
    """

    fleet: Fleet
    month: YearMonth
    basic_pack_ids: int


def _option(text: str) -> tuple[DeviceOS | None, DmpOption]:
    scope, colon, name = text.partition(":")
    if not colon:
        raise InvalidInput.for_value(
            "option", text, "OS:OPTION such as android:backup or all:message", code="portal.option"
        )
    os = None if scope == "all" else DeviceOS.parse(scope)
    return os, DmpOption.parse(name)


def fleet_form(fields: Mapping[str, str], options: Iterable[str]) -> FleetForm:
    """Read the quote form: a group per OS with a count, options ``OS:OPTION`` (OS ``all``).

    An empty count means no group of that OS; an option for an OS without a group is an
    error, as the option needs the basic service (DMP-2).

    >>> fleet_form({"start": "2026-11-05", "month": "2026-12"}, [])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: devices: no device count given; expected an Android \
and/or an iOS device count
    """
    start = calendar_date("start", fields.get("start", ""))
    month = YearMonth.parse(fields.get("month", "").strip())
    ids_text = fields.get("basic_pack_ids", "").strip()
    basic_pack_ids = whole_number("basic_pack_ids", ids_text, 50) if ids_text else 0
    counts = {
        os: whole_number(os.value, fields[os.value])
        for os in (DeviceOS.ANDROID, DeviceOS.IOS)
        if fields.get(os.value, "").strip()
    }
    if not counts:
        raise InvalidInput.for_value(
            "devices",
            None,
            "an Android and/or an iOS device count",
            code="portal.no_devices",
            problem="no device count given",
        )
    chosen: dict[DeviceOS, list[DmpOption]] = {os: [] for os in counts}
    for text in options:
        scope, option = _option(text)
        for os in [scope] if scope is not None else list(counts):
            if os not in counts:
                raise InvalidInput(
                    f"option {option.label} ({option.value}) for {os.label} needs the basic"
                    f" service; expected a count of {os.label} devices with the option",
                    code="portal.option_without_devices",
                    field="option",
                    value=text,
                    expected=f"a count of {os.label} devices",
                )
            if option not in chosen[os]:
                chosen[os].append(option)
    fleet = Fleet(
        DeviceGroup(os.value, os, count, start, options=chosen[os]) for os, count in counts.items()
    )
    return FleetForm(fleet, month, basic_pack_ids)
