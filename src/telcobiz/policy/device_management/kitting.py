"""KDDI デバイスマネジメントパック: kitting (キット代行) tasks and who gets them (DMP-6).

- DMP-6 (000 §3.5.1 ア): the kitting tasks per OS, only for devices bought through the site;
  DMP-8's restricted devices get no kitting.

>>> [task.name for task in kitting_tasks("android")]
['SMSM_ACTIVATION', 'SECURITY_LEVEL', 'WIFI']
>>> check_kitting(DmpDevice("ios", bought_on_site=False)).codes
('dmp.kitting_not_bought_on_site',)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from telcobiz.core.checks import expect_instance, expect_iterable
from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.policy._text import parse_choice
from telcobiz.policy.device_management.devices import DEVICE_LIMIT_ROWS, DmpDevice, _os
from telcobiz.policy.report import Problem, ProblemKind, Report
from telcobiz.pricing.catalog import DeviceOS

__all__ = [
    "KITTING_TASKS",
    "KittingTask",
    "check_kitting",
    "is_valid_kitting",
    "kitting_tasks",
    "validate_kitting",
]

_DMP_6 = Citation(
    BOS_DMP_GUIDE, "§3.5.1 (ア) キット代行", row="スマートデバイス設定作業", rule="DMP-6"
)


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

    >>> from telcobiz.pricing.catalog import Carrier
    >>> check_kitting(DmpDevice("android"), ["exchange_activesync"]).codes
    ('dmp.kitting_task_not_for_os',)
    >>> check_kitting(DmpDevice("ios", Carrier.OTHER, bought_on_site=False)).codes
    ('dmp.kitting_not_for_device', 'dmp.kitting_not_bought_on_site')
    >>> check_kitting(DmpDevice("ios")).ok
    True
    """
    expect_instance(device, DmpDevice, "device", code="dmp.bad_device")
    if tasks is not None:
        expect_iterable(tasks, "tasks", expected="a list of kitting tasks", code="dmp.bad_tasks")
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
