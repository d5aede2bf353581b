"""KDDI クラウドオートコール セルフページ: the time rules of the self page.

Rules CAC-1 (when a new password works), CAC-2 (which months' charges can be viewed), CAC-3
(how long a detail file is kept) and CAC-4 (which month a call is billed in), read from
「KDDI クラウドオートコール」 セルフページのご利用方法. The support hours (CAC-5) are
:data:`telcobiz.scheduling.hours.CLOUD_AUTOCALL_SUPPORT`.

>>> from datetime import date, datetime
>>> [str(month) for month in viewable_months(date(2026, 11, 21)).months]
['2026-10', '2026-09', '2026-08', '2026-07']
>>> str(billing_month(datetime(2026, 10, 31, 23, 59), datetime(2026, 11, 1, 0, 1)).month)
'2026-11'
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final

import attrs

from telcobiz.core.citation import CLOUD_AUTOCALL_GUIDE, RULEBOOK, Citation
from telcobiz.core.dates import add_duration
from telcobiz.core.errors import InvalidInput
from telcobiz.core.jst import JST, jst_naive
from telcobiz.core.text import check_lang, explanation, format_moment
from telcobiz.core.yearmonth import YearMonth
from telcobiz.scheduling.hours import Note, require_date

__all__ = [
    "DETAIL_FILE_KEPT_FOR",
    "PASSWORD_DELAY",
    "VIEWABLE_MONTH_COUNT",
    "BillingMonth",
    "DetailFileExpiry",
    "PasswordUsable",
    "ViewableMonths",
    "billing_month",
    "detail_file_expires_at",
    "password_usable_from",
    "viewable_months",
]

VIEWABLE_MONTH_COUNT: Final = 4
"""CAC-2: 「前月分を含め過去4カ月分」 of charges can be viewed.

>>> VIEWABLE_MONTH_COUNT
4
"""

DETAIL_FILE_KEPT_FOR: Final = timedelta(hours=48)
"""CAC-3: 「作成された明細ファイルは48時間保存されます」.

>>> DETAIL_FILE_KEPT_FOR
datetime.timedelta(days=2)
"""

PASSWORD_DELAY: Final = timedelta(minutes=5)
"""CAC-1: 「新しいパスワードは、約5分後よりご利用可能になります」 (about 5 minutes).

