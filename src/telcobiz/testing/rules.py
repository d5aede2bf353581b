"""Hypothesis strategies for the rule catalogue (:mod:`telcobiz.rules`).

A rule is drawn through :func:`telcobiz.rules.get` of one of the catalogue's IDs, a value
from a drawn rule's ``values``.

>>> from hypothesis import given
>>> @given(catalogue_rules())
... def test_every_rule_is_cited(rule):
...     assert rule.sources
>>> test_every_rule_is_cited()
"""

from __future__ import annotations

from hypothesis import strategies as st

from telcobiz.rules import Rule, RuleValue, get, ids
from telcobiz.testing.core import parts, returned

__all__ = ["catalogue_rules", "rule_values"]


def catalogue_rules() -> st.SearchStrategy[Rule]:
    """The rules of the catalogue, from :func:`telcobiz.rules.get` of their IDs.

    >>> from hypothesis import find
    >>> find(catalogue_rules(), lambda rule: rule.id == "DMP-3").id
    'DMP-3'
    """
    return returned(get, st.sampled_from(ids()))


def rule_values() -> st.SearchStrategy[RuleValue]:
    """One of the values a drawn rule reads from the code's tables.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(rule_values())
    ... def test_draws(value):
    ...     assert isinstance(value, RuleValue)
    >>> test_draws()
    """
    return parts(catalogue_rules(), lambda rule: rule.values)
