"""The columns of a layout's records, for data frames and Arrow, derived from its field types.

One table maps each :class:`~telcobiz.csvformats.fields.FieldType` to a
:class:`~telcobiz.core.frames.ColumnKind`; :func:`layout_columns` applies it to a layout, and
both :meth:`Layout.to_dataframe <telcobiz.csvformats.layout.Layout.to_dataframe>` and the Arrow
schema of :func:`telcobiz.csvformats.arrow.arrow_schema` read the result, so a column has the
same meaning in pandas and in Arrow. A 通話時間 field (duration or 番号案内 count) gives two
columns, as :meth:`~telcobiz.csvformats.layout.Layout.to_row` does: ``duration`` and
``duration_count``.

>>> from telcobiz.csvformats import CALL_DETAIL
>>> [(column.name, column.kind.value) for column in layout_columns(CALL_DETAIL.fields)][4:7]
[('area', 'text'), ('duration', 'duration'), ('duration_count', 'int')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from telcobiz.core.frames import Column, ColumnKind
from telcobiz.csvformats.fields import Field, FieldType

__all__ = ["FIELD_KINDS", "layout_columns"]

FIELD_KINDS: Final[dict[FieldType, ColumnKind]] = {
    FieldType.TEXT: ColumnKind.TEXT,
    FieldType.PHONE_NUMBER: ColumnKind.TEXT,
    FieldType.EMAIL: ColumnKind.TEXT,
    FieldType.DATE: ColumnKind.DATE,
    FieldType.TIME: ColumnKind.TIME,
    FieldType.DURATION: ColumnKind.DURATION,
    FieldType.COUNT: ColumnKind.INT,
    FieldType.LINE_KIND: ColumnKind.TEXT,
    FieldType.AMOUNT: ColumnKind.MONEY,
}
"""The column kind of each field type (``DURATION_OR_COUNT`` gives two columns).

>>> FIELD_KINDS[FieldType.AMOUNT]
<ColumnKind.MONEY: 'money'>
"""


def layout_columns(fields: Iterable[Field]) -> tuple[Column, ...]:
    """The columns of records with ``fields``, in field order.

    >>> from telcobiz.csvformats import USAGE_SUMMARY
    >>> [column.kind.value for column in layout_columns(USAGE_SUMMARY.fields)][:2]
    ['text', 'money']
    """
    found: list[Column] = []
    for field in fields:
        if field.kind is FieldType.DURATION_OR_COUNT:
            found.append(Column(field.name, ColumnKind.DURATION))
            found.append(Column(f"{field.name}_count", ColumnKind.INT))
        else:
            found.append(Column(field.name, FIELD_KINDS[field.kind]))
    return tuple(found)
