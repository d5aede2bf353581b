"""Monthly bills of a KDDI デバイスマネジメントパック fleet (DMP-1..DMP-4, TAX-1, TAX-2).

:func:`quote` prices one billing month of a :class:`~telcobiz.pricing.fleet.Fleet`;
:func:`project` prices a run of months (36 in a notebook is the typical case). Both work per
device group, never per device, so a million devices in ten groups cost ten groups of work.

How a month is billed (RULES.md DMP-1..DMP-4 and the DMP-billing Decisions):

1. Each group started on or before the billing month pays, per device, the basic service by
   its phase (month 1, the start month, is free; 467 yen from month 2), the initial fee
   (0 yen, in the start month) and 200 yen per option taken, in full from the start month.
   Fees are monthly and never prorated; a group that starts after the month is not billed.
2. **Basic Pack** (DMP-3): the basic fee becomes 191 yen for at most ``basic_pack_ids``
   devices, and only devices that pay the basic fee that month use an ID. Every such
   device pays the same 467 yen, so which devices take the IDs cannot change the total: the
   reduction (467 - 191 = 276 yen per device, read from the price list) is one fleet-wide
   line, ``min(basic_pack_ids, paying devices)`` devices. (Were there several paying prices,
   the IDs would go to the largest reductions first: still one deterministic answer.)
3. **Smart Value for Business** (DMP-4): for each :class:`SmartValueLine` of a group in
   service, the au line's own charge is shown, then a discount of ``min(rate, charge)`` per
   line, 1,410 yen in months 1-24 of the discount and 934 yen from month 25; no discount
   before its start month, and never below zero.
4. Discounts come before tax. All lines are taxable at the standard rate in force on the
   billing month's first day (2019-09: 8%, 2019-10: 10%); the tax is computed once on the
   taxable total of each rate and floored (TAX-2). Sen are kept until the totals.

The prices in force on the billing month's first day come from
:data:`~telcobiz.pricing.tables.DMP_PRICE_LISTS`. Lines are ordered by group name, so the
same fleet and month give the same quote whatever the order of its groups.

>>> from datetime import date
>>> fleet = Fleet([
...     DeviceGroup("android", "android", 80, date(2026, 11, 5), options=["backup", "message"]),
...     DeviceGroup("ios", "ios", 40, date(2026, 11, 5), options=["message"]),
... ])
>>> december = quote(fleet, YearMonth(2026, 12), basic_pack_ids=50)
>>> str(december)
'2026-12: 90,464円 (82,240円 + consumption tax 8,224円 at 10%) for 120 devices'
>>> str(quote(fleet, YearMonth(2026, 11), basic_pack_ids=50).total)
'44,000円'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, Literal, NamedTuple

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput, UnknownItem
from telcobiz.core.money import Rounding, Yen
from telcobiz.core.table import EffectiveTable
from telcobiz.core.tax import CONSUMPTION_TAX_RATES, TaxGroup, invoice_tax
from telcobiz.core.text import percent, render_table
from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing.catalog import Carrier, DmpOption
from telcobiz.pricing.fleet import DeviceGroup, Fleet, SmartValueLine
from telcobiz.pricing.price import PhaseType, PricePhase
from telcobiz.pricing.tables import (
    BASIC_PACK_DECISION,
    BILLING_DECISION,
    DMP_PRICE_LISTS,
    SMART_DEVICE_CHARGE_DECISION,
    TAX_EXCLUSIVE_CITATION,
    DmpPriceList,
)

__all__ = [
    "Lang",
    "LineKind",
    "Projection",
    "Quote",
    "QuoteLine",
    "project",
    "quote",
]

Lang = Literal["ja", "en"]
"""The languages of :meth:`Quote.explain` and :meth:`Projection.explain`."""


class LineKind(enum.Enum):
    """What a :class:`QuoteLine` charges or discounts.

    >>> LineKind.BASIC_PACK.label, LineKind.BASIC_PACK.label_en
    ('ベーシックパック併用', 'Basic Pack')
    """

    INITIAL_FEE = "initial_fee"
    BASIC = "basic"
    OPTION = "option"
    BASIC_PACK = "basic_pack"
    SMART_DEVICE_CHARGE = "smart_device_charge"
    SMART_VALUE = "smart_value"

    @property
    def label(self) -> str:
        """The Japanese name (the source's wording where it has one)."""
        return _KIND_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """The English name."""
        return _KIND_LABELS[self][1]


_KIND_LABELS = {
    LineKind.INITIAL_FEE: ("初期費用", "Initial fee"),
    LineKind.BASIC: ("基本サービス", "Basic service"),
    LineKind.OPTION: ("オプションサービス", "Option"),
    LineKind.BASIC_PACK: ("ベーシックパック併用", "Basic Pack"),
    LineKind.SMART_DEVICE_CHARGE: ("au スマートデバイス利用料金", "au smart-device charge"),
    LineKind.SMART_VALUE: ("スマートバリュー for Business", "Smart Value for Business"),
}

_PHASE_NOTES = {
    (LineKind.BASIC, PhaseType.TRIAL): ("利用開始月無料", "start month free"),
    (LineKind.SMART_VALUE, PhaseType.DISCOUNT): ("1〜24か月目", "months 1-24"),
    (LineKind.SMART_VALUE, PhaseType.EVERGREEN): ("3年目以降", "from month 25"),
}

_ROUNDING_LABELS = {
    Rounding.FLOOR: ("切り捨て", "floored"),
    Rounding.CEILING: ("切り上げ", "rounded up"),
    Rounding.DOWN: ("切り捨て（0方向）", "truncated toward zero"),
    Rounding.HALF_UP: ("四捨五入", "rounded half up"),
    Rounding.HALF_EVEN: ("偶数丸め", "rounded half to even"),
}


def _rule(citation: Citation) -> str:
    return citation.rule or citation.section


@attrs.frozen
class QuoteLine:
    """One line of a quote: what, unit price, quantity, amount, and the citation behind it.

    ``group`` is ``None`` for fleet-wide lines (the Basic Pack). Discounts have a negative
    unit price and amount. ``option`` names the option of an option line; ``phase`` the
    price phase of a basic-service or Smart Value line.

    >>> from telcobiz.pricing.tables import dmp_price_list
    >>> from datetime import date
    >>> fee = dmp_price_list(date(2026, 12, 1)).option(DmpOption.BACKUP)
    >>> line = QuoteLine(LineKind.OPTION, "android", fee.amount, 80, fee.amount * 80,
    ...                  fee.citation, option=DmpOption.BACKUP)
    >>> line.what, line.describe("en"), str(line.amount)
    ('バックアップ', 'Backup', '16,000円')
    """

    kind: LineKind
    group: str | None
    unit_price: Yen
    quantity: int
    amount: Yen
    citation: Citation
    option: DmpOption | None = None
    phase: PhaseType | None = None

    @property
    def what(self) -> str:
        """What the line is for, in Japanese."""
        return self.describe("ja")

    @property
    def rule(self) -> str:
        """The RULES.md ID behind the line, e.g. ``"DMP-1"``."""
        return _rule(self.citation)

    def describe(self, lang: Lang = "ja") -> str:
        """Describe what the line is for, in ``lang``.

        >>> from telcobiz.core.citation import RULEBOOK
        >>> QuoteLine(LineKind.BASIC, "a", Yen(0), 3, Yen(0), Citation(RULEBOOK, "x"),
        ...           phase=PhaseType.TRIAL).describe("en")
        'Basic service (start month free)'
        """
        english = _english(lang)
        if self.option is not None:
            name = self.option.label_en if english else self.option.label
        else:
            name = self.kind.label_en if english else self.kind.label
        note = _PHASE_NOTES.get((self.kind, self.phase)) if self.phase is not None else None
        if note is None:
            return name
        return f"{name} ({note[1]})" if english else f"{name}（{note[0]}）"

    def to_row(self) -> dict[str, Any]:
        """Return the line as a plain dict (amounts as :class:`~decimal.Decimal`).

        >>> from telcobiz.core.citation import RULEBOOK
        >>> row = QuoteLine(LineKind.BASIC, "a", Yen(467), 3, Yen(1401),
        ...                 Citation(RULEBOOK, "x", rule="DMP-1")).to_row()
        >>> row["what"], row["amount"], row["rule"]
        ('基本サービス', Decimal('1401'), 'DMP-1')
        """
        return {
            "group": self.group,
            "kind": self.kind.value,
            "what": self.what,
            "option": None if self.option is None else self.option.value,
            "phase": None if self.phase is None else self.phase.value,
            "unit_price": self.unit_price.amount,
            "quantity": self.quantity,
            "amount": self.amount.amount,
            "rule": self.rule,
            "citation": str(self.citation),
        }


def _english(lang: object) -> bool:
    if lang not in ("ja", "en"):
        raise InvalidInput.for_value("lang", lang, "'ja' or 'en'", code="pricing.bad_lang")
    return lang == "en"


@attrs.frozen
class Quote:
    """The bill of one month: total first, then the lines and the tax that explain it.

    Attributes:
        total: ``subtotal + tax``.
        month: the billing month.
        subtotal: the sum of the lines, before tax (sen kept).
        tax: consumption tax, computed once per rate on the taxable total (TAX-2).
        tax_rate: the standard rate in force on the month's first day (TAX-1).
        lines: every charge and discount, by group name, then fleet-wide lines.
        tax_groups: the taxable base and tax of each rate.
        rounding: how each rate's tax was rounded to whole yen (floor by default).
        devices: devices billed this month (groups started on or before it).
        basic_pack_ids: the Basic Pack IDs the caller has.
        basic_pack_applied: devices that paid the Basic Pack price this month.
        rules: the RULES.md IDs the quote applied.
        citations: the sources of every value used.

    >>> from datetime import date
    >>> fleet = Fleet([DeviceGroup("a", "ios", 3, date(2026, 10, 1))])
    >>> november = quote(fleet, YearMonth(2026, 11))
    >>> [(line.what, str(line.amount)) for line in november.lines], str(november.total)
    ([('基本サービス', '1,401円')], '1,541円')
    """

    total: Yen
    month: YearMonth
    subtotal: Yen
    tax: Yen
    tax_rate: Decimal
    lines: tuple[QuoteLine, ...]
    tax_groups: tuple[TaxGroup, ...]
    rounding: Rounding
    devices: int
    basic_pack_ids: int
    basic_pack_applied: int
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        return (
            f"{self.month}: {self.total} ({self.subtotal} + consumption tax {self.tax} at"
            f" {percent(self.tax_rate)}) for {self.devices} devices"
        )

    def lines_of(self, group: str) -> tuple[QuoteLine, ...]:
        """Return the lines of one group (fleet-wide lines have ``group=None``).

        >>> from datetime import date
        >>> fleet = Fleet([DeviceGroup("a", "ios", 3, date(2026, 10, 1))])
        >>> len(quote(fleet, YearMonth(2026, 11)).lines_of("a"))
        1
        """
        return tuple(line for line in self.lines if line.group == group)

    def to_rows(self) -> list[dict[str, Any]]:
        """One plain dict per line, with the month: ``pandas.DataFrame(quote.to_rows())``.

        >>> from datetime import date
        >>> fleet = Fleet([DeviceGroup("a", "ios", 3, date(2026, 10, 1))])
        >>> quote(fleet, YearMonth(2026, 11)).to_rows()[0]["month"]
        '2026-11'
        """
        month = str(self.month)
        return [{"month": month, **line.to_row()} for line in self.lines]

    def explain(self, lang: Lang = "ja") -> str:
        """Return the full breakdown as a text table, with rule IDs and citations.

        >>> from datetime import date
        >>> fleet = Fleet([DeviceGroup("a", "ios", 3, date(2026, 11, 1))])
        >>> print(quote(fleet, YearMonth(2026, 11)).explain("en"))
        KDDI Device Management Pack, billing month 2026-11 (prices before tax)
        group  item                              unit price  quantity  amount  rule
        -----  --------------------------------  ----------  --------  ------  -----
        a      Initial fee                              0円         3      0円  DMP-1
        a      Basic service (start month free)         0円         3      0円  DMP-1
               Subtotal                                                    0円
               Consumption tax 10% (floored)                               0円  TAX-2
               Total                                                       0円
        Devices billed: 3. Basic Pack IDs: 0, used: 0.
        Rules: DMP-1, DMP-billing, TAX-1, TAX-2
        Sources:
        ...
        """
        english = _english(lang)
        text = _EN if english else _JA
        rows = [
            [
                line.group or text.fleet,
                line.describe(lang),
                str(line.unit_price),
                f"{line.quantity:,}",
                str(line.amount),
                line.rule,
            ]
            for line in self.lines
        ]
        how = _ROUNDING_LABELS[self.rounding][1 if english else 0]
        rows += [
            ["", text.subtotal, "", "", str(self.subtotal), ""],
            [
                "",
                text.tax.format(rate=percent(self.tax_rate), how=how),
                "",
                "",
                str(self.tax),
                "TAX-2",
            ],
            ["", text.total, "", "", str(self.total), ""],
        ]
        table = render_table(text.header, rows, right=frozenset({2, 3, 4}))
        return "\n".join(
            [
                text.title.format(month=self.month),
                *table,
                text.devices.format(
                    devices=self.devices, ids=self.basic_pack_ids, used=self.basic_pack_applied
                ),
                text.rules + ", ".join(self.rules),
                text.sources,
                *(f"  {citation}" for citation in self.citations),
            ]
        )


class _Words(NamedTuple):
    """The fixed words of an explanation in one language."""

    title: str
    header: list[str]
    fleet: str
    subtotal: str
    tax: str
    total: str
    devices: str
    rules: str
    sources: str
    projection_title: str
    projection_header: list[str]


_JA = _Words(
    title="KDDI デバイスマネジメントパック {month} ご利用分（税抜価格）",
    header=["グループ", "内容", "単価", "数量", "金額", "規則"],
    fleet="（全体）",
    subtotal="小計",
    tax="消費税 {rate}（税率ごとに1回 {how}）",
    total="合計",
    devices="請求対象 {devices} 台。ベーシックパック適用 ID {ids}、うち適用 {used} 台。",
    rules="規則: ",
    sources="出典:",
    projection_title="KDDI デバイスマネジメントパック {start}〜{end}（{months}か月、税抜価格）",
    projection_header=["月", "台数", "小計", "消費税率", "消費税", "合計"],
)
_EN = _Words(
    title="KDDI Device Management Pack, billing month {month} (prices before tax)",
    header=["group", "item", "unit price", "quantity", "amount", "rule"],
    fleet="(fleet)",
    subtotal="Subtotal",
    tax="Consumption tax {rate} ({how})",
    total="Total",
    devices="Devices billed: {devices}. Basic Pack IDs: {ids}, used: {used}.",
    rules="Rules: ",
    sources="Sources:",
    projection_title="KDDI Device Management Pack, {start} to {end} ({months} months,"
    " prices before tax)",
    projection_header=["month", "devices", "subtotal", "tax rate", "tax", "total"],
)


@attrs.frozen
class Projection:
    """One :class:`Quote` per month over a run of months, and their sum.

    >>> from datetime import date
    >>> fleet = Fleet([DeviceGroup("a", "ios", 10, date(2026, 11, 5))])
    >>> run = project(fleet, YearMonth(2026, 11), 3)
    >>> [str(q.total) for q in run.quotes], str(run.total), str(run.end)
    (['0円', '5,137円', '5,137円'], '10,274円', '2027-01')
    """

    total: Yen
    start: YearMonth
    quotes: tuple[Quote, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def months(self) -> int:
        """The number of months."""
        return len(self.quotes)

    @property
    def end(self) -> YearMonth:
        """The last month."""
        return self.start.shift(self.months - 1)

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def __str__(self) -> str:
        return f"{self.start} to {self.end}: {self.total} over {self.months} months"

    def to_rows(self, *, detail: bool = False) -> list[dict[str, Any]]:
        """One plain dict per month, or per line of every month with ``detail=True``.

        ``pandas.DataFrame(projection.to_rows())`` gives a month-by-month table.

        >>> from datetime import date
        >>> fleet = Fleet([DeviceGroup("a", "ios", 10, date(2026, 11, 5))])
        >>> rows = project(fleet, YearMonth(2026, 11), 2).to_rows()
        >>> rows[1]
        {'month': '2026-12', 'devices': 10, 'basic_pack_applied': 0, 'subtotal': Decimal('4670'), \
'tax_rate': Decimal('0.10'), 'tax': Decimal('467'), 'total': Decimal('5137')}
        """
        if detail:
            return [row for month in self.quotes for row in month.to_rows()]
        return [
            {
                "month": str(month.month),
                "devices": month.devices,
                "basic_pack_applied": month.basic_pack_applied,
                "subtotal": month.subtotal.amount,
                "tax_rate": month.tax_rate,
                "tax": month.tax.amount,
                "total": month.total.amount,
            }
            for month in self.quotes
        ]

    def explain(self, lang: Lang = "ja") -> str:
        """Return a month-by-month table with the total, rule IDs and citations.

        >>> from datetime import date
        >>> fleet = Fleet([DeviceGroup("a", "ios", 10, date(2026, 11, 5))])
        >>> print(project(fleet, YearMonth(2026, 11), 2).explain("en"))
        KDDI Device Management Pack, 2026-11 to 2026-12 (2 months, prices before tax)
        month    devices  subtotal  tax rate    tax    total
        -------  -------  --------  --------  -----  -------
        2026-11       10       0円       10%    0円      0円
        2026-12       10   4,670円       10%  467円  5,137円
        Total                                        5,137円
        Rules: DMP-1, DMP-billing, TAX-1, TAX-2
        Sources:
        ...
        """
        english = _english(lang)
        text = _EN if english else _JA
        rows = [
            [
                str(month.month),
                f"{month.devices:,}",
                str(month.subtotal),
                percent(month.tax_rate),
                str(month.tax),
                str(month.total),
            ]
            for month in self.quotes
        ]
        rows.append([text.total, "", "", "", "", str(self.total)])
        table = render_table(text.projection_header, rows, right=frozenset({1, 2, 3, 4, 5}))
        return "\n".join(
            [
                text.projection_title.format(start=self.start, end=self.end, months=self.months),
                *table,
                text.rules + ", ".join(self.rules),
                text.sources,
                *(f"  {citation}" for citation in self.citations),
            ]
        )


def quote(
    fleet: Fleet | Iterable[DeviceGroup],
    month: YearMonth | str,
    *,
    basic_pack_ids: int = 0,
    smart_value: Iterable[SmartValueLine] = (),
    rounding: Rounding = Rounding.FLOOR,
    price_lists: EffectiveTable[DmpPriceList] = DMP_PRICE_LISTS,
) -> Quote:
    """Price one billing month of ``fleet`` (DMP-1..DMP-4, TAX-1, TAX-2).

    Args:
        fleet: a :class:`Fleet` or an iterable of :class:`DeviceGroup`.
        month: the billing month (``YearMonth`` or ``"YYYY-MM"``).
        basic_pack_ids: the Basic Pack's applied IDs: at most this many paying devices pay
            the Basic Pack price (DMP-3).
        smart_value: au lines that take Smart Value for Business (DMP-4).
        rounding: how each rate's tax becomes whole yen (floor, TAX-2).
        price_lists: the effective-dated price lists (a what-if analysis can pass its own).

    >>> from datetime import date
    >>> fleet = [DeviceGroup("field", "android", 30, date(2026, 11, 5))]
    >>> sv = [SmartValueLine("field", Yen(1000), "2026-11", count=30)]
    >>> bill = quote(fleet, "2026-12", smart_value=sv)
    >>> [(line.what, str(line.amount)) for line in bill.lines]
    [('基本サービス', '14,010円'), ('au スマートデバイス利用料金', '30,000円'), \
('スマートバリュー for Business（1〜24か月目）', '-30,000円')]
    """
    pricer = _Pricer(fleet, basic_pack_ids, smart_value, rounding, price_lists)
    return pricer.quote(_to_month(month, "month"))


def project(
    fleet: Fleet | Iterable[DeviceGroup],
    start_month: YearMonth | str,
    months: int,
    *,
    basic_pack_ids: int = 0,
    smart_value: Iterable[SmartValueLine] = (),
    rounding: Rounding = Rounding.FLOOR,
    price_lists: EffectiveTable[DmpPriceList] = DMP_PRICE_LISTS,
) -> Projection:
    """One :func:`quote` per month for ``months`` months from ``start_month``.

    Options are those of :func:`quote`. A group's lines are built once per price phase and
    reused from month to month, so 36 months cost little more than a few quotes.

    >>> from datetime import date
    >>> fleet = [DeviceGroup("a", "android", 100, date(2019, 8, 20))]
    >>> [(str(q.month), str(q.tax)) for q in project(fleet, "2019-08", 3)]
    [('2019-08', '0円'), ('2019-09', '3,736円'), ('2019-10', '4,670円')]
    """
    first = _to_month(start_month, "start_month")
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise InvalidInput.for_value(
            "months", months, "a whole number >= 1", code="pricing.bad_months"
        )
    pricer = _Pricer(fleet, basic_pack_ids, smart_value, rounding, price_lists)
    quotes = tuple(pricer.quote(first.shift(offset)) for offset in range(months))
    return Projection(
        total=Yen.sum(month.total for month in quotes),
        start=first,
        quotes=quotes,
        rules=_sorted_rules(rule for month in quotes for rule in month.rules),
        citations=_sorted_citations(c for month in quotes for c in month.citations),
    )


def _to_month(value: object, field: str) -> YearMonth:
    if isinstance(value, YearMonth):
        return value
    if isinstance(value, str):
        return YearMonth.parse(value)
    raise InvalidInput.for_value(field, value, "a YearMonth or 'YYYY-MM'", code="pricing.bad_month")


def _sorted_rules(rules: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(rules)))


def _sorted_citations(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(
        sorted(set(citations), key=lambda c: (c.rule or "", c.section, c.row or "", c.source.key))
    )


class _GroupBill(NamedTuple):
    """A group's lines in one phase of its life, reused while the phase lasts."""

    lines: tuple[QuoteLine, ...]
    subtotal: Decimal
    citations: tuple[Citation, ...]


class _Pricer:
    """Validated inputs of a quote, and the per-group lines built so far."""

    def __init__(
        self,
        fleet: Fleet | Iterable[DeviceGroup],
        basic_pack_ids: int,
        smart_value: Iterable[SmartValueLine],
        rounding: Rounding,
        price_lists: EffectiveTable[DmpPriceList],
    ) -> None:
        self.fleet = fleet if isinstance(fleet, Fleet) else Fleet(fleet)
        if (
            not isinstance(basic_pack_ids, int)
            or isinstance(basic_pack_ids, bool)
            or (basic_pack_ids < 0)
        ):
            raise InvalidInput.for_value(
                "basic_pack_ids",
                basic_pack_ids,
                "a whole number of Basic Pack IDs >= 0",
                code="pricing.bad_basic_pack_ids",
            )
        if not isinstance(rounding, Rounding):
            raise InvalidInput.for_value(
                "rounding", rounding, "a telcobiz.Rounding member", code="pricing.bad_rounding"
            )
        if not isinstance(price_lists, EffectiveTable):
            raise InvalidInput.for_value(
                "price_lists",
                price_lists,
                "an EffectiveTable of DmpPriceList",
                code="pricing.bad_price_list",
            )
        self.basic_pack_ids = basic_pack_ids
        self.rounding = rounding
        self.price_lists = price_lists
        self.smart_value = _checked_smart_value(self.fleet, smart_value)
        # Month indexes straight from the dates: no YearMonth per group on the hot path.
        self.starts = [group.start.year * 12 + group.start.month - 1 for group in self.fleet]
        self.start_of = {
            group.name: start for group, start in zip(self.fleet, self.starts, strict=True)
        }
        self.bills: dict[tuple[int, int, int, bool], _GroupBill] = {}
        self.citation_sets: dict[tuple[int, ...], tuple[Citation, ...]] = {}
        self.amounts: dict[tuple[int, int], tuple[Yen, Yen]] = {}

    def quote(self, month: YearMonth) -> Quote:
        first_day = month.first_day
        prices: DmpPriceList = self.price_lists.at(first_day)
        rate_row = CONSUMPTION_TAX_RATES.entry_at(first_day)
        now = _index(month)
        lines: list[QuoteLine] = []
        subtotal = Decimal(0)
        devices = 0
        paying: dict[Decimal, int] = {}
        cited: dict[int, Citation] = {}
        used: dict[int, tuple[Citation, ...]] = {}
        basic, bills = prices.basic, self.bills
        for index, group in enumerate(self.fleet.groups):
            number = now - self.starts[index] + 1
            if number < 1 or group.count == 0:
                continue
            phase = basic.phase_at(number)
            # Price lists and phases live in the pricer's table, so their ids are stable keys.
            key = (index, id(prices), id(phase), number == 1)
            bill = bills.get(key)
            if bill is None:
                bill = bills[key] = self._group_bill(group, prices, phase, first_month=number == 1)
            lines.extend(bill.lines)
            subtotal += bill.subtotal
            devices += group.count
            if phase.price.amount > 0:
                paying[phase.price.amount] = paying.get(phase.price.amount, 0) + group.count
            used[id(bill.citations)] = bill.citations
        for citations_of_bills in used.values():
            cited.update((id(citation), citation) for citation in citations_of_bills)
        applied = 0
        for line in (
            *self._basic_pack_lines(prices, paying),
            *self._smart_value_lines(prices, now),
        ):
            lines.append(line)
            subtotal += line.amount.amount
            cited[id(line.citation)] = line.citation
            if line.kind is LineKind.BASIC_PACK:
                applied += line.quantity
                cited[id(BASIC_PACK_DECISION)] = BASIC_PACK_DECISION
        taxes = invoice_tax([(Yen(subtotal), rate_row.value)], rounding=self.rounding)
        fixed = (BILLING_DECISION, TAX_EXCLUSIVE_CITATION, taxes.citation, rate_row.citation)
        citations = [*cited.values(), *(c for c in fixed if c is not None)]
        tax = taxes.total_tax
        return Quote(
            total=Yen(subtotal) + tax,
            month=month,
            subtotal=Yen(subtotal),
            tax=tax,
            tax_rate=rate_row.value,
            lines=tuple(lines),
            tax_groups=taxes.groups,
            rounding=self.rounding,
            devices=devices,
            basic_pack_ids=self.basic_pack_ids,
            basic_pack_applied=applied,
            rules=_sorted_rules(c.rule for c in citations if c.rule),
            citations=_sorted_citations(citations),
        )

    def _line(
        self,
        kind: LineKind,
        group: str | None,
        unit: Yen,
        quantity: int,
        citation: Citation,
        *,
        option: DmpOption | None = None,
        phase: PhaseType | None = None,
    ) -> QuoteLine:
        # Yen values are immutable: lines with the same unit price and quantity share one
        # amount. The cache keeps each unit alive, so its id cannot be reused by another.
        key = (id(unit), quantity)
        cached = self.amounts.get(key)
        if cached is None:
            cached = self.amounts[key] = (unit, Yen(unit.amount * quantity))
        return QuoteLine(kind, group, unit, quantity, cached[1], citation, option, phase)

    def _group_bill(
        self, group: DeviceGroup, prices: DmpPriceList, phase: PricePhase, *, first_month: bool
    ) -> _GroupBill:
        name, count = group.name, group.count
        lines = []
        if first_month:
            fee = prices.initial_fee
            lines.append(self._line(LineKind.INITIAL_FEE, name, fee.amount, count, fee.citation))
        lines.append(
            self._line(LineKind.BASIC, name, phase.price, count, phase.citation, phase=phase.type)
        )
        for taken in group.options:
            devices = count if taken.count is None else taken.count
            if devices:
                fee = prices.option(taken.option)
                lines.append(
                    self._line(
                        LineKind.OPTION,
                        name,
                        fee.amount,
                        devices,
                        fee.citation,
                        option=taken.option,
                    )
                )
        # Groups priced alike share one tuple of citations, so a quote collects them once.
        citations = tuple(line.citation for line in lines)
        shared = self.citation_sets.setdefault(tuple(map(id, citations)), citations)
        return _GroupBill(
            tuple(lines), sum((line.amount.amount for line in lines), Decimal(0)), shared
        )

    def _basic_pack_lines(
        self, prices: DmpPriceList, paying: dict[Decimal, int]
    ) -> Iterator[QuoteLine]:
        # The IDs go to the largest reductions first; with one paying price (the price list
        # as it is) that is one line, and which devices take the IDs cannot matter.
        remaining = self.basic_pack_ids
        pack = prices.basic_pack
        for price in sorted(paying, reverse=True):
            reduction = price - pack.amount.amount
            taken = min(remaining, paying[price])
            if reduction <= 0 or taken == 0:
                continue
            remaining -= taken
            unit = Yen(-reduction)
            yield self._line(LineKind.BASIC_PACK, None, unit, taken, pack.citation)

    def _smart_value_lines(self, prices: DmpPriceList, now: int) -> Iterator[QuoteLine]:
        for line in self.smart_value:
            if now < self.start_of[line.group]:
                continue  # the group's devices are not in service yet: no set, no line
            yield self._line(
                LineKind.SMART_DEVICE_CHARGE,
                line.group,
                line.charge,
                line.count,
                SMART_DEVICE_CHARGE_DECISION,
            )
            number = now - _index(line.start) + 1
            if number < 1:
                continue
            phase = prices.smart_value.phase_at(number)
            discount = min(phase.price, line.charge)
            if discount > Yen.ZERO:
                yield self._line(
                    LineKind.SMART_VALUE,
                    line.group,
                    -discount,
                    line.count,
                    phase.citation,
                    phase=phase.type,
                )


def _index(month: YearMonth) -> int:
    return month.year * 12 + month.month - 1


def _checked_smart_value(
    fleet: Fleet, lines: Iterable[SmartValueLine]
) -> tuple[SmartValueLine, ...]:
    if isinstance(lines, SmartValueLine) or not isinstance(lines, Iterable):
        raise InvalidInput.for_value(
            "smart_value", lines, "an iterable of SmartValueLine", code="pricing.bad_smart_value"
        )
    listed = list(lines)
    taken: dict[str, int] = {}
    for line in listed:
        if not isinstance(line, SmartValueLine):
            raise InvalidInput.for_value(
                "smart_value", line, "SmartValueLine values", code="pricing.bad_smart_value"
            )
        try:
            group = fleet.group(line.group)
        except UnknownItem as error:
            raise UnknownItem(
                f"group {line.group!r}: Smart Value lines name a group the fleet does not have;"
                f" expected {error.expected}",
                code=error.code,
                field="group",
                value=line.group,
                expected=error.expected,
            ) from None
        if group.carrier is not Carrier.AU:
            raise InvalidInput(
                f"group {group.name!r}: Smart Value for Business needs au smart devices, and the"
                f" group's carrier is {group.carrier.label_en}; expected a group on au (DMP-4)",
                code="pricing.smart_value_not_au",
                field="group",
                value=group.name,
                expected="a group whose carrier is au",
            )
        taken[group.name] = taken.get(group.name, 0) + line.count
        if taken[group.name] > group.count:
            raise InvalidInput(
                f"group {group.name!r}: {taken[group.name]} Smart Value lines but only"
                f" {group.count} devices; expected at most one Smart Value line per device",
                code="pricing.too_many_smart_value_lines",
                field="count",
                value=taken[group.name],
                expected=f"at most {group.count}",
            )
    return tuple(sorted(listed, key=lambda sv: (sv.group, _index(sv.start), sv.charge, sv.count)))
