"""`telcobiz insurance`: 個人情報漏洩保険 payouts from the shell (INS-1..INS-3, seed 000 §3.5.1)."""

import json

import pytest

from telcobiz.cli import build_parser, main
from telcobiz.cli import insurance as insurance_cli
from telcobiz.core import Yen, from_json
from telcobiz.policy.insurance import Payout

EXAMPLE = [
    "--liability",
    "3000000",
    "--records",
    "20",
    "--mental",
    "400000",
    "--response",
    "800000",
]


def run(capsys, *argv):
    code = main(["insurance", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_issue_example_prints_every_step_in_japanese(capsys):
    # ① 3,000,000 + 20 records × 400,000 = 11,000,000; ② 800,000 (see test_insurance.py):
    # paid 5,000,000, borne 6,800,000.
    code, out, err = run(capsys, "assess", *EXAMPLE, "--date", "2026-05-01", "--lang", "ja")
    lines = out.splitlines()
    assert (code, err) == (0, "")
    assert (
        lines[0]
        == "個人情報漏洩保険の保険金: 5,000,000円（損害額 11,800,000円、自己負担 6,800,000円）"
    )
    assert lines[1] == "事故: 2026-05-01、携帯電話 1、契約者 法人、保険年度 2026-04-01～2027-03-31"
    assert "精神的損害 20件 × 400,000円 = 8,000,000円" in lines[2]
    # The seed is cited once, as [1]; each citation line names its row by that number.
    assert "  INS-1: [1] §3.5.1 (カ) 個人情報漏洩保険 row ①" in lines
    assert lines[-2] == (
        "[1] KDDI ビジネスオンラインサポート および KDDI デバイスマネジメントパック"
        " 説明資料（管理者さま用） Ver 1.2.0"
    )
    assert lines[-1].startswith("[2] ")  # the project's own Decisions
    assert sum("説明資料（管理者さま用）" in line for line in lines) == 1


def test_issue_example_is_english_by_default(capsys):
    code, out, _ = run(capsys, "assess", *EXAMPLE, "--date", "2026-05-01")
    assert code == 0
    assert out.splitlines()[0] == (
        "Personal-information leak insurance: pays 5,000,000円 of 11,800,000円 claimed;"
        " you bear 6,800,000円"
    )
    assert "4. Mental damage limit 300,000円 per record: ① cap 3,000,000円 + 20 × 300,000円" in out


def test_issue_example_as_json(capsys):
    code, out, _ = run(capsys, "assess", *EXAMPLE, "--date", "2026-05-01", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["paid"], data["self_borne"], data["claimed"]) == ("5000000", "6800000", "11800000")
    assert data["accident"]["mental"] == [{"records": 20, "per_record": "400000"}]
    assert data["response"]["contract_cut"] == "500000"
    payout = from_json(out, Payout)
    assert payout.paid == Yen(5_000_000)


def test_mental_alone_is_one_record(capsys):
    # RULES.md INS Decision: one record of 350,000 → 250,000 paid.
    code, out, _ = run(capsys, "assess", "--mental", "350,000円", "--date", "2026-05-01", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["accident"]["mental"] == [{"records": 1, "per_record": "350000"}]
    assert data["paid"] == "250000"


def test_options_reach_the_accident(capsys):
    code, out, _ = run(
        capsys,
        "assess",
        "--response",
        "300000",
        "--date",
        "2026-05-01",
        "--phone",
        "090-1234-5678",
        "--contract",
        "K-1",
        "--holder",
        "法人",
        "--year-start",
        "2026-01-01",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert data["accident"]["phone"] == "090-1234-5678"
    assert data["accident"]["contract"] == {"number": "K-1", "holder": "corporation"}
    assert data["year"] == {"start": "2026-01-01"}
    assert data["paid"] == "180000"


def test_default_date_is_today(capsys, monkeypatch):
    from datetime import date

    monkeypatch.setattr(insurance_cli, "_today", lambda: date(2026, 7, 1))
    code, out, _ = run(capsys, "assess", "--liability", "150000", "--json")
    assert code == 0
    assert json.loads(out)["accident"]["on"] == "2026-07-01"
    code, out, _ = run(capsys, "terms", "--json")
    assert json.loads(out)["on"] == "2026-07-01"


def test_today_reads_the_clock_in_jst():
    from datetime import date

    assert isinstance(insurance_cli._today(), date)


def test_individual_contract_is_rule_says_no(capsys):
    code, out, err = run(
        capsys, "assess", "--liability", "500000", "--holder", "individual", "--date", "2026-05-01"
    )
    assert (code, out) == (1, "")
    assert err == (
        "telcobiz: error: contract: a contract held by 個人 (individual) is not insured;"
        " expected a デバイスマネジメントパック contract held by a corporation (法人)\n"
    )


def test_terms(capsys):
    code, out, _ = run(capsys, "terms", "--date", "2026-05-01")
    assert code == 0
    assert out.splitlines()[:7] == [
        "個人情報漏洩保険 on 2026-05-01:",
        "  insured: 法人 (位置情報等提供契約の契約者)",
        "  deductible: 100,000円 per accident, from ① first",
        "  ① liability: 100%, 5,000,000円 per phone per year, mental damage 300,000円 per record",
        "  ② response costs: 90%, 500,000円 per phone per year",
        "  ①+②: 5,000,000円 per contract per year",
        "sources:",
    ]
    code, out, _ = run(capsys, "terms", "--date", "2026-05-01", "--json")
    data = json.loads(out)
    assert data["terms"]["contract_limit"] == "5000000"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["assess", "--liability", "-5"],
            "liability: got '-5'; expected an amount of 0 yen or more",
        ),
        (["assess", "--response", "lots"], "response: got 'lots'; expected an amount in yen"),
        (
            ["assess", "--mental", "1", "--records", "x"],
            "records: got 'x'; expected a whole number",
        ),
        (["assess", "--mental", "1", "--records", "0"], "records: got 0; expected a whole number"),
        (["assess", "--records", "20"], "--records was given without --mental"),
        (["assess", "--holder", "company"], "expected corporation (法人) or individual (個人)"),
        (["assess", "--date", "2026-13-01"], "expected a date written YYYY-MM-DD"),
        (["assess", "--date", "2014-03-31"], "no insurance terms in force on 2014-03-31"),
        (["assess", "--date", "2026-05-01", "--year-start", "2026-06-01"], "insurance year"),
        (["assess", "--lang", "fr"], "invalid choice"),
        (["terms", "--date", "2014-03-31"], "no insurance terms in force"),
        ([], "required"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1


def test_help_says_what_records_and_mental_mean(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["insurance", "assess", "--help"])
    out = capsys.readouterr().out
    assert "--records 20 --mental 400000 means 20 leaked personal-information" in out
    assert "EACH claiming 400,000 yen of mental damage (8,000,000 yen in all)" in out
    assert "mental damage PER RECORD" in out


def test_a_date_outside_the_given_insurance_year_reads_iso(capsys):
    code, out, err = run(
        capsys, "assess", "--mental", "1000", "--year-start", "2027-01-01", "--date", "2026-05-01"
    )
    assert (code, out) == (2, "")
    assert err == (
        "telcobiz: error: date: 2026-05-01 is not in the insurance year that --year-start"
        " 2027-01-01 begins (2027-01-01 to 2027-12-31); expected a --date in that year, or no"
        " --year-start (the fiscal year of --date)\n"
    )
    assert "datetime.date" not in err


def test_a_date_inside_the_given_insurance_year_is_assessed(capsys):
    code, out, _ = run(
        capsys, "assess", "--mental", "350000", "--year-start", "2026-01-01", "--date", "2026-05-01"
    )
    assert code == 0
    assert "insurance year 2026-01-01 to 2026-12-31" in out.splitlines()[1]
