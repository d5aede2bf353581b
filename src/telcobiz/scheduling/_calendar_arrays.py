"""Arrays of days for :class:`~telcobiz.scheduling.calendar.BusinessCalendar` (CAL-1, CAL-3).

numpy is imported here only, and only when an array arrives: ``import telcobiz`` and every
call on ``datetime.date`` values never load it. A calendar's days become three arrays over
1970-01-01..2099-12-31, indexed by days since 1970-01-01 (numpy's ``datetime64`` epoch):
``is_open`` (bool), ``ranks`` (business days up to each day) and ``days`` (the index of each
business day). Each operation is then a few vectorised gathers, with no per-element search.

What comes in, and what goes out:

- a numpy ``datetime64`` array, unit ``D`` (finer units when every value is a midnight):
  an array of the same shape, dates in the input's unit;
- a pandas ``Series`` of naive datetimes: a ``Series`` with the same index and name;
- a pandas ``DatetimeIndex``: a ``DatetimeIndex`` of dates for ``add_business_days``, a numpy
  array for ``is_business_day`` and ``count_business_days`` (as pandas' own ``is_month_start``);
- scalars ``numpy.datetime64`` and ``pandas.Timestamp`` (naive, at midnight): a value of the
  same type for dates, a Python ``int`` or ``bool`` otherwise.

NaT, time-zone-aware values, times other than midnight, object arrays and dates outside
1970..2099 are refused with a :class:`~telcobiz.core.errors.TelcobizError`, never dropped or
rounded.

>>> import numpy as np
>>> from telcobiz import BusinessCalendar
>>> BusinessCalendar().add_business_days(np.array(["2026-11-02"], dtype="datetime64[D]"), 5)
array(['2026-11-10'], dtype='datetime64[D]')
"""

from __future__ import annotations

import numbers
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from telcobiz.core.errors import InvalidInput, OutOfRange, TelcobizError
from telcobiz.core.jst import require_date
from telcobiz.scheduling._calendar_tables import FIRST_ORDINAL, LAST_ORDINAL

if TYPE_CHECKING:
    from telcobiz.scheduling._calendar_tables import CalendarTables

__all__: list[str] = []

_SPAN = LAST_ORDINAL - FIRST_ORDINAL + 1
_UNITS = ("D", "h", "m", "s", "ms", "us", "ns")
_EXPECTED = (
    "a datetime.date, numpy.datetime64 or pandas.Timestamp at midnight (naive), or an array,"
    " Series or DatetimeIndex of such days"
)


def is_array(value: object) -> bool:
    """True for a numpy array or a pandas Series/Index (numpy must already be loaded)."""
    np = sys.modules.get("numpy")
    if np is None:  # nothing made with numpy or pandas can exist yet
        return False
    if isinstance(value, np.ndarray):
        return True
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(value, pd.Series | pd.Index)


def _range_error(field: str, value: object) -> OutOfRange:
    first, last = date.fromordinal(FIRST_ORDINAL), date.fromordinal(LAST_ORDINAL)
    return OutOfRange(
        f"{value} is outside the supported calendar range {first}..{last}",
        code="calendar.out_of_range",
        field=field,
        value=value,
        expected=f"a date from {first} to {last}",
    )


def _not_a_day(field: str, value: object, why: str = "") -> TelcobizError:
    shown = value if len(repr(value)) <= 80 else f"{repr(value)[:77]}..."
    return InvalidInput.for_value(
        field, shown, _EXPECTED + (f" ({why})" if why else ""), code="calendar.not_a_date"
    )


def scalar_day(value: object, field: str) -> tuple[date, Callable[[date], Any]]:
    """A scalar day as a ``date``, and how to give a date back in the caller's type."""
    np = sys.modules.get("numpy")
    if np is not None and isinstance(value, np.datetime64):
        if np.isnat(value) or np.datetime_data(value.dtype)[0] not in _UNITS:
            raise _not_a_day(field, value, "NaT and month or year units are not days")
        day = value.astype("datetime64[D]")
        if day != value:
            raise _not_a_day(field, value, "a time of day: take the day first")
        index = int(day.astype("int64"))
        if not 0 <= index < _SPAN:
            raise _range_error(field, value)
        return date.fromordinal(FIRST_ORDINAL + index), lambda d: np.datetime64(d, "D")
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(value, pd.Timestamp):
        if value.tz is not None or value != value.normalize():
            raise _not_a_day(field, value, "aware or not at midnight: use telcobiz.core.jst_date")
        if not FIRST_ORDINAL <= value.toordinal() <= LAST_ORDINAL:
            raise _range_error(field, value)
        return value.date(), pd.Timestamp
    return require_date(value, field, code="calendar.not_a_date"), _same


