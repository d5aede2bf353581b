"""KDDI デバイスマネジメントパック: which request goes by which channel, and when (DMP-7).

- DMP-7 (000 §3.5.1 ア–オ, §3.6): which request goes by which channel, and whether that
  channel is open at a moment (the hours are :mod:`telcobiz.scheduling.hours` constants); the
  loss request's emergency-call-stop note, the monthly report and 簡易故障エントリー.
- For a given device, :func:`check_request` also applies DMP-6 (kitting only for devices
  bought through the site) and DMP-8 (what a restricted device cannot get).

>>> from datetime import datetime
>>> is_channel_open(RequestKind.INQUIRY, RequestChannel.PHONE, datetime(2026, 11, 22, 21, 0))
False
>>> check_request("kitting", "phone").codes
('dmp.channel_not_offered',)
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Final

import attrs

from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.core.text import format_moment
from telcobiz.policy._text import parse_choice
from telcobiz.policy.device_management.devices import DEVICE_LIMIT_ROWS, DmpDevice
from telcobiz.policy.device_management.kitting import _kitting_device_problems
from telcobiz.policy.report import Note, Problem, ProblemKind, Report
from telcobiz.scheduling.calendar import BusinessCalendar
from telcobiz.scheduling.hours import (
    DMP_FAILURE_WEB,
    DMP_INQUIRY_PHONE,
    DMP_INQUIRY_WEB,
    DMP_KITTING_WEB,
    DMP_LOSS_PHONE,
    DMP_LOSS_WEB,
    OpenStatus,
    ServiceHours,
)

__all__ = [
    "EMERGENCY_CALL_STOP_NOTE",
    "MONTHLY_REPORT",
    "QUICK_REPAIR_ENTRY",
    "REQUEST_CHANNELS",
    "QuickRepairEntry",
    "RepairDeviceType",
    "RequestChannel",
    "RequestKind",
    "channels_for",
    "check_request",
    "is_channel_open",
    "is_valid_request",
    "request_status",
    "validate_request",
]


class RequestKind(enum.Enum):
    """What an administrator asks KDDI to do under デバイスマネジメントパック (DMP-7).

    >>> RequestKind.LOSS.label
    'デバイス紛失時の対応'
    """

    KITTING = "kitting"
    LOSS = "loss"
    FAILURE = "failure"
    INQUIRY = "inquiry"

    @property
    def label(self) -> str:
        """The function's name in the source (§3.5.1 ア–エ)."""
        return _REQUEST_LABELS[self]

    @classmethod
    def parse(cls, text: RequestKind | str) -> RequestKind:
        """Read a request kind by value, name or label.

        >>> RequestKind.parse("お問い合わせ対応")
        <RequestKind.INQUIRY: 'inquiry'>
        """
        return parse_choice(cls, text, field="kind", code="dmp.unknown_request")


_REQUEST_LABELS = {
    RequestKind.KITTING: "キット代行",
    RequestKind.LOSS: "デバイス紛失時の対応",
    RequestKind.FAILURE: "デバイス故障時の対応",
    RequestKind.INQUIRY: "お問い合わせ対応",
}


class RequestChannel(enum.Enum):
    """How a request reaches KDDI: the web (the site) or the KDDI support desk's phone.

    >>> RequestChannel.PHONE.label
    '電話受付'
    """

    WEB = "web"
    PHONE = "phone"

    @property
    def label(self) -> str:
        """The source's wording (WEB 受付 / 電話受付)."""
        return {RequestChannel.WEB: "WEB 受付", RequestChannel.PHONE: "電話受付"}[self]

    @classmethod
    def parse(cls, text: RequestChannel | str) -> RequestChannel:
        """Read a channel by value, name or label.

        >>> RequestChannel.parse("WEB")
        <RequestChannel.WEB: 'web'>
        """
        return parse_choice(cls, text, field="channel", code="dmp.unknown_channel")


