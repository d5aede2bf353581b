"""ドコモビジネスオンラインショップ: logins, roles and business d account services (DBO-6).

Only the 管理者ロール orders; the services that need a business d account are matched
ignoring spaces.

>>> check_shop_order("NewsPicks +dプレミアム会員プラン", login="email").problems[0].message_ja
'ビジネスdアカウントでログインされていない為、本商品を購入することができません。'
>>> needs_business_d_account("Box over VPN")
False
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from telcobiz.core.citation import DOCOMO_SHOP_FAQ, Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.policy._text import parse_choice, squeeze
from telcobiz.policy.report import Problem, ProblemKind, Report

__all__ = [
    "BUSINESS_D_ACCOUNT_SERVICES",
    "NOT_LOGGED_IN_MESSAGE",
    "ROLE_PERMISSIONS",
    "LoginMethod",
    "ShopAction",
    "ShopRole",
    "check_action",
    "check_login_change",
    "check_shop_order",
    "needs_business_d_account",
    "validate_shop_order",
]

_DBO_6_ROLE = Citation(
    DOCOMO_SHOP_FAQ,
    "ビジネスdアカウントでログインしているにも関わらず、ご注文手続きに進めないのはなぜですか?",
    rule="DBO-6",
)
_DBO_6_SERVICES = Citation(
    DOCOMO_SHOP_FAQ,
    "注文にビジネスdアカウントが必要となるサービス・商品はどれですか?",
    rule="DBO-6",
)
_DBO_6_MESSAGE = Citation(
    DOCOMO_SHOP_FAQ,
    "カート画面からご注文手続きへ進む時に以下エラーが表示されましたがどうすればよいですか?",
    rule="DBO-6",
)
_DBO_6_MEMBER = Citation(DOCOMO_SHOP_FAQ, "会員登録せずに注文はできますか?", rule="DBO-6")
_DBO_6_LOGIN = Citation(DOCOMO_SHOP_FAQ, "ログイン方法は変更できますか?", rule="DBO-6")
_DBO_6_COLLEAGUES = Citation(
    DOCOMO_SHOP_FAQ, "社内の他担当の注文履歴は確認可能ですか?", rule="DBO-6"
)


NOT_LOGGED_IN_MESSAGE: Final = (
    "ビジネスdアカウントでログインされていない為、本商品を購入することができません。"
)
"""DBO-6: the message the cart shows, character for character (one line).

>>> NOT_LOGGED_IN_MESSAGE.endswith("購入することができません。")
True
"""

BUSINESS_D_ACCOUNT_SERVICES: Final = (
    "dXオンライン営業",
    "ビジネスdリモートデスクトップ",
    "dXホームページ",
    "dX勤怠・労務管理",
    "ビジネスd福利厚生",
    "dX助成金申請",
    "ビジネスd経費精算",
    "dXメール配信",
    "dX電子カタログ",
    "dX商談・名刺管理",
    "dXショートメッセージ(SMS)配信",
    "dX顧客開拓",
    "まるごとビジネスサポート",
    "NewsPicks+dプレミアム会員プラン",
    "dX電子契約",
    "dX電子請求書",
    "dXインターネットFAX",
    "ビジネスdプリペイド",
    "ビジネスd出勤簿",
    "ビジネスd電子申請",
    "ビジネスd安否確認 ベーシックプラン",
)
"""DBO-6: the 21 services that need a business d account to order, estimate and use.

>>> len(BUSINESS_D_ACCOUNT_SERVICES)
21
"""

_SERVICE_KEYS: Final = frozenset(squeeze(name).casefold() for name in BUSINESS_D_ACCOUNT_SERVICES)


def needs_business_d_account(service: str) -> bool:
    """Tell whether ``service`` needs a business d account (names matched ignoring spaces).

    >>> needs_business_d_account("NewsPicks +dプレミアム会員プラン")
    True
    >>> needs_business_d_account("ビジネスd安否確認ベーシックプラン")
    True
    >>> needs_business_d_account("Box over VPN")
    False
    """
    if not isinstance(service, str):
        raise InvalidInput.for_value(
            "service", service, "a service name as text", code="docomo.bad_service"
        )
    return squeeze(service).casefold() in _SERVICE_KEYS


class LoginMethod(enum.Enum):
    """How a member logs in to the shop (DBO-6).

    >>> LoginMethod.EMAIL.label
    'メールアドレス(ID・パスワード)'
    """

    BUSINESS_D_ACCOUNT = "business_d_account"
    EMAIL = "email"

    @property
    def label(self) -> str:
        """The FAQ's wording."""
        return {
            LoginMethod.BUSINESS_D_ACCOUNT: "ビジネスdアカウント",
            LoginMethod.EMAIL: "メールアドレス(ID・パスワード)",
        }[self]

    @classmethod
    def parse(cls, text: LoginMethod | str) -> LoginMethod:
        """Read a login method by value, name or label.

        >>> LoginMethod.parse("business-d-account")
        <LoginMethod.BUSINESS_D_ACCOUNT: 'business_d_account'>
        """
        return parse_choice(cls, text, field="login", code="docomo.unknown_login")