>>> PASSWORD_DELAY
datetime.timedelta(seconds=300)
"""

_CAC_1 = Citation(CLOUD_AUTOCALL_GUIDE, "■パスワードの変更 ④", rule="CAC-1")
_CAC_2 = Citation(CLOUD_AUTOCALL_GUIDE, "セルフページメニュー, ■ご利用料金の確認", rule="CAC-2")
_CAC_2_DECISION = Citation(RULEBOOK, "CAC-2 Decision (months M-1 … M-4)", rule="CAC-2")
_CAC_3 = Citation(
    CLOUD_AUTOCALL_GUIDE, "■ウェブ上でのご利用明細の確認 (ダウンロード)", rule="CAC-3"
)
_CAC_4 = Citation(CLOUD_AUTOCALL_GUIDE, "■ご利用料金の確認 (注記)", rule="CAC-4")

_ABOUT_FIVE_MINUTES = Note(
    "cloud_autocall.about_five_minutes",
    "約5分後です（目安）。パスワードが不明になった場合は法人お客さまセンターで初期化します。",
    "about 5 minutes (an estimate); a forgotten password is reset by the 法人お客さまセンター.",
)
_CREATE_AGAIN = Note(
    "cloud_autocall.create_again",
    "48時間経過後は、再度作成が必要です。作成に数分かかります。",
    "after 48 hours the file must be created again; creating one takes a few minutes.",
)
_NOT_INCLUDED = Note(
    "cloud_autocall.not_included",
    "電報料金・消費税は含まれていません。",
    "telegram charges and consumption tax are not included.",
)


# -- CAC-2 --------------------------------------------------------------------------------------


@attrs.frozen
class ViewableMonths:
    """The months whose charges the self page shows on ``today`` (CAC-2), newest first.

    >>> view = viewable_months(date(2027, 1, 5))
    >>> [str(month) for month in view.months], view.includes(YearMonth(2026, 9))
    (['2026-12', '2026-11', '2026-10', '2026-09'], True)
    """

    months: tuple[YearMonth, ...]
    today: date
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def includes(self, month: YearMonth) -> bool:
        """Tell whether ``month``'s charges can be viewed.

        >>> viewable_months(date(2026, 11, 21)).includes(YearMonth(2026, 11))  # not yet
        False
        """
        return month in self.months

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> viewable_months(date(2026, 11, 21)).sentence("ja")
        '2026-11-21にご確認いただけるご利用料金は2026-07～2026-10の4カ月分です。'
        """
        first, last = self.months[-1], self.months[0]
        if check_lang(lang) == "ja":
            count = len(self.months)
            return f"{self.today}にご確認いただけるご利用料金は{first}～{last}の{count}カ月分です。"
        return f"On {self.today} the self page shows the charges of {first} to {last}."

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: each month, and the sources.

        >>> print(viewable_months(date(2026, 11, 21)).explain("en").splitlines()[1])
        months: 2026-10, 2026-09, 2026-08, 2026-07
        """
        head = "対象月" if check_lang(lang) == "ja" else "months"
        details = [f"{head}: " + ", ".join(map(str, self.months))]
        return explanation(
            self.sentence(lang),
            details,
            self.rules,
            self.citations,
            lang,
        )


def viewable_months(today: date) -> ViewableMonths:
    """Return the months whose charges can be viewed on ``today``: M-1 … M-4 (CAC-2).

    「前月分を含め過去4カ月分」: the previous month and the three before it; the current month
    is not among them.

    >>> [str(m) for m in viewable_months(date(2024, 2, 29)).months]  # leap day
    ['2024-01', '2023-12', '2023-11', '2023-10']
    """
    today = require_date(today, "today")
    current = YearMonth.of(today)
    months = tuple(current.shift(-n) for n in range(1, VIEWABLE_MONTH_COUNT + 1))
    return ViewableMonths(
        months=months, today=today, rules=("CAC-2",), citations=(_CAC_2, _CAC_2_DECISION)
    )


# -- CAC-3 --------------------------------------------------------------------------------------


@attrs.frozen
class DetailFileExpiry:
    """When a created detail file stops being downloadable (CAC-3), answer first.

    >>> expiry = detail_file_expires_at(datetime(2026, 11, 20, 18, 0))
    >>> expiry.expires_at.isoformat(), expiry.is_available(datetime(2026, 11, 22, 17, 59))
    ('2026-11-22T18:00:00+09:00', True)
    """

    expires_at: datetime
    created_at: datetime
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def is_available(self, at: datetime) -> bool:
        """Tell whether the file can still be downloaded at ``at`` (the expiry is excluded).

        >>> detail_file_expires_at(datetime(2026, 11, 20, 18, 0)).is_available(
        ...     datetime(2026, 11, 22, 18, 0))
        False
        """
        return jst_naive(at).replace(tzinfo=JST) < self.expires_at

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> detail_file_expires_at(datetime(2026, 11, 20, 18, 0)).sentence("ja")
        '2026-11-20 18:00に作成した明細ファイルは2026-11-22 18:00まで保存されます。'
        """
        created, expires = format_moment(self.created_at), format_moment(self.expires_at)
        if check_lang(lang) == "ja":
            return f"{created}に作成した明細ファイルは{expires}まで保存されます。"
        return f"A detail file created {created} JST is kept until {expires} JST."

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: how long files are kept, notes and sources.

        >>> print(detail_file_expires_at(datetime(2026, 11, 20, 18, 0)).explain("en")
        ...       .splitlines()[1])
        kept for 48 hours
        """
        detail = "保存期間 48時間" if check_lang(lang) == "ja" else "kept for 48 hours"
        return explanation(
            self.sentence(lang),
            [detail],
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


def detail_file_expires_at(created_at: datetime) -> DetailFileExpiry:
    """Return when a detail file created at ``created_at`` expires: 48 hours later (CAC-3).

    The file can be downloaded while ``at < expires_at``; after that it must be created
    again. Naive times are JST.

    >>> detail_file_expires_at(datetime(2024, 2, 28, 9, 30)).expires_at.isoformat()  # leap year
    '2024-03-01T09:30:00+09:00'
    """
    created = jst_naive(created_at, field="created_at").replace(tzinfo=JST)
    return DetailFileExpiry(
        expires_at=add_duration(created, DETAIL_FILE_KEPT_FOR, field="created_at"),
        created_at=created,
        notes=(_CREATE_AGAIN,),
        rules=("CAC-3", "CAL-2"),
        citations=(_CAC_3,),
    )


# -- CAC-4 --------------------------------------------------------------------------------------


@attrs.frozen
class BillingMonth:
    """The usage month a call is billed in (CAC-4), answer first.

    >>> call = billing_month(datetime(2026, 11, 5, 20, 12), datetime(2026, 11, 5, 20, 13))
    >>> str(call.month), call.spans_months
    ('2026-11', False)
    """

    month: YearMonth
    call_start: datetime
    call_end: datetime
    spans_months: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> billing_month(datetime(2026, 10, 31, 23, 59), datetime(2026, 11, 1, 0, 1)
        ...     ).sentence("ja")
        '2026-10-31 23:59開始の通話は2026-11のご請求です（月をまたがった通話）。'
        """
        start = format_moment(self.call_start)
        if check_lang(lang) == "ja":
            why = "（月をまたがった通話）" if self.spans_months else ""
            return f"{start}開始の通話は{self.month}のご請求です{why}。"
        why = " (it spans a month boundary)" if self.spans_months else ""
        return f"A call started {start} JST is billed in {self.month}{why}."

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: the call's times, notes and sources.

        >>> print(billing_month(datetime(2026, 10, 31, 23, 59), datetime(2026, 11, 1, 0, 1)
        ...       ).explain("en").splitlines()[1])
        call: 2026-10-31 23:59 – 2026-11-01 00:01 JST
        """
        head = "通話" if check_lang(lang) == "ja" else "call"
        details = [f"{head}: {format_moment(self.call_start)} – {format_moment(self.call_end)} JST"]
        return explanation(
            self.sentence(lang),
            details,
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


def billing_month(call_start: datetime, call_end: datetime) -> BillingMonth:
    """Return the usage month a call from ``call_start`` to ``call_end`` is billed in (CAC-4).

    A call that spans a month boundary is billed in the month after the one it started in
    (「月をまたがって通話された場合は、翌月のご請求となります」). A call that ends exactly at
    midnight on the 1st did not continue into the new month. Naive times are JST; an end
    before the start is an error.

    >>> str(billing_month(datetime(2026, 10, 31, 23, 59), datetime(2026, 11, 1, 0, 0)).month)
    '2026-10'
    >>> str(billing_month(datetime(2024, 2, 29, 23, 59), datetime(2024, 3, 1, 0, 5)).month)
    '2024-03'
    """
    start = jst_naive(call_start, field="call_start")
    end = jst_naive(call_end, field="call_end")
    if end < start:
        raise InvalidInput.for_value(
            "call_end",
            call_end,
            f"a moment at or after the call start {start.isoformat()}",
            code="cloud_autocall.end_before_start",
        )
    started_in = YearMonth.of(start.date())
    spans = end > datetime.combine(started_in.shift(1).first_day, datetime.min.time())
    return BillingMonth(
        month=started_in.shift(1) if spans else started_in,
        call_start=start.replace(tzinfo=JST),
        call_end=end.replace(tzinfo=JST),
        spans_months=spans,
        notes=(_NOT_INCLUDED,),
        rules=("CAC-4", "CAL-2"),
        citations=(_CAC_4,),
    )


# -- CAC-1 --------------------------------------------------------------------------------------


@attrs.frozen
class PasswordUsable:
    """When a changed self password starts to work (CAC-1): about 5 minutes after the change.

    >>> ready = password_usable_from(datetime(2026, 11, 20, 9, 58))
    >>> ready.usable_from.isoformat(), ready.approximate
    ('2026-11-20T10:03:00+09:00', True)
    """

    usable_from: datetime
    changed_at: datetime
    approximate: bool
    notes: tuple[Note, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    def sentence(self, lang: str = "en") -> str:
        """Say the answer in one sentence, in ``lang``.

        >>> password_usable_from(datetime(2026, 11, 20, 9, 58)).sentence("en")
        'A password changed 2026-11-20 09:58 JST works from about 2026-11-20 10:03 JST.'
        """
        changed, usable = format_moment(self.changed_at), format_moment(self.usable_from)
        if check_lang(lang) == "ja":
            return f"{changed}に変更したパスワードは{usable}頃からご利用可能です。"
        return f"A password changed {changed} JST works from about {usable} JST."

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Break the answer down: the delay, notes and sources.

        >>> print(password_usable_from(datetime(2026, 11, 20, 9, 58)).explain("en")
        ...       .splitlines()[1])
        delay: about 5 minutes
        """
        detail = "約5分後" if check_lang(lang) == "ja" else "delay: about 5 minutes"
        return explanation(
            self.sentence(lang),
            [detail],
            self.rules,
            self.citations,
            lang,
            notes=self.notes,
        )


def password_usable_from(changed_at: datetime) -> PasswordUsable:
    """Return when a self password changed at ``changed_at`` starts to work (CAC-1).

    The source says 「約5分後」: about 5 minutes, so ``approximate`` is True. Naive times
    are JST.

    >>> password_usable_from(datetime(2026, 12, 31, 23, 57)).usable_from.isoformat()
    '2027-01-01T00:02:00+09:00'
    """
    changed = jst_naive(changed_at, field="changed_at").replace(tzinfo=JST)
    return PasswordUsable(
        usable_from=add_duration(changed, PASSWORD_DELAY, field="changed_at"),
        changed_at=changed,
        approximate=True,
        notes=(_ABOUT_FIVE_MINUTES,),
        rules=("CAC-1", "CAL-2"),
        citations=(_CAC_1,),
    )
