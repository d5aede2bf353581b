"""KDDI デバイスマネジメントパック: who can get what (DMP-2, DMP-5, DMP-6, DMP-7, DMP-8, DMP-9).

The rules of the BOS/DMP guide (000) that answer "yes" or "no", as cited data:

- DMP-2: options only on the OSes they support, and only on top of the basic service
  (KDDI Smart Mobile Safety Manager). The option table itself is
  :class:`~telcobiz.pricing.catalog.DmpOption`, shared with pricing.
- DMP-5: security levels 高/中/低 with the default 中 and what each restricts (examples only,
  as the source's 「など」 says).
- DMP-6: the kitting tasks per OS, only for devices bought through the site.
- DMP-7: which request goes by which channel, and whether that channel is open at a moment
  (the hours are :mod:`telcobiz.scheduling.hours` constants).
- DMP-8: what a device on a non-au line, or a Wi-Fi-only device KDDI did not sell, cannot get.
- DMP-9: moving from standalone or Basic Pack SMSM needs deletion and new registration.

>>> from datetime import datetime
>>> check_options(DeviceOS.IOS, [DmpOption.BACKUP]).codes
('dmp.option_not_for_os',)
>>> security_level().level
<SecurityLevel.MEDIUM: 'medium'>
>>> is_channel_open(RequestKind.INQUIRY, RequestChannel.PHONE, datetime(2026, 11, 22, 21, 0))
False
>>> device_limits(DmpDevice(DeviceOS.ANDROID, Carrier.OTHER)).failure_requests
False
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Final

import attrs

from telcobiz.core.citation import BOS_DMP_GUIDE, RULEBOOK, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.text import check_lang, format_moment
from telcobiz.policy._text import parse_choice
from telcobiz.policy.report import Note, Problem, ProblemKind, Report
from telcobiz.pricing.catalog import OPTIONS_CITATION, Carrier, DeviceOS, DmpOption
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
    "BASIC_SERVICE",
    "DEFAULT_SECURITY_LEVEL",
    "DEVICE_LIMIT_ROWS",
    "EMERGENCY_CALL_STOP_NOTE",
    "KITTING_TASKS",
    "MIGRATION_MANUAL",
    "MONTHLY_REPORT",
    "QUICK_REPAIR_ENTRY",
    "REQUEST_CHANNELS",
    "SECURITY_LEVELS",
    "DeviceLimit",
    "DeviceLimits",
    "DmpDevice",
    "KittingTask",
    "MigrationNotice",
    "QuickRepairEntry",
    "RepairDeviceType",
    "RequestChannel",
    "RequestKind",
    "RestrictionExample",
    "SecurityLevel",
    "SecurityLevelRule",
    "SmsmContract",
    "channels_for",
    "check_kitting",
    "check_migration",
    "check_options",
    "check_request",
    "device_limits",
    "is_channel_open",
    "is_valid_kitting",
    "is_valid_options",
    "is_valid_request",
    "kitting_tasks",
    "migration_notice",
    "options_for",
    "request_status",
    "restriction_examples",
    "security_level",
    "validate_kitting",
    "validate_migration",
    "validate_options",
    "validate_request",
]

_DMP_2_BASIC = Citation(
    BOS_DMP_GUIDE, "§3.5.2", row="基本サービスとするオプションサービス", rule="DMP-2"
)
_DMP_5 = Citation(BOS_DMP_GUIDE, "§3.5.1 (ア)", row="セキュリティレベル 適用例", rule="DMP-5")
_DMP_5_DEFAULT = Citation(
    BOS_DMP_GUIDE, "§3.5.1 (ア)", row="【ポイント】セキュリティレベルについて", rule="DMP-5"
)
_DMP_5_DECISION = Citation(RULEBOOK, "DMP-5 Decision (Androidのみ, など)", rule="DMP-5")
_DMP_6 = Citation(
    BOS_DMP_GUIDE, "§3.5.1 (ア) キット代行", row="スマートデバイス設定作業", rule="DMP-6"
)
_DMP_8 = Citation(BOS_DMP_GUIDE, "§3.5.5", rule="DMP-8")
_DMP_9 = Citation(BOS_DMP_GUIDE, "§5.4", rule="DMP-9")


def _os(value: DeviceOS | str) -> DeviceOS:
    return value if isinstance(value, DeviceOS) else DeviceOS.parse(value)


def _option(value: DmpOption | str) -> DmpOption:
    return value if isinstance(value, DmpOption) else DmpOption.parse(value)


# -- DMP-2: options -------------------------------------------------------------------------

BASIC_SERVICE: Final = "KDDI Smart Mobile Safety Manager"
"""DMP-2: the basic service every option is built on (000 §3.5.2).

