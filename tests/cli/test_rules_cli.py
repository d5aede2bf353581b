"""`telcobiz rules`: the catalogue from the shell (list, one rule, --service, --lang, --json)."""

import json
import subprocess
import sys

import pytest

from telcobiz.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_all_51_ids(capsys):
    code, out, err = run(capsys, "rules", "--json")
    data = json.loads(out)
    assert (code, err) == (0, "")
    assert len(data) == 51
    assert [entry["id"] for entry in data][:3] == ["CAL-1", "CAL-2", "CAL-3"]
    assert data[-1]["id"] == "DBO-8"
    assert {entry["service"] for entry in data} == {
        "calendar",
        "tax",
        "message_cast",
        "device_management",
        "online_support",
        "insurance",
        "softbank_backup",
        "cloud_autocall",
        "docomo",
    }


def test_dmp_3_json_is_the_467_to_191_rule_with_its_citation_and_decision(capsys):
    code, out, _ = run(capsys, "rules", "DMP-3", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["id"] == "DMP-3"
    assert "191 yen instead of 467" in data["statement"]
    assert data["values"] == [
        {"label": "basic fee with the Basic Pack", "value": "191"},
        {"label": "basic fee without it", "value": "467"},
    ]
    (source,) = data["sources"]
    assert source["section"] == "§3.5.4"
    assert source["row"] == "ベーシックパック併用 「467 円⇒191 円」"
    assert source["source"]["version"] == "Ver 1.2.0"
    assert "only to devices that pay the basic fee that month" in data["decision"]


def test_one_rule_in_english_lists_values_sources_decision_and_functions(capsys):
    code, out, _ = run(capsys, "rules", "dmp-3")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "DMP-3: Basic fee with the Basic Pack (ベーシックパック併用)"
    assert "- basic fee with the Basic Pack: 191円" in lines
    assert "- basic fee without it: 467円" in lines
    source = lines[lines.index("sources:") + 1]
    assert source.endswith("§3.5.4 row ベーシックパック併用 「467 円⇒191 円」")
    assert any(line.startswith("decision: The guide does not say") for line in lines)
    assert lines[-2:] == ["- telcobiz.pricing.quote", "- telcobiz.pricing.project"]


def test_one_rule_in_japanese(capsys):
    code, out, _ = run(capsys, "rules", "SB-4", "--lang", "ja")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == (
        "SB-4: 機種変更後60日間の電話帳移行 (Phonebook migration for 60 days after a model change)"
    )
    assert "- usable days: 60" in lines
    assert {"値:", "出典:", "実装:"} <= set(lines)


def test_the_listing_groups_rules_by_service(capsys):
    code, out, _ = run(capsys, "rules")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Business days and time (all sources) (CAL)"
    assert lines[1] == "  CAL-1: A business day (営業日)"
    assert sum(line.startswith("  ") for line in lines) == 51
    assert len(lines) == 51 + 9


def test_service_filter_by_prefix_or_name_and_in_japanese(capsys):
    code, out, _ = run(capsys, "rules", "--service", "INS", "--lang", "ja")
    assert code == 0
    assert out.splitlines() == [
        "個人情報漏洩保険 (INS)",
        "  INS-1: ① 法律上の損害賠償責任 (① Legal liability from a leak)",
        "  INS-2: ② 事故対応費用 (② Response costs)",
        "  INS-3: 被保険者・免責金額・てん補限度額 "
        "(Who is insured, the deductible and the limit per contract)",
    ]
    code, out, _ = run(capsys, "rules", "--service", "cloud_autocall", "--json")
    assert [entry["id"] for entry in json.loads(out)] == [f"CAC-{n}" for n in range(1, 7)]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["rules", "DMP-10"], "rule: got 'DMP-10'; expected a rule ID of the catalogue"),
        (["rules", "--service", "kddi"], "service: got 'kddi'; expected one of calendar (CAL)"),
        (["rules", "DMP-3", "--service", "dmp"], "either a rule ID or --service, not both"),
        (["rules", "DMP-3", "--lang", "fr"], "invalid choice: 'fr'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert message in err


def test_the_shell_command_never_prints_a_traceback():
    done = subprocess.run(
        [sys.executable, "-m", "telcobiz", "rules", "NOPE-1"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("telcobiz: error: rule: got 'NOPE-1'")
