"""``telcobiz.policy`` exports the same names whatever its layout, and each service its own."""

import importlib

import pytest

import telcobiz.policy

# telcobiz.policy.__all__ as it was before the one-subpackage-per-service layout (issue 14).
POLICY_NAMES = [
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


def test_policy_exports_exactly_the_names_it_always_did():
    assert sorted(telcobiz.policy.__all__) == POLICY_NAMES
    assert len(set(telcobiz.policy.__all__)) == len(telcobiz.policy.__all__)


@pytest.mark.parametrize("name", POLICY_NAMES)
def test_each_name_imports_from_policy(name):
    namespace: dict[str, object] = {}
    exec(f"from telcobiz.policy import {name}", namespace)  # the import users write
    assert namespace[name] is getattr(telcobiz.policy, name)


SERVICES = [
    "softbank_backup",
    "docomo",
    "device_management",
    "online_support",
    "message_cast",
    "cloud_autocall",
    "insurance",
]


def _service(name):
    return importlib.import_module(f"telcobiz.policy.{name}")


@pytest.mark.parametrize("service", SERVICES)
def test_each_service_exports_the_names_of_its_all(service):
    package = _service(service)
    assert len(set(package.__all__)) == len(package.__all__)
    for name in package.__all__:
        namespace: dict[str, object] = {}
        exec(f"from telcobiz.policy.{service} import {name}", namespace)
        assert namespace[name] is getattr(package, name)


def test_every_policy_name_is_a_service_name_or_a_report_type():
    report_types = {"Note", "Problem", "ProblemKind", "Report"}
    services = {name: _service(name) for name in SERVICES}
    for name in set(POLICY_NAMES) - report_types:
        owners = [
            service
            for service, package in services.items()
            if name in package.__all__ and getattr(package, name) is getattr(telcobiz.policy, name)
        ]
        assert len(owners) == 1, (name, owners)


def test_the_portal_and_request_names_are_part_of_the_backup_service():
    backup = _service("softbank_backup")
    for name in ("Line", "LineGroup", "DeviceKind", "LineStatus", "ContractEvent"):
        assert name in backup.__all__
    assert "request_availability" in backup.__all__
