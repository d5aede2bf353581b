"""The デバイスマネジメントパック catalogue: OSes, carriers, options (000 §3.5.2; DMP-2, DMP-8)."""

import pytest

from telcobiz import UnknownItem
from telcobiz.pricing.catalog import Carrier, DeviceOS, DmpOption


def test_dmp_2_supported_os_per_option():
    assert {option.value for option in DmpOption if option.supports(DeviceOS.IOS)} == {
        "message_notification"
    }
    assert all(option.supports(DeviceOS.ANDROID) for option in DmpOption)


def test_english_labels():
    assert [option.label_en for option in DmpOption] == [
        "Internet connection management",
        "Backup",
        "Message notification",
        "Virus protection",
    ]
    assert [carrier.label_en for carrier in Carrier] == ["au", "other carrier"]


@pytest.mark.parametrize(
    ("text", "carrier"), [("au", Carrier.AU), (" Other ", Carrier.OTHER), ("他社", Carrier.OTHER)]
)
def test_carrier_parse(text, carrier):
    assert Carrier.parse(text) is carrier


@pytest.mark.parametrize("text", ["docomo", "", None])
def test_carrier_parse_rejects_others(text):
    with pytest.raises(UnknownItem) as caught:
        Carrier.parse(text)
    assert caught.value.code == "dmp.unknown_carrier"
