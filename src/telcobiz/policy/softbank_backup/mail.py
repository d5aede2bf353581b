"""SB-5: which lines need the app-download mail and which the My SoftBank password mail.

From §2-2, §2-4 and §2-5 of 「法人コンシェルサイト あんしんバックアップ／連絡先コピー設定
利用マニュアル」 Ver.2.3: 4Gケータイ and models with the app preinstalled need no app-download
mail; smartphones and iPhones get the あんしんバックアップ URL, Windows 10 Mobile the 連絡先コピー
URL; Windows 10 Mobile and users who already know their password need no password mail. A
send takes at most 200 lines.

>>> from telcobiz.policy.softbank_backup import DeviceKind, Line
>>> plan = mail_plan([Line("090-1", DeviceKind.FEATURE_PHONE_4G), Line("090-2", DeviceKind.IPHONE)])
>>> plan.app_download, plan.password
(('090-2',), ('090-1', '090-2'))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from telcobiz.core.citation import BACKUP_MANUAL, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.frames import columns, to_dataframe
from telcobiz.core.text import check_lang
from telcobiz.policy.softbank_backup.catalog import BackupService
from telcobiz.policy.softbank_backup.lines import DeviceKind, Line, _lines
from telcobiz.policy.softbank_backup.portal_messages import MAX_SELECTION

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "MailExemption",
    "MailNeed",
    "MailPlan",
    "mail_plan",
    "needs_app_download_mail",
    "needs_password_mail",
]

_NEED_COLUMNS = columns(
    number="text",
    device="text",
    app_download_mail="bool",
    app_url="text",
    password_mail="bool",
    exemptions="object",
)

_APP_MAIL = Citation(BACKUP_MANUAL, "§2-2, §2-4", rule="SB-5")
_PASSWORD_MAIL = Citation(BACKUP_MANUAL, "§2-2, §2-5", rule="SB-5")


class MailExemption(enum.Enum):
    """Why a line needs no app-download mail or no password mail, in the manual's words.

    >>> MailExemption.WINDOWS_10_MOBILE.text
    '「連絡先コピー」アプリ(Windows 10 mobile端末)では本作業は不要です。'
    """

    FEATURE_PHONE_4G = "feature_phone_4g"
    APP_PREINSTALLED = "app_preinstalled"
    WINDOWS_10_MOBILE = "windows_10_mobile"
    KNOWS_PASSWORD = "knows_password"
    OUT_OF_SCOPE = "out_of_scope"
    CANCELLED = "cancelled"

    @property
    def text(self) -> str:
        """The manual's sentence for the exemption."""
        return _EXEMPTION_TEXTS[self]


_EXEMPTION_TEXTS = {
    MailExemption.FEATURE_PHONE_4G: "4Gケータイをご利用の場合は、ダウンロード依頼は不要です。",
    MailExemption.APP_PREINSTALLED: (
        "各アプリがプリインストールされている機種では本作業は不要です。"
    ),
    MailExemption.WINDOWS_10_MOBILE: (
        "「連絡先コピー」アプリ(Windows 10 mobile端末)では本作業は不要です。"
    ),
    MailExemption.KNOWS_PASSWORD: (
        "携帯電話利用者がすでにMy SoftBankのパスワードを知得している場合、本作業は不要です。"
    ),
    MailExemption.OUT_OF_SCOPE: "各サービス対象外機種でのご利用はできません。",
    MailExemption.CANCELLED: "ご利用いただけない契約の対象者が選択されています。",
}


def _app_mail_exemptions(line: Line) -> tuple[MailExemption, ...]:
    if line.cancelled:
        return (MailExemption.CANCELLED,)
    if line.device is DeviceKind.OUT_OF_SCOPE:
        return (MailExemption.OUT_OF_SCOPE,)
    if line.device is DeviceKind.FEATURE_PHONE_4G:
        return (MailExemption.FEATURE_PHONE_4G,)
    if line.app_preinstalled:
        return (MailExemption.APP_PREINSTALLED,)
    return ()


