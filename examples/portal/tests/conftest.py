"""Fixtures of the portal's tests: the app with a settable clock, its test client, a live server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime

import pytest
from examples.portal.app import create_app
from examples.portal.linebook import LineBook
from examples.portal.tests.support import SettableClock
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import WSGIRequestHandler, make_server


@pytest.fixture
def clock() -> SettableClock:
    """10:00 JST on Tuesday 2026-11-24, inside the 9:00-23:00 window."""
    return SettableClock(datetime(2026, 11, 24, 10, 0))


@pytest.fixture
def book() -> LineBook:
    """The five demo lines, 090-1111-0003 cancelled."""
    return LineBook.sample()


@pytest.fixture
def app(book: LineBook, clock: SettableClock) -> Flask:
    """The portal around the demo lines and the test's clock."""
    return create_app(book, clock=clock)


@pytest.fixture
def client(app: Flask) -> Iterator[FlaskClient]:
    """Flask's test client (no server, no browser)."""
    with app.test_client() as test_client:
        yield test_client


@pytest.fixture
def live_url(app: Flask) -> Iterator[str]:
    """The app served over HTTP on a free localhost port, in a thread, for the browser."""
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, name="portal-test-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class _QuietHandler(WSGIRequestHandler):
    """No request log lines on stderr: pytest shows them on every failure otherwise."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass
