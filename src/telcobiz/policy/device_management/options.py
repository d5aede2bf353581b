"""KDDI デバイスマネジメントパック: which options a device can get (DMP-2).

- DMP-2 (000 §3.5.2): options only on the OSes they support, and only on top of the basic
  service (KDDI Smart Mobile Safety Manager). The option table itself is
  :class:`~telcobiz.pricing.catalog.DmpOption`, shared with pricing.

>>> check_options(DeviceOS.IOS, [DmpOption.BACKUP]).codes
('dmp.option_not_for_os',)
>>> [option.label for option in options_for("ios")]
['メッセージ通知']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from telcobiz.core.checks import expect_iterable
from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.policy.device_management.devices import _os
from telcobiz.policy.report import Problem, ProblemKind, Report
from telcobiz.pricing.catalog import OPTIONS_CITATION, DeviceOS, DmpOption

__all__ = [
    "BASIC_SERVICE",
    "check_options",
    "is_valid_options",
    "options_for",
    "validate_options",
]

_DMP_2_BASIC = Citation(
    BOS_DMP_GUIDE, "§3.5.2", row="基本サービスとするオプションサービス", rule="DMP-2"
)


def _option(value: DmpOption | str) -> DmpOption:
    return value if isinstance(value, DmpOption) else DmpOption.parse(value)


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


def _options(options: object) -> tuple[DmpOption, ...]:
    expect_iterable(options, "options", expected="a list of DMP options", code="dmp.bad_options")
    assert isinstance(options, Iterable)
    return tuple(dict.fromkeys(_option(option) for option in options))


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
    chosen = _options(options)
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
    chosen = _options(options)
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