>>> BASIC_SERVICE
'KDDI Smart Mobile Safety Manager'
"""


def options_for(os: DeviceOS | str) -> tuple[DmpOption, ...]:
    """Return the options offered for ``os``, in catalogue order (DMP-2, 000 §3.5.2).

    >>> [option.label for option in options_for("ios")]
    ['メッセージ通知']
    >>> len(options_for(DeviceOS.ANDROID))
    4
    """
    device_os = _os(os)
    return tuple(option for option in DmpOption if option.supports(device_os))


def check_options(
    os: DeviceOS | str, options: Iterable[DmpOption | str], *, basic_service: bool = True
) -> Report:
    """Report every option that its OS does not support, and options without the basic service.

    An option is a per-device add-on to the basic service (KDDI Smart Mobile Safety Manager);
    ``basic_service=False`` describes a device without it. Options may be given as members or
    by name or label; a repeated option counts once.

    >>> report = check_options("ios", ["バックアップ", "ウイルス対策"], basic_service=False)
    >>> report.codes
    ('dmp.option_not_for_os', 'dmp.option_not_for_os', 'dmp.option_without_basic')
    >>> check_options("android", list(DmpOption)).ok
    True
    """
    device_os = _os(os)
    chosen = tuple(dict.fromkeys(_option(option) for option in options))
    problems = [
        Problem(
            code="dmp.option_not_for_os",
            message=(
                f"option {option.value} ({option.label}) is offered for "
                f"{_os_list(option)} only, not {device_os.label}"
            ),
            message_ja=(
                f"{option.label}は対象 OS：{_os_list(option, sep='、')}のオプションです"
                f"（{device_os.label}では利用できません）"
            ),
            field="options",
            value=repr(option.value),
            rule="DMP-2",
            citation=OPTIONS_CITATION,
            kind=ProblemKind.RULE,
        )
        for option in chosen
        if not option.supports(device_os)
    ]
    if chosen and not basic_service:
        problems.append(
            Problem(
                code="dmp.option_without_basic",
                message=(
                    "options are added to the basic service (KDDI Smart Mobile Safety Manager) "
                    "only; the device has no basic service"
                ),
                message_ja=(
                    "オプションサービスは KDDI Smart Mobile Safety Manager を基本サービスとする"
                    "サービスです（基本サービスなしでは利用できません）"
                ),
                field="basic_service",
                value="False",
                rule="DMP-2",
                citation=_DMP_2_BASIC,
                kind=ProblemKind.RULE,
            )
        )
    subject = f"DMP options for {device_os.label}: " + (
        ", ".join(option.label for option in chosen) or "none"
    )
    return Report.of(subject, problems, rules=["DMP-2"], citations=[OPTIONS_CITATION])


def validate_options(
    os: DeviceOS | str, options: Iterable[DmpOption | str], *, basic_service: bool = True
) -> tuple[DmpOption, ...]:
    """Raise the first problem of :func:`check_options`; return the options, each once.

    >>> validate_options("android", ["virus", "backup"])
    (<DmpOption.VIRUS_PROTECTION: 'virus_protection'>, <DmpOption.BACKUP: 'backup'>)
    >>> validate_options("ios", ["backup"])
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: option backup (バックアップ) is offered for Android only, \
not iOS
    """
    chosen = tuple(dict.fromkeys(_option(option) for option in options))
    check_options(os, chosen, basic_service=basic_service).raise_first()
    return chosen


def is_valid_options(
    os: DeviceOS | str, options: Iterable[DmpOption | str], *, basic_service: bool = True
) -> bool:
    """Tell whether :func:`check_options` finds no problem.

    >>> is_valid_options("ios", ["message_notification"])
    True
    """
    return check_options(os, options, basic_service=basic_service).ok


def _os_list(option: DmpOption, sep: str = ", ") -> str:
    return sep.join(os.label for os in DeviceOS if os in option.supported_os)


# -- DMP-5: security levels -----------------------------------------------------------------


class SecurityLevel(enum.Enum):
    """The security levels a customer chooses for kitting (セキュリティレベル, DMP-5).

    >>> SecurityLevel.parse("高"), SecurityLevel.LOW.label
    (<SecurityLevel.HIGH: 'high'>, '低')
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def label(self) -> str:
        """The level's name in the source (高／中／低)."""
        return {SecurityLevel.HIGH: "高", SecurityLevel.MEDIUM: "中", SecurityLevel.LOW: "低"}[self]

    @classmethod
    def parse(cls, text: SecurityLevel | str) -> SecurityLevel:
        """Read a level by value, name or label (``high``, ``HIGH``, ``高``).

        >>> SecurityLevel.parse("medium")
        <SecurityLevel.MEDIUM: 'medium'>
        """
        return parse_choice(cls, text, field="level", code="dmp.unknown_security_level")


