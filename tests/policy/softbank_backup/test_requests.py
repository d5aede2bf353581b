"""SB-6: when a line's setting can first be requested (seed 002 §1-4, RULES.md SB-6 Decision)."""

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given

from telcobiz.core.conversion import structure, unstructure
from telcobiz.core.errors import InvalidInput, UnknownItem
from telcobiz.policy.softbank_backup import (
    ANY_TIME_NOTE,
    LAG_NOTE,
    MODEL_CHANGE_ADVICE,
    ConciergeAccount,
    ContractEvent,
    PhaseRule,
    RequestAvailability,
    RequestCondition,
    RequestPhase,
    request_availability,
)
from telcobiz.testing import contract_events, dates

# The seed lines telcobiz reproduces, copied byte for byte (see the file's header).
SEED_BYTES = (
    Path(__file__).resolve().parents[2] / "data" / "softbank_backup_manual_excerpt.txt"
).read_bytes()
EVENT_DAY = date(2026, 11, 24)


def in_seed(text: str) -> bool:
    return text.encode("utf-8") in SEED_BYTES


def cells(event):
    return [(p.allowed, p.condition) for p in request_availability(event).phases]


def test_sb6_existing_lines_any_time():
    # Decision: the 機種変更 row's merged 「× 利用不可」 is flattened away (「いつでも申請可能」).
    for event in (ContractEvent.NONE, ContractEvent.MODEL_CHANGE, ContractEvent.INFO_CHANGE):
        assert cells(event) == [(True, None)] * 3
        result = request_availability(event, event_date=EVENT_DAY)
        assert result.any_time
        assert result.earliest is None
        assert result.earliest_at is None
        assert not result.needs_manual_update
        assert not result.may_slip
        assert result.account is ConciergeAccount.ISSUED


@pytest.mark.parametrize("event", [ContractEvent.NEW_ADDITIONAL, ContractEvent.MNP_ADDITIONAL])
def test_sb6_additional_lines_manual_update_then_automatic(event):
    assert cells(event) == [
        (False, None),
        (True, RequestCondition.MANUAL_UPDATE),
        (True, RequestCondition.AUTOMATIC_MAY_SLIP),
    ]
    result = request_availability(event, event_date=EVENT_DAY)
    assert not result.any_time
    assert result.earliest == EVENT_DAY
    assert result.earliest_at.isoformat() == "2026-11-24T09:00:00+09:00"
    assert result.needs_manual_update
    assert result.automatic_from == date(2026, 11, 25)
    assert result.may_slip
    assert result.account is ConciergeAccount.ISSUED
    assert str(result) == (
        f"{event.label}: from 2026-11-24 (9:00 JST), after a manual update; "
        "automatic from 2026-11-25, maintenance may delay it"
    )


@pytest.mark.parametrize("event", [ContractEvent.NEW_PURE, ContractEvent.MNP_PURE])
def test_sb6_pure_new_lines_once_the_id_is_issued(event):
    assert cells(event) == [
        (False, None),
        (True, RequestCondition.ID_ISSUED),
        (True, RequestCondition.ID_ISSUED),
    ]
    result = request_availability(event, event_date=EVENT_DAY)
    assert result.earliest == EVENT_DAY
    assert not result.needs_manual_update
    assert not result.may_slip
    assert result.automatic_from is None
    assert result.account is ConciergeAccount.NEWLY_ISSUED


def test_sb6_footnotes_and_notes_are_seed_text():
    for condition in RequestCondition:
        assert in_seed(f"{condition.mark} {condition.note}"), condition
    for note in (ANY_TIME_NOTE, MODEL_CHANGE_ADVICE, LAG_NOTE):
        assert in_seed(note)
    for event in ContractEvent:
        if event is not ContractEvent.NONE:
            assert in_seed(event.label)
    assert in_seed("既存回線")
    for account in ConciergeAccount:
        assert in_seed(account.label)
    for phase in RequestPhase:
        assert in_seed(phase.label)


def test_sb6_phase_on_a_day():
    result = request_availability("new_additional", event_date=EVENT_DAY)
    assert result.phase_on(EVENT_DAY - timedelta(days=1)) == PhaseRule(RequestPhase.BEFORE, False)
    assert result.phase_on(EVENT_DAY).condition is RequestCondition.MANUAL_UPDATE
    assert result.phase_on(EVENT_DAY + timedelta(days=30)).phase is RequestPhase.FROM_NEXT_DAY
    with pytest.raises(InvalidInput) as caught:
        request_availability("new_additional").phase_on(EVENT_DAY)
    assert caught.value.code == "backup.event_date_required"
    with pytest.raises(InvalidInput) as caught:
        result.phase_on(datetime(2026, 11, 24, 10, 0))
    assert caught.value.code == "backup.not_a_date"


