"""wbseller.drift on its own: what a RawItem offers, answers with a body the spec does not
declare, a missing required field, and the emulator's drift patch."""

from __future__ import annotations

import copy
import pickle
import warnings

import httpx
import pytest

import wbseller_raw.marketplace
from wbseller import RawItem, SchemaDriftWarning, drift
from wbseller.operations import operation
from wbseller.services._common import attr
from wbseller_emulator.faults import apply_patch
from wbseller_raw.prices.models import Goods, PricesUploadRequest
from wbseller_raw.wbd.models import Offer, OfferList

CLIENT = wbseller_raw.marketplace.Client(base_url="http://wb.invalid")


def parse(key: str, status: int, body: object) -> tuple[object, list[SchemaDriftWarning]]:
    spec, op = key.split(".")
    drift.forget()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        answer = httpx.Response(status, json=body, request=httpx.Request("PUT", "http://wb.invalid/"))
        parsed = drift.parsed(operation(spec, op), CLIENT, answer).parsed
    return parsed, [w.message for w in caught if isinstance(w.message, SchemaDriftWarning)]


def test_a_raw_item_is_the_json_and_reads_like_its_model() -> None:
    raw = RawItem({"items": [{"id": 1, "title": "x"}], "total": "2"}, OfferList)
    assert raw == {"items": [{"id": 1, "title": "x"}], "total": "2"} and raw.to_dict() == dict(raw)
    assert raw.total == "2"  # as WB sent it
    assert callable(raw.items)  # a dict method wins over the field of that name…
    (offer,) = attr(raw, "items")  # …which attr() reads, nested objects as RawItems of their model
    assert isinstance(offer, RawItem) and offer.model is Offer and offer.title == "x"
    assert RawItem({}, Offer).price is None  # absent
    with pytest.raises(AttributeError, match="no field 'nope'"):
        _ = raw.nope
    assert attr(raw, "nope") is None
    for clone in (copy.deepcopy(raw), pickle.loads(pickle.dumps(raw))):
        assert clone == raw and clone.model is OfferList and clone.total == "2"


def test_a_body_the_spec_does_not_declare_is_handed_on() -> None:
    # update_inventory answers 204 without a body
    parsed, warned = parse("marketplace.update_inventory", 204, {"unexpected": True})
    assert parsed == {"unexpected": True}
    assert [(w.path, w.expected) for w in warned] == [("", "no body with status 204")]
    parsed, warned = parse("marketplace.update_inventory", 200, [1, 2])
    assert parsed == [1, 2]
    assert "status 200 with a JSON list" in str(warned[0]) and "one of the statuses" in str(warned[0])


def test_a_missing_required_field_makes_the_object_raw() -> None:
    value, found = drift.tolerant(PricesUploadRequest, {"data": [{"price": 1}]})
    assert isinstance(value, PricesUploadRequest)  # the object around it stays typed
    assert isinstance(value.data[0], RawItem) and value.data[0] == {"price": 1}
    assert [(d.path, d.got) for d in found] == [("data[].nmID", "nothing (a required key is missing)")]
    # the answer itself cannot be typed without a required field
    value, _ = drift.tolerant(Goods, {"price": 1})
    assert isinstance(value, RawItem) and value.price == 1


def test_a_mismatched_answer_field_is_kept_by_its_key() -> None:
    value, found = drift.tolerant(OfferList, {"items": [{"id": 1}], "total": "many"})
    assert isinstance(value, OfferList) and not isinstance(value.total, str)
    assert value["total"] == "many" and value.to_dict() == {"items": [{"id": 1}], "total": "many"}
    assert [str(d) for d in found] == ["total: expected int, got str"]


def test_a_literal_outside_its_values_is_drift() -> None:
    # Offer has no literal; the generated CPM request type has one: its `type` takes 5..9
    from wbseller_raw.promotion.models import V0AdvertCpmRequest

    value, found = drift.tolerant(V0AdvertCpmRequest, {"advertId": 1, "type": 42, "cpm": 100, "param": 1})
    assert isinstance(value, RawItem)
    assert [(d.path, d.got) for d in found] == [("type", "42")]


def test_the_drift_patch() -> None:
    page = {"cards": [{"nmID": 1, "sizes": [1]}, {"nmID": 2}], "cursor": {"total": 2}}
    out = apply_patch(
        copy.deepcopy(page),
        {"cards.*.nmID": "x", "cards.0.sizes": {}, "cards.5.nmID": 1, "cursor.new": 1, "gone.deep": 1},
    )
    assert out == {"cards": [{"nmID": "x", "sizes": {}}, {"nmID": "x"}], "cursor": {"total": 2, "new": 1}}
