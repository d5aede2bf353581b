"""The catalogue's DMP rules: KDDI デバイスマネジメントパック, 説明資料 Ver 1.2.0 (DMP-1..DMP-9).

>>> [rule.id for rule in RULES][:3]
['DMP-1', 'DMP-2', 'DMP-3']
"""

from __future__ import annotations

from telcobiz.core.citation import BOS_DMP_GUIDE, Citation
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = ["RULES"]

_DMP = Service.DEVICE_MANAGEMENT
_PRICES = "telcobiz.pricing.tables.DMP_PRICE_LISTS.entries[-1].value"
_POLICY = "telcobiz.policy.device_management"


def _cite(section: str, rule: str, row: str | None = None) -> Citation:
    return Citation(BOS_DMP_GUIDE, section, row=row, rule=rule)


RULES: tuple[Rule, ...] = (
    Rule(
        "DMP-1",
        _DMP,
        "Basic service: 467 yen a device a month, start month free",
        "基本サービス 月額467円／台",
        "The basic service costs 467 yen per device per month before tax, with no initial fee, "
        "and the month the service starts is free (利用開始月無料).",
        (
            _cite("§3.5.3", "DMP-1", "KDDI デバイスマネジメントパック （基本サービス）"),
            _cite("§3.5.3", "DMP-1", "※ 本章で表記の金額は全て税抜です。"),
        ),
        "The price table marks only the basic service 利用開始月無料, so options are charged in "
        "full from the start month. The guide says 月額 and nothing about part months: fees are "
        "never prorated, and a group whose service starts after the billing month is not billed "
        "(nor its au lines' Smart Value, since the DMP-4 set is incomplete without DMP). A "
        "month's prices and tax rate are those in force on its first day (2019-09 8%, 2019-10 "
        "10%); discounts come before tax, and a quote's tax is computed once on each rate's "
        "taxable total and floored (TAX-2). The guide is undated; its revision history ties Ver "
        "1.2.0 to the 2014 tax change, so the prices apply from 2014-04-01.",
        values=(
            RuleValue("basic fee, by month of service", f"{_PRICES}.basic"),
            RuleValue("initial fee", f"{_PRICES}.initial_fee.amount"),
            RuleValue("prices in force from", "telcobiz.pricing.tables.PRICES_EFFECTIVE_FROM"),
        ),
        implemented_by=("telcobiz.pricing.quote", "telcobiz.pricing.project"),
    ),
    Rule(
        "DMP-2",
        _DMP,
        "Options: 200 yen a device a month each",
        "オプションサービス 月額200円／台",
        "Each option costs 200 yen per device per month on top of the basic service: "
        "インターネット接続管理 (Android), バックアップ (Android), メッセージ通知 (iOS, Android) "
        "and ウイルス対策 (Android); an option on an OS it does not support is an error.",
        (
            _cite("§3.5.2", "DMP-2", "基本サービスとするオプションサービス"),
            _cite("§3.5.3", "DMP-2", "オプション 対象 OS"),
        ),
        values=(
            RuleValue("option fees", f"{_PRICES}.options"),
            RuleValue("basic service the options need", f"{_POLICY}.options.BASIC_SERVICE"),
        ),
        implemented_by=(
            f"{_POLICY}.check_options",
            f"{_POLICY}.options_for",
            "telcobiz.pricing.quote",
        ),
    ),
    Rule(
        "DMP-3",
        _DMP,
        "Basic fee with the Basic Pack",
        "ベーシックパック併用",
        "With the Basic Pack (ベーシックパック併用) the basic fee is 191 yen instead of 467 for "
        "as many devices as the Basic Pack has applied IDs, the rest paying 467; it needs a "
        "separate application.",
        (_cite("§3.5.4", "DMP-3", "ベーシックパック併用 「467 円⇒191 円」"),),
        "The guide does not say which devices take the Basic Pack IDs when a fleet has more "
        "devices than IDs, or whether a device in its free start month uses one. telcobiz gives "
        "the 191 yen price only to devices that pay the basic fee that month, so a device in its "
        "free month uses no ID and the saving goes where there is a fee to reduce; the carrier of "
        "the device plays no part.",
        values=(
            RuleValue("basic fee with the Basic Pack", f"{_PRICES}.basic_pack.amount"),
            RuleValue("basic fee without it", f"{_PRICES}.basic.phases[-1].price"),
        ),
        implemented_by=("telcobiz.pricing.quote", "telcobiz.pricing.project"),
    ),
    Rule(
        "DMP-4",
        _DMP,
        "Smart Value for Business discount",
        "スマートバリュー for Business",
        "With a fixed line, an au smart device and DMP as a set, the au smart device's charge is "
        "reduced by 1,410 yen a month for up to 24 months (33,840 yen), then 934 yen a month from "
        "the third year; it needs a separate application.",
        (
            _cite("§3.5.4", "DMP-4", "最大2年間 1,410 円/月×24=33,840 円割引"),
            _cite("§3.5.4", "DMP-4", "※ 3年目以降は、934 円/月割引"),
        ),
        "The discount reduces the au line's own charge, which telcobiz does not know (it holds no "
        "au plan prices). The caller gives each eligible line's monthly charge; a quote shows the "
        "charge and the discount as separate lines, and the discount is the smaller of the rate "
        "and the charge, so a line never goes negative. Month 1 is the Smart Value start month "
        "the caller gives: 1,410 yen for months 1–24, 934 yen from month 25.",
        values=(RuleValue("discount, by month of the discount", f"{_PRICES}.smart_value"),),
        implemented_by=("telcobiz.pricing.quote", "telcobiz.pricing.SmartValueLine"),
    ),
    Rule(
        "DMP-5",
        _DMP,
        "Security levels 高, 中, 低",
        "セキュリティレベル",
        "A device gets security level 高 (loss handling and function limits), 中 (loss handling "
        "and a common policy, the default) or 低 (loss handling only).",
        (
            _cite("§3.5.1 (ア)", "DMP-5", "セキュリティレベル 適用例"),
            _cite("§3.5.1 (ア)", "DMP-5", "セキュリティレベル 標準"),
        ),
        "The guide writes 「SDカード制限(Androidのみ)」 in a list of limits, which could qualify "
        "the whole list; telcobiz applies it to the SD card limit only, since iOS devices have no "
        "SD card. The lists end in など, so telcobiz offers them as examples, never as the "
        "complete set of limits.",
        values=(
            RuleValue("default level", f"{_POLICY}.security.DEFAULT_SECURITY_LEVEL"),
            RuleValue("levels", f"{_POLICY}.security.SECURITY_LEVELS"),
        ),
        implemented_by=(f"{_POLICY}.security_level", f"{_POLICY}.restriction_examples"),
    ),
    Rule(
        "DMP-6",
        _DMP,
        "Kitting tasks by OS",
        "キット代行",
        "Kitting sets up SMSM activation, the security level and Wi-Fi on iOS and Android, and "
        "Exchange ActiveSync on iOS only, for devices bought through the site.",
        (_cite("§3.5.1 (ア)", "DMP-6", "キット代行"),),
        values=(RuleValue("tasks by OS", f"{_POLICY}.kitting.KITTING_TASKS"),),
        implemented_by=(f"{_POLICY}.kitting_tasks", f"{_POLICY}.check_kitting"),
    ),
    Rule(
        "DMP-7",
        _DMP,
        "Request channels and their hours",
        "各種依頼の受付方法",
        "Kitting and failure requests go by web 24/365 (no phone), loss requests by web or phone "
        "24/365, inquiries by web 24/365 or phone 9:00–21:00 except the year-end closure; the "
        "emergency call stop runs whatever the lock or wipe outcome; a monthly operations report "
        "is online, and 簡易故障エントリー gives repair steps per device type.",
        (
            _cite("§3.5.1 (ア)–(エ)", "DMP-7", "受付方法"),
            _cite("§3.5.1 (オ)", "DMP-7", "運用レポート"),
            _cite("§3.6", "DMP-7", "簡易故障エントリー"),
        ),
        values=(RuleValue("channels by request", f"{_POLICY}.channels.REQUEST_CHANNELS"),),
        implemented_by=(
            f"{_POLICY}.channels_for",
            f"{_POLICY}.check_request",
            f"{_POLICY}.request_status",
        ),
    ),
    Rule(
        "DMP-8",
        _DMP,
        "Devices on other carriers and Wi-Fi-only devices",
        "他キャリア端末・Wi-Fi端末",
        "A device on a non-au carrier, or a Wi-Fi-only device not sold by KDDI, gets no kitting "
        "and no failure requests; lock and wipe work but the emergency call stop is not linked; "
        "questions about the device may go unanswered; SMSM settings are unrestricted.",
        (_cite("§3.5.5", "DMP-8"),),
        values=(RuleValue("limits", f"{_POLICY}.devices.DEVICE_LIMIT_ROWS"),),
        implemented_by=(f"{_POLICY}.device_limits",),
    ),
    Rule(
        "DMP-9",
        _DMP,
        "Moving from SMSM to DMP",
        "SMSMからの移行",
        "Moving from standalone or Basic Pack SMSM to DMP needs the devices deleted and "
        "registered again; existing policies are not carried over.",
        (_cite("§5.4", "DMP-9"), _cite("§5.4", "DMP-9", "ポリシーの引継ぎについて")),
        values=(RuleValue("manual", f"{_POLICY}.migration.MIGRATION_MANUAL"),),
        implemented_by=(f"{_POLICY}.check_migration", f"{_POLICY}.migration_notice"),
    ),
)
"""The DMP rules, in ID order."""
