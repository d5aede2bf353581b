"""KDDI Message Cast change lead times: MC-5, MC-6 with CAL-3/CAL-4 (001 §2.1)."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telcobiz import BusinessCalendar, InvalidInput, UnknownItem
from telcobiz.core.conversion import structure, to_json, unstructure
from telcobiz.scheduling.message_cast import (
    CHANGE_RULES,
    ChangeItem,
    Lead,
    LeadKind,
    LeadTime,
    change_lead_time,
)
from telcobiz.testing import dates

# -- MC-5: the §2.1 table ---------------------------------------------------------------------


def test_mc5_table_rows_as_in_001_section_2_1():
    table = {
        item.value: (item.label, rule.form, str(rule.lead), rule.fee)
        for item, rule in CHANGE_RULES.items()
    }
    assert table == {
        1: ("企業情報", "サービス利用変更申込書", "5営業日", False),
        2: ("アカウント担当者情報", "サービス利用変更申込書", "5営業日", False),
        3: ("サービス・障害などの連絡用情報", "サービス利用変更申込書", "翌月適用", False),
        4: ("請求書宛先情報", "サービス利用変更申込書", "翌月適用", False),
        5: ("支払方法", "サービス利用変更申込書", "5営業日", False),
        6: (
            "企業管理者追加・削除",
            "アカウントパラメータ変更申込書 企業管理者追加・削除",
            "6～10営業日",
            False,
        ),
        7: (
            "アクセス可能グローバルIPアドレス",
            "アカウントパラメータ変更申込書 グローバルIPアドレス",
            "10～18営業日",
            False,
        ),
        8: ("SMSのみ利用→+メッセージ利用", "アカウントパラメータ変更申込書", "6～10営業日", False),
        9: ("+メッセージ利用→SMSのみ利用", "アカウントパラメータ変更申込書", "16営業日", True),
        10: (
            "+メッセージ公式アカウント表示内容等",
            "アカウントパラメータ変更申込書",
            "6～10営業日",
            False,
        ),
        11: ("送信元表示番号", "アカウントパラメータ変更申込書 送信元表示番号", "5営業日", False),
        12: (
            "案件登録時、送信元表示番号を選択する際の選択肢項目名（送信元表示番号名称）",
            "アカウントパラメータ変更申込書 送信元表示番号",
            "12～22営業日",
            False,
        ),
        # MC-5 Decision: row 13 shares row 12's merged 12～22営業日 cell and form.
        13: (
            "SoftBank送信元表示番号オプション",
            "アカウントパラメータ変更申込書 送信元表示番号",
            "12～22営業日",
            False,
        ),
    }
    assert all(rule.citation.row == str(item.value) for item, rule in CHANGE_RULES.items())
    assert {rule.citation.rule for rule in CHANGE_RULES.values()} == {"MC-5"}


def test_cal3_five_business_days_skip_bunka_no_hi():
    # RULES.md CAL-3: accepted 2026-11-02 + 5 営業日 = 2026-11-10 (11-03 is 文化の日).
    lead = change_lead_time([1], date(2026, 11, 2))
    assert (lead.start_day, lead.earliest, lead.latest) == (
        date(2026, 11, 4),
        date(2026, 11, 10),
        date(2026, 11, 10),
    )
    assert not lead.fee_applies


@pytest.mark.parametrize(
    ("accepted", "start_day", "effective"),
    [
        # RULES.md CAL-4 Decision examples: 翌月 counted from the 起算日.
        (date(2026, 11, 2), date(2026, 11, 4), date(2026, 12, 1)),
        (date(2026, 11, 30), date(2026, 12, 1), date(2027, 1, 1)),
        (date(2026, 12, 28), date(2027, 1, 4), date(2027, 2, 1)),
        # Leap day: accepted 02-28 -> 起算日 02-29 (March next); accepted 02-29 -> 起算日 03-01.
        (date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1)),
        (date(2028, 2, 29), date(2028, 3, 1), date(2028, 4, 1)),
    ],
)
def test_cal4_next_month_counts_from_the_start_day(accepted, start_day, effective):
    for item in (3, 4):
        lead = change_lead_time([item], accepted)
        assert (lead.start_day, lead.earliest, lead.latest) == (start_day, effective, effective)
        assert "CAL-4" in lead.rules


@pytest.mark.parametrize(
    ("accepted", "done"),
    [
        (date(2026, 4, 30), date(2026, 5, 12)),  # Golden Week: 05-06 is a 振替休日
        (date(2026, 11, 21), date(2026, 11, 30)),  # a Saturday; 11-23 勤労感謝の日
        (date(2028, 2, 28), date(2028, 3, 6)),  # the 起算日 is the leap day
        (date(2026, 12, 25), date(2027, 1, 7)),  # across the year-end closure
    ],
)
def test_five_business_days_around_holidays(accepted, done):
    assert change_lead_time([1], accepted).earliest == done


def test_mc6_items_6_and_7():
    # 6: 6～10 (11-11..11-17), 7: 10～18 (11-17..11-30), accepted 2026-11-02.
    lead = change_lead_time([6, 7], date(2026, 11, 2))
    assert (lead.earliest, lead.latest) == (date(2026, 11, 17), date(2026, 11, 30))
    assert lead.governs_earliest == (ChangeItem.GLOBAL_IP_ADDRESSES,)
    assert lead.governs_latest == (ChangeItem.GLOBAL_IP_ADDRESSES,)
    assert [(row.earliest, row.latest) for row in lead.per_item] == [
        (date(2026, 11, 11), date(2026, 11, 17)),
        (date(2026, 11, 17), date(2026, 11, 30)),
    ]


def test_mc6_decision_items_9_and_13_give_16_to_22():
    # RULES.md MC-6 Decision: nothing completes before item 9's 16 days.
    lead = change_lead_time([13, 9], date(2026, 11, 2))
    assert (lead.earliest, lead.latest) == (date(2026, 11, 26), date(2026, 12, 4))
    assert lead.governs_earliest == (ChangeItem.PLUS_MESSAGE_TO_SMS,)
    assert lead.governs_latest == (ChangeItem.SOFTBANK_SENDER_OPTION,)
    assert lead.fee_applies  # item 9: 設定変更料 ○


def test_mc6_next_month_against_a_range():
    # 3 (翌月適用 -> 12-01) with 7 (11-17..11-30): both bounds are 12-01.
    lead = change_lead_time([3, 7], date(2026, 11, 2))
    assert (lead.earliest, lead.latest) == (date(2026, 12, 1), date(2026, 12, 1))
    assert lead.governs_latest == (ChangeItem.SERVICE_CONTACT,)


def test_all_items_at_once_and_ties():
    lead = change_lead_time(range(1, 14), date(2026, 11, 2))
    assert (lead.earliest, lead.latest) == (date(2026, 12, 1), date(2026, 12, 4))
    assert lead.governs_earliest == (ChangeItem.SERVICE_CONTACT, ChangeItem.BILLING_ADDRESS)
    assert lead.governs_latest == (ChangeItem.SENDER_NUMBER_NAME, ChangeItem.SOFTBANK_SENDER_OPTION)
    assert "items 12, 13 govern" in str(lead)


def test_items_accept_enums_single_ints_and_duplicates():
    a = change_lead_time(ChangeItem.GLOBAL_IP_ADDRESSES, date(2026, 11, 2))
    b = change_lead_time([7, 7], date(2026, 11, 2))
    c = change_lead_time(7, date(2026, 11, 2))
    assert a == b == c
    assert a.items == (ChangeItem.GLOBAL_IP_ADDRESSES,)


def test_a_caller_calendar_without_closure():
    lead = change_lead_time([1], date(2026, 12, 25), calendar=BusinessCalendar(closure=None))
    # 12-28, 29, 30, 31 are business days without the closure; 01-01 is 元日, 01-04 the 5th.
    assert lead.earliest == date(2027, 1, 4)
    assert lead.start_day == date(2026, 12, 28)


@pytest.mark.parametrize("bad", [0, 14, -1, True, 6.0, "6", None])
def test_unknown_items(bad):
    with pytest.raises(UnknownItem) as caught:
        change_lead_time([6, bad], date(2026, 11, 2))
    assert caught.value.code == "message_cast.unknown_item"
    assert "1..13" in caught.value.expected


@pytest.mark.parametrize("bad", ["6,7", b"6", 6.5, None])
def test_items_must_be_numbers(bad):
    with pytest.raises(InvalidInput) as caught:
        change_lead_time(bad, date(2026, 11, 2))
    assert caught.value.code == "message_cast.bad_items"


def test_no_items():
    with pytest.raises(InvalidInput) as caught:
        change_lead_time([], date(2026, 11, 2))
    assert caught.value.code == "message_cast.no_items"


@pytest.mark.parametrize("bad", [datetime(2026, 11, 2, 10, 0), "2026-11-02", None])
def test_accepted_on_must_be_a_date(bad):
    with pytest.raises(InvalidInput) as caught:
        change_lead_time([1], bad)
    assert (caught.value.code, caught.value.field) == ("scheduling.not_a_date", "accepted_on")


def test_lead_values():
    assert Lead.business_days(6, 10).dates(date(2026, 11, 2), BusinessCalendar()) == (
        date(2026, 11, 11),
        date(2026, 11, 17),
    )
    assert LeadKind.BUSINESS_DAYS.label == "営業日"
    for bad in ({"minimum": -1}, {"minimum": 3, "maximum": 2}, {"minimum": 1.5}):
        with pytest.raises(InvalidInput) as caught:
            Lead(LeadKind.BUSINESS_DAYS, **bad)
        assert caught.value.code == "message_cast.bad_lead"


def test_lead_time_text():
    lead = change_lead_time([9], date(2026, 11, 2))
    assert str(lead) == "A change accepted on 2026-11-02 completes on 2026-11-26 (item 9 governs)."
    assert lead.sentence("ja") == "2026-11-02受付の変更は2026-11-26に完了します（最長: No.9）。"
    ja = lead.explain("ja").splitlines()
    assert ja[1] == "起算日（1営業日目）: 2026-11-04"
    assert ja[2] == (
        "No.9 +メッセージ利用→SMSのみ利用: 16営業日 → 2026-11-26 "
        "(アカウントパラメータ変更申込書) 設定変更料あり"
    )
    assert "※ お申し込み内容に不備があった場合、納期に遅延が生じる場合があります。" in ja
    assert "setting-change fee applies" in lead.explain("en")
    assert change_lead_time([6, 7], date(2026, 11, 2)).sentence("ja") == (
        "2026-11-02受付の変更は2026-11-17～2026-11-30に完了します（最長: No.7）。"
    )
    with pytest.raises(InvalidInput):
        lead.sentence("de")


def test_lead_time_rows_and_citations():
    lead = change_lead_time([6, 7], date(2026, 11, 2))
    assert lead.to_rows()[1] == {
        "item": 7,
        "label": "アクセス可能グローバルIPアドレス",
        "form": "アカウントパラメータ変更申込書 グローバルIPアドレス",
        "lead": "10～18営業日",
        "earliest": date(2026, 11, 17),
        "latest": date(2026, 11, 30),
        "fee": False,
    }
    sections = [(c.rule, c.section, c.row) for c in lead.citations]
    assert ("MC-5", "§2.1", "7") in sections
    assert ("CAL-3", "§2.1 留意事項③", None) in sections
    assert ("MC-6", "§2.1 留意事項①", None) in sections
    assert lead.rules == ("MC-5", "MC-6", "CAL-3", "CAL-1")
    assert [note.code for note in lead.notes] == [
        "message_cast.portal_plan_only",
        "message_cast.incomplete_forms_delay",
    ]


# -- JSON round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "cls"),
    [
        (change_lead_time([3, 9, 13], date(2026, 12, 28)), LeadTime),
    ],
)
def test_json_round_trip(result, cls):
    data = unstructure(result)
    assert structure(data, cls) == result
    assert to_json(result)  # JSON-ready


def test_json_shape_of_a_lead_time():
    data = unstructure(change_lead_time([6, 7], date(2026, 11, 2)))
    assert (data["earliest"], data["latest"], data["governs_latest"]) == (
        "2026-11-17",
        "2026-11-30",
        [7],
    )


# -- properties ---------------------------------------------------------------------------------

ITEM_SETS = st.lists(st.sampled_from(list(ChangeItem)), min_size=1, max_size=13)
ACCEPTED = dates(min_value=date(2000, 1, 1), max_value=date(2098, 6, 30))


@settings(deadline=None)
@given(ITEM_SETS, ACCEPTED)
def test_earliest_never_after_latest(items, accepted):
    lead = change_lead_time(items, accepted)
    assert lead.start_day <= lead.earliest <= lead.latest
    assert all(row.earliest <= row.latest for row in lead.per_item)


@settings(deadline=None)
@given(ITEM_SETS, ACCEPTED)
def test_combining_never_gives_an_earlier_date_than_one_item(items, accepted):
    together = change_lead_time(items, accepted)
    for item in items:
        alone = change_lead_time([item], accepted)
        assert together.earliest >= alone.earliest
        assert together.latest >= alone.latest
    assert together.earliest in {change_lead_time([i], accepted).earliest for i in items}


@settings(deadline=None)
@given(ITEM_SETS, ACCEPTED, st.integers(min_value=1, max_value=40))
def test_later_acceptance_never_completes_earlier(items, accepted, days):
    sooner = change_lead_time(items, accepted)
    later = change_lead_time(items, accepted + timedelta(days=days))
    assert (later.earliest, later.latest) >= (sooner.earliest, sooner.latest)
