"""The catalogue's CAC rules: 「KDDI クラウドオートコール」 セルフページのご利用方法 (CAC-1..CAC-6).

>>> [rule.id for rule in RULES]
['CAC-1', 'CAC-2', 'CAC-3', 'CAC-4', 'CAC-5', 'CAC-6']
"""

from __future__ import annotations

from telcobiz.core.citation import CLOUD_AUTOCALL_GUIDE, Citation
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = ["RULES"]

_CAC = Service.CLOUD_AUTOCALL
_SCHEDULING = "telcobiz.scheduling.cloud_autocall"
_LAYOUTS = "■ダウンロードファイル(CSVファイル)のファイルレイアウト"


def _cite(section: str, rule: str, row: str | None = None) -> Citation:
    return Citation(CLOUD_AUTOCALL_GUIDE, section, row=row, rule=rule)


RULES: tuple[Rule, ...] = (
    Rule(
        "CAC-1",
        _CAC,
        "The self password",
        "セルフパスワード",
        "A self password has 4 to 8 half-width characters, letters and digits both present and "
        "nothing else, is case-sensitive, differs from the self ID and is typed twice alike; "
        "changing it needs the current one, the new one works about 5 minutes later, and a "
        "forgotten one is reset by the 法人お客さまセンター.",
        (
            _cite("■パスワードの変更 ②", "CAC-1", "セルフパスワード変更"),
            _cite("■パスワードの変更 ④", "CAC-1"),
        ),
        "The guide says the password may not equal the self ID but not whether case counts in "
        "that comparison. Passwords are case-sensitive, so telcobiz compares with the self ID "
        "exactly as typed. 'About 5 minutes' is given as a time from which the new password is "
        "expected to work, with a note that it is approximate.",
        values=(
            RuleValue("policy", "telcobiz.policy.cloud_autocall.SELF_PASSWORD_POLICY"),
            RuleValue("usable after", f"{_SCHEDULING}.PASSWORD_DELAY"),
        ),
        implemented_by=(
            "telcobiz.policy.cloud_autocall.check_self_password",
            "telcobiz.policy.cloud_autocall.check_password_change",
            f"{_SCHEDULING}.password_usable_from",
        ),
    ),
    Rule(
        "CAC-2",
        _CAC,
        "Charges viewable for 4 months",
        "ご利用料金の確認期間",
        "Charges can be viewed for 4 months, the previous month included.",
        (_cite("セルフページメニュー, ■ご利用料金の確認", "CAC-2"),),
        "'4 months including the previous one' could count the current month. The current month "
        "has no charges yet, so telcobiz takes months M-1 to M-4 for a viewing date in month M.",
        values=(RuleValue("months", f"{_SCHEDULING}.VIEWABLE_MONTH_COUNT"),),
        implemented_by=(f"{_SCHEDULING}.viewable_months",),
    ),
    Rule(
        "CAC-3",
        _CAC,
        "Detail files are kept 48 hours",
        "通話明細ファイルの保存期間",
        "A created call-detail file can be downloaded for 48 hours; after that it must be created "
        "again, and creating one takes a few minutes.",
        (
            _cite(
                "■ウェブ上でのご利用明細の確認 (ダウンロード)", "CAC-3", "B. ファイル作成済の場合"
            ),
        ),
        values=(RuleValue("kept for", f"{_SCHEDULING}.DETAIL_FILE_KEPT_FOR"),),
        implemented_by=(f"{_SCHEDULING}.detail_file_expires_at",),
    ),
    Rule(
        "CAC-4",
        _CAC,
        "Month boundaries and the month total",
        "月をまたぐ通話と月額表示",
        "A call that spans a month boundary is billed in the next month; telegram charges and "
        "consumption tax are not included; the month total is shown in whole yen.",
        (
            _cite("■ご利用料金の確認 (注記)", "CAC-4"),
            _cite("■ウェブ上でのご利用明細の確認", "CAC-4"),
        ),
        "The guide's sample shows 1,928.50 yen of calls as a 1,928 yen month total without naming "
        "the rounding. telcobiz truncates the sen, as the sample does (rounding half up would "
        "show 1,929).",
        values=(
            RuleValue(
                "month total rounding",
                "telcobiz.csvformats.cloud_autocall.reconciliation.MONTH_TOTAL_ROUNDING",
            ),
        ),
        implemented_by=(f"{_SCHEDULING}.billing_month", "telcobiz.csvformats.reconcile"),
    ),
    Rule(
        "CAC-5",
        _CAC,
        "Support hours",
        "お問い合わせ受付時間",
        "The support desk answers on weekdays 9:00–18:00, except Saturdays, Sundays, holidays and "
        "the year-end closure.",
        (_cite("セルフページについてのお問い合わせ先", "CAC-5"),),
        values=(RuleValue("support desk", "telcobiz.scheduling.windows.CLOUD_AUTOCALL_SUPPORT"),),
        implemented_by=("telcobiz.scheduling.service_hours",),
    ),
    Rule(
        "CAC-6",
        _CAC,
        "The download CSV layouts",
        "ダウンロードファイルのレイアウト",
        "The 電話番号別ご利用料金 and 通話明細 files are comma-separated records after a header "
        "record; each field has a length counted in Shift_JIS (CP932) bytes, and trailing "
        "half-width spaces are trimmed, so a value is at most its length.",
        (
            _cite(f"{_LAYOUTS} 電話番号別ご利用料金", "CAC-6"),
            _cite(f"{_LAYOUTS} 通話明細", "CAC-6"),
        ),
        "The guide names no encoding; CP932 follows from the header lengths (two bytes per "
        "full-width character, ａｕ通話 is 8). The trimmed form is canonical and is what telcobiz "
        "writes; a reader also accepts space-padded fields and rejects a value longer than its "
        "length; padding to full width is an explicit option. Records end in CRLF; amounts are "
        "plain decimals; times are read as hhmmss.s or hh:mm:ss.s and written as hhmmss.s; a "
        "too-long value is an error, never cut. The last data width, cut off in the guide, is 12 "
        "like the other amounts. 合計料金 must equal 国内通話 + 国際通話 + au通話 + その他移動体, "
        "as the guide's sample does (1,928.50 = 56.00 + 0.00 + 1,872.50); a record that breaks it "
        "is a line error unless the check is switched off. 地域名 may be empty (番号案内, mobile "
        "and IP destinations have no area) and round-trips byte for byte; every other field is "
        "required. The writer encodes as Windows' CP932 does, not as Python's cp932 codec: a "
        "character held twice is written at its JIS X 0208 code first, then NEC row 13, then the "
        "IBM extensions, never at the NEC-selected IBM extensions (髙 is FBFC, not EEE0), so a "
        "file Windows wrote reads and writes back byte for byte. A character CP932 cannot hold as "
        "itself (〜 U+301C, − U+2212, ‖, ¢, £, ¬) is refused with csv.not_cp932 naming the CP932 "
        "character to use, or mapped and reported with an explicit option: nothing is changed "
        "silently. Formula neutralising applies only to free-text fields (names, area names, call "
        "types); identifiers, e-mail addresses, phone numbers and amounts are checked by their "
        "own form and written as they are, since a leading ' would corrupt them; a neutralised "
        "value that no longer fits its width is an error naming the field.",
        values=(
            RuleValue("encoding", "telcobiz.csvformats.CP932"),
            RuleValue("電話番号別ご利用料金 header", "telcobiz.csvformats.USAGE_SUMMARY.header"),
            RuleValue("電話番号別ご利用料金 data", "telcobiz.csvformats.USAGE_SUMMARY.fields"),
            RuleValue("通話明細 header", "telcobiz.csvformats.CALL_DETAIL.header"),
            RuleValue("通話明細 data", "telcobiz.csvformats.CALL_DETAIL.fields"),
            RuleValue("formula starts", "telcobiz.csvformats.FORMULA_STARTS"),
        ),
        implemented_by=(
            "telcobiz.csvformats.read",
            "telcobiz.csvformats.write",
            "telcobiz.csvformats.check_csv",
            "telcobiz.csvformats.reconcile",
        ),
    ),
)
"""The CAC rules, in ID order."""
