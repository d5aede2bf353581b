"""ドコモビジネスオンラインショップ: 利用者IDリスト and full-replace uploads (DBO-7).

The list has four fields (ビジネスdアカウントのID, ビジネスdアカウントの連絡先メールアドレス,
ご利用者さまの氏名, ご利用者さまの電話番号); the name and phone are not needed for NewsPicks
+dプレミアム会員プラン, so they may be empty. The source states no lengths and no encoding:
CP932 is the default, UTF-8 with or without a BOM is read with ``encoding="utf-8"``.

An upload replaces every registered user (「登録済みデータの全削除および登録されるデータの全登録」),
so :func:`plan_replacement` says which users an upload would add, delete and change before
it happens, and warns when it would delete everyone.

>>> current = [DocomoUser("taro01", "taro@example.co.jp", "山田 太郎", "090-1234-5678")]
>>> plan = plan_replacement(current, [])
>>> plan.deletes_everyone, plan.warnings[0].text("ja")
(True, '登録済みの利用者が全員削除されます。')
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import attrs
from cattrs.cols import namedtuple_dict_structure_factory, namedtuple_dict_unstructure_factory

from telcobiz.core.checks import expect_iterable
from telcobiz.core.citation import DOCOMO_SHOP_FAQ, RULEBOOK, Citation
from telcobiz.core.conversion import converter
from telcobiz.core.errors import InvalidInput
from telcobiz.core.frames import columns, to_dataframe
from telcobiz.core.text import check_lang, explanation
from telcobiz.csvformats._text import refusal
from telcobiz.csvformats.fields import CP932, Field, FieldType, HeaderTitle
from telcobiz.csvformats.layout import Layout, record_type_check
from telcobiz.csvformats.problems import ValueChange
from telcobiz.csvformats.reader import RecordStream, read
from telcobiz.csvformats.writer import write

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "USER_LIST",
    "DocomoUser",
    "PlanWarning",
    "ReplacementPlan",
    "UserChange",
    "plan_replacement",
    "read_users",
    "write_users",
]

_PLAN_COLUMNS = columns(
    action="text",
    account_id="text",
    email="text",
    name="text",
    phone_number="text",
    fields="text",
)

_SECTION = "利用者IDリストの作成について (ご注文時にご利用者さまIDリストを登録する必要がある商品)"
_REPLACE_SECTION = "CSVによる利用ユーザ登録について、追加ではなく更新したい場合"
_DBO_7 = Citation(DOCOMO_SHOP_FAQ, _SECTION, rule="DBO-7")
_DBO_7_REPLACE = Citation(DOCOMO_SHOP_FAQ, _REPLACE_SECTION, rule="DBO-7")
_DBO_7_DELAY = Citation(
    DOCOMO_SHOP_FAQ, "CSVによる利用ユーザ登録は即時反映されますか?", rule="DBO-7"
)
_DBO_7_ENCODING = Citation(
    RULEBOOK, "DBO-7 (no lengths stated; CP932 by default, UTF-8 accepted)", rule="DBO-7"
)


class DocomoUser(NamedTuple):
    """One user of the 利用者IDリスト (DBO-7).

    ``name`` and ``phone_number`` may be ``None``: they are not needed for NewsPicks
    +dプレミアム会員プラン (※2).

    >>> DocomoUser("hanako02", "hanako@example.co.jp").name is None
    True
    """

    account_id: str
    email: str
    name: str | None = None
    phone_number: str | None = None


def _field(
    name: str,
    title: str,
    kind: FieldType,
    row: str,
    *,
    required: bool = True,
    free_text: bool = True,
) -> Field:
    citation = Citation(DOCOMO_SHOP_FAQ, _SECTION, row=row, rule="DBO-7")
    return Field(
        name,
        title,
        None,
        kind,
        citation,
        required=required,
        description=title,
        free_text=free_text and kind.is_free_text,
    )


_TITLES: Final = (
    "ビジネスdアカウントのID",
    "ビジネスdアカウントの連絡先メールアドレス",
    "ご利用者さまの氏名",
    "ご利用者さまの電話番号",
)

USER_LIST: Final[Layout[DocomoUser]] = Layout(
    name="docomo.user_list",
    title="利用者IDリスト",
    header=tuple(HeaderTitle(title, None, _DBO_7) for title in _TITLES),
    fields=(
        # An identifier: a leading ' would make it another ID in a full-replace upload.
        _field("account_id", _TITLES[0], FieldType.TEXT, "【必要項目】 1", free_text=False),
        _field("email", _TITLES[1], FieldType.EMAIL, "【必要項目】 2"),
        _field("name", _TITLES[2], FieldType.TEXT, "【必要項目】 3 ※2", required=False),
        _field(
            "phone_number", _TITLES[3], FieldType.PHONE_NUMBER, "【必要項目】 4 ※2", required=False
        ),
    ),
    record_type=DocomoUser,
    checks=(),
    rules=("DBO-7",),
    citations=(_DBO_7, _DBO_7_ENCODING),
)
"""The 利用者IDリスト layout: four fields, no stated lengths (DBO-7).

