"""P5: burst-1 buckets with uneven arrivals, at real time scale, against the emulator running in
its own process (its stamps are the arrivals WB would count).

Two buckets WB gives no spare request:
- WBD's 10 requests/s, burst 1 (`upload_content_cover`, as the chunk route): three scenarios,
  each long enough for ~100 slots:
  * `random`: 4 threads, each calling after a random pause (0-300 ms): arrivals early and late;
  * `sequential`: one caller sending a 1 MiB body right after the previous answer (as WBD's
    upload sends part n+1 after part n's answer);
  * `mixed`: the sequential caller plus 2 threads arriving at random times.
- /ping, 3 per 30 s per host (WB counts at most 3 in any 30 s): 2 threads pinging (a content
  token: the content and the general hosts, each its own bucket) after random pauses, for as
  long as the WBD scenarios run.

For each: the allowed (2xx) requests' rate between the first and the last one the emulator
stamped, over the documented rate (goal >= 0.98), and the 429s (goal 0). A demand that keeps
every bucket busy: the rate is the limiter's, not the callers'.

    python bench/p5_burst1.py [--seconds 12] [--trace]

--trace also prints, per scenario, the delay from writing a request's headers (client) to the
emulator's arrival stamp (the kernel's receive time, emulator/wbseller_emulator/arrival.py): the
jitter a burst-1 bucket's margin must cover.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import threading
import time
import urllib.request
from collections.abc import Callable

from _util import emulator_process, result

import wbseller

COVER = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PART = b"\x89PNG\r\n\x1a\n" + b"\x00" * (1024 * 1024 - 8)  # a large body, as a WBD part
COVER_PATH = "/api/v1/content/illustration"
WBD_RATE = 10.0  # requests/s, burst 1
PING_RATE = 3 / 30.0


def token(base: str, categories: list[str]) -> str:
    req = urllib.request.Request(
        base + "/__emulator__/token", data=json.dumps({"categories": categories}).encode(), method="POST"
    )
    return str(json.loads(urllib.request.urlopen(req).read())["token"])


def recorded(base: str) -> list[dict[str, object]]:
    return list(json.loads(urllib.request.urlopen(base + "/__emulator__/requests").read()))


def run_threads(workers: list[Callable[[], None]]) -> None:
    threads = [threading.Thread(target=w, daemon=True) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def measure(rows: list[dict[str, object]], since: float, until: float, rate: float) -> tuple[float, int, int]:
    """(fraction of the allowed rate, 429s, allowed requests) of the stamped arrivals in [since, until]."""
    mine = [r for r in rows if since <= float(r["at"]) <= until]  # type: ignore[arg-type]
    ok = sorted(float(r["at"]) for r in mine if isinstance(r["status"], int) and r["status"] < 300)  # type: ignore[arg-type]
    refused = sum(1 for r in mine if r["status"] == 429)
    if len(ok) < 2:
        return float("nan"), refused, len(ok)
    return (len(ok) - 1) / (ok[-1] - ok[0]) / rate, refused, len(ok)


def gaps_ms(rows: list[dict[str, object]], since: float, until: float) -> list[float]:
    ats = sorted(float(r["at"]) for r in rows if since <= float(r["at"]) <= until)  # type: ignore[arg-type]
    return [(b - a) * 1000 for a, b in itertools.pairwise(ats)]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--seconds", type=float, default=12.0, help="per WBD scenario")
    p.add_argument("--trace", action="store_true", help="print the delay from writing headers to arrival")
    args = p.parse_args()
    sends: list[float] = []
    if args.trace:
        from wbseller import pacing

        plain = pacing.Pacer.written

        def traced(self: pacing.Pacer) -> None:  # the headers written: the request is on its way
            plain(self)
            if self.bucket is not None and self.bucket.name == "wbd.upload_content_cover":
                sends.append(time.monotonic())

        pacing.Pacer.written = traced  # type: ignore[method-assign]
    rng = random.Random(25)
    with emulator_process() as (base, _):
        wbd = wbseller.Client(token(base, ["content"]), wbd_token=token(base, ["wbd"]), base_url=base)
        pinger = wbseller.Client(token(base, ["content"]), base_url=base)
        wbd.wbd.upload_content_cover(COVER)  # connections and imports warm
        time.sleep(0.2)
        stop_pings = threading.Event()

        def pings() -> None:
            while not stop_pings.is_set():
                pinger.ping()
                stop_pings.wait(rng.uniform(0, 3))

        ping_threads = [threading.Thread(target=pings, daemon=True) for _ in range(2)]
        ping_started = time.monotonic()
        for t in ping_threads:
            t.start()

        def random_caller(until: float) -> Callable[[], None]:
            def run() -> None:
                r = random.Random(rng.random())
                while time.monotonic() < until:
                    time.sleep(r.uniform(0, 0.3))
                    wbd.wbd.upload_content_cover(COVER)

            return run

        def sequential_caller(until: float) -> Callable[[], None]:
            def run() -> None:
                while time.monotonic() < until:
                    wbd.wbd.upload_content_cover(PART)

            return run

        scenarios: dict[str, Callable[[float], list[Callable[[], None]]]] = {
            "random": lambda until: [random_caller(until) for _ in range(4)],
            "sequential": lambda until: [sequential_caller(until)],
            "mixed": lambda until: [sequential_caller(until), random_caller(until), random_caller(until)],
        }
        spans: dict[str, tuple[float, float]] = {}
        for name, make in scenarios.items():
            time.sleep(0.3)  # the bucket full again: each scenario starts as a new one would
            t0 = time.monotonic()
            run_threads(make(t0 + args.seconds))
            spans[name] = (t0, time.monotonic())
        stop_pings.set()
        for t in ping_threads:
            t.join()
        ping_span = (ping_started, time.monotonic())
        rows = recorded(base)
        wbd.close()
        pinger.close()

    covers = [r for r in rows if r["path"] == COVER_PATH]
    pings_rows = [r for r in rows if r["path"] == "/ping"]
    print("P5  burst-1 buckets, uneven arrivals, emulator in its own process at real time scale")
    worst = 1.0
    total_429 = 0
    for name, (since, until) in spans.items():
        frac, refused, n = measure(covers, since, until, WBD_RATE)
        g = sorted(gaps_ms(covers, since, until))
        lo = g[0] if g else float("nan")
        med = g[len(g) // 2] if g else float("nan")
        print(
            f"    WBD 10/s {name:<11} {frac:6.3f} of allowed, {refused:3d} x 429, {n:4d} allowed;"
            f" arrival gaps min {lo:6.1f} ms, median {med:6.1f} ms"
        )
        result(f"p5_burst1_{name}_ratio", frac, ">= 0.98", "ratio")
        if sends:
            ats = sorted(float(r["at"]) for r in covers if since <= float(r["at"]) <= until)  # type: ignore[arg-type]
            mine = sorted(s for s in sends if since <= s <= until)
            if len(ats) == len(mine):
                d = sorted((a - s) * 1000 for a, s in zip(ats, mine, strict=True))
                q = [d[int(f * (len(d) - 1))] for f in (0, 0.5, 0.9, 0.99, 1)]
                shown = " / ".join(f"{x:.1f}" for x in q)
                print(f"        headers written -> arrival stamp, ms: min/median/p90/p99/max {shown}")
        worst = min(worst, frac)
        total_429 += refused
    # one emulator origin serves every host's /ping: each host's bucket apart (the operation)
    by_host: dict[str, list[dict[str, object]]] = {}
    for r in pings_rows:
        by_host.setdefault(str(r["operation"]), []).append(r)
    frac, refused = float("nan"), 0
    for host, host_rows in sorted(by_host.items()):
        f, r429, n = measure(host_rows, *ping_span, PING_RATE)
        print(f"    /ping 3 per 30 s     {f:6.3f} of allowed, {r429:3d} x 429, {n:4d} allowed  ({host})")
        frac = f if frac != frac else min(frac, f)
        refused += r429
    result("p5_burst1_ping_ratio", frac, ">= 0.98", "ratio")
    total_429 += refused
    result("p5_burst1_min_ratio", min(worst, frac), ">= 0.98", "ratio")
    result("p5_burst1_429", float(total_429), "== 0", "count")


if __name__ == "__main__":
    main()
