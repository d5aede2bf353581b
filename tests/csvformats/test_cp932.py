"""CP932 as Windows writes it (CAC-6 Decision), checked against the WHATWG Shift_JIS rules.

The expected pairs come from the Encoding Standard's Shift_JIS encoder, typed here from its
text: a character is written at its first pointer in index jis0208, leaving out pointers 8272
to 8835 (the NEC-selected IBM extensions, ED40–EEFC), with
lead = pointer // 188 (+0x81 below 0x1F, else +0xC1) and trail = pointer % 188 (+0x40 below
0x3F, else +0x41). Which pairs hold a character comes from Python's own decoder, which the
standard's index agrees with outside the user-defined area F040–F9FC.
"""

import contextlib
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telcobiz import InvalidInput
from telcobiz.csvformats import CALL_DETAIL, cp932, read, write

LEADS = [*range(0x81, 0xA0), *range(0xE0, 0xFD)]
TRAILS = [*range(0x40, 0x7F), *range(0x80, 0xFD)]
DOCS = Path(__file__).parents[2] / "docs" / "csv.md"


def pointer(pair: bytes) -> int:
    lead, trail = pair
    return (lead - (0x81 if lead < 0xA0 else 0xC1)) * 188 + trail - (0x40 if trail < 0x7F else 0x41)


def pair_at(number: int) -> bytes:
    lead, trail = divmod(number, 188)
    return bytes((lead + (0x81 if lead < 0x1F else 0xC1), trail + (0x40 if trail < 0x3F else 0x41)))


def decoded_pairs() -> dict[bytes, str]:
    pairs = {}
    for lead in LEADS:
        for trail in TRAILS:
            pair = bytes((lead, trail))
            with contextlib.suppress(UnicodeDecodeError):
                pairs[pair] = pair.decode("cp932")
    return pairs


PAIRS = decoded_pairs()


def whatwg_pair(character: str) -> bytes:
    """The WHATWG Shift_JIS encoder's pair for a character that CP932 holds."""
    pointers = [
        pointer(pair)
        for pair, held in PAIRS.items()
        if held == character and not 8272 <= pointer(pair) <= 8835
    ]
    return pair_at(min(pointers))


def test_the_issue_examples():
    assert cp932.encode("髙橋") == bytes.fromhex("fbfc 8bb4")  # Python: EEE0 8BB4
    assert cp932.encode("山﨑") == bytes.fromhex("8e52 fab1")  # Python: 8E52 ED95
    assert cp932.encode("ⅰ") == bytes.fromhex("fa40")  # Python: EEEF
    assert cp932.encode(bytes.fromhex("8790").decode("cp932")) == bytes.fromhex("81e0")  # ≒
    assert cp932.encode("Ⅰ") == bytes.fromhex("8754")  # NEC row 13 before IBM FA4A
    assert cp932.encode("￢") == bytes.fromhex("81ca")  # JIS X 0208 before EEF9 and FA54
    assert cp932.encode("纊") == bytes.fromhex("fa5c")  # not ED40


def test_the_398_pairs_python_does_not_give_back():
    lost = {pair: text for pair, text in PAIRS.items() if text.encode("cp932") != pair}
    assert len(PAIRS) == 9604
    assert len(lost) == 398
    back = {pair for pair, text in lost.items() if cp932.encode(text) == pair}
    canonicalised = {pair: cp932.encode(text) for pair, text in lost.items() if pair not in back}
    assert len(back) == 373  # the IBM extensions FA40–FC4B that Python writes at ED/EE
    assert all(0xFA <= pair[0] <= 0xFC for pair in back)
    # The 25 that no encoder writes: NEC row 13 copies of JIS X 0208 symbols, IBM copies of
    # NEC row 13 and of JIS X 0208, and EEF9 (typed from the standard's index order).
    expected = {
        "8790": "81e0", "8791": "81df", "8792": "81e7", "8795": "81e3", "8796": "81db",
        "8797": "81da", "879a": "81e6", "879b": "81bf", "879c": "81be",
        "fa54": "81ca", "fa58": "878a", "fa59": "8782", "fa5a": "8784", "fa5b": "81e6",
        "eef9": "81ca",
        **{f"fa{0x4A + step:02x}": f"87{0x54 + step:02x}" for step in range(10)},  # Ⅰ–Ⅹ
    }  # fmt: skip
    assert {pair.hex(): written.hex() for pair, written in canonicalised.items()} == expected
    for text in lost.values():
        assert cp932.encode(text) == whatwg_pair(text)
        assert cp932.encode(text).decode("cp932") == text  # never another character


