"""Caveats and citations the KDDI Message Cast rules share (MC-1, CAL-3).

The guide covers the 入稿ポータル plan only (§1.1, MC-1), so every result says so; lead times
are counted from the 起算日 (§2.1 留意事項③, CAL-3).

>>> PORTAL_ONLY.text("en")
'stated for the 入稿ポータル plan; API contracts may differ.'
>>> CAL_3.rule
'CAL-3'
"""

from __future__ import annotations

from typing import Final

from telcobiz.core.citation import MESSAGE_CAST_GUIDE, Citation
from telcobiz.scheduling.common import Note

__all__ = ["CAL_3", "INCOMPLETE_DELAYS", "PORTAL_ONLY"]

CAL_3: Final = Citation(MESSAGE_CAST_GUIDE, "§2.1 留意事項③", rule="CAL-3")
"""CAL-3: the business day after acceptance (the 起算日) is business day 1."""

PORTAL_ONLY: Final = Note(
    "message_cast.portal_plan_only",
    "入稿ポータルプランの手続きです（API利用の契約は異なる場合があります）。",
    "stated for the 入稿ポータル plan; API contracts may differ.",
)
"""MC-1: the guide states the 入稿ポータル plan's procedures; API contracts may differ."""

INCOMPLETE_DELAYS: Final = Note(
    "message_cast.incomplete_forms_delay",
    "お申し込み内容に不備があった場合、納期に遅延が生じる場合があります。",
    "incomplete or wrong forms delay the dates (not computed).",
)
"""Incomplete or wrong forms delay the dates; the delay is not computed."""
