"""Which strategy answers ``st.from_type`` for each public telcobiz type, and registering them.

:data:`STRATEGIES` maps every public attrs class and record type of the library to the
strategy that draws it through the library's own functions (or, for a table row, from the
library's tables). :func:`strategy_for` is what the hypothesis entry point's resolver calls;
:func:`register_strategies` registers a resolver for every type at once (importing
:mod:`telcobiz.testing` does it).

>>> from hypothesis import find
>>> from telcobiz.pricing import Quote
>>> quote = find(strategy_for(Quote), lambda bill: bill.devices > 0)
>>> quote.total == quote.subtotal + quote.tax, quote.devices
(True, 1)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from hypothesis import strategies as st

from telcobiz import core, csvformats, pricing
from telcobiz.core.frames import Column
from telcobiz.csvformats.reader.batch import Batch
from telcobiz.csvformats.reader.source import Lines, OneLine, Overlong
from telcobiz.policy import cloud_autocall as p_cac
from telcobiz.policy import device_management as p_dmp
from telcobiz.policy import docomo as p_docomo
from telcobiz.policy import insurance as p_ins
from telcobiz.policy import message_cast as p_mc
from telcobiz.policy import online_support as p_bos
from telcobiz.policy import report
from telcobiz.policy import softbank_backup as p_sb
from telcobiz.pricing.device_management.lines import QuoteLine
from telcobiz.pricing.price import PhasedPrice, Price, PricePhase
from telcobiz.pricing.tables import DmpPriceList
from telcobiz.rules import Rule, RuleValue
from telcobiz.scheduling import calendar, cloud_autocall, common, docomo, opening_hours
from telcobiz.scheduling import message_cast as mc
from telcobiz.scheduling.time_range import TimeRange
from telcobiz.testing import core as t_core
from telcobiz.testing import csvformats as t_csv
from telcobiz.testing import csvformats_results as t_read
from telcobiz.testing import policy as t_policy
from telcobiz.testing import pricing as t_pricing
from telcobiz.testing import rules as t_rules
from telcobiz.testing import scheduling as t_scheduling

__all__ = ["STRATEGIES", "register_strategies", "strategy_for"]

Factory = Callable[[], st.SearchStrategy[Any]]

STRATEGIES: dict[type, Factory] = {
    # core
    core.Yen: t_core.yens,
    core.YearMonth: t_core.year_months,
    core.Citation: t_core.citations,
    core.Source: t_core.sources,
    core.TaxGroup: t_core.tax_groups,
    core.InvoiceTax: t_core.invoice_taxes,
    core.Dated: t_core.dated_values,
    core.EffectiveTable: t_core.effective_tables,
    Column: t_core.columns,
    # rules
    Rule: t_rules.catalogue_rules,
    RuleValue: t_rules.rule_values,
    # scheduling
    calendar.BusinessCalendar: t_scheduling.business_calendars,
    calendar.Closure: t_scheduling.closures,
    calendar.NonBusinessDay: t_scheduling.non_business_days,
    calendar.Reason: t_scheduling.reasons,
    opening_hours.ServiceHours: t_scheduling.opening_hours,
    opening_hours.OpenStatus: t_scheduling.open_statuses,
    TimeRange: t_scheduling.time_ranges,
    common.Note: t_scheduling.scheduling_notes,
    cloud_autocall.BillingMonth: t_scheduling.call_billing_months,
    cloud_autocall.DetailFileExpiry: t_scheduling.detail_file_expiries,
    cloud_autocall.PasswordUsable: t_scheduling.password_usable_times,
    cloud_autocall.ViewableMonths: t_scheduling.viewable_month_lists,
    docomo.OrderDate: t_scheduling.order_dates,
    docomo.PaymentDue: t_scheduling.payment_dues,
    mc.ChangeRule: t_scheduling.change_rules,
    mc.Lead: t_scheduling.leads,
    mc.LeadTime: t_scheduling.lead_times,
    mc.ItemLeadTime: t_scheduling.item_lead_times,
    mc.Cancellation: t_scheduling.cancellations,
    mc.NewContractLeadTime: t_scheduling.new_contract_lead_times,
    mc.IncidentTargets: t_scheduling.incident_target_times,
    mc.MaintenanceNotice: t_scheduling.maintenance_notices,
    # pricing
    pricing.DeviceGroup: t_pricing.device_groups,
    pricing.Fleet: t_pricing.fleets,
    pricing.OptionCount: t_pricing.option_counts,
    pricing.SmartValueLine: lambda: (
        t_pricing.fleets(min_groups=1)
        .flatmap(t_pricing.smart_value_lines)
        .filter(len)
        .flatmap(st.sampled_from)
    ),
    pricing.Quote: t_pricing.quotes,
    pricing.Projection: t_pricing.projections,
    QuoteLine: t_pricing.quote_lines,
    DmpPriceList: t_pricing.price_lists,
    PhasedPrice: t_pricing.phased_prices,
    PricePhase: t_pricing.price_phases,
    Price: t_pricing.prices,
    # csvformats
    csvformats.CallDetail: t_csv.call_details,
    csvformats.UsageSummary: t_csv.usage_summaries,
    csvformats.DocomoUser: t_csv.docomo_users,
    csvformats.CallDuration: t_csv.call_durations,
    csvformats.CallCount: t_csv.call_counts,
    csvformats.Layout: t_read.layouts,
    csvformats.Field: t_read.fields,
    csvformats.HeaderTitle: t_read.header_titles,
    csvformats.RecordCheck: t_read.record_checks,
    csvformats.ReadReport: t_read.read_reports,
    csvformats.LineProblem: t_read.line_problems,
    csvformats.Reconciliation: t_read.reconciliations,
    csvformats.NumberReconciliation: t_read.number_reconciliations,
    csvformats.ReplacementPlan: t_read.replacement_plans,
    csvformats.UserChange: t_read.user_changes,
    csvformats.ValueChange: t_read.value_changes,
    Batch: t_read.fast_batches,
    Lines: lambda: t_read.run_segments(Lines),
    OneLine: lambda: t_read.run_segments(OneLine),
    Overlong: lambda: t_read.run_segments(Overlong),
    # policy
    report.Report: t_policy.reports,
    report.Problem: t_policy.report_problems,
    report.Note: t_policy.report_notes,
    p_cac.PasswordPolicy: t_policy.password_policies,
    p_dmp.DmpDevice: t_policy.dmp_devices,
    p_dmp.DeviceLimits: t_policy.device_limit_sets,
    p_dmp.DeviceLimit: t_policy.device_limit_rows,
    p_dmp.MigrationNotice: t_policy.migration_notices,
    p_dmp.SecurityLevelRule: t_policy.security_level_rules,
    p_dmp.RestrictionExample: t_policy.restriction_example_rows,
    p_dmp.QuickRepairEntry: t_policy.quick_repair_entries,
    p_docomo.MobileOrderHolder: t_policy.mobile_order_holders,
    p_docomo.InvoicePayment: t_policy.invoice_payments,
    p_docomo.PaymentMethods: t_policy.payment_method_sets,
    p_ins.Accident: t_policy.accidents,
    p_ins.Contract: t_policy.contracts,
    p_ins.InsuranceYear: t_policy.insurance_years,
    p_ins.RecordDamages: t_policy.record_damages,
    p_ins.Payout: t_policy.payouts,
    p_ins.CoverageSteps: t_policy.coverage_steps,
    p_ins.YearPayout: t_policy.year_payouts,
    p_ins.CoverageTerms: t_policy.coverage_terms_rows,
    p_mc.DocumentRow: t_policy.document_rows,
    p_mc.Submission: t_policy.submissions,
    p_mc.RequiredDocument: t_policy.required_documents,
    p_mc.OfficialTestAccount: t_policy.official_test_accounts,
    p_bos.Applicant: t_policy.applicants,
    p_bos.AuOrder: t_policy.au_orders,
    p_bos.OrderLine: t_policy.order_lines,
    p_bos.PatternRow: t_policy.pattern_rows,
    p_sb.AppMessage: t_policy.app_messages,
    p_sb.PortalMessage: t_policy.portal_messages,
    p_sb.PhaseRule: t_policy.phase_rules,
    p_sb.MenuItem: t_policy.menu_items,
    p_sb.BackupSettings: t_policy.backup_settings,
    p_sb.BackupDecision: t_policy.backup_decisions,
    p_sb.BackupMatrix: t_policy.backup_matrices,
    p_sb.RequestAvailability: t_policy.request_availabilities,
    p_sb.Line: t_policy.portal_lines,
    p_sb.LineGroup: t_policy.line_groups,
    p_sb.MailPlan: t_policy.mail_plans,
    p_sb.MailNeed: t_policy.mail_needs,
    p_sb.PortalReport: t_policy.portal_reports,
    p_sb.PortalProblem: t_policy.portal_problems,
}
"""Every public value type, with the strategy that draws it."""


@cache
def strategy_for(thing: type) -> Any:
    """The strategy of ``thing``, or ``NotImplemented`` (hypothesis then builds it itself).

    >>> strategy_for(int)
    NotImplemented
    """
    factory = STRATEGIES.get(thing)
    return NotImplemented if factory is None else factory()


def _resolve(thing: type) -> st.SearchStrategy[Any]:
    strategy: st.SearchStrategy[Any] = strategy_for(thing)
    return strategy


def register_strategies() -> None:
    """Register a resolver for every type of :data:`STRATEGIES` (idempotent).

    >>> register_strategies()
    """
    for thing in STRATEGIES:
        # A resolver, called when st.from_type meets the type: nothing is built before.
        st.register_type_strategy(thing, _resolve)
