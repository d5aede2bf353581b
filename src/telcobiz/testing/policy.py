"""Hypothesis strategies for the eligibility rules: corporate numbers, passwords, DMP devices.

>>> from hypothesis import given
>>> from telcobiz.policy.docomo import is_valid_corporate_number
>>> @given(corporate_numbers(formatted=True))
... def test_always_valid(number):
...     assert is_valid_corporate_number(number)
>>> test_always_valid()
"""

from __future__ import annotations

import string

from hypothesis import strategies as st

from telcobiz.policy.device_management import DmpDevice
from telcobiz.policy.docomo import (
    TRADE_NAME_ONLY_TYPE_CODE,
    corporate_number_from_registry,
    format_corporate_number,
)
from telcobiz.pricing.catalog import Carrier, DeviceOS

__all__ = ["corporate_numbers", "dmp_devices", "registry_numbers", "self_passwords"]

_DIGITS = string.digits
_LETTERS = string.ascii_letters


def registry_numbers(*, type_code: str | None = None) -> st.SearchStrategy[str]:
    """12-digit bases (会社法人等番号): office code, type code, serial.

    Without ``type_code`` the type code is anything but 04 (商号のみ登記, which has no
    法人番号); pass ``TRADE_NAME_ONLY_TYPE_CODE`` to get those.

    >>> from hypothesis import find
    >>> find(registry_numbers(type_code=TRADE_NAME_ONLY_TYPE_CODE), lambda number: True)
    '000004000000'
    """
    codes = (
        st.just(type_code)
        if type_code is not None
        else st.text(_DIGITS, min_size=2, max_size=2).filter(
            lambda code: code != TRADE_NAME_ONLY_TYPE_CODE
        )
    )
    office = st.text(_DIGITS, min_size=4, max_size=4)
    serial = st.text(_DIGITS, min_size=6, max_size=6)
    return st.builds(lambda o, c, s: o + c + s, office, codes, serial)


def corporate_numbers(*, formatted: bool = False) -> st.SearchStrategy[str]:
    """Valid 13-digit corporate numbers (法人番号) whose type code is not 04.

    ``formatted=True`` writes them as ``7-0000-1205-0002``.

    >>> from hypothesis import find
    >>> find(corporate_numbers(formatted=True), lambda number: True)
    '9-0000-0000-0000'
    """
    numbers = registry_numbers().map(corporate_number_from_registry)
    return numbers.map(format_corporate_number) if formatted else numbers


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


def dmp_devices(*, restricted: bool | None = None) -> st.SearchStrategy[DmpDevice]:
    """DMP devices; ``restricted`` picks DMP-8 restricted ones (``True``) or not (``False``).

    >>> from hypothesis import find
    >>> find(dmp_devices(restricted=True), lambda device: True).restricted
    True
    """
    devices = st.builds(
        DmpDevice,
        os=st.sampled_from(DeviceOS),
        carrier=st.sampled_from([Carrier.AU, Carrier.OTHER, None]),
        sold_by_kddi=st.booleans(),
    )
    if restricted is None:
        return devices
    return devices.filter(lambda device: device.restricted is restricted)
