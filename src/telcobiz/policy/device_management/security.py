"""KDDI デバイスマネジメントパック: the security levels set at kitting (DMP-5).

- DMP-5 (000 §3.5.1 ア): security levels 高/中/低 with the default 中 and what each restricts
  (examples only, as the source's 「など」 says).

>>> security_level().level
<SecurityLevel.MEDIUM: 'medium'>
>>> [example.label for example in restriction_examples("高", os="android")][-1]
'SDカード制限'
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from telcobiz.core.citation import BOS_DMP_GUIDE, RULEBOOK, Citation
from telcobiz.core.text import check_lang
from telcobiz.policy._text import parse_choice
from telcobiz.policy.device_management.devices import _os
from telcobiz.pricing.catalog import DeviceOS

__all__ = [
    "DEFAULT_SECURITY_LEVEL",
    "SECURITY_LEVELS",
    "RestrictionExample",
    "SecurityLevel",
    "SecurityLevelRule",
    "restriction_examples",
    "security_level",
]

_DMP_5 = Citation(BOS_DMP_GUIDE, "§3.5.1 (ア)", row="セキュリティレベル 適用例", rule="DMP-5")
_DMP_5_DEFAULT = Citation(
    BOS_DMP_GUIDE, "§3.5.1 (ア)", row="【ポイント】セキュリティレベルについて", rule="DMP-5"
)
_DMP_5_DECISION = Citation(RULEBOOK, "DMP-5 Decision (Androidのみ, など)", rule="DMP-5")


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
