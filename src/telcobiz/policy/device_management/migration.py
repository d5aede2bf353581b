"""KDDI デバイスマネジメントパック: moving from standalone or Basic Pack SMSM (DMP-9).

- DMP-9 (000 §5.4): moving from standalone or Basic Pack KDDI Smart Mobile Safety Manager
  needs the devices deleted and registered again; existing policies are not carried over.

>>> migration_notice("basic_pack").steps
('デバイスの削除', '新規登録作業')
>>> check_migration(None, devices_reregistered=False).ok
True
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.core.text import check_lang
from telcobiz.policy._text import parse_choice
from telcobiz.policy.report import Problem, ProblemKind, Report

__all__ = [
    "MIGRATION_MANUAL",
    "MigrationNotice",
    "SmsmContract",
    "check_migration",
    "migration_notice",
    "validate_migration",
]

_DMP_9 = Citation(BOS_DMP_GUIDE, "§5.4", rule="DMP-9")


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
