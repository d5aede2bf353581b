"""The text of a DMP quote and projection, in Japanese and English (DMP-1..DMP-4, TAX-2).

:meth:`~telcobiz.pricing.device_management.results.Quote.explain` and
:meth:`~telcobiz.pricing.device_management.results.Projection.explain` render their tables
here: the fixed words of each language, the name of the tax rounding (TAX-2), the rule IDs
and the citations. The results themselves live in
:mod:`~telcobiz.pricing.device_management.results`.

>>> _EN.title.format(month="2026-11")
'KDDI Device Management Pack, billing month 2026-11 (prices before tax)'
>>> _ROUNDING_LABELS[Rounding.FLOOR]
('切り捨て', 'floored')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, NamedTuple

from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Rounding
from telcobiz.core.text import percent, render_table

if TYPE_CHECKING:
    from telcobiz.pricing.device_management.results import Projection, Quote

__all__ = ["Lang"]

Lang = Literal["ja", "en"]
"""The languages of :meth:`~telcobiz.pricing.device_management.results.Quote.explain` and
:meth:`~telcobiz.pricing.device_management.results.Projection.explain`."""

_ROUNDING_LABELS = {
    Rounding.FLOOR: ("切り捨て", "floored"),
    Rounding.CEILING: ("切り上げ", "rounded up"),
    Rounding.DOWN: ("切り捨て（0方向）", "truncated toward zero"),
    Rounding.HALF_UP: ("四捨五入", "rounded half up"),
    Rounding.HALF_EVEN: ("偶数丸め", "rounded half to even"),
}


def _english(lang: object) -> bool:
    if lang not in ("ja", "en"):
        raise InvalidInput.for_value("lang", lang, "'ja' or 'en'", code="pricing.bad_lang")
    return lang == "en"


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


def _explain_quote(bill: Quote, lang: Lang) -> str:
    """The text table of a quote, with rule IDs and citations (``Quote.explain``)."""
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
        for line in bill.lines
    ]
    how = _ROUNDING_LABELS[bill.rounding][1 if english else 0]
    rows += [
        ["", text.subtotal, "", "", str(bill.subtotal), ""],
        [
            "",
            text.tax.format(rate=percent(bill.tax_rate), how=how),
            "",
            "",
            str(bill.tax),
            "TAX-2",
        ],
        ["", text.total, "", "", str(bill.total), ""],
    ]
    table = render_table(text.header, rows, right=frozenset({2, 3, 4}))
    return "\n".join(
        [
            text.title.format(month=bill.month),
            *table,
            text.devices.format(
                devices=bill.devices, ids=bill.basic_pack_ids, used=bill.basic_pack_applied
            ),
            text.rules + ", ".join(bill.rules),
            text.sources,
            *(f"  {citation}" for citation in bill.citations),
        ]
    )


def _explain_projection(run: Projection, lang: Lang) -> str:
    """The month-by-month table of a projection (``Projection.explain``)."""
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
        for month in run.quotes
    ]
    rows.append([text.total, "", "", "", "", str(run.total)])
    table = render_table(text.projection_header, rows, right=frozenset({1, 2, 3, 4, 5}))
    return "\n".join(
        [
            text.projection_title.format(start=run.start, end=run.end, months=run.months),
            *table,
            text.rules + ", ".join(run.rules),
            text.sources,
            *(f"  {citation}" for citation in run.citations),
        ]
    )
