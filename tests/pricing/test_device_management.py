"""Monthly quotes and projections of a デバイスマネジメントパック fleet.

Worked examples computed by hand from 000 §3.5.3-§3.5.4 and RULES.md DMP-1..DMP-4, the
the billing Decisions of DMP-1 and TAX-1/TAX-2; then hypothesis properties.
"""

from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from telcobiz import InvalidInput, OutOfRange, Rounding, UnknownItem, YearMonth, Yen
from telcobiz.core.conversion import from_json, structure, to_json, unstructure
from telcobiz.core.table import EffectiveTable
from telcobiz.pricing import (
    DeviceGroup,
    DmpOption,
    Fleet,
    LineKind,
    OptionCount,
    PhaseType,
    Projection,
    Quote,
    QuoteLine,
    SmartValueLine,
    project,
    quote,
)
from telcobiz.pricing.tables import PRICES_EFFECTIVE_FROM, dmp_price_list
from telcobiz.testing import billing_months, fleets, smart_value_lines

START = date(2026, 11, 5)
NOV, DEC = YearMonth(2026, 11), YearMonth(2026, 12)

# The example: 120 devices, Android with backup + message notification, iOS with
# message notification, 50 Basic Pack IDs.
FLEET = Fleet(
    [
        DeviceGroup("android", "android", 80, START, options=["backup", "message"]),
        DeviceGroup("ios", "ios", 40, START, options=["message"]),
    ]
)


def amounts(bill):
    return [
        (line.group, line.kind, line.option, line.unit_price, line.quantity, line.amount)
        for line in bill.lines
    ]


# --- worked examples -------------------------------------------------------------------------


def test_second_month_120_devices_50_basic_pack_ids_dmp_1_2_3():
    # 467×80 + 200×80 + 200×80 + 467×40 + 200×40 = 96,040; Basic Pack: (467-191)×50 = 13,800
    # subtotal 82,240; tax 10% (2026-12-01) 8,224; total 90,464.
    bill = quote(FLEET, DEC, basic_pack_ids=50)
    msg = DmpOption.MESSAGE_NOTIFICATION
    assert amounts(bill) == [
        ("android", LineKind.BASIC, None, Yen(467), 80, Yen(37_360)),
        ("android", LineKind.OPTION, DmpOption.BACKUP, Yen(200), 80, Yen(16_000)),
        ("android", LineKind.OPTION, msg, Yen(200), 80, Yen(16_000)),
        ("ios", LineKind.BASIC, None, Yen(467), 40, Yen(18_680)),
        ("ios", LineKind.OPTION, msg, Yen(200), 40, Yen(8_000)),
        (None, LineKind.BASIC_PACK, None, Yen(-276), 50, Yen(-13_800)),
    ]
    assert (bill.subtotal, bill.tax, bill.total) == (Yen(82_240), Yen(8_224), Yen(90_464))
    assert (bill.tax_rate, bill.devices, bill.basic_pack_applied) == (Decimal("0.10"), 120, 50)
    assert bill.rules == ("DMP-1", "DMP-2", "DMP-3", "TAX-1", "TAX-2")
    assert (
        str(bill) == "2026-12: 90,464円 (82,240円 + consumption tax 8,224円 at 10%) for 120 devices"
    )


def test_first_month_basic_is_free_options_are_not_and_no_basic_pack_id_is_used():
    # DMP-1 利用開始月無料 for the basic service only; options 200 yen in full (DMP-1 billing);
    # a device in its free month uses no Basic Pack ID (DMP-3 Decision).
    bill = quote(FLEET, NOV, basic_pack_ids=50)
    assert [(line.group, line.what, line.amount) for line in bill.lines] == [
        ("android", "初期費用", Yen(0)),
        ("android", "基本サービス（利用開始月無料）", Yen(0)),
        ("android", "バックアップ", Yen(16_000)),
        ("android", "メッセージ通知", Yen(16_000)),
        ("ios", "初期費用", Yen(0)),
        ("ios", "基本サービス（利用開始月無料）", Yen(0)),
        ("ios", "メッセージ通知", Yen(8_000)),
    ]
    assert (bill.subtotal, bill.tax, bill.total) == (Yen(40_000), Yen(4_000), Yen(44_000))
    assert bill.basic_pack_applied == 0
    assert bill.lines[1].phase is PhaseType.TRIAL


