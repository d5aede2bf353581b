"""Rows to pandas data frames with the dtypes a notebook expects, in one place.

Every result that has ``to_rows()`` also has ``to_dataframe()``, a one-line delegation to
:func:`to_dataframe` with the result's column specs (:class:`Column`). A column's
:class:`ColumnKind` fixes its dtype, whatever the rows hold, so an empty result has the same
columns and dtypes as a full one:

========== ================================================ ======================================
kind       dtype                                            why
========== ================================================ ======================================
MONEY      ``decimal128(18, 2)[pyarrow]`` (``pd.ArrowDtype``) exact *and* numeric: ``sum()`` is the
                                                            exact :class:`~decimal.Decimal`,
                                                            ``plot()`` draws it
DECIMAL    ``decimal128(18, s)[pyarrow]``                   rates such as ``0.10``, exact
MONTH      ``period[M]``                                    a billing month, on a time axis
DATE       ``datetime64[us]``                               a day
DATETIME   ``datetime64[us]``                               a JST moment (naive = JST)
TIME       ``time64[us][pyarrow]``                          a time of day (numpy has no time type)
DURATION   ``timedelta64[us]``                              a call's duration
INT        ``Int64``                                        counts; missing values stay ``<NA>``
BOOL       ``boolean``                                      yes/no; missing values stay ``<NA>``
TEXT       ``string``                                       labels and codes
OBJECT     ``object``                                       lists (e.g. the items of a problem)
========== ================================================ ======================================

A money or decimal column widens its scale (and precision, up to 38 digits) to hold every
value exactly; nothing is ever rounded. pandas (the ``pandas`` extra) is imported only when a
frame is built; without it :func:`to_dataframe` raises
:class:`~telcobiz.core.errors.MissingExtra` with the install command.

>>> from decimal import Decimal
>>> frame = to_dataframe(
...     [{"month": "2026-12", "total": Decimal("90464")}],
...     (Column("month", ColumnKind.MONTH), Column("total", ColumnKind.MONEY)),
...     needed_by="the example",
... )
>>> [str(dtype) for dtype in frame.dtypes], frame["total"].sum()
(['period[M]', 'decimal128(18, 2)[pyarrow]'], Decimal('90464.00'))
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from telcobiz.core.errors import InvalidInput, MissingExtra
from telcobiz.core.jst import jst_naive
from telcobiz.core.money import Yen
from telcobiz.core.yearmonth import YearMonth

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Column", "ColumnKind", "columns", "require", "to_dataframe"]

_MAX_PRECISION = 38  # decimal128 holds 38 digits
_PRECISION = 18  # leaves room for pyarrow's products and sums (they add digits)


def require(module: str, needed_by: str, *, extra: str) -> ModuleType:
    """Import an optional dependency, or raise :class:`MissingExtra` naming its extra.

    >>> require("decimal", "the example", extra="pandas").__name__
    'decimal'
    >>> require("telcobiz_no_such_module", "the example", extra="pandas")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.MissingExtra: the example needs telcobiz_no_such_module, which is not \
installed; install it with: pip install "telcobiz[pandas]"
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        # Covers both "not installed" and a module blocked with sys.modules[name] = None.
        raise MissingExtra.for_extra(module, needed_by, extra=extra) from None


class ColumnKind(enum.Enum):
    """What a column holds, and so its dtype (see the table above).

    >>> ColumnKind.MONEY.value
    'money'
    """

    MONEY = "money"
    DECIMAL = "decimal"
    MONTH = "month"
    DATE = "date"
    DATETIME = "datetime"
    TIME = "time"
    DURATION = "duration"
    INT = "int"
    BOOL = "bool"
    TEXT = "text"
    OBJECT = "object"


@attrs.frozen
class Column:
    """One column of a frame: the row key it reads and the kind of its values.

    >>> Column("total", ColumnKind.MONEY)
    Column(name='total', kind=<ColumnKind.MONEY: 'money'>)
    """

    name: str
    kind: ColumnKind


def columns(**kinds: str | ColumnKind) -> tuple[Column, ...]:
    """Column specs from ``name=kind`` pairs, in order (the way results declare theirs).

    A kind is a :class:`ColumnKind` or its value.

    >>> columns(month="month", total=ColumnKind.MONEY)[1]
    Column(name='total', kind=<ColumnKind.MONEY: 'money'>)
    """
    return tuple(Column(name, ColumnKind(kind)) for name, kind in kinds.items())


def to_dataframe(
    rows: Iterable[Mapping[str, Any]], specs: Sequence[Column], *, needed_by: str
) -> pd.DataFrame:
    """Build a DataFrame of ``rows`` with one column per spec, in the spec's order and dtype.

    Every row must have every column's key; a value that does not fit its column (a text in a
    money column) is an :class:`~telcobiz.core.errors.InvalidInput` naming the column.

    >>> frame = to_dataframe([{"n": 1}, {"n": None}], columns(n="int"), needed_by="the example")
    >>> frame["n"].tolist(), str(frame["n"].dtype)
    ([1, <NA>], 'Int64')
    """
    pandas = require("pandas", needed_by, extra="pandas")
    table = list(rows)
    data = {}
    for spec in specs:
        try:
            values = [row[spec.name] for row in table]
        except KeyError:
            raise InvalidInput.for_value(
                "rows", spec.name, "rows that all have this column", code="frames.missing_column"
            ) from None
        data[spec.name] = _series(pandas, spec, values, needed_by)
    frame: pd.DataFrame = pandas.DataFrame(data, columns=[spec.name for spec in specs])
    return frame


