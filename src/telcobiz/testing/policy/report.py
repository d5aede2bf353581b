"""Hypothesis strategies for the shared :class:`~telcobiz.policy.report.Report` of checks.

A report comes from a ``check_*`` function of one of the services, called with drawn input
(a corporate number that may be mistyped, DMP options on a drawn OS, an applicant).

>>> from hypothesis import given
>>> @given(reports())
... def test_ok_means_no_problems(report):
...     assert report.ok is not report.problems
>>> test_ok_means_no_problems()
"""

from __future__ import annotations

from hypothesis import strategies as st

from telcobiz.policy.device_management import check_options
from telcobiz.policy.docomo import check_corporate_number
from telcobiz.policy.online_support import check_application
from telcobiz.policy.report import Note, Problem, Report
from telcobiz.pricing.catalog import DeviceOS, DmpOption
from telcobiz.testing.core import parts, returned
from telcobiz.testing.policy.docomo import corporate_numbers
from telcobiz.testing.policy.online_support import applicants

__all__ = ["report_notes", "report_problems", "reports"]


def reports() -> st.SearchStrategy[Report]:
    """Reports of the services' checks for drawn input, fine or not.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(reports())
    ... def test_draws(value):
    ...     assert isinstance(value, Report)
    >>> test_draws()
    """
    numbers = corporate_numbers() | st.text("0123456789-", max_size=14)
    options = st.lists(st.sampled_from(DmpOption), max_size=4)
    return st.one_of(
        returned(check_corporate_number, numbers),
        returned(check_options, st.sampled_from(DeviceOS), options, basic_service=st.booleans()),
        returned(check_application, applicants()),
    )


def report_problems() -> st.SearchStrategy[Problem]:
    """One problem of a drawn report.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(report_problems())
    ... def test_draws(value):
    ...     assert isinstance(value, Problem)
    >>> test_draws()
    """
    return parts(reports(), lambda report: report.problems)


def report_notes() -> st.SearchStrategy[Note]:
    """One note of a drawn report.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(report_notes())
    ... def test_draws(value):
    ...     assert isinstance(value, Note)
    >>> test_draws()
    """
    return parts(reports(), lambda report: report.notes)
