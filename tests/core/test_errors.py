"""WB's answers become typed errors carrying status, title, detail, request id, origin, the raw
body and "METHOD path"; odd statuses (498, 520) never crash."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import wbseller
from wbseller_emulator import Emulator


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, wbseller.BadRequestError),
        (403, wbseller.ForbiddenError),
        (404, wbseller.NotFoundError),
        (409, wbseller.ConflictError),
        (422, wbseller.BadRequestError),
        (498, wbseller.WBError),
        (520, wbseller.ServerError),
        (500, wbseller.ServerError),
    ],
)
def test_status_to_error(emu: Emulator, make_client: Callable[..., Any], status: int, cls: type) -> None:
    emu.faults.add("status", status=status, route="marketplace.get_offices", times=None)
    wb = make_client(["marketplace"], max_retries=0)
    with pytest.raises(cls) as exc:
        wb.marketplace.http.get("/api/v3/offices")
    e = exc.value
    assert type(e) is cls
    assert e.status == status and e.operation == "GET /api/v3/offices"
    assert e.body and e.detail == "emulated fault"
    assert str(e).startswith(f"GET /api/v3/offices {status}:")


def test_problem_fields_are_parsed(emu: Emulator, make_client: Callable[..., Any]) -> None:
    wb = make_client(["marketplace"], token=emu.make_token(["marketplace"]) + "x", max_retries=0)
    with pytest.raises(wbseller.AuthError) as exc:
        wb.marketplace.http.get("/api/v3/offices")
    e = exc.value
    assert (e.status, e.title, e.detail) == (401, "unauthorized", "signature is invalid")
    assert e.request_id and e.origin == "wbseller-emulator"


def test_validation_errors_from_the_server(emu: Emulator, make_client: Callable[..., Any]) -> None:
    wb = make_client(["prices"])
    with pytest.raises(wbseller.BadRequestError, match="limit"):
        wb.prices.http.get("/api/v2/list/goods/filter", params={"limit": "abc"})
    # WB's news answers its 400 without a body: still a BadRequestError, with nothing to quote
    with pytest.raises(wbseller.BadRequestError) as exc:
        wb.general.http.get("/api/communications/v2/news", params={"fromID": "abc"})
    assert exc.value.status == 400 and exc.value.body == b"" and exc.value.detail is None


def test_content_envelope_error_on_200_raises(emu: Emulator, make_client: Callable[..., Any]) -> None:
    emu.faults.add("envelope_error", route="content.limits_for_the_product_cards")
    wb = make_client(["content"])
    with pytest.raises(wbseller.EnvelopeError, match="emulated error") as exc:
        wb.content.http.get("/content/v2/cards/limits")
    assert exc.value.status == 200


def test_error_bodies_of_other_categories(emu: Emulator, make_client: Callable[..., Any]) -> None:
    wb = make_client(["promotion"], max_retries=0)
    emu.faults.add("status", status=400, route="promotion.rename_campaign")
    with pytest.raises(wbseller.BadRequestError) as exc:
        wb.promotion.http.post("/adv/v0/rename", json={"advertId": 1, "name": "n"})
    assert exc.value.detail == "emulated fault"
