"""The portal: a Flask app with the SoftBank backup-settings screens and a fleet-quote page.

The rules are telcobiz's; the app supplies what the SDK leaves to it: the storage (a
:class:`~examples.portal.linebook.LineBook` in memory), the transport (HTTP forms) and "now"
(a ``clock`` given to :func:`create_app`, passed to telcobiz as ``at=``; the rules never
read the clock themselves).

Screens:

- ``GET /backup`` 携帯電話番号一覧から選択: the lines, their status and switches; choose lines
  and the new switches, then 「確認」.
- ``POST /backup/confirm``: ``check_phone_number_list``; the 確認 screen, or the portal's
  message (422).
- ``POST /backup/apply`` 「決定」: ``check_confirmation(at=clock())``, with a concurrent change
  (the book's revision moved since 確認) as ``update_conflict``; saved, or the message (422,
  or 409 for the conflict).
- ``GET /quote``, ``POST /quote``: a fleet's monthly bill, line by line, with the citations.

Any ``TelcobizError`` the form provokes is shown on the page with its message, status 400
(bad input) or 422 (a rule says no); never a 500.

>>> from datetime import datetime
>>> app = create_app(clock=lambda: datetime(2026, 11, 24, 10, 0))
>>> page = app.test_client().post("/backup/confirm", data={
...     "number": ["090-1111-0001", "090-1111-0003"], "backup": "on", "migration": "on"})
>>> page.status_code, "ご利用いただけない契約の対象者が選択されています。" in page.text
(422, True)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from examples.portal.forms import fleet_form, switches, whole_number
from examples.portal.linebook import LineBook, LineEntry
from flask import Flask, render_template, request

from telcobiz.core.errors import RuleViolation, TelcobizError
from telcobiz.core.jst import JST
from telcobiz.policy.softbank_backup import (
    PortalReport,
    check_confirmation,
    check_phone_number_list,
    mail_plan,
)
from telcobiz.pricing import DeviceOS, DmpOption, quote

__all__ = ["Clock", "create_app", "system_clock"]

Clock = Callable[[], datetime]
"""Where the app gets "now" from: a function returning an aware or a naive (JST) datetime."""

# The README's fleet, so the quote page shows a worked example before anything is typed.
_QUOTE_DEFAULTS = {
    "android": "80",
    "ios": "40",
    "start": "2026-11-05",
    "month": "2026-12",
    "basic_pack_ids": "50",
}
_DEFAULT_OPTIONS = ("android:backup", "android:message_notification", "ios:message_notification")


def system_clock() -> datetime:
    """The real time, in JST: what a deployed portal passes to telcobiz as ``at=``."""
    return datetime.now(JST)


def _status(error: TelcobizError) -> int:
    return 422 if isinstance(error, RuleViolation) else 400


def _report_status(report: PortalReport) -> int:
    return 409 if "backup.update_conflict" in report.codes else 422


def _option_choices() -> list[tuple[str, str]]:
    """Each (OS, option) pair telcobiz offers, as a checkbox value and its label."""
    return [
        (f"{os.value}:{option.value}", f"{os.label}: {option.label}")
        for os in (DeviceOS.ANDROID, DeviceOS.IOS)
        for option in DmpOption
        if option.supports(os)
    ]


def create_app(book: LineBook | None = None, *, clock: Clock = system_clock) -> Flask:
    """Build the portal around ``book`` (default: :meth:`LineBook.sample`) and ``clock``.

    >>> create_app().test_client().get("/backup").status_code
    200
    """
    app = Flask(__name__)
    lines = LineBook.sample() if book is None else book
    app.extensions["telcobiz_portal"] = {"book": lines, "clock": clock}

    @app.errorhandler(TelcobizError)
    def telcobiz_error(error: TelcobizError) -> tuple[str, int]:
        return render_template("error.html", error=error), _status(error)

    @app.get("/")
    def index() -> str:
        return render_template("index.html")

    def lines_page(
        report: PortalReport | None = None, chosen: tuple[str, ...] = (), **form: str
    ) -> str:
        return render_template(
            "lines.html", entries=lines.entries(), report=report, chosen=chosen, form=form
        )

    @app.get("/backup")
    def backup_lines() -> str:
        return lines_page()

    @app.post("/backup/confirm")
    def backup_confirm() -> str | tuple[str, int]:
        numbers = tuple(request.form.getlist("number"))
        backup, migration = request.form.get("backup", ""), request.form.get("migration", "")
        settings = switches(backup, migration)
        chosen = lines.select(numbers)
        report = check_phone_number_list(entry.line for entry in chosen)
        if not report.ok:
            page = lines_page(report, numbers, backup=backup, migration=migration)
            return page, _report_status(report)
        return render_template(
            "confirm.html",
            chosen=chosen,
            settings=settings,
            form={"backup": backup, "migration": migration},
            revision=lines.revision,
            report=None,
        )

    @app.post("/backup/apply")
    def backup_apply() -> str | tuple[str, int]:
        backup, migration = request.form.get("backup", ""), request.form.get("migration", "")
        settings = switches(backup, migration)
        chosen: list[LineEntry] = lines.select(request.form.getlist("number"))
        seen = whole_number("revision", request.form.get("revision", ""), 3)
        chosen_lines = [entry.line for entry in chosen]
        moment = clock()
        report = check_confirmation(chosen_lines, at=moment, update_conflict=seen != lines.revision)
        numbers = [entry.number for entry in chosen]
        if report.ok and lines.apply(numbers, settings, expected_revision=seen) is None:
            # Another administrator saved between the check and this save.
            report = check_confirmation(chosen_lines, at=moment, update_conflict=True)
        if not report.ok:
            page = render_template(
                "confirm.html",
                chosen=chosen,
                settings=settings,
                form={"backup": backup, "migration": migration},
                revision=lines.revision,
                report=report,
            )
            return page, _report_status(report)
        plan = mail_plan(entry.line for entry in chosen)
        return render_template(
            "done.html", chosen=lines.select(e.number for e in chosen), plan=plan
        )

    @app.get("/quote")
    def quote_form() -> str:
        return _quote_page(dict(_QUOTE_DEFAULTS), list(_DEFAULT_OPTIONS))

    @app.post("/quote")
    def quote_result() -> str | tuple[str, int]:
        fields = {key: request.form.get(key, "") for key in _QUOTE_DEFAULTS}
        options = request.form.getlist("option")
        try:
            form = fleet_form(fields, options)
            bill = quote(form.fleet, form.month, basic_pack_ids=form.basic_pack_ids)
        except TelcobizError as error:
            return _quote_page(fields, options, error=error), _status(error)
        return _quote_page(fields, options, bill=bill)

    return app


def _quote_page(fields: dict[str, str], options: list[str], **result: Any) -> str:
    return render_template(
        "quote.html", fields=fields, options=options, choices=_option_choices(), **result
    )