REQUEST_CHANNELS: Final[Mapping[RequestKind, Mapping[RequestChannel, ServiceHours]]] = (
    MappingProxyType(
        {
            RequestKind.KITTING: MappingProxyType({RequestChannel.WEB: DMP_KITTING_WEB}),
            RequestKind.LOSS: MappingProxyType(
                {RequestChannel.WEB: DMP_LOSS_WEB, RequestChannel.PHONE: DMP_LOSS_PHONE}
            ),
            RequestKind.FAILURE: MappingProxyType({RequestChannel.WEB: DMP_FAILURE_WEB}),
            RequestKind.INQUIRY: MappingProxyType(
                {RequestChannel.WEB: DMP_INQUIRY_WEB, RequestChannel.PHONE: DMP_INQUIRY_PHONE}
            ),
        }
    )
)
"""DMP-7: the channels of each request and their hours (000 §3.5.1 ア–エ).

A missing channel is not offered: kitting and failure requests are not taken by phone.

>>> {kind.name: [channel.name for channel in REQUEST_CHANNELS[kind]] for kind in RequestKind}
{'KITTING': ['WEB'], 'LOSS': ['WEB', 'PHONE'], 'FAILURE': ['WEB'], 'INQUIRY': ['WEB', 'PHONE']}
"""

_NO_PHONE = {
    RequestKind.KITTING: (
        "キット代行に関するお電話による受付は行っておりません。",
        Citation(BOS_DMP_GUIDE, "§3.5.1 (ア) キット代行", rule="DMP-7"),
    ),
    RequestKind.FAILURE: (
        "デバイス故障時の対応依頼に関するお電話による受付は行っておりません。",
        Citation(BOS_DMP_GUIDE, "§3.5.1 (ウ) デバイス故障時の対応", rule="DMP-7"),
    ),
}

EMERGENCY_CALL_STOP_NOTE: Final = Note(
    message=(
        "the emergency call stop runs whatever the outcome of the lock/wipe, so a lock/wipe may "
        "run once the stop is lifted and the device connects again"
    ),
    message_ja=(
        "※ 緊急通話停止はロック/ワイプの結果にかかわらず実施されるため、緊急通話停止を解除し"
        "通信できた段階でロックワイプが実行される場合がございます。"
    ),
    rule="DMP-7",
    citation=Citation(BOS_DMP_GUIDE, "§3.5.1 (イ) デバイス紛失時の対応", rule="DMP-7"),
)
"""DMP-7: the loss request's note on the emergency call stop (000 §3.5.1 イ).

>>> EMERGENCY_CALL_STOP_NOTE.message_ja.startswith("※ 緊急通話停止は")
True
"""

MONTHLY_REPORT: Final = Note(
    message="a monthly operations report for administrators can be read online",
    message_ja="オンラインで管理者さま向け月次運用レポートの参照が可能です。",
    rule="DMP-7",
    citation=Citation(BOS_DMP_GUIDE, "§3.5.1 (オ) 月次運用レポート", rule="DMP-7"),
)
"""DMP-7: the monthly operations report is online (000 §3.5.1 オ).

>>> MONTHLY_REPORT.citation.section
'§3.5.1 (オ) 月次運用レポート'
"""


def channels_for(kind: RequestKind | str) -> Mapping[RequestChannel, ServiceHours]:
    """Return the channels that take ``kind`` requests, with their hours (DMP-7).

    >>> for hours in channels_for("inquiry").values():
    ...     print(hours)
    お問い合わせ対応（WEB受付）: 毎日（365日） 24時間
    お問い合わせ対応（電話受付）: 年末年始を除く毎日 9:00–21:00 JST
    """
    return REQUEST_CHANNELS[RequestKind.parse(kind)]


