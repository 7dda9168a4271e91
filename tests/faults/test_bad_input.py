"""Bad input never leaves the machine: each case is an InvalidRequestError naming the field and the
limit (or a TypeError at the API boundary, for a value of the wrong kind altogether), raised before
any request is sent (the emulator's request log stays empty)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import wbseller
from wbseller.errors import InvalidRequestError
from wbseller_emulator import Emulator

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
META = {"thumbnail": ["vol6/1/abc/480.jpg"], "rating": "0+", "author": "A", "pages": 3}


def _png_as_pdf(wb: Any, tmp: Path) -> Any:
    path = tmp / "book.pdf"
    path.write_bytes(PNG)
    return wb.wbd.upload_content(path, title="T", description="", catalog_id=4, meta=META)


# (what, call(client, tmp_path), the field named)
CASES: list[tuple[str, Callable[[Any, Path], Any], str]] = [
    ("price 10**12", lambda wb, t: wb.prices.set_prices([{"nmID": 1, "price": 10**12}]), "data[0].price"),
    (
        "a 100 % discount",
        lambda wb, t: wb.prices.set_prices([{"nmID": 1, "discount": 100}]),
        "data[0].discount",
    ),
    ("nmID -1", lambda wb, t: wb.prices.set_prices([{"nmID": -1, "price": 100}]), "data[0].nmID"),
    ("a misspelled field", lambda wb, t: wb.prices.set_prices([{"nmID": 1, "prise": 100}]), "data[0].prise"),
    (
        "a 100-character vendorCode",
        lambda wb, t: wb.content.create_cards(
            [{"subjectID": 105, "variants": [{"vendorCode": "x" * 100, "sizes": [{"techSize": "M"}]}]}]
        ),
        "cards[0].variants[0].vendorCode",  # the spec's maxLength 72 (cards-write-fields-2026-08)
    ),
    ("stocks: warehouse -5", lambda wb, t: wb.marketplace.set_stocks(-5, {300000001: 1}), "warehouseId"),
    (
        "stocks: a negative amount",
        lambda wb, t: wb.marketplace.set_stocks(1, {300000001: -1}),
        "stocks[0].amount",
    ),
    (
        "calendar: a naive datetime",
        lambda wb, t: wb.calendar.iter_promotions(datetime(2026, 1, 1), datetime(2026, 2, 1)),
        "startDateTime",
    ),
    ("calendar: promotion ID -1", lambda wb, t: wb.calendar.promotion_details([-1]), "promotionIDs[0]"),
    ("promotion: an empty name", lambda wb, t: wb.promotion.rename(1, ""), "body.name"),
    (
        "promotion: a bid of -5",
        lambda wb, t: wb.promotion.set_bids({1: {2: -5}}),
        "bids[0].nm_bids[0].bid_kopecks",
    ),
    ("WBD: price -1", lambda wb, t: wb.wbd.update_price(1, -1), "body.regular_price"),
    ("WBD: a discount above the price", lambda wb, t: wb.wbd.update_price(1, 100, 150), "discount_price"),
    ("WBD: a PNG named .pdf", _png_as_pdf, "file"),
    ("WBD: a path-traversal URI", lambda wb, t: wb.wbd.download_content("../../x", t), "uri"),
    ("prices: None", lambda wb, t: wb.prices.set_prices(None), "items"),
    ("content: None", lambda wb, t: wb.content.create_cards(None), "cards"),
    ("cursor: junk", lambda wb, t: wb.content.iter_cards(start_after="junk"), "start_after"),
    (
        "WBD: a missing upload path",
        lambda wb, t: wb.wbd.upload_content(
            t / "nope.pdf", title="T", description="", catalog_id=4, meta=META
        ),
        "source",
    ),
]
TYPE_CASES: list[tuple[str, Callable[[Any, Path], Any]]] = [
    ("WBD: offer ID 'abc'", lambda wb, t: wb.wbd.get_offer("abc")),
]


@pytest.mark.parametrize(("what", "call", "field"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_before_sending(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path, what: str, call: Any, field: str
) -> None:
    wb = make_client()
    with pytest.raises(InvalidRequestError) as exc:
        result = call(wb, tmp_path)
        list(result)  # a list is checked when made, at the latest when iterated
    assert exc.value.field == field, exc.value
    assert exc.value.limit is not None or "required" in str(exc.value), exc.value
    assert emu.requests == []


@pytest.mark.parametrize(("what", "call"), TYPE_CASES, ids=[c[0] for c in TYPE_CASES])
def test_a_value_of_the_wrong_kind_is_a_type_error(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path, what: str, call: Any
) -> None:
    wb = make_client()
    with pytest.raises(TypeError, match="offer_id"):
        call(wb, tmp_path)
    assert emu.requests == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"token": 123}, "token"),
        ({"wbd_token": 123}, "wbd_token"),
        ({"max_retries": -1}, "max_retries"),
        ({"rate_limits": {"content": (0, 1, 1)}}, "rate_limits.content"),
        ({"rate_limits": {"content": (1, 0, 1)}}, "rate_limits.content"),
        ({"rate_limits": (0, 1, 1)}, "rate_limits"),
        ({"rate_limits": {"content": {"basic": (1, 1, 1)}}}, "rate_limits.content"),  # not a token type
        ({"rate_limits": {"content": {"base": (1, 0, 1)}}}, "rate_limits.content.base"),
        ({"token_type": "basic"}, "token_type"),
        ({"token_type": "basic", "token": "not-a-jwt"}, "token_type"),
    ],
)
def test_client_options_are_checked(kwargs: dict[str, Any], field: str) -> None:
    for cls in (wbseller.Client, wbseller.AsyncClient):
        with pytest.raises((InvalidRequestError, TypeError)) as exc:
            cls(**kwargs)
        assert field in str(exc.value)
        if isinstance(exc.value, InvalidRequestError):
            assert exc.value.field == field


@pytest.mark.parametrize("numbers", [(0, 1.0, 1), (1, 0.0, 1), (1, 1.0, 0)])
def test_a_rate_that_would_divide_by_zero_is_refused_when_made(numbers: tuple[int, float, int]) -> None:
    from wbseller.limits import Rate

    with pytest.raises(ValueError, match="limit and burst must be >= 1 and period > 0"):
        Rate(*numbers)
