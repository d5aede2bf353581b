"""Permission matrices, eligibility and validation rules, insurance coverage.

One subpackage per service; each exports that service's whole API, and this package the
names most callers need:

- :mod:`telcobiz.policy.softbank_backup`: SoftBank あんしんバックアップ／連絡先コピー設定
  (SB-1..SB-6);
- :mod:`telcobiz.policy.docomo`: ドコモビジネスオンラインショップ (DBO-3..DBO-6);
- :mod:`telcobiz.policy.device_management`: KDDI デバイスマネジメントパック (DMP-2,
  DMP-5..DMP-9);
- :mod:`telcobiz.policy.online_support`: KDDI ビジネスオンラインサポート (BOS-1, BOS-2);
- :mod:`telcobiz.policy.message_cast`: KDDI Message Cast (MC-1, MC-3, MC-4);
- :mod:`telcobiz.policy.cloud_autocall`: KDDI クラウドオートコール (CAC-1);
- :mod:`telcobiz.policy.insurance`: 個人情報漏洩保険 (INS-1..INS-3).

The shared :class:`~telcobiz.policy.report.Report` and its problems are
:mod:`telcobiz.policy.report`.

>>> from telcobiz.policy import BackupSettings, check_app_operation
>>> check_app_operation("iphone", "restore", BackupSettings(False, True)).message
'管理者によりご利用を制限されています。'
"""

from telcobiz.policy.cloud_autocall import (
    check_self_password,
    is_valid_self_password,
    validate_self_password,
)
from telcobiz.policy.device_management import (
    DmpDevice,
    KittingTask,
    RequestChannel,
    RequestKind,
    SecurityLevel,
    check_kitting,
    check_options,
    check_request,
    device_limits,
    is_channel_open,
    migration_notice,
    security_level,
    validate_kitting,
    validate_options,
    validate_request,
)
from telcobiz.policy.docomo import (
    check_corporate_number,
    check_mobile_order_holder,
    check_order_identity,
    check_payment_method,
    check_shop_order,
    compact_corporate_number,
    format_corporate_number,
    invoice_payment,
    is_valid_corporate_number,
    mobile_order_holder,
    needs_business_d_account,
    payment_methods,
    validate_corporate_number,
    validate_mobile_order_holder,
    validate_payment_method,
    validate_shop_order,
)
from telcobiz.policy.insurance import (
    Accident,
    Contract,
    ContractHolder,
    CoverageTerms,
    InsuranceYear,
    Payout,
    RecordDamages,
    YearPayout,
    assess,
    assess_year,
    is_insured,
    validate_insured,
)
from telcobiz.policy.message_cast import (
    MessageCastPlan,
    check_documents,
    documents_to_submit,
    official_test_account,
    validate_documents,
)
from telcobiz.policy.online_support import (
    Applicant,
    AuOrder,
    OrderLine,
    check_application,
    check_order,
    is_okinawa,
    validate_application,
    validate_order,
)
from telcobiz.policy.report import Note, Problem, ProblemKind, Report
from telcobiz.policy.softbank_backup import (
    BackupApp,
    BackupDecision,
    BackupMatrix,
    BackupOperation,
    BackupSettings,
    BackupSwitch,
    check_app_operation,
    is_app_operation_allowed,
    validate_app_operation,
)

__all__ = [
    "Accident",
    "Applicant",
    "AuOrder",
    "BackupApp",
    "BackupDecision",
    "BackupMatrix",
    "BackupOperation",
    "BackupSettings",
    "BackupSwitch",
    "Contract",
    "ContractHolder",
    "CoverageTerms",
    "DmpDevice",
    "InsuranceYear",
    "KittingTask",
    "MessageCastPlan",
    "Note",
    "OrderLine",
    "Payout",
    "Problem",
    "ProblemKind",
    "RecordDamages",
    "Report",
    "RequestChannel",
    "RequestKind",
    "SecurityLevel",
    "YearPayout",
    "assess",
    "assess_year",
    "check_app_operation",
    "check_application",
    "check_corporate_number",
    "check_documents",
    "check_kitting",
    "check_mobile_order_holder",
    "check_options",
    "check_order",
    "check_order_identity",
    "check_payment_method",
    "check_request",
    "check_self_password",
    "check_shop_order",
    "compact_corporate_number",
    "device_limits",
    "documents_to_submit",
    "format_corporate_number",
    "invoice_payment",
    "is_app_operation_allowed",
    "is_channel_open",
    "is_insured",
    "is_okinawa",
    "is_valid_corporate_number",
    "is_valid_self_password",
    "migration_notice",
    "mobile_order_holder",
    "needs_business_d_account",
    "official_test_account",
    "payment_methods",
    "security_level",
    "validate_app_operation",
    "validate_application",
    "validate_corporate_number",
    "validate_documents",
    "validate_insured",
    "validate_kitting",
    "validate_mobile_order_holder",
    "validate_options",
    "validate_order",
    "validate_payment_method",
    "validate_request",
    "validate_self_password",
    "validate_shop_order",
]
