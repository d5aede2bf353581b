"""Fixture files for the CSV tests, built byte by byte (CAC-6 seed 003, DBO-7 seed 004)."""

import pytest

CRLF = b"\r\n"

# 電話番号別ご利用料金 header, CP932 bytes written out (CAC-6: every title exactly its length).
SUMMARY_HEADER = b",".join(
    [
        bytes.fromhex("82b2 9798 9770 9364 9862 94d4 8d86"),  # ご利用電話番号 14
        bytes.fromhex("8d87 8c76 97bf 8be0"),  # 合計料金 8
        bytes.fromhex("8d91 93e0 92ca 9862"),  # 国内通話 8
        bytes.fromhex("8d91 8ddb 92ca 9862"),  # 国際通話 8
        bytes.fromhex("8281 8295 92ca 9862"),  # ａｕ通話 8 (full-width a u)
        bytes.fromhex("82bb 82cc 91bc 88da 93ae 91cc"),  # その他移動体 12
    ]
)

DETAIL_TITLES = (
    "ご利用電話番号",
    "通話開始日時",
    "通話開始時刻",
    "着信電話番号",
    "地域名",
    "通話時間",
    "内線区分",
    "呼種別",
    "通話料",
)
DETAIL_HEADER = ",".join(DETAIL_TITLES).encode("cp932")


def cp932_line(*fields: str) -> bytes:
    """One CP932 line, fields joined by commas, CRLF at the end."""
    return b",".join(field.encode("cp932") for field in fields) + CRLF


# The seed's web sample for 0120223335 (■ウェブ上でのご利用明細の確認 c.): seven domestic calls
# of 8.00円 (ご利用金額合計 56.00円); the month is shown as 2017年11月.
SEED_CALLS = (
    ("2017/11/01", "201221.5", "03-1234-5678", "東京", "000106.0"),
    ("2017/11/01", "201600.5", "03-1234-5678", "東京", "000011.5"),
    ("2017/11/01", "201624.5", "03-1234-5678", "東京", "000009.5"),
    ("2017/11/01", "201811.0", "03-1234-5678", "東京", "000002.0"),
    ("2017/11/04", "134604.5", "050-1234-5678", "IP電話", "000010.0"),
    ("2017/11/04", "135222.0", "050-1234-5678", "IP電話", "000033.2"),
    ("2017/11/04", "142256.5", "03-1234-5678", "東京", "000015.5"),
)


def seed_detail_file() -> bytes:
    lines = [DETAIL_HEADER + CRLF]
    for day, start, called, area, duration in SEED_CALLS:
        lines.append(
            cp932_line("0120223335", day, start, called, area, duration, "外線", "国内呼", "8.00")
        )
    return b"".join(lines)


class Files:
    """The byte-level builders, handed to tests through the ``files`` fixture."""

    CRLF = CRLF
    SUMMARY_HEADER = SUMMARY_HEADER
    DETAIL_HEADER = DETAIL_HEADER
    DETAIL_TITLES = DETAIL_TITLES
    SEED_CALLS = SEED_CALLS
    line = staticmethod(cp932_line)
    seed_detail_file = staticmethod(seed_detail_file)

    @staticmethod
    def detail(*lines: tuple[str, ...], header: bytes = DETAIL_HEADER + CRLF) -> bytes:
        """A 通話明細 file: the header, then one CP932 line per tuple of fields."""
        return header + b"".join(cp932_line(*fields) for fields in lines)

    @staticmethod
    def call(**changes: str) -> tuple[str, ...]:
        """A valid 通話明細 line's fields, with some replaced by name."""
        fields = {
            "phone_number": "0120223335",
            "call_date": "2017/11/01",
            "start_time": "201221.5",
            "called_number": "03-1234-5678",
            "area": "東京",
            "duration": "000106.0",
            "line_kind": "外線",
            "call_type": "国内呼",
            "charge": "8.00",
        }
        fields.update(changes)
        return tuple(fields.values())


@pytest.fixture
def files() -> type[Files]:
    return Files


@pytest.fixture
def detail_file() -> bytes:
    return seed_detail_file()


@pytest.fixture
def summary_file() -> bytes:
    # The seed's 1,928.50円 = 56.00 + 0.00 + 1,872.50 (b. ご利用料金の確認 sample).
    return (
        SUMMARY_HEADER
        + CRLF
        + cp932_line("05012345678", "1928.50", "56.00", "0.00", "1872.50", "0.00")
    )
