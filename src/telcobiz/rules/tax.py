"""The catalogue's TAX rules: Japanese consumption tax (TAX-1, TAX-2).

>>> [rule.id for rule in RULES]
['TAX-1', 'TAX-2']
"""

from __future__ import annotations

from telcobiz.core.citation import (
    BOS_DMP_GUIDE,
    CONSUMPTION_TAX_ACT,
    CONSUMPTION_TAX_ORDER,
    Citation,
)
from telcobiz.rules.model import Rule, RuleValue, Service

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        "TAX-1",
        Service.TAX,
        "Consumption tax rates by date",
        "消費税率",
        "The standard consumption tax rate (national and local together) is 3% from 1989-04-01, "
        "5% from 1997-04-01, 8% from 2014-04-01 and 10% from 2019-10-01; telecom services are not "
        "reduced-rate items.",
        (
            Citation(CONSUMPTION_TAX_ACT, "第29条", rule="TAX-1"),
            Citation(BOS_DMP_GUIDE, "§3.5.3", row="別途消費税がかかります", rule="TAX-1"),
        ),
        values=(RuleValue("standard rate", "telcobiz.core.tax.CONSUMPTION_TAX_RATES"),),
        implemented_by=("telcobiz.core.tax.consumption_tax_rate",),
    ),
    Rule(
        "TAX-2",
        Service.TAX,
        "Tax rounded once per invoice and rate",
        "インボイスの端数処理",
        "Under the qualified invoice system (from 2023-10-01) the tax of an invoice is computed "
        "once per rate on that rate's taxable total and rounded once, never line by line.",
        (Citation(CONSUMPTION_TAX_ORDER, "第70条の10", rule="TAX-2"),),
        "The order fixes one rounding per invoice and rate but leaves the direction to the "
        "issuer. telcobiz floors by default, which never charges a customer a fraction more; a "
        "caller may pass another rounding.",
        implemented_by=("telcobiz.core.tax.invoice_tax", "telcobiz.pricing.quote"),
    ),
)
"""The TAX rules, in ID order."""
