"""How long the emulator takes to answer a 1,000-item write (a stocks PUT, a price upload), measured
over loopback HTTP against an emulator in another process, and what its request validation costs
per request: openapi-core's validation (what the emulator runs) against its unmarshalling (what it
ran before issue 21, which built Python values for every item and threw them away). Target: a
1,000-item write answered in well under 100 ms.

    python bench/emulator_writes.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import time

import httpx
from _util import emulator_process, median, result

from wbseller_emulator import Emulator

N = 1000


def _bodies(round_: int) -> dict[str, tuple[str, str, dict[str, object]]]:
    # each round other values: no answer is a repeat (the price upload answers 208 to one)
    return {
        "stocks PUT": (
            "PUT",
            "/api/v3/stocks/{wh}",
            {"stocks": [{"chrtId": 300_000_000 + n, "amount": (n + round_) % 50} for n in range(N)]},
        ),
        "price upload": (
            "POST",
            "/api/v2/upload/task",
            {"data": [{"nmID": 1 + n, "price": 1000 + round_, "discount": 5} for n in range(N)]},
        ),
    }


def _over_http(rounds: int) -> dict[str, float]:
    with (
        emulator_process("--no-rate-limits") as (base, token),
        httpx.Client(base_url=base, headers={"Authorization": token}, timeout=60) as http,
    ):
        offices = http.get("/api/v3/offices").json()
        made = http.post("/api/v3/warehouses", json={"name": "Bench", "officeId": offices[0]["id"]})
        wh = made.json()["id"]
        times: dict[str, list[float]] = {}
        for r in range(rounds + 1):
            for name, (method, path, body) in _bodies(r).items():
                content = json.dumps(body).encode()
                headers = {"Content-Type": "application/json"}
                started = time.perf_counter()
                answer = http.request(method, path.format(wh=wh), content=content, headers=headers)
                took = time.perf_counter() - started
                if answer.status_code >= 300:
                    raise RuntimeError(f"{name}: {answer.status_code} {answer.text[:200]}")
                if r:  # the first round warms up
                    times.setdefault(name, []).append(took)
    return {name: median(ts) for name, ts in times.items()}


def _validation(rounds: int) -> dict[str, tuple[float, float]]:
    """Per body: (validation, unmarshalling) seconds, median, in this process."""
    emu = Emulator(rate_limits=False)
    out: dict[str, tuple[float, float]] = {}
    for name, (method, path, body) in _bodies(0).items():
        ops, params = emu.operations.match(method, path.format(wh=7))
        headers = [("content-type", "application/json")]
        req = emu.validator._request(ops[0], [], headers, params, json.dumps(body).encode())
        api = emu.validator._api(ops[0].spec_name)
        list(api.iter_request_errors(req))  # warm
        fast, slow = [], []
        for _ in range(rounds):
            started = time.perf_counter()
            errors = list(api.iter_request_errors(req))
            fast.append(time.perf_counter() - started)
            assert not errors, errors
        for _ in range(max(1, rounds // 10)):  # about 2 s each
            started = time.perf_counter()
            api.unmarshal_request(req)
            slow.append(time.perf_counter() - started)
        out[name] = (median(fast), median(slow))
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=20)
    args = p.parse_args()
    for name, seconds in _over_http(args.rounds).items():
        print(f"emulator {name} of {N:,} items over HTTP: {seconds * 1000:.0f} ms (median) — target < 100 ms")
        result(f"emulator {name} of {N:,} items over HTTP", seconds * 1000, "< 100", "ms")
    for name, (fast, slow) in _validation(args.rounds).items():
        print(
            f"request validation, {name} of {N:,} items: {fast * 1000:.0f} ms; openapi-core's "
            f"unmarshalling (before): {slow * 1000:.0f} ms, {slow / fast:.0f}x as long"
        )


if __name__ == "__main__":
    main()
