"""st.from_type draws, for every public type, only what the library could return (issue 17)."""

import importlib
import importlib.metadata
import os
import pkgutil
import subprocess
import sys

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import telcobiz
from telcobiz import Yen
from telcobiz.csvformats import ReadReport
from telcobiz.policy.insurance import Payout, YearPayout
from telcobiz.policy.softbank_backup import BackupDecision
from telcobiz.pricing import Projection, Quote
from telcobiz.scheduling.message_cast import LeadTime
from telcobiz.testing import STRATEGIES


def _public_types():
    found = {}
    for info in pkgutil.walk_packages(telcobiz.__path__, "telcobiz."):
        if info.name.startswith(("telcobiz.cli", "telcobiz.testing", "telcobiz._")):
            continue
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if isinstance(value, type) and (
                attrs.has(value) or (issubclass(value, tuple) and hasattr(value, "_fields"))
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return dict(sorted(found.items()))


PUBLIC = _public_types()


def test_every_public_type_has_a_strategy():
    missing = sorted(name for name, cls in PUBLIC.items() if cls not in STRATEGIES)
    assert not missing, f"add these to telcobiz.testing.registry.STRATEGIES: {missing}"
    assert len(PUBLIC) >= 100


def _quote(bill):
    assert bill.total == bill.subtotal + bill.tax
    assert Yen.sum(line.amount for line in bill.lines) == bill.subtotal
    assert Yen.sum(group.tax for group in bill.tax_groups) == bill.tax


def _projection(run):
    assert run.total == Yen.sum(month.total for month in run)
    assert [month.month for month in run] == [run.start.shift(n) for n in range(len(run))]
    for month in run:
        _quote(month)


def _payout(payout):
    assert payout.paid + payout.self_borne == payout.claimed
    assert Yen(0) <= payout.paid <= payout.claimed


def _year(year):
    assert year.paid + year.self_borne == year.claimed
    assert year.paid == Yen.sum(payout.paid for payout in year.payouts)


def _report(report):
    assert report.header_lines + report.accepted + report.rejected == report.lines_read
    assert report.ok is (report.rejected == 0 and not report.problems)


def _lead(lead):
    assert lead.accepted_on <= lead.earliest <= lead.latest


def _decision(decision):
    assert decision.allowed or decision.message


INVARIANTS = {
    Quote: _quote,
    Projection: _projection,
    Payout: _payout,
    YearPayout: _year,
    ReadReport: _report,
    LeadTime: _lead,
    BackupDecision: _decision,
}


@pytest.mark.parametrize("cls", PUBLIC.values(), ids=PUBLIC.keys())
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_from_type_draws_what_the_library_returns(cls, data):
    value = data.draw(st.from_type(cls))
    assert isinstance(value, cls)
    INVARIANTS.get(cls, lambda _: None)(value)


@settings(max_examples=40, deadline=None)
@given(st.from_type(Quote))
def test_drawn_quotes_always_add_up(bill):
    _quote(bill)


def test_the_entry_point_is_installed():
    hooks = importlib.metadata.entry_points(group="hypothesis")
    assert "_telcobiz_hypothesis:setup_hook" in {hook.value for hook in hooks}


# What hypothesis does with the entry point `_telcobiz_hypothesis:setup_hook`, step by step
# (HYPOTHESIS_NO_PLUGINS keeps the installed entry point out of the way).
LAZY = """
import sys
import hypothesis
import _telcobiz_hypothesis
_telcobiz_hypothesis.setup_hook()
from hypothesis import find, strategies as st
assert not [name for name in sys.modules if name.startswith("telcobiz")], sys.modules.keys()
from telcobiz.pricing import Quote
assert "telcobiz.testing" not in sys.modules  # registered, not yet resolved
bill = find(st.from_type(Quote), lambda bill: bill.devices > 0)
assert bill.total == bill.subtotal + bill.tax, bill
assert "telcobiz.testing" in sys.modules
print("ok")
"""

EAGER = """
from telcobiz.pricing import Quote
from hypothesis import find, strategies as st
bill = find(st.from_type(Quote), lambda bill: bill.basic_pack_applied > 0)
assert bill.total == bill.subtotal + bill.tax, bill
print("ok")
"""


@pytest.mark.parametrize("script", [LAZY, EAGER], ids=["hypothesis first", "telcobiz first"])
def test_from_type_works_whichever_is_imported_first(script):
    env = {**os.environ, "HYPOTHESIS_NO_PLUGINS": "1"} if script is LAZY else None
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.stdout.strip() == "ok", done.stderr
