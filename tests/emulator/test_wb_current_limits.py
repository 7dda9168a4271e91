"""The limits WB has today (issue 11, then WB's rows per token type of issue 20) come from the
specs through the generated tables and the emulator enforces them: card create/update 10 a
minute (interval 6 s, burst 5), recover 3 a minute (burst 5), stocks DELETE 10 a minute with a
burst of 2. Checked on the emulator's virtual clock (it is advanced, not waited on): an unscaled
emulator, where two requests in a row are far quicker than one interval."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from wbseller.operations import operation
from wbseller.token import decode_payload
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.marketplace import MarketplaceStore
from wbseller_raw.tables import BUCKETS


@pytest.fixture(scope="module")
def real_time() -> Iterator[Emulator]:
    with Emulator(time_scale=1.0) as emu:
        yield emu


@pytest.fixture
def http(real_time: Emulator) -> Iterator[httpx.Client]:
    real_time.reset()
    token = real_time.make_token(["content", "marketplace"])
    with httpx.Client(base_url=real_time.base_url, headers={"Authorization": token}, timeout=10) as c:
        yield c
    real_time.clock.resume()  # a test that froze it


@pytest.mark.parametrize(
    ("spec", "operation_id", "limit", "period", "burst"),
    [
        ("content", "create_product_cards", 10, 60.0, 5),
        ("content", "create_product_cards_with_merge", 10, 60.0, 5),
        ("content", "update_product_cards", 10, 60.0, 5),
        ("content", "recover_product_card_from_trash", 3, 60.0, 5),
        ("marketplace", "delete_inventory", 10, 60.0, 2),
    ],
)
def test_the_tables_carry_the_new_limits(
    spec: str, operation_id: str, limit: int, period: float, burst: int
) -> None:
    bucket = operation(spec, operation_id).bucket
    assert bucket == f"{spec}.{operation_id}"  # its own bucket, not the category's
    assert BUCKETS[bucket]["personal"] == {"limit": limit, "period": period, "burst": burst}


def test_the_rest_of_the_marketplace_shares_wbs_buckets() -> None:
    assert operation("marketplace", "update_inventory").bucket == "marketplace-inventory"
    assert operation("marketplace", "get_warehouses").bucket == "marketplace-warehouses"
    for bucket in ("marketplace-inventory", "marketplace-warehouses"):
        assert BUCKETS[bucket]["personal"] == {"limit": 300, "period": 60.0, "burst": 20}


def test_stocks_delete_allows_a_burst_of_2_then_one_per_6_seconds(
    http: httpx.Client, real_time: Emulator
) -> None:
    wid = real_time.state.default.store(MarketplaceStore).add_warehouse("A", 15).id

    def delete() -> httpx.Response:
        return http.request("DELETE", f"/api/v3/stocks/{wid}", json={"chrtIds": [1]})

    first, second, third = delete(), delete(), delete()
    assert [first.status_code, second.status_code, third.status_code] == [204, 204, 429]
    assert first.headers["X-Ratelimit-Limit"] == "2"
    assert 0 < float(third.headers["X-Ratelimit-Retry"]) <= 6
    # the category bucket is untouched by it
    assert http.put(f"/api/v3/stocks/{wid}", json={"stocks": [{"chrtId": 1, "amount": 1}]}).status_code == 204
    real_time.clock.advance(6.0)
    assert delete().status_code == 204
    assert delete().status_code == 429


def test_card_creation_allows_a_burst_of_5_then_one_request_per_6_seconds(
    http: httpx.Client, real_time: Emulator
) -> None:
    real_time.clock.freeze()

    def upload() -> httpx.Response:
        return http.post("/content/v2/cards/upload", json=[{"subjectID": 105, "variants": []}])

    assert [upload().status_code != 429 for _ in range(5)] == [True] * 5
    refused = upload()
    assert refused.status_code == 429 and refused.headers["X-Ratelimit-Limit"] == "5"
    assert http.get("/content/v2/cards/limits").status_code == 200  # another bucket
    real_time.clock.advance(6.0)
    assert upload().status_code != 429
    assert upload().status_code == 429


def test_recover_allows_a_burst_of_5_then_one_request_per_20_seconds(
    http: httpx.Client, real_time: Emulator
) -> None:
    real_time.clock.freeze()

    def recover() -> httpx.Response:
        return http.post("/content/v2/cards/recover", json={"nmIDs": [1]})

    assert [recover().status_code != 429 for _ in range(5)] == [True] * 5
    assert recover().status_code == 429
    real_time.clock.advance(6.0)
    assert recover().status_code == 429  # 6 s is the card writes' interval, not this one's
    real_time.clock.advance(14.0)
    assert recover().status_code != 429


# --- per token type (issue 20) -------------------------------------------------------------------
GOODS = "/api/v2/list/goods/filter?limit=1"  # the prices bucket


def test_make_token_writes_the_type_claims_as_wb_does(real_time: Emulator) -> None:
    def claims(**kw: object) -> dict[str, object]:
        token = real_time.make_token(["prices"], **kw)  # type: ignore[arg-type]
        payload = decode_payload(token)
        assert payload is not None
        return {k: payload.get(k) for k in ("acc", "for", "t")}

    assert claims() == {"acc": 3, "for": "self", "t": False}  # Personal by default
    assert claims(token_type="service", service_id="42") == {"acc": 4, "for": "asid:42", "t": False}
    assert claims(token_type="base") == {"acc": 1, "for": None, "t": False}
    assert claims(token_type="test") == {"acc": 2, "for": None, "t": True}
    assert claims(sandbox=True) == {"acc": 2, "for": None, "t": True}  # the sandbox takes test tokens only
    assert claims(token_type=None) == {"acc": None, "for": None, "t": False}


def test_each_token_type_has_its_own_row(real_time: Emulator) -> None:
    """Prices: a Personal token 10 per 6 s with a burst of 5; a Base token of the same seller 4 an
    hour, burst 1, in a budget of its own."""
    real_time.reset()
    real_time.clock.freeze()
    try:
        personal, base = (real_time.make_token(["prices"], token_type=t) for t in ("personal", "base"))

        def get(token: str) -> httpx.Response:
            return httpx.get(real_time.base_url + GOODS, headers={"Authorization": token}, timeout=10)

        assert [get(personal).status_code for _ in range(6)] == [200] * 5 + [429]
        first, refused = get(base), get(base)
        assert first.status_code == 200 and first.headers["X-Ratelimit-Limit"] == "1"
        assert refused.status_code == 429 and refused.headers["X-Ratelimit-Retry"] == "900"  # 15 minutes
        real_time.clock.advance(900)
        assert get(base).status_code == 200
    finally:
        real_time.clock.resume()


def test_a_services_tokens_share_one_budget_across_sellers(real_time: Emulator) -> None:
    real_time.reset()
    real_time.clock.freeze()
    try:
        a, b = (real_time.make_token(["prices"], token_type="service", service_id="s1", seller_id=s)
                for s in (real_time.new_seller_id(), real_time.new_seller_id()))  # fmt: skip
        other = real_time.make_token(["prices"], token_type="service", service_id="s2")

        def get(token: str) -> int:
            return httpx.get(
                real_time.base_url + GOODS, headers={"Authorization": token}, timeout=10
            ).status_code

        assert [get(a) for _ in range(5)] == [200] * 5
        assert get(b) == 429  # another seller, the same service: its budget is spent
        assert get(other) == 200  # another service
    finally:
        real_time.clock.resume()
