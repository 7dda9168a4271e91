"""RedisLimiter in an event loop: the script sent as one EVALSHA written straight to a connection
of its own, without redis-py's command machinery (connection pool, retry wrapper, a task per
write for its timeout, the script object), which cost more CPU than the exchange itself on the
path every reservation takes (bench/redis_cpu.py: ~90 of the ~170 us an async script call cost)."""

from __future__ import annotations

import asyncio
import hashlib
import weakref
from collections.abc import Sequence
from typing import Any

import redis.asyncio
import redis.asyncio.retry
from redis.backoff import NoBackoff
from redis.exceptions import NoScriptError


def pack(parts: Sequence[str]) -> bytes:
    """One Redis command in RESP (every part a string: the script's arguments are)."""
    out = [b"*%d\r\n" % len(parts)]
    for part in parts:
        data = part.encode()
        out += (b"$%d\r\n" % len(data), data, b"\r\n")
    return b"".join(out)


class LoopScript:
    """The script and the connections of one event loop (redis.asyncio connections belong to the
    loop that opened them): at most `size` at once, each used by one call at a time. `timeout`
    bounds each exchange, connecting included."""

    def __init__(self, url: str, script: str, size: int, timeout: float) -> None:
        self.source = script
        self.sha = hashlib.sha1(script.encode()).hexdigest()
        self.timeout = timeout
        # connections as redis-py makes them from the URL (password, TLS, db, unix socket…);
        # no socket timeout of their own: one timeout bounds the exchange
        self.pool = redis.asyncio.ConnectionPool.from_url(
            url,
            retry=redis.asyncio.retry.Retry(NoBackoff(), 0),
            socket_timeout=None,
            socket_connect_timeout=timeout,
        )
        self.free: list[Any] = []  # connections not in use
        self.made: list[Any] = []
        self.slots = asyncio.Semaphore(size)  # one per connection: callers queue here
        self.script = self.call  # (tests count the calls through this attribute)

    async def call(self, keys: Sequence[str], args: Sequence[str]) -> Any:
        """Run the script (loading it when Redis does not know it: restarted, or flushed)."""
        if self.free:
            conn = self.free.pop()
        else:
            conn = self.pool.make_connection()  # type: ignore[no-untyped-call]
            self.made.append(conn)
        n = str(len(keys))
        try:
            async with asyncio.timeout(self.timeout):
                try:
                    reply = await self._exchange(conn, pack(["EVALSHA", self.sha, n, *keys, *args]))
                except NoScriptError:
                    reply = await self._exchange(conn, pack(["EVAL", self.source, n, *keys, *args]))
        except BaseException:
            # a reply may still be on its way (a timeout, a cancelled task): never reuse it
            self.made.remove(conn)
            await conn.disconnect(nowait=True)
            raise
        self.free.append(conn)
        return reply

    @staticmethod
    async def _exchange(conn: Any, command: bytes) -> Any:
        await conn.send_packed_command(command, check_health=False)
        return await conn.read_response()

    async def aclose(self) -> None:
        made, self.made, self.free = self.made, [], []
        for conn in made:
            await conn.disconnect()


def loop_script(
    scripts: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, LoopScript],
    url: str,
    script: str,
    size: int,
    timeout: float,
) -> LoopScript:
    """The running loop's LoopScript in `scripts` (made on first use; the caller holds its lock):
    redis.asyncio connections belong to the loop that opened them."""
    loop = asyncio.get_running_loop()
    found = scripts.get(loop)
    if found is None:
        # a connection refers to its loop: forget those of closed loops, or neither is collected
        for closed in [other for other in scripts if other.is_closed()]:
            del scripts[closed]
        found = scripts[loop] = LoopScript(url, script, size, timeout)
    return found
