"""Hypothesis strategies for the policy results, a module per service as in the policy area.

>>> from hypothesis import given, settings
>>> @settings(max_examples=20)
... @given(payouts())
... def test_never_pays_more_than_claimed(payout):
...     assert payout.paid <= payout.claimed
>>> test_never_pays_more_than_claimed()
"""

from telcobiz.testing.policy.cloud_autocall import (
    password_policies,
    self_passwords,
)
from telcobiz.testing.policy.device_management import (
    device_limit_rows,
    device_limit_sets,
    dmp_devices,
    migration_notices,
    quick_repair_entries,
    restriction_example_rows,
    security_level_rules,
)
from telcobiz.testing.policy.docomo import (
    corporate_numbers,
    invoice_payments,
    mobile_order_holders,
    payment_method_sets,
    registry_numbers,
)
from telcobiz.testing.policy.insurance import (
    accidents,
    contracts,
    coverage_steps,
    coverage_terms_rows,
    insurance_years,
    payouts,
    record_damages,
    year_accidents,
    year_payouts,
)
from telcobiz.testing.policy.message_cast import (
    document_rows,
    official_test_accounts,
    required_documents,
    submissions,
)
from telcobiz.testing.policy.online_support import (
    applicants,
    au_orders,
    order_lines,
    pattern_rows,
)
from telcobiz.testing.policy.report import (
    report_notes,
    report_problems,
    reports,
)
from telcobiz.testing.policy.softbank_backup import (
    app_messages,
    backup_apps,
    backup_decisions,
    backup_matrices,
    backup_operations,
    backup_settings,
    contract_events,
    line_groups,
    line_selections,
    mail_needs,
    mail_plans,
    menu_items,
    phase_rules,
    portal_lines,
    portal_messages,
    portal_moments,
    portal_problems,
    portal_reports,
    request_availabilities,
)

__all__ = [
    "accidents",
    "app_messages",
    "applicants",
    "au_orders",
    "backup_apps",
    "backup_decisions",
    "backup_matrices",
    "backup_operations",
    "backup_settings",
    "contract_events",
    "contracts",
    "corporate_numbers",
    "coverage_steps",
    "coverage_terms_rows",
    "device_limit_rows",
    "device_limit_sets",
    "dmp_devices",
    "document_rows",
    "insurance_years",
    "invoice_payments",
    "line_groups",
    "line_selections",
    "mail_needs",
    "mail_plans",
    "menu_items",
    "migration_notices",
    "mobile_order_holders",
    "official_test_accounts",
    "order_lines",
    "password_policies",
    "pattern_rows",
    "payment_method_sets",
    "payouts",
    "phase_rules",
    "portal_lines",
    "portal_messages",
    "portal_moments",
    "portal_problems",
    "portal_reports",
    "quick_repair_entries",
    "record_damages",
    "registry_numbers",
    "report_notes",
    "report_problems",
    "reports",
    "request_availabilities",
    "required_documents",
    "restriction_example_rows",
    "security_level_rules",
    "self_passwords",
    "submissions",
    "year_accidents",
    "year_payouts",
]
