"""The download files of the tests, written out byte by byte (CP932, CRLF), not by telcobiz.

November 2017 of two numbers, after the seed's web sample: 0120223335 makes the seven 8.00
calls of the self page's 明細 screen, a 番号案内 count and, in the October file, a call that
starts at 23:59 on 10-31 and runs into November (billed in November, CAC-4); 05012345678 has
the sample's 1,928.50 = 56.00 + 0.00 + 1,872.50. Each file has one line that telcobiz rejects.
"""

from __future__ import annotations

from pathlib import Path

DETAIL_HEADER = (
    "ご利用電話番号,通話開始日時,通話開始時刻,着信電話番号,地域名,通話時間,内線区分,呼種別,通話料"
)
SUMMARY_HEADER = "ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体"

NOVEMBER_CALLS = [
    DETAIL_HEADER,
    "0120223335,2017/11/01,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00",
    "0120223335,2017/11/01,201600.5,03-1234-5678,東京,000011.5,外線,国内呼,8.00",
    "0120223335,2017/11/01,201624.5,03-1234-5678,東京,000009.5,外線,国内呼,8.00",
    "0120223335,2017/11/01,201811.0,03-1234-5678,東京,000002.0,外線,国内呼,8.00",
    "0120223335,2017/11/04,134604.5,050-1234-5678,IP電話,000010.0,外線,IP間呼,8.00",
    "0120223335,2017/11/04,135222.0,050-1234-5678,IP電話,000033.2,外線,IP間呼,8.00",
    "0120223335,2017/11/04,142256.5,03-1234-5678,東京,000015.5,外線,国内呼,8.00",
    "0120223335,2017/11/05,100000.0,104,番号案内,2件,外線,番号案内,120.00",
    "05012345678,2017/11/10,090000.0,090-1234-5678,携帯,001500.0,外線,携帯呼(au 定額),936.25",
    "05012345678,2017/11/20,183000.0,09012345678,携帯,001500.0,外線,携帯呼(au 定額),936.25",
    "05012345678,2017/11/21,100000.0,0312345678,東京,000100.0,外線,国内呼,56.00",
    "05012345678,2017/11/31,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00",
]
"""Line 13 is rejected: there is no 2017/11/31."""

OCTOBER_CALLS = [
    DETAIL_HEADER,
    "0120223335,2017/10/31,235900.0,03-1234-5678,東京,000200.0,外線,国内呼,16.00",
]
"""Starts 23:59 on 10-31, ends 00:01 on 11-01: billed in November (CAC-4)."""

NOVEMBER_SUMMARY = [
    SUMMARY_HEADER,
    "0120223335,192.00,192.00,0.00,0.00,0.00",
    "05012345678,1928.50,56.00,0.00,1872.50,0.00",
    "0312345678,10.00,8.00,0.00,0.00,0.00",
]
"""Line 4 is rejected: 10.00 is not 8.00 + 0.00 + 0.00 + 0.00."""


def encode(lines: list[str]) -> bytes:
    """The file's bytes: CP932, each line ending in CRLF."""
    return b"".join(line.encode("cp932") + b"\r\n" for line in lines)


def write_folder(folder: Path) -> Path:
    """Write the three files into ``folder`` (created) and return it."""
    folder.mkdir(parents=True)
    (folder / "calls_2017-10.csv").write_bytes(encode(OCTOBER_CALLS))
    (folder / "calls_2017-11.csv").write_bytes(encode(NOVEMBER_CALLS))
    (folder / "usage_2017-11.csv").write_bytes(encode(NOVEMBER_SUMMARY))
    (folder / "readme.txt").write_bytes(b"not a download: the loader takes *.csv only\n")
    return folder
