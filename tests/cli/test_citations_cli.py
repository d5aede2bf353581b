"""Compact citations (issue 16): each document once, numbered; lines refer to it by number."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.cli import main
from telcobiz.cli._citations import cited_text, collect_citations, compact
from telcobiz.core.citation import (
    BACKUP_MANUAL,
    BOS_DMP_GUIDE,
    CONSUMPTION_TAX_ACT,
    HOLIDAY_ACT,
    MESSAGE_CAST_GUIDE,
    Citation,
    Source,
)

MC_5 = Citation(MESSAGE_CAST_GUIDE, "§2.1", row="6", rule="MC-5")
CAL_1 = Citation(HOLIDAY_ACT, "第2条", rule="CAL-1")
MC_6 = Citation(MESSAGE_CAST_GUIDE, "§2.1", row="注記", rule="MC-6")


def test_each_document_once_in_order_of_first_citation():
    text = "\n".join(["Done.", "rules: MC-5, CAL-1", f"- {MC_5}", f"- {CAL_1}", f"- {MC_6}"])
    assert cited_text(text, {"citations": [MC_5, CAL_1, MC_6]}).split("\n") == [
        "Done.",
        "rules: MC-5, CAL-1",
        "- MC-5: [1] §2.1 row 6",
        "- CAL-1: [2] 第2条",
        "- MC-6: [1] §2.1 row 注記",
        "[1] KDDI Message Cast 利用手続きガイド（入稿ポータル） 1.8版 (2024-09-05)",
        "[2] 国民の祝日に関する法律",
    ]


def test_prefixes_of_every_explain_style_are_kept():
    text = "\n".join([f"  {CAL_1}", f"source: {CAL_1}", f"根拠: {CAL_1}"])
    assert cited_text(text, [CAL_1]).split("\n") == [
        "  CAL-1: [1] 第2条",
        "source: CAL-1: [1] 第2条",
        "根拠: CAL-1: [1] 第2条",
        "[1] 国民の祝日に関する法律",
    ]


def test_text_without_the_datas_citations_is_unchanged():
    text = f"a\n- {CAL_1}"
    assert cited_text(text, {"x": 1}) == text
    # A citation mentioned inside a sentence is not a citation line.
    sentence = f"As the law says in a long sentence about it, {CAL_1}"
    assert cited_text(sentence, [CAL_1]) == sentence


def test_a_citation_without_rule_or_row():
    assert compact(Citation(CONSUMPTION_TAX_ACT, "第29条"), 2) == "[2] 第29条"


def test_citations_are_found_in_nested_results_and_containers():
    found = list(collect_citations({"a": [(MC_5,)], "b": {"c": frozenset({CAL_1})}}))
    assert sorted(found, key=str) == sorted([MC_5, CAL_1], key=str)


_sources = st.sampled_from([BOS_DMP_GUIDE, MESSAGE_CAST_GUIDE, BACKUP_MANUAL, HOLIDAY_ACT])
_citations = st.builds(
    Citation,
    _sources,
    st.sampled_from(["§2.1", "§3.5.3", "第2条", "Appendix 4, 5"]),
    row=st.none() | st.sampled_from(["6", "注記", "①"]),
    rule=st.none() | st.sampled_from(["MC-5", "DMP-1", "SB-3"]),
)
_plain = st.text(alphabet=st.characters(blacklist_characters="\n\r"), max_size=30).filter(
    lambda line: not line.startswith("[")
)


@given(st.lists(st.one_of(_citations, _plain), max_size=12))
def test_every_line_survives_and_every_document_is_named_once(items):
    citations = [item for item in items if isinstance(item, Citation)]
    text = "\n".join(f"- {item}" if isinstance(item, Citation) else item for item in items)
    lines = cited_text(text, {"citations": citations}).split("\n")
    body, bibliography = lines[: len(items) or 1], lines[len(items) or 1 :]
    # Non-citation lines are untouched, citation lines keep their rule and section.
    for item, line in zip(items, body, strict=False):
        if isinstance(item, Citation):
            assert line.startswith("- ")
            assert line.endswith(f"{item.section}" + (f" row {item.row}" if item.row else ""))
        else:
            assert line == item
    # Each cited document once, numbered 1.. in order of first appearance.
    order: list[Source] = []
    for citation in citations:
        if citation.source not in order:
            order.append(citation.source)
    assert bibliography == [f"[{n}] {source}" for n, source in enumerate(order, 1)]


# Every command that prints citations prints each document's title once, on its [n] line.
_COMMANDS = [
    [
        "quote",
        "--android",
        "80",
        "--ios",
        "40",
        "--option",
        "all:message",
        "--start",
        "2026-11-05",
        "--month",
        "2026-12",
        "--basic-pack-ids",
        "50",
    ],
    ["quote", "--ios", "4", "--start", "2026-11-05", "--months", "3", "--lang", "ja"],
    ["leadtime", "message-cast", "--accepted", "2026-11-02", "--items", "6,7"],
    ["cancel", "message-cast", "--received", "2026-11-10"],
    ["open", "--service", "message-cast-support", "--at", "2026-11-21T10:00"],
    ["insurance", "assess", "--mental", "350000", "--date", "2026-05-01"],
    ["insurance", "terms", "--date", "2026-05-01"],
    [
        "backup",
        "check",
        "--app",
        "iphone",
        "--operation",
        "restore",
        "--backup",
        "off",
        "--migration",
        "on",
        "--explain",
    ],
    ["backup", "request", "new_pure", "--lang", "ja"],
    ["check", "corporate-number", "7000012050002", "--explain"],
    ["check", "order", "--head-office", "沖縄県那覇市", "--explain"],
]
_TITLES = [
    "説明資料（管理者さま用）",
    "KDDI Message Cast 利用手続きガイド",
    "利用マニュアル",
    "国民の祝日に関する法律",
    "ドコモビジネスオンラインショップ よくあるご質問",
]


@pytest.mark.parametrize("argv", _COMMANDS, ids=lambda argv: " ".join(argv[:2]))
def test_every_command_names_each_document_once(capsys, argv):
    assert main(argv) in (0, 1)
    lines = capsys.readouterr().out.splitlines()
    numbered = [line for line in lines if re.match(r"\[\d+\] ", line)]
    assert numbered, "the command prints citations"
    assert [line.split("]")[0] for line in numbered] == [
        f"[{n}" for n in range(1, len(numbered) + 1)
    ]
    for title in _TITLES:
        assert sum(title in line for line in lines) <= 1
        assert all(line in numbered for line in lines if title in line)