def _password_mail_exemptions(line: Line) -> tuple[MailExemption, ...]:
    if line.cancelled:
        return (MailExemption.CANCELLED,)
    if line.device is DeviceKind.OUT_OF_SCOPE:
        return (MailExemption.OUT_OF_SCOPE,)
    if line.device is DeviceKind.WINDOWS_10_MOBILE:
        return (MailExemption.WINDOWS_10_MOBILE,)
    if line.knows_password:
        return (MailExemption.KNOWS_PASSWORD,)
    return ()


def _line(value: object) -> Line:
    if not isinstance(value, Line):
        raise InvalidInput.for_value("line", value, "a Line", code="backup.bad_line")
    return value


def needs_app_download_mail(line: Line) -> bool:
    """Tell whether ``line`` needs the app-download mail (SB-5, §2-2, §2-4).

    Not for 4G phones, models with the app preinstalled, out-of-scope models or cancelled
    lines.

    >>> needs_app_download_mail(Line("090-1", DeviceKind.FEATURE_PHONE_4G))
    False
    >>> needs_app_download_mail(Line("090-2", DeviceKind.WINDOWS_10_MOBILE))
    True
    """
    return not _app_mail_exemptions(_line(line))


def needs_password_mail(line: Line) -> bool:
    """Tell whether ``line`` needs the My SoftBank password mail (SB-5, §2-2, §2-5).

    Not for Windows 10 Mobile (連絡先コピー needs no password), users who already know the
    password, out-of-scope models or cancelled lines. 4G phones do need it.

    >>> needs_password_mail(Line("090-1", DeviceKind.FEATURE_PHONE_4G))
    True
    >>> needs_password_mail(Line("090-2", DeviceKind.WINDOWS_10_MOBILE))
    False
    """
    return not _password_mail_exemptions(_line(line))


@attrs.frozen
class MailNeed:
    """The mails one line needs, which app's URL the download mail carries, and why not.

    >>> need = mail_plan([Line("090-1", DeviceKind.WINDOWS_10_MOBILE)]).lines[0]
    >>> need.app_download_mail, need.app_url.label, need.password_mail
    (True, '連絡先コピー', False)
    """

    number: str
    device: DeviceKind
    app_download_mail: bool
    app_url: BackupService | None
    password_mail: bool
    exemptions: tuple[MailExemption, ...] = ()


