"""Core primitives every telcobiz area builds on (CAL-2, CAL-4, TAX-1, TAX-2).

Money (:class:`Yen`, :class:`Rounding`), billing months (:class:`YearMonth`), JST helpers,
consumption tax, citations and effective-dated tables, the error tree and the shared cattrs
converter.

>>> from telcobiz.core import Yen, YearMonth, consumption_tax_rate
>>> str(Yen(467) * 3), str(YearMonth(2026, 11) + 1)
('1,401円', '2026-12')
"""

from typing import TYPE_CHECKING, Any

from telcobiz.core.citation import Citation, Source
from telcobiz.core.errors import (
    InvalidInput,
    MissingExtra,
    OutOfRange,
    RuleViolation,
    TelcobizError,
    UnknownItem,
)
from telcobiz.core.jst import JST, jst_date, jst_naive, to_jst
from telcobiz.core.money import Rounding, Yen, to_decimal
from telcobiz.core.table import Dated, EffectiveTable
from telcobiz.core.tax import InvoiceTax, TaxGroup, consumption_tax_rate, invoice_tax
from telcobiz.core.yearmonth import YearMonth

if TYPE_CHECKING:
    from telcobiz.core.conversion import converter, from_json, structure, to_json, unstructure

_CONVERTER_NAMES = frozenset({"converter", "from_json", "structure", "to_json", "unstructure"})

__all__ = [
    "JST",
    "Citation",
    "Dated",
    "EffectiveTable",
    "InvalidInput",
    "InvoiceTax",
    "MissingExtra",
    "OutOfRange",
    "Rounding",
    "RuleViolation",
    "Source",
    "TaxGroup",
    "TelcobizError",
    "UnknownItem",
    "YearMonth",
    "Yen",
    "consumption_tax_rate",
    "converter",
    "from_json",
    "invoice_tax",
    "jst_date",
    "jst_naive",
    "structure",
    "to_decimal",
    "to_json",
    "to_jst",
    "unstructure",
]


def __getattr__(name: str) -> Any:
    # cattrs loads on first use of the converter: `import telcobiz` stays light.
    if name in _CONVERTER_NAMES:
        from telcobiz.core import conversion as module

        return getattr(module, name)
    raise AttributeError(f"module 'telcobiz.core' has no attribute {name!r}")