def request_status(
    kind: RequestKind | str,
    channel: RequestChannel | str,
    at: datetime,
    *,
    calendar: BusinessCalendar | None = None,
) -> OpenStatus | None:
    """Whether the channel takes ``kind`` requests at ``at`` (``None``: channel not offered).

    >>> status = request_status("inquiry", "phone", datetime(2026, 12, 31, 10, 0))
    >>> status.open, status.next_open.isoformat()
    (False, '2027-01-04T09:00:00+09:00')
    >>> request_status("kitting", "phone", datetime(2026, 12, 1, 10, 0)) is None
    True
    """
    hours = channels_for(kind).get(RequestChannel.parse(channel))
    return None if hours is None else hours.status(at, calendar=calendar)


def is_channel_open(
    kind: RequestKind | str,
    channel: RequestChannel | str,
    at: datetime,
    *,
    calendar: BusinessCalendar | None = None,
) -> bool:
    """Tell whether ``channel`` takes ``kind`` requests at ``at`` (never, if not offered).

    "Is the inquiry phone open now?": pass the current time as ``at`` (naive = JST).

    >>> is_channel_open("inquiry", "phone", datetime(2026, 11, 22, 9, 0))  # a Sunday
    True
    >>> is_channel_open("failure", "phone", datetime(2026, 11, 24, 10, 0))
    False
    """
    status = request_status(kind, channel, at, calendar=calendar)
    return status is not None and status.open


def check_request(
    kind: RequestKind | str,
    channel: RequestChannel | str,
    *,
    device: DmpDevice | None = None,
    at: datetime | None = None,
    calendar: BusinessCalendar | None = None,
) -> Report:
    """Report every reason a ``kind`` request by ``channel`` is not taken (DMP-6..DMP-8).

    Checks that the channel is offered, that it is open at ``at`` (when given), and, for a
    ``device``, DMP-8's limits and DMP-6's "bought through the site". Cautions that do not
    block (the emergency call stop of a loss request, unanswered device questions) are notes.

    >>> from telcobiz.pricing.catalog import Carrier
    >>> check_request("failure", "phone", device=DmpDevice("ios", Carrier.OTHER)).codes
    ('dmp.channel_not_offered', 'dmp.failure_not_for_device')
    >>> report = check_request("inquiry", "phone", at=datetime(2027, 1, 2, 10, 0))
    >>> report.codes
    ('dmp.channel_closed',)
    >>> check_request("loss", "phone", at=datetime(2027, 1, 2, 3, 0)).ok
    True
    """
    request = RequestKind.parse(kind)
    way = RequestChannel.parse(channel)
    hours = REQUEST_CHANNELS[request].get(way)
    problems: list[Problem] = []
    notes: list[Note] = []
    citations: list[Citation] = []
    if hours is None:
        sentence, citation = _NO_PHONE[request]
        problems.append(
            Problem(
                code="dmp.channel_not_offered",
                message=f"{request.label} requests are not taken by phone; use the web",
                message_ja=sentence,
                field="channel",
                value=repr(way.value),
                rule="DMP-7",
                citation=citation,
                kind=ProblemKind.RULE,
            )
        )
    else:
        citations.append(hours.citation)
        if at is not None:
            status = hours.status(at, calendar=calendar)
            if not status.open:
                problems.append(_closed(hours, status))
    if device is not None:
        problems.extend(_device_request_problems(request, device))
        notes.extend(_device_request_notes(request, device))
    if request is RequestKind.LOSS and (device is None or not device.restricted):
        notes.append(EMERGENCY_CALL_STOP_NOTE)
    subject = f"{request.label} request by {way.value}"
    return Report.of(subject, problems, notes=notes, rules=["DMP-7"], citations=citations)


def _closed(hours: ServiceHours, status: OpenStatus) -> Problem:
    at, opens = format_moment(status.at), format_moment(status.next_open)
    return Problem(
        code="dmp.channel_closed",
        message=f"{hours.name} is closed at {at} JST ({hours.text}); it opens next at {opens} JST",
        message_ja=f"{hours.name}は{at}（JST）に受付時間外です（{hours.text}）。次の開始は{opens}です。",
        field="at",
        value=repr(status.at.isoformat()),
        rule="DMP-7",
        citation=hours.citation,
        kind=ProblemKind.RULE,
    )


