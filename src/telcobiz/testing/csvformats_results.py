"""Hypothesis strategies for what reading CSV files gives: reports, reconciliations, plans.

A :class:`~telcobiz.csvformats.ReadReport` comes from reading a generated file (canonical
lines of :func:`~telcobiz.testing.csvformats.csv_files` with broken lines mixed in), a
:class:`~telcobiz.csvformats.Reconciliation` from ``reconcile`` of drawn records, a
:class:`~telcobiz.csvformats.ReplacementPlan` from ``plan_replacement`` of drawn user lists.

>>> from hypothesis import given, settings
>>> @settings(max_examples=20)
... @given(read_reports())
... def test_every_line_is_accounted_for(report):
...     assert report.header_lines + report.accepted + report.rejected == report.lines_read
>>> test_every_line_is_accounted_for()
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from telcobiz.csvformats import (
    CALL_DETAIL,
    LAYOUTS,
    Field,
    HeaderTitle,
    Layout,
    LineProblem,
    NumberReconciliation,
    ReadReport,
    Reconciliation,
    RecordCheck,
    ReplacementPlan,
    UserChange,
    ValueChange,
    check_csv,
    cp932,
    plan_replacement,
    reconcile,
    write,
)
from telcobiz.csvformats.reader.batch import Batch, BatchReader
from telcobiz.csvformats.reader.source import MAX_LINE_LENGTH, Lines, OneLine, Overlong, segments
from telcobiz.testing.core import parts, returned, year_months
from telcobiz.testing.csvformats import call_details, csv_files, docomo_users, usage_summaries

__all__ = [
    "fast_batches",
    "fields",
    "header_titles",
    "layouts",
    "line_problems",
    "number_reconciliations",
    "read_reports",
    "reconciliations",
    "record_checks",
    "replacement_plans",
    "run_segments",
    "user_changes",
    "value_changes",
]

# Lines that break a layout in different ways: a wrong field count, a bad value, quotes.
_BROKEN = (b"x\r\n", b",,,,,,,,\r\n", b'"unclosed,1\r\n', b"\r\n", "東京,-,-\r\n".encode("cp932"))


def layouts() -> st.SearchStrategy[Layout[Any]]:
    """The layouts the library knows (:data:`~telcobiz.csvformats.LAYOUTS`).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(layouts())
    ... def test_draws(value):
    ...     assert isinstance(value, Layout)
    >>> test_draws()
    """
    return st.sampled_from(LAYOUTS)


def fields() -> st.SearchStrategy[Field]:
    """A data field of one of the layouts.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(fields())
    ... def test_draws(value):
    ...     assert isinstance(value, Field)
    >>> test_draws()
    """
    return parts(layouts(), lambda layout: layout.fields)


def header_titles() -> st.SearchStrategy[HeaderTitle]:
    """A header title of one of the layouts.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(header_titles())
    ... def test_draws(value):
    ...     assert isinstance(value, HeaderTitle)
    >>> test_draws()
    """
    return parts(layouts(), lambda layout: layout.header)


def record_checks() -> st.SearchStrategy[RecordCheck[Any]]:
    """A record check of one of the layouts (a summary's total).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(record_checks())
    ... def test_draws(value):
    ...     assert isinstance(value, RecordCheck)
    >>> test_draws()
    """
    return parts(layouts(), lambda layout: layout.checks)


@st.composite
def _mixed_file(draw: st.DrawFn, layout: Layout[Any]) -> bytes:
    lines = draw(csv_files(layout, max_records=5)).splitlines(keepends=True)
    for broken in draw(st.lists(st.sampled_from(_BROKEN), max_size=3)):
        lines.insert(draw(st.integers(0, len(lines))), broken)
    return b"".join(lines)


def read_reports() -> st.SearchStrategy[ReadReport]:
    """The report of reading a drawn file, good lines and broken ones, with ``check_csv``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(read_reports())
    ... def test_draws(value):
    ...     assert isinstance(value, ReadReport)
    >>> test_draws()
    """
    return layouts().flatmap(
        lambda layout: returned(check_csv, _mixed_file(layout), st.just(layout))
    )


def line_problems() -> st.SearchStrategy[LineProblem]:
    """A problem of a drawn read report.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(line_problems())
    ... def test_draws(value):
    ...     assert isinstance(value, LineProblem)
    >>> test_draws()
    """
    return parts(read_reports(), lambda report: report.problems)


def run_segments(kind: type[Lines | OneLine | Overlong] = Lines) -> st.SearchStrategy[Any]:
    """The runs of lines ``segments`` cuts from a drawn source, of one ``kind``.

    >>> from hypothesis import given, settings
    >>> @given(run_segments(OneLine))
    ... def test_one_line(segment):
    ...     assert segment.lines == 1
    >>> test_one_line()
    """
    sources: st.SearchStrategy[Any]
    if kind is OneLine:  # an item of an iterable of lines with a line break inside it
        sources = st.lists(st.sampled_from(["a\nb", "a\r\nb\n"]), min_size=1, max_size=3)
    elif kind is Overlong:
        # An iterable of lines, as a line-by-line source gives them, with one too long.
        sources = st.integers(1, 10).map(lambda extra: [b"x" * (MAX_LINE_LENGTH + extra) + b"\n"])
    else:
        sources = layouts().flatmap(_mixed_file)
    found = returned(lambda source: [s for s in segments(source) if isinstance(s, kind)], sources)
    return parts(found, lambda runs: runs)


def reconciliations() -> st.SearchStrategy[Reconciliation]:
    """``reconcile`` of drawn call details against drawn summaries, with or without a month.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(reconciliations())
    ... def test_draws(value):
    ...     assert isinstance(value, Reconciliation)
    >>> test_draws()
    """
    details = st.lists(call_details(), max_size=6)
    summaries = st.lists(usage_summaries(), max_size=4)
    return returned(reconcile, details, summaries, month=st.none() | year_months())


def number_reconciliations() -> st.SearchStrategy[NumberReconciliation]:
    """One number's part of a drawn reconciliation.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(number_reconciliations())
    ... def test_draws(value):
    ...     assert isinstance(value, NumberReconciliation)
    >>> test_draws()
    """
    return parts(reconciliations(), lambda result: result.numbers)


def replacement_plans() -> st.SearchStrategy[ReplacementPlan]:
    """What uploading a drawn user list over a drawn current list would do.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(replacement_plans())
    ... def test_draws(value):
    ...     assert isinstance(value, ReplacementPlan)
    >>> test_draws()
    """
    users = docomo_users()
    current = st.lists(users, max_size=5, unique_by=lambda user: user.account_id)
    return returned(plan_replacement, current, st.lists(users, max_size=5))


def user_changes() -> st.SearchStrategy[UserChange]:
    """One changed user of a drawn replacement plan (the same ID, other details).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(user_changes())
    ... def test_draws(value):
    ...     assert isinstance(value, UserChange)
    >>> test_draws()
    """

    @st.composite
    def changed(draw: st.DrawFn) -> ReplacementPlan:
        before = draw(
            st.lists(docomo_users(), min_size=1, max_size=3, unique_by=lambda u: u.account_id)
        )
        after = [user._replace(email=draw(docomo_users()).email) for user in before]
        return plan_replacement(before, after)

    return parts(changed(), lambda plan: plan.changed)


def _written_change(call: Any, character: str) -> ValueChange:
    changes: list[ValueChange] = []
    record = call._replace(area=character)
    for _ in write([record], CALL_DETAIL, normalise=changes.append, neutralise_formulas=False):
        pass
    return changes[0]


def value_changes() -> st.SearchStrategy[ValueChange]:
    """What ``write(normalise=...)`` reports for a drawn call whose 地域名 CP932 cannot hold.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(value_changes())
    ... def test_draws(change):
    ...     assert change.before in cp932.stand_ins() and change.after != change.before
    >>> test_draws()
    """
    return st.builds(_written_change, call_details(), st.sampled_from(sorted(cp932.stand_ins())))


def _fast_batch(layout: Layout[Any], data: bytes) -> Batch[Any]:
    body = data.split(b"\n", 1)[1]
    return BatchReader(layout, "cp932").read(body, body.count(b"\n"))


def fast_batches() -> st.SearchStrategy[Batch[Any]]:
    """What the reader's fast path makes of the lines of a drawn file, broken lines included.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(fast_batches())
    ... def test_draws(batch):
    ...     assert all(isinstance(line, bytes) for _, line in batch.careful)
    >>> test_draws()
    """
    return layouts().flatmap(
        lambda layout: st.builds(
            _fast_batch,
            st.just(layout),
            _mixed_file(layout).filter(lambda data: data.count(b"\n") > 1),
        )
    )