DEFAULT_SECURITY_LEVEL: Final = SecurityLevel.MEDIUM
"""DMP-5: 「セキュリティレベルのデフォルト設定は「中」となります。」 (000 §3.5.1 ア).

>>> DEFAULT_SECURITY_LEVEL.label
'中'
"""


@attrs.frozen
class RestrictionExample:
    """One example of what a security level sets, with the OSes it is limited to, if any.

    ``only`` is empty when the source does not limit the item to an OS.

    >>> sd = RestrictionExample("SDカード制限", (DeviceOS.ANDROID,))
    >>> sd.applies_to(DeviceOS.IOS), str(sd)
    (False, 'SDカード制限 (Androidのみ)')
    """

    label: str
    only: tuple[DeviceOS, ...] = ()

    def applies_to(self, os: DeviceOS | str) -> bool:
        """Tell whether the example can apply to a device with ``os``.

        >>> RestrictionExample("カメラ利用禁止").applies_to("ios")
        True
        """
        return not self.only or _os(os) in self.only

    def __str__(self) -> str:
        if not self.only:
            return self.label
        return (
            f"{self.label} (" + "・".join(os.label for os in DeviceOS if os in self.only) + "のみ)"
        )


@attrs.frozen
class SecurityLevelRule:
    """What one security level does (000 §3.5.1 ア, 適用例).

    ``examples`` are examples only (the source ends each list with 「など」), so
    ``examples_complete`` is ``False``; a level without examples restricts no device function.

    >>> rule = SECURITY_LEVELS[SecurityLevel.LOW]
    >>> rule.loss_handling, rule.function_limits, rule.examples
    (True, False, ())
    """

    level: SecurityLevel
    loss_handling: bool
    function_limits: bool
    common_policy: bool
    examples: tuple[RestrictionExample, ...]
    examples_complete: bool
    customers: str
    example_text: str
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def is_default(self) -> bool:
        """True for the default level 中.

        >>> SECURITY_LEVELS[SecurityLevel.MEDIUM].is_default
        True
        """
        return self.level is DEFAULT_SECURITY_LEVEL

    def explain(self, lang: str = "ja") -> str:
        """Describe the level, whom it suits and its examples, as the source states them.

        >>> print(SECURITY_LEVELS[SecurityLevel.HIGH].explain("en"))
        security level 高: loss handling + device function limits
        examples (not a complete list): カメラ利用禁止, 有料コンテンツ制限, SDカード制限 ...
        source: デバイス紛失時の対応とデバイス機能の利用制限をしたいお客さま ※カメラ利用禁止、...
        """
        check_lang(lang)
        parts_en = ["loss handling"]
        parts_ja = ["デバイス紛失時の対応"]
        if self.function_limits:
            parts_en.append("device function limits")
            parts_ja.append("デバイス機能の利用制限")
        if self.common_policy:
            parts_en.append("common security policy")
            parts_ja.append("一般的なセキュリティポリシー")
        examples = ", ".join(map(str, self.examples))
        default = ""
        if lang == "ja":
            if self.is_default:
                default = "（デフォルト）"
            lines = [f"セキュリティレベル {self.level.label}{default}: " + "＋".join(parts_ja)]
            lines.append(f"例（すべてではありません）: {examples}" if examples else "機能制限なし")
            lines.append(f"出典: {self.customers} {self.example_text}")
            return "\n".join(lines)
        if self.is_default:
            default = " (default)"
        lines = [f"security level {self.level.label}{default}: " + " + ".join(parts_en)]
        lines.append(
            f"examples (not a complete list): {examples}" if examples else "no function limits"
        )
        lines.append(f"source: {self.customers} {self.example_text}")
        return "\n".join(lines)