def test_without_basic_pack_and_with_more_ids_than_paying_devices():
    assert quote(FLEET, DEC).total == Yen(105_644)  # 96,040 + 9,604
    many = quote(FLEET, DEC, basic_pack_ids=200)
    # Capped at the 120 paying devices: the basic fee is 191×120 = 22,920.
    assert many.basic_pack_applied == 120
    assert many.lines[-1].amount == Yen(-276 * 120)
    assert (many.subtotal, many.tax, many.total) == (Yen(62_920), Yen(6_292), Yen(69_212))


def test_dmp_3_ids_go_only_to_devices_that_pay_the_basic_fee():
    fleet = [
        DeviceGroup("new", "ios", 30, date(2026, 12, 1)),  # free start month in 2026-12
        DeviceGroup("old", "ios", 20, date(2026, 1, 10)),
    ]
    bill = quote(fleet, DEC, basic_pack_ids=50)
    assert bill.basic_pack_applied == 20
    # 467×20 - 276×20 = 191×20 = 3,820; tax 382.
    assert (bill.subtotal, bill.tax) == (Yen(3_820), Yen(382))


def test_a_group_that_starts_after_the_month_is_not_billed():
    fleet = [
        DeviceGroup("later", "android", 10, date(2027, 1, 1), options=["backup"]),
        DeviceGroup("now", "ios", 1, date(2026, 10, 1)),
    ]
    bill = quote(fleet, DEC)
    assert {line.group for line in bill.lines} == {"now"}
    assert (bill.devices, bill.total) == (1, Yen(513))  # 467 + floor(46.7)


def test_fees_are_monthly_and_never_prorated():
    # Started on the last day of November: December is a full month at 467 yen.
    late = [DeviceGroup("late", "ios", 1, date(2026, 11, 30))]
    assert quote(late, NOV).subtotal == Yen(0)
    assert quote(late, DEC).subtotal == Yen(467)


def test_options_on_part_of_a_group():
    fleet = [DeviceGroup("field", "android", 80, date(2026, 1, 5), options={"backup": 30})]
    lines = quote(fleet, DEC).lines
    assert [(line.what, line.quantity, line.amount) for line in lines] == [
        ("基本サービス", 80, Yen(37_360)),
        ("バックアップ", 30, Yen(6_000)),
    ]
    none = [DeviceGroup("field", "android", 80, date(2026, 1, 5), options={"backup": 0})]
    assert len(quote(none, DEC).lines) == 1
    assert quote([DeviceGroup("empty", "ios", 0, START)], DEC).lines == ()


def test_month_across_the_2019_10_01_tax_change_tax_1():
    # 100 Android devices from 2019-08-20: August free; September at 8%, October at 10%.
    run = project([DeviceGroup("a", "android", 100, date(2019, 8, 20))], "2019-08", 3)
    assert [(str(q.month), q.tax_rate, q.subtotal, q.tax, q.total) for q in run] == [
        ("2019-08", Decimal("0.08"), Yen(0), Yen(0), Yen(0)),
        ("2019-09", Decimal("0.08"), Yen(46_700), Yen(3_736), Yen(50_436)),
        ("2019-10", Decimal("0.10"), Yen(46_700), Yen(4_670), Yen(51_370)),
    ]
    assert run.total == Yen(101_806)


def test_tax_2_rounded_once_per_invoice_not_per_line():
    # Three groups of one device: per line floor(46.7) × 3 = 138; per invoice floor(140.1) = 140.
    fleet = [DeviceGroup(name, "ios", 1, date(2026, 1, 5)) for name in "abc"]
    bill = quote(fleet, DEC)
    assert (bill.subtotal, bill.tax) == (Yen(1_401), Yen(140))
    assert [(g.rate, g.base, g.tax) for g in bill.tax_groups] == [
        (Decimal("0.10"), Yen(1_401), Yen(140))
    ]
    assert quote(fleet, DEC, rounding=Rounding.CEILING).tax == Yen(141)


