"""The デバイスマネジメントパック price list (000 §3.5.3, §3.5.4; RULES.md DMP-1..DMP-4)."""

from datetime import date

import pytest

from telcobiz import InvalidInput, OutOfRange, Yen
from telcobiz.core.citation import BOS_DMP_GUIDE, RULEBOOK
from telcobiz.pricing.catalog import DmpOption
from telcobiz.pricing.price import PhaseType
from telcobiz.pricing.tables import (
    BASIC_PACK_DECISION,
    BILLING_DECISION,
    DMP_PRICE_LISTS,
    PRICES_EFFECTIVE_FROM,
    SMART_DEVICE_CHARGE_DECISION,
    TAX_EXCLUSIVE_CITATION,
    DmpPriceList,
    dmp_price_list,
)

PRICES = dmp_price_list(date(2026, 12, 1))


def test_dmp_1_basic_service_467_yen_start_month_free():
    # §3.5.3: 月額 467 円／台 ※ 初期費用 0 円 ※ 利用開始月無料
    trial, monthly = PRICES.basic.phases
    assert (trial.type, trial.price, trial.months) == (PhaseType.TRIAL, Yen(0), 1)
    assert (monthly.type, monthly.price, monthly.months) == (PhaseType.EVERGREEN, Yen(467), None)
    assert [PRICES.basic.price_at(month) for month in (1, 2, 3, 36)] == [
        Yen(0),
        Yen(467),
        Yen(467),
        Yen(467),
    ]
    assert PRICES.initial_fee.amount == Yen(0)


def test_dmp_1_citations_name_the_rows_of_section_3_5_3():
    trial, monthly = PRICES.basic.phases
    for citation in (trial.citation, monthly.citation, PRICES.initial_fee.citation):
        assert (citation.source, citation.section, citation.rule) == (
            BOS_DMP_GUIDE,
            "§3.5.3",
            "DMP-1",
        )
    assert "利用開始月無料" in trial.citation.row
    assert "月額 467 円／台" in monthly.citation.row
    assert "初期費用 0 円" in PRICES.initial_fee.citation.row


@pytest.mark.parametrize(
    ("option", "row"),
    [
        (DmpOption.INTERNET_CONNECTION, "インターネット接続管理 対象 OS：Android"),
        (DmpOption.BACKUP, "バックアップ 対象 OS：Android"),
        (DmpOption.MESSAGE_NOTIFICATION, "メッセージ通知 対象 OS：iOS、Android"),
        (DmpOption.VIRUS_PROTECTION, "ウイルス対策 対象 OS：Android"),
    ],
)
def test_dmp_2_every_option_is_200_yen_per_device(option, row):
    price = PRICES.option(option)
    assert price.amount == Yen(200)
    assert (price.citation.section, price.citation.row, price.citation.rule) == (
        "§3.5.3",
        row,
        "DMP-2",
    )


def test_dmp_3_basic_pack_price_191_yen():
    # §3.5.4: 「467 円⇒191 円」
    assert PRICES.basic_pack.amount == Yen(191)
    assert (PRICES.basic_pack.citation.section, PRICES.basic_pack.citation.rule) == (
        "§3.5.4",
        "DMP-3",
    )


def test_dmp_4_smart_value_1410_for_24_months_then_934():
    discount, evergreen = PRICES.smart_value.phases
    assert (discount.type, discount.price, discount.months) == (PhaseType.DISCOUNT, Yen(1410), 24)
    assert (evergreen.type, evergreen.price, evergreen.months) == (
        PhaseType.EVERGREEN,
        Yen(934),
        None,
    )
    assert PRICES.smart_value.total_for(24) == Yen(33_840)  # 1,410 円/月×24=33,840 円
    assert "3年目以降は、934 円/月割引" in evergreen.citation.row
    assert {discount.citation.rule, evergreen.citation.rule} == {"DMP-4"}


def test_prices_are_tax_exclusive_and_decisions_are_cited():
    assert "全て税抜" in TAX_EXCLUSIVE_CITATION.row
    assert BILLING_DECISION.source is RULEBOOK
    assert (BASIC_PACK_DECISION.rule, SMART_DEVICE_CHARGE_DECISION.rule) == ("DMP-3", "DMP-4")


def test_price_list_is_effective_dated_from_2014_04_01():
    assert date(2014, 4, 1) == PRICES_EFFECTIVE_FROM
    assert len(DMP_PRICE_LISTS) == 1
    entry = DMP_PRICE_LISTS.entry_at(date(2019, 9, 1))
    assert entry.value is PRICES
    assert "改定履歴 1.2.0" in entry.citation.section
    assert dmp_price_list(date(2014, 4, 1)) is PRICES


def test_no_price_list_before_it_takes_effect():
    with pytest.raises(OutOfRange) as caught:
        dmp_price_list(date(2014, 3, 31))
    assert caught.value.code == "table.before_first"


def test_a_price_list_needs_exactly_one_price_per_option():
    with pytest.raises(InvalidInput) as caught:
        DmpPriceList(
            basic=PRICES.basic,
            initial_fee=PRICES.initial_fee,
            options=PRICES.options[:2],
            basic_pack=PRICES.basic_pack,
            smart_value=PRICES.smart_value,
        )
    assert caught.value.code == "pricing.bad_price_list"


def test_options_are_kept_in_catalog_order_whatever_the_input_order():
    rebuilt = DmpPriceList(
        basic=PRICES.basic,
        initial_fee=PRICES.initial_fee,
        options=tuple(reversed(PRICES.options)),
        basic_pack=PRICES.basic_pack,
        smart_value=PRICES.smart_value,
    )
    assert rebuilt == PRICES
    assert [option for option, _ in rebuilt.options] == list(DmpOption)


def test_option_lookup_rejects_a_non_option():
    with pytest.raises(InvalidInput) as caught:
        PRICES.option("backup")
    assert caught.value.code == "pricing.unknown_option"
