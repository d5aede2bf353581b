"""The catalogue as a Markdown page, one section per service (the docs site's rules page).

The docs build puts :func:`catalogue_markdown` into ``docs/rules.md``, so the page shows the
catalogue as the installed package holds it, values read from the tables.

>>> from telcobiz.rules.catalogue import get
>>> print(rule_markdown(get("CAC-2")).split("- **Sources:**")[0])
### CAC-2: Charges viewable for 4 months
<BLANKLINE>
ご利用料金の確認期間. Charges can be viewed for 4 months, the previous month included.
<BLANKLINE>
- **Values:** months: 4
<BLANKLINE>
"""

from __future__ import annotations

import html
import re

from telcobiz.rules.catalogue import RULES, for_service
from telcobiz.rules.model import Rule, Service

__all__ = ["catalogue_markdown", "rule_markdown"]

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]#|])")


def _text(text: str) -> str:
    # Values and titles are data: nothing in them may turn into markup.
    return _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(text, quote=False))


def _list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return "".join(f"\n    - {item}" for item in items)


def rule_markdown(rule: Rule) -> str:
    """One rule as a Markdown section: title, rule, values, sources, decision, functions.

    >>> from telcobiz.rules.catalogue import get
    >>> rule_markdown(get("DBO-1")).splitlines()[0]
    '### DBO-1: Orders at or after 13:00 count as the next business day'
    """
    lines = [
        f"### {rule.id}: {_text(rule.title)}",
        "",
        f"{_text(rule.title_ja)}. {_text(rule.statement)}",
        "",
    ]
    if rule.values:
        values = [
            f"{_text(value.label)}: {_list([_text(line) for line in value.lines()])}"
            for value in rule.values
        ]
        lines.append(f"- **Values:** {_list(values)}")
    lines.append(f"- **Sources:** {_list([_text(str(source)) for source in rule.sources])}")
    if rule.decision:
        lines.append(f"- **Decision:** {_text(rule.decision)}")
    if rule.implemented_by:
        functions = ", ".join(f"`{path}`" for path in rule.implemented_by)
        lines.append(f"- **Implemented by:** {functions}")
    return "\n".join(lines)


def catalogue_markdown() -> str:
    r"""Every rule, a ``##`` section per service and a ``###`` section per rule.

    >>> page = catalogue_markdown()
    >>> page.count("\n### "), "## KDDI Message Cast (MC)" in page
    (51, True)
    """
    parts = []
    for service in Service:
        rules = for_service(service)
        heading = service.label
        if service.label_ja != service.label:
            heading += f" / {service.label_ja}"
        parts.append(f"## {_text(heading)} ({service.prefix})")
        parts.extend(rule_markdown(rule) for rule in rules)
    assert sum(len(for_service(s)) for s in Service) == len(RULES)
    return "\n\n".join(parts) + "\n"
