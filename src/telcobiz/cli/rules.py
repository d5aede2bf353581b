"""``telcobiz rules``: the project's rule catalogue from the shell (:mod:`telcobiz.rules`).

``telcobiz rules`` lists every rule (``--service`` keeps one service's); ``telcobiz rules ID``
shows one rule with its values, sources, decision and implementing functions. ``--json``
prints the same as data, ``--lang ja`` the headings and titles in Japanese.

>>> from telcobiz.cli import main
>>> main(["rules", "--service", "tax"])
Consumption tax (TAX)
  TAX-1: Consumption tax rates by date (消費税率)
  TAX-2: Tax rounded once per invoice and rate (インボイスの端数処理)
0
"""

from __future__ import annotations

import argparse
from typing import Any

from telcobiz.cli._common import EXIT_OK, add_json_flag, emit
from telcobiz.core.errors import InvalidInput
from telcobiz.rules import RULES, Rule, Service, for_service, get


def register(areas: Any) -> None:
    """Add ``rules [ID] [--service S] [--lang L] [--json]`` to the command line.

    >>> from telcobiz.cli import build_parser
    >>> "rules" in build_parser().format_help()
    True
    """
    rules = areas.add_parser(
        "rules", help="the rule catalogue: every rule, its sources and decision"
    )
    rules.add_argument("rule", nargs="?", help="a rule ID such as DMP-3 (omit to list them)")
    rules.add_argument(
        "--service",
        help="list one service's rules: a name (device_management) or an ID prefix (DMP)",
    )
    rules.add_argument("--lang", default="en", choices=("en", "ja"), help="output language")
    add_json_flag(rules)
    rules.set_defaults(handler=_run)


def _title(rule: Rule, lang: str) -> str:
    return f"{rule.id}: {rule.title_ja} ({rule.title})" if lang == "ja" else str(rule)


def _summary(rule: Rule) -> dict[str, str]:
    return {
        "id": rule.id,
        "service": rule.service.value,
        "title": rule.title,
        "title_ja": rule.title_ja,
        "statement": rule.statement,
    }


def _listing(rules: tuple[Rule, ...], lang: str) -> str:
    lines = []
    for service in Service:
        chosen = [rule for rule in rules if rule.service is service]
        if chosen:
            lines.append(f"{service.name_in(lang)} ({service.prefix})")
            lines.extend(f"  {_title(rule, lang)}" for rule in chosen)
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    if args.rule is not None:
        if args.service is not None:
            raise InvalidInput.for_value(
                "--service",
                args.service,
                "either a rule ID or --service, not both",
                code="cli.rule_and_service",
            )
        rule = get(args.rule)
        emit(args, rule.explain(args.lang), rule.to_dict())
        return EXIT_OK
    rules = RULES if args.service is None else for_service(args.service)
    emit(args, _listing(rules, args.lang), [_summary(rule) for rule in rules])
    return EXIT_OK
