"""The spec bounds an operation constant gives (generated data, <spec>/_requests.py), and the
validation helpers that take the constant."""

from __future__ import annotations

import pytest

from wbseller import validation
from wbseller.errors import InvalidRequestError
from wbseller_raw.content import ops as content_ops
from wbseller_raw.prices import ops as prices_ops


def test_body_bounds_come_from_the_constant() -> None:
    assert content_ops.PRODUCT_CARDS_LIST.schema("settings.cursor.limit")["maximum"] == 100
    assert prices_ops.SET_PRICES_AND_DISCOUNTS.max_items("data") == 1000
    with pytest.raises(LookupError, match=r"no 'settings\.nope'"):
        content_ops.PRODUCT_CARDS_LIST.schema("settings.nope")


def test_param_bounds_come_from_the_constant() -> None:
    limit = prices_ops.GET_PRODUCTS_WITH_PRICES.param("limit")
    assert limit["maximum"] == 1000
    with pytest.raises(LookupError, match="no parameter nope"):
        prices_ops.GET_PRODUCTS_WITH_PRICES.param("nope")


def test_helpers_take_the_constant_and_the_old_strings_alike() -> None:
    op = prices_ops.SET_PRICES_AND_DISCOUNTS
    assert validation.max_items(op, "data") == validation.max_items("prices", op.operation_id, "data")
    with pytest.raises(InvalidRequestError) as e:
        validation.check_body(op, {"data": [{"nmID": 1}]})
    assert e.value.field == "body.data[0]" and e.value.limit == ["price", "discount"]
    with pytest.raises(InvalidRequestError) as e:
        validation.check_body("prices", op.operation_id, {"data": [{"nmID": "1", "price": 5}]})
    assert e.value.field == "body.data[0].nmID"
    with pytest.raises(InvalidRequestError) as e:
        validation.check_params(prices_ops.GET_PRODUCTS_WITH_PRICES, {"limit": 5000})
    assert e.value.limit == 1000
