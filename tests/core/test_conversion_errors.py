"""from_json/structure errors (issue 20, defect 6): stable codes and the path of the bad field."""

import attrs
import pytest

from telcobiz import Yen
from telcobiz.core import InvalidInput, from_json, structure, to_json


@attrs.frozen
class Group:
    name: str
    count: int


@attrs.frozen
class Order:
    fee: Yen
    groups: list[Group]


def test_empty_text_is_bad_json():
    with pytest.raises(InvalidInput) as caught:
        from_json("", Yen)
    assert caught.value.code == "convert.bad_json"
    assert str(caught.value) == (
        "text: not JSON (Expecting value at line 1, column 1); expected JSON text such as "
        "'\"1928.50\"'"
    )


def test_bytes_that_are_not_utf8_are_a_bad_encoding():
    with pytest.raises(InvalidInput) as caught:
        from_json(b"\x82", Yen)
    assert caught.value.code == "convert.bad_encoding"
    assert "byte 0 (0x82) is not UTF-8" in str(caught.value)


@pytest.mark.parametrize("text", ["[" * 100_000, "1" * 5000, '{"fee": ', "\ud800", '"1928.50" x'])
def test_json_python_cannot_read_is_bad_json(text):
    with pytest.raises(InvalidInput) as caught:
        from_json(text, Yen)
    assert caught.value.code == "convert.bad_json"
    assert len(str(caught.value)) < 200


def test_text_must_be_text():
    with pytest.raises(InvalidInput, match="text must be a str or bytes of JSON, got int"):
        from_json(1, Yen)  # type: ignore[arg-type]


def test_a_malformed_record_names_the_field_path():
    good = {"fee": "467", "groups": [{"name": "a", "count": 1}, {"name": "b", "count": 2}]}
    assert structure(good, Order) == Order(Yen(467), [Group("a", 1), Group("b", 2)])
    bad = {"fee": "467", "groups": [{"name": "a", "count": 1}, {"name": "b", "count": "x"}]}
    with pytest.raises(InvalidInput) as caught:
        structure(bad, Order)
    assert caught.value.code == "convert.unstructurable"
    assert caught.value.field == "groups[1].count"
    assert str(caught.value).startswith("groups[1].count: invalid value for type, expected int")
    missing = {"fee": "467", "groups": [{"name": "a"}]}
    with pytest.raises(InvalidInput) as caught:
        structure(missing, Order)
    assert caught.value.field == "groups[0].count"
    assert "required field missing" in str(caught.value)


def test_a_value_error_of_telcobiz_keeps_its_code_and_gains_the_path():
    with pytest.raises(InvalidInput) as caught:
        from_json('{"fee": "1e99", "groups": []}', Order)
    assert caught.value.code == "money.out_of_range"
    assert caught.value.field == "fee"
    assert str(caught.value).startswith("fee: amount: got '1e99'")


def test_a_type_the_converter_cannot_build_is_named():
    with pytest.raises(InvalidInput) as caught:
        structure({}, 5)  # type: ignore[call-overload]
    assert caught.value.field == "cls"


def test_to_json_is_strict():
    with pytest.raises(InvalidInput) as caught:
        to_json({"x": float("nan")})
    assert caught.value.code == "convert.not_serialisable"
    with pytest.raises(InvalidInput):
        to_json(object())
