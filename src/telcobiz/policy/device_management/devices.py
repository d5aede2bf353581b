"""KDDI デバイスマネジメントパック: the device model and what a device can get (DMP-8).

:class:`DmpDevice` is the device as the DMP rules see it (OS, line carrier, who sold it, where
it was bought); kitting (DMP-6) and request channels (DMP-7) read it too.

- DMP-8 (000 §3.5.5): what a device on a non-au line, or a Wi-Fi-only device KDDI did not sell,
  cannot get.

>>> device_limits(DmpDevice(DeviceOS.ANDROID, Carrier.OTHER)).failure_requests
False
>>> DmpDevice("ios", None).wifi_only
True
"""

from __future__ import annotations

from typing import Final

import attrs

from telcobiz.core.checks import expect_instance
from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.text import check_lang
from telcobiz.policy._text import parse_choice
from telcobiz.pricing.catalog import Carrier, DeviceOS

__all__ = [
    "DEVICE_LIMIT_ROWS",
    "DeviceLimit",
    "DeviceLimits",
    "DmpDevice",
    "device_limits",
]

_DMP_8 = Citation(BOS_DMP_GUIDE, "§3.5.5", rule="DMP-8")


def _os(value: DeviceOS | str) -> DeviceOS:
    return value if isinstance(value, DeviceOS) else DeviceOS.parse(value)


def _bought_default(device: DmpDevice) -> bool:
    return device.sold_by_kddi


def _check_bought(device: DmpDevice, attribute: attrs.Attribute[bool], value: bool) -> None:
    if value and not device.sold_by_kddi:
        raise InvalidInput.for_value(
            "bought_on_site",
            value,
            "False for a device KDDI did not sell (the site sells KDDI's devices only)",
            code="dmp.inconsistent_device",
        )


def _carrier(value: Carrier | str | None) -> Carrier | None:
    if value is None or isinstance(value, Carrier):
        return value
    return parse_choice(Carrier, value, field="carrier", code="dmp.unknown_carrier")


@attrs.frozen
class DmpDevice:
    """A device under デバイスマネジメントパック, as far as the rules care.

    Attributes:
        os: iOS or Android.
        carrier: the carrier of its line; ``None`` for a Wi-Fi-only device (no line).
        sold_by_kddi: whether KDDI sold the device (matters for Wi-Fi-only devices, DMP-8).
        bought_on_site: bought through KDDI ビジネスオンラインサポート (needed for kitting,
            DMP-6); defaults to ``sold_by_kddi``.

    >>> DmpDevice("android", Carrier.OTHER).restricted
    True
    >>> DmpDevice("ios", None).restricted, DmpDevice("ios", None, sold_by_kddi=False).restricted
    (False, True)
    """

    os: DeviceOS = attrs.field(converter=_os)
    carrier: Carrier | None = attrs.field(default=Carrier.AU, converter=_carrier)
    sold_by_kddi: bool = True
    bought_on_site: bool = attrs.field(
        default=attrs.Factory(_bought_default, takes_self=True), validator=_check_bought
    )

    @property
    def wifi_only(self) -> bool:
        """True for a device without a line (Wi-Fi 専用機).

        >>> DmpDevice("ios", None).wifi_only
        True
        """
        return self.carrier is None

    @property
    def restricted(self) -> bool:
        """True when DMP-8's limits apply: a non-au line, or Wi-Fi only and not sold by KDDI.

        >>> DmpDevice("ios").restricted
        False
        """
        return self.carrier is Carrier.OTHER or (self.wifi_only and not self.sold_by_kddi)

    def describe(self, lang: str = "en") -> str:
        """Describe the device in a few words.

        >>> DmpDevice("ios").describe()
        'iOS device on an au line'
        >>> DmpDevice("android", None, sold_by_kddi=False).describe("ja")
        'KDDI が販売しない Wi-Fi 専用機（Android）'
        """
        check_lang(lang)
        os = self.os.label
        if lang == "ja":
            if self.carrier is Carrier.AU:
                return f"au 回線契約デバイス（{os}）"
            if self.carrier is Carrier.OTHER:
                return f"au 以外の通信事業者と回線契約中のデバイス（{os}）"
            seller = "KDDI が販売した" if self.sold_by_kddi else "KDDI が販売しない"
            return f"{seller} Wi-Fi 専用機（{os}）"
        if self.carrier is Carrier.AU:
            return f"{os} device on an au line"
        if self.carrier is Carrier.OTHER:
            return f"{os} device on another carrier's line"
        seller = "sold by KDDI" if self.sold_by_kddi else "not sold by KDDI"
        return f"Wi-Fi-only {os} device {seller}"


@attrs.frozen
class DeviceLimit:
    """One row of the DMP-8 table: the function and its restriction, as the source writes them.

    >>> DEVICE_LIMIT_ROWS[2].restriction
    '故障時の対応依頼は受け付けられません。'
    """

    function: str
    restriction: str
    citation: Citation


