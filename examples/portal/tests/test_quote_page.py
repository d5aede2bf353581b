"""The fleet-quote page through Flask's test client: the README fleet, and bad input as 400."""

from __future__ import annotations

import pytest
from examples.portal.app import create_app
from examples.portal.tests.support import messages, rows, text_of
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

README_FLEET = {
    "android": "80",
    "ios": "40",
    "start": "2026-11-05",
    "month": "2026-12",
    "basic_pack_ids": "50",
}
README_OPTIONS = ["android:backup", "all:message"]  # as `telcobiz quote --option …` spells them


def _post(
    client: FlaskClient, changes: dict[str, str] | None = None, options: list[str] | None = None
) -> tuple[int, str]:
    page = client.post(
        "/quote",
        data={
            **README_FLEET,
            **(changes or {}),
            "option": README_OPTIONS if options is None else options,
        },
    )
    return page.status_code, page.text


def test_the_form_opens_with_the_readme_fleet(client: FlaskClient) -> None:
    page = client.get("/quote")
    assert page.status_code == 200
    assert 'id="android" value="80"' in page.text
    assert 'value="android:backup" id="option-android-backup" checked' in page.text
    assert (
        'value="ios:message_notification" id="option-ios-message_notification" checked' in page.text
    )
    assert 'value="android:virus_protection" id="option-android-virus_protection" >' in page.text
    assert "ios:backup" not in page.text  # バックアップ is offered for Android only (DMP-2)


def test_the_readme_fleet_costs_90_464_yen_in_december(client: FlaskClient) -> None:
    status, page = _post(client)
    assert status == 200
    assert text_of(page, "total") == "2026-12: 合計 90,464円（税抜 82,240円 + 消費税 8,224円）"
    assert rows(page, "quote-lines") == [
        ["android", "基本サービス", "467円", "80", "37,360円", "DMP-1"],
        ["android", "バックアップ", "200円", "80", "16,000円", "DMP-2"],
        ["android", "メッセージ通知", "200円", "80", "16,000円", "DMP-2"],
        ["ios", "基本サービス", "467円", "40", "18,680円", "DMP-1"],
        ["ios", "メッセージ通知", "200円", "40", "8,000円", "DMP-2"],
        ["(全体)", "ベーシックパック併用", "-276円", "50", "-13,800円", "DMP-3"],
        ["", "小計", "", "", "82,240円", ""],
        ["", "消費税", "", "", "8,224円", "TAX-2"],
        ["", "合計", "", "", "90,464円", ""],
    ]
    assert "ルール: DMP-1, DMP-2, DMP-3, TAX-1, TAX-2" in page
    assert (
        "<li>DMP-3: KDDI ビジネスオンラインサポート および KDDI デバイスマネジメントパック"
        " 説明資料（管理者さま用） Ver 1.2.0 §3.5.4 row ベーシックパック併用 「467 円⇒191 円」</li>"
    ) in page
    assert "<li>TAX-2: 消費税法施行令 第70条の10</li>" in page


def test_per_os_checkboxes_price_the_same_as_all(client: FlaskClient) -> None:
    per_os = ["android:backup", "android:message_notification", "ios:message_notification"]
    assert text_of(_post(client, options=per_os)[1], "grand-total") == "90,464円"


def test_the_start_month_is_free_and_uses_no_basic_pack_id(client: FlaskClient) -> None:
    """DMP-1: November is the start month: options 16,000 + 16,000 + 8,000, tax 4,000."""
    status, page = _post(client, {"month": "2026-11"})
    assert (status, text_of(page, "grand-total")) == (200, "44,000円")
    assert "ベーシックパック適用 0 / 50 ID" in page


BAD_INPUT = [
    (
        {"android": "八十"},
        None,
        "android: got '八十'; expected a whole number written in digits, e.g. 80",
    ),
    (
        {"android": "-1"},
        None,
        "group 'android': count: got -1; expected a whole number of devices >= 0",
    ),
    ({"month": "2026-13"}, None, "month: got 13; expected an int from 1 to 12"),
    (
        {"start": "2026-02-30"},
        None,
        "start: got '2026-02-30'; expected a calendar date written YYYY-MM-DD, e.g. 2026-11-05",
    ),
    (
        {"basic_pack_ids": "-1"},
        None,
        "basic_pack_ids: got -1; expected a whole number of Basic Pack IDs >= 0",
    ),
    (
        {"month": "2013-12", "start": "2013-11-05"},
        None,
        "KDDI デバイスマネジメントパック price list: no value before 2014-04-01"
        " (asked for 2013-12-01)",
    ),
    (
        {},
        ["ios:backup"],
        "group 'ios': option バックアップ (backup) is not offered for iOS; expected an option"
        " whose 対象 OS includes iOS: メッセージ通知 (message_notification)",
    ),
    (
        {},
        ["android:firewall"],
        "option: got 'firewall'; expected one of internet_connection (インターネット接続管理),"
        " backup (バックアップ), message_notification (メッセージ通知), virus_protection"
        " (ウイルス対策)",
    ),
    (
        {"ios": ""},
        ["ios:message_notification"],
        "option メッセージ通知 (message_notification) for iOS needs the basic service; expected"
        " a count of iOS devices with the option",
    ),
    (
        {"android": "", "ios": " "},
        [],
        "devices: no device count given; expected an Android and/or an iOS device count",
    ),
]


@pytest.mark.parametrize(("changes", "options", "message"), BAD_INPUT)
def test_bad_input_shows_the_error_message_with_400(
    client: FlaskClient, changes: dict[str, str], options: list[str] | None, message: str
) -> None:
    status, page = _post(client, changes, options)
    assert (status, messages(page)) == (400, [message])
    assert 'id="total"' not in page
    for field, value in changes.items():  # the form keeps what was typed
        assert f'id="{field}" value="{value}"' in page


@settings(max_examples=80, deadline=None)
@given(
    field=st.sampled_from(sorted(README_FLEET)),
    text=st.text(st.characters(codec="utf-8"), max_size=12),
)
def test_no_typed_text_ever_makes_a_500(field: str, text: str) -> None:
    client = create_app().test_client()
    status, page = _post(client, {field: text})
    assert status in (200, 400)
    assert (status == 200) == ('id="grand-total"' in page)
    if status == 400:
        assert len(messages(page)) == 1
