r"""CSV layouts whose field lengths count CP932 bytes (CAC-6, CAC-4, DBO-7).

A byte-exact CSV engine (:func:`read`, :func:`write`, :class:`Layout`) and the layouts of the
KDDI クラウドオートコール download files (:data:`USAGE_SUMMARY`, :data:`CALL_DETAIL`) and of the
docomo business online shop user list (:data:`USER_LIST`).

>>> from telcobiz.csvformats import CALL_DETAIL, detect_layout, read, write
>>> data = (",".join(CALL_DETAIL.titles) + "\r\n"
...         "05012345678,2017/11/01,201221.5,0311112222,東京,000106.0,外線,国内呼,8.00\r\n"
...         ).encode("cp932")
>>> layout = detect_layout(data)
>>> records = list(read(data, layout))
>>> records[0].area, str(records[0].charge)
('東京', '8円')
>>> b"".join(write(records, layout)) == data
True
"""

from telcobiz.csvformats.cloud_autocall import (
    CALL_DETAIL,
    MONTH_TOTAL_ROUNDING,
    USAGE_SUMMARY,
    CallDetail,
    NumberReconciliation,
    Reconciliation,
    UsageSummary,
    reconcile,
)
from telcobiz.csvformats.docomo import (
    USER_LIST,
    DocomoUser,
    PlanWarning,
    ReplacementPlan,
    UserChange,
    plan_replacement,
    read_users,
    write_users,
)
from telcobiz.csvformats.fields import CP932, Field, FieldType, HeaderTitle, cp932_length
from telcobiz.csvformats.layout import Layout, RecordCheck
from telcobiz.csvformats.problems import CsvFormatError, LineProblem, ReadReport, ValueChange
from telcobiz.csvformats.reader import RecordStream, check_csv, is_valid_csv, read, validate_csv
from telcobiz.csvformats.registry import LAYOUTS, detect_layout, layout_named, sniff_encoding
from telcobiz.csvformats.values import CallCount, CallDuration, LineKind
from telcobiz.csvformats.writer import FORMULA_STARTS, write

__all__ = [
    "CALL_DETAIL",
    "CP932",
    "FORMULA_STARTS",
    "LAYOUTS",
    "MONTH_TOTAL_ROUNDING",
    "USAGE_SUMMARY",
    "USER_LIST",
    "CallCount",
    "CallDetail",
    "CallDuration",
    "CsvFormatError",
    "DocomoUser",
    "Field",
    "FieldType",
    "HeaderTitle",
    "Layout",
    "LineKind",
    "LineProblem",
    "NumberReconciliation",
    "PlanWarning",
    "ReadReport",
    "Reconciliation",
    "RecordCheck",
    "RecordStream",
    "ReplacementPlan",
    "UsageSummary",
    "UserChange",
    "ValueChange",
    "check_csv",
    "cp932_length",
    "detect_layout",
    "is_valid_csv",
    "layout_named",
    "plan_replacement",
    "read",
    "read_users",
    "reconcile",
    "sniff_encoding",
    "validate_csv",
    "write",
    "write_users",
]