DEVICE_LIMIT_ROWS: Final = (
    DeviceLimit(
        "キット代行",
        "au 以外の通信事業者と回線契約中のデバイスおよび KDDI が販売しない Wi-Fi 専用機に関する"
        "デバイス設定はできません。",
        Citation(BOS_DMP_GUIDE, "§3.5.5", row="キット代行", rule="DMP-8"),
    ),
    DeviceLimit(
        "デバイス紛失時リモートセキュリティ設定依頼",
        "ロック/ワイプは可能ですが、緊急通話停止指示は連動しておりません。直接お客さまにて"
        "他通信事業者まで緊急通話停止をご依頼いただく必要があります。",
        Citation(
            BOS_DMP_GUIDE, "§3.5.5", row="デバイス紛失時リモートセキュリティ設定依頼", rule="DMP-8"
        ),
    ),
    DeviceLimit(
        "故障対応依頼",
        "故障時の対応依頼は受け付けられません。",
        Citation(BOS_DMP_GUIDE, "§3.5.5", row="故障対応依頼", rule="DMP-8"),
    ),
    DeviceLimit(
        "問い合わせ依頼",
        "端末に関するご質問については回答出来ない場合があります。",
        Citation(BOS_DMP_GUIDE, "§3.5.5", row="問い合わせ依頼", rule="DMP-8"),
    ),
)
"""DMP-8: the four limits for restricted devices (000 §3.5.5), in the source's order.

The source's own heading row writes the kitting function 「キitting代行」 (an extraction
glitch); telcobiz uses 「キット代行」 as §3.5.1 ア does.

>>> [row.function for row in DEVICE_LIMIT_ROWS][:2]
['キット代行', 'デバイス紛失時リモートセキュリティ設定依頼']
"""

_SMSM_UNRESTRICTED = (
    "※ KDDI Smart Mobile Safety Manager の機器設定についての制限事項はございません。"
    "au 回線契約デバイスと同様の設定が可能です。"
)


@attrs.frozen
class DeviceLimits:
    """What a device can get under DMP-8; the answer (``restricted``) first.

    >>> limits = device_limits(DmpDevice("android", Carrier.OTHER))
    >>> limits.restricted, limits.kitting, limits.lock_wipe, limits.emergency_call_stop_linked
    (True, False, True, False)
    >>> str(limits)
    "Android device on another carrier's line: DMP-8 limits apply: no kitting, lock/wipe \
without a linked emergency-call stop, no failure requests, device questions may go unanswered"
    """

    restricted: bool
    device: DmpDevice
    kitting: bool
    lock_wipe: bool
    emergency_call_stop_linked: bool
    failure_requests: bool
    device_questions_may_go_unanswered: bool
    smsm_settings_restricted: bool
    limits: tuple[DeviceLimit, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        head = self.device.describe("en")
        if not self.restricted:
            return f"{head}: no DMP-8 limits"
        return (
            f"{head}: DMP-8 limits apply: no kitting, lock/wipe without a linked emergency-call "
            "stop, no failure requests, device questions may go unanswered"
        )

    def explain(self, lang: str = "ja") -> str:
        """Give the answer, each limit as the source writes it, and the citations.

        >>> print(device_limits(DmpDevice("ios")).explain("en"))
        iOS device on an au line: no DMP-8 limits
        rules: DMP-8
        - DMP-8: KDDI ビジネスオンラインサポート および KDDI デバイスマネジメントパック ... §3.5.5
        """
        check_lang(lang)
        if lang == "ja":
            head = self.device.describe("ja") + (
                ": 制限事項あり" if self.restricted else ": 制限事項なし"
            )
        else:
            head = str(self)
        lines = [head]
        lines.extend(f"- {limit.function}: {limit.restriction}" for limit in self.limits)
        if self.restricted:
            lines.append(f"- {_SMSM_UNRESTRICTED}")
        lines.append(("根拠" if lang == "ja" else "rules") + ": " + ", ".join(self.rules))
        lines.extend(f"- {citation}" for citation in self.citations)
        return "\n".join(lines)


def device_limits(device: DmpDevice) -> DeviceLimits:
    """Tell what ``device`` can and cannot get under DMP-8 (000 §3.5.5).

    SMSM settings are never restricted: such a device is set like an au device.

    >>> device_limits(DmpDevice("ios", None, sold_by_kddi=False)).kitting
    False
    >>> device_limits(DmpDevice("ios", None)).kitting  # a Wi-Fi model KDDI sold
    True
    """
    expect_instance(device, DmpDevice, "device", code="dmp.bad_device")
    restricted = device.restricted
    return DeviceLimits(
        restricted=restricted,
        device=device,
        kitting=not restricted,
        lock_wipe=True,
        emergency_call_stop_linked=not restricted,
        failure_requests=not restricted,
        device_questions_may_go_unanswered=restricted,
        smsm_settings_restricted=False,
        limits=DEVICE_LIMIT_ROWS if restricted else (),
        rules=("DMP-8",),
        citations=(_DMP_8,),
    )
