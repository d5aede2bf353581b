"""ドコモビジネスオンラインショップ 利用者IDリスト and full-replace uploads (DBO-7, seed 004).

「CSVによる利用ユーザ登録は、登録済みデータの全削除および登録されるデータの全登録になります」;
必要項目: ビジネスdアカウントのID, 連絡先メールアドレス, 氏名※2, 電話番号※2 (※2 not needed for
NewsPicks +dプレミアム会員プラン).
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telcobiz import InvalidInput
from telcobiz.core.conversion import structure, unstructure
from telcobiz.csvformats import (
    USER_LIST,
    DocomoUser,
    PlanWarning,
    ReplacementPlan,
    plan_replacement,
    read_users,
    write_users,
)
from telcobiz.testing import docomo_users

HEADER = (
    "ビジネスdアカウントのID,ビジネスdアカウントの連絡先メールアドレス,"
    "ご利用者さまの氏名,ご利用者さまの電話番号"
)
TARO = DocomoUser("taro01", "taro@example.co.jp", "山田 太郎", "090-1234-5678")
HANAKO = DocomoUser("hanako02", "hanako@example.co.jp", "佐藤 花子", "080-9876-5432")
NEWSPICKS = DocomoUser("np03", "np03@example.jp")  # ※2: name and phone not needed


def users_file(*lines: str, encoding="cp932", bom=False) -> bytes:
    text = "\r\n".join([HEADER, *lines]) + "\r\n"
    return ("\ufeff" if bom else "").encode(encoding) + text.encode(encoding)


def test_the_four_fields_dbo7():
    assert USER_LIST.titles == tuple(HEADER.split(","))
    assert [field.required for field in USER_LIST.fields] == [True, True, False, False]
    assert not USER_LIST.measured  # the source states no lengths
    assert all(field.citation.rule == "DBO-7" for field in USER_LIST.fields)


def test_cp932_by_default():
    data = users_file("taro01,taro@example.co.jp,山田 太郎,090-1234-5678", "np03,np03@example.jp,,")
    assert list(read_users(data)) == [TARO, NEWSPICKS]


@pytest.mark.parametrize("bom", [False, True])
def test_utf8_with_or_without_bom_dbo7(bom):
    data = users_file(
        "taro01,taro@example.co.jp,山田 太郎,090-1234-5678", encoding="utf-8", bom=bom
    )
    assert list(read_users(data, encoding="utf-8")) == [TARO]
    assert list(read_users(data, encoding="utf-8-sig")) == [TARO]


def test_a_utf8_file_read_as_cp932_says_so():
    data = users_file("taro01,taro@example.co.jp,,", encoding="utf-8", bom=True)
    stream = read_users(data, errors="collect")
    list(stream)
    assert stream.report.problems[0].code == "csv.bom"


def test_each_user_line_is_checked():
    data = users_file(
        "taro01,taro,山田 太郎,",
        ",hanako@example.co.jp,,",
        "np03,np03@example.jp,,03 1234",
        "x,x@example.jp,,,",
    )
    stream = read_users(data, errors="collect")
    assert list(stream) == []
    assert [(problem.line, problem.field, problem.code) for problem in stream.report.problems] == [
        (2, "ビジネスdアカウントの連絡先メールアドレス", "csv.bad_email"),
        (3, "ビジネスdアカウントのID", "csv.required"),
        (4, "ご利用者さまの電話番号", "csv.bad_phone"),
        (5, None, "csv.field_count"),
    ]


def test_a_long_list_of_different_users():
    # Names and IDs rarely repeat: the reader stops caching them and decodes whole columns.
    users = [DocomoUser(f"id{n:05d}", f"u{n}@example.jp", f"利用者{n}", None) for n in range(3000)]
    data = b"".join(write_users(users))
    assert list(read_users(data)) == users
    assert list(read_users(data.decode("cp932"))) == users


def test_a_control_character_in_an_address():
    stream = read_users(users_file("taro01,ta\x01ro@example.co.jp,,"), errors="collect")
    assert list(stream) == []
    assert stream.report.problems[0].code == "csv.control_character"


def test_write_users_for_upload():
    data = b"".join(write_users([TARO, NEWSPICKS]))
    assert data == users_file(
        "taro01,taro@example.co.jp,山田 太郎,090-1234-5678", "np03,np03@example.jp,,"
    )
    assert b"".join(write_users([TARO], encoding="utf-8")).decode("utf-8").startswith(HEADER)
    # CAC-6 Decision: only free text (the name) is neutralised; an ID and an e-mail address
    # are written as they are, or the upload would replace the user with another one.
    user = DocomoUser("=cmd", "-taro@example.co.jp", "=HYPERLINK()", "090-1234-5678")
    neutralised = b"".join(write_users([user])).split(b"\r\n")[1]
    assert neutralised == b"=cmd,-taro@example.co.jp,'=HYPERLINK(),090-1234-5678"
    kept = b"".join(write_users([user], neutralise_formulas=False)).split(b"\r\n")[1]
    assert kept == b"=cmd,-taro@example.co.jp,=HYPERLINK(),090-1234-5678"
    assert list(read_users(b"".join(write_users([user], neutralise_formulas=False)))) == [user]


# -- plan_replacement (DBO-7: delete all, insert all) -------------------------------------------


def test_an_upload_that_adds_deletes_and_changes():
    moved = TARO._replace(email="taro@example.jp", phone_number=None)
    plan = plan_replacement(
        [TARO, HANAKO, NEWSPICKS], [moved, NEWSPICKS, DocomoUser("jiro", "j@x.jp")]
    )
    assert [user.account_id for user in plan.added] == ["jiro"]
    assert plan.deleted == (HANAKO,)
    (change,) = plan.changed
    assert (change.account_id, change.before, change.after, change.fields) == (
        "taro01",
        TARO,
        moved,
        ("email", "phone_number"),
    )
    assert plan.unchanged == 1
    assert plan.warnings == (PlanWarning.DELETES_USERS,)
    assert not plan.deletes_everyone
    assert not plan.is_noop
    assert str(plan) == "This upload: 1 added, 1 deleted, 1 changed, 1 unchanged."
    assert plan.sentence("ja") == "このアップロードで追加1名、削除1名、変更1名、変更なし1名です。"


def test_an_upload_that_deletes_everyone_dbo7():
    # A portal must warn: the upload replaces every registered user.
    for uploaded in ([], [DocomoUser("new", "new@example.jp")]):
        plan = plan_replacement([TARO, HANAKO], uploaded)
        assert plan.deletes_everyone
        assert plan.warnings[0] is PlanWarning.DELETES_EVERYONE
        assert len(plan.deleted) == 2
    assert plan.warnings[0].text("ja") == "登録済みの利用者が全員削除されます。"
    assert plan.sentence("en").startswith("This upload would delete every registered user:")
    assert plan.sentence("ja").startswith("このアップロードで登録済みの利用者は全員削除されます")
    assert not plan_replacement([], []).deletes_everyone


def test_duplicate_ids_in_the_upload_are_flagged():
    plan = plan_replacement([TARO], [TARO, TARO._replace(name="別人"), HANAKO])
    assert plan.duplicate_ids == ("taro01",)
    assert plan.warnings == (PlanWarning.DUPLICATE_IDS,)
    assert plan.unchanged == 1  # the first line counts
    assert "duplicate: taro01" in plan.explain("en")
    assert "重複: taro01" in plan.explain("ja")


def test_the_current_list_must_not_repeat_an_id():
    with pytest.raises(InvalidInput) as caught:
        plan_replacement([TARO, TARO], [])
    assert caught.value.code == "docomo.duplicate_id"
    with pytest.raises(InvalidInput) as caught:
        plan_replacement([("taro01", "t@x.jp")], [])
    assert caught.value.code == "csv.wrong_record"


def test_a_noop_upload():
    plan = plan_replacement([TARO, NEWSPICKS], [NEWSPICKS, TARO])
    assert plan.is_noop
    assert plan.warnings == ()
    assert plan.to_rows() == []


def test_the_plan_explained_and_as_data():
    plan = plan_replacement([TARO, HANAKO], [TARO._replace(name="山田 太朗"), NEWSPICKS])
    explained = plan.explain("ja").splitlines()
    assert explained[1] == "警告: アップロードに含まれない登録済みの利用者は削除されます。"
    assert "追加: np03 (np03@example.jp)" in explained
    assert "削除: hanako02 (hanako@example.co.jp)" in explained
    assert "変更: taro01 (name)" in explained
    assert "※ 反映には時間がかかる場合があります。" in explained
    assert explained[-3] == "根拠: DBO-7"
    rows = plan.to_rows()
    assert [row["action"] for row in rows] == ["add", "delete", "change"]
    assert rows[2] == {
        "action": "change",
        "account_id": "taro01",
        "email": "taro@example.co.jp",
        "name": "山田 太朗",
        "phone_number": "090-1234-5678",
        "fields": "name",
    }
    assert structure(unstructure(plan), ReplacementPlan) == plan
    assert unstructure(plan)["warnings"] == ["deletes_users"]


@settings(deadline=None)
@given(st.lists(docomo_users(), max_size=8), st.lists(docomo_users(), max_size=8))
def test_every_user_is_accounted_for(current, uploaded):
    current = list({user.account_id: user for user in current}.values())
    plan = plan_replacement(current, uploaded)
    kept = len(plan.changed) + plan.unchanged
    assert len(plan.deleted) + kept == len(current)
    assert len(plan.added) + kept == len({user.account_id for user in uploaded})
    assert plan.deletes_everyone == (bool(current) and kept == 0)


@settings(deadline=None)
@given(st.lists(docomo_users(), max_size=8))
def test_uploading_the_download_changes_nothing(users):
    users = list({user.account_id: user for user in users}.values())
    downloaded = list(read_users(b"".join(write_users(users, neutralise_formulas=False))))
    assert plan_replacement(users, downloaded).is_noop
