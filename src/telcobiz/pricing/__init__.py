"""Price tables, discounts and quotes that explain every line (DMP-1..DMP-4, TAX-1..TAX-2).

>>> from telcobiz.pricing.catalog import DeviceOS, DmpOption
>>> DmpOption.BACKUP.label, DmpOption.BACKUP.supports(DeviceOS.IOS)
('バックアップ', False)
>>> from datetime import date
>>> from telcobiz.pricing import DeviceGroup, quote
>>> fleet = [DeviceGroup("sales", "ios", 40, date(2026, 11, 5), options=["message"])]
>>> str(quote(fleet, "2026-12").total)
'29,348円'
"""

from telcobiz.pricing.catalog import OPTIONS_CITATION, Carrier, DeviceOS, DmpOption
from telcobiz.pricing.device_management import (
    LineKind,
    Projection,
    Quote,
    QuoteLine,
    project,
    quote,
)
from telcobiz.pricing.fleet import DeviceGroup, Fleet, OptionCount, SmartValueLine
from telcobiz.pricing.price import PhasedPrice, PhaseType, Price, PricePhase
from telcobiz.pricing.tables import DMP_PRICE_LISTS, DmpPriceList, dmp_price_list

__all__ = [
    "DMP_PRICE_LISTS",
    "OPTIONS_CITATION",
    "Carrier",
    "DeviceGroup",
    "DeviceOS",
    "DmpOption",
    "DmpPriceList",
    "Fleet",
    "LineKind",
    "OptionCount",
    "PhaseType",
    "PhasedPrice",
    "Price",
    "PricePhase",
    "Projection",
    "Quote",
    "QuoteLine",
    "SmartValueLine",
    "dmp_price_list",
    "project",
    "quote",
]
