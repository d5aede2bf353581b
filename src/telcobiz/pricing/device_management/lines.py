"""The lines of a DMP quote: what each charges or discounts, and why (DMP-1..DMP-4).

A :class:`QuoteLine` is one charge or discount of a billing month: the basic service by its
phase, the initial fee and the options (DMP-1, DMP-2), the Basic Pack reduction (DMP-3), an
au line's own charge and its Smart Value for Business discount (DMP-4). :class:`LineKind`
says which, in Japanese and English; every line carries the citation behind its price.

>>> from telcobiz.core.citation import RULEBOOK
>>> line = QuoteLine(LineKind.BASIC, "a", Yen(467), 3, Yen(1401),
...                  Citation(RULEBOOK, "x", rule="DMP-1"))
>>> line.describe("en"), line.rule, str(line.amount)
('Basic service', 'DMP-1', '1,401円')
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput
from telcobiz.core.money import Yen
from telcobiz.pricing.catalog import DmpOption
from telcobiz.pricing.device_management.text import Lang, _english
from telcobiz.pricing.price import PhaseType

__all__ = ["LineKind", "QuoteLine"]


class LineKind(enum.Enum):
    """What a :class:`QuoteLine` charges or discounts.

    >>> LineKind.BASIC_PACK.label, LineKind.BASIC_PACK.label_en
    ('ベーシックパック併用', 'Basic Pack')
    """

    INITIAL_FEE = "initial_fee"
    BASIC = "basic"
    OPTION = "option"
    BASIC_PACK = "basic_pack"
    SMART_DEVICE_CHARGE = "smart_device_charge"
    SMART_VALUE = "smart_value"

    @property
    def label(self) -> str:
        """The Japanese name (the source's wording where it has one)."""
        return _KIND_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """The English name."""
        return _KIND_LABELS[self][1]


_KIND_LABELS = {
    LineKind.INITIAL_FEE: ("初期費用", "Initial fee"),
    LineKind.BASIC: ("基本サービス", "Basic service"),
    LineKind.OPTION: ("オプションサービス", "Option"),
    LineKind.BASIC_PACK: ("ベーシックパック併用", "Basic Pack"),
    LineKind.SMART_DEVICE_CHARGE: ("au スマートデバイス利用料金", "au smart-device charge"),
    LineKind.SMART_VALUE: ("スマートバリュー for Business", "Smart Value for Business"),
}

_PHASE_NOTES = {
    (LineKind.BASIC, PhaseType.TRIAL): ("利用開始月無料", "start month free"),
    (LineKind.SMART_VALUE, PhaseType.DISCOUNT): ("1〜24か月目", "months 1-24"),
    (LineKind.SMART_VALUE, PhaseType.EVERGREEN): ("3年目以降", "from month 25"),
}


def _of(kind: type, *, optional: bool = False) -> Any:
    """A validator raising InvalidInput (not attrs' TypeError) for a value of another type."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) and not (optional and value is None):
            expected = f"a {kind.__name__}" + (" or None" if optional else "")
            raise InvalidInput.for_value(attribute.name, value, expected, code="pricing.bad_line")

    return check


def _check_quantity(instance: object, attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput.for_value(
            "quantity", value, "a whole number >= 0", code="pricing.bad_quantity"
        )


def _rule(citation: Citation) -> str:
    return citation.rule or citation.section


@attrs.frozen
class QuoteLine:
    """One line of a quote: what, unit price, quantity, amount, and the citation behind it.

    ``group`` is ``None`` for fleet-wide lines (the Basic Pack). Discounts have a negative
    unit price and amount. ``option`` names the option of an option line; ``phase`` the
    price phase of a basic-service or Smart Value line.

    >>> from telcobiz.pricing.tables import dmp_price_list
    >>> from datetime import date
    >>> fee = dmp_price_list(date(2026, 12, 1)).option(DmpOption.BACKUP)
    >>> line = QuoteLine(LineKind.OPTION, "android", fee.amount, 80, fee.amount * 80,
    ...                  fee.citation, option=DmpOption.BACKUP)
    >>> line.what, line.describe("en"), str(line.amount)
    ('バックアップ', 'Backup', '16,000円')
    """

    kind: LineKind = attrs.field(validator=_of(LineKind))
    group: str | None = attrs.field(validator=_of(str, optional=True))
    unit_price: Yen = attrs.field(validator=_of(Yen))
    quantity: int = attrs.field(validator=_check_quantity)
    amount: Yen = attrs.field(validator=_of(Yen))
    citation: Citation = attrs.field(validator=_of(Citation))
    option: DmpOption | None = attrs.field(default=None, validator=_of(DmpOption, optional=True))
    phase: PhaseType | None = attrs.field(default=None, validator=_of(PhaseType, optional=True))

    @classmethod
    def _priced(
        cls,
        kind: LineKind,
        group: str | None,
        unit_price: Yen,
        quantity: int,
        amount: Yen,
        citation: Citation,
        option: DmpOption | None = None,
        phase: PhaseType | None = None,
    ) -> QuoteLine:
        """A line of values the pricer computed itself: built without re-checking them."""
        line = _new(cls)
        _SET_KIND(line, kind)
        _SET_GROUP(line, group)
        _SET_UNIT(line, unit_price)
        _SET_QUANTITY(line, quantity)
        _SET_AMOUNT(line, amount)
        _SET_CITATION(line, citation)
        _SET_OPTION(line, option)
        _SET_PHASE(line, phase)
        return line

    @property
    def what(self) -> str:
        """What the line is for, in Japanese."""
        return self.describe("ja")

    @property
    def rule(self) -> str:
        """The catalogue rule ID behind the line, e.g. ``"DMP-1"``."""
        return _rule(self.citation)

    def describe(self, lang: Lang = "ja") -> str:
        """Describe what the line is for, in ``lang``.

        >>> from telcobiz.core.citation import RULEBOOK
        >>> QuoteLine(LineKind.BASIC, "a", Yen(0), 3, Yen(0), Citation(RULEBOOK, "x"),
        ...           phase=PhaseType.TRIAL).describe("en")
        'Basic service (start month free)'
        """
        english = _english(lang)
        if self.option is not None:
            name = self.option.label_en if english else self.option.label
        else:
            name = self.kind.label_en if english else self.kind.label
        note = _PHASE_NOTES.get((self.kind, self.phase)) if self.phase is not None else None
        if note is None:
            return name
        return f"{name} ({note[1]})" if english else f"{name}（{note[0]}）"

    def to_row(self) -> dict[str, Any]:
        """Return the line as a plain dict (amounts as :class:`~decimal.Decimal`).

        >>> from telcobiz.core.citation import RULEBOOK
        >>> row = QuoteLine(LineKind.BASIC, "a", Yen(467), 3, Yen(1401),
        ...                 Citation(RULEBOOK, "x", rule="DMP-1")).to_row()
        >>> row["what"], row["amount"], row["rule"]
        ('基本サービス', Decimal('1401'), 'DMP-1')
        """
        return {
            "group": self.group,
            "kind": self.kind.value,
            "what": self.what,
            "option": None if self.option is None else self.option.value,
            "phase": None if self.phase is None else self.phase.value,
            "unit_price": self.unit_price.amount,
            "quantity": self.quantity,
            "amount": self.amount.amount,
            "rule": self.rule,
            "citation": str(self.citation),
        }


# The slots' own setters: the pricer's lines skip attrs' __init__ and its checks (issue 18).
_new = object.__new__
_SET_KIND = QuoteLine.__dict__["kind"].__set__
_SET_GROUP = QuoteLine.__dict__["group"].__set__
_SET_UNIT = QuoteLine.__dict__["unit_price"].__set__
_SET_QUANTITY = QuoteLine.__dict__["quantity"].__set__
_SET_AMOUNT = QuoteLine.__dict__["amount"].__set__
_SET_CITATION = QuoteLine.__dict__["citation"].__set__
_SET_OPTION = QuoteLine.__dict__["option"].__set__
_SET_PHASE = QuoteLine.__dict__["phase"].__set__