SECURITY_LEVELS: Final[Mapping[SecurityLevel, SecurityLevelRule]] = MappingProxyType(
    {
        SecurityLevel.HIGH: SecurityLevelRule(
            SecurityLevel.HIGH,
            loss_handling=True,
            function_limits=True,
            common_policy=False,
            examples=(
                RestrictionExample("カメラ利用禁止"),
                RestrictionExample("有料コンテンツ制限"),
                RestrictionExample("SDカード制限", (DeviceOS.ANDROID,)),
            ),
            examples_complete=False,
            customers="デバイス紛失時の対応とデバイス機能の利用制限をしたいお客さま",
            example_text="※カメラ利用禁止、有料コンテンツ制限、SDカード制限 (Androidのみ) など",
            rules=("DMP-5",),
            citations=(_DMP_5, _DMP_5_DECISION),
        ),
        SecurityLevel.MEDIUM: SecurityLevelRule(
            SecurityLevel.MEDIUM,
            loss_handling=True,
            function_limits=False,
            common_policy=True,
            examples=(
                RestrictionExample("パスワードポリシー設定"),
                RestrictionExample("iCloud 連携制限"),
            ),
            examples_complete=False,
            customers="デバイス紛失時の対応と一般的なセキュリティポリシーを適用したいお客さま",
            example_text="※パスワードポリシー設定、iCloud 連携制限など",
            rules=("DMP-5",),
            citations=(_DMP_5, _DMP_5_DEFAULT),
        ),
        SecurityLevel.LOW: SecurityLevelRule(
            SecurityLevel.LOW,
            loss_handling=True,
            function_limits=False,
            common_policy=False,
            examples=(),
            examples_complete=True,
            customers="デバイス紛失時の対応のみ利用したいお客さま",
            example_text="※デバイス機能の利用制限は設定しません",
            rules=("DMP-5",),
            citations=(_DMP_5,),
        ),
    }
)
"""DMP-5: the three security levels (000 §3.5.1 ア). The 低 list is complete: it sets none.

>>> [str(example) for example in SECURITY_LEVELS[SecurityLevel.MEDIUM].examples]
['パスワードポリシー設定', 'iCloud 連携制限']
"""


def security_level(level: SecurityLevel | str | None = None) -> SecurityLevelRule:
    """Return the rule of ``level``; ``None`` gives the default level 中 (DMP-5).

    >>> security_level().level.label, security_level("high").function_limits
    ('中', True)
    """
    chosen = DEFAULT_SECURITY_LEVEL if level is None else SecurityLevel.parse(level)
    return SECURITY_LEVELS[chosen]


def restriction_examples(
    level: SecurityLevel | str | None = None, *, os: DeviceOS | str | None = None
) -> tuple[RestrictionExample, ...]:
    """Return the level's examples that can apply to ``os`` (all when ``os`` is ``None``).

    The SD card limit is Android only, so an iOS device at 高 drops it (DMP-5 Decision).

    >>> [example.label for example in restriction_examples("高", os="ios")]
    ['カメラ利用禁止', '有料コンテンツ制限']
    """
    examples = security_level(level).examples
    if os is None:
        return examples
    return tuple(example for example in examples if example.applies_to(os))


# -- devices and DMP-8 -----------------------------------------------------------------------


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


# -- DMP-6: kitting --------------------------------------------------------------------------


