"""How many requests per second the emulator sustains on a trivial GET (/ping), measured by a
keep-alive load generator in another process (raw asyncio sockets: cheaper than any client, so
the emulator is what is measured). Target: at least 1,500 req/s.

    python bench/emulator_rps.py [--seconds 5] [--connections 8]
"""

from __future__ import annotations

import argparse
import asyncio
import time

from _util import emulator_process, result


async def _worker(host: str, port: int, token: str, stop: float, counts: list[int]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    req = (f"GET /ping HTTP/1.1\r\nHost: {host}\r\nAuthorization: {token}\r\n\r\n").encode()
    n = 0
    while time.monotonic() < stop:
        writer.write(req)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        await reader.readexactly(length)
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(head[:100])
        n += 1
    counts.append(n)
    writer.close()


async def _load(base: str, token: str, seconds: float, connections: int) -> float:
    host, port = base.removeprefix("http://").split(":")
    counts: list[int] = []
    started = time.monotonic()
    stop = started + seconds
    await asyncio.gather(*(_worker(host, int(port), token, stop, counts) for _ in range(connections)))
    return sum(counts) / (time.monotonic() - started)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--seconds", type=float, default=5.0)
    p.add_argument("--connections", type=int, default=8)
    args = p.parse_args()
    for label, flags in (("strict (answers validated)", ()), ("--no-strict", ("--no-strict",))):
        with emulator_process("--no-rate-limits", *flags) as (base, token):
            asyncio.run(_load(base, token, 1.0, args.connections))  # warm up
            rps = asyncio.run(_load(base, token, args.seconds, args.connections))
        print(
            f"emulator {label}: {rps:,.0f} req/s on GET /ping ({args.connections} keep-alive "
            f"connections, {args.seconds:.0f} s) — target >= 1,500"
        )
        result(f"emulator {label} GET /ping", rps, ">= 1500", "req/s")


if __name__ == "__main__":
    main()
