"""The report every ``check_…`` function of the policy area returns."""

from __future__ import annotations

import pytest

from telcobiz.core import InvalidInput, RuleViolation
from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.core.conversion import structure, unstructure
from telcobiz.policy.report import Note, Problem, ProblemKind, Report

CITE = Citation(RULEBOOK, "BOS-1", rule="BOS-1")
PROBLEM = Problem(
    "bos.okinawa_head_office",
    "head_office: in Okinawa",
    "本店の所在地が沖縄県の場合はお申し込みいただけません。",
    "head_office",
    "'沖縄県'",
    "BOS-1",
    CITE,
    ProblemKind.RULE,
)
NOTE = Note("the first applicant is the representative", "代表法人管理者", "BOS-1", CITE)


def test_ok_must_agree_with_the_problems():
    with pytest.raises(InvalidInput) as raised:
        Report(ok=True, problems=(PROBLEM,), notes=(), subject="x", rules=(), citations=())
    assert raised.value.code == "report.bad_ok"
    with pytest.raises(InvalidInput):
        Report(ok=False, problems=(), notes=(), subject="x", rules=(), citations=())


def test_report_is_a_sequence_of_problems():
    report = Report.of("application", [PROBLEM, PROBLEM], notes=[NOTE], rules=["BOS-1"])
    assert len(report) == 2
    assert list(report) == [PROBLEM, PROBLEM]
    assert bool(report) is True
    assert bool(Report.of("application", [])) is False
    assert report.rules == ("BOS-1",)
    assert report.citations == (CITE,)


def test_sentences_and_explain():
    report = Report.of("application", [PROBLEM, PROBLEM], notes=[NOTE])
    assert str(report).startswith("application: 2 problems: head_office: in Okinawa")
    assert report._sentence("ja").startswith("application: 問題 2 件: 本店の所在地")
    lines = report.explain("ja").splitlines()
    assert lines[0] == "application: 問題 2 件"
    assert (
        lines[1]
        == "- [bos.okinawa_head_office] 本店の所在地が沖縄県の場合はお申し込みいただけません。"
    )
    assert lines[3] == "- 注意: 代表法人管理者"
    assert lines[4] == "根拠: BOS-1"
    assert report.explain("en").splitlines()[0] == "application: 2 problems"
    assert Report.of("x", []).explain("ja").splitlines()[0] == "x: 問題ありません"


def test_raise_first_uses_the_kind_and_masks_secrets():
    with pytest.raises(RuleViolation) as raised:
        Report.of("application", [PROBLEM]).raise_first()
    assert (raised.value.code, raised.value.field, raised.value.value) == (
        "bos.okinawa_head_office",
        "head_office",
        "'沖縄県'",
    )
    secret = Problem(
        "x.pw", "password: short", "短い", "password", None, "CAC-1", None, secret=True
    )
    with pytest.raises(InvalidInput) as raised:
        Report.of("password", [secret]).raise_first()
    assert raised.value.value == "***"


def test_rows_and_round_trip():
    report = Report.of("application", [PROBLEM], notes=[NOTE])
    assert report.to_rows() == [
        {
            "code": "bos.okinawa_head_office",
            "field": "head_office",
            "message": "head_office: in Okinawa",
            "message_ja": "本店の所在地が沖縄県の場合はお申し込みいただけません。",
            "rule": "BOS-1",
            "citation": str(CITE),
        }
    ]
    assert structure(unstructure(report), Report) == report


def test_bad_language():
    with pytest.raises(InvalidInput) as raised:
        NOTE.text("de")
    assert raised.value.code == "explain.bad_lang"