def _batches(numbers: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(numbers[i : i + MAX_SELECTION] for i in range(0, len(numbers), MAX_SELECTION))


@attrs.frozen
class MailPlan:
    """Which lines get the app-download mail and which the password mail (SB-5).

    Smartphones and iPhones get the あんしんバックアップ URL, Windows 10 Mobile the 連絡先コピー
    URL (§2-4). A screen sends at most 200 lines at once: see :attr:`app_download_batches`.

    >>> plan = mail_plan([Line("090-1", DeviceKind.IPHONE),
    ...                   Line("090-2", DeviceKind.FEATURE_PHONE_4G, knows_password=True)])
    >>> plan.app_download, plan.password
    (('090-1',), ('090-1',))
    >>> print(plan)
    app-download mail: 1 line, password mail: 1 line, of 2 lines
    """

    app_download: tuple[str, ...]
    password: tuple[str, ...]
    lines: tuple[MailNeed, ...]
    rules: tuple[str, ...] = ("SB-5",)
    citations: tuple[Citation, ...] = (_APP_MAIL, _PASSWORD_MAIL)

    @property
    def app_download_batches(self) -> tuple[tuple[str, ...], ...]:
        """The app-download recipients in sends of at most 200 lines.

        >>> len(mail_plan([Line(f"090-{n}", DeviceKind.IPHONE) for n in range(401)])
        ...     .app_download_batches)
        3
        """
        return _batches(self.app_download)

    @property
    def password_batches(self) -> tuple[tuple[str, ...], ...]:
        """The password-mail recipients in sends of at most 200 lines.

        >>> mail_plan([]).password_batches
        ()
        """
        return _batches(self.password)

    def __str__(self) -> str:
        def count(n: int) -> str:
            return f"{n} line{'' if n == 1 else 's'}"

        return (
            f"app-download mail: {count(len(self.app_download))}, password mail:"
            f" {count(len(self.password))}, of {count(len(self.lines))}"
        )

    def explain(self, lang: str = "ja") -> str:
        """Give one line per phone: the mails it needs and why it needs none.

        >>> print(mail_plan([Line("090-1", DeviceKind.FEATURE_PHONE_4G)]).explain("en")
        ...       .splitlines()[0])
        090-1 (4Gケータイ): app-download mail no, password mail yes; \
4Gケータイをご利用の場合は、ダウンロード依頼は不要です。
        """
        check_lang(lang)
        ja = lang == "ja"
        yes, no = ("要", "不要") if ja else ("yes", "no")
        out = []
        for need in self.lines:
            app = yes if need.app_download_mail else no
            if need.app_url is not None and need.app_download_mail:
                app += f" ({need.app_url.label})"
            password = yes if need.password_mail else no
            head = (
                f"{need.number} ({need.device.label}): アプリDL依頼メール {app}、"
                f"パスワード通知メール {password}"
                if ja
                else f"{need.number} ({need.device.label}): app-download mail {app},"
                f" password mail {password}"
            )
            if need.exemptions:
                head += "; " + " ".join(e.text for e in need.exemptions)
            out.append(head)
        out.extend(f"{'根拠' if ja else 'source'}: {c}" for c in self.citations)
        return "\n".join(out)

    def to_rows(self) -> list[dict[str, Any]]:
        """One JSON-ready dict per line.

        >>> mail_plan([Line("090-1", DeviceKind.IPHONE)]).to_rows()[0]["app_url"]
        'あんしんバックアップ'
        """
        return [
            {
                "number": need.number,
                "device": need.device.value,
                "app_download_mail": need.app_download_mail,
                "app_url": None if need.app_url is None else need.app_url.label,
                "password_mail": need.password_mail,
                "exemptions": [e.text for e in need.exemptions],
            }
            for need in self.lines
        ]

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, one row per line (the ``pandas`` extra).

        >>> mail_plan([Line("090-1", DeviceKind.IPHONE)]).to_dataframe()["app_url"].tolist()
        ['あんしんバックアップ']
        """
        return to_dataframe(self.to_rows(), _NEED_COLUMNS, needed_by="MailPlan.to_dataframe()")


def mail_plan(lines: Iterable[Line]) -> MailPlan:
    """Work out which lines need the app-download mail and which the password mail (SB-5).

    Each number is planned once, in the order given.

    >>> plan = mail_plan([Line("090-1", DeviceKind.SMARTPHONE, app_preinstalled=True)])
    >>> plan.app_download, plan.lines[0].exemptions
    ((), (<MailExemption.APP_PREINSTALLED: 'app_preinstalled'>,))
    """
    seen: dict[str, Line] = {}
    for line in _lines(lines):
        seen.setdefault(line.number, line)
    needs = []
    for line in seen.values():
        app_exempt = _app_mail_exemptions(line)
        password_exempt = _password_mail_exemptions(line)
        app = line.device.app
        needs.append(
            MailNeed(
                number=line.number,
                device=line.device,
                app_download_mail=not app_exempt,
                app_url=app.service if app is not None and not app_exempt else None,
                password_mail=not password_exempt,
                exemptions=tuple(dict.fromkeys(app_exempt + password_exempt)),
            )
        )
    return MailPlan(
        app_download=tuple(n.number for n in needs if n.app_download_mail),
        password=tuple(n.number for n in needs if n.password_mail),
        lines=tuple(needs),
    )