def _same(day: date) -> date:
    return day


class _Shape:
    """How to hand results back in the form the days came in (array, Series, Index)."""

    def __init__(self, kind: str, dtype: Any, index: Any = None, name: Any = None) -> None:
        self.kind, self.dtype, self.index, self.name = kind, dtype, index, name

    def days(self, indexes: Any) -> Any:
        dates = indexes.view("datetime64[D]")
        if self.kind == "ndarray":
            return dates.astype(self.dtype, copy=False)
        import pandas as pd

        if self.kind == "series":
            return pd.Series(dates.astype(self.dtype), index=self.index, name=self.name)
        return pd.DatetimeIndex(dates.astype(self.dtype), name=self.name)

    def values(self, values: Any) -> Any:
        if self.kind == "series":
            import pandas as pd

            return pd.Series(values, index=self.index, name=self.name)
        return values


def day_indexes(value: Any, field: str) -> tuple[Any, _Shape]:
    """Days since 1970-01-01 (int64) of an array of days, checked, and its shape."""
    import numpy as np

    shape: _Shape
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(value, pd.Series | pd.Index):
        if not isinstance(value, pd.Series) and not isinstance(value, pd.DatetimeIndex):
            raise _not_a_day(field, value, f"a pandas {type(value).__name__}")
        if getattr(value.dtype, "tz", None) is not None:
            raise _not_a_day(field, value, "time-zone aware: convert to naive JST days first")
        values = value.to_numpy()
        kind = "series" if isinstance(value, pd.Series) else "index"
        index = value.index if isinstance(value, pd.Series) else None
        shape = _Shape(kind, values.dtype, index, value.name)
    else:
        values = value
        shape = _Shape("ndarray", getattr(value, "dtype", None))
    if values.dtype.kind != "M" or np.datetime_data(values.dtype)[0] not in _UNITS:
        raise _not_a_day(field, value, f"got dtype {values.dtype}")
    if shape.kind == "ndarray" and np.datetime_data(values.dtype)[0] != "D":
        shape.dtype = values.dtype
    nat = np.isnat(values)
    if nat.any():
        raise _not_a_day(field, value, f"NaT at position {int(np.argmax(nat))}")
    days = values.astype("datetime64[D]")
    if values.dtype != days.dtype:
        off = days != values
        if off.any():
            at = int(np.argmax(off))
            raise _not_a_day(field, values.flat[at], f"a time of day at position {at}")
    indexes = days.view("int64")
    if indexes.size:
        low, high = int(indexes.min()), int(indexes.max())
        if low < 0 or high >= _SPAN:
            at = int(np.argmax((indexes < 0) | (indexes >= _SPAN)))
            raise _range_error(field, days.flat[at])
    return indexes, shape


def as_index(value: Any, field: str) -> tuple[Any, _Shape | None]:
    """Day indexes of an array, or of a scalar day (shape None)."""
    if is_array(value):
        return day_indexes(value, field)
    day, _ = scalar_day(value, field)
    return day.toordinal() - FIRST_ORDINAL, None


def _steps(n: Any) -> Any:
    import numpy as np

    if isinstance(n, numbers.Integral) and not isinstance(n, bool):
        return int(n)
    if is_array(n):
        values = np.asarray(n)
        if values.dtype.kind in "iu":
            return values.astype("int64", copy=False)
    raise InvalidInput.for_value(
        "n", n, "an int or an integer array (business days)", code="calendar.bad_n"
    )