def test_tax_rate_is_the_one_in_force_on_the_first_day_2019_09_is_8_percent():
    bill = quote([DeviceGroup("a", "ios", 3, date(2019, 1, 5))], "2019-09")
    assert (bill.tax_rate, bill.tax) == (Decimal("0.08"), Yen(112))  # floor(1,401 × 0.08)


SV_FLEET = [DeviceGroup("field", "android", 10, date(2024, 1, 10))]
SV = [SmartValueLine("field", Yen(4_980), "2024-02", count=10)]


@pytest.mark.parametrize(
    ("month", "discount", "subtotal", "tax", "total"),
    [
        # Group month 1 (free), Smart Value not started: the charge only.
        ("2024-01", None, 49_800, 4_980, 54_780),
        # Smart Value month 1: 4,670 + 49,800 - 1,410×10.
        ("2024-02", -14_100, 40_370, 4_037, 44_407),
        ("2026-01", -14_100, 40_370, 4_037, 44_407),  # month 24
        ("2026-02", -9_340, 45_130, 4_513, 49_643),  # month 25: 934 yen
    ],
)
def test_dmp_4_smart_value_by_month_number(month, discount, subtotal, tax, total):
    bill = quote(SV_FLEET, month, smart_value=SV)
    charge = [line for line in bill.lines if line.kind is LineKind.SMART_DEVICE_CHARGE]
    assert [(line.unit_price, line.quantity, line.amount) for line in charge] == [
        (Yen(4_980), 10, Yen(49_800))
    ]
    found = [line.amount for line in bill.lines if line.kind is LineKind.SMART_VALUE]
    assert found == ([] if discount is None else [Yen(discount)])
    assert (bill.subtotal, bill.tax, bill.total) == (Yen(subtotal), Yen(tax), Yen(total))
    assert "DMP-4" in bill.rules


def test_dmp_4_two_years_of_discount_per_line_is_33840_yen():
    run = project(SV_FLEET, "2024-02", 24, smart_value=[SmartValueLine("field", 4_980, "2024-02")])
    discounts = [line.amount for q in run for line in q.lines if line.kind is LineKind.SMART_VALUE]
    assert Yen.sum(discounts) == Yen(-33_840)  # 1,410 円/月×24=33,840 円
    assert {line.phase for q in run for line in q.lines if line.kind is LineKind.SMART_VALUE} == {
        PhaseType.DISCOUNT
    }


def test_dmp_4_discount_never_below_zero_per_line():
    cheap = [SmartValueLine("field", Yen("1000.50"), "2024-02", count=2)]
    month_3 = quote(SV_FLEET, "2024-04", smart_value=cheap)
    sv = [line for line in month_3.lines if line.kind is LineKind.SMART_VALUE]
    assert [(line.unit_price, line.amount) for line in sv] == [(Yen("-1000.50"), Yen("-2001.00"))]
    free = [SmartValueLine("field", Yen(0), "2024-02")]
    assert not [
        line
        for line in quote(SV_FLEET, "2024-04", smart_value=free).lines
        if line.kind is LineKind.SMART_VALUE
    ]
    # From month 25, min(934, 1,000.50) = 934.
    later = quote(SV_FLEET, "2026-02", smart_value=cheap).lines[-1]
    assert (later.unit_price, later.phase) == (Yen(-934), PhaseType.EVERGREEN)


def test_sen_are_kept_until_the_totals():
    bill = quote(SV_FLEET, "2024-01", smart_value=[SmartValueLine("field", Yen("0.50"), "2024-02")])
    assert (bill.subtotal, bill.tax, bill.total) == (Yen("0.50"), Yen(0), Yen("0.50"))


def test_smart_value_lines_of_a_group_not_yet_in_service_are_left_out():
    bill = quote(SV_FLEET, "2023-12", smart_value=SV)
    assert bill.lines == ()
    assert bill.total == Yen(0)


