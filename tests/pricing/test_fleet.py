"""Fleet descriptions: groups, options on top of the basic service (DMP-2), Smart Value lines."""

from datetime import date, datetime

import pytest
from hypothesis import given

from telcobiz import InvalidInput, UnknownItem, YearMonth, Yen
from telcobiz.core.conversion import from_json, structure, to_json, unstructure
from telcobiz.pricing import (
    Carrier,
    DeviceGroup,
    DeviceOS,
    DmpOption,
    Fleet,
    OptionCount,
    SmartValueLine,
)
from telcobiz.pricing.catalog import OPTIONS_CITATION
from telcobiz.testing import device_groups, fleets

START = date(2026, 11, 5)


def test_group_defaults_and_normalised_options():
    group = DeviceGroup("field", "android", 80, START, options=["virus", DmpOption.BACKUP])
    assert group.os is DeviceOS.ANDROID
    assert group.carrier is Carrier.AU
    assert [taken.option for taken in group.options] == [
        DmpOption.BACKUP,
        DmpOption.VIRUS_PROTECTION,
    ]
    assert group.option_count(DmpOption.BACKUP) == 80
    assert group.option_count("internet") == 0
    assert group.start_month == YearMonth(2026, 11)


def test_options_as_a_mapping_of_device_counts():
    group = DeviceGroup(
        "field",
        DeviceOS.ANDROID,
        80,
        START,
        Carrier.OTHER,
        {"backup": 30, DmpOption.MESSAGE_NOTIFICATION: None},
    )
    assert group.option_count("backup") == 30
    assert group.option_count("message") == 80
    assert group.carrier is Carrier.OTHER
    assert (
        str(group)
        == "field: 80 Android (他社) from 2026-11-05 + バックアップ×30, メッセージ通知×80"
    )


def test_a_single_option_may_be_given_alone():
    assert DeviceGroup("a", "ios", 1, START, options="message").option_count("message") == 1
    assert (
        DeviceGroup("a", "ios", 1, START, options=OptionCount("message", 0)).option_count("message")
        == 0
    )
    assert str(DeviceGroup("a", "ios", 2, START)) == "a: 2 iOS (au) from 2026-11-05"


@pytest.mark.parametrize(
    ("os", "option"),
    [("ios", "backup"), ("ios", "virus"), ("ios", "internet_connection")],
)
def test_dmp_2_an_option_on_an_os_that_does_not_support_it_names_the_group(os, option):
    # 000 §3.5.2: only メッセージ通知 is offered for iOS.
    with pytest.raises(InvalidInput) as caught:
        DeviceGroup("sales", os, 10, START, options=[option])
    assert caught.value.code == "pricing.unsupported_option"
    assert str(caught.value).startswith("group 'sales': option ")
    assert "メッセージ通知 (message_notification)" in caught.value.expected
    assert OPTIONS_CITATION.rule == "DMP-2"


def test_dmp_2_an_option_without_the_basic_service_names_the_group():
    with pytest.raises(InvalidInput) as caught:
        DeviceGroup("sales", "android", 10, START, options={"backup": 11})
    assert caught.value.code == "pricing.option_without_basic"
    assert str(caught.value) == (
        "group 'sales': 11 devices take バックアップ (backup) but only 10 have the basic service;"
        " expected at most 10 devices per option (an option needs the basic service, DMP-2)"
    )


@pytest.mark.parametrize("count", [-1, True, 1.5, "3", None])
def test_a_negative_or_non_integer_count_names_the_group(count):
    with pytest.raises(InvalidInput) as caught:
        DeviceGroup("sales", "ios", count, START)
    assert caught.value.code == "pricing.bad_count"
    assert str(caught.value).startswith("group 'sales': count: got ")


@pytest.mark.parametrize("count", [-1, True, 2.0])
def test_a_bad_option_count_names_the_group(count):
    with pytest.raises(InvalidInput) as caught:
        DeviceGroup("sales", "ios", 3, START, options={"message": count})
    assert caught.value.code == "pricing.bad_count"
    assert str(caught.value).startswith("group 'sales': count: got ")


