"""The error tree: stable codes, field, value, expected; every code documented."""

import pickle
import re
from pathlib import Path

import pytest

from telcobiz import InvalidInput, OutOfRange, RuleViolation, TelcobizError, UnknownItem

ROOT = Path(__file__).resolve().parents[2]


def test_hierarchy():
    assert issubclass(InvalidInput, TelcobizError)
    assert issubclass(InvalidInput, ValueError)
    assert issubclass(OutOfRange, InvalidInput)
    assert issubclass(UnknownItem, InvalidInput)
    assert issubclass(RuleViolation, TelcobizError)
    assert [cls.default_code for cls in (InvalidInput, OutOfRange, UnknownItem, RuleViolation)] == [
        "invalid_input",
        "out_of_range",
        "unknown_item",
        "rule_violation",
    ]


def test_for_value_builds_a_message_that_says_what_was_expected():
    error = UnknownItem.for_value("item", 14, "one of 1..13", code="message_cast.unknown_item")
    assert str(error) == "item: got 14; expected one of 1..13"
    assert (error.code, error.field, error.value, error.expected) == (
        "message_cast.unknown_item",
        "item",
        14,
        "one of 1..13",
    )
    assert error.to_dict() == {
        "code": "message_cast.unknown_item",
        "field": "item",
        "value": "14",
        "expected": "one of 1..13",
        "message": "item: got 14; expected one of 1..13",
    }


def test_secrets_are_never_echoed():
    error = InvalidInput.for_value(
        "password", "hunter2", "4 to 8 letters and digits", problem="too short", secret=True
    )
    assert "hunter2" not in str(error)
    assert "hunter2" not in repr(error.to_dict())
    assert error.value == "***"
    plain = InvalidInput.for_value("password", "hunter2", "x", secret=True)
    assert "hunter2" not in str(plain)


def test_errors_survive_pickling():
    error = OutOfRange(
        "too early", code="table.before_first", field="on", value=1, expected="later"
    )
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is OutOfRange
    assert (copy.code, copy.field, copy.value, copy.expected, str(copy)) == (
        "table.before_first",
        "on",
        1,
        "later",
        "too early",
    )


def test_default_code_when_none_given():
    assert TelcobizError("x").code == "telcobiz.error"


def _raised_codes() -> set[str]:
    codes: set[str] = set()
    for path in (ROOT / "src" / "telcobiz").rglob("*.py"):
        if path.name == "errors.py":
            continue  # defines the classes; its examples use made-up codes
        codes.update(re.findall(r'code="([a-z0-9_.]+)"', path.read_text(encoding="utf-8")))
    return codes


def test_every_raised_code_is_listed_in_the_docs():
    documented = set(
        re.findall(
            r"^\| `([a-z0-9_.]+)` \|",
            (ROOT / "docs" / "errors.md").read_text(encoding="utf-8"),
            flags=re.MULTILINE,
        )
    )
    missing = _raised_codes() - documented
    assert not missing, f"codes raised in src/ but not listed in docs/errors.md: {sorted(missing)}"


def test_errors_are_raised_from_the_tree_not_bare_value_errors():
    from telcobiz import Yen

    with pytest.raises(TelcobizError):
        Yen("not money")
