"""The portal in a real browser: Debian's Chromium driven by Playwright, screenshots kept.

The browser is the system's ``/usr/bin/chromium`` (``CHROMIUM`` overrides the path);
Playwright never downloads one. Screenshots go to ``examples/artifacts/`` (git-ignored), which
CI keeps as build artifacts.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from examples.portal.linebook import LineBook
from examples.portal.tests.support import SettableClock
from playwright.sync_api import Browser, Page, expect, sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

CANCELLED = "ご利用いただけない契約の対象者が選択されています。"
OUTSIDE_HOURS = "ただいまの時間帯はあんしんバックアップを利用できません。"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the module (starting it is the slow part, about a second)."""
    if not Path(CHROMIUM).exists():
        raise AssertionError(
            f"no Chromium at {CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM"
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab with its own cookies, 1024x768, failing fast (5 s) instead of hanging."""
    context = browser.new_context(viewport={"width": 1024, "height": 768}, locale="ja-JP")
    context.set_default_timeout(5_000)
    tab = context.new_page()
    yield tab
    context.close()


def _screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return path


def test_a_cancelled_line_shows_the_portal_message(
    page: Page, live_url: str, book: LineBook
) -> None:
    page.goto(f"{live_url}/backup")
    expect(page.locator("#lines tr")).to_have_count(6)  # the header and five lines
    cancelled_row = page.locator("#lines tr", has_text="090-1111-0003")
    expect(cancelled_row).to_contain_text("解約済")
    page.check("#line-090-1111-0001")
    page.check("#line-090-1111-0003")
    page.select_option("#backup", "on")
    page.click("#to-confirm")
    expect(page.locator("#messages .message")).to_have_text([CANCELLED])
    expect(page.locator("#messages .items")).to_have_text("（090-1111-0003）")
    expect(page.locator("#line-090-1111-0003")).to_be_checked()  # the selection is kept
    _screenshot(page, "portal-cancelled-line.png")
    assert book.revision == 0


def test_decide_at_23_00_shows_the_hours_message(
    page: Page, live_url: str, clock: SettableClock, book: LineBook
) -> None:
    clock.moment = datetime(2026, 11, 24, 23, 0)
    page.goto(f"{live_url}/backup")
    page.check("#line-090-1111-0002")
    page.click("#to-confirm")
    expect(page.locator("#new-settings")).to_have_text("バックアップ機能× 電話帳移行機能○")
    page.click("#decide")
    expect(page.locator("#messages .message")).to_have_text([OUTSIDE_HOURS])
    expect(page.locator("#messages time")).to_have_text("2026-11-25 09:00")
    _screenshot(page, "portal-outside-hours.png")
    assert str(book.get("090-1111-0002").settings) == "バックアップ機能× 電話帳移行機能×"


def test_decide_inside_the_window_saves_and_the_list_shows_it(
    page: Page, live_url: str, clock: SettableClock
) -> None:
    clock.moment = datetime(2026, 11, 24, 22, 59)
    page.goto(f"{live_url}/backup")
    page.check("#line-090-1111-0002")
    page.select_option("#backup", "on")
    page.select_option("#migration", "on")
    page.click("#to-confirm")
    page.click("#decide")
    expect(page.locator("#done")).to_have_text("1回線の設定を受け付けました。")
    page.click("text=一覧へ戻る")
    row = page.locator("#lines tr", has_text="090-1111-0002")
    expect(row.locator("td").nth(5)).to_have_text("バックアップ機能○ 電話帳移行機能○")


def test_the_quote_page_shows_the_readme_fleet_total(page: Page, live_url: str) -> None:
    page.goto(f"{live_url}/quote")
    page.fill("#android", "80")
    page.fill("#ios", "40")
    for box in page.locator("input[name=option]").all():
        box.uncheck()
    page.check("#option-android-backup")
    page.check("#option-android-message_notification")
    page.check("#option-ios-message_notification")
    page.fill("#start", "2026-11-05")
    page.fill("#month", "2026-12")
    page.fill("#basic_pack_ids", "50")
    page.click("#price")
    expect(page.locator("#subtotal")).to_have_text("82,240円")
    expect(page.locator("#tax")).to_have_text("8,224円")
    expect(page.locator("#grand-total")).to_have_text("90,464円")
    expect(page.locator("#quote-lines tr", has_text="ベーシックパック併用")).to_contain_text(
        "-13,800円"
    )
    expect(page.locator("#citations li").first).to_contain_text("§3.5.3")
    _screenshot(page, "portal-quote.png")


def test_a_bad_count_in_the_browser_shows_the_library_error(page: Page, live_url: str) -> None:
    page.goto(f"{live_url}/quote")
    page.fill("#ios", "-3")
    page.click("#price")
    expect(page.locator("#messages .message")).to_have_text(
        "group 'ios': count: got -3; expected a whole number of devices >= 0"
    )
    expect(page.locator("#ios")).to_have_value("-3")