def test_an_option_listed_twice_names_the_group():
    with pytest.raises(InvalidInput) as caught:
        DeviceGroup("sales", "ios", 3, START, options=["message", OptionCount("message", 1)])
    assert caught.value.code == "pricing.duplicate_option"
    assert str(caught.value).startswith("group 'sales': option メッセージ通知")


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"os": "windows"}, "dmp.unknown_os"),
        ({"carrier": "docomo"}, "dmp.unknown_carrier"),
        ({"options": ["sms"]}, "dmp.unknown_option"),
        ({"options": 5}, "pricing.bad_options"),
        ({"start": datetime(2026, 11, 5, 9, 0)}, "pricing.bad_start"),
        ({"start": "2026-11-05"}, "pricing.bad_start"),
    ],
)
def test_every_other_group_error_names_the_group(kwargs, code):
    fields = {"name": "sales", "os": "android", "count": 3, "start": START, **kwargs}
    with pytest.raises(InvalidInput) as caught:
        DeviceGroup(**fields)
    assert caught.value.code == code
    assert str(caught.value).startswith("group 'sales': ")


@pytest.mark.parametrize("name", ["", "  ", None, 3])
def test_a_group_needs_a_name(name):
    with pytest.raises(InvalidInput) as caught:
        DeviceGroup(name, "ios", 1, START)
    assert caught.value.code == "pricing.bad_group_name"


def test_fleet_sorts_groups_by_name_and_counts_devices():
    b = DeviceGroup("b", "ios", 2, START)
    a = DeviceGroup("a", "android", 3, START)
    fleet = Fleet([b, a])
    assert fleet.groups == (a, b)
    assert fleet == Fleet([a, b])
    assert (len(fleet), fleet.devices, list(fleet)) == (2, 5, [a, b])
    assert fleet.group("b") is b
    assert Fleet().devices == 0


def test_fleet_rejects_duplicate_names_and_non_groups():
    with pytest.raises(InvalidInput) as caught:
        Fleet([DeviceGroup("a", "ios", 1, START), DeviceGroup("a", "android", 1, START)])
    assert caught.value.code == "pricing.duplicate_group"
    assert str(caught.value).startswith("group 'a': ")
    for bad in (["a"], DeviceGroup("a", "ios", 1, START), 5):
        with pytest.raises(InvalidInput) as caught:
            Fleet(bad)
        assert caught.value.code == "pricing.bad_fleet"


def test_unknown_group_lists_the_names():
    with pytest.raises(UnknownItem) as caught:
        Fleet([DeviceGroup("a", "ios", 1, START)]).group("b")
    assert caught.value.code == "pricing.unknown_group"
    assert caught.value.expected == "the name of a group of the fleet: a"


def test_smart_value_line_converts_and_validates():
    line = SmartValueLine("field", 4980, "2026-11", count=2)
    assert (line.charge, line.start, line.count) == (Yen(4980), YearMonth(2026, 11), 2)
    for kwargs, code in [
        ({"charge": Yen(-1)}, "pricing.bad_charge"),
        ({"charge": 1.5}, "pricing.bad_charge"),
        ({"count": 0}, "pricing.bad_count"),
        ({"group": ""}, "pricing.bad_group_name"),
        ({"start": "November"}, "month.unparsable"),
    ]:
        fields = {"group": "field", "charge": Yen(1), "start": "2026-11", **kwargs}
        with pytest.raises(InvalidInput) as caught:
            SmartValueLine(**fields)
        assert caught.value.code == code


def test_fleet_json_round_trip_through_the_shared_converter():
    fleet = Fleet(
        [
            DeviceGroup("field", "android", 80, START, "other", {"backup": 30, "message": None}),
            DeviceGroup("sales", "ios", 40, START, options=["message"]),
        ]
    )
    data = unstructure(fleet)
    assert data["groups"][0] == {
        "name": "field",
        "os": "android",
        "count": 80,
        "start": "2026-11-05",
        "carrier": "other",
        "options": [
            {"option": "backup", "count": 30},
            {"option": "message_notification", "count": None},
        ],
    }
    assert structure(data, Fleet) == fleet
    assert from_json(to_json(fleet), Fleet) == fleet


@given(device_groups())
def test_any_group_round_trips(group):
    assert structure(unstructure(group), DeviceGroup) == group


@given(fleets())
def test_fleet_equality_ignores_group_order(fleet):
    assert Fleet(reversed(fleet.groups)) == fleet
    assert fleet.devices == sum(group.count for group in fleet)
