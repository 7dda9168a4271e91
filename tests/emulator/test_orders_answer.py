"""Every marketplace order operation of WB's facts answers, over HTTP, with a status its spec
declares and a body valid against it (strict emulator), whatever the request built from its
schemas names: the route() handlers refuse what they cannot take in the spec's own terms, and
the operations without one answer from their schemas. Against marketplace.yaml's operations once
it has them, until then against the facts' operations drafted by drafted.wire()."""

from __future__ import annotations

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.base import ROUTES, template
from wbseller_emulator.handlers.orders import OrdersStore

from .drafted import facts_entries, order_ops, wire
from .seeded import seed_orders, values_for
from .test_every_operation import build_request
from .test_groups_answer import apply


@pytest.fixture(scope="module", autouse=True)
def wired(emulator_module: Emulator) -> list[str]:
    return wire(emulator_module)


def test_every_route_is_an_operation_of_the_facts() -> None:
    """A route's method and path are WB's (a typo would leave a handler that never serves)."""
    facts = {(e["method"], template(e["path"])) for e in facts_entries()}
    assert sorted(k for k in ROUTES if k not in facts and k[1].startswith("/api/")) == []


def test_every_order_operation_answers_within_its_spec(emu: Emulator) -> None:
    emu.state.default.store(OrdersStore).seed_fbs_orders(2)
    keys = [o.key for o in order_ops(emu)]
    assert len(keys) == 95  # FBS 40, DBW 16, DBS 21, click & collect 18 (the facts' groups)
    token = emu.make_token(["marketplace"])
    failures = []
    with httpx.Client(base_url=emu.base_url, timeout=10) as c:
        for key in keys:
            op = emu.operations.by_key[key]
            kw = build_request(op)
            kw["headers"]["Authorization"] = token
            emu.limits.reset()
            r = c.request(**kw)
            if r.status_code not in {int(s) for s in op.op["responses"]}:
                failures.append(f"{key}: {r.status_code} {r.text[:200]}")
    assert failures == []
    assert emu.response_errors == [] and emu.handler_errors == []


def test_every_order_operation_answers_2xx_naming_seeded_things(emu: Emulator) -> None:
    """With orders, supplies and a pass seeded (seeded.seed_orders) and the request naming them
    (seeded.values_for), every order operation answers a 2xx within its spec: the stateful ones
    past their refusals, the others from their schemas. Each on a fresh seeding: a step changes
    what the next one starts from."""
    token = emu.make_token(["marketplace"])
    failures = []
    with httpx.Client(base_url=emu.base_url, timeout=10) as c:
        for op in order_ops(emu):
            emu.reset()
            ids = seed_orders(emu)
            kw = build_request(op)
            apply(op, kw, values_for(op, ids))
            kw["headers"]["Authorization"] = token
            r = c.request(**kw)
            if not 200 <= r.status_code < 300:
                failures.append(f"{op.key}: {r.status_code} {r.text[:200]}")
    assert failures == []
    assert emu.response_errors == [] and emu.handler_errors == []
