"""The catalogue's entries: lookup, values read from the code's tables, text and data.

Expected values are the seeds' own (000 §3.5.3–§3.5.4 prices, 001 §2.1 and §3.2, 002 §1-6
messages, 003 retention, 004 cut-off and barcode limit), not the tables under test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, time, timedelta
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz.core.citation import BOS_DMP_GUIDE, RULEBOOK, Citation
from telcobiz.core.conversion import to_json
from telcobiz.core.errors import InvalidInput, UnknownItem
from telcobiz.core.money import Yen
from telcobiz.rules import BY_ID, RULES, Rule, Service, for_service, get, ids, service_named


def value(rule_id: str, label: str) -> object:
    (found,) = [v for v in get(rule_id).values if v.label == label]
    return found.read()


# (rule, value label, what the seed says)
SEED_VALUES = [
    ("DMP-1", "initial fee", Yen(0)),
    ("DMP-3", "basic fee with the Basic Pack", Yen(191)),
    ("DMP-3", "basic fee without it", Yen(467)),
    ("INS-1", "coverage ratio", Decimal(1)),
    ("INS-1", "limit per phone per year", Yen(5_000_000)),
    ("INS-1", "mental damage per record", Yen(300_000)),
    ("INS-2", "coverage ratio", Decimal("0.9")),
    ("INS-2", "limit per phone per year", Yen(500_000)),
    ("INS-3", "deductible per accident", Yen(100_000)),
    ("INS-3", "limit per contract per year", Yen(5_000_000)),
    ("MC-1", "customer desk", "kmc-support@kddi.com"),
    ("MC-1", "cancellation form", "解約申込書"),
    ("MC-4", "mark added", "TEST"),
    ("MC-7", "cut-off day of the month", 10),
    ("MC-9", "days of notice", 7),
    ("MC-10", "first report within", timedelta(hours=1)),
    ("MC-10", "recovery within", timedelta(hours=2)),
    ("MC-10", "day shift", (time(9), time(18))),
    ("SB-3", "both off", "お使いの回線契約をご確認ください。2105"),
    ("SB-3", "backup off", "管理者によりご利用を制限されています。"),
    (
        "SB-3",
        "migration off",
        "電話帳ダウンロードを中止しました。管理者によりご利用を制限されています。",
    ),
    ("SB-4", "usable days", 60),
    (
        "SB-4",
        "message after them",
        "本機能は、機種変更をおこなってから60日間だけ使える機能です。お客様のご利用可能期間が"
        "すでに終了したためご利用できません。(エラーコード2104)",
    ),
    ("SB-5", "lines per selection", 200),
    ("CAC-1", "usable after", timedelta(minutes=5)),
    ("CAC-2", "months", 4),
    ("CAC-3", "kept for", timedelta(hours=48)),
    ("DBO-1", "cut-off", time(13)),
    ("DBO-3", "barcode below", Yen(300_000)),
    ("DBO-5", "digits", 13),
    ("DBO-5", "digits of the 会社法人等番号", 12),
    ("DBO-5", "type code of a 商号のみ登記", "04"),
    (
        "DBO-6",
        "message",
        "ビジネスdアカウントでログインされていない為、本商品を購入することができません。",
    ),
    (
        "DBO-7",
        "fields",
        (
            "ビジネスdアカウントのID",
            "ビジネスdアカウントの連絡先メールアドレス",
            "ご利用者さまの氏名",
            "ご利用者さまの電話番号",
        ),
    ),
    ("BOS-1", "法人お客さまセンター", "0077-7041"),
    ("CAL-1", "first year covered", 1970),
]


@pytest.mark.parametrize(("rule_id", "label", "expected"), SEED_VALUES)
def test_values_are_the_seeds(rule_id, label, expected):
    assert value(rule_id, label) == expected


def test_price_values_follow_the_phases_of_the_price_list():
    basic = value("DMP-1", "basic fee, by month of service")
    assert [basic.price_at(month) for month in (1, 2, 36)] == [Yen(0), Yen(467), Yen(467)]
    smart = value("DMP-4", "discount, by month of the discount")
    assert [smart.price_at(month) for month in (1, 24, 25)] == [Yen(1410), Yen(1410), Yen(934)]
    assert smart.total_for(24) == Yen(33_840)
    options = dict(value("DMP-2", "option fees"))
    assert len(options) == 4
    assert {price.amount for price in options.values()} == {Yen(200)}


def test_table_values_are_the_tables_the_code_reads_not_copies():
    from telcobiz.core.tax import CONSUMPTION_TAX_RATES
    from telcobiz.pricing import dmp_price_list
    from telcobiz.scheduling.message_cast import CHANGE_RULES

    assert value("MC-5", "change table") is CHANGE_RULES
    assert value("TAX-1", "standard rate") is CONSUMPTION_TAX_RATES
    assert value("DMP-3", "basic fee with the Basic Pack") == (
        dmp_price_list(date(2026, 12, 1)).basic_pack.amount
    )


def test_table_values_read_as_the_seed_rows():
    rates = [(row.valid_from, row.value) for row in value("TAX-1", "standard rate")]
    assert rates == [
        (date(1989, 4, 1), Decimal("0.03")),
        (date(1997, 4, 1), Decimal("0.05")),
        (date(2014, 4, 1), Decimal("0.08")),
        (date(2019, 10, 1), Decimal("0.10")),
    ]
    table = value("MC-5", "change table")
    leads = {item.value: str(rule.lead) for item, rule in table.items()}
    assert (leads[1], leads[3], leads[7], leads[9], leads[12], leads[13]) == (
        "5営業日",
        "翌月適用",
        "10～18営業日",
        "16営業日",
        "12～22営業日",
        "12～22営業日",
    )
    assert [item.value for item, rule in table.items() if rule.fee] == [9]
    assert str(value("MC-2", "lead time")) == "12～22営業日"
    closure = value("CAL-1", "default closure")
    assert (closure.start, closure.end) == ((12, 29), (1, 3))


def test_every_value_and_implementation_resolves_and_renders():
    for rule in RULES:
        for rule_value in rule.values:
            assert rule_value.read() is not None, (rule.id, rule_value.label)
            assert rule_value.lines(), (rule.id, rule_value.label)
            json.dumps(rule_value.data(), ensure_ascii=False)
        assert rule.implemented_by, rule.id
        for implementation in rule.implementations():
            assert callable(implementation), (rule.id, implementation)


def test_every_rule_has_sources_cited_under_its_own_id():
    for rule in RULES:
        assert rule.sources, rule.id
        assert {source.rule for source in rule.sources} == {rule.id}
        assert all(source.source is not RULEBOOK for source in rule.sources)


def test_dmp_3_is_the_467_to_191_rule_with_its_section_and_decision():
    rule = get("DMP-3")
    assert rule.service is Service.DEVICE_MANAGEMENT
    (source,) = rule.sources
    assert source == Citation(
        BOS_DMP_GUIDE, "§3.5.4", row="ベーシックパック併用 「467 円⇒191 円」", rule="DMP-3"
    )
    assert "191" in rule.decision
    assert "free start month" in rule.decision
    data = rule.to_dict()
    assert data["values"][0] == {"label": "basic fee with the Basic Pack", "value": "191"}
    assert data["sources"][0]["section"] == "§3.5.4"
    assert data["implemented_by"] == ["telcobiz.pricing.quote", "telcobiz.pricing.project"]


def test_decisions_noted_by_earlier_sessions_are_stated():
    assert "1973-02-12" in get("CAL-1").decision
    assert "May 4th of 1970 to 1985" in get("CAL-1").decision
    assert "「案件登録時、送信元表示番号を選択する際の選択肢項目名（送信元表示番号名称）」" in (
        get("MC-5").decision
    )
    assert "ー (U+30FC), which is not a hyphen" in get("DBO-5").decision
    assert "「ビジネスdアカウントの連絡先メールアドレス」" in get("DBO-7").decision
    assert "mid-year change of terms has no rule yet" in get("INS-3").decision
    cac_6 = get("CAC-6").decision
    assert "地域名 may be empty" in cac_6
    assert "髙 is FBFC, not EEE0" in cac_6
    assert "only to free-text fields" in cac_6


def test_a_decision_cites_the_catalogue_entry():
    assert str(get("SB-3").citation) == "SB-3: telcobiz rules SB-3"
    assert RULEBOOK.title == "telcobiz rules"
    from telcobiz.pricing.tables import BASIC_PACK_DECISION, BILLING_DECISION

    assert (BASIC_PACK_DECISION.source, BASIC_PACK_DECISION.rule) == (RULEBOOK, "DMP-3")
    assert str(BILLING_DECISION) == "DMP-1: telcobiz rules DMP-1 Decision (billing month)"


@pytest.mark.parametrize("text", ["DMP-3", "dmp-3", " DMP-3 ", "ＤＭＰ－３", "DMP‐3", "dmp - 3"])
def test_get_reads_an_id_however_it_is_typed(text):
    assert get(text) is BY_ID["DMP-3"]


@pytest.mark.parametrize("text", ["DMP-10", "DMP", "3", "", "DMP-3a", "MC-0"])
def test_an_unknown_id_is_an_unknown_item_that_lists_the_ranges(text):
    with pytest.raises(UnknownItem) as caught:
        get(text)
    assert caught.value.code == "rules.unknown_rule"
    assert "DMP-1..DMP-9" in str(caught.value)
    assert "MC-1..MC-10" in str(caught.value)


@pytest.mark.parametrize("not_text", [None, 3, b"DMP-3", ("DMP-3",)])
def test_a_non_text_id_is_an_unknown_item(not_text):
    with pytest.raises(UnknownItem, match="rule: got"):
        get(not_text)


@given(st.sampled_from(ids()), st.booleans(), st.booleans())
def test_property_any_case_or_width_of_an_id_finds_it(rule_id, lower, wide):
    text = rule_id.lower() if lower else rule_id
    if wide:
        text = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    assert get(text).id == rule_id


@given(st.text(max_size=12))
def test_property_get_finds_a_rule_or_raises_unknown_item(text):
    try:
        rule = get(text)
    except UnknownItem as error:
        code = error.code
    else:
        code = "found"
        assert rule.id in ids()
    assert code in {"found", "rules.unknown_rule"}


@pytest.mark.parametrize(
    ("name", "first", "count"),
    [
        ("dmp", "DMP-1", 9),
        ("device_management", "DMP-1", 9),
        ("DEVICE-MANAGEMENT", "DMP-1", 9),
        ("SB", "SB-1", 6),
        ("softbank_backup", "SB-1", 6),
        ("calendar", "CAL-1", 5),
        (Service.DOCOMO, "DBO-1", 8),
        ("ｃａｃ", "CAC-1", 6),
    ],
)
def test_for_service_takes_a_name_a_prefix_or_a_member(name, first, count):
    rules = for_service(name)
    assert (rules[0].id, len(rules)) == (first, count)


def test_services_split_the_catalogue_without_overlap():
    assert sum(len(for_service(service)) for service in Service) == 51
    assert {rule.id.split("-")[0] for rule in for_service("insurance")} == {"INS"}


@pytest.mark.parametrize("name", ["kddi", "", "DMP-3", None, 7])
def test_an_unknown_service_is_an_unknown_item(name):
    with pytest.raises(UnknownItem) as caught:
        service_named(name)
    assert caught.value.code == "rules.unknown_service"
    assert "device_management (DMP)" in str(caught.value)


def test_rules_are_frozen_values():
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        get("MC-7").title = "changed"  # type: ignore[misc]
    assert isinstance(RULES, tuple)
    with pytest.raises(TypeError):
        BY_ID["MC-7"] = get("MC-6")  # type: ignore[index]


def test_explain_in_both_languages_and_a_bad_language():
    text = get("MC-7").explain()
    assert text.splitlines()[:2] == [
        "MC-7: When a cancellation takes effect (解約の適用月)",
        get("MC-7").statement,
    ]
    assert "- cut-off day of the month: 10" in text
    assert "- MC-7: KDDI Message Cast 利用手続きガイド（入稿ポータル） 1.8版 (2024-09-05) §3.2" in (
        text
    )
    ja = get("MC-7").explain("ja")
    assert ja.splitlines()[0] == "MC-7: 解約の適用月 (When a cancellation takes effect)"
    assert {"値:", "出典:", "実装:"} <= set(ja.splitlines())
    with pytest.raises(InvalidInput) as caught:
        get("MC-7").explain("fr")
    assert caught.value.code == "explain.bad_lang"


def test_a_table_value_explains_one_row_a_line():
    lines = get("TAX-1").explain().splitlines()
    start = lines.index("- standard rate:")
    assert lines[start + 1 : start + 5] == [
        "  - from 1989-04-01: 0.03",
        "  - from 1997-04-01: 0.05",
        "  - from 2014-04-01: 0.08",
        "  - from 2019-10-01: 0.10",
    ]


def test_every_rule_is_json_ready():
    for rule in RULES:
        data = json.loads(to_json(rule.to_dict()))
        assert data["id"] == rule.id
        assert data["service"] == rule.service.value
        assert len(data["sources"]) == len(rule.sources)


def test_str_is_the_id_and_both_titles():
    assert str(get("CAC-2")) == "CAC-2: Charges viewable for 4 months (ご利用料金の確認期間)"
    assert isinstance(get("CAC-2"), Rule)


def test_importing_the_catalogue_loads_no_area_but_core():
    # rules sits below scheduling, pricing and policy: it reaches them only when a value is
    # read. `import telcobiz` itself loads the calendar (BusinessCalendar is a top-level name).
    code = (
        "import sys, telcobiz; before = set(sys.modules); import telcobiz.rules as r; "
        "r.get('DMP-3').explain; "
        "print(sorted(m for m in set(sys.modules) - before if m.startswith('telcobiz.') "
        "and not m.startswith(('telcobiz.rules', 'telcobiz.core'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
    # Reading a value imports the area that holds its table.
    code = "import sys, telcobiz.rules as r; r.get('DMP-3').values[0].read(); "
    code += "print('telcobiz.pricing.tables' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "True"
