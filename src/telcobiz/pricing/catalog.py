"""What KDDI デバイスマネジメントパック sells, as data: OSes, carriers and options (DMP-2).

Pricing (:mod:`telcobiz.pricing.device_management`) and policy
(:mod:`telcobiz.policy.device_management`) both read this one catalogue.

>>> DmpOption.VIRUS_PROTECTION.label, DmpOption.VIRUS_PROTECTION.supports(DeviceOS.IOS)
('ウイルス対策', False)
>>> [option.name for option in DmpOption if option.supports(DeviceOS.IOS)]
['MESSAGE_NOTIFICATION']
"""

from __future__ import annotations

import enum

from telcobiz.core.citation import BOS_DMP_GUIDE, Citation

__all__ = ["OPTIONS_CITATION", "Carrier", "DeviceOS", "DmpOption"]

OPTIONS_CITATION = Citation(BOS_DMP_GUIDE, "§3.5.2, §3.5.3", rule="DMP-2")


class DeviceOS(enum.Enum):
    """A device's operating system, as the source names it (対象 OS).

    >>> DeviceOS.parse("android"), DeviceOS.IOS.label
    (<DeviceOS.ANDROID: 'android'>, 'iOS')
    """

    IOS = "ios"
    ANDROID = "android"

    @property
    def label(self) -> str:
        """The name the source uses."""
        return {DeviceOS.IOS: "iOS", DeviceOS.ANDROID: "Android"}[self]

    @classmethod
    def parse(cls, text: str) -> DeviceOS:
        """Read ``ios``/``iOS``/``android``/``Android``.

        >>> DeviceOS.parse("iOS")
        <DeviceOS.IOS: 'ios'>
        """
        from telcobiz.core.errors import UnknownItem

        for member in cls:
            if isinstance(text, str) and text.strip().lower() == member.value:
                return member
        raise UnknownItem.for_value("os", text, "ios or android", code="dmp.unknown_os")


class Carrier(enum.Enum):
    """The carrier of a device's line: au (KDDI) or another one (DMP-8).

    >>> Carrier.AU.label
    'au'
    """

    AU = "au"
    OTHER = "other"

    @property
    def label(self) -> str:
        """A short Japanese label."""
        return {Carrier.AU: "au", Carrier.OTHER: "他社"}[self]

    @property
    def label_en(self) -> str:
        """A short English label.

        >>> Carrier.OTHER.label_en
        'other carrier'
        """
        return {Carrier.AU: "au", Carrier.OTHER: "other carrier"}[self]

    @classmethod
    def parse(cls, text: str) -> Carrier:
        """Read ``au`` or ``other`` (also the Japanese ``他社``).

        >>> Carrier.parse("AU"), Carrier.parse("他社")
        (<Carrier.AU: 'au'>, <Carrier.OTHER: 'other'>)
        """
        from telcobiz.core.errors import UnknownItem

        wanted = text.strip().lower() if isinstance(text, str) else ""
        for member in cls:
            if wanted in {member.value, member.label.lower()}:
                return member
        raise UnknownItem.for_value("carrier", text, "au or other", code="dmp.unknown_carrier")


class DmpOption(enum.Enum):
    """The option services of デバイスマネジメントパック and the OSes each supports (DMP-2).

    >>> sorted(os.label for os in DmpOption.MESSAGE_NOTIFICATION.supported_os)
    ['Android', 'iOS']
    """

    INTERNET_CONNECTION = "internet_connection"
    BACKUP = "backup"
    MESSAGE_NOTIFICATION = "message_notification"
    VIRUS_PROTECTION = "virus_protection"

    @property
    def label(self) -> str:
        """The option's name in the source (オプションサービス名)."""
        return _OPTION_LABELS[self]

    @property
    def label_en(self) -> str:
        """The option's name in English.

        >>> DmpOption.INTERNET_CONNECTION.label_en
        'Internet connection management'
        """
        return _OPTION_LABELS_EN[self]

    @property
    def supported_os(self) -> frozenset[DeviceOS]:
        """The OSes the option is offered for (対象 OS)."""
        return _OPTION_OS[self]

    def supports(self, os: DeviceOS) -> bool:
        """Return True when the option can be used on ``os``.

        >>> DmpOption.BACKUP.supports(DeviceOS.ANDROID)
        True
        """
        return os in self.supported_os

    @classmethod
    def parse(cls, text: str) -> DmpOption:
        """Read an option by its value, its member name or its Japanese label.

        >>> DmpOption.parse("バックアップ"), DmpOption.parse("message")
        (<DmpOption.BACKUP: 'backup'>, <DmpOption.MESSAGE_NOTIFICATION: 'message_notification'>)
        """
        from telcobiz.core.errors import UnknownItem

        wanted = text.strip().lower() if isinstance(text, str) else ""
        for member in cls:
            names = {member.value, member.name.lower(), member.label.lower()}
            if wanted in names or (len(wanted) >= 4 and member.value.startswith(wanted)):
                return member
        raise UnknownItem.for_value(
            "option",
            text,
            "one of " + ", ".join(f"{m.value} ({m.label})" for m in cls),
            code="dmp.unknown_option",
        )


_OPTION_LABELS = {
    DmpOption.INTERNET_CONNECTION: "インターネット接続管理",
    DmpOption.BACKUP: "バックアップ",
    DmpOption.MESSAGE_NOTIFICATION: "メッセージ通知",
    DmpOption.VIRUS_PROTECTION: "ウイルス対策",
}

_OPTION_LABELS_EN = {
    DmpOption.INTERNET_CONNECTION: "Internet connection management",
    DmpOption.BACKUP: "Backup",
    DmpOption.MESSAGE_NOTIFICATION: "Message notification",
    DmpOption.VIRUS_PROTECTION: "Virus protection",
}

_ANDROID_ONLY = frozenset({DeviceOS.ANDROID})
_OPTION_OS = {
    DmpOption.INTERNET_CONNECTION: _ANDROID_ONLY,
    DmpOption.BACKUP: _ANDROID_ONLY,
    DmpOption.MESSAGE_NOTIFICATION: frozenset({DeviceOS.IOS, DeviceOS.ANDROID}),
    DmpOption.VIRUS_PROTECTION: _ANDROID_ONLY,
}
