"""The catalogue's SB rules: SoftBank あんしんバックアップ manual Ver.2.3 (SB-1..SB-6).

>>> [rule.id for rule in RULES]
['SB-1', 'SB-2', 'SB-3', 'SB-4', 'SB-5', 'SB-6']
"""

from __future__ import annotations

from telcobiz.core.citation import BACKUP_MANUAL, Citation
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = ["RULES"]

_SB = Service.SOFTBANK_BACKUP
_POLICY = "telcobiz.policy.softbank_backup"
_APP_MESSAGES = f"{_POLICY}.APP_MESSAGES"


def _cite(section: str, rule: str, row: str | None = None) -> Citation:
    return Citation(BACKUP_MANUAL, section, row=row, rule=rule)


RULES: tuple[Rule, ...] = (
    Rule(
        "SB-1",
        _SB,
        "Two switches and the menu items they control",
        "バックアップ機能と電話帳移行機能",
        "Each line has two switches, バックアップ機能 (server save and restore, always together) "
        "and 電話帳移行機能 (phonebook migration), which control the menu items of four apps; "
        "saving to or restoring from the SD card or the device itself is never controlled, and a "
        "model outside a service's scope cannot use it even when allowed.",
        (
            _cite("§1-3", "SB-1"),
            _cite("ご利用上の注意", "SB-1"),
            _cite("Appendix", "SB-1", "共有電話帳"),
        ),
        values=(RuleValue("controlled menu items", f"{_POLICY}.MENU_ITEMS"),),
        implemented_by=(
            f"{_POLICY}.check_app_operation",
            f"{_POLICY}.menu_item",
            f"{_POLICY}.matrix",
        ),
    ),
    Rule(
        "SB-2",
        _SB,
        "Default switches by line contract date",
        "初期設定",
        "A line contracted up to 2017-05-09 starts with both switches off; one contracted from "
        "2017-05-10 starts with backup off and migration on.",
        (_cite("§1-5", "SB-2", "～2017/5/9"), _cite("§1-5", "SB-2", "2017/5/10～")),
        values=(RuleValue("defaults", f"{_POLICY}.DEFAULT_SETTINGS"),),
        implemented_by=(f"{_POLICY}.default_settings",),
    ),
    Rule(
        "SB-3",
        _SB,
        "Messages the app shows",
        "利用制限時のメッセージ",
        "When a switched-off function is used the app shows one of three messages, exactly as the "
        "manual prints them, chosen by which switches are off.",
        (
            _cite("§1-6", "SB-3", "1"),
            _cite("§1-6", "SB-3", "2"),
            _cite("§1-6", "SB-3", "3"),
            _cite("Appendix 利用規制時のエラー発生タイミング", "SB-3"),
        ),
        "The appendix pages contradict the §1-6 table in places: their switch labels are swapped "
        "(Appendix 3 on the 4G phonebook migration, Appendix 7 and 8 on the smartphone server "
        "save and restore). The table is the manual's statement of the rule and the appendix its "
        "illustration, so telcobiz follows the table. The iPhone app shows the message under a "
        "「エラー」 title, which is not part of the message.",
        values=(
            RuleValue("both off", f"{_APP_MESSAGES}[BOTH_SWITCHES_OFF].text"),
            RuleValue("backup off", f"{_APP_MESSAGES}[BACKUP_SWITCH_OFF].text"),
            RuleValue("migration off", f"{_APP_MESSAGES}[MIGRATION_SWITCH_OFF].text"),
        ),
        implemented_by=(f"{_POLICY}.check_app_operation", f"{_POLICY}.BackupDecision"),
    ),
    Rule(
        "SB-4",
        _SB,
        "Phonebook migration for 60 days after a model change",
        "機種変更後60日間の電話帳移行",
        "On the 4Gケータイ app, 電話帳の移行 after a model change from a 3G phone works for 60 "
        "days; after that the app shows error 2104.",
        (
            _cite("Appendix 利用規制時のエラー発生タイミング 3", "SB-4"),
            _cite("§1-6", "SB-4", "エラーコード2104"),
        ),
        "'60 days' could end on day 60 or day 61. telcobiz keeps the function usable through the "
        "model-change date plus 60 days and shows 2104 from plus 61 days, so the customer gets "
        "the full 60 days after the change day.",
        values=(
            RuleValue("usable days", f"{_POLICY}.MIGRATION_USABLE_DAYS"),
            RuleValue("message after them", f"{_APP_MESSAGES}[MIGRATION_PERIOD_ENDED].text"),
        ),
        implemented_by=(f"{_POLICY}.check_app_operation",),
    ),
    Rule(
        "SB-5",
        _SB,
        "Portal errors, the 200-line limit and the 9:00–23:00 window",
        "法人コンシェルサイトのエラー",
        "The portal refuses an empty selection, more than 200 lines, a cancelled line, a "
        "confirmation outside 9:00–23:00 or one that collides with another administrator's "
        "update, each with its own message; groups with out-of-scope lines cannot be selected, "
        "and the app download and password mails take at most 200 lines.",
        (
            _cite("§1-7", "SB-5"),
            _cite("§2-3-2", "SB-5"),
            _cite("§2-2, §2-4", "SB-5"),
            _cite("§2-2, §2-5", "SB-5"),
        ),
        "The manual says 9:00～23:00 without saying whether 23:00 itself is inside. telcobiz "
        "takes 9:00 included and 23:00 excluded, in JST, the usual reading of an opening window, "
        "so 22:59 is accepted and 23:00 is not. 4G phones and models with the app preinstalled "
        "need no app download mail; Windows 10 Mobile needs no password mail and gets the "
        "連絡先コピー app URL.",
        values=(
            RuleValue("lines per selection", f"{_POLICY}.MAX_SELECTION"),
            RuleValue("messages", f"{_POLICY}.PORTAL_MESSAGES"),
            RuleValue(
                "confirmation window", "telcobiz.scheduling.windows.SOFTBANK_BACKUP_ACCEPTANCE"
            ),
        ),
        implemented_by=(
            f"{_POLICY}.check_phone_number_list",
            f"{_POLICY}.check_group_selection",
            f"{_POLICY}.check_confirmation",
            f"{_POLICY}.check_app_download_mail",
            f"{_POLICY}.check_password_mail",
            f"{_POLICY}.mail_plan",
        ),
    ),
    Rule(
        "SB-6",
        _SB,
        "When a line's setting can first be requested",
        "設定の申請可能時期",
        "An existing line can be requested at any time; a line added under an issued concierge ID "
        "can be requested from the day of the event after a manual update (or automatically from "
        "the next day), and a line under a newly issued ID once the ID is issued.",
        (_cite("§1-4", "SB-6"),),
        "The §1-4 table's merged cells, once flattened, put 「× 利用不可」 before the event on "
        "the 機種変更 row, which would forbid an existing line. The text under the table says "
        "otherwise: 「既存回線は、…機種変更・情報変更の実施の有無などにかかわらず、いつでも申請可"
        "能です」, and it advises finishing the setting 「機種変更の前日までに」. telcobiz "
        "follows the text: 機種変更, 情報変更 or no event means any time, and 'not before' "
        "applies only to lines that do not exist yet. Requests are taken 9:00–23:00 (SB-5) and "
        "take effect with a lag.",
        values=(
            RuleValue("existing lines", f"{_POLICY}.ANY_TIME_NOTE"),
            RuleValue("advice", f"{_POLICY}.MODEL_CHANGE_ADVICE"),
            RuleValue("lag", f"{_POLICY}.LAG_NOTE"),
        ),
        implemented_by=(f"{_POLICY}.request_availability",),
    ),
)
"""The SB rules, in ID order."""
