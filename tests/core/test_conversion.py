"""The shared cattrs converter: JSON-ready and lossless."""

import json
from datetime import date, datetime, time
from decimal import Decimal

import attrs
import pytest
from hypothesis import given

from telcobiz import YearMonth, Yen
from telcobiz.core import Citation, InvalidInput, from_json, structure, to_json, unstructure
from telcobiz.core.citation import MESSAGE_CAST_GUIDE
from telcobiz.core.conversion import converter
from telcobiz.testing import year_months, yens


@attrs.frozen
class Sample:
    fee: Yen
    rate: Decimal
    month: YearMonth
    day: date
    at: datetime
    opens: time
    citation: Citation


SAMPLE = Sample(
    Yen("1928.50"),
    Decimal("0.10"),
    YearMonth(2026, 11),
    date(2026, 11, 2),
    datetime(2026, 11, 2, 13, 0),
    time(9, 0),
    Citation(MESSAGE_CAST_GUIDE, "§2.1", row="6", rule="MC-5"),
)


def test_value_objects_become_json_ready_data():
    data = unstructure(SAMPLE)
    assert data["fee"] == "1928.50"
    assert data["rate"] == "0.10"
    assert data["month"] == "2026-11"
    assert data["day"] == "2026-11-02"
    assert data["at"] == "2026-11-02T13:00:00"
    assert data["opens"] == "09:00:00"
    assert (
        data["citation"]["source"]["title"] == "KDDI Message Cast 利用手続きガイド（入稿ポータル）"
    )
    json.dumps(data)


def test_round_trip_is_lossless():
    assert structure(unstructure(SAMPLE), Sample) == SAMPLE
    assert from_json(to_json(SAMPLE), Sample) == SAMPLE
    assert "利用手続きガイド" in to_json(SAMPLE)


def test_bad_data_is_an_invalid_input():
    with pytest.raises(InvalidInput) as caught:
        structure({"fee": "1"}, Sample)
    assert caught.value.code == "convert.unstructurable"
    # A field's own error keeps its stable code rather than a generic one.
    with pytest.raises(InvalidInput) as caught:
        structure({**unstructure(SAMPLE), "fee": "x"}, Sample)
    assert caught.value.code == "money.not_a_number"
    with pytest.raises(InvalidInput):
        structure(1.5, Yen)
    with pytest.raises(InvalidInput):
        structure("13", YearMonth)


@given(yens(), year_months())
def test_round_trip_property(amount, month):
    assert structure(unstructure(amount), Yen) == amount
    assert str(structure(unstructure(amount), Yen).amount) == str(amount.amount)
    assert structure(unstructure(month), YearMonth) == month


def test_the_top_level_converter_is_the_shared_one():
    import telcobiz
    import telcobiz.core

    assert telcobiz.converter is converter
    assert telcobiz.core.converter is converter
    with pytest.raises(AttributeError):
        telcobiz.no_such_name  # noqa: B018
    with pytest.raises(AttributeError):
        telcobiz.core.no_such_name  # noqa: B018