>>> USER_LIST.titles[1]
'ビジネスdアカウントの連絡先メールアドレス'
"""


def read_users(
    source: object,
    *,
    encoding: str = CP932,
    errors: str = "strict",
    max_problems: int | None = None,
) -> RecordStream[DocomoUser]:
    r"""Read a user list (CP932 by default; ``encoding="utf-8"`` reads UTF-8 with or without BOM).

    >>> data = "\ufeff" + ",".join(USER_LIST.titles) + "\r\nnp01,np01@example.jp,,\r\n"
    >>> [user.name for user in read_users(data.encode("utf-8"), encoding="utf-8")]
    [None]
    """
    return read(source, USER_LIST, encoding=encoding, errors=errors, max_problems=max_problems)


def write_users(
    users: Iterable[DocomoUser],
    *,
    encoding: str = CP932,
    neutralise_formulas: bool = True,
    normalise: Callable[[ValueChange], object] | None = None,
) -> Iterator[bytes]:
    r"""Write a user list for upload, header first, CRLF (CP932 unless ``encoding`` says).

    Only the name is neutralised against formulas: the ID and the e-mail address are written
    as they are (CAC-6 Decision), since the upload replaces every user. ``normalise`` is as
    for :func:`~telcobiz.csvformats.write`.

    >>> b"".join(write_users([DocomoUser("np01", "np01@example.jp")])).decode("cp932")
    'ビジネスdアカウントのID,ビジネスdアカウントの連絡先メールアドレス,ご利用者さまの氏名,ご利用者さまの電話番号\r\nnp01,np01@example.jp,,\r\n'
    """
    expect_iterable(users, "users", expected="DocomoUser records", code="csv.wrong_record")
    return write(
        users,
        USER_LIST,
        encoding=encoding,
        neutralise_formulas=neutralise_formulas,
        normalise=normalise,
    )


class PlanWarning(enum.Enum):
    """Why a portal should ask before an upload (DBO-7), each with its Japanese text.

    >>> PlanWarning.DELETES_EVERYONE.text("ja")
    '登録済みの利用者が全員削除されます。'
    """

    DELETES_EVERYONE = "deletes_everyone"
    DELETES_USERS = "deletes_users"
    DUPLICATE_IDS = "duplicate_ids"

    def text(self, lang: str = "ja") -> str:
        """The warning in ``lang`` (``"ja"`` or ``"en"``).

        >>> PlanWarning.DUPLICATE_IDS.text("en")
        'The upload lists the same business d account ID more than once.'
        """
        return _WARNINGS[self][0 if check_lang(lang) == "ja" else 1]


_WARNINGS: Final = {
    PlanWarning.DELETES_EVERYONE: (
        "登録済みの利用者が全員削除されます。",
        "Every registered user would be deleted.",
    ),
    PlanWarning.DELETES_USERS: (
        "アップロードに含まれない登録済みの利用者は削除されます。",
        "Registered users missing from the upload would be deleted.",
    ),
    PlanWarning.DUPLICATE_IDS: (
        "同じビジネスdアカウントのIDが複数回含まれています。",
        "The upload lists the same business d account ID more than once.",
    ),
}


@attrs.frozen
class UserChange:
    """A user in both lists whose other fields differ: before, after, and which fields.

    >>> change = UserChange("taro01", DocomoUser("taro01", "a@x.jp"),
    ...                     DocomoUser("taro01", "b@x.jp"), ("email",))
    >>> change.fields
    ('email',)
    """

    account_id: str
    before: DocomoUser
    after: DocomoUser
    fields: tuple[str, ...]


@attrs.frozen
class ReplacementPlan:
    """What a full-replace upload would do (DBO-7), answer first: the warnings to show.

    Users are matched by ビジネスdアカウントのID (exactly). ``added`` are in the upload only,
    ``deleted`` in the current list only, ``changed`` in both with other fields different.
    An ID the upload lists twice is in ``duplicate_ids`` (its first line is used).

    >>> plan = plan_replacement([], [DocomoUser("np01", "np01@example.jp")])
    >>> plan.warnings, len(plan.added)
    ((), 1)
    """

    warnings: tuple[PlanWarning, ...]
    added: tuple[DocomoUser, ...]
    deleted: tuple[DocomoUser, ...]
    changed: tuple[UserChange, ...]
    unchanged: int
    duplicate_ids: tuple[str, ...]
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def deletes_everyone(self) -> bool:
        """True when every registered user would be deleted (and there was at least one).

        >>> plan_replacement([DocomoUser("a", "a@x.jp")], [DocomoUser("b", "b@x.jp")]
        ...                  ).deletes_everyone
        True
        """
        return PlanWarning.DELETES_EVERYONE in self.warnings

    @property
    def is_noop(self) -> bool:
        """True when the upload would leave the registered users as they are.

        >>> plan_replacement([DocomoUser("a", "a@x.jp")], [DocomoUser("a", "a@x.jp")]).is_noop
        True
        """
        return not (self.added or self.deleted or self.changed)

    def sentence(self, lang: str = "en") -> str:
        """The plan in one sentence, in ``lang``.

        >>> plan_replacement([], []).sentence("ja")
        'このアップロードで追加0名、削除0名、変更0名、変更なし0名です。'
        """
        counts = (len(self.added), len(self.deleted), len(self.changed), self.unchanged)
        if check_lang(lang) == "ja":
            head = (
                "このアップロードで登録済みの利用者は全員削除されます: "
                if self.deletes_everyone
                else ("このアップロードで")
            )
            return "{}追加{}名、削除{}名、変更{}名、変更なし{}名です。".format(head, *counts)
        head = (
            "This upload would delete every registered user: "
            if self.deletes_everyone
            else "This upload: "
        )
        return "{}{} added, {} deleted, {} changed, {} unchanged.".format(head, *counts)

    def __str__(self) -> str:
        return self.sentence("en")

    def explain(self, lang: str = "en") -> str:
        """The sentence, the warnings, one line per affected user, the rules and sources.

        >>> print(plan_replacement([DocomoUser("a", "a@x.jp")], []).explain("en"))
        This upload would delete every registered user: 0 added, 1 deleted, 0 changed, 0 unchanged.
        warning: Every registered user would be deleted.
        delete: a (a@x.jp)
        note: a registration may take time to apply (not immediate).
        rules: DBO-7
        - DBO-7: ドコモビジネスオンラインショップ よくあるご質問 CSVによる...
        - DBO-7: ドコモビジネスオンラインショップ よくあるご質問 CSVによる...
        """
        ja = check_lang(lang) == "ja"
        details = [
            ("警告: " if ja else "warning: ") + warning.text(lang) for warning in self.warnings
        ]
        add, delete, change_, duplicate = (
            ("追加", "削除", "変更", "重複") if ja else ("add", "delete", "change", "duplicate")
        )
        details += [f"{add}: {user.account_id} ({user.email})" for user in self.added]
        details += [f"{delete}: {user.account_id} ({user.email})" for user in self.deleted]
        details += [
            f"{change_}: {change.account_id} (" + ", ".join(change.fields) + ")"
            for change in self.changed
        ]
        details += [f"{duplicate}: {account}" for account in self.duplicate_ids]
        details.append(
            "※ 反映には時間がかかる場合があります。"
            if ja
            else "note: a registration may take time to apply (not immediate)."
        )
        return explanation(self.sentence(lang), details, self.rules, self.citations, lang)

    def to_rows(self) -> list[dict[str, Any]]:
        """One plain dict per added, deleted or changed user, with its ``action``.

        >>> plan_replacement([], [DocomoUser("np01", "np01@example.jp")]).to_rows()[0]["action"]
        'add'
        """
        rows = [{"action": "add", **user._asdict(), "fields": ""} for user in self.added]
        rows += [{"action": "delete", **user._asdict(), "fields": ""} for user in self.deleted]
        rows += [
            {"action": "change", **change.after._asdict(), "fields": ",".join(change.fields)}
            for change in self.changed
        ]
        return rows

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, one row per user (the ``pandas`` extra).

        >>> plan = plan_replacement([], [DocomoUser("np01", "np01@example.jp")])
        >>> plan.to_dataframe()["name"].tolist()
        [<NA>]
        """
        return to_dataframe(
            self.to_rows(), _PLAN_COLUMNS, needed_by="ReplacementPlan.to_dataframe()"
        )


