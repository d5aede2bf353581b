"""Hypothesis strategies for KDDI クラウドオートコール's self page (CAC-1).

>>> from hypothesis import given
>>> from telcobiz.policy.cloud_autocall import is_valid_self_password
>>> @given(self_passwords(self_id="abc123"))
... def test_valid(password):
...     assert is_valid_self_password(password, self_id="abc123")
>>> test_valid()
"""

from __future__ import annotations

import string

from hypothesis import strategies as st

from telcobiz.policy.cloud_autocall import PasswordPolicy
from telcobiz.testing.tables import table_rows

__all__ = ["password_policies", "self_passwords"]

_DIGITS = string.digits
_LETTERS = string.ascii_letters


@st.composite
def _passwords(draw: st.DrawFn, min_length: int, max_length: int, self_id: str | None) -> str:
    size = draw(st.integers(min_length, max_length))
    letter = draw(st.sampled_from(_LETTERS))
    digit = draw(st.sampled_from(_DIGITS))
    rest = draw(st.text(_LETTERS + _DIGITS, min_size=size - 2, max_size=size - 2))
    password = "".join(draw(st.permutations([letter, digit, *rest])))
    if password == self_id:
        # Swap the case of the letter: still valid, and no longer the ID.
        password = password.swapcase()
    return password


def self_passwords(
    *, self_id: str | None = None, min_length: int = 4, max_length: int = 8
) -> st.SearchStrategy[str]:
    """Valid クラウドオートコール self passwords (CAC-1): half-width letters and digits, both.

    Never equal to ``self_id`` when one is given.

    >>> from hypothesis import find
    >>> len(find(self_passwords(), lambda password: True))
    4
    """
    return _passwords(min_length, max_length, self_id)


def password_policies() -> st.SearchStrategy[PasswordPolicy]:
    """The self-page password policies the library holds (4–8 letters and digits).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(password_policies())
    ... def test_draws(value):
    ...     assert isinstance(value, PasswordPolicy)
    >>> test_draws()
    """
    return table_rows(PasswordPolicy)