class KittingTask(enum.Enum):
    """The device set-up tasks of キット代行 (スマートデバイス設定作業, DMP-6).

    >>> KittingTask.EXCHANGE_ACTIVESYNC.label
    'Exchange Active Sync 設定'
    """

    SMSM_ACTIVATION = "smsm_activation"
    SECURITY_LEVEL = "security_level"
    WIFI = "wifi"
    EXCHANGE_ACTIVESYNC = "exchange_activesync"

    @property
    def label(self) -> str:
        """The task as the source names it."""
        return _KITTING_LABELS[self]

    @classmethod
    def parse(cls, text: KittingTask | str) -> KittingTask:
        """Read a task by value, name or label.

        >>> KittingTask.parse("wifi")
        <KittingTask.WIFI: 'wifi'>
        """
        return parse_choice(cls, text, field="tasks", code="dmp.unknown_kitting_task")


_KITTING_LABELS = {
    KittingTask.SMSM_ACTIVATION: "KDDI Smart Mobile Safety Manager の有効化",
    KittingTask.SECURITY_LEVEL: "お客さまに選択いただくセキュリティレベル設定「高／中／低」",
    KittingTask.WIFI: "Wi-Fi 設定",
    KittingTask.EXCHANGE_ACTIVESYNC: "Exchange Active Sync 設定",
}

_COMMON_TASKS = (KittingTask.SMSM_ACTIVATION, KittingTask.SECURITY_LEVEL, KittingTask.WIFI)

KITTING_TASKS: Final[Mapping[DeviceOS, tuple[KittingTask, ...]]] = MappingProxyType(
    {
        DeviceOS.IOS: (*_COMMON_TASKS, KittingTask.EXCHANGE_ACTIVESYNC),
        DeviceOS.ANDROID: _COMMON_TASKS,
    }
)
"""DMP-6: the kitting tasks per OS (000 §3.5.1 ア); Exchange ActiveSync is iOS only.

>>> [task.name for task in KITTING_TASKS[DeviceOS.ANDROID]]
['SMSM_ACTIVATION', 'SECURITY_LEVEL', 'WIFI']
"""


def kitting_tasks(os: DeviceOS | str) -> tuple[KittingTask, ...]:
    """Return the kitting tasks done for a device with ``os`` (DMP-6).

    >>> len(kitting_tasks("ios")), len(kitting_tasks("android"))
    (4, 3)
    """
    return KITTING_TASKS[_os(os)]


def _kitting_device_problems(device: DmpDevice) -> list[Problem]:
    problems = []
    if device.restricted:
        problems.append(
            Problem(
                code="dmp.kitting_not_for_device",
                message=(
                    f"no kitting for a {device.describe('en')}: KDDI cannot set up devices on "
                    "another carrier's line or Wi-Fi-only devices it did not sell"
                ),
                message_ja=DEVICE_LIMIT_ROWS[0].restriction,
                field="device",
                value=None,
                rule="DMP-8",
                citation=DEVICE_LIMIT_ROWS[0].citation,
                kind=ProblemKind.RULE,
            )
        )
    if not device.bought_on_site:
        problems.append(
            Problem(
                code="dmp.kitting_not_bought_on_site",
                message=(
                    "kitting is done only for devices bought through KDDI ビジネスオンライン"
                    "サポート"
                ),
                message_ja=(
                    "キット代行は KDDI ビジネスオンラインサポートから購入いただいたスマート"
                    "デバイスが対象です"
                ),
                field="device.bought_on_site",
                value="False",
                rule="DMP-6",
                citation=_DMP_6,
                kind=ProblemKind.RULE,
            )
        )
    return problems


