r"""Spreadsheet formulas in free text (CAC-6 Decision: only free text is neutralised).

A cell that starts with ``=`` ``+`` ``-`` ``@``, a tab or a CR may run as a formula when a
spreadsheet opens the file (OWASP: CSV injection), so the writer puts a ``'`` before such free
text (names, area names, call types; :attr:`~telcobiz.csvformats.fields.Field.free_text`).
Identifiers, e-mail addresses, phone numbers and amounts are written as they are. The ``'``
adds a byte: a value that was exactly its length no longer fits, and ``write`` refuses it.
The readers warn about such values (:func:`overflows`), so that reading a file and writing it
back agree.

>>> from telcobiz.csvformats import CALL_DETAIL
>>> area = CALL_DETAIL.fields[4]
>>> overflows(area, "=" + "x" * 19), overflows(area, "=SUM(A1)"), overflows(area, "x" * 20)
(True, False, False)
"""

from __future__ import annotations

import re
from typing import Final

from telcobiz.csvformats._text import shown
from telcobiz.csvformats.fields import CP932, Field
from telcobiz.csvformats.problems import LineProblem

__all__ = ["FORMULA_STARTS", "column_overflows", "overflow_warning", "overflows", "starts_formula"]

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet run a cell as a formula (OWASP CSV injection).

>>> "=SUM(A1)".startswith(FORMULA_STARTS)
True
"""

_FORMULA_AFTER_LF = re.compile(r"\n[=+\-@\t\r]")


def starts_formula(joined: str) -> bool:
    r"""True when a value of a column joined by LFs starts a formula (one search, in C).

    >>> starts_formula("東京\n大阪"), starts_formula("東京\n=1+1")
    (False, True)
    """
    return joined.startswith(FORMULA_STARTS) or _FORMULA_AFTER_LF.search(joined) is not None


def overflows(field: Field, text: str) -> bool:
    """True when ``text`` in ``field`` starts a formula and its ``'`` would not fit.

    >>> from telcobiz.csvformats import USER_LIST
    >>> overflows(USER_LIST.fields[2], "=" * 500)  # no length: always fits
    False
    """
    length = field.length
    if length is None or not field.free_text or not text.startswith(FORMULA_STARTS):
        return False
    try:
        return len(text.encode(CP932)) + 1 > length
    except UnicodeEncodeError:
        return False  # not CP932: refused as that, not as a formula


def column_overflows(field: Field, column: list[str]) -> list[int]:
    """The rows of a column of text whose value :func:`overflows` (one search per column).

    >>> from telcobiz.csvformats import CALL_DETAIL
    >>> column_overflows(CALL_DETAIL.fields[4], ["東京", "-" + "x" * 19, "=1"])
    [1]
    """
    if field.length is None or not field.free_text:
        return []
    if not starts_formula("\n".join(column)):
        return []
    return [row for row, text in enumerate(column) if overflows(field, text)]


def overflow_warning(line: int, field: Field, column: int, text: str) -> LineProblem:
    """The warning a reader gives for a value that :func:`overflows` (``csv.formula_too_long``).

    >>> from telcobiz.csvformats import CALL_DETAIL
    >>> print(overflow_warning(7, CALL_DETAIL.fields[4], 5, "=" + "x" * 19))
    line 7, 地域名 (field 5): '=xxxxxxxxxxxxxxxxxxx' starts a formula: written with the ' that \
neutralises it, it would be 21 bytes in CP932 (write with neutralise_formulas=False, or \
csv convert --keep-formulas, to keep it as it is); expected at most 20 bytes in CP932
    """
    size = len(text.encode(CP932)) + 1
    return LineProblem(
        line,
        field.title,
        column,
        text,
        f"at most {field.length} bytes in CP932",
        code="csv.formula_too_long",
        detail=(
            f"{shown(text)} starts a formula: written with the ' that neutralises it, it would"
            f" be {size} bytes in CP932 (write with neutralise_formulas=False, or csv convert"
            " --keep-formulas, to keep it as it is)"
        ),
    )
