"""Fuzz of the public API (issue 20): nothing but a TelcobizError escapes any public callable.

Every callable named in the ``__all__`` of a telcobiz package (functions, and classes through
their constructors) is called with the right number of arguments drawn from a pool of wrong
types, empty and huge values, NaN and infinities, far dates and odd Unicode, mixed with
well-formed values (and values from telcobiz.testing's strategies) so that calls also get past
the first check. A normal return is fine, and so is any TelcobizError; anything else fails with
the callable and its arguments. A lazy result (a record stream, a generator) is read, and every
result is printed with str(), since a portal does both.

CI runs a small, derandomized budget per callable (FUZZ_EXAMPLES, default 20);
``benchmarks/fuzz.py`` runs the same walk long.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import itertools
import os
import pkgutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

import hypothesis
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import telcobiz
from telcobiz.core import TelcobizError, YearMonth, Yen
from telcobiz.core.errors import short_repr
from telcobiz.scheduling import BusinessCalendar

# Packages whose callables are not fuzzed, each with the reason.
EXCLUDED_PACKAGES = {
    # hypothesis strategy factories: they validate their arguments with hypothesis's own
    # InvalidArgument, and they exist for tests, not for portals.
    "telcobiz.testing": "hypothesis strategies",
    # The process entry point: its contract is exit codes (0/1/2/3) and one line on stderr,
    # which tests/cli checks by running it; argparse ends a bad call with SystemExit.
    "telcobiz.cli": "command line entry point",
}


def _public_callables() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    seen: set[int] = set()
    packages = [telcobiz.__name__] + [
        info.name for info in pkgutil.walk_packages(telcobiz.__path__, "telcobiz.") if info.ispkg
    ]
    for name in packages:
        if any(name == skip or name.startswith(skip + ".") for skip in EXCLUDED_PACKAGES):
            continue
        module = importlib.import_module(name)
        for attribute in getattr(module, "__all__", ()):
            value = getattr(module, attribute)
            # Calling an Enum class is Python's lookup by value (ValueError by contract);
            # telcobiz reads enum choices through its own parse functions, fuzzed here.
            if isinstance(value, type) and issubclass(value, enum.Enum):
                continue
            # The error classes are raised by telcobiz with what it computed, never built from a
            # caller's input.
            if isinstance(value, type) and issubclass(value, BaseException):
                continue
            is_callable = inspect.isfunction(value) or inspect.isclass(value)
            if is_callable and id(value) not in seen:
                seen.add(id(value))
                found[f"{name}.{attribute}"] = value
    return found


CALLABLES = _public_callables()


def _enum_members() -> list[enum.Enum]:
    members: list[enum.Enum] = []
    for name in [telcobiz.__name__] + [
        info.name for info in pkgutil.walk_packages(telcobiz.__path__, "telcobiz.") if info.ispkg
    ]:
        module = importlib.import_module(name)
        for attribute in getattr(module, "__all__", ()):
            value = getattr(module, attribute)
            if isinstance(value, type) and issubclass(value, enum.Enum):
                members.extend(value)
    return members


def _module_constants() -> list[object]:
    # Public values that are not callables: layouts, price lists, policies, tables.
    constants: list[object] = []
    for name in ["telcobiz.csvformats", "telcobiz.policy", "telcobiz.pricing"]:
        module = importlib.import_module(name)
        for attribute in module.__all__:
            value = getattr(module, attribute)
            if not callable(value) and not isinstance(value, str | int | frozenset):
                constants.append(value)
    return constants


PLUS_14 = timezone(timedelta(hours=14))
MINUS_12 = timezone(timedelta(hours=-12))

EDGES: list[object] = [
    None,
    True,
    False,
    0,
    -1,
    1,
    2**31,
    2**63,
    -(2**63),
    10**30,
    -(10**30),
    1.5,
    float("nan"),
    float("inf"),
    -float("inf"),
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("1e999999"),
    Decimal("-1e-999999"),
    "",
    " ",
    "x",
    "\x00",
    "\ud800",
    "😀",
    "〜",  # U+301C: CP932 cannot encode it
    "１２３",  # full-width digits
    "７０００－０１２０－５０００２",
    "7‐0000‐1205‐0002",
    "2026-11",
    "2026-11-02",
    "9999-12",
    "0000-00",
    "x" * 10_000,
    b"",
    b"\x82",
    b"\xff\xfe\x00",
    [],
    {},
    (),
    set(),
    [None],
    ["x"],
    [1],
    object(),
    date.min,
    date.max,
    datetime.min,
    datetime.max,
    datetime.min.replace(tzinfo=PLUS_14),
    datetime.max.replace(tzinfo=MINUS_12),
    datetime.max.replace(tzinfo=UTC),
    time.min,
    time.max,
    timedelta.min,
    timedelta.max,
    timedelta(0),
    timedelta(days=-1),
    YearMonth(1, 1),
    YearMonth(9999, 12),
    Yen.MAX,
    -Yen.MAX,
]

GOOD: list[object] = [
    date(2026, 11, 2),
    date(2024, 2, 29),
    date(2019, 10, 1),
    datetime(2026, 11, 20, 17, 30),
    datetime(2026, 11, 22, 4, 0, tzinfo=UTC),
    time(9, 0),
    timedelta(hours=2),
    Yen(467),
    Yen("1928.50"),
    Yen(0),
    Decimal("0.10"),
    YearMonth(2026, 11),
    BusinessCalendar(),
    "7000012050002",
    "ios",
    "android",
    "au",
    "東京都",
    "沖縄県",
    "abc123",
    "user@example.com",
    "090-1234-5678",
    12,
    200,
    *_module_constants(),
]


def _testing_strategies() -> st.SearchStrategy[object]:
    import telcobiz.testing as testing

    strategies: list[st.SearchStrategy[object]] = []
    for name in testing.__all__:
        factory = getattr(testing, name)
        if name == "register_strategies":
            continue
        try:
            made = factory()
        except TypeError:
            continue  # a strategy that needs arguments (csv_files(layout) …)
        if isinstance(made, st.SearchStrategy):  # not the registry helpers
            strategies.append(made)
    return st.one_of(strategies)


SCALARS = st.one_of(
    st.sampled_from(EDGES),
    st.sampled_from(GOOD),
    st.sampled_from(_enum_members()),
    _testing_strategies(),
    st.text(max_size=20),
    st.integers(),
    st.binary(max_size=20),
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=3), st.tuples(SCALARS, SCALARS))


def _parameters(function: Callable[..., Any]) -> tuple[list[str], list[str], list[str]]:
    """Names of the required positional, required keyword-only and optional parameters."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return [], [], []
    positional, keyword, optional = [], [], []
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.default is not parameter.empty:
            optional.append(parameter.name)
        elif parameter.kind is parameter.KEYWORD_ONLY:
            keyword.append(parameter.name)
        else:
            positional.append(parameter.name)
    return positional, keyword, optional


