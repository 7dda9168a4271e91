"""The operations issue 23 brought to the specs of the docs' hosts: the marketplace orders (FBS,
DBW, DBS, click & collect: wb-facts/2026-08-groups), the tariffs (general.yaml) and the operations WB
added to content, prices, general and marketplace (wb-facts/2026-08/operations.yaml, `new`). Every
one is callable through `client.<spec>.raw` against the emulator, under a token of its category and
of a type it takes, with a 2xx the generated parser and the drift check take without a warning; a
retired one warns and answers 404; the ones another host serves go to that host; the Users scope,
the token types, read-only tokens and the 4xx charge apply."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from emulator.seeded import seed_orders, values_for

import wbseller
from wbseller import checks, drift
from wbseller.errors import SchemaDriftWarning
from wbseller.limits import InProcessLimiter
from wbseller.operations import Operation, all_operations
from wbseller_emulator import Emulator

from .conftest import Drive
from .test_new_hosts import EMULATED, arguments

SPECS = ("marketplace", "general", "content", "prices")
FACTS_FILES = ("wb-facts/2026-08-groups/operations.yaml:", "wb-facts/2026-08/operations.yaml: new")


def _from_facts(op: Operation) -> bool:
    sources = EMULATED.by_key[op.key].op.get("x-wb-source") or []
    return any(str(s).startswith(FACTS_FILES) for s in sources)


ADDED = sorted(
    (op for op in all_operations().values() if op.spec in SPECS and _from_facts(op)), key=lambda o: o.key
)
NEW = [op for op in ADDED if not op.removed]
RETIRED = [op for op in ADDED if op.removed]


def _categories(op: Operation) -> list[str]:
    return ["content"] if op.category == "common" else [op.category]  # common: any seller token


def _token_type(op: Operation) -> str:
    return op.token_types[0] if op.token_types else "personal"


@pytest.fixture(autouse=True)
def fresh_process_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """The warnings come once per process: forget what earlier tests already warned about."""
    monkeypatch.setattr(checks, "_deprecation_warned", set())
    monkeypatch.setattr(checks, "_disabled_warned", set())


def test_the_operations_added_per_spec() -> None:
    """95 marketplace orders and 2 DBW warehouse contacts, 5 tariffs and 8 general ones, 3 content
    and 2 prices; 34 retired marketplace orders."""
    per_spec = {spec: len([op for op in NEW if op.spec == spec]) for spec in SPECS}
    assert per_spec == {"marketplace": 97, "general": 13, "content": 3, "prices": 2}
    assert len(RETIRED) == 34 and {op.spec for op in RETIRED} == {"marketplace"}
    categories = {op.category for op in NEW}
    assert categories == {"marketplace", "common", "feedbacks", "users", "content", "prices"}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("op", NEW, ids=[op.key for op in NEW])
def test_every_added_operation_answers_through_raw(op: Operation, is_async: bool, emu: Emulator) -> None:
    """A 2xx that the generated parser and the facade's drift check both take without a warning,
    under a token of the operation's category and of a type it takes; an operation WB marks
    temporarily disabled warns once."""
    module, kwargs = arguments(op, values_for(op, seed_orders(emu)))
    token = emu.make_token(_categories(op), token_type=_token_type(op))

    async def scenario(d: Drive) -> None:
        raw = getattr(d.client, op.spec).raw
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            request = module._get_kwargs(**kwargs)
            if d.is_async:
                response = await raw.get_async_httpx_client().request(**request)
            else:
                response = raw.get_httpx_client().request(**request)
            assert 200 <= response.status_code < 300, (
                f"{op.key}: {response.status_code} {response.text[:300]}"
            )
            built = module._build_response(client=raw, response=response)  # the generated parser
            assert built.status_code == response.status_code
            drift.parsed(op, raw, response)
        drifted = [w for w in seen if issubclass(w.category, SchemaDriftWarning)]
        assert drifted == [], [str(w.message) for w in drifted]
        disabled = [w for w in seen if issubclass(w.category, wbseller.TemporarilyDisabledWarning)]
        assert len(disabled) == (1 if op.temporarily_disabled else 0)
        assert [r.operation for r in emu.requests] == [op.key]

    async def main() -> None:
        cls = wbseller.AsyncClient if is_async else wbseller.Client
        client = cls(
            token,
            base_url=emu.base_url,
            rate_limits=emu.client_rate_limits(slack=1.1),
            limiter=InProcessLimiter(),
            retry_backoff=0.01,
        )
        try:
            await scenario(Drive(client, is_async))
        finally:
            await client.aclose() if is_async else client.close()

    asyncio.run(main())


@pytest.mark.parametrize("op", RETIRED, ids=[op.key for op in RETIRED])
def test_a_retired_order_operation_warns_and_answers_404(
    op: Operation, make_client: Callable[..., Any]
) -> None:
    module, kwargs = arguments(op)
    wb = make_client(categories=["marketplace"])
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with pytest.raises(wbseller.NotFoundError):
            module.sync_detailed(client=wb.marketplace.raw, **kwargs)
    removed = [str(w.message) for w in seen if issubclass(w.category, DeprecationWarning)]
    assert len(removed) == 1 and f"WB removed it (gone by {op.removed.date}: it answers 404)" in removed[0]  # type: ignore[union-attr]
    assert op.removed is not None and op.removed.successors  # every one has a current successor
    for successor in op.removed.successors:
        assert successor in removed[0] and not all_operations()[successor].removed


def test_a_retired_successor_is_followed_to_the_current_one() -> None:
    """DBS GET .../{orderId}/meta was replaced by POST .../meta/info, which WB retired too: its
    successor is the current POST .../meta/details."""
    ops = all_operations()
    assert ops["marketplace.dbs_order_meta"].removed.successors == ("marketplace.dbs_orders_meta",)  # type: ignore[union-attr]
    assert ops["marketplace.dbs_orders_meta_info"].removed.successors == ("marketplace.dbs_orders_meta",)  # type: ignore[union-attr]
    assert ops["supplies.acceptance_coefficients"].removed.successors == (  # type: ignore[union-attr]
        "general.tariffs_acceptance_coefficients",
    )


def test_the_marketplace_orders_charge_10_for_a_4xx_and_are_not_retried(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    """WB counts every 4xx (409 included) of the Marketplace groups as 10 requests: the facade's
    table says so for each of them, and a 409 is a WB error, never sent again."""
    assert {op.cost(409) for op in ADDED if op.spec == "marketplace"} == {10}
    assert {op.cost(400) for op in ADDED if op.spec == "marketplace"} == {10}
    from wbseller_raw.marketplace.api.fbs_supplies import fbs_supply_deliver

    emu.faults.add("status", status=409, route="marketplace.fbs_supply_deliver", times=1)
    wb = make_client(categories=["marketplace"])
    with pytest.raises(wbseller.WBError) as exc:
        fbs_supply_deliver.sync_detailed(client=wb.marketplace.raw, supply_id="WB-GI-1")
    assert exc.value.status == 409
    assert [r.status for r in emu.requests if r.operation == "marketplace.fbs_supply_deliver"] == [409]


def test_label_identifiers_are_read_by_post_with_a_read_only_token(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    """POST /api/marketplace/v3/orders/meta is a read (WB lets a read-only token call it): a
    read-only token may, and the facade may repeat it; cancelling an order it refuses before
    sending."""
    from wbseller_raw.marketplace.api.fbs_label_identifiers import fbs_orders_meta
    from wbseller_raw.marketplace.api.fbs_orders import fbs_order_cancel
    from wbseller_raw.marketplace.models import FbsOrdersMetaRequest

    meta = all_operations()["marketplace.fbs_orders_meta"]
    assert (meta.write, meta.idempotent) == (False, True)
    token = emu.make_token(["marketplace"], read_only=True)
    with wbseller.Client(token, base_url=emu.base_url, retry_backoff=0.01) as wb:
        answer = fbs_orders_meta.sync_detailed(
            client=wb.marketplace.raw, body=FbsOrdersMetaRequest(orders=[1])
        )
        assert answer.status_code == 200
        with pytest.raises(wbseller.TokenScopeError, match="read-only"):
            fbs_order_cancel.sync_detailed(client=wb.marketplace.raw, order_id=1)
    assert [r.operation for r in emu.requests] == ["marketplace.fbs_orders_meta"]


def test_the_users_scope_and_token_type(emu: Emulator) -> None:
    """User management needs the Users scope (bit 16) and a Personal token: the facade refuses
    another token before sending."""
    from wbseller_raw.general.api.users import users_list

    for token, error in (
        (emu.make_token(["content"]), wbseller.TokenScopeError),  # no Users bit
        (emu.make_token(["users"], token_type="service"), wbseller.TokenTypeError),
    ):
        with wbseller.Client(token, base_url=emu.base_url) as wb, pytest.raises(error):
            users_list.sync_detailed(client=wb.general.raw)
    assert emu.requests == []
    with wbseller.Client(emu.make_token(["users"]), base_url=emu.base_url) as wb:
        assert users_list.sync_detailed(client=wb.general.raw).status_code == 200


def test_an_operation_of_another_host_goes_to_that_host(emu: Emulator) -> None:
    """Without a base URL, the rating goes to feedbacks-api and the users to user-management-api,
    the other general operations to common-api (respx stands in for WB)."""
    from wbseller_raw.general.api.seller_information import seller_info, seller_rating
    from wbseller_raw.general.api.users import users_list

    ops = all_operations()
    assert ops["general.seller_rating"].server == "https://feedbacks-api.wildberries.ru"
    personal = emu.make_token(["feedbacks", "users"], signed=False)
    service = emu.make_token(["feedbacks"], token_type="service", signed=False)
    with respx.mock(assert_all_called=True) as mock:
        rating = mock.get("https://feedbacks-api.wildberries.ru/api/common/v1/rating").respond(
            200, json={"feedbackCount": 3, "valuation": 4.5}
        )
        users = mock.get("https://user-management-api.wildberries.ru/api/v1/users").respond(
            200, json={"total": 0, "countInResponse": 0, "users": []}
        )
        info = mock.get("https://common-api.wildberries.ru/api/v1/seller-info").respond(
            200, json={"name": "ИП", "sid": "s", "tin": "1", "tradeMark": "t"}
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", wbseller.config.TokenWarning)  # an unsigned token for WB
            with wbseller.Client(service, max_retries=0) as wb:
                assert seller_rating.sync_detailed(client=wb.general.raw).status_code == 200
            with wbseller.Client(personal, max_retries=0) as wb:
                assert users_list.sync_detailed(client=wb.general.raw).status_code == 200
                assert seller_info.sync_detailed(client=wb.general.raw).status_code == 200
        assert rating.called and users.called and info.called
        assert all(isinstance(c.request, httpx.Request) for c in mock.calls)
