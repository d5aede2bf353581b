"""Every policy result with to_rows() gives the same rows as a typed DataFrame (issue 17).

Values are the seeds' worked examples: the SoftBank 2105 message (SB-2), the 9:00–23:00
acceptance window (SB-5), the insurance payout steps (INS-2/INS-3), the Message Cast
documents (MC-3) and the §2.1 change lead times (MC-5).
"""

from datetime import date, datetime
from decimal import Decimal

import pandas as pd

from telcobiz import Yen
from telcobiz.policy.insurance import Accident, assess, assess_year
from telcobiz.policy.message_cast import documents_to_submit
from telcobiz.policy.report import Report
from telcobiz.policy.softbank_backup import (
    DeviceKind,
    Line,
    check_confirmation,
    mail_plan,
    matrix,
    request_availability,
)
from telcobiz.scheduling.message_cast import change_lead_time


def test_payout_steps_are_exact_money():
    # ② 300,000円 of response costs: −100,000 deductible, ×90 % → 180,000 paid, 120,000 borne.
    frame = assess(Accident(date(2026, 5, 1), "A", response_costs=Yen(300_000))).to_dataframe()
    assert frame["step"].tolist() == [
        "claimed",
        "after_deductible",
        "after_ratio",
        "after_record_limit",
        "after_phone_limit",
        "paid",
        "self_borne",
    ]
    assert frame["response"].tolist() == [
        Decimal(n) for n in ("300000", "200000", "180000", "180000", "180000", "180000", "120000")
    ]
    assert (frame["liability"] + frame["response"]).tolist() == frame["total"].tolist()


def test_year_payout_frame_sums_to_the_year():
    # Two accidents on one phone: 4,100,000 then 1,600,000; the phone limit is 5,000,000.
    year = assess_year(
        [
            Accident(date(2026, 5, 1), "A", other_liability=Yen(4_100_000)),
            Accident(date(2026, 9, 1), "A", other_liability=Yen(1_600_000)),
        ]
    )
    frame = year.to_dataframe()
    assert str(frame["on"].dtype) == "datetime64[us]"
    assert frame["on"].tolist() == [pd.Timestamp("2026-05-01"), pd.Timestamp("2026-09-01")]
    assert frame["paid"].sum() == year.paid.amount == Decimal("5000000")
    assert frame["self_borne"].sum() == year.self_borne.amount == Decimal("700000")
    assert frame["claimed"].sum() == Decimal("5700000")


def test_backup_matrix_frame_keeps_the_2105_message():
    frame = matrix().to_dataframe()
    assert len(frame) == len(matrix().rows)
    refused = frame[~frame["allowed"]]
    assert set(refused["error_code"].dropna()) <= {2104, 2105}
    assert "お使いの回線契約をご確認ください。2105" in set(refused["message"])
    assert str(frame["allowed"].dtype) == "boolean"


def test_portal_retry_time_is_a_jst_timestamp():
    late = check_confirmation([Line("090-1", DeviceKind.IPHONE)], at=datetime(2026, 11, 24, 23))
    frame = late.to_dataframe()
    assert str(frame["retry_from"].dtype) == "datetime64[us]"
    assert frame["retry_from"].tolist() == [pd.Timestamp("2026-11-25 09:00")]
    assert frame["items"].tolist() == [["2026-11-24T23:00:00+09:00"]]


def test_mail_plan_and_availability_frames():
    mail = mail_plan([Line("090-1", DeviceKind.IPHONE)]).to_dataframe()
    assert mail["app_url"].tolist() == ["あんしんバックアップ"]
    assert str(mail["password_mail"].dtype) == "boolean"
    availability = request_availability("new_pure").to_dataframe()
    assert availability["allowed"].tolist() == [False, True, True]


def test_documents_and_report_frames():
    documents = documents_to_submit("sms_only").to_dataframe()
    assert documents["label"].iloc[0] == "サービス利用申込書 (SMS)"
    assert documents.shape[1] == 4
    empty = Report.of("x", []).to_dataframe()
    assert empty.empty
    assert list(empty.columns) == ["code", "field", "message", "message_ja", "rule", "citation"]


def test_lead_time_dates_are_datetime64():
    # Item 6 accepted Monday 2026-11-02 completes by 2026-11-17 (MC-5, 11-03 is 文化の日).
    frame = change_lead_time([6], date(2026, 11, 2)).to_dataframe()
    assert str(frame["latest"].dtype) == "datetime64[us]"
    assert frame["latest"].tolist() == [pd.Timestamp("2026-11-17")]
    assert frame["item"].tolist() == [6]
