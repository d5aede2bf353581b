r"""CP932 as Windows writes it (CAC-6 Decision): one byte pair per character, never ED/EE.

CP932 holds some characters twice or three times: 髙 is FBFC (an IBM extension) and EEE0 (the
NEC-selected copy of the IBM extensions); ≒ is 81E0 (JIS X 0208) and 8790 (NEC row 13).
Windows and the WHATWG Encoding Standard's Shift_JIS encoder write the first of JIS X 0208,
NEC row 13 (87xx) and the IBM extensions (FA40–FC4B), and never the NEC-selected copies
(ED40–EEFC); Python's ``cp932`` codec writes the ED/EE copies, so a file Windows wrote would
not come back byte for byte. :func:`encode` writes as Windows does. Its table is built once,
when first needed, from Python's own codec: every double-byte pair is decoded, and each
character held more than once is written at its first pair outside ED/EE. The pairs no
encoder writes are read as their character and written at its pair
(:func:`canonical_pairs`).

Six characters have no code of their own, and Python's codec writes them silently as a
look-alike that reads back as another character (U+301C 〜 as 8160, which reads as ～ U+FF5E).
:func:`encode` refuses them with ``csv.not_cp932`` naming the character to use;
:func:`normalise` maps them to it (:func:`stand_ins` lists them).

>>> encode("髙橋"), encode("山﨑"), encode("ⅰ≒")
(b'\xfb\xfc\x8b\xb4', b'\x8eR\xfa\xb1', b'\xfa@\x81\xe0')
>>> "髙橋".encode("cp932")  # Python's own codec: the NEC-selected copy
b'\xee\xe0\x8b\xb4'
>>> stand_ins()["〜"], normalise("10〜20")
('～', '10～20')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Final

from telcobiz.core.errors import InvalidInput
from telcobiz.csvformats._text import shown

__all__ = [
    "canonical_pairs",
    "encode",
    "holds_stand_in",
    "normalise",
    "not_cp932",
    "reason_not_cp932",
    "stand_ins",
    "unheld",
]

_CODEC: Final = "cp932"
_LEADS: Final = (*range(0x81, 0xA0), *range(0xE0, 0xFD))
_TRAILS: Final = (*range(0x40, 0x7F), *range(0x80, 0xFD))
_NEC_SELECTED: Final = (0xED, 0xEE)  # the copies of the IBM extensions no encoder writes


class _Tables:
    """What :func:`encode` needs, derived once from Python's codec."""

    __slots__ = ("canonical", "pairs", "special", "stand_ins")

    def __init__(self) -> None:
        first: dict[str, bytes] = {}  # each character's first pair outside ED/EE
        decoded: dict[bytes, str] = {}
        for lead in _LEADS:
            for trail in _TRAILS:
                pair = bytes((lead, trail))
                try:
                    character = pair.decode(_CODEC)
                except UnicodeDecodeError:
                    continue
                decoded[pair] = character
                if lead not in _NEC_SELECTED:
                    first.setdefault(character, pair)  # pairs run in pointer order
        # Where Windows and Python write a character differently: Windows' pair.
        self.pairs: dict[str, bytes] = {
            character: pair for character, pair in first.items() if character.encode(_CODEC) != pair
        }
        self.canonical: dict[bytes, bytes] = {
            pair: first[character]
            for pair, character in decoded.items()
            if first[character] != pair
        }
        self.stand_ins: dict[str, str] = {}
        for code_point in range(0x10000):
            character = chr(code_point)
            if 0xD800 <= code_point <= 0xDFFF:
                continue
            try:
                written = character.encode(_CODEC)
            except UnicodeEncodeError:
                continue
            read_back = written.decode(_CODEC)
            if read_back != character:
                self.stand_ins[character] = read_back
        # encode() relies on this: Python writes every one of them at an ED/EE pair.
        assert all(character.encode(_CODEC)[0] in _NEC_SELECTED for character in self.pairs)
        characters = "".join(sorted({*self.pairs, *self.stand_ins}))
        self.special = re.compile("[" + re.escape(characters) + "]")


@cache
def _tables() -> _Tables:
    return _Tables()


def stand_ins() -> Mapping[str, str]:
    """The characters CP932 cannot hold as themselves, each with the CP932 character to use.

    Derived from Python's codec: each is a character it writes as the code of another one.

    >>> sorted(stand_ins().items())
    [('¢', '￠'), ('£', '￡'), ('¬', '￢'), ('‖', '∥'), ('−', '－'), ('〜', '～')]
    """
    return MappingProxyType(_tables().stand_ins)


def canonical_pairs() -> Mapping[bytes, bytes]:
    """Every valid CP932 pair that :func:`encode` writes differently, with the pair it writes.

    They read as the same character either way; none of them comes back byte for byte.

    >>> pairs = canonical_pairs()
    >>> len(pairs), pairs[bytes.fromhex("eee0")].hex(), pairs[bytes.fromhex("8790")].hex()
    (398, 'fbfc', '81e0')
    """
    return MappingProxyType(_tables().canonical)


