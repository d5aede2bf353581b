"""The pricing of one billing month, group by group (DMP-1..DMP-4, TAX-1, TAX-2).

:func:`quote` validates its input once and builds each group's lines from the price list in
force on the month's first day: the basic service by phase, the initial fee and the options
(DMP-1, DMP-2); then the fleet-wide Basic Pack line (DMP-3) and the Smart Value lines
(DMP-4); then the tax, once per rate on the taxable total, floored (TAX-1, TAX-2). The work
is per device group, never per device, and a group's lines are reused while its price phase
lasts, so :func:`~telcobiz.pricing.device_management.projection.project` prices many months
for little more than a few quotes.

>>> from datetime import date
>>> bill = quote([DeviceGroup("a", "ios", 1_000_000, date(2026, 11, 1))], "2026-12")
>>> len(bill.lines), str(bill.total)
(1, '513,700,000円')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import NamedTuple

from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Rounding, Yen
from telcobiz.core.table import EffectiveTable
from telcobiz.core.tax import CONSUMPTION_TAX_RATES, invoice_tax
from telcobiz.core.yearmonth import YearMonth
from telcobiz.pricing.catalog import DmpOption
from telcobiz.pricing.device_management.inputs import _checked_smart_value, _index, _to_month
from telcobiz.pricing.device_management.lines import LineKind, QuoteLine
from telcobiz.pricing.device_management.results import Quote
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

__all__ = ["quote"]


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
        self.discount_units: dict[int, Yen] = {}
        self.smart_value_starts = [_index(line.start) for line in self.smart_value]

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
        if quantity == 1:
            amount = unit  # x 1 is the unit itself, exponent and all
        else:
            key = (id(unit), quantity)
            cached = self.amounts.get(key)
            if cached is None:
                cached = self.amounts[key] = (unit, Yen(unit.amount * quantity))
            amount = cached[1]
        return QuoteLine._priced(kind, group, unit, quantity, amount, citation, option, phase)

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
        # One pass, comparisons on Decimals (Yen's ordering goes through attrs, ten times
        # slower), the discount unit shared by every line of a phase.
        smart, start_of, line_of = prices.smart_value, self.start_of, self._line
        charge_kind, discount_kind = LineKind.SMART_DEVICE_CHARGE, LineKind.SMART_VALUE
        for line, start in zip(self.smart_value, self.smart_value_starts, strict=True):
            group = line.group
            if now < start_of[group]:
                continue  # the group's devices are not in service yet: no set, no line
            charge = line.charge
            yield line_of(charge_kind, group, charge, line.count, SMART_DEVICE_CHARGE_DECISION)
            number = now - start + 1
            if number < 1:
                continue
            phase = smart.phase_at(number)
            rate = phase.price
            if charge.amount < rate.amount:
                if charge.amount <= 0:
                    continue  # min(rate, charge) is 0: no discount line
                unit = -charge
            elif rate.amount <= 0:
                continue
            else:
                unit = self.discount_units.get(id(rate)) or self._discount_unit(rate)
            yield line_of(discount_kind, group, unit, line.count, phase.citation, phase=phase.type)

    def _discount_unit(self, rate: Yen) -> Yen:
        # Keyed by the price list's own Yen, which the price list keeps alive.
        unit = self.discount_units[id(rate)] = -rate
        return unit
