"""How the catalogue reaches its tables (dotted paths), shows values, and becomes a page."""

from __future__ import annotations

import enum
from datetime import date, time, timedelta
from pathlib import Path

import attrs
import pytest

from telcobiz.core.errors import UnknownItem
from telcobiz.core.money import Yen
from telcobiz.core.table import Dated, EffectiveTable
from telcobiz.rules import RULES, get
from telcobiz.rules.display import describe, lines_of, to_data
from telcobiz.rules.page import catalogue_markdown, rule_markdown
from telcobiz.rules.paths import resolve

ROOT = Path(__file__).resolve().parents[2]


def test_resolve_walks_attributes_positions_keys_and_calls():
    assert resolve("telcobiz.core.tax.CONSUMPTION_TAX_RATES.entries[-1].valid_from").year == 2019
    lead = resolve("telcobiz.scheduling.message_cast.changes.CHANGE_RULES[9].lead")
    assert (lead.minimum, lead.maximum) == (16, 16)  # a key by value: item 9, 16営業日
    assert resolve("telcobiz.scheduling.message_cast.CHANGE_RULES[SENDER_NUMBER].form") == (
        "アカウントパラメータ変更申込書 送信元表示番号"
    )
    assert resolve("telcobiz.scheduling.calendar.BusinessCalendar().closure.name") == "年末年始"


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("telcobiz.no_such_area.TABLE", "no attribute 'no_such_area'"),
        ("telcobiz.core.tax.NOTHING", "no attribute 'NOTHING'"),
        ("telcobiz.core.tax.CONSUMPTION_TAX_RATES.entries[9]", "cannot read '[9]'"),
        ("telcobiz.scheduling.message_cast.CHANGE_RULES[NOPE]", "no key 'NOPE'"),
        ("telcobiz.core.tax.CONSUMPTION_TAX_RATES()", "cannot read '()'"),
        ("telcobiz.core.tax.CONSUMPTION_TAX_RATES{x}", "cannot read '{x}'"),
        ("nowhere_at_all.x", "no module"),
        ("", "not a dotted path"),
        ("[1]", "not a dotted path"),
    ],
)
def test_a_path_that_names_nothing_is_an_unknown_item(path, problem):
    with pytest.raises(UnknownItem) as caught:
        resolve(path)
    assert caught.value.code == "rules.unresolved_path"
    assert problem in str(caught.value)


def test_a_non_text_path_is_an_unknown_item():
    with pytest.raises(UnknownItem, match="not a dotted path"):
        resolve(42)  # type: ignore[arg-type]


class Colour(enum.Enum):
    RED = "red"


@attrs.frozen
class Record:
    name: str
    pair: tuple[int, int]
    citation: object = None


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "—"),
        (False, "no"),
        (timedelta(hours=48), "48 hours"),
        (timedelta(minutes=1), "1 minute"),
        (timedelta(seconds=90), "90 seconds"),
        (time(9, 30), "09:30"),
        (Colour.RED, "red"),
        (Yen(1410), "1,410円"),
        ((), "—"),
        (frozenset({"b", "a"}), "a, b"),
        ("=\t", "'=\\t'"),  # control characters are shown, never printed raw
        (Record("x", (12, 29), citation="left out"), "(name x, pair (12, 29))"),
    ],
)
def test_describe(value, text):
    assert describe(value) == text


def test_an_effective_table_is_one_line_a_row_and_rows_as_data():
    table = EffectiveTable(
        "fee", [Dated(1, date(2020, 1, 1), date(2020, 12, 31)), Dated(2, date(2021, 1, 1))]
    )
    assert lines_of(table) == ["from 2020-01-01 to 2020-12-31: 1", "from 2021-01-01: 2"]
    assert to_data(table) == [
        {"valid_from": "2020-01-01", "valid_until": "2020-12-31", "value": 1},
        {"valid_from": "2021-01-01", "valid_until": None, "value": 2},
    ]


def test_data_keys_enum_mappings_by_value_and_drops_citations():
    assert to_data({Colour.RED: Record("x", (1, 2), citation="c")}) == {
        "red": {"name": "x", "pair": [1, 2]}
    }
    assert to_data({"kept": timedelta(minutes=5), "s": {2, 1}}) == {
        "kept": "5 minutes",
        "s": [1, 2],
    }


def test_the_page_has_every_rule_under_its_service():
    page = catalogue_markdown()
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings[0] == "## Business days and time (all sources) / 営業日と時刻（全資料） (CAL)"
    assert len(headings) == 9
    assert [line[4:].split(":")[0] for line in page.splitlines() if line.startswith("### ")] == [
        rule.id for rule in RULES
    ]
    assert page.index("### DMP-9") < page.index("## KDDI Business Online Support")


def test_a_rule_section_shows_values_sources_decision_and_functions():
    section = rule_markdown(get("DMP-3"))
    assert "- **Values:** " in section
    assert "basic fee with the Basic Pack: 191円" in section
    assert "§3.5.4 row ベーシックパック併用 「467 円⇒191 円」" in section
    assert section.count("- **Decision:** ") == 1
    assert "- **Implemented by:** `telcobiz.pricing.quote`, `telcobiz.pricing.project`" in section


def test_data_on_the_page_cannot_turn_into_markup():
    section = rule_markdown(get("INS-3"))
    assert r"&lt;株式会社損害保険ジャパン監修&gt;" in section
    assert "<株式会社" not in section
    assert r"phone\_number" in rule_markdown(get("CAC-6"))  # not an emphasis marker


def test_the_docs_page_takes_the_generated_catalogue():
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    hook = (ROOT / "docs" / "hooks" / "rules_page.py").read_text(encoding="utf-8")
    marker = "<!-- telcobiz-rules-catalogue -->"
    assert page.count(marker) == 1
    assert f'MARKER = "{marker}"' in hook
    mkdocs = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "docs/hooks/rules_page.py" in mkdocs
    assert "rules.md" in mkdocs