def check_kitting(device: DmpDevice, tasks: Iterable[KittingTask | str] | None = None) -> Report:
    """Report why ``device`` cannot get kitting, or why a task is not done for its OS.

    ``tasks=None`` asks for every task of the OS.

    >>> check_kitting(DmpDevice("android"), ["exchange_activesync"]).codes
    ('dmp.kitting_task_not_for_os',)
    >>> check_kitting(DmpDevice("ios", Carrier.OTHER, bought_on_site=False)).codes
    ('dmp.kitting_not_for_device', 'dmp.kitting_not_bought_on_site')
    >>> check_kitting(DmpDevice("ios")).ok
    True
    """
    offered = KITTING_TASKS[device.os]
    wanted = offered if tasks is None else tuple(dict.fromkeys(map(KittingTask.parse, tasks)))
    problems = _kitting_device_problems(device)
    problems.extend(
        Problem(
            code="dmp.kitting_task_not_for_os",
            message=f"kitting task {task.label} is done for iOS only, not {device.os.label}",
            message_ja=(
                f"{task.label}は iOS 向けのみの設定作業です（{device.os.label}向けはありません）"
            ),
            field="tasks",
            value=repr(task.value),
            rule="DMP-6",
            citation=_DMP_6,
            kind=ProblemKind.RULE,
        )
        for task in wanted
        if task not in offered
    )
    subject = f"kitting for a {device.describe('en')}"
    return Report.of(subject, problems, rules=["DMP-6"], citations=[_DMP_6])


def validate_kitting(device: DmpDevice, tasks: Iterable[KittingTask | str] | None = None) -> None:
    """Raise the first problem of :func:`check_kitting`.

    >>> validate_kitting(DmpDevice("ios"), ["wifi"])
    >>> validate_kitting(DmpDevice("ios", bought_on_site=False))
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: kitting is done only for devices bought through KDDI \
ビジネスオンラインサポート
    """
    check_kitting(device, tasks).raise_first()


def is_valid_kitting(device: DmpDevice, tasks: Iterable[KittingTask | str] | None = None) -> bool:
    """Tell whether :func:`check_kitting` finds no problem.

    >>> is_valid_kitting(DmpDevice("android", None, sold_by_kddi=False))
    False
    """
    return check_kitting(device, tasks).ok


# -- DMP-7: request channels ------------------------------------------------------------------


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


# -- DMP-9: migration from standalone / Basic Pack SMSM ----------------------------------------


class SmsmContract(enum.Enum):
    """An existing KDDI Smart Mobile Safety Manager contract outside DMP (DMP-9).

    >>> SmsmContract.BASIC_PACK.label
    'ベーシックパック'
    """

    STANDALONE = "standalone"
    BASIC_PACK = "basic_pack"

    @property
    def label(self) -> str:
        """The source's wording (単体 / ベーシックパック)."""
        return {SmsmContract.STANDALONE: "単体", SmsmContract.BASIC_PACK: "ベーシックパック"}[self]

    @classmethod
    def parse(cls, text: SmsmContract | str) -> SmsmContract:
        """Read a contract by value, name or label.

        >>> SmsmContract.parse("単体")
        <SmsmContract.STANDALONE: 'standalone'>
        """
        return parse_choice(cls, text, field="current", code="dmp.unknown_smsm_contract")


MIGRATION_MANUAL: Final = (
    "KDDI Smart Mobile Safety Manager→KDDI デバイスマネジメントパック移行マニュアル"
)
"""DMP-9: the separate manual for the move (000 §5.4).

>>> MIGRATION_MANUAL.endswith("移行マニュアル")
True
"""

_MIGRATION_STEPS = ("デバイスの削除", "新規登録作業")
_MIGRATION_TEXT = (
    "単体またはベーシックパックの KDDI Smart Mobile Safety Manager から KDDI デバイスマネジメント"
    "パックへ移行されたい場合はデバイスの削除および新規登録作業が必要となります。"
)
_POLICY_TEXT = (
    "単体またはベーシックパックの KDDI Smart Mobile Safety Manager にて設定した既存のポリシーを"
    "そのまま引き継ぐことはできません。"
)