class ShopRole(enum.Enum):
    """A business d account member's role in the shop's user group (DBO-6).

    >>> ShopRole.ADMIN.label
    '管理者ロール'
    """

    GENERAL_USER = "general_user"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """The FAQ's wording (一般ユーザーロール / 管理者ロール)."""
        return {ShopRole.GENERAL_USER: "一般ユーザーロール", ShopRole.ADMIN: "管理者ロール"}[self]

    @classmethod
    def parse(cls, text: ShopRole | str) -> ShopRole:
        """Read a role by value, name or label.

        >>> ShopRole.parse("管理者ロール")
        <ShopRole.ADMIN: 'admin'>
        """
        return parse_choice(cls, text, field="role", code="docomo.unknown_role")


class ShopAction(enum.Enum):
    """What a role may do (DBO-6).

    >>> ShopAction.VIEW_COLLEAGUE_ORDERS.label
    '社内の他担当の注文履歴の確認'
    """

    ORDER = "order"
    USER_MANAGEMENT = "user_management"
    VIEW_COLLEAGUE_ORDERS = "view_colleague_orders"

    @property
    def label(self) -> str:
        """The FAQ's wording."""
        return {
            ShopAction.ORDER: "注文",
            ShopAction.USER_MANAGEMENT: "ユーザー管理",
            ShopAction.VIEW_COLLEAGUE_ORDERS: "社内の他担当の注文履歴の確認",
        }[self]

    @classmethod
    def parse(cls, text: ShopAction | str) -> ShopAction:
        """Read an action by value, name or label.

        >>> ShopAction.parse("order")
        <ShopAction.ORDER: 'order'>
        """
        return parse_choice(cls, text, field="action", code="docomo.unknown_action")


ROLE_PERMISSIONS: Final[Mapping[ShopRole, frozenset[ShopAction]]] = MappingProxyType(
    {
        ShopRole.GENERAL_USER: frozenset(),
        ShopRole.ADMIN: frozenset(ShopAction),
    }
)
"""DBO-6: what each role may do; a 一般ユーザーロール may do none of these.

>>> sorted(action.value for action in ROLE_PERMISSIONS[ShopRole.ADMIN])
['order', 'user_management', 'view_colleague_orders']
"""

_GENERAL_CANNOT_ORDER = (
    "ドコモビジネスオンラインショップにおける「一般ユーザーロール」でログインされている方は、"
    "ご注文いただけません。"
)


def _login(login: LoginMethod | str | None) -> LoginMethod | None:
    return None if login is None else LoginMethod.parse(login)


def _role(login: LoginMethod | None, role: ShopRole | str | None) -> ShopRole | None:
    if login is LoginMethod.BUSINESS_D_ACCOUNT:
        if role is None:
            raise InvalidInput.for_value(
                "role",
                role,
                "the member's role (general_user or admin) for a business d account login",
                code="docomo.role_missing",
            )
        return ShopRole.parse(role)
    if role is not None:
        raise InvalidInput.for_value(
            "role",
            role,
            "no role: roles belong to business d account logins only",
            code="docomo.role_without_business_d_account",
        )
    return None


def _role_problem(action: ShopAction, role: ShopRole) -> Problem:
    return Problem(
        code="docomo.admin_role_required",
        message=f"role: {action.label} needs the 管理者ロール; the member has the {role.label}",
        message_ja=_GENERAL_CANNOT_ORDER
        if action is ShopAction.ORDER
        else f"{action.label}には「管理者ロール」である必要があります。",
        field="role",
        value=repr(role.value),
        rule="DBO-6",
        citation=_DBO_6_ROLE,
        kind=ProblemKind.RULE,
    )


