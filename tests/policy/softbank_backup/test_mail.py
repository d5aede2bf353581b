"""SB-5: which lines need the app-download mail or the password mail (seed 002 §2-2, §2-4, §2-5)."""

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from telcobiz.core.conversion import structure, unstructure
from telcobiz.policy.softbank_backup import (
    BackupService,
    DeviceKind,
    Line,
    LineStatus,
    MailExemption,
    MailPlan,
    check_app_download_mail,
    mail_plan,
    needs_app_download_mail,
    needs_password_mail,
)
from telcobiz.testing import portal_lines

# The seed lines telcobiz reproduces, copied byte for byte (see the file's header).
SEED_BYTES = (
    Path(__file__).resolve().parents[2] / "data" / "softbank_backup_manual_excerpt.txt"
).read_bytes()


def in_seed(text: str) -> bool:
    return text.encode("utf-8") in SEED_BYTES


def lines(n, device=DeviceKind.SMARTPHONE, **kwargs):
    return [Line(f"090-{i:04d}-0000", device, **kwargs) for i in range(n)]


def test_sb5_mail_needs_by_device():
    plan = mail_plan(
        [
            Line("4g", DeviceKind.FEATURE_PHONE_4G),
            Line("ip", DeviceKind.IPHONE),
            Line("sp", DeviceKind.SMARTPHONE),
            Line("wm", DeviceKind.WINDOWS_10_MOBILE),
            Line("3g", DeviceKind.OUT_OF_SCOPE),
            Line("pre", DeviceKind.SMARTPHONE, app_preinstalled=True, knows_password=True),
            Line("gone", DeviceKind.IPHONE, status=LineStatus.CANCELLED),
        ]
    )
    assert plan.app_download == ("ip", "sp", "wm")
    assert plan.password == ("4g", "ip", "sp")
    urls = {need.number: need.app_url for need in plan.lines}
    assert urls["ip"] is urls["sp"] is BackupService.ANSHIN_BACKUP
    assert urls["wm"] is BackupService.CONTACT_COPY
    assert urls["4g"] is None
    exemptions = {need.number: need.exemptions for need in plan.lines}
    assert exemptions["4g"] == (MailExemption.FEATURE_PHONE_4G,)
    assert exemptions["wm"] == (MailExemption.WINDOWS_10_MOBILE,)
    assert exemptions["pre"] == (MailExemption.APP_PREINSTALLED, MailExemption.KNOWS_PASSWORD)
    assert exemptions["3g"] == (MailExemption.OUT_OF_SCOPE,)
    assert exemptions["gone"] == (MailExemption.CANCELLED,)
    assert str(plan) == "app-download mail: 3 lines, password mail: 3 lines, of 7 lines"


def test_sb5_mail_exemptions_are_seed_text():
    for exemption in MailExemption:
        assert in_seed(exemption.text), exemption.text
    # §2-4: the URL each device kind gets.
    assert in_seed("スマートフォン、iPhoneには「あんしんバックアップ」アプリのURL")
    assert in_seed("Windows 10 Mobile端末には「連絡先コピー」アプリのURLが送信されます。")


def test_needs_mail_functions():
    assert not needs_app_download_mail(Line("1", DeviceKind.FEATURE_PHONE_4G))
    assert needs_password_mail(Line("1", DeviceKind.FEATURE_PHONE_4G))
    assert needs_app_download_mail(Line("2", DeviceKind.WINDOWS_10_MOBILE))
    assert not needs_password_mail(Line("2", DeviceKind.WINDOWS_10_MOBILE))
    assert not needs_password_mail(Line("3", DeviceKind.IPHONE, knows_password=True))
    assert not needs_app_download_mail(Line("4", DeviceKind.IPHONE, app_preinstalled=True))


def test_mail_plan_batches_of_200_and_duplicates():
    plan = mail_plan(lines(450, DeviceKind.IPHONE) + lines(3, DeviceKind.IPHONE))
    assert len(plan.lines) == 450
    assert [len(batch) for batch in plan.app_download_batches] == [200, 200, 50]
    assert [len(batch) for batch in plan.password_batches] == [200, 200, 50]
    assert check_app_download_mail(
        [Line(n, DeviceKind.IPHONE) for n in plan.app_download_batches[0]]
    ).ok


def test_mail_plan_explain_and_rows():
    plan = mail_plan([Line("090-1", DeviceKind.WINDOWS_10_MOBILE)])
    ja = plan.explain("ja").splitlines()
    assert ja[0] == (
        "090-1 (Windows 10 Mobile): アプリDL依頼メール 要 (連絡先コピー)、"
        "パスワード通知メール 不要; "
        "「連絡先コピー」アプリ(Windows 10 mobile端末)では本作業は不要です。"
    )
    assert ja[-1].startswith("根拠: SB-5")
    assert plan.to_rows() == [
        {
            "number": "090-1",
            "device": "windows10mobile",
            "app_download_mail": True,
            "app_url": "連絡先コピー",
            "password_mail": False,
            "exemptions": ["「連絡先コピー」アプリ(Windows 10 mobile端末)では本作業は不要です。"],
        }
    ]


@given(st.lists(portal_lines(), max_size=20))
def test_mail_plan_agrees_with_the_single_line_functions(chosen):
    plan = mail_plan(chosen)
    first = {}
    for line in chosen:
        first.setdefault(line.number, line)
    assert plan.app_download == tuple(n for n, x in first.items() if needs_app_download_mail(x))
    assert plan.password == tuple(n for n, x in first.items() if needs_password_mail(x))
    for need in plan.lines:
        if need.device is DeviceKind.FEATURE_PHONE_4G:
            assert not need.app_download_mail
        if need.device is DeviceKind.WINDOWS_10_MOBILE:
            assert not need.password_mail


def test_mail_plan_round_trips_and_explains_in_english():
    plan = mail_plan(lines(3, DeviceKind.WINDOWS_10_MOBILE))
    data = unstructure(plan)
    json.dumps(data, ensure_ascii=False)
    assert structure(data, MailPlan) == plan
    iphone = mail_plan([Line("090-1", DeviceKind.IPHONE)])
    assert iphone.explain("en").splitlines()[0] == (
        "090-1 (iPhone): app-download mail yes (あんしんバックアップ), password mail yes"
    )
