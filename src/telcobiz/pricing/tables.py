"""The KDDI デバイスマネジメントパック price list as cited, effective-dated data (DMP-1..DMP-4).

Every amount is tax-exclusive (「本章で表記の金額は全て税抜です。」, §3.5.3 and §3.5.4) and
lives once here, in a :class:`DmpPriceList` keyed by the date it takes effect
(:data:`DMP_PRICE_LISTS`), the way Kill Bill keys catalog versions:

- DMP-1 basic service 467 yen per device per month, initial fee 0, the start month free
  (a one-month 0 yen ``TRIAL`` phase, then an ``EVERGREEN`` 467 yen phase);
- DMP-2 each option 200 yen per device per month;
- DMP-3 the basic fee with the Basic Pack (ベーシックパック併用): 191 yen;
- DMP-4 Smart Value for Business: 1,410 yen a month for months 1-24, 934 yen from month 25.

**Decision (effective date):** the guide (Ver 1.2.0) is undated. Its revision history says
Ver 1.2.0 corrected the price display for a consumption tax change (「消費税変更に伴う価格表示の
修正」) after Ver 1.1.0 added iOS 7 and Windows 8.1 / IE11 (autumn 2013), and renames the KDDI
研究所 (which became KDDI総合研究所 in 2017): the tax change is the one of 2014-04-01, so the
tax-exclusive prices are valid from 2014-04-01. A later price change is a new row.

>>> from datetime import date
>>> prices = DMP_PRICE_LISTS.at(date(2026, 12, 1))
>>> prices.basic.price_at(1), prices.basic.price_at(2), prices.basic_pack.amount
(Yen('0'), Yen('467'), Yen('191'))
>>> backup = prices.option(DmpOption.BACKUP).citation
>>> backup.rule, backup.section, backup.row
('DMP-2', '§3.5.3', 'バックアップ 対象 OS：Android')
"""

from __future__ import annotations

from datetime import date

import attrs

from telcobiz.core.checks import expect_iterable
from telcobiz.core.citation import BOS_DMP_GUIDE, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput, UnknownItem
from telcobiz.core.money import Yen
from telcobiz.core.table import EffectiveTable
from telcobiz.pricing.catalog import DmpOption
from telcobiz.pricing.price import PhasedPrice, PhaseType, Price, PricePhase

__all__ = [
    "BASIC_PACK_DECISION",
    "BILLING_DECISION",
    "DMP_PRICE_LISTS",
    "PRICES_EFFECTIVE_FROM",
    "SMART_DEVICE_CHARGE_DECISION",
    "TAX_EXCLUSIVE_CITATION",
    "DmpPriceList",
    "dmp_price_list",
]

PRICES_EFFECTIVE_FROM = date(2014, 4, 1)
"""The date the Ver 1.2.0 tax-exclusive price list takes effect (see the module docstring)."""

TAX_EXCLUSIVE_CITATION = Citation(
    BOS_DMP_GUIDE, "§3.5.3", row="※ 本章で表記の金額は全て税抜です。別途消費税がかかります。"
)
"""Every amount of §3.5.3 and §3.5.4 is before consumption tax."""

BILLING_DECISION = Citation(RULEBOOK, "DMP-1 Decision (billing month)", rule="DMP-1")
"""Monthly, never prorated; a month's prices and tax rate are those in force on its 1st day."""

BASIC_PACK_DECISION = Citation(RULEBOOK, "DMP-3 Decision", rule="DMP-3")
"""The 191 yen price goes only to devices that pay the basic fee that month."""

SMART_DEVICE_CHARGE_DECISION = Citation(RULEBOOK, "DMP-4 Decision", rule="DMP-4")
"""The au line's charge is the caller's figure; a quote shows it beside its discount."""

_BASIC_ROW = "KDDI デバイスマネジメントパック （基本サービス）"


def _cite(section: str, row: str, rule: str) -> Citation:
    return Citation(BOS_DMP_GUIDE, section, row=row, rule=rule)


def _option_fees(
    fees: tuple[tuple[DmpOption, Price], ...],
) -> tuple[tuple[DmpOption, Price], ...]:
    expect_iterable(
        fees, "options", expected="(DmpOption, Price) pairs", code="pricing.bad_price_list"
    )
    fees = tuple(fees)
    if not all(isinstance(fee, tuple) and len(fee) == 2 for fee in fees):
        raise InvalidInput.for_value(
            "options", fees, "(DmpOption, Price) pairs", code="pricing.bad_price_list"
        )
    if {option for option, _ in fees} != set(DmpOption) or len(fees) != len(DmpOption):
        raise InvalidInput.for_value(
            "options", fees, "exactly one price per DmpOption", code="pricing.bad_price_list"
        )
    return tuple(sorted(fees, key=lambda pair: list(DmpOption).index(pair[0])))


