"""The request ID WB gives an answer (X-Request-Id; WB's error bodies carry it as `requestId`)
reaches the result of a facade call, not only its errors: cards, prices, calendar uploads, bids
and order batches carry `.request_id`, the ID of the answer to their (last) write, and the log
lines say it. Over HTTP against the emulator (which names every answer), Client and AsyncClient."""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content_extras import ContentExtrasStore
from wbseller_raw.calendar import ops as calendar_ops
from wbseller_raw.content import ops as content_ops
from wbseller_raw.marketplace import ops as marketplace_ops
from wbseller_raw.prices import ops as prices_ops
from wbseller_raw.promotion import ops as promotion_ops

from . import test_calendar as calendar_tests
from . import test_dbs_orders as orders_tests
from . import test_fbs_orders as fbs_tests
from . import test_prices as prices_tests
from . import test_promotion as promotion_tests
from .conftest import Drive, Run
from .test_results import card

HEX = re.compile(r"[0-9a-f]{32}")


@pytest.fixture
def ids(caplog: pytest.LogCaptureFixture) -> Any:
    """ids(operation): the request IDs of that operation's answers, from the transport's log
    lines (each carries its answer's X-Request-Id), in order."""
    caplog.set_level(logging.DEBUG, logger="wbseller")

    def of(op: Any) -> list[str]:
        # the path's {parameters} stand for any segment of the logged URL
        path = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(op.path))
        key = re.compile(f"{op.method.upper()} {path} -> ")
        return [
            r.wbseller_request_id
            for r in caplog.records
            if getattr(r, "wbseller_request_id", None) and key.match(r.getMessage())
        ]

    return of


def processed(caplog: pytest.LogCaptureFixture, rid: str) -> bool:
    """A handle's 'processed' log line names the write's request."""
    return any(
        "processed" in r.getMessage() and rid in r.getMessage() and r.wbseller_request_id == rid  # type: ignore[attr-defined]
        for r in caplog.records
    )


def test_the_emulator_names_every_answer_and_an_error_body_with_the_same_id(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.base_url) as http:
        ok = http.get("/ping")
        bad = http.get("/api/v1/tariffs/box", headers={"Authorization": "not a token"})
    assert HEX.fullmatch(ok.headers["X-Request-Id"])
    assert bad.status_code == 401 and bad.json()["requestId"] == bad.headers["X-Request-Id"]
    assert ok.headers["X-Request-Id"] != bad.headers["X-Request-Id"]


def test_cards_result(emu: Emulator, run: Run, ids: Any, caplog: pytest.LogCaptureFixture) -> None:
    async def scenario(d: Drive) -> None:
        handle = await d(d.client.content.create_cards([card("RID-1")]))
        result = await d.wait(handle, timeout=10)
        [rid] = ids(content_ops.CREATE_PRODUCT_CARDS)[-1:]
        assert HEX.fullmatch(rid) and handle.request_id == result.request_id == rid
        assert processed(caplog, rid)
        caplog.clear()

    run(scenario)


def test_price_result(emu: Emulator, run: Run, ids: Any, caplog: pytest.LogCaptureFixture) -> None:
    goods = [prices_tests.store(emu).add_good(price=1000) for _ in range(2)]

    async def scenario(d: Drive) -> None:
        _, result = await prices_tests.send_and_wait(d, [{"nmID": g.nm_id, "price": 1200} for g in goods])
        rid = ids(prices_ops.SET_PRICES_AND_DISCOUNTS)[-1]
        assert HEX.fullmatch(rid) and result.request_id == rid
        assert processed(caplog, rid)
        caplog.clear()

    run(scenario)


def test_promotion_upload_result(emu: Emulator, run: Run, ids: Any) -> None:
    now = calendar_tests.running(emu)
    nms = calendar_tests.store(emu).seed_nomenclatures(now, 2)

    async def scenario(d: Drive) -> None:
        result = await d.wait(await d(d.client.calendar.add_to_promotion(now, nms)))
        rid = ids(calendar_ops.ADD_PRODUCT_TO_THE_PROMOTION)[-1]
        assert HEX.fullmatch(rid) and result.request_id == rid

    run(scenario)


def test_bids_result(emu: Emulator, run: Run, ids: Any) -> None:
    st = promotion_tests.store(emu)
    [advert] = st.seed_campaigns(1, types=(promotion_tests.CUSTOM,), statuses=(promotion_tests.READY,))

    async def scenario(d: Drive) -> None:
        result = await d(
            d.client.promotion.set_bids({advert: dict.fromkeys(st.campaigns[advert].nms, 25_000)})
        )
        rid = ids(promotion_ops.CHANGING_CAMPAIGNS_BIDS)[-1]
        assert result.applied and HEX.fullmatch(rid) and result.request_id == rid

    run(scenario)


def test_batch_result(emu: Emulator, run: Run, ids: Any) -> None:
    st = orders_tests.store(emu)
    orders = st.seed_dbs_orders(2)

    async def scenario(d: Drive) -> None:
        result = await d(d.client.marketplace.dbs_confirm(orders))
        rid = ids(marketplace_ops.DBS_ORDERS_CONFIRM)[-1]
        assert result.succeeded == orders and HEX.fullmatch(rid) and result.request_id == rid
        orders[:] = st.seed_dbs_orders(2)  # the other client's run confirms new ones

    run(scenario)


def test_supply_add(emu: Emulator, run: Run, ids: Any) -> None:
    st = fbs_tests.store(emu)

    async def scenario(d: Drive) -> None:
        orders = st.seed_fbs_orders(3)
        mp = d.client.marketplace
        supply_id = await d(mp.create_supply("Monday"))
        added = await d(mp.add_to_supply(supply_id, orders))
        rid = ids(marketplace_ops.FBS_SUPPLY_ADD_ORDERS)[-1]
        assert added and HEX.fullmatch(rid) and added.request_id == rid

    run(scenario)


def test_recommendations_result(emu: Emulator, run: Run, ids: Any) -> None:
    products = emu.state.default.store(ContentExtrasStore).products()
    main, a = (p.nm_id for p in products[:2])

    async def scenario(d: Drive) -> None:
        result = await d(d.client.content.set_recommendations({main: [a]}))
        rid = ids(content_ops.RECOMMENDATIONS_SET)[-1]
        assert HEX.fullmatch(rid) and result.request_id == rid

    run(scenario)