class NumpyTables:
    """A calendar's days as arrays indexed by days since 1970-01-01."""

    __slots__ = ("days", "is_open", "ranks")

    def __init__(self, is_open: Any, ranks: Any, days: Any) -> None:
        self.is_open, self.ranks, self.days = is_open, ranks, days

    @classmethod
    def build(cls, tables: CalendarTables) -> NumpyTables:
        """The arrays of ``tables`` (a millisecond or so)."""
        import numpy as np

        weekdays = (np.arange(_SPAN) + (FIRST_ORDINAL + 6)) % 7
        is_open = ~np.isin(weekdays, sorted(tables.weekend))
        is_open[np.asarray(tables.closed, dtype="int64") - FIRST_ORDINAL] = False
        is_open[np.asarray(tables.opened, dtype="int64") - FIRST_ORDINAL] = True
        ranks = np.cumsum(is_open, dtype="int64")
        return cls(is_open, ranks, np.flatnonzero(is_open).astype("int64"))


def add(tables: CalendarTables, day: Any, n: Any) -> Any:
    """``add_business_days`` with an array among its arguments."""
    import numpy as np

    steps = _steps(n)
    indexes, shape = as_index(day, "day")
    if shape is None:  # a scalar day and an array of steps: the answer has their shape
        shape = _Shape("ndarray", np.dtype("datetime64[D]"))
    arrays = tables.numpy()
    if isinstance(steps, int):  # the usual case: one n for every day, no broadcasting
        if steps == 0:
            return shape.days(indexes.copy())
        if steps > 0:
            position = arrays.ranks[indexes] + (steps - 1)
            outside = position >= arrays.days.size
        else:
            position = arrays.ranks[indexes] - arrays.is_open[indexes] + steps
            outside = position < 0
        if outside.any():
            at = int(np.argmax(outside))
            first = np.int64(indexes.flat[at]).astype("datetime64[D]")
            raise _range_error("day", f"{first} {steps:+d} business days")
        return shape.days(arrays.days[position])
    try:
        indexes, steps = np.broadcast_arrays(indexes, steps)
    except ValueError:
        raise InvalidInput.for_value(
            "n",
            n,
            f"an int or an array broadcastable to shape {np.shape(indexes)}",
            code="calendar.bad_n",
        ) from None
    ranks = arrays.ranks[indexes]
    position = np.where(steps > 0, ranks + steps - 1, ranks - arrays.is_open[indexes] + steps)
    outside = (steps != 0) & ((position < 0) | (position >= arrays.days.size))
    if outside.any():
        at = int(np.argmax(outside))
        first = np.int64(indexes.flat[at]).astype("datetime64[D]")
        raise _range_error("day", f"{first} {int(steps.flat[at]):+d} business days")
    found = arrays.days[np.clip(position, 0, arrays.days.size - 1)]
    return shape.days(np.where(steps == 0, indexes, found))


def is_open(tables: CalendarTables, day: Any) -> Any:
    """``is_business_day`` of an array."""
    indexes, shape = day_indexes(day, "day")
    return shape.values(tables.numpy().is_open[indexes])


def count(tables: CalendarTables, start: Any, end: Any) -> Any:
    """``count_business_days`` with an array among its ends."""
    import numpy as np

    first, first_shape = as_index(start, "start")
    last, last_shape = as_index(end, "end")
    shape = first_shape or last_shape
    assert shape is not None  # one end at least is an array
    if (
        first_shape is not None
        and last_shape is not None
        and first_shape.kind == last_shape.kind == "series"
        and not first_shape.index.equals(last_shape.index)
    ):
        raise InvalidInput.for_value(
            "end", "a Series", "a Series with the same index as start", code="calendar.bad_index"
        )
    ranks = tables.numpy().ranks
    try:
        counted = ranks[last] - ranks[first]
    except ValueError:
        raise InvalidInput.for_value(
            "end",
            np.shape(last),
            f"an array broadcastable to shape {np.shape(first)}",
            code="calendar.bad_shape",
        ) from None
    return shape.values(counted)


def busdaycalendar(weekmask: str, holidays: list[date]) -> Any:
    """A ``numpy.busdaycalendar`` from a weekmask and closed weekdays."""
    import numpy as np

    return np.busdaycalendar(weekmask=weekmask, holidays=np.array(holidays, dtype="datetime64[D]"))


def pandas_offset(weekmask: str, holidays: list[date]) -> Any:
    """A ``pandas.offsets.CustomBusinessDay`` from a weekmask and closed weekdays."""
    import pandas as pd

    return pd.offsets.CustomBusinessDay(weekmask=weekmask, holidays=holidays)