@attrs.frozen
class DmpPriceList:
    """One version of the デバイスマネジメントパック price list (all amounts tax-exclusive).

    Attributes:
        basic: the basic service per device per month, as phases (free start month, then
            the monthly fee) (DMP-1).
        initial_fee: the one-time fee per device in the start month (DMP-1).
        options: one monthly price per option per device (DMP-2).
        basic_pack: the basic fee per device with the Basic Pack (DMP-3).
        smart_value: the Smart Value for Business discount per au line per month, as phases
            counted from the discount's start month (DMP-4).

    >>> from datetime import date
    >>> dmp_price_list(date(2026, 11, 1)).smart_value.total_for(24)
    Yen('33840')
    """

    basic: PhasedPrice
    initial_fee: Price
    options: tuple[tuple[DmpOption, Price], ...] = attrs.field(converter=_option_fees)
    basic_pack: Price
    smart_value: PhasedPrice

    def option(self, option: DmpOption) -> Price:
        """Return the monthly price of one option.

        >>> from datetime import date
        >>> dmp_price_list(date(2026, 11, 1)).option(DmpOption.VIRUS_PROTECTION).amount
        Yen('200')
        """
        for candidate, price in self.options:
            if candidate is option:
                return price
        raise UnknownItem.for_value(
            "option", option, "a DmpOption member", code="pricing.unknown_option"
        )


def _option_row(option: DmpOption) -> str:
    targets = "、".join(
        os.label for os in sorted(option.supported_os, key=lambda os: os.value != "ios")
    )
    return f"{option.label} 対象 OS：{targets}"


_VERSION_1_2_0 = DmpPriceList(
    basic=PhasedPrice(
        "基本サービス",
        (
            PricePhase(
                PhaseType.TRIAL,
                Yen(0),
                _cite("§3.5.3", f"{_BASIC_ROW} ※ 利用開始月無料", "DMP-1"),
                months=1,
            ),
            PricePhase(
                PhaseType.EVERGREEN,
                Yen(467),
                _cite("§3.5.3", f"{_BASIC_ROW} 月額 467 円／台", "DMP-1"),
            ),
        ),
    ),
    initial_fee=Price(Yen(0), _cite("§3.5.3", f"{_BASIC_ROW} ※ 初期費用 0 円", "DMP-1")),
    options=tuple(
        (option, Price(Yen(200), _cite("§3.5.3", _option_row(option), "DMP-2")))
        for option in DmpOption
    ),
    basic_pack=Price(Yen(191), _cite("§3.5.4", "ベーシックパック併用 「467 円⇒191 円」", "DMP-3")),
    smart_value=PhasedPrice(
        "スマートバリュー for Business",
        (
            PricePhase(
                PhaseType.DISCOUNT,
                Yen(1410),
                _cite("§3.5.4", "最大2年間 1,410 円/月×24=33,840 円割引", "DMP-4"),
                months=24,
            ),
            PricePhase(
                PhaseType.EVERGREEN,
                Yen(934),
                _cite("§3.5.4", "※ 3年目以降は、934 円/月割引", "DMP-4"),
            ),
        ),
    ),
)

DMP_PRICE_LISTS: EffectiveTable[DmpPriceList] = EffectiveTable.single(
    "KDDI デバイスマネジメントパック price list",
    _VERSION_1_2_0,
    PRICES_EFFECTIVE_FROM,
    Citation(BOS_DMP_GUIDE, "§3.5.3, §3.5.4, 改定履歴 1.2.0"),
)
"""Every version of the price list by the date it takes effect (DMP-1..DMP-4)."""


def dmp_price_list(on: date) -> DmpPriceList:
    """Return the price list in force on ``on``.

    Before :data:`PRICES_EFFECTIVE_FROM` there is no price list:
    :class:`~telcobiz.core.errors.OutOfRange` (``table.before_first``).

    >>> from datetime import date
    >>> dmp_price_list(date(2019, 9, 1)).basic_pack.amount
    Yen('191')
    """
    return DMP_PRICE_LISTS.at(on)
