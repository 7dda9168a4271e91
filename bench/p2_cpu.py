"""P2 (CPU): what wbseller adds per call, without a server: the same GET /content/v2/cards/limits
answered in-process by httpx.MockTransport, through `client.content.raw` (wbseller's transport
and the generated parser) vs a bare httpx.Client + json.loads. This process's CPU time per call,
best of several alternating rounds: the client's own cost, which the emulator's time (and a
loaded machine) blurs in p2_overhead.py. The send-time pacing hook is not exercised (httpcore
calls it; MockTransport does not).

    python bench/p2_cpu.py [--calls 5000]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

import httpx

import wbseller
from wbseller_emulator.auth import mint
from wbseller_raw.content.api.cards import limits_for_the_product_cards as limits

PATH = "/content/v2/cards/limits"
BODY = json.dumps(
    {"data": {"freeLimits": 100, "paidLimits": 5}, "error": False, "errorText": "", "additionalErrors": None}
).encode()


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--calls", type=int, default=5000)
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args()
    token = mint(None, categories=["content"], seller_id="bench")
    base = "http://wb.invalid"
    with (
        wbseller.Client(
            token, base_url=base, rate_limits={"content-limits-and-errors": (10**9, 1.0, 10**9)}
        ) as wb,
        httpx.Client(
            base_url=base, headers={"Authorization": token}, transport=httpx.MockTransport(answer)
        ) as bare,
    ):
        raw = wb.content.raw
        raw.get_httpx_client()._transport.inner = httpx.MockTransport(answer)  # the wire, in-process

        def ours() -> None:
            for _ in range(args.calls):
                limits.sync_detailed(client=raw)

        def plain() -> None:
            for _ in range(args.calls):
                json.loads(bare.get(PATH).content)

        best: dict[str, float] = {}
        sides: dict[str, Callable[[], None]] = {"wbseller": ours, "bare": plain}
        for _ in range(args.rounds):
            for side, run in sides.items():
                t0 = time.process_time()
                run()
                us = (time.process_time() - t0) / args.calls * 1e6
                best[side] = min(best.get(side, us), us)
    o, b = best["wbseller"], best["bare"]
    print(f"P2 cpu  {args.calls} calls per round, GET {PATH} answered in-process (best of {args.rounds})")
    print(f"    bare {b:6.1f} us/call  wbseller {o:6.1f} us/call  added {o - b:5.1f} us  ratio {o / b:.3f}")


if __name__ == "__main__":
    main()
