"""The project's own rule catalogue: every rule telcobiz implements, with its sources.

Each :class:`Rule` has a stable ID (``CAL-1`` … ``DBO-8``), a title in English and Japanese,
the rule in a sentence, the source citations (document, version, section, row), the
project's Decision where a source is silent or ambiguous, the rule's values read from the
tables the code uses, and the public functions that implement it. Results list rule IDs in
their ``rules``; a citation of a Decision points here (``telcobiz rules DMP-3`` prints it).

The catalogue imports only :mod:`telcobiz.core`; the tables and functions it names are
imported when a value is read (:meth:`RuleValue.read`).

>>> from telcobiz import rules
>>> rule = rules.get("DMP-3")
>>> rule.values[0].read()
Yen('191')
>>> [rule.id for rule in rules.for_service("tax")]
['TAX-1', 'TAX-2']
>>> sum(1 for rule in rules.RULES)
51
"""

from telcobiz.rules.catalogue import BY_ID, RULES, for_service, get, ids, service_named
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = [
    "BY_ID",
    "RULES",
    "Rule",
    "RuleValue",
    "Service",
    "for_service",
    "get",
    "ids",
    "service_named",
]
