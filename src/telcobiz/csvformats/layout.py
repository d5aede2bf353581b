"""The CSV layout engine's data model: a :class:`Layout` is header titles, fields and checks.

A layout is data (CAC-6): the header record's titles and the data record's fields, each with
its length in CP932 bytes, its :class:`~telcobiz.csvformats.fields.FieldType` and the citation
it comes from, plus record-level checks (such as a summary's total). Each layout has a frozen
record class (a :class:`typing.NamedTuple`) with typed fields. :func:`telcobiz.csvformats.read`
and :func:`telcobiz.csvformats.write` do the reading and writing.

>>> from telcobiz.csvformats import CALL_DETAIL
>>> CALL_DETAIL.titles[:3], [field.length for field in CALL_DETAIL.fields][:3]
(('ご利用電話番号', '通話開始日時', '通話開始時刻'), [13, 10, 10])
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from telcobiz.core.checks import expect_iterable
from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.frames import to_dataframe
from telcobiz.csvformats._text import refusal
from telcobiz.csvformats.fields import CP932, Field, FieldType, HeaderTitle
from telcobiz.csvformats.tabular import layout_columns
from telcobiz.csvformats.values import CallCount, CallDuration

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Layout", "RecordCheck", "normalise_title"]

R = TypeVar("R", bound=tuple[Any, ...])


def normalise_title(title: str) -> str:
    """A header title as headers are compared: NFKC, so ``ａｕ通話`` and ``au通話`` match.

    >>> normalise_title("ａｕ通話") == normalise_title("au通話")
    True
    """
    return unicodedata.normalize("NFKC", title)


@attrs.frozen
class RecordCheck(Generic[R]):
    """A check of a whole record (after every field was read), with its rule and citation.

    ``check`` returns ``None`` when the record is fine, else what is wrong (one phrase);
    ``field`` is the title of the field the problem is reported against. ``columns``, when
    given, does the same check a batch at a time: given the batch's columns of values, it
    returns True for each row that passes, with no Python call per row (the readers and the
    writer use it on their fast path; ``check`` still words the problem). ``arrow``, when
    given, is the same check on Arrow arrays: given ``pyarrow.compute`` and the batch's
    arrays by field name, a boolean array, True for each row that passes (the Arrow route of
    :mod:`~telcobiz.csvformats.arrow` reads without records only when every check has one).

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> USAGE_SUMMARY.checks[0].rule
    'CAC-6'
    """

    name: str
    field: str
    check: Callable[[R], str | None]
    expected: str
    code: str
    rule: str
    citation: Citation
    columns: Callable[[Sequence[Sequence[Any]]], Sequence[bool]] | None = None
    arrow: Callable[[Any, Mapping[str, Any]], Any] | None = None

    def failing_rows(self, columns: Sequence[Sequence[Any]], records: Sequence[R]) -> list[int]:
        """The indices of ``records`` (whose values are ``columns``) that break the check.

        >>> from telcobiz import Yen
        >>> from telcobiz.csvformats import USAGE_SUMMARY, UsageSummary
        >>> rows = [UsageSummary("0312345678", Yen(8), Yen(8), Yen(0), Yen(0), Yen(0)),
        ...         UsageSummary("0312345678", Yen(9), Yen(8), Yen(0), Yen(0), Yen(0))]
        >>> USAGE_SUMMARY.checks[0].failing_rows(list(zip(*rows)), rows)
        [1]
        """
        if self.columns is not None:
            passes = self.columns(columns)
            if all(passes):
                return []
        else:
            passes = [self.check(record) is None for record in records]
        return [row for row, passed in enumerate(passes) if not passed]


def _bad_layout(message: str) -> InvalidInput:
    return InvalidInput(message, code="csv.bad_layout", expected="a consistent layout definition")


@attrs.frozen(eq=False)
class Layout(Generic[R]):
    """A CSV layout: its name, Japanese title, header titles, fields, record class and checks.

    The record class must be a :class:`typing.NamedTuple` whose fields are the layout's
    field names, in order. Layouts compare by identity (they hold functions).

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> USAGE_SUMMARY.title, USAGE_SUMMARY.record_type.__name__, USAGE_SUMMARY.measured
    ('電話番号別ご利用料金', 'UsageSummary', True)
    """

    name: str
    title: str
    header: tuple[HeaderTitle, ...]
    fields: tuple[Field, ...]
    record_type: type[R]
    checks: tuple[RecordCheck[R], ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __attrs_post_init__(self) -> None:
        for name in ("header", "fields", "checks", "rules", "citations"):
            expect_iterable(getattr(self, name), name, expected="a tuple", code="csv.bad_layout")
        if not self.fields or len(self.header) != len(self.fields):
            raise _bad_layout(
                f"layout {self.name}: {len(self.header)} header titles"
                f" for {len(self.fields)} fields"
            )
        names = tuple(field.name for field in self.fields)
        if getattr(self.record_type, "_fields", None) != names:
            raise _bad_layout(
                f"layout {self.name}: the record class must be a NamedTuple with fields {names}"
            )
        for title in self.header:
            # A definition, not data: Python's codec measures it (the encoder's table is
            # built when text is first written or measured, not when a layout is defined).
            if title.length is not None and len(title.title.encode(CP932)) > title.length:
                raise _bad_layout(f"layout {self.name}: header title {title.title!r} is too long")

    @property
    def titles(self) -> tuple[str, ...]:
        """The header record's titles, as the service writes them.

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> USAGE_SUMMARY.titles[4]
        'ａｕ通話'
        """
        return tuple(title.title for title in self.header)

    @cached_property
    def normalised_titles(self) -> tuple[str, ...]:
        """The titles after NFKC, as a header line is compared against them.

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> USAGE_SUMMARY.normalised_titles[4]
        'au通話'
        """
        return tuple(normalise_title(title) for title in self.titles)

    @property
    def measured(self) -> bool:
        """True when the source states field lengths (in CP932 bytes) for this layout.

        >>> from telcobiz.csvformats import USER_LIST
        >>> USER_LIST.measured
        False
        """
        return any(field.length is not None for field in self.fields)

    def without_checks(self) -> Layout[R]:
        """This layout with its record checks switched off (an explicit choice).

        >>> from telcobiz.csvformats import USAGE_SUMMARY
        >>> USAGE_SUMMARY.without_checks().checks
        ()
        """
        return attrs.evolve(self, checks=())

    def to_row(self, record: R) -> dict[str, Any]:
        """One record as a plain dict for data frames.

        ``Yen`` becomes ``Decimal``, enums their label, a duration a ``timedelta``; a
        duration-or-count field gives two keys, ``<name>`` (the duration) and
        ``<name>_count`` (the 番号案内 count).

        >>> from datetime import date, time
        >>> from telcobiz import Yen
        >>> from telcobiz.csvformats import CALL_DETAIL, CallDetail, CallCount, LineKind
        >>> row = CALL_DETAIL.to_row(CallDetail("0312345678", date(2017, 11, 1),
        ...     time(9, 0), "104", "番号案内", CallCount(3), LineKind.EXTERNAL, "番号案内",
        ...     Yen("180")))
        >>> row["duration"], row["duration_count"], row["charge"]
        (None, 3, Decimal('180'))
        """
        row: dict[str, Any] = {}
        for field, value in zip(self.fields, record, strict=True):
            if field.kind is FieldType.DURATION_OR_COUNT:
                row[field.name] = value.to_timedelta() if isinstance(value, CallDuration) else None
                row[f"{field.name}_count"] = value.count if isinstance(value, CallCount) else None
            else:
                row[field.name] = None if value is None else field.kind.plain(value)
        return row

    def to_rows(self, records: Iterable[R]) -> list[dict[str, Any]]:
        r"""Plain dicts for every record (see :meth:`to_row`): ``pandas.DataFrame(rows)``.

        >>> from telcobiz.csvformats import USAGE_SUMMARY, read
        >>> data = "ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n"
        >>> data += "05012345678,1928.50,56.00,0.00,1872.50,0.00\r\n"
        >>> USAGE_SUMMARY.to_rows(read(data, USAGE_SUMMARY))[0]["total"]
        Decimal('1928.50')
        """
        return [self.to_row(record) for record in records]

    def to_dataframe(self, records: Iterable[R]) -> pd.DataFrame:
        r"""The records as a pandas DataFrame, a column per field, dtypes from the field types.

        Amounts are exact ``decimal128`` (``pd.ArrowDtype``), dates ``datetime64``, times
        ``time64``, durations ``timedelta64`` (:mod:`~telcobiz.csvformats.tabular`). Needs
        the ``pandas`` extra.

        >>> from telcobiz.csvformats import USAGE_SUMMARY, read
        >>> data = "ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n"
        >>> data += "05012345678,1928.50,56.00,0.00,1872.50,0.00\r\n"
        >>> frame = USAGE_SUMMARY.to_dataframe(read(data, USAGE_SUMMARY))
        >>> frame["total"].sum(), str(frame["total"].dtype)
        (Decimal('1928.50'), 'decimal128(18, 2)[pyarrow]')
        """
        specs = layout_columns(self.fields)
        return to_dataframe(self.to_rows(records), specs, needed_by="Layout.to_dataframe()")

    def describe(self) -> list[dict[str, Any]]:
        """The layout as a table, one dict per field: what the documentation draws.

        >>> from telcobiz.csvformats import CALL_DETAIL
        >>> row = CALL_DETAIL.describe()[5]
        >>> row["header"], row["header_bytes"], row["field"], row["bytes"], row["type"]
        ('通話時間', 8, '通話時間', 10, 'duration_or_count')
        """
        return [
            {
                "no": number,
                "header": title.title,
                "header_bytes": title.length,
                "field": field.title,
                "name": field.name,
                "bytes": field.length,
                "type": field.kind.value,
                "required": field.required,
            }
            for number, (title, field) in enumerate(
                zip(self.header, self.fields, strict=True), start=1
            )
        ]

    def __repr__(self) -> str:
        return f"<Layout {self.name}: {self.title}>"


def record_type_check(layout: Layout[Any], records: Iterable[object]) -> None:
    """Raise unless every record is an instance of ``layout.record_type`` (for helpers).

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> record_type_check(USAGE_SUMMARY, [])
    """
    for record in records:
        if not isinstance(record, layout.record_type):
            raise refusal(
                InvalidInput,
                "record",
                record,
                f"a {layout.record_type.__name__} record ({layout.title})",
                code="csv.wrong_record",
            )