def check_shop_order(
    service: str, *, login: LoginMethod | str | None, role: ShopRole | str | None = None
) -> Report:
    """Report every reason a member cannot order ``service`` (DBO-6).

    Args:
        service: the service's name (matched ignoring spaces).
        login: how the member is logged in; ``None`` for a visitor without membership.
        role: the member's role, required for (and only for) a business d account login.

    >>> check_shop_order("dX電子契約", login=None).codes
    ('docomo.membership_required', 'docomo.business_d_account_required')
    >>> check_shop_order("dX電子契約", login="business_d_account", role="general_user").codes
    ('docomo.admin_role_required',)
    >>> check_shop_order("dX電子契約", login="business_d_account", role="admin").ok
    True
    """
    method = _login(login)
    member_role = _role(method, role)
    problems = []
    if method is None:
        problems.append(
            Problem(
                code="docomo.membership_required",
                message="login: ordering needs shop membership (会員登録)",
                message_ja="ドコモビジネスオンラインショップのご注文には、会員登録が必須となります。",
                field="login",
                value=None,
                rule="DBO-6",
                citation=_DBO_6_MEMBER,
                kind=ProblemKind.RULE,
            )
        )
    if needs_business_d_account(service) and method is not LoginMethod.BUSINESS_D_ACCOUNT:
        problems.append(
            Problem(
                code="docomo.business_d_account_required",
                message=f"login: {service} needs a business d account login to order",
                message_ja=NOT_LOGGED_IN_MESSAGE,
                field="login",
                value=None if method is None else repr(method.value),
                rule="DBO-6",
                citation=_DBO_6_MESSAGE,
                kind=ProblemKind.RULE,
            )
        )
    if member_role is not None and ShopAction.ORDER not in ROLE_PERMISSIONS[member_role]:
        problems.append(_role_problem(ShopAction.ORDER, member_role))
    return Report.of(
        f"order of {service}",
        problems,
        rules=["DBO-6"],
        citations=[_DBO_6_SERVICES, _DBO_6_ROLE],
    )


def validate_shop_order(
    service: str, *, login: LoginMethod | str | None, role: ShopRole | str | None = None
) -> None:
    """Raise the first problem of :func:`check_shop_order`.

    >>> validate_shop_order("ビジネスd福利厚生", login="email")
    Traceback (most recent call last):
    ...
    telcobiz.core.errors.RuleViolation: login: ビジネスd福利厚生 needs a business d account login \
to order
    """
    check_shop_order(service, login=login, role=role).raise_first()


def check_action(
    action: ShopAction | str,
    *,
    login: LoginMethod | str | None,
    role: ShopRole | str | None = None,
    same_group: bool = True,
) -> Report:
    """Report why a member may not do ``action`` (DBO-6): it needs the 管理者ロール.

    Seeing a colleague's orders also needs the colleague in the same user group of business
    d account members (``same_group``).

    >>> check_action("view_colleague_orders", login="business_d_account", role="admin",
    ...              same_group=False).codes
    ('docomo.not_same_group',)
    >>> check_action("user_management", login="email").codes
    ('docomo.admin_role_required',)
    """
    wanted = ShopAction.parse(action)
    method = _login(login)
    member_role = _role(method, role)
    problems = []
    if member_role is None or wanted not in ROLE_PERMISSIONS[member_role]:
        problems.append(_role_problem(wanted, member_role or ShopRole.GENERAL_USER))
    if wanted is ShopAction.VIEW_COLLEAGUE_ORDERS and not same_group:
        problems.append(
            Problem(
                code="docomo.not_same_group",
                message="same_group: the colleague must be in the same user group of business d "
                "account members",
                message_ja="他担当がビジネスdアカウント会員における同一のポイント/ユーザー管理グループ"
                "に所属している必要があります。",
                field="same_group",
                value="False",
                rule="DBO-6",
                citation=_DBO_6_COLLEAGUES,
                kind=ProblemKind.RULE,
            )
        )
    return Report.of(
        f"{wanted.value} by a member", problems, rules=["DBO-6"], citations=[_DBO_6_ROLE]
    )


def check_login_change(current: LoginMethod | str, new: LoginMethod | str) -> Report:
    """Report if the login method cannot change from ``current`` to ``new`` (DBO-6).

    An e-mail member can link a business d account; the reverse is not possible.

    >>> check_login_change("business_d_account", "email").codes
    ('docomo.login_change_not_reversible',)
    >>> check_login_change("email", "business_d_account").ok
    True
    """
    before, after = LoginMethod.parse(current), LoginMethod.parse(new)
    problems = []
    if before is LoginMethod.BUSINESS_D_ACCOUNT and after is LoginMethod.EMAIL:
        problems.append(
            Problem(
                code="docomo.login_change_not_reversible",
                message="new: a business d account login cannot change to an e-mail login",
                message_ja="その逆の変更はできませんのでご注意ください。",
                field="new",
                value=repr(after.value),
                rule="DBO-6",
                citation=_DBO_6_LOGIN,
                kind=ProblemKind.RULE,
            )
        )
    return Report.of(
        f"login change {before.value} → {after.value}",
        problems,
        rules=["DBO-6"],
        citations=[_DBO_6_LOGIN],
    )
