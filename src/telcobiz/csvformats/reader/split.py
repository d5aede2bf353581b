r"""How a batch of lines becomes columns: the whole-batch splits and quoted lines (CAC-6).

The fast path (:mod:`~telcobiz.csvformats.reader.batch`) splits a batch in one go. Every line
ends in CRLF, or every line in LF; :func:`_columns` gives None for any other batch (a stray
CR, a line with another number of fields), which is then split line by line. A line that
holds a quote is taken out first (:func:`_pull_quoted`), split as the careful path splits it
(:func:`_unquoted`) and put back in its row (:func:`_insert_rows`).

>>> _columns("0312345678,8.00\r\n0312345679,16.00\r\n", 2, 2, all_required=True)
[['0312345678', '0312345679'], ['8.00', '16.00']]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import repeat

from telcobiz.csvformats.reader.lines import _split_quoted

__all__: list[str] = []


def _columns(text: str, lines: int, count: int, *, all_required: bool) -> list[list[str]] | None:
    """Split ``lines`` lines into ``count`` columns.

    Every line ends in CRLF, or every line in LF; None when a CR stands anywhere else or a
    line has another number of fields. With ``all_required`` the caller promises that its
    column readers refuse every empty value, which allows the faster split.
    """
    if all_required and count > 1:
        return _marked_columns(text, lines, count)
    carriage_returns = text.count("\r")
    if carriage_returns == lines:
        newline = "\r\n"
    elif not carriage_returns:
        newline = "\n"
    else:
        return None
    if count == 1:
        column = text.split(newline)
        column.pop()
        return [column] if all(column) else None  # a blank line is not an empty value
    return _joined_columns(text, lines, count, newline)


def _marked_text(text: str) -> str | None:
    r"""The lines with each newline made an empty marker value (",,"), for the marked split.

    Every line must end as the first does (CRLF or LF): None when a CR or LF stands elsewhere.

    >>> _marked_text("a,1\r\nb,2\r\n"), _marked_text("a,1\r\nb,2\n")
    ('a,1,,b,2,,', None)
    """
    end = text.find("\n")
    newline = "\r\n" if text[end - 1 : end] == "\r" else "\n"
    marked = text.replace(newline, ",,")
    if "\r" in marked or "\n" in marked:
        return None
    return marked


def _marked_columns(text: str, lines: int, count: int) -> list[list[str]] | None:
    """Each newline becomes an empty marker value (",,"), so one split makes every column.

    Exact when no column may hold an empty value: with the total of values right for
    ``lines`` lines (the number of LFs), a line with another number of fields moves some
    marker off its place, into a column, where it is an empty value the column's reader
    refuses. So a column reader's refusal says nothing of which line is at fault.
    """
    marked = _marked_text(text)
    if marked is None:
        return None
    flat = marked.split(",")
    if len(flat) != (count + 1) * lines + 1:
        return None
    flat.pop()
    return [flat[j :: count + 1] for j in range(count)]


def _joined_columns(text: str, lines: int, count: int, newline: str) -> list[list[str]] | None:
    """Split on commas, then split the elements that join two lines.

    Each line's last field, its newline and the next line's first field share one element.
    """
    commas = count - 1
    flat = text.split(",")
    if len(flat) != commas * lines + 1:
        return None
    joints = flat[commas::commas]
    if set(map(str.count, joints, repeat(newline))) != {1}:
        return None
    pairs = newline.join(joints).split(newline)
    firsts = pairs[1::2]
    firsts[-1] = flat[0]
    firsts.insert(0, firsts.pop())
    columns = [firsts]
    columns.extend(flat[j::commas] for j in range(1, commas))
    columns.append(pairs[0::2])
    return columns


def _pull_quoted(text: str) -> tuple[str, list[tuple[int, str]]]:
    r"""``text`` without its lines that hold a quote, and those lines as ``(index, line)``.

    Each line pulled out is given without its LF. A batch is complete lines, and a quote is
    never part of a CP932 double-byte character, so its latin-1 view splits the same way.

    >>> _pull_quoted('a,b\n"c",d\ne,f\n')
    ('a,b\ne,f\n', [(1, '"c",d')])
    """
    kept: list[str] = []
    pulled: list[tuple[int, str]] = []
    index = start = 0
    at = text.find('"')
    while at >= 0:
        begin = text.rfind("\n", 0, at) + 1
        end = text.index("\n", at)
        index += text.count("\n", start, begin)
        kept.append(text[start:begin])
        pulled.append((index, text[begin:end]))
        index, start = index + 1, end + 1
        at = text.find('"', start)
    kept.append(text[start:])
    return "".join(kept), pulled


def _insert_rows(columns: list[list[str]], rows: list[int], quoted: dict[int, list[str]]) -> None:
    """Put the fields of each quoted line into ``columns`` and its index into ``rows``.

    ``rows`` names the line of each row of the columns, in order; so does it after.
    """
    for index, fields in sorted(quoted.items()):
        row = bisect_left(rows, index)
        rows.insert(row, index)
        for column, value in zip(columns, fields, strict=True):
            column.insert(row, value)


def _unquoted(
    lines: Sequence[str] | dict[int, str], set_aside: list[int], fields: int
) -> dict[int, list[str]]:
    """The fields of the lines set aside that are plain once their RFC 4180 quotes are read.

    Each is split as the careful path splits it, trailing half-width spaces trimmed, so the
    column readers check its values like any other; a line that does not split into
    ``fields`` values, or holds a CR, stays set aside.
    """
    found = {}
    for index in set_aside:
        line = lines[index]
        if '"' not in line or "\r" in line:
            continue
        try:
            values = _split_quoted(line)
        except ValueError:
            continue
        if len(values) == fields:
            found[index] = [value.rstrip(" ") for value in values]
    return found
