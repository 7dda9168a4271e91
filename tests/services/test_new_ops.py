"""The facade methods of WB's 2026 additions in groups we already covered, over HTTP against the
emulator, sync and async: content brands (iterator) and recommendations, prices' wholesale (B2B)
upload with its wait and goods by nmIDs, DBW warehouse contacts."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.services.conftest import Drive, Run
from wbseller import InvalidRequestError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content_extras import ContentExtrasStore
from wbseller_emulator.handlers.prices import PricesStore


def sent(emu: Emulator, key: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == key]


def test_brands_iterated_with_next(emu: Emulator, run: Run) -> None:
    emu.settings.update({"content.brands_page": 2, "content.brands_per_subject": 5})

    async def scenario(d: Drive) -> None:
        brands = await d.list(d.client.content.iter_brands(105))
        assert [b.name for b in brands] == [f"Brand 105-{i}" for i in range(1, 6)]
        asked = [parse_qs(r.query).get("next") for r in sent(emu, "content.brands_list")]
        assert asked == [None, ["2"], ["4"]]  # total 5 reached on the third page
        with pytest.raises(InvalidRequestError):
            d.client.content.iter_brands(0)

    run(scenario, categories=["content"])


def test_recommendations_set_and_listed(emu: Emulator, run: Run) -> None:
    products = emu.state.default.store(ContentExtrasStore).products()
    main, a, b = (p.nm_id for p in products[:3])

    async def scenario(d: Drive) -> None:
        c = d.client.content
        result = await d(c.set_recommendations({main: [a, b], 999: [a]}))
        assert not result.ok and [e.main_nm for e in result.errors] == ["999"]
        again = await d(c.set_recommendations({main: [a, b], 999: [a]}))
        assert again.already == 1
        listed = await d.list(c.iter_recommendations(page_size=2))
        assert len(listed) == len(products)
        assert {p.nm_id: p.recom_nms for p in listed}[main] == [a, b]
        with pytest.raises(InvalidRequestError):
            await d(c.set_recommendations({main: list(range(1, 22))}))  # 21 > 20 a product
        with pytest.raises(InvalidRequestError):
            c.iter_recommendations(search="x" * 73)

    run(scenario, categories=["content"])


def test_wholesale_upload_waits_and_goods_by_nm_ids(emu: Emulator, run: Run) -> None:
    emu.settings["prices.buffer_seconds"] = 2.0
    goods = emu.state.default.store(PricesStore).seed_goods(3)
    first, second = goods[0].nm_id, goods[1].nm_id

    async def scenario(d: Drive) -> None:
        p = d.client.prices
        upload = await d(
            p.set_wholesale_discounts({first: [(10, 5), (50, 10)], second: [(5, 3)], 42: [(1, 1)]})
        )
        assert len(upload.upload_ids) == 1 and 42 in upload.refused
        result = await d.wait(upload)
        assert sorted(result.applied) == sorted([first, second])
        assert list(result.failed) == [42]
        body = json.loads(sent(emu, "prices.set_b2b_wholesale_discounts")[0].body)
        assert body["data"][0]["wholesaleDiscountThreshold"] == [
            {"minQuantity": 10, "wholesaleDiscount": 5, "level": 1},
            {"minQuantity": 50, "wholesaleDiscount": 10, "level": 2},
        ]
        got = await d(p.goods_by_nm_ids([first, second, first]))
        by_nm = {g.nm_id: g for g in got}
        assert set(by_nm) == {first, second}
        levels = [
            (t.level, t.min_quantity, t.wholesale_discount) for t in by_nm[first].wholesale_discount_threshold
        ]
        assert levels == [(1, 10, 5), (2, 50, 10)]
        with pytest.raises(InvalidRequestError):
            await d(p.goods_by_nm_ids([]))

    run(scenario, categories=["prices"])


def test_goods_by_nm_ids_split_at_1000(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        await d(d.client.prices.goods_by_nm_ids(range(1, 2501)))
        sizes = [
            len(json.loads(r.body)["nmList"]) for r in sent(emu, "prices.get_products_with_prices_by_nm_ids")
        ]
        assert sizes == [1000, 1000, 500]

    run(scenario, categories=["prices"])


def test_dbw_contacts(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        m = d.client.marketplace
        contacts = await d(m.dbw_contacts(507))
        assert isinstance(contacts, list)
        await d(m.set_dbw_contacts(507, [{"phone": "+79998887766", "comment": "Охрана"}]))
        [put] = sent(emu, "marketplace.update_dbw_warehouse_contacts")
        assert put.path.endswith("/api/v3/dbw/warehouses/507/contacts")
        assert json.loads(put.body) == {"contacts": [{"phone": "+79998887766", "comment": "Охрана"}]}
        with pytest.raises(InvalidRequestError) as e:
            await d(m.set_dbw_contacts(507, [{"phone": f"+7999888776{i}"} for i in range(6)]))
        assert e.value.limit == 5
        with pytest.raises(InvalidRequestError):
            await d(m.set_dbw_contacts(507, [{"phone": "+79998887766", "comment": "x" * 1001}]))
        assert len(sent(emu, "marketplace.update_dbw_warehouse_contacts")) == 1

    run(scenario, categories=["marketplace"])
