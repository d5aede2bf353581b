r"""Turn what a caller hands to ``read`` into runs of complete lines, in constant memory.

A source is ``bytes`` (or ``bytearray``/``memoryview``), ``str``, a file object the caller
opened (binary or text; read in chunks), or any iterable of byte or text lines. It becomes a
stream of segments: :class:`Lines` (many complete lines, each ending in ``\n``; a last line
without a newline gets one), :class:`OneLine` (an iterable item with a line break inside it,
kept as one line so line numbers stay true) and :class:`Overlong` (a line too long to hold,
skipped in constant memory and reported).

>>> [(segment.data, segment.lines) for segment in segments(b"a,b\r\nc,d")]
[(b'a,b\r\n', 1), (b'c,d\n', 1)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice, repeat
from typing import Any, Final

import attrs

from telcobiz.core.errors import InvalidInput, TelcobizError
from telcobiz.csvformats._text import refusal

__all__ = ["CHUNK_SIZE", "MAX_LINE_LENGTH", "Lines", "OneLine", "Overlong", "segments"]

CHUNK_SIZE: Final = 1 << 16
"""How much is read at a time (64 KiB): the reader's memory does not grow with the file.

>>> CHUNK_SIZE
65536
"""

MAX_LINE_LENGTH: Final = 1 << 20
"""A physical line longer than this (1 MiB; a record is a few hundred bytes) is skipped and
reported rather than held in memory.