def _series(pd: Any, spec: Column, values: list[Any], needed_by: str) -> Any:
    kind = spec.kind
    try:
        if kind in (ColumnKind.MONEY, ColumnKind.DECIMAL):
            return _decimals(pd, spec, values, needed_by)
        if kind is ColumnKind.TIME:
            pa = require("pyarrow", needed_by, extra="pandas")
            checked = [_check(spec, value, time) for value in values]
            return pd.Series(
                pd.array(pa.array(checked, pa.time64("us")), dtype=pd.ArrowDtype(pa.time64("us")))
            )
        return pd.Series(_SIMPLE[kind](pd, spec, values))
    except (TypeError, ValueError) as error:
        if isinstance(error, InvalidInput):
            raise
        raise InvalidInput.for_value(
            spec.name, values, f"values of kind {kind.value}", code="frames.bad_value"
        ) from None


def _check(spec: Column, value: Any, kind: type | tuple[type, ...]) -> Any:
    if value is not None and not isinstance(value, kind):
        raise InvalidInput.for_value(
            spec.name, value, f"a {spec.kind.value} value or None", code="frames.bad_value"
        )
    return value


def _decimals(pd: Any, spec: Column, values: list[Any], needed_by: str) -> Any:
    pa = require("pyarrow", needed_by, extra="pandas")
    numbers: list[Decimal | None] = []
    scale = 2 if spec.kind is ColumnKind.MONEY else 0
    digits = 1
    for value in values:
        number = value.amount if isinstance(value, Yen) else value
        if isinstance(number, int) and not isinstance(number, bool):
            number = Decimal(number)
        if number is not None:
            if not isinstance(number, Decimal):
                raise InvalidInput.for_value(
                    spec.name, value, "a Yen, a Decimal, an int or None", code="frames.bad_value"
                )
            exponent = number.as_tuple().exponent
            assert isinstance(exponent, int)  # finite: Yen and to_decimal refuse NaN
            scale = max(scale, -exponent)
            digits = max(digits, number.adjusted() + 1)
        numbers.append(number)
    precision = max(_PRECISION, digits + scale)
    if precision > _MAX_PRECISION:
        raise InvalidInput.for_value(
            spec.name,
            max(n for n in numbers if n is not None),
            f"at most {_MAX_PRECISION} significant digits (decimal128)",
            code="frames.decimal_too_large",
        )
    arrow_type = pa.decimal128(precision, scale)
    return pd.array(pa.array(numbers, arrow_type), dtype=pd.ArrowDtype(arrow_type))


def _months(pd: Any, spec: Column, values: list[Any]) -> Any:
    periods = [
        None if _check(spec, value, (str, YearMonth)) is None else pd.Period(str(value), freq="M")
        for value in values
    ]
    return pd.array(periods, dtype="period[M]")


def _dates(pd: Any, spec: Column, values: list[Any]) -> Any:
    for value in values:
        # A datetime is a date too: refuse it, the time of day would be dropped.
        if isinstance(value, datetime):
            raise InvalidInput.for_value(
                spec.name, value, "a date or None", code="frames.bad_value"
            )
        _check(spec, value, date)
    return pd.Series(pd.to_datetime(pd.Series(values, dtype=object))).astype("datetime64[us]")


def _datetimes(pd: Any, spec: Column, values: list[Any]) -> Any:
    moments = [_check(spec, value, (datetime, str)) for value in values]
    parsed = [datetime.fromisoformat(m) if isinstance(m, str) else m for m in moments]
    # Aware moments become naive JST, the library's convention for times.
    naive = [None if m is None else jst_naive(m) for m in parsed]
    return pd.Series(pd.to_datetime(pd.Series(naive, dtype=object))).astype("datetime64[us]")


def _durations(pd: Any, spec: Column, values: list[Any]) -> Any:
    checked = [_check(spec, value, timedelta) for value in values]
    return pd.Series(pd.to_timedelta(pd.Series(checked, dtype=object))).astype("timedelta64[us]")


def _ints(pd: Any, spec: Column, values: list[Any]) -> Any:
    for value in values:
        if isinstance(value, bool):
            raise InvalidInput.for_value(
                spec.name, value, "an int or None", code="frames.bad_value"
            )
        _check(spec, value, int)
    return pd.array(values, dtype="Int64")


def _bools(pd: Any, spec: Column, values: list[Any]) -> Any:
    return pd.array([_check(spec, value, bool) for value in values], dtype="boolean")


def _texts(pd: Any, spec: Column, values: list[Any]) -> Any:
    return pd.array([_check(spec, value, str) for value in values], dtype="string")


def _objects(pd: Any, spec: Column, values: list[Any]) -> Any:
    return pd.Series(values, dtype=object)


_SIMPLE = {
    ColumnKind.MONTH: _months,
    ColumnKind.DATE: _dates,
    ColumnKind.DATETIME: _datetimes,
    ColumnKind.DURATION: _durations,
    ColumnKind.INT: _ints,
    ColumnKind.BOOL: _bools,
    ColumnKind.TEXT: _texts,
    ColumnKind.OBJECT: _objects,
}