def test_sb6_without_an_event_date():
    result = request_availability("new_additional")
    assert result.earliest is None
    assert result.automatic_from is None
    assert str(result) == (
        "新規(追加): from the day of the event, after a manual update; "
        "automatic from the next day, maintenance may delay it"
    )


def test_sb6_account_cross_check():
    assert request_availability("new_pure", account=ConciergeAccount.NEWLY_ISSUED).event is (
        ContractEvent.NEW_PURE
    )
    assert request_availability("model_change", account="issued").any_time
    with pytest.raises(InvalidInput) as caught:
        request_availability("new_additional", account=ConciergeAccount.NEWLY_ISSUED)
    assert caught.value.code == "backup.account_mismatch"
    with pytest.raises(UnknownItem) as caught:
        request_availability("new_pure", account="someone")
    assert caught.value.code == "backup.unknown_account"


@pytest.mark.parametrize(
    ("value", "code"),
    [("新規", "backup.unknown_event"), (None, "backup.unknown_event")],
)
def test_sb6_unknown_event(value, code):
    with pytest.raises(UnknownItem) as caught:
        request_availability(value)
    assert caught.value.code == code


def test_sb6_event_parse_and_bad_date():
    assert ContractEvent.parse("MNP転入(追加)") is ContractEvent.MNP_ADDITIONAL
    assert ContractEvent.parse("MODEL_CHANGE") is ContractEvent.MODEL_CHANGE
    assert ContractEvent.parse(ContractEvent.NONE) is ContractEvent.NONE
    with pytest.raises(InvalidInput) as caught:
        request_availability("new_pure", event_date="2026-11-24")
    assert caught.value.code == "backup.not_a_date"


def test_sb6_explain_and_rows():
    ja = request_availability("new_additional", event_date=EVENT_DAY).explain("ja").splitlines()
    assert ja[:5] == [
        "契約: 新規(追加) (2026-11-24)",
        "アカウント: 法人コンシェルサイトID 発行済の場合",
        "- 実施前: × 利用不可",
        "- 実施当日: ○ 利用可 ※1 手動更新が必要です。",
        "- 実施の翌日以降: ○ 利用可 ※2 自動更新ですがメンテナンス等により、"
        "実施の翌々日以降の反映となる場合があります。手動更新も可です。",
    ]
    assert "自動反映: 2026-11-25（翌々日以降の場合あり）" in ja
    assert (
        "受付時間: 毎日（365日） 9:00–23:00 JST (利用可否設定の受付時間は9:00～23:00です。)" in ja
    )
    en = request_availability("model_change").explain("en")
    assert "- before the event: yes" in en
    assert f"note: {MODEL_CHANGE_ADVICE}" in en
    assert f"note: {ANY_TIME_NOTE}" in en
    rows = request_availability("new_pure").to_rows()
    assert rows[1] == {
        "event": "new_pure",
        "phase": "same_day",
        "allowed": True,
        "condition": "id_issued",
        "note": "法人コンシェルサイトIDの発行後。",
    }
    assert PhaseRule(RequestPhase.SAME_DAY, True, RequestCondition.ID_ISSUED).describe("en") == (
        "on the day of the event: yes, once the 法人コンシェルサイト ID is issued"
    )
    with pytest.raises(InvalidInput) as caught:
        request_availability("none").explain("fr")
    assert caught.value.code == "explain.bad_lang"


def test_sb6_citations_and_round_trip():
    result = request_availability("mnp_pure", event_date=EVENT_DAY)
    assert result.rules == ("SB-6", "SB-5")
    assert result.citations[0].section == "§1-4"
    assert result.citations[0].row == "MNP転入(純新規)"
    data = unstructure(result)
    json.dumps(data, ensure_ascii=False)
    assert structure(data, RequestAvailability) == result


@given(contract_events(), dates(min_value=date(2017, 1, 1), max_value=date(2090, 1, 1)))
def test_sb6_before_the_event_only_existing_lines_can_be_requested(event, day):
    result = request_availability(event, event_date=day)
    assert result.phase_on(day - timedelta(days=1)).allowed is event.existing_line
    assert result.phase_on(day).allowed
    assert result.phase_on(day + timedelta(days=1)).allowed
    assert result.any_time is event.existing_line
    if not result.any_time:
        assert result.earliest == day
        assert result.earliest_at.hour == 9


def test_sb6_str_of_an_existing_line():
    assert str(request_availability("info_change")) == (
        "情報変更: any time (an existing line), 9:00–23:00 JST"
    )
