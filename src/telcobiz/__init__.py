"""telcobiz: the business rules of Japanese telecom services as importable, tested code.

The top level re-exports what nearly every caller needs; each area lives in its own
subpackage (:mod:`telcobiz.core`, :mod:`telcobiz.scheduling`, :mod:`telcobiz.pricing`,
:mod:`telcobiz.policy`, :mod:`telcobiz.csvformats`, :mod:`telcobiz.testing`).

>>> import telcobiz
>>> from datetime import date
>>> telcobiz.BusinessCalendar().add_business_days(date(2026, 11, 2), 5)
datetime.date(2026, 11, 10)
>>> str(telcobiz.Yen("1928.50").rounded(telcobiz.Rounding.FLOOR))
'1,928円'
"""

from typing import TYPE_CHECKING, Any

from telcobiz.core import (
    JST,
    Citation,
    InvalidInput,
    OutOfRange,
    Rounding,
    RuleViolation,
    TelcobizError,
    UnknownItem,
    YearMonth,
    Yen,
    consumption_tax_rate,
)
from telcobiz.scheduling import BusinessCalendar

if TYPE_CHECKING:
    from telcobiz.core.conversion import converter

__version__ = "0.1.0"

__all__ = [
    "JST",
    "BusinessCalendar",
    "Citation",
    "InvalidInput",
    "OutOfRange",
    "Rounding",
    "RuleViolation",
    "TelcobizError",
    "UnknownItem",
    "YearMonth",
    "Yen",
    "__version__",
    "consumption_tax_rate",
    "converter",
]


def __getattr__(name: str) -> Any:
    # cattrs loads on first use of the converter: `import telcobiz` stays light.
    if name == "converter":
        from telcobiz.core.conversion import converter

        return converter
    raise AttributeError(f"module 'telcobiz' has no attribute {name!r}")