def _by_id(users: Iterable[DocomoUser], *, which: str) -> tuple[dict[str, DocomoUser], list[str]]:
    found: dict[str, DocomoUser] = {}
    duplicates: dict[str, None] = {}
    for user in users:
        record_type_check(USER_LIST, [user])
        if user.account_id in found:
            if which == "current":
                raise refusal(
                    InvalidInput,
                    "current",
                    user.account_id,
                    "the current list as downloaded, each ID once",
                    code="docomo.duplicate_id",
                )
            duplicates[user.account_id] = None
            continue
        found[user.account_id] = user
    return found, list(duplicates)


def plan_replacement(
    current: Iterable[DocomoUser], uploaded: Iterable[DocomoUser]
) -> ReplacementPlan:
    """What uploading ``uploaded`` would do to the ``current`` users (DBO-7: full replace).

    >>> current = [DocomoUser("a", "a@x.jp", "青木"), DocomoUser("b", "b@x.jp")]
    >>> plan = plan_replacement(current, [DocomoUser("a", "a2@x.jp", "青木"),
    ...                                   DocomoUser("c", "c@x.jp")])
    >>> [u.account_id for u in plan.added], [u.account_id for u in plan.deleted]
    (['c'], ['b'])
    >>> plan.changed[0].fields
    ('email',)
    >>> [warning.value for warning in plan.warnings]
    ['deletes_users']
    """
    expect_iterable(current, "current", expected="DocomoUser records", code="csv.wrong_record")
    expect_iterable(uploaded, "uploaded", expected="DocomoUser records", code="csv.wrong_record")
    before, _ = _by_id(current, which="current")
    after, duplicates = _by_id(uploaded, which="uploaded")
    added = tuple(user for key, user in after.items() if key not in before)
    deleted = tuple(user for key, user in before.items() if key not in after)
    changed = []
    unchanged = 0
    for key, user in after.items():
        old = before.get(key)
        if old is None:
            continue
        fields = tuple(
            name for name in DocomoUser._fields if getattr(old, name) != getattr(user, name)
        )
        if fields:
            changed.append(UserChange(key, old, user, fields))
        else:
            unchanged += 1
    warnings = []
    if before and len(deleted) == len(before):
        warnings.append(PlanWarning.DELETES_EVERYONE)
    elif deleted:
        warnings.append(PlanWarning.DELETES_USERS)
    if duplicates:
        warnings.append(PlanWarning.DUPLICATE_IDS)
    return ReplacementPlan(
        warnings=tuple(warnings),
        added=added,
        deleted=deleted,
        changed=tuple(changed),
        unchanged=unchanged,
        duplicate_ids=tuple(duplicates),
        rules=("DBO-7",),
        citations=(_DBO_7_REPLACE, _DBO_7_DELAY),
    )


converter.register_unstructure_hook(
    DocomoUser, namedtuple_dict_unstructure_factory(DocomoUser, converter)
)
converter.register_structure_hook(
    DocomoUser, namedtuple_dict_structure_factory(DocomoUser, converter)
)
