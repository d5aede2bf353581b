"""The catalogue: every rule telcobiz implements, looked up by ID or by service.

>>> get("dmp-3").id
'DMP-3'
>>> [rule.id for rule in for_service("insurance")]
['INS-1', 'INS-2', 'INS-3']
>>> len(RULES)
51
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from telcobiz.core.errors import UnknownItem
from telcobiz.rules.calendar import RULES as CALENDAR
from telcobiz.rules.cloud_autocall import RULES as CLOUD_AUTOCALL
from telcobiz.rules.device_management import RULES as DEVICE_MANAGEMENT
from telcobiz.rules.docomo import RULES as DOCOMO
from telcobiz.rules.insurance import RULES as INSURANCE
from telcobiz.rules.message_cast import RULES as MESSAGE_CAST
from telcobiz.rules.model import Rule, Service
from telcobiz.rules.online_support import RULES as ONLINE_SUPPORT
from telcobiz.rules.softbank_backup import RULES as SOFTBANK_BACKUP
from telcobiz.rules.tax import RULES as TAX

__all__ = ["BY_ID", "RULES", "for_service", "get", "ids", "service_named"]

RULES: tuple[Rule, ...] = (
    *CALENDAR,
    *TAX,
    *MESSAGE_CAST,
    *DEVICE_MANAGEMENT,
    *ONLINE_SUPPORT,
    *INSURANCE,
    *SOFTBANK_BACKUP,
    *CLOUD_AUTOCALL,
    *DOCOMO,
)
"""Every rule, service by service, in ID order within a service."""

BY_ID: Mapping[str, Rule] = MappingProxyType({rule.id: rule for rule in RULES})
"""The rules by ID (``BY_ID["MC-5"]``)."""

_ID_FORM = re.compile(r"([A-Z]+)-([0-9]+)")


def _normalise(text: str) -> str:
    # Full-width letters and digits, a different dash, spaces: read as the ID they spell.
    folded = unicodedata.normalize("NFKC", text).strip().upper()
    return re.sub(r"\s*[-‐‑‒–—―−ー]\s*", "-", folded)


def ids() -> tuple[str, ...]:
    """Every rule ID, in catalogue order.

    >>> ids()[:3]
    ('CAL-1', 'CAL-2', 'CAL-3')
    """
    return tuple(BY_ID)


def get(rule_id: str) -> Rule:
    """The rule with ID ``rule_id`` (letters in any case, full-width accepted).

    An unknown ID is an :class:`~telcobiz.core.errors.UnknownItem`
    (``rules.unknown_rule``) that says which IDs exist.

    >>> get("ＳＢ－３").title
    'Messages the app shows'
    >>> get("XYZ-1")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.UnknownItem: rule: got 'XYZ-1'; expected a rule ID of the catalogue ...
    """
    if isinstance(rule_id, str):
        rule = BY_ID.get(_normalise(rule_id))
        if rule is not None:
            return rule
    prefixes = ", ".join(f"{s.prefix}-1..{s.prefix}-{len(for_service(s))}" for s in Service)
    raise UnknownItem.for_value(
        "rule",
        rule_id,
        f"a rule ID of the catalogue ({prefixes}); `telcobiz rules` lists them",
        code="rules.unknown_rule",
    )


def service_named(name: str | Service) -> Service:
    """The :class:`Service` for a name (``"device_management"``) or an ID prefix (``"DMP"``).

    >>> service_named("dmp"), service_named("softbank_backup")
    (<Service.DEVICE_MANAGEMENT: 'device_management'>, <Service.SOFTBANK_BACKUP: 'softbank_backup'>)
    """
    if isinstance(name, Service):
        return name
    if isinstance(name, str):
        key = _normalise(name).replace("-", "_")
        for service in Service:
            if key in (service.value.upper(), service.name, service.prefix):
                return service
    choices = ", ".join(f"{s.value} ({s.prefix})" for s in Service)
    raise UnknownItem.for_value("service", name, f"one of {choices}", code="rules.unknown_service")


def for_service(service: str | Service) -> tuple[Rule, ...]:
    """The rules of one service, by name, ID prefix or :class:`Service`.

    >>> [rule.id for rule in for_service("TAX")]
    ['TAX-1', 'TAX-2']
    """
    wanted = service_named(service)
    return tuple(rule for rule in RULES if rule.service is wanted)


def _check(rules: tuple[Rule, ...]) -> None:
    # Each service's IDs run 1..n without a gap, under its own prefix: a typo fails on import.
    for service in Service:
        numbers = []
        for rule in rules:
            if rule.service is service:
                match = _ID_FORM.fullmatch(rule.id)
                if match is None or match.group(1) != service.prefix:
                    raise AssertionError(f"{rule.id} is not an ID of {service.value}")
                numbers.append(int(match.group(2)))
        if numbers != list(range(1, len(numbers) + 1)):
            raise AssertionError(f"{service.value} IDs are not 1..n in order: {numbers}")


_check(RULES)
