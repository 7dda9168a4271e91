"""The emulator's request validation costs little per item: a 1,000-item write is checked in a few
tens of milliseconds, so a loaded machine does not push it past a client's timeout (issue 21: 1.25 s
for a 1,000-item stocks PUT on a loaded machine, 2 s of it openapi-core building Python values it
then threw away).

No timed assert (machines are loaded): the cost is counted in Python function calls, which do not
depend on the machine. The checks themselves stay: a bad item deep in the list is still found."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from wbseller_emulator import Emulator

# Python calls per item of a 1,000-item body: jsonschema's walk of one small object takes about
# 200 (measured: 186 per stock row); openapi-core's unmarshalling took about 3,900
CALLS_PER_ITEM = 400


def _calls(fn: Callable[[], Any]) -> tuple[int, Any]:
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        result = fn()
    finally:
        sys.setprofile(None)
    return count, result


def _problem(emu: Emulator, method: str, path: str, body: dict[str, Any]) -> tuple[int, str | None]:
    ops, path_params = emu.operations.match(method, path)
    raw = json.dumps(body).encode()
    headers = [("content-type", "application/json")]
    emu.validator.request_problem(ops[0], [], headers, path_params, raw)  # warm: the spec's validators
    return _calls(lambda: emu.validator.request_problem(ops[0], [], headers, path_params, raw))


def test_a_1000_item_stocks_put_is_validated_cheaply(emu: Emulator) -> None:
    rows = [{"chrtId": 300_000_000 + n, "amount": n % 50} for n in range(1000)]
    calls, problem = _problem(emu, "PUT", "/api/v3/stocks/7", {"stocks": rows})
    assert problem is None
    assert calls < CALLS_PER_ITEM * len(rows), f"{calls} Python calls to validate 1,000 stocks"


def test_a_1000_item_price_upload_is_validated_cheaply(emu: Emulator) -> None:
    items = [{"nmID": 1000 + n, "price": 500, "discount": 5} for n in range(1000)]
    calls, problem = _problem(emu, "POST", "/api/v2/upload/task", {"data": items})
    assert problem is None
    assert calls < CALLS_PER_ITEM * len(items), f"{calls} Python calls to validate 1,000 prices"


def test_the_checks_stay(emu: Emulator) -> None:
    """The last of 1,000 rows breaking the schema is still a 400 naming it."""
    rows: list[dict[str, Any]] = [{"chrtId": 300_000_000 + n, "amount": 1} for n in range(999)]
    rows.append({"chrtId": "abc", "amount": -1})
    _, problem = _problem(emu, "PUT", "/api/v3/stocks/7", {"stocks": rows})
    assert problem is not None
    assert "stocks.999.chrtId" in problem and "stocks.999.amount" in problem


def test_a_1000_order_batch_is_validated_cheaply(emu: Emulator) -> None:
    """DBS's batch status calls take 1,000 ids (issue 23): their checks stay per-item cheap."""
    from .drafted import wire

    wire(emu)
    calls, problem = _problem(
        emu, "POST", "/api/marketplace/v3/dbs/orders/status/confirm", {"ordersIds": list(range(1, 1001))}
    )
    assert problem is None
    assert calls < CALLS_PER_ITEM * 1000, f"{calls} Python calls to validate 1,000 order ids"
    _, problem = _problem(
        emu, "POST", "/api/marketplace/v3/dbs/orders/status/confirm", {"ordersIds": list(range(1, 1002))}
    )
    assert problem is not None  # the 1,001st is still refused
