"""The catalogue's MC rules: KDDI Message Cast 利用手続きガイド 1.8版 (MC-1..MC-10).

>>> [rule.id for rule in RULES][-2:]
['MC-9', 'MC-10']
"""

from __future__ import annotations

from telcobiz.core.citation import MESSAGE_CAST_GUIDE, Citation
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = ["RULES"]

_MC = Service.MESSAGE_CAST
_SCHEDULING = "telcobiz.scheduling.message_cast"
_POLICY = "telcobiz.policy.message_cast"
_HOURS = "telcobiz.scheduling.windows"


def _cite(section: str, rule: str, row: str | None = None) -> Citation:
    return Citation(MESSAGE_CAST_GUIDE, section, row=row, rule=rule)


RULES: tuple[Rule, ...] = (
    Rule(
        "MC-1",
        _MC,
        "Plans, delivery and where forms go",
        "ご契約プランと手続き",
        "Message Cast has three plans (SMSのみ, +メッセージのみ, SMS/+メッセージ併用), delivered "
        "by API or through the 入稿ポータル; change forms go by e-mail to the customer desk, a "
        "cancellation needs a 解約申込書, and incomplete forms delay a new contract.",
        (
            _cite("§1.1", "MC-1", "ご契約手続きの概要"),
            _cite("§1.2, §1.3", "MC-1", "不備"),
            _cite("§2.1", "MC-1", "送付先"),
            _cite("§3.1", "MC-1", "解約申込書"),
        ),
        "The guide covers the 入稿ポータル plan only and says so in §1.1; what it states for lead "
        "times and documents may not hold for API contracts. telcobiz applies the guide as "
        "written and every Message Cast result carries a note that it describes the 入稿ポータル "
        "plan.",
        values=(
            RuleValue("plans", f"{_POLICY}.MessageCastPlan.__members__"),
            RuleValue("customer desk", f"{_POLICY}.plans.CUSTOMER_DESK_EMAIL"),
            RuleValue("cancellation form", f"{_POLICY}.plans.CANCELLATION_FORM"),
        ),
        implemented_by=(f"{_POLICY}.MessageCastPlan", f"{_POLICY}.documents_to_submit"),
    ),
    Rule(
        "MC-2",
        _MC,
        "New contract with the SoftBank sender-number option",
        "新規契約 (SoftBank送信元表示番号オプション)",
        "A new contract with the SoftBank送信元表示番号オプション is ready 12 to 22 business days "
        "after the application; billing starts when the account notice is issued.",
        (_cite("§1.2 ※3, §1.3 ※4", "MC-2"), _cite("§1.6 課金開始日", "MC-2")),
        "The guide gives the range but no starting point for it. telcobiz counts it like the "
        "change table (CAL-3): the business day after the application is day 1.",
        values=(RuleValue("lead time", f"{_SCHEDULING}.contract.NEW_CONTRACT_LEAD"),),
        implemented_by=(f"{_SCHEDULING}.new_contract_lead_time",),
    ),
    Rule(
        "MC-3",
        _MC,
        "Documents to submit at contract",
        "ご提出が必要なドキュメント",
        "An SMS-only contract submits サービス利用申込書(SMS), アカウントパラメータ申込書, "
        "お申し込みチェックシート and サービス契約プラン表; +メッセージ or 併用 submits "
        "サービス利用申込書(+メッセージ) instead of the SMS form plus images, and a "
        "リリースチェックリスト only to show the official account in the store.",
        (
            _cite("§1.4", "MC-3", "ご提出が必要なドキュメント"),
            _cite("§1.4", "MC-3", "リリースチェックリスト"),
        ),
        values=(RuleValue("documents by plan", f"{_POLICY}.document_table.DOCUMENT_TABLE"),),
        implemented_by=(f"{_POLICY}.documents_to_submit", f"{_POLICY}.check_documents"),
    ),
    Rule(
        "MC-4",
        _MC,
        "Test +メッセージ official account",
        "試験用+メッセージ公式アカウント",
        "A test official account is optional; its nickname and name get 「TEST」 added, delivery "
        "fees apply to it and it can reach end users.",
        (_cite("§1.5", "MC-4", "試験用+メッセージ公式アカウントの発行"),),
        "The guide says TEST is added (「TESTを付与」) without saying where or with what "
        "separator. telcobiz appends it directly to the end of the nickname and the name, the "
        "plainest reading, and says so in the result.",
        values=(RuleValue("mark added", f"{_POLICY}.official_account.TEST_MARK"),),
        implemented_by=(f"{_POLICY}.official_test_account",),
    ),
    Rule(
        "MC-5",
        _MC,
        "Changes: form, lead time and fee per item",
        "変更内容一覧",
        "Each of the 13 items of the change table names the form to send, the lead time (5営業日 "
        "to 16営業日, a range, or 翌月適用) and whether a setting-change fee applies (only item "
        "9, +メッセージ to SMS only).",
        (_cite("§2.1", "MC-5", "変更内容一覧 No 1–13"),),
        "The table has merged cells. Rows 2–5 share row 1's form and rows 9–10 row 8's; row 12's "
        "lead time 12～22営業日 also covers row 13, which prints no cells of its own, and rows "
        "12–13 share row 11's form. Item 12 keeps the guide's label "
        "「案件登録時、送信元表示番号を選択する際の選択肢項目名（送信元表示番号名称）」 word for "
        "word. The fee's amount is not stated, so telcobiz says a fee applies and never shows a "
        "number.",
        values=(RuleValue("change table", f"{_SCHEDULING}.changes.CHANGE_RULES"),),
        implemented_by=(f"{_SCHEDULING}.change_lead_time",),
    ),
    Rule(
        "MC-6",
        _MC,
        "Several items at once: the longest lead time",
        "複数項目の同時変更",
        "When several items change at once, the longest lead time among them applies.",
        (_cite("§2.1 留意事項①", "MC-6"), _cite("§2.1 留意事項②", "MC-6")),
        "'Longest' is ambiguous when items have ranges (item 9 is 16営業日, item 13 12～22). "
        "telcobiz compares resulting dates, separately for the earliest and the latest bound: "
        "items 9 and 13 together give 16～22営業日, since nothing completes before item 9's 16 "
        "days. Counting starts as in CAL-3. Incomplete forms may delay completion (note ②); the "
        "result says so but computes no delay.",
        implemented_by=(f"{_SCHEDULING}.change_lead_time",),
    ),
    Rule(
        "MC-7",
        _MC,
        "When a cancellation takes effect",
        "解約の適用月",
        "A cancellation received by the 10th of month N ends service from month N+2 (month N+1 is "
        "the last billed); received on the 11th or later, from month N+3; after it there is no "
        "delivery, no portal and no delivery log.",
        (_cite("§3.2", "MC-7"), _cite("§3.1 解約後の注意事項, 解約条件", "MC-7")),
        values=(RuleValue("cut-off day of the month", f"{_SCHEDULING}.CANCELLATION_CUTOFF_DAY"),),
        implemented_by=(f"{_SCHEDULING}.cancellation",),
    ),
    Rule(
        "MC-8",
        _MC,
        "Support and incident desks",
        "お問い合わせ窓口",
        "Service questions go to the support web, accepted 24/365 and handled on weekdays "
        "10:00–18:30; incidents by e-mail are accepted and handled 24/365, by phone on weekdays "
        "9:00–17:00.",
        (
            _cite("§4.2", "MC-8", "サービスお問い合わせ窓口 受付時間"),
            _cite("§4.2", "MC-8", "障害時お問い合わせ窓口 受付時間"),
        ),
        "The guide says 平日 and, unlike the other sources, names no year-end closure. telcobiz "
        "reads 平日 as a business day of CAL-1, its one default calendar, so every desk of every "
        "service closes the same days; each function takes a calendar= for a caller who wants "
        "plain weekdays (BusinessCalendar(closure=None)). The guide prints two incident addresses "
        "(cloud-rcc-support in the §4.2 table, cloud-rcs-support in its examples); telcobiz "
        "encodes neither, so no result can show the wrong one.",
        values=(
            RuleValue("support web, accepted", f"{_HOURS}.MESSAGE_CAST_SUPPORT_WEB_ACCEPTANCE"),
            RuleValue("support web, handled", f"{_HOURS}.MESSAGE_CAST_SUPPORT_WEB"),
            RuleValue("incident e-mail", f"{_HOURS}.MESSAGE_CAST_INCIDENT_MAIL"),
            RuleValue("incident phone", f"{_HOURS}.MESSAGE_CAST_INCIDENT_PHONE"),
        ),
        implemented_by=("telcobiz.scheduling.service_hours", "telcobiz.scheduling.ServiceHours"),
    ),
    Rule(
        "MC-9",
        _MC,
        "Planned maintenance is announced 7 days ahead",
        "計画停止の事前通知",
        "Planned stops are announced at least 7 days ahead by e-mail and on the support site; "
        "emergency work follows the incident rules; moving a window on request is not accepted in "
        "principle; work caused by a third party may be announced late.",
        (_cite("§4.4", "MC-9", "システムメンテナンス"),),
        "'7 days ahead' has no time of day. telcobiz counts calendar days in JST: a notice is in "
        "time when sent on or before the day 7 days before the stop begins. For a third-party "
        "cause the guide itself allows a late notice, so a late one is reported as allowed, not "
        "as a breach.",
        values=(RuleValue("days of notice", f"{_SCHEDULING}.MAINTENANCE_NOTICE_DAYS"),),
        implemented_by=(f"{_SCHEDULING}.maintenance_notice_ok",),
    ),
    Rule(
        "MC-10",
        _MC,
        "Incident targets",
        "運用目標時間",
        "For a fault of the KMC system the first report is due within 1 hour of confirming it and "
        "recovery within 2 hours; faults caused by the 誤配信防止オプション are recovered only on "
        "weekday daytime 9:00–18:00; these are targets, not guarantees.",
        (
            _cite("§4.4", "MC-10", "運用目標時間"),
            _cite("§4.4", "MC-10", "障害検知対応"),
        ),
        "The guide runs detection 24/365 but adds that recovery hard to do at night moves to the "
        "next day shift, without a deadline for that case. For 誤配信防止オプション faults "
        "telcobiz counts the 2 hours only inside business-day 9:00–18:00 windows (confirmed "
        "Friday 17:30, due the next business day 10:30). For other faults it gives +1 h and +2 h "
        "and, when the fault is confirmed outside 9:00–18:00, says recovery may move to the next "
        "day shift; it computes no deadline the guide does not give.",
        values=(
            RuleValue("first report within", f"{_SCHEDULING}.FIRST_REPORT_WITHIN"),
            RuleValue("recovery within", f"{_SCHEDULING}.RECOVERY_WITHIN"),
            RuleValue("day shift", f"{_SCHEDULING}.DAY_SHIFT"),
            RuleValue(
                "誤配信防止オプション recovery", f"{_HOURS}.MESSAGE_CAST_MISDELIVERY_RECOVERY"
            ),
        ),
        implemented_by=(f"{_SCHEDULING}.incident_targets",),
    ),
)
"""The MC rules, in ID order."""
