"""``telcobiz check corporate-number|password|order`` (DBO-5, CAC-1, BOS-1, BOS-2)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from telcobiz.cli import main
from telcobiz.policy.docomo import corporate_number_from_registry

# -- corporate-number (DBO-5) -----------------------------------------------------------------


def test_valid_corporate_number(capsys):
    assert main(["check", "corporate-number", "7000012050002"]) == 0
    assert capsys.readouterr().out == (
        "7-0000-1205-0002: a valid corporate number (type code 12); mobile orders as a "
        "corporation\n"
    )


def test_zero_nine_changed_number_is_valid_too(capsys):
    assert main(["check", "corporate-number", "7900012050002"]) == 0
    assert capsys.readouterr().out.startswith("7-9000-1205-0002: a valid corporate number")


def test_invalid_check_digit_exits_1(capsys):
    assert main(["check", "corporate-number", "8000012050002"]) == 1
    out = capsys.readouterr().out
    assert "[docomo.corporate_number_checksum]" in out
    assert "the check digit should be 7, not 8" in out


def test_type_code_04_exits_1(capsys):
    number = corporate_number_from_registry("010004123456")
    assert main(["check", "corporate-number", number]) == 1
    assert "type code 04 (商号のみ登記): mobile orders in a personal name only" in (
        capsys.readouterr().out
    )
    assert main(["check", "corporate-number", number, "--lang", "ja"]) == 1
    assert "個人名義でのお申込受付となります" in capsys.readouterr().out


def test_corporate_number_json(capsys):
    assert main(["check", "corporate-number", "７０００－０１２０－５０００２", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is True
    assert data["formatted"] == "7-0000-1205-0002"
    assert data["type_code"] == "12"
    assert data["mobile_holder"] == "corporation"
    assert data["report"]["ok"] is True


def test_corporate_number_json_invalid(capsys):
    assert main(["check", "corporate-number", "123", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is False
    assert [p["code"] for p in data["report"]["problems"]] == ["docomo.corporate_number_length"]


def test_corporate_number_explain_and_ja(capsys):
    assert main(["check", "corporate-number", "7000012050002", "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    # Each document once, numbered; each citation line refers to it by number and section.
    assert "- DBO-5: [2] 第2条" in out
    assert out[-1] == "[2] 法人番号の指定等に関する省令"
    assert main(["check", "corporate-number", "7000012050002", "--lang", "ja"]) == 0
    assert capsys.readouterr().out == (
        "7-0000-1205-0002: 有効な法人番号（種別番号 12）。モバイル端末: 法人として契約できます\n"
    )


# -- password (CAC-1) ---------------------------------------------------------------------------


class _Terminal:
    """A stdin that is a terminal: the password is read by getpass, without echo."""

    def isatty(self):
        return True


def _typed(monkeypatch, *entries):
    answers = iter(entries)
    prompts = []

    def fake_getpass(prompt="Password: ", stream=None):
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", fake_getpass)
    return prompts


def test_password_valid(monkeypatch, capsys):
    prompts = _typed(monkeypatch, "Ab12cd")
    assert main(["check", "password", "--self-id", "d123456789"]) == 0
    out, err = capsys.readouterr()
    assert out == "self password: no problems\n"
    assert "Ab12cd" not in out + err
    assert prompts == ["セルフパスワード (self password): "]


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("abc", ["cloud_autocall.password_length", "cloud_autocall.password_needs_digit"]),
        ("abcd12345", ["cloud_autocall.password_length"]),
        ("abcdefgh", ["cloud_autocall.password_needs_digit"]),
        ("12345678", ["cloud_autocall.password_needs_letter"]),
        ("ab１２", ["cloud_autocall.password_full_width", "cloud_autocall.password_needs_digit"]),
    ],
)
def test_password_problems_exit_1_and_never_echo(monkeypatch, capsys, typed, codes):
    _typed(monkeypatch, typed)
    assert main(["check", "password", "--self-id", "d123456789", "--json"]) == 1
    out, err = capsys.readouterr()
    assert [p["code"] for p in json.loads(out)["problems"]] == codes
    assert typed not in out + err


def test_password_equal_to_self_id_with_confirmation(monkeypatch, capsys):
    _typed(monkeypatch, "ab12", "ab13")
    assert main(["check", "password", "--self-id", "ab12", "--confirm", "--lang", "ja"]) == 1
    out = capsys.readouterr().out
    assert "現在ご使用のセルフIDと異なるパスワードを設定してください" in out
    assert "[cloud_autocall.password_confirmation_mismatch]" in out
    assert "ab13" not in out


def test_password_explain(monkeypatch, capsys):
    _typed(monkeypatch, "Zz99")
    assert main(["check", "password", "--self-id", "d1", "--explain", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "rules: CAC-1" in out
    assert "Zz99" not in out


def test_password_is_not_an_argument(capsys):
    assert main(["check", "password", "--self-id", "d1", "--password", "ab12"]) == 2
    assert "ab12" not in capsys.readouterr().out


def test_password_prompt_eof_is_bad_input(monkeypatch, capsys):
    def eof(prompt="", stream=None):
        raise EOFError

    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", eof)
    assert main(["check", "password", "--self-id", "d1"]) == 2
    assert capsys.readouterr().err == (
        "telcobiz: error: password: nothing was entered (end of input)\n"
    )


def test_password_piped_in_is_read_quietly(monkeypatch, capsys):
    # No terminal: one line each from stdin, no prompt and none of getpass's warnings.
    def no_getpass(prompt="", stream=None):
        raise AssertionError("getpass must not be used without a terminal")

    monkeypatch.setattr("getpass.getpass", no_getpass)
    monkeypatch.setattr("sys.stdin", io.StringIO("Ab12cd\r\nAb12cd\n"))
    assert main(["check", "password", "--self-id", "d1", "--confirm"]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("self password: no problems\n", "")


def test_password_piped_in_empty_is_bad_input(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["check", "password", "--self-id", "d1"]) == 2
    assert capsys.readouterr().err == (
        "telcobiz: error: password: nothing was entered (end of input)\n"
    )


def test_password_without_a_terminal_prints_no_warning():
    result = subprocess.run(
        [sys.executable, "-m", "telcobiz", "check", "password", "--self-id", "d1"],
        input="abc\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stderr == ""
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == "self password: 2 problems"


# -- order (BOS-1, BOS-2) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "code"),
    [
        (["--head-office", "沖縄県那覇市"], "bos.okinawa_head_office"),
        (["--head-office", "東京都", "--billing-address", "沖縄"], "bos.okinawa_billing_address"),
        (
            [
                "--head-office",
                "東京都",
                "--shipping-address",
                "大阪府",
                "--shipping-address",
                "ｵｷﾅﾜ",
                "--shipping-address",
                "〒900-0001 沖縄県",
            ],
            "bos.okinawa_shipping_address",
        ),
    ],
)
def test_order_okinawa_fields_exit_1(capsys, flags, code):
    assert main(["check", "order", *flags]) == 1
    assert f"[{code}]" in capsys.readouterr().out


def test_order_clean_applicant_exits_0(capsys):
    assert main(["check", "order", "--head-office", "東京都", "--billing-address", "東京都"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "BOS application by a corporation: no problems"


def test_order_applicant_flags(capsys):
    assert (
        main(
            [
                "check",
                "order",
                "--head-office",
                "東京都",
                "--sole-proprietor",
                "--outside-japan",
                "--existing-contracts",
                "1",
                "--in-writing",
                "--json",
            ]
        )
        == 1
    )
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False
    assert [p["code"] for p in data["application"]["problems"]] == [
        "bos.not_in_japan",
        "bos.one_contract_per_corporation",
    ]
    assert data["application"]["subject"] == "BOS application by a sole proprietor"


def test_order_rental_needs_simple_entry(capsys):
    args = ["check", "order", "--device", "iPhone 16:3", "--purchase", "rental"]
    assert main(args) == 1
    assert "[bos.rental_needs_simple_entry]" in capsys.readouterr().out
    assert main([*args, "--simple-entry"]) == 0


def test_order_every_bos2_flag(capsys):
    assert (
        main(
            [
                "check",
                "order",
                "--device",
                "iPhone:2",
                "--accessory",
                "ケース:1",
                "--campaign",
                "--payment",
                "counter",
                "--separate-billing",
                "--business-email",
                "a@ezweb.ne.jp",
                "--agreed-models",
                "--agreed-plans",
                "--agreed-services",
                "--bill-to",
                "new",
                "--au-points",
                "--json",
            ]
        )
        == 1
    )
    data = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in data["order"]["problems"]] == [
        "bos.same_quantity",
        "bos.agreed_terms_need_simple_entry",
        "bos.agreed_terms_need_simple_entry",
        "bos.agreed_terms_need_simple_entry",
        "bos.campaign_needs_simple_entry",
        "bos.business_email_needs_simple_entry",
        "bos.counter_payment",
        "bos.separate_billing",
        "bos.ezweb_address",
    ]


def test_order_both_checks_and_japanese(capsys):
    assert (
        main(
            [
                "check",
                "order",
                "--head-office",
                "大阪府",
                "--device",
                "Galaxy",
                "--lang",
                "ja",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "問題ありません" in out
    assert "口座振替開始前は窓口払いとなります" in out


def test_order_japanese_problems_and_explain(capsys):
    assert main(["check", "order", "--head-office", "沖縄", "--lang", "ja"]) == 1
    assert "本店の所在地が沖縄県の場合はお申し込みいただけません。" in capsys.readouterr().out
    assert main(["check", "order", "--device", "x", "--device", "y", "--explain"]) == 1
    out = capsys.readouterr().out
    assert "bos.one_kind_only" in out
    assert "- BOS-2: [1] " in out
    assert "\n[1] KDDI ビジネスオンラインサポート および KDDI デバイスマネジメントパック" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "order"], "nothing to check"),
        (["check", "order", "--device", "iPhone:x"], "--device quantity: got 'x'"),
        (["check", "order", "--device", "iPhone:0"], "quantity: got 0"),
        (["check", "order", "--device", "iPhone", "--payment", "cash"], "payment: got 'cash'"),
        (
            ["check", "order", "--head-office", "東京都", "--existing-contracts", "-1"],
            "existing_contracts",
        ),
    ],
)
def test_order_bad_input_exits_2(capsys, args, message):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("telcobiz: error: ")
    assert message in err
    assert err.count("\n") == 1