Call = tuple[tuple[Any, ...], dict[str, Any]]


def calls(function: Callable[..., Any]) -> st.SearchStrategy[Call]:
    """Strategy of (args, kwargs) with every required parameter and some optional ones."""
    positional, keyword, optional = _parameters(function)
    args = st.tuples(*(VALUES for _ in positional))
    required = st.fixed_dictionaries(dict.fromkeys(keyword, VALUES))
    chosen = (
        st.dictionaries(st.sampled_from(optional), VALUES, max_size=2) if optional else st.just({})
    )
    return st.tuples(args, st.builds(lambda a, b: {**a, **b}, required, chosen))


def _consume(result: object) -> None:
    # A portal reads what it gets back and prints it: errors raised lazily count too.
    if isinstance(result, Iterator):
        for item in itertools.islice(result, 20):
            str(item)
        return
    str(result)


def call_once(
    name: str, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """Call ``function``; fail with the callable and arguments if a non-telcobiz error escapes.

    A function's result is read and printed too. A class is only built: its instances made of
    arbitrary fields are not results the library returns, so printing them proves nothing.
    """
    try:
        result = function(*args, **kwargs)
        if not isinstance(function, type):
            _consume(result)
    except TelcobizError:
        pass
    except Exception as error:
        shown = ", ".join(
            [short_repr(arg) for arg in args] + [f"{k}={short_repr(v)}" for k, v in kwargs.items()]
        )
        raise AssertionError(
            f"{name}({shown}) raised {type(error).__name__}: {short_repr(str(error))}"
        ) from error


EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "20"))


def fuzz_one(
    name: str, examples: int, *, derandomize: bool, seed: int | None = None
) -> Callable[[], None]:
    """A hypothesis test that fuzzes the callable ``name`` with ``examples`` calls."""
    function = CALLABLES[name]

    @settings(
        max_examples=examples,
        derandomize=derandomize,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        # The message names the callable and its arguments already: no time spent shrinking.
        phases=[Phase.explicit, Phase.generate],
    )
    @given(calls(function))
    def run(call: Call) -> None:
        call_once(name, function, *call)

    return run if seed is None else hypothesis.seed(seed)(run)


def test_the_walk_finds_the_public_api():
    # Every area is walked: a package that silently dropped out would hide its defects.
    areas = {name.split(".")[1] for name in CALLABLES if name.count(".") >= 2}
    assert {"core", "scheduling", "pricing", "policy", "csvformats"} <= areas
    from telcobiz.policy.docomo import validate_corporate_number

    assert validate_corporate_number in CALLABLES.values()
    assert len(CALLABLES) > 200


# The pool holds whole layouts and price lists: hypothesis warns that their repr is large.
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.parametrize("name", sorted(CALLABLES))
def test_only_telcobiz_errors_escape(name):
    fuzz_one(name, EXAMPLES, derandomize=True)()
