"""KDDI クラウドオートコール: the self-page password policy (CAC-1).

The self password (セルフパスワード) of the クラウドオートコール self page: 4 to 8 half-width
letters and digits with both present, case-sensitive, different from the self ID; a change
needs the current password and takes about 5 minutes. The rules live in
:mod:`telcobiz.policy.cloud_autocall.self_password`; when a change takes effect is
:data:`telcobiz.scheduling.cloud_autocall.PASSWORD_DELAY`.

>>> check_self_password("abc", self_id="d123456789").codes
('cloud_autocall.password_length', 'cloud_autocall.password_needs_digit')
>>> is_valid_password_change(current="old1", new="new12", confirmation="new12",
...                          self_id="d123456789")
True
"""

from telcobiz.policy.cloud_autocall.self_password import (
    SELF_PASSWORD_POLICY,
    PasswordPolicy,
    check_password_change,
    check_self_password,
    is_valid_password_change,
    is_valid_self_password,
    validate_password_change,
    validate_self_password,
)

__all__ = [
    "SELF_PASSWORD_POLICY",
    "PasswordPolicy",
    "check_password_change",
    "check_self_password",
    "is_valid_password_change",
    "is_valid_self_password",
    "validate_password_change",
    "validate_self_password",
]