def _device_request_problems(request: RequestKind, device: DmpDevice) -> list[Problem]:
    if request is RequestKind.KITTING:
        return _kitting_device_problems(device)
    if request is RequestKind.FAILURE and device.restricted:
        return [
            Problem(
                code="dmp.failure_not_for_device",
                message=f"failure requests are not accepted for a {device.describe('en')}",
                message_ja=DEVICE_LIMIT_ROWS[2].restriction,
                field="device",
                value=None,
                rule="DMP-8",
                citation=DEVICE_LIMIT_ROWS[2].citation,
                kind=ProblemKind.RULE,
            )
        ]
    return []


def _device_request_notes(request: RequestKind, device: DmpDevice) -> list[Note]:
    if not device.restricted:
        return []
    if request is RequestKind.LOSS:
        row = DEVICE_LIMIT_ROWS[1]
        message = (
            "lock/wipe is possible but the emergency call stop is not linked: ask the device's "
            "carrier to stop emergency calls"
        )
        return [Note(message, row.restriction, "DMP-8", row.citation)]
    if request is RequestKind.INQUIRY:
        row = DEVICE_LIMIT_ROWS[3]
        return [
            Note(
                "questions about the device may go unanswered",
                row.restriction,
                "DMP-8",
                row.citation,
            )
        ]
    return []


def validate_request(
    kind: RequestKind | str,
    channel: RequestChannel | str,
    *,
    device: DmpDevice | None = None,
    at: datetime | None = None,
    calendar: BusinessCalendar | None = None,
) -> None:
    """Raise the first problem of :func:`check_request`.

    >>> validate_request("kitting", "phone")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: キット代行 requests are not taken by phone; use the web
    """
    check_request(kind, channel, device=device, at=at, calendar=calendar).raise_first()


def is_valid_request(
    kind: RequestKind | str,
    channel: RequestChannel | str,
    *,
    device: DmpDevice | None = None,
    at: datetime | None = None,
    calendar: BusinessCalendar | None = None,
) -> bool:
    """Tell whether :func:`check_request` finds no problem.

    >>> from telcobiz.pricing.catalog import Carrier
    >>> is_valid_request("loss", "web", device=DmpDevice("android", Carrier.OTHER))
    True
    """
    return check_request(kind, channel, device=device, at=at, calendar=calendar).ok


class RepairDeviceType(enum.Enum):
    """The device types of 簡易故障エントリー, each with its own repair procedure (000 §3.6).

    >>> [kind.label for kind in RepairDeviceType]
    ['iOS', 'iOS レンタル', 'Android']
    """

    IOS = "ios"
    IOS_RENTAL = "ios_rental"
    ANDROID = "android"

    @property
    def label(self) -> str:
        """The device type as the source writes it."""
        return {
            RepairDeviceType.IOS: "iOS",
            RepairDeviceType.IOS_RENTAL: "iOS レンタル",
            RepairDeviceType.ANDROID: "Android",
        }[self]


@attrs.frozen
class QuickRepairEntry:
    """簡易故障エントリー: repair requests by a procedure per device type, no application.

    >>> QUICK_REPAIR_ENTRY.application_needed
    False
    """

    device_types: tuple[RepairDeviceType, ...]
    application_needed: bool
    text: str
    citation: Citation


QUICK_REPAIR_ENTRY: Final = QuickRepairEntry(
    device_types=tuple(RepairDeviceType),
    application_needed=False,
    text="弊社への申請は必要ありません。",
    citation=Citation(BOS_DMP_GUIDE, "§3.6", rule="DMP-7"),
)
"""DMP-7: 簡易故障エントリー for DMP customers (000 §3.6).

>>> len(QUICK_REPAIR_ENTRY.device_types)
3
"""
