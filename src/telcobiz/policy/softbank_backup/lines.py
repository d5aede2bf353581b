"""The lines and groups of the 法人コンシェルサイト, as the portal screens list them (SB-5).

A :class:`Line` is a phone number with its device kind (which decides its app, SB-1), its
status (解約済 or not) and what its user already has; a :class:`LineGroup` is a group of the
法人コンシェルサイト, which cannot be selected while it holds an out-of-scope line (§2-3-2).

>>> Line("090-1", DeviceKind.IPHONE).device.app.label
'あんしんバックアップ(iPhone版)'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs

from telcobiz.core.errors import InvalidInput
from telcobiz.policy.softbank_backup.catalog import BackupApp

__all__ = [
    "DeviceKind",
    "Line",
    "LineGroup",
    "LineStatus",
]


class DeviceKind(enum.Enum):
    """A line's kind of device, which decides its app (SB-1) and its mails (SB-5).

    >>> DeviceKind.WINDOWS_10_MOBILE.app.label
    '連絡先コピー(Windows 10 Mobile)'
    >>> DeviceKind.OUT_OF_SCOPE.app is None
    True
    """

    FEATURE_PHONE_4G = "4g"
    IPHONE = "iphone"
    SMARTPHONE = "smartphone"
    WINDOWS_10_MOBILE = "windows10mobile"
    OUT_OF_SCOPE = "out_of_scope"

    @property
    def label(self) -> str:
        """The manual's name for the device kind."""
        return _DEVICE_LABELS[self]

    @property
    def app(self) -> BackupApp | None:
        """The app the device uses, or ``None`` for a model out of the services' scope."""
        if self is DeviceKind.OUT_OF_SCOPE:
            return None
        return BackupApp(self.value)


_DEVICE_LABELS = {
    DeviceKind.FEATURE_PHONE_4G: "4Gケータイ",
    DeviceKind.IPHONE: "iPhone",
    DeviceKind.SMARTPHONE: "スマートフォン",
    DeviceKind.WINDOWS_10_MOBILE: "Windows 10 Mobile",
    DeviceKind.OUT_OF_SCOPE: "サービス対象外(3G ケータイなど)",
}


class LineStatus(enum.Enum):
    """Whether a line is in service or cancelled (解約済).

    >>> LineStatus.CANCELLED.label
    '解約済'
    """

    ACTIVE = "active"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """The manual's word for the status."""
        return "サービス中" if self is LineStatus.ACTIVE else "解約済"


def _number(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput.for_value(
            "number", value, "a phone number as a non-empty string", code="backup.bad_line"
        )
    return value.strip()


def _flag(value: object, field: str = "flag", code: str = "backup.bad_line") -> bool:
    if not isinstance(value, bool):
        raise InvalidInput.for_value(field, value, "True or False", code=code)
    return value


def _enum_field(cls: type[enum.Enum], field: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            raise InvalidInput.for_value(
                field, value, f"a {cls.__name__} member", code="backup.bad_line"
            )

    return check


@attrs.frozen
class Line:
    """A line as the portal lists it: number, device kind, status and what its user has.

    ``app_preinstalled``: the model comes with the app (no app-download mail needed);
    ``knows_password``: the user already knows the My SoftBank password (no password mail).

    >>> Line("090-1234-5678", DeviceKind.IPHONE).status
    <LineStatus.ACTIVE: 'active'>
    """

    number: str = attrs.field(converter=_number)
    device: DeviceKind = attrs.field(validator=_enum_field(DeviceKind, "device"))
    status: LineStatus = attrs.field(
        default=LineStatus.ACTIVE, validator=_enum_field(LineStatus, "status")
    )
    app_preinstalled: bool = attrs.field(default=False, converter=_flag)
    knows_password: bool = attrs.field(default=False, converter=_flag)

    @property
    def cancelled(self) -> bool:
        """Tell whether the line is cancelled (解約済).

        >>> Line("090-1", DeviceKind.IPHONE, status=LineStatus.CANCELLED).cancelled
        True
        """
        return self.status is LineStatus.CANCELLED


def _lines(values: object) -> tuple[Line, ...]:
    if isinstance(values, (str, bytes, Line)) or not isinstance(values, Iterable):
        raise InvalidInput.for_value(
            "lines", values, "an iterable of Line values", code="backup.bad_line"
        )
    lines = tuple(values)
    for line in lines:
        if not isinstance(line, Line):
            raise InvalidInput.for_value("lines", line, "a Line", code="backup.bad_line")
    return lines


def _group_name(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput.for_value(
            "name", value, "a group name as a non-empty string", code="backup.bad_group"
        )
    return value


@attrs.frozen
class LineGroup:
    """A group of the 法人コンシェルサイト and its member lines.

    >>> group = LineGroup("営業部", [Line("090-1", DeviceKind.OUT_OF_SCOPE)])
    >>> group.selectable
    False
    """

    name: str = attrs.field(converter=_group_name)
    lines: tuple[Line, ...] = attrs.field(converter=_lines)

    @property
    def out_of_scope(self) -> tuple[Line, ...]:
        """The member lines whose model is out of the services' scope (3G phones etc.)."""
        return tuple(line for line in self.lines if line.device is DeviceKind.OUT_OF_SCOPE)

    @property
    def selectable(self) -> bool:
        """Tell whether the group can be selected (no out-of-scope member, §2-3-2)."""
        return not self.out_of_scope


def _groups(values: object) -> tuple[LineGroup, ...]:
    if isinstance(values, (str, bytes, LineGroup)) or not isinstance(values, Iterable):
        raise InvalidInput.for_value(
            "groups", values, "an iterable of LineGroup values", code="backup.bad_group"
        )
    groups = tuple(values)
    for group in groups:
        if not isinstance(group, LineGroup):
            raise InvalidInput.for_value("groups", group, "a LineGroup", code="backup.bad_group")
    return groups