@pytest.mark.parametrize(
    ("lines", "code", "error"),
    [
        ([SmartValueLine("nope", 1, "2024-02")], "pricing.unknown_group", UnknownItem),
        (
            [SmartValueLine("field", 1, "2024-02", count=11)],
            "pricing.too_many_smart_value_lines",
            InvalidInput,
        ),
        (
            [SmartValueLine("field", 1, "2024-02", count=6)] * 2,
            "pricing.too_many_smart_value_lines",
            InvalidInput,
        ),
        (["field"], "pricing.bad_smart_value", InvalidInput),
        (SmartValueLine("field", 1, "2024-02"), "pricing.bad_smart_value", InvalidInput),
    ],
)
def test_smart_value_lines_are_checked_against_the_fleet(lines, code, error):
    with pytest.raises(error) as caught:
        quote(SV_FLEET, "2024-02", smart_value=lines)
    assert caught.value.code == code


def test_dmp_4_needs_au_devices():
    other = [DeviceGroup("field", "android", 10, date(2024, 1, 10), "other")]
    with pytest.raises(InvalidInput) as caught:
        quote(other, "2024-02", smart_value=SV)
    assert caught.value.code == "pricing.smart_value_not_au"
    assert str(caught.value).startswith("group 'field': Smart Value for Business needs au")


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"basic_pack_ids": -1}, "pricing.bad_basic_pack_ids"),
        ({"basic_pack_ids": 1.0}, "pricing.bad_basic_pack_ids"),
        ({"basic_pack_ids": True}, "pricing.bad_basic_pack_ids"),
        ({"rounding": "floor"}, "pricing.bad_rounding"),
        ({"price_lists": {}}, "pricing.bad_price_list"),
    ],
)
def test_bad_options_are_errors(kwargs, code):
    with pytest.raises(InvalidInput) as caught:
        quote(FLEET, DEC, **kwargs)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("month", "code"), [(date(2026, 12, 1), "pricing.bad_month"), ("December", "month.unparsable")]
)
def test_month_must_be_a_month(month, code):
    with pytest.raises(InvalidInput) as caught:
        quote(FLEET, month)
    assert caught.value.code == code


def test_no_price_list_before_2014_04():
    with pytest.raises(OutOfRange) as caught:
        quote([DeviceGroup("a", "ios", 1, date(2014, 1, 1))], "2014-03")
    assert caught.value.code == "table.before_first"


def test_a_what_if_price_list():
    prices = dmp_price_list(DEC.first_day)
    cheaper = attrs.evolve(prices, basic_pack=attrs.evolve(prices.basic_pack, amount=Yen(100)))
    table = EffectiveTable.single(
        "what if", cheaper, PRICES_EFFECTIVE_FROM, prices.basic_pack.citation
    )
    bill = quote(FLEET, DEC, basic_pack_ids=10, price_lists=table)
    assert bill.lines[-1].unit_price == Yen(-367)
    # A Basic Pack price that is not lower reduces nothing and uses no ID.
    dearer = attrs.evolve(prices, basic_pack=attrs.evolve(prices.basic_pack, amount=Yen(500)))
    table = EffectiveTable.single(
        "what if", dearer, PRICES_EFFECTIVE_FROM, prices.basic_pack.citation
    )
    assert quote(FLEET, DEC, basic_pack_ids=10, price_lists=table).basic_pack_applied == 0


def test_projection_36_months_rows_and_explain():
    run = project(FLEET, NOV, 36, basic_pack_ids=50)
    assert (run.months, len(run), run.start, run.end) == (36, 36, NOV, YearMonth(2029, 10))
    assert run.total == Yen(44_000 + 35 * 90_464)
    rows = run.to_rows()
    assert rows[0] == {
        "month": "2026-11",
        "devices": 120,
        "basic_pack_applied": 0,
        "subtotal": Decimal("40000"),
        "tax_rate": Decimal("0.10"),
        "tax": Decimal("4000"),
        "total": Decimal("44000"),
    }
    assert len(run.to_rows(detail=True)) == 7 + 35 * 6
    assert str(run) == f"2026-11 to 2029-10: {run.total} over 36 months"
    text = run.explain()
    assert (
        text.splitlines()[0]
        == "KDDI デバイスマネジメントパック 2026-11〜2029-10（36か月、税抜価格）"
    )
    assert "合計" in text
    assert "TAX-2: 消費税法施行令 第70条の10" in text


@pytest.mark.parametrize("months", [0, -1, True, "36"])
def test_projection_needs_at_least_one_month(months):
    with pytest.raises(InvalidInput) as caught:
        project(FLEET, NOV, months)
    assert caught.value.code == "pricing.bad_months"


