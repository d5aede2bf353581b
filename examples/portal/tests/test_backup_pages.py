"""The backup-settings screens through Flask's test client: messages, window, conflicts, errors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from examples.portal.app import create_app
from examples.portal.linebook import LineBook
from examples.portal.tests.support import SettableClock, messages, rows, text_of
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.test import TestResponse

from telcobiz.policy.softbank_backup import DeviceKind, Line

CANCELLED = "ご利用いただけない契約の対象者が選択されています。"
OUTSIDE_HOURS = "ただいまの時間帯はあんしんバックアップを利用できません。"
CONFLICT = "ただいま受付できません。しばらく経ってから再度お試しください。"


def _confirm(
    client: FlaskClient, numbers: list[str], backup: str = "on", migration: str = "on"
) -> TestResponse:
    return client.post(
        "/backup/confirm", data={"number": numbers, "backup": backup, "migration": migration}
    )


def _apply(client: FlaskClient, numbers: list[str], revision: str = "0") -> TestResponse:
    data = {"number": numbers, "backup": "on", "migration": "off", "revision": revision}
    return client.post("/backup/apply", data=data)


def test_the_list_shows_every_line_with_status_and_default_switches(client: FlaskClient) -> None:
    """SB-2: contracted up to 2017-05-09 both ×, from 2017-05-10 電話帳移行機能 ○."""
    page = client.get("/backup")
    assert page.status_code == 200
    assert [row[1:] for row in rows(page.text, "lines")] == [
        [
            "090-1111-0001",
            "iPhone",
            "サービス中",
            "2019-04-01",
            "バックアップ機能× 電話帳移行機能○",
        ],
        [
            "090-1111-0002",
            "スマートフォン",
            "サービス中",
            "2016-10-03",
            "バックアップ機能× 電話帳移行機能×",
        ],
        [
            "090-1111-0003",
            "4Gケータイ",
            "解約済",
            "2017-05-09",
            "バックアップ機能× 電話帳移行機能×",
        ],
        [
            "090-1111-0004",
            "Windows 10 Mobile",
            "サービス中",
            "2017-05-10",
            "バックアップ機能× 電話帳移行機能○",
        ],
        [
            "080-2222-0005",
            "4Gケータイ",
            "サービス中",
            "2021-01-15",
            "バックアップ機能× 電話帳移行機能○",
        ],
    ]


def test_a_cancelled_line_in_the_selection_shows_the_portal_message(
    client: FlaskClient, book: LineBook
) -> None:
    page = _confirm(client, ["090-1111-0001", "090-1111-0003"])
    assert page.status_code == 422
    assert messages(page.text) == [CANCELLED]
    assert "（090-1111-0003）" in page.text
    # The selection is kept on the page, and nothing was saved.
    assert 'value="090-1111-0003" id="line-090-1111-0003" checked' in page.text
    assert book.revision == 0


def test_no_line_selected(client: FlaskClient) -> None:
    page = _confirm(client, [])
    assert (page.status_code, messages(page.text)) == (422, ["ユーザが1件も選択されていません。"])


def test_more_than_200_lines(clock: SettableClock) -> None:
    many = LineBook(
        (Line(f"090-0000-{n:04d}", DeviceKind.SMARTPHONE), date(2020, 1, 1)) for n in range(201)
    )
    client = create_app(many, clock=clock).test_client()
    numbers = [entry.number for entry in many.entries()]
    assert messages(_confirm(client, numbers[:200]).text) == []
    page = _confirm(client, numbers)
    assert (page.status_code, messages(page.text)) == (422, ["選択できるユーザは200件までです。"])


def test_confirm_then_decide_inside_the_window_saves_the_switches(
    client: FlaskClient, book: LineBook
) -> None:
    page = _confirm(client, ["090-1111-0001", "090-1111-0004"], backup="on", migration="off")
    assert page.status_code == 200
    assert text_of(page.text, "new-settings") == "バックアップ機能○ 電話帳移行機能×"
    assert 'name="revision" value="0"' in page.text
    done = _apply(client, ["090-1111-0001", "090-1111-0004"])
    assert done.status_code == 200
    assert text_of(done.text, "done") == "2回線の設定を受け付けました。"
    # SB-5 mails: the iPhone gets the あんしんバックアップ URL, Windows 10 Mobile 連絡先コピー and
    # no password mail.
    assert rows(done.text, "saved") == [
        ["090-1111-0001", "iPhone", "バックアップ機能○ 電話帳移行機能×", "要", "要"],
        ["090-1111-0004", "Windows 10 Mobile", "バックアップ機能○ 電話帳移行機能×", "要", "不要"],
    ]
    assert book.revision == 1
    assert str(book.get("090-1111-0001").settings) == "バックアップ機能○ 電話帳移行機能×"
    assert str(book.get("090-1111-0002").settings) == "バックアップ機能× 電話帳移行機能×"


def test_decide_at_23_00_is_refused_until_9_00(
    client: FlaskClient, clock: SettableClock, book: LineBook
) -> None:
    clock.moment = datetime(2026, 11, 24, 23, 0)
    page = _apply(client, ["090-1111-0001"])
    assert (page.status_code, messages(page.text)) == (422, [OUTSIDE_HOURS])
    assert '<time datetime="2026-11-25T09:00:00+09:00">2026-11-25 09:00</time>' in page.text
    assert book.revision == 0


def test_an_aware_clock_is_read_in_jst(
    client: FlaskClient, clock: SettableClock, book: LineBook
) -> None:
    clock.moment = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # 23:00 JST
    assert messages(_apply(client, ["090-1111-0001"]).text) == [OUTSIDE_HOURS]
    clock.moment = datetime(2026, 11, 24, 13, 59, tzinfo=UTC)  # 22:59 JST
    assert _apply(client, ["090-1111-0001"]).status_code == 200


@settings(max_examples=60, deadline=None)
@given(st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)))
def test_decide_is_accepted_exactly_from_9_00_to_before_23_00(moment: datetime) -> None:
    clock = SettableClock(moment)
    client = create_app(LineBook.sample(), clock=clock).test_client()
    page = _apply(client, ["090-1111-0002"])
    inside = 9 <= moment.hour < 23
    assert page.status_code == (200 if inside else 422)
    assert messages(page.text) == ([] if inside else [OUTSIDE_HOURS])
    if not inside:
        next_nine = moment.replace(hour=9, minute=0, second=0, microsecond=0)
        if moment.hour >= 23:
            next_nine += timedelta(days=1)
        assert f'<time datetime="{next_nine.isoformat()}+09:00">' in page.text


def test_another_administrators_change_in_between_is_a_conflict(
    client: FlaskClient, book: LineBook
) -> None:
    assert _apply(client, ["090-1111-0002"], revision="0").status_code == 200
    page = _apply(client, ["090-1111-0001"], revision="0")  # prepared before that change
    assert (page.status_code, messages(page.text)) == (409, [CONFLICT])
    assert 'name="revision" value="1"' in page.text  # confirming again uses the new revision
    assert str(book.get("090-1111-0001").settings) == "バックアップ機能× 電話帳移行機能○"


def test_decide_rechecks_a_cancelled_line_and_the_hours_together(
    client: FlaskClient, clock: SettableClock
) -> None:
    clock.moment = datetime(2026, 11, 24, 8, 59)
    page = _apply(client, ["090-1111-0003"])
    assert (page.status_code, messages(page.text)) == (422, [CANCELLED, OUTSIDE_HOURS])


def test_a_bad_switch_value_shows_the_library_error(client: FlaskClient) -> None:
    page = _confirm(client, ["090-1111-0001"], backup="yes")
    assert page.status_code == 400
    assert messages(page.text) == [
        "backup: got 'yes'; expected True (○ 利用可) or False (× 利用不可)"
    ]


def test_an_unknown_line_and_a_bad_revision_are_400_not_500(client: FlaskClient) -> None:
    unknown = _confirm(client, ["090-9999-9999"])
    assert (unknown.status_code, messages(unknown.text)) == (
        400,
        ["number: got '090-9999-9999'; expected a phone number listed on the page"],
    )
    tampered = _apply(client, ["090-1111-0001"], revision="latest")
    assert (tampered.status_code, messages(tampered.text)) == (
        400,
        ["revision: got 'latest'; expected a whole number written in digits, e.g. 3"],
    )