def unheld(text: str) -> tuple[int, str | None] | None:
    """Where ``text`` first has a character CP932 cannot hold, and the one to use instead.

    ``None`` when every character can be written; else ``(index, stand_in)``, with
    ``stand_in`` ``None`` for a character CP932 has nothing for.

    >>> unheld("東京"), unheld("10〜20"), unheld("a😀")
    (None, (2, '～'), (1, None))
    """
    tables = _tables()
    found = tables.special.search(text)
    end = len(text) if found is None else found.start()
    try:
        text[:end].encode(_CODEC)
    except UnicodeEncodeError as error:
        return error.start, None
    if found is None:
        return None
    for index in range(end, len(text)):
        character = text[index]
        if character in tables.stand_ins:
            return index, tables.stand_ins[character]
        if character not in tables.pairs:
            try:
                character.encode(_CODEC)
            except UnicodeEncodeError:
                return index, None
    return None


def not_cp932(text: str, *, field: str | None = None) -> InvalidInput:
    """The ``csv.not_cp932`` error for ``text`` (which :func:`unheld` says is not CP932).

    >>> print(not_cp932("10〜20"))
    '〜' (U+301C) at position 3 is not a CP932 character: write '～' (U+FF5E) instead \
(or pass normalise= to map it)
    """
    where = unheld(text)
    index, stand_in = where if where is not None else (0, None)
    return InvalidInput(
        reason_not_cp932(text[index], stand_in, position=index + 1),
        code="csv.not_cp932",
        field=field,
        value=text,
        expected="text made of CP932 (Shift_JIS) characters",
    )


def reason_not_cp932(character: str, stand_in: str | None, *, position: int | None = None) -> str:
    """Why ``character`` cannot be written, naming the CP932 character to use if there is one.

    >>> reason_not_cp932("−", "－")
    "'−' (U+2212) is not a CP932 character: write '－' (U+FF0D) instead (or pass normalise= \
to map it)"
    """
    at = f" at position {position}" if position is not None else ""
    head = f"{shown(character)} (U+{ord(character):04X}){at} is not a CP932 character"
    if stand_in is None:
        return head
    return (
        f"{head}: write {stand_in!r} (U+{ord(stand_in):04X}) instead (or pass normalise= to map it)"
    )


def encode(text: str) -> bytes:
    """``text`` in CP932 as Windows writes it (raises ``InvalidInput``, ``csv.not_cp932``).

    >>> encode("髙橋 﨑").hex(" "), encode("Ⅰ㈱").hex(" ")
    ('fb fc 8b b4 20 fa b1', '87 54 87 8a')
    >>> encode("−1")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.InvalidInput: '−' (U+2212) at position 1 is not a CP932 character: \
write '－' (U+FF0D) instead (or pass normalise= to map it)
    """
    try:
        data = text.encode(_CODEC)
    except UnicodeEncodeError:
        raise not_cp932(text) from None
    # Python writes each character Windows writes elsewhere at an ED/EE pair: without those
    # bytes (and without a stand-in), its bytes are Windows' bytes.
    if b"\xed" not in data and b"\xee" not in data and not holds_stand_in(text):
        return data
    tables = _tables()
    special, pairs = tables.special, tables.pairs
    parts: list[bytes] = []
    start = 0
    try:
        for found in special.finditer(text):
            parts.append(text[start : found.start()].encode(_CODEC))
            character = found.group()
            pair = pairs.get(character)
            if pair is None:  # a character with a stand-in: not held as itself
                raise UnicodeEncodeError(_CODEC, text, found.start(), found.end(), "stand-in")
            parts.append(pair)
            start = found.end()
        parts.append(text[start:].encode(_CODEC))
    except UnicodeEncodeError:
        raise not_cp932(text) from None
    return b"".join(parts)


def normalise(text: str) -> str:
    """``text`` with each character of :func:`stand_ins` replaced by the one CP932 holds.

    >>> normalise("−5 ‖ ¢")
    '－5 ∥ ￠'
    """
    table = _translation()
    return text.translate(table) if _tables().special.search(text) else text


@cache
def _translation() -> dict[int, str]:
    return str.maketrans(dict(_tables().stand_ins))


def holds_stand_in(text: str) -> bool:
    """True when ``text`` has a character of :func:`stand_ins` (one regular expression search).

    >>> holds_stand_in("東京〜大阪"), holds_stand_in("東京～大阪")
    (True, False)
    """
    return any(map(text.__contains__, _stand_in_characters()))


@cache
def _stand_in_characters() -> tuple[str, ...]:
    return tuple(_tables().stand_ins)