def test_quote_rows_are_plain_dicts():
    row = quote(FLEET, DEC, basic_pack_ids=50).to_rows()[-1]
    assert row == {
        "month": "2026-12",
        "group": None,
        "kind": "basic_pack",
        "what": "ベーシックパック併用",
        "option": None,
        "phase": None,
        "unit_price": Decimal("-276"),
        "quantity": 50,
        "amount": Decimal("-13800"),
        "rule": "DMP-3",
        "citation": row["citation"],
    }
    assert row["citation"].startswith("DMP-3: KDDI ビジネスオンラインサポート")
    assert all(type(value) in {str, int, Decimal, type(None)} for value in row.values())


def test_explain_in_japanese_and_english():
    bill = quote(FLEET, DEC, basic_pack_ids=50)
    ja = bill.explain()
    assert ja.splitlines()[:3] == [
        "KDDI デバイスマネジメントパック 2026-12 ご利用分（税抜価格）",
        "グループ  内容                                    単価  数量       金額  規則",
        "--------  ------------------------------------  ------  ----  ---------  -----",
    ]
    assert "（全体）  ベーシックパック併用                  -276円    50  -13,800円  DMP-3" in ja
    assert "          消費税 10%（税率ごとに1回 切り捨て）                  8,224円  TAX-2" in ja
    assert "請求対象 120 台。ベーシックパック適用 ID 50、うち適用 50 台。" in ja
    en = bill.explain("en")
    assert "(fleet)  Basic Pack" in en
    assert "Devices billed: 120. Basic Pack IDs: 50, used: 50." in en
    assert "DMP-3: KDDI ビジネスオンラインサポート および KDDI デバイスマネジメントパック" in en
    with pytest.raises(InvalidInput) as caught:
        bill.explain("fr")
    assert caught.value.code == "pricing.bad_lang"


def test_line_descriptions_in_both_languages():
    bill = quote(SV_FLEET, "2026-02", smart_value=SV)
    assert [line.describe("en") for line in bill.lines] == [
        "Basic service",
        "au smart-device charge",
        "Smart Value for Business (from month 25)",
    ]
    assert bill.lines[-1].what == "スマートバリュー for Business（3年目以降）"
    assert quote(FLEET, DEC).lines_of("ios") == quote(FLEET, DEC).lines[3:]


def test_json_round_trip_through_the_shared_converter():
    bill = quote(SV_FLEET, "2024-02", smart_value=[SmartValueLine("field", "4980.5", "2024-02")])
    data = unstructure(bill)
    assert (data["total"], data["month"], data["tax_rate"]) == (
        str(bill.total.amount),
        "2024-02",
        "0.10",
    )
    assert data["lines"][0]["kind"] == "basic"
    assert structure(data, Quote) == bill
    assert from_json(to_json(bill), Quote) == bill
    run = project(FLEET, NOV, 3, basic_pack_ids=50)
    assert from_json(to_json(run), Projection) == run


def test_pricing_is_per_group_not_per_device():
    # A million devices in two groups: the quote has a handful of lines.
    big = [
        DeviceGroup("a", "android", 600_000, date(2020, 1, 1), options=["backup"]),
        DeviceGroup("b", "ios", 400_000, date(2020, 1, 1)),
    ]
    bill = quote(big, DEC, basic_pack_ids=250_000)
    assert len(bill.lines) == 4
    assert bill.subtotal == Yen(467 * 1_000_000 + 200 * 600_000 - 276 * 250_000)


# --- properties ------------------------------------------------------------------------------


def naive_total(fleet, month, basic_pack_ids, smart_value=()):
    """A per-device reference: every device priced on its own (the DMP rules read plainly)."""
    subtotal, ids = Yen(0), basic_pack_ids
    for group in fleet:
        number = month.months_since(group.start_month) + 1
        if number < 1:
            continue
        for device in range(group.count):
            fee = Yen(0) if number == 1 else Yen(467)
            if fee and ids:
                fee, ids = Yen(191), ids - 1
            subtotal += fee
            subtotal += Yen(200) * sum(device < group.option_count(o.option) for o in group.options)
    for line in smart_value:
        if month.months_since(fleet.group(line.group).start_month) < 0:
            continue
        number = month.months_since(line.start) + 1
        rate = Yen(0) if number < 1 else Yen(1410) if number <= 24 else Yen(934)
        subtotal += (line.charge - min(rate, line.charge)) * line.count
    return subtotal + (subtotal * _rate(month)).rounded(Rounding.FLOOR)


