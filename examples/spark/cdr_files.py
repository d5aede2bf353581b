r"""Generated 通話明細 (call-detail) downloads of KDDI クラウドオートコール, built byte by byte.

The files are written here with plain string formatting and ``str.encode("cp932")``, not with
telcobiz's writer, so that reading them tests telcobiz rather than agreeing with it. Each file
is a month of calls of a few numbers, in the layout of the self page's download (CAC-6): a
header record, then one CRLF-terminated record per call. Some calls start late on the last day
of the month and run past midnight (CAC-4 bills them in the next month), some are 番号案内
counts (「3件」), some charges are negative, and every ``bad_every``-th line is broken in one
of three ways the reader must reject. A :class:`CallFile` carries what was written: the number
of records and of broken lines, and the sum of the good lines' charges.

>>> folder = generate_files(count=2, lines=5, seed=1, bad_every=4)
>>> [(f.name, f.records, f.broken) for f in folder]
[('calls-00.csv', 5, 1), ('calls-01.csv', 5, 1)]
>>> folder[0].data.splitlines()[0].decode("cp932")
'ご利用電話番号,通話開始日時,通話開始時刻,着信電話番号,地域名,通話時間,内線区分,呼種別,通話料'
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

__all__ = ["HEADER", "CallFile", "call_file", "generate_files", "write_files"]

# The header record as the self page writes it: the titles of the 通話明細 layout (CAC-6).
HEADER = (
    "ご利用電話番号,通話開始日時,通話開始時刻,着信電話番号,地域名,通話時間,内線区分,呼種別,通話料"
)

# 地域名 is at most 20 CP932 bytes: the last area is exactly 20 (10 full-width characters).
_AREAS = ("東京", "大阪", "札幌", "那覇", "横浜", "京都府京都市左京区北")
_CALL_TYPES = ("国内呼", "携帯呼(au 定額)", "携帯呼", "国際呼")

# Three ways a line goes wrong, each rejected by the reader (CAC-6): an impossible date, an
# area of 22 bytes (over its 20) and a 内線区分 that is neither 外線 nor 内線.
_BROKEN = (
    lambda fields: [*fields[:1], fields[1][:8] + "32", *fields[2:]],
    lambda fields: [*fields[:4], "京都府京都市左京区北区", *fields[5:]],
    lambda fields: [*fields[:6], "外", *fields[7:]],
)


@dataclass(frozen=True)
class CallFile:
    """One generated call-detail file and what it holds.

    >>> file = call_file(random.Random(0), month=(2017, 11), phones=["0120223335"], lines=3)
    >>> file.records, file.broken, file.lines
    (3, 0, 4)
    """

    name: str
    data: bytes
    records: int  # good call records written
    broken: int  # broken lines written (each one must be rejected)
    charges: Decimal  # the sum of the good records' 通話料

    @property
    def lines(self) -> int:
        """Every line of the file: the header, the records and the broken lines.

        >>> CallFile("x.csv", b"", 2, 1, Decimal(0)).lines
        4
        """
        return 1 + self.records + self.broken


def _record(rng: random.Random, phone: str, year: int, month: int) -> list[str]:
    """The nine fields of one good call, as text."""
    last_day = calendar.monthrange(year, month)[1]
    kind = rng.random()
    if kind < 0.05:  # 番号案内: 通話時間 is a count of calls to 104
        day, hour, minute = rng.randint(1, last_day), rng.randint(8, 20), rng.randint(0, 59)
        count = rng.randint(1, 3)
        duration, called, area, call_type = f"{count}件", "104", "番号案内", "番号案内"
        charge = f"{60 * count}.00"
    else:
        if kind < 0.15:  # late on the last day: many of these run into the next month
            day, hour, minute = last_day, 23, rng.randint(40, 59)
            seconds = rng.randint(60, 3600)
        else:
            day, hour, minute = rng.randint(1, last_day), rng.randint(0, 23), rng.randint(0, 59)
            seconds = rng.randint(1, 1800)
        duration = (
            f"{seconds // 3600:02d}{seconds % 3600 // 60:02d}{seconds % 60:02d}.{rng.randint(0, 9)}"
        )
        called = f"0{rng.randint(3, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        area, call_type = rng.choice(_AREAS), rng.choice(_CALL_TYPES)
        cents = rng.randint(-1250, 99999) if rng.random() < 0.02 else rng.randint(0, 99999)
        charge = f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"
    start = f"{hour:02d}{minute:02d}{rng.randint(0, 59):02d}.{rng.randint(0, 9)}"
    line_kind = "内線" if rng.random() < 0.1 else "外線"
    date = f"{year:04d}/{month:02d}/{day:02d}"
    return [phone, date, start, called, area, duration, line_kind, call_type, charge]


def call_file(
    rng: random.Random,
    *,
    month: tuple[int, int],
    phones: list[str],
    lines: int,
    bad_every: int = 0,
    name: str = "calls.csv",
) -> CallFile:
    """A call-detail file of ``lines`` good records, plus a broken line after every ``bad_every``.

    >>> file = call_file(random.Random(0), month=(2017, 11), phones=["0120223335"], lines=4,
    ...                  bad_every=2)
    >>> file.records, file.broken, len(file.data.splitlines())
    (4, 2, 7)
    """
    year, month_number = month
    out = [HEADER]
    total = Decimal(0)
    broken = 0
    for index in range(lines):
        fields = _record(rng, rng.choice(phones), year, month_number)
        out.append(",".join(fields))
        total += Decimal(fields[8])
        if bad_every and (index + 1) % bad_every == 0:
            bad = _record(rng, rng.choice(phones), year, month_number)
            out.append(",".join(_BROKEN[broken % len(_BROKEN)](bad)))
            broken += 1
    data = ("\r\n".join(out) + "\r\n").encode("cp932")
    return CallFile(name, data, lines, broken, total)


def generate_files(
    *, count: int, lines: int, seed: int = 0, bad_every: int = 0, phones_per_file: int = 4
) -> list[CallFile]:
    """``count`` files of ``lines`` records each: months from 2017-09 on, numbers shared.

    The same arguments give the same bytes. Numbers are shared between files, so one number's
    calls of a month come from several files and the job must add them up across files.

    >>> [f.name for f in generate_files(count=3, lines=1)]
    ['calls-00.csv', 'calls-01.csv', 'calls-02.csv']
    """
    rng = random.Random(seed)
    phones = [f"0120{223335 + number:06d}" for number in range(3 * phones_per_file)]
    files = []
    for index in range(count):
        year, month = 2017 + (8 + index % 4) // 12, (8 + index % 4) % 12 + 1
        chosen = rng.sample(phones, phones_per_file)
        name = f"calls-{index:02d}.csv"
        files.append(
            call_file(
                rng, month=(year, month), phones=chosen, lines=lines, bad_every=bad_every, name=name
            )
        )
    return files


def write_files(files: list[CallFile], folder: Path) -> list[Path]:
    """Write each file's bytes into ``folder`` (created if needed); return their paths.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in write_files(generate_files(count=1, lines=1), Path(tmp))]
    ['calls-00.csv']
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for file in files:
        path = folder / file.name
        path.write_bytes(file.data)
        paths.append(path)
    return paths