def test_every_pair_is_written_as_the_standard_says():
    written = {}
    for pair, text in PAIRS.items():
        if 0xF0 <= pair[0] <= 0xF9:  # user-defined area: one pair each, given back as it is
            assert cp932.encode(text) == pair
            continue
        written[pair] = cp932.encode(text)
        assert written[pair] == whatwg_pair(text), pair.hex()
        assert written[pair][0] not in (0xED, 0xEE)
    canonical = {pair: out for pair, out in written.items() if out != pair}
    assert len(canonical) == 398
    assert sum(pair[0] in (0xED, 0xEE) for pair in canonical) == 374  # every ED/EE pair
    assert dict(cp932.canonical_pairs()) == canonical


def _docs_table() -> dict[bytes, bytes]:
    section = DOCS.read_text(encoding="utf-8").split("### Byte pairs written differently")[1]
    rows = re.findall(
        r"^\| `([0-9A-F]{4})`(?:–`([0-9A-F]{4})`)? \|[^|\n]*\|[^|\n]*\| `([0-9A-F]{4})`"
        r"(?:–`([0-9A-F]{4})`)? \|",
        section.split("\n\n#")[0],
        flags=re.MULTILINE,
    )
    table = {}
    for first, last, written_first, written_last in rows:
        start, end = pointer(bytes.fromhex(first)), pointer(bytes.fromhex(last or first))
        to = pointer(bytes.fromhex(written_first))
        assert pointer(bytes.fromhex(written_last or written_first)) - to == end - start
        for step in range(end - start + 1):
            table[pair_at(start + step)] = pair_at(to + step)
    return table


def test_the_docs_table_is_the_encoder():
    assert _docs_table() == dict(cp932.canonical_pairs())


STAND_INS = {"〜": "～", "−": "－", "‖": "∥", "¢": "￠", "£": "￡", "¬": "￢"}


def test_the_characters_cp932_cannot_hold_as_themselves():
    assert dict(cp932.stand_ins()) == STAND_INS
    for character, stand_in in STAND_INS.items():
        # Python's codec writes the stand-in's code: the character would come back changed.
        assert character.encode("cp932").decode("cp932") == stand_in
        with pytest.raises(InvalidInput) as caught:
            cp932.encode(f"a{character}")
        assert caught.value.code == "csv.not_cp932"
        assert f"write {stand_in!r} (U+{ord(stand_in):04X}) instead" in str(caught.value)
        assert "position 2" in str(caught.value)
        assert cp932.normalise(f"a{character}") == f"a{stand_in}"
        assert cp932.unheld(f"ab{character}") == (2, stand_in)
    assert cp932.unheld("東京😀") == (2, None)
    with pytest.raises(InvalidInput, match="'😀' \\(U\\+1F600\\) at position 1 is not"):
        cp932.encode("😀")


def test_a_file_windows_wrote_reads_and_writes_back_byte_for_byte(files):
    head = files.DETAIL_HEADER + files.CRLF
    # 髙橋 (FBFC 8BB4) and 山﨑 (8E52 FAB1) as Windows writes them, ⅰ (FA40) in a call type.
    area = bytes.fromhex("fbfc 8bb4 8e52 fab1")
    call_type = "国内呼".encode("cp932") + bytes.fromhex("fa40")
    line = b",".join(
        [
            b"0120223335",
            b"2017/11/01",
            b"201221.5",
            b"03-1234-5678",
            area,
            b"000106.0",
            "外線".encode("cp932"),
            call_type,
            b"8.00",
        ]
    )
    data = head + line + files.CRLF
    records = list(read(data, CALL_DETAIL))
    assert (records[0].area, records[0].call_type) == ("髙橋山﨑", "国内呼ⅰ")
    assert b"".join(write(records, CALL_DETAIL)) == data
    # The NEC-selected copies read as the same characters and are written as Windows does.
    nec = data.replace(bytes.fromhex("fbfc"), bytes.fromhex("eee0")).replace(
        bytes.fromhex("fab1"), bytes.fromhex("ed95")
    )
    assert list(read(nec, CALL_DETAIL)) == records
    assert b"".join(write(read(nec, CALL_DETAIL), CALL_DETAIL)) == data


@given(st.lists(st.sampled_from(sorted(set(PAIRS.values()))), max_size=30), st.text("ab1 ,"))
def test_encoded_text_decodes_to_itself_and_never_uses_ed_ee(characters, ascii_text):
    text = "".join(characters) + ascii_text
    data = cp932.encode(text)
    assert data.decode("cp932") == text
    assert len(data) == len(text.encode("cp932"))  # the same lengths as Python's codec
    position = 0
    while position < len(data):
        if data[position] >= 0x81:
            assert data[position] not in (0xED, 0xEE)
            position += 2
        else:
            position += 1


def test_the_table_is_built_when_first_needed_not_on_import():
    import subprocess
    import sys

    code = (
        "from telcobiz.csvformats import CALL_DETAIL, cp932\n"
        "assert cp932._tables.cache_info().currsize == 0\n"
        "cp932.encode('髙')\n"
        "assert cp932._tables.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