def _rate(month):
    return Decimal("0.08") if month < YearMonth(2019, 10) else Decimal("0.10")


def test_the_reference_agrees_with_the_worked_examples():
    assert naive_total(FLEET, DEC, 50) == Yen(90_464)
    assert naive_total(FLEET, NOV, 50) == Yen(44_000)
    assert naive_total(Fleet(SV_FLEET), YearMonth(2026, 2), 0, SV) == Yen(49_643)


@st.composite
def priced(draw, **fleet_kwargs):
    fleet = draw(fleets(**fleet_kwargs))
    return (
        fleet,
        draw(billing_months(max_value=YearMonth(2035, 12))),
        draw(st.integers(0, 600)),
        draw(smart_value_lines(fleet)),
    )


FLEET_DATES = {"min_start": date(2014, 4, 1), "max_start": date(2035, 12, 31)}


@given(priced(**FLEET_DATES))
def test_matches_a_per_device_reference(case):
    fleet, month, ids, sv = case
    assert quote(fleet, month, basic_pack_ids=ids, smart_value=sv).total == naive_total(
        fleet, month, ids, sv
    )


@given(priced(**FLEET_DATES))
def test_totals_equal_the_sum_of_lines(case):
    fleet, month, ids, sv = case
    bill = quote(fleet, month, basic_pack_ids=ids, smart_value=sv)
    assert bill.subtotal == Yen.sum(line.amount for line in bill.lines)
    assert all(line.amount == line.unit_price * line.quantity for line in bill.lines)
    assert bill.tax == (bill.subtotal * bill.tax_rate).rounded(Rounding.FLOOR)
    assert bill.total == bill.subtotal + bill.tax
    assert bill.devices == sum(g.count for g in fleet if g.start_month <= month)


@given(priced(**FLEET_DATES))
def test_discounts_never_raise_a_price_or_go_below_zero(case):
    fleet, month, ids, sv = case
    bill = quote(fleet, month, basic_pack_ids=ids, smart_value=sv)
    discounts = {LineKind.BASIC_PACK, LineKind.SMART_VALUE}
    for line in bill.lines:
        assert (line.amount <= Yen(0)) if line.kind in discounts else (line.amount >= Yen(0))
    basic = Yen.sum(line.amount for line in bill.lines if line.kind is LineKind.BASIC)
    pack = Yen.sum(line.amount for line in bill.lines if line.kind is LineKind.BASIC_PACK)
    assert basic + pack >= Yen(0)
    for group in {line.group for line in bill.lines if line.kind is LineKind.SMART_VALUE}:
        charged = [
            line
            for line in bill.lines
            if line.group == group and line.kind.name.startswith("SMART")
        ]
        assert Yen.sum(line.amount for line in charged) >= Yen(0)
    assert bill.total >= Yen(0)
    without_pack = quote(fleet, month, smart_value=sv)
    assert bill.subtotal <= without_pack.subtotal
    assert bill.total <= without_pack.total


@given(priced(**FLEET_DATES), st.data())
def test_adding_a_device_never_lowers_the_bill(case, data):
    fleet, month, ids, sv = case
    assume(len(fleet))
    group = data.draw(st.sampled_from(fleet.groups))
    grown = Fleet(attrs.evolve(g, count=g.count + 1) if g is group else g for g in fleet)
    before = quote(fleet, month, basic_pack_ids=ids, smart_value=sv)
    after = quote(grown, month, basic_pack_ids=ids, smart_value=sv)
    assert after.total >= before.total
    assert after.subtotal >= before.subtotal


@given(priced(**FLEET_DATES), st.randoms(use_true_random=False))
def test_quotes_are_independent_of_group_order(case, random):
    fleet, month, ids, sv = case
    groups, lines = list(fleet), list(sv)
    random.shuffle(groups)
    random.shuffle(lines)
    assert quote(groups, month, basic_pack_ids=ids, smart_value=lines) == quote(
        fleet, month, basic_pack_ids=ids, smart_value=sv
    )


