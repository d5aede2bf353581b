"""The catalogue's DBO rules: ドコモビジネスオンラインショップ よくあるご質問 (DBO-1..DBO-8).

>>> [rule.id for rule in RULES][-1]
'DBO-8'
"""

from __future__ import annotations

from telcobiz.core.citation import CORPORATE_NUMBER_ORDINANCE, DOCOMO_SHOP_FAQ, Citation
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = ["RULES"]

_DBO = Service.DOCOMO
_POLICY = "telcobiz.policy.docomo"
_HOURS = "telcobiz.scheduling.windows"


def _cite(question: str, rule: str, row: str | None = None) -> Citation:
    return Citation(DOCOMO_SHOP_FAQ, question, row=row, rule=rule)


RULES: tuple[Rule, ...] = (
    Rule(
        "DBO-1",
        _DBO,
        "Orders at or after 13:00 count as the next business day",
        "13時以降のお申し込み",
        "An application made at or after 13:00 is handled as made on the next business day.",
        (_cite("注文後の利用開始日はいつになりますか?", "DBO-1", "13時以降"),),
        "The FAQ speaks only of the time of day. An application on a Saturday, a holiday or in "
        "the year-end closure cannot be handled that day either, so telcobiz moves it to the next "
        "business day too, whatever the time.",
        values=(RuleValue("cut-off", "telcobiz.scheduling.docomo.ORDER_CUTOFF"),),
        implemented_by=("telcobiz.scheduling.docomo.order_date",),
    ),
    Rule(
        "DBO-2",
        _DBO,
        "Payment due date",
        "支払期限日",
        "For mobile and ビジネスdアカウント必須 services the payment is due on the last day of "
        "the month the invoice is issued, moved to the next business day when that day is a "
        "Saturday, Sunday or holiday; other services' due date is printed on each invoice.",
        (
            _cite("支払期限日はいつになりますか?", "DBO-2"),
            _cite("お支払いについて", "DBO-2"),
        ),
        "The FAQ says 土日祝日 and nothing of the year-end closure, in which banks are closed "
        "12-31 to 01-03. telcobiz uses its one business-day calendar (CAL-1) for both halves of "
        "the rule, so a last day of 12-31 always moves: 2026-12-31, a Thursday, to 2027-01-04, "
        "and 2022-12-31, a Saturday, to 2023-01-04. The due date of other services is an input, "
        "never computed.",
        implemented_by=("telcobiz.scheduling.docomo.payment_due_date",),
    ),
    Rule(
        "DBO-3",
        _DBO,
        "Invoices with and without a barcode",
        "請求書とバーコード",
        "Invoices of orders other than mobile devices carry a barcode, payable at banks and "
        "convenience stores, under 300,000 yen, and none (banks only) above it; mobile invoices "
        "come from NTT Finance with no amount threshold.",
        (_cite("どのような請求書が届きますか?", "DBO-3"),),
        "The FAQ says 30万円未満 and 30万円超, leaving exactly 300,000 yen out. 未満 excludes the "
        "bound, so telcobiz gives an invoice of exactly 300,000 yen no barcode.",
        values=(RuleValue("barcode below", f"{_POLICY}.BARCODE_LIMIT"),),
        implemented_by=(f"{_POLICY}.invoice_payment", f"{_POLICY}.check_invoice_payment"),
    ),
    Rule(
        "DBO-4",
        _DBO,
        "Payment methods by product",
        "支払い方法",
        "Mobile devices are paid by account transfer, invoice or a credit card arranged at a "
        "docomo shop; ビジネスdアカウント必須 services by invoice, account transfer or credit "
        "card; other services by invoice or account transfer; the first payment of the latter two "
        "is by invoice, and a change of method needs the R invoice number and takes about 2 "
        "months; some card issuers are refused.",
        (
            _cite("支払い方法は何に対応していますか?", "DBO-4"),
            _cite("口座振替への支払い方法変更手続きはどれくらいかかりますか?", "DBO-4"),
            _cite("クレジットカードでの支払いで利用可能なブランドは何がありますか?", "DBO-4"),
        ),
        values=(RuleValue("card issuers", f"{_POLICY}.CARD_ISSUERS"),),
        implemented_by=(
            f"{_POLICY}.payment_methods",
            f"{_POLICY}.check_payment_method",
            f"{_POLICY}.check_payment_method_change",
        ),
    ),
    Rule(
        "DBO-5",
        _DBO,
        "Mobile orders need a corporate number",
        "法人番号",
        "A mobile order needs a 13-digit corporate number (a check digit, then the 12-digit "
        "会社法人等番号): a sole proprietor or trade name without one cannot contract for mobile "
        "devices, and a 商号のみ登記 (type code 04) orders in a personal name.",
        (
            _cite("法人番号がない場合は、どうしたらよいですか?", "DBO-5"),
            Citation(CORPORATE_NUMBER_ORDINANCE, "第2条", rule="DBO-5"),
        ),
        "The FAQ does not say how a typed number is read. telcobiz reads it as python-stdnum's "
        "jp.cn does: every space (the ideographic one too) and every character python-stdnum "
        "takes for a hyphen (U+2010–U+2015, U+2212 −, U+FF0D －, …) is dropped; full-width and "
        "mathematical digits (７, 𝟕) count as the digits 0–9 and no other character does, so "
        "circled, superscript or subscript digits make the number "
        "invalid, and so does the long-vowel mark ー (U+30FC), which is not a hyphen, or any "
        "other character. The check digit is 9 − (Σ Pn·Qn mod 9) with weights 1 and 2; mod 9 "
        "cannot see one body digit changed between 0 and 9 (7900012050002 is as valid as "
        "7000012050002), every other single-digit change is caught. The display form is "
        "7-0000-1205-0002.",
        values=(
            RuleValue("digits", f"{_POLICY}.CORPORATE_NUMBER_LENGTH"),
            RuleValue("digits of the 会社法人等番号", f"{_POLICY}.REGISTRY_NUMBER_LENGTH"),
            RuleValue("type code of a 商号のみ登記", f"{_POLICY}.TRADE_NAME_ONLY_TYPE_CODE"),
        ),
        implemented_by=(
            f"{_POLICY}.validate_corporate_number",
            f"{_POLICY}.calc_check_digit",
            f"{_POLICY}.check_mobile_order_holder",
            f"{_POLICY}.check_order_identity",
        ),
    ),
    Rule(
        "DBO-6",
        _DBO,
        "ビジネスdアカウント and roles",
        "ビジネスdアカウントとロール",
        "Ordering needs the 管理者ロール (a 一般ユーザーロール cannot order), and 21 services can "
        "be ordered only when logged in with a business d account; otherwise the shop shows one "
        "fixed message.",
        (
            _cite(
                "ビジネスdアカウントでログインしているにも関わらず、ご注文手続きに進めないのはなぜですか?",
                "DBO-6",
            ),
            _cite("注文にビジネスdアカウントが必要となるサービス・商品はどれですか?", "DBO-6"),
            _cite(
                "カート画面からご注文手続きへ進む時に以下エラーが表示されましたがどうすればよいですか?",
                "DBO-6",
            ),
            _cite("ログイン方法は変更できますか?", "DBO-6"),
        ),
        "The FAQ writes one service two ways (「NewsPicks+dプレミアム会員プラン」 and 「NewsPicks "
        "+dプレミアム会員プラン」), so telcobiz matches service names ignoring spaces after NFKC "
        "normalisation.",
        values=(
            RuleValue("message", f"{_POLICY}.NOT_LOGGED_IN_MESSAGE"),
            RuleValue("services", f"{_POLICY}.BUSINESS_D_ACCOUNT_SERVICES"),
            RuleValue("roles", f"{_POLICY}.ROLE_PERMISSIONS"),
        ),
        implemented_by=(
            f"{_POLICY}.check_shop_order",
            f"{_POLICY}.needs_business_d_account",
            f"{_POLICY}.check_action",
            f"{_POLICY}.check_login_change",
        ),
    ),
    Rule(
        "DBO-7",
        _DBO,
        "CSV user registration replaces every user",
        "CSVによる利用ユーザ登録",
        "An uploaded user list replaces all registered users (delete all, insert all), so the "
        "current list is downloaded, edited and uploaded; it may take time to apply.",
        (
            _cite(
                "利用者IDリストの作成について "
                "(ご注文時にご利用者さまIDリストを登録する必要がある商品)",
                "DBO-7",
            ),
            _cite("CSVによる利用ユーザ登録について、追加ではなく更新したい場合", "DBO-7"),
            _cite("CSVによる利用ユーザ登録は即時反映されますか?", "DBO-7"),
        ),
        "The FAQ states no field lengths and no encoding. telcobiz writes CP932 by default and "
        "reads UTF-8 when asked, and keeps the FAQ's own field titles, the e-mail field being "
        "「ビジネスdアカウントの連絡先メールアドレス」; name and phone are not needed for "
        "NewsPicks +dプレミアム. A plan of the replacement lists which users an upload deletes.",
        values=(RuleValue("fields", "telcobiz.csvformats.USER_LIST.titles"),),
        implemented_by=(
            "telcobiz.csvformats.read_users",
            "telcobiz.csvformats.write_users",
            "telcobiz.csvformats.plan_replacement",
        ),
    ),
    Rule(
        "DBO-8",
        _DBO,
        "Shop and desk hours",
        "受付時間",
        "The shop is open 24/365 (maintenance announced ahead); online consultation runs "
        "10:00–17:00 on business days with reservations 24 hours; the contact centre and the "
        "billing customer centre 9:00–17:00 on business days; the docomo information centre "
        "9:00–20:00 every day.",
        (
            _cite("サイト利用可能時間を教えてください。", "DBO-8"),
            _cite("オンライン相談の利用可能時間を教えてください。", "DBO-8"),
            _cite("注文数量が上限を超える場合は、どうすればよいですか?", "DBO-8"),
        ),
        values=(
            RuleValue("shop", f"{_HOURS}.DOCOMO_SHOP"),
            RuleValue("online consultation", f"{_HOURS}.DOCOMO_ONLINE_CONSULTATION"),
            RuleValue("reservations", f"{_HOURS}.DOCOMO_CONSULTATION_RESERVATION"),
            RuleValue("contact centre", f"{_HOURS}.DOCOMO_CONTACT_CENTER"),
            RuleValue("billing customer centre", f"{_HOURS}.DOCOMO_BILLING_CENTER"),
            RuleValue("information centre", f"{_HOURS}.DOCOMO_INFORMATION_CENTER"),
        ),
        implemented_by=("telcobiz.scheduling.service_hours",),
    ),
)
"""The DBO rules, in ID order."""
