"""Shared wording: the lang check, the explain layout and terminal tables."""

import pytest

from telcobiz.core import InvalidInput
from telcobiz.core.text import check_lang, display_width, explanation, render_table


def test_check_lang():
    assert [check_lang("ja"), check_lang("en")] == ["ja", "en"]
    for bad in ("JA", "fr", None):
        with pytest.raises(InvalidInput) as caught:
            check_lang(bad)
        assert caught.value.code == "explain.bad_lang"


def test_explanation_without_notes_in_english():
    assert explanation("Done.", ["a: 1", "b: 2"], ["CAC-6", "CAC-4"], [], "en").splitlines() == [
        "Done.",
        "a: 1",
        "b: 2",
        "rules: CAC-6, CAC-4",
    ]


def test_tables_line_up_full_width_text():
    assert display_width("ａｕ通話") == 8
    lines = render_table(
        ["内容", "数量"], [["基本サービス", "120"], ["OS", "5"]], right=frozenset({1})
    )
    assert lines == [
        "内容          数量",
        "------------  ----",
        "基本サービス   120",
        "OS               5",
    ]