>>> MAX_LINE_LENGTH
1048576
"""

_ITEMS_PER_SEGMENT = 1024


@attrs.frozen
class Lines:
    r"""Complete lines: ``data`` ends in a newline and holds ``lines`` of them.

    >>> Lines(b"a\nb\n", 2).lines
    2
    """

    data: bytes | str
    lines: int


@attrs.frozen
class OneLine:
    r"""One line from an iterable whose item has a line break inside it.

    >>> OneLine("a\nb").lines
    1
    """

    data: bytes | str
    lines: int = 1


@attrs.frozen
class Overlong:
    """A line longer than :data:`MAX_LINE_LENGTH`, skipped.

    ``length`` is how long it was, in ``unit`` (bytes, or characters for text).

    >>> Overlong(2_000_000, "bytes").lines
    1
    """

    length: int
    unit: str
    lines: int = 1


Segment = Lines | OneLine | Overlong


def _bad_source(source: object) -> TelcobizError:
    return refusal(
        InvalidInput,
        "source",
        type(source).__name__,
        "bytes, str, a file object opened by the caller, or an iterable of byte or text lines"
        " (telcobiz does not open files: open it and pass the file object)",
        code="csv.bad_source",
    )


def check_source(source: object) -> None:
    """Raise ``InvalidInput`` (``csv.bad_source``) for something that cannot be a source.

    >>> check_source(b"")
    >>> check_source(42)
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: source: got 'int'; expected bytes, str, a file object \
opened by the caller, or an iterable of byte or text lines (telcobiz does not open files: \
open it and pass the file object)
    """
    if isinstance(source, bytes | bytearray | memoryview | str) or hasattr(source, "read"):
        return
    if isinstance(source, Iterable) and not _is_path(source):
        return
    raise _bad_source(source)


def _is_path(source: object) -> bool:
    return hasattr(source, "__fspath__")


def segments(source: object) -> Iterator[Segment]:
    r"""Split ``source`` into segments of complete lines (see the module docstring).

    >>> [seg.data for seg in segments(["h1,h2\n", "a,b"])]
    ['h1,h2\na,b\n']
    """
    check_source(source)
    if isinstance(source, bytes | bytearray | memoryview):
        return _from_pieces(_slices(bytes(source) if not isinstance(source, bytes) else source))
    if isinstance(source, str):
        return _from_pieces(_slices(source))
    if hasattr(source, "read"):
        return _from_pieces(_reads(source))
    return _from_items(iter(source))  # type: ignore[call-overload]


def _unit(piece: bytes | str) -> str:
    return "characters" if isinstance(piece, str) else "bytes"


def _slices(data: bytes | str) -> Iterator[bytes | str]:
    # Cut just after a newline where one is near, so no piece carries a partial line over.
    newline: Any = "\n" if isinstance(data, str) else b"\n"
    start, size = 0, len(data)
    while start < size:
        end = data.find(newline, start + CHUNK_SIZE - 1, start + 2 * CHUNK_SIZE) + 1
        end = end or start + CHUNK_SIZE
        yield data[start:end]
        start = end


def _reads(stream: Any) -> Iterator[bytes | str]:
    while True:
        try:
            piece = stream.read(CHUNK_SIZE)
        except TypeError:  # a .read that takes no size: not a file object
            raise refusal(
                InvalidInput,
                "source",
                type(stream).__name__,
                "a file object whose read(size) returns bytes or str",
                code="csv.bad_source",
            ) from None
        if not piece:
            return
        if not isinstance(piece, bytes | str):
            raise refusal(
                InvalidInput,
                "source",
                type(piece).__name__,
                "a file object whose read() returns bytes or str",
                code="csv.bad_source",
            )
        yield piece


def _from_pieces(pieces: Iterator[bytes | str]) -> Iterator[Segment]:
    carry: Any = None
    unit = "bytes"
    skipping = 0  # > 0 while skipping the rest of an overlong line: its length so far
    for piece in pieces:
        newline: Any = "\n" if isinstance(piece, str) else b"\n"
        if skipping:
            end = piece.find(newline)
            if end < 0:
                skipping += len(piece)
                continue
            yield Overlong(skipping + end, _unit(piece))
            skipping, piece = 0, piece[end + 1 :]
            carry = None
        buffer = piece if carry is None else carry + piece
        cut = buffer.rfind(newline) + 1
        if cut:
            yield Lines(buffer[:cut], buffer.count(newline, 0, cut))
            carry = buffer[cut:] or None
        else:
            carry = buffer
        if carry is not None and len(carry) > MAX_LINE_LENGTH:
            skipping, carry, unit = len(carry), None, _unit(piece)
    if skipping:
        yield Overlong(skipping, unit)
    elif carry is not None:
        yield Lines(carry + ("\n" if isinstance(carry, str) else b"\n"), 1)


def _from_items(items: Iterator[Any]) -> Iterator[Segment]:
    while batch := list(islice(items, _ITEMS_PER_SEGMENT)):
        lines = _plain_lines(batch)
        if lines is not None:
            yield lines
        else:
            yield from _item_by_item(batch)


def _plain_lines(batch: list[Any]) -> Lines | None:
    """The batch as one segment when it is plain, else None.

    Plain: all str or all bytes, each item one line (all ending in a newline, or none holding
    one) and none too long. Checked with C-speed calls over the whole batch, so the usual case
    costs no Python loop.
    """
    kinds = set(map(type, batch))
    if kinds == {str}:
        newline: Any = "\n"
    elif kinds == {bytes}:
        newline = b"\n"
    else:
        return None
    if max(map(len, batch)) > MAX_LINE_LENGTH:
        return None
    if all(map(type(newline).endswith, batch, repeat(newline))):
        data = newline[:0].join(batch)
    else:
        data = newline.join(batch) + newline
    # One newline per item, each at its end: no item holds a line break inside.
    return Lines(data, len(batch)) if data.count(newline) == len(batch) else None


def _item_by_item(items: Iterable[Any]) -> Iterator[Segment]:
    batch: list[Any] = []
    newline: Any = None
    for item in items:
        if isinstance(item, bytearray | memoryview):
            item = bytes(item)
        if isinstance(item, bytes):
            item_newline: Any = b"\n"
        elif isinstance(item, str):
            item_newline = "\n"
        else:
            raise refusal(
                InvalidInput,
                "line",
                type(item).__name__,
                "each line as bytes or str",
                code="csv.bad_source",
            )
        if item.endswith(item_newline):
            item = item[:-1]
        if batch and (item_newline != newline or len(batch) >= _ITEMS_PER_SEGMENT):
            yield Lines(newline.join(batch) + newline, len(batch))
            batch = []
        newline = item_newline
        if item_newline in item:
            if batch:
                yield Lines(newline.join(batch) + newline, len(batch))
                batch = []
            yield OneLine(item)
            continue
        if len(item) > MAX_LINE_LENGTH:
            if batch:
                yield Lines(newline.join(batch) + newline, len(batch))
                batch = []
            yield Overlong(len(item), _unit(item))
            continue
        batch.append(item)
    if batch:
        yield Lines(newline.join(batch) + newline, len(batch))