@st.composite
def split_cases(draw):
    """A fleet, a group of it with at least two devices and every option on every device."""
    fleet, month, ids, _ = draw(priced(min_groups=1, max_groups=3, **FLEET_DATES))
    chosen = draw(st.sampled_from(fleet.groups))
    # Built to fit rather than filtered with assume(): about one drawn case in five fitted,
    # and hypothesis's filter_too_much health check failed 5 runs in 200 (issue 18).
    whole = attrs.evolve(
        chosen,
        count=draw(st.integers(2, 500)),
        options=tuple(OptionCount(taken.option) for taken in chosen.options),
    )
    return Fleet(whole if g is chosen else g for g in fleet), whole, month, ids


@given(split_cases())
def test_splitting_a_group_does_not_change_the_bill(case):
    fleet, group, month, ids = case
    half = group.count // 2
    split = Fleet(
        [
            *(g for g in fleet if g is not group),
            attrs.evolve(group, name=group.name + "/1", count=half),
            attrs.evolve(group, name=group.name + "/2", count=group.count - half),
        ]
    )
    before, after = quote(fleet, month, basic_pack_ids=ids), quote(split, month, basic_pack_ids=ids)
    assert (after.subtotal, after.tax, after.total) == (before.subtotal, before.tax, before.total)


@settings(max_examples=25)
@given(priced(max_groups=4, **FLEET_DATES), st.integers(1, 30))
def test_a_projection_is_the_quotes_of_its_months(case, months):
    fleet, month, ids, sv = case
    run = project(fleet, month, months, basic_pack_ids=ids, smart_value=sv)
    assert run.quotes == tuple(
        quote(fleet, month.shift(n), basic_pack_ids=ids, smart_value=sv) for n in range(months)
    )
    assert run.total == Yen.sum(q.total for q in run)


@settings(max_examples=25)
@given(priced(**FLEET_DATES))
def test_any_quote_round_trips_through_json(case):
    fleet, month, ids, sv = case
    bill = quote(fleet, month, basic_pack_ids=ids, smart_value=sv)
    assert from_json(to_json(bill), Quote) == bill


def test_lines_built_by_hand_are_checked():
    # The pricer builds its own lines without re-checking them; a caller's are checked.
    fee = dmp_price_list(date(2026, 12, 1)).basic_pack
    with pytest.raises(InvalidInput) as caught:
        QuoteLine(LineKind.BASIC, "a", fee.amount, -1, fee.amount, fee.citation)
    assert caught.value.code == "pricing.bad_quantity"
    with pytest.raises(InvalidInput) as caught:
        QuoteLine("basic", "a", fee.amount, 1, fee.amount, fee.citation)  # type: ignore[arg-type]
    assert (caught.value.code, caught.value.field) == ("pricing.bad_line", "kind")


def test_priced_lines_equal_lines_built_by_hand():
    bill = quote(FLEET, DEC, basic_pack_ids=50)
    rebuilt = tuple(
        QuoteLine(
            line.kind,
            line.group,
            line.unit_price,
            line.quantity,
            line.amount,
            line.citation,
            line.option,
            line.phase,
        )
        for line in bill.lines
    )
    assert rebuilt == bill.lines
    assert [hash(line) for line in rebuilt] == [hash(line) for line in bill.lines]


def test_a_smart_value_line_per_group_of_a_large_fleet():
    # One line per group, 3,000 groups: each line finds its group by name (DMP-4).
    groups = [DeviceGroup(f"g{i:04d}", "ios", 2, date(2026, 1, 5)) for i in range(3000)]
    lines = [SmartValueLine(f"g{i:04d}", Yen(1000), "2026-01") for i in range(3000)]
    bill = quote(groups, DEC, smart_value=lines)
    # per group: 467 x 2 = 934, au charge 1,000, discount min(1,410, 1,000) = -1,000.
    assert bill.subtotal == Yen(934 * 3000)
    assert len(bill.lines) == 3 * 3000
    assert bill.lines_of("g2999")[-1].amount == Yen(-1000)