@attrs.frozen
class MigrationNotice:
    """What moving to デバイスマネジメントパック means for an existing SMSM contract (DMP-9).

    >>> notice = migration_notice("basic_pack")
    >>> notice.needed, notice.steps, notice.policies_carried_over
    (True, ('デバイスの削除', '新規登録作業'), False)
    """

    needed: bool
    current: SmsmContract | None
    steps: tuple[str, ...]
    policies_carried_over: bool
    manual: str | None
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __str__(self) -> str:
        if not self.needed:
            return "no existing SMSM contract: no migration steps"
        return (
            f"moving from {self.current.label if self.current else ''} SMSM to DMP: delete the "
            "devices and register them again; existing policies are not carried over"
        )

    def explain(self, lang: str = "ja") -> str:
        """Give the notice as the source words it (ja) or in English, with the citations.

        >>> print(migration_notice(None).explain("en"))
        no existing SMSM contract: no migration steps
        rules: DMP-9
        - DMP-9: KDDI ビジネスオンラインサポート および KDDI デバイスマネジメントパック ... §5.4
        """
        check_lang(lang)
        if not self.needed:
            lines = ["既存の SMSM 契約なし: 移行作業は不要です" if lang == "ja" else str(self)]
        elif lang == "ja":
            lines = [_MIGRATION_TEXT, _POLICY_TEXT, f"移行作業: 「{self.manual}」"]
        else:
            lines = [str(self), f"manual: {self.manual}"]
        lines.append(("根拠" if lang == "ja" else "rules") + ": " + ", ".join(self.rules))
        lines.extend(f"- {citation}" for citation in self.citations)
        return "\n".join(lines)


def migration_notice(current: SmsmContract | str | None) -> MigrationNotice:
    """Return the DMP-9 notice for devices under ``current`` (``None``: no SMSM contract).

    The DMP basic service is a different service from standalone or Basic Pack SMSM: the
    devices are deleted and registered again, and their policies are set up anew.

    >>> print(migration_notice("standalone").explain("ja").splitlines()[1])
    単体またはベーシックパックの KDDI Smart Mobile Safety Manager にて設定した既存のポリシーを...
    """
    contract = None if current is None else SmsmContract.parse(current)
    needed = contract is not None
    return MigrationNotice(
        needed=needed,
        current=contract,
        steps=_MIGRATION_STEPS if needed else (),
        policies_carried_over=not needed,
        manual=MIGRATION_MANUAL if needed else None,
        rules=("DMP-9",),
        citations=(_DMP_9,),
    )


def check_migration(
    current: SmsmContract | str | None,
    *,
    devices_reregistered: bool,
    keeps_policies: bool = False,
) -> Report:
    """Report what a move to DMP plan misses: re-registration, or policies it expects to keep.

    Args:
        current: the existing SMSM contract (``None``: the devices have none).
        devices_reregistered: the plan deletes the devices and registers them again.
        keeps_policies: the plan expects the existing SMSM policies to carry over.

    >>> check_migration("単体", devices_reregistered=False, keeps_policies=True).codes
    ('dmp.migration_needs_reregistration', 'dmp.policies_not_carried_over')
    >>> check_migration(None, devices_reregistered=False).ok
    True
    """
    notice = migration_notice(current)
    problems = []
    if notice.needed and not devices_reregistered:
        problems.append(
            Problem(
                code="dmp.migration_needs_reregistration",
                message=(
                    "moving from standalone or Basic Pack SMSM to DMP needs the devices deleted "
                    "and registered again"
                ),
                message_ja=_MIGRATION_TEXT,
                field="devices_reregistered",
                value="False",
                rule="DMP-9",
                citation=_DMP_9,
                kind=ProblemKind.RULE,
            )
        )
    if notice.needed and keeps_policies:
        problems.append(
            Problem(
                code="dmp.policies_not_carried_over",
                message="policies set in standalone or Basic Pack SMSM are not carried over",
                message_ja=_POLICY_TEXT,
                field="keeps_policies",
                value="True",
                rule="DMP-9",
                citation=Citation(
                    BOS_DMP_GUIDE, "§5.4", row="ポリシーの引継ぎについて", rule="DMP-9"
                ),
                kind=ProblemKind.RULE,
            )
        )
    label = notice.current.label if notice.current else "no"
    return Report.of(
        f"move from {label} SMSM to DMP", problems, rules=["DMP-9"], citations=[_DMP_9]
    )


def validate_migration(
    current: SmsmContract | str | None,
    *,
    devices_reregistered: bool,
    keeps_policies: bool = False,
) -> None:
    """Raise the first problem of :func:`check_migration`.

    >>> validate_migration("basic_pack", devices_reregistered=True)
    """
    check_migration(
        current, devices_reregistered=devices_reregistered, keeps_policies=keeps_policies
    ).raise_first()
