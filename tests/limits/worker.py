"""One worker process of the shared-limit tests: its own wbseller.Client with its own RedisLimiter,
`calls` campaign-list calls (bucket promotion.campaigns_lists), one after the other; or, with
"async": true, an AsyncClient gathering them all at once (aacquire/afeedback). Prints one JSON
line: the statuses, the RedisUnavailableWarnings, the limiter's log lines and the retries logged
(a read cut short on a loaded machine is sent again: the emulator sees it twice).

    python tests/limits/worker.py '{"base_url": …, "token": …, "redis_url": …, "prefix": …,
                                    "calls": 100, "rate_limits": {…}, "async": false}'
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import warnings
from typing import Any

import wbseller
from wbseller.limits import RedisLimiter, RedisUnavailableWarning

PATH = "/adv/v1/promotion/count"
# Each worker first opens its connections with calls to another bucket (promotion.balance). Time
# scaled, an interval is 20 ms: less than a cold process's first request takes to arrive (~50 ms
# on a busy machine), which then lands on top of the next slots and spends the headroom. At WB's
# real interval (200 ms) the headroom absorbs such a delay.
WARM_UP = "/adv/v1/balance"


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []
        self.retries: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("rate limits:") and record.levelno >= logging.WARNING:
            self.lines.append(message)
        elif "retrying" in message:
            self.retries.append(message)


def calls(job: dict[str, Any], limiter: RedisLimiter) -> list[int]:
    # {bucket: (limit, period, burst)} or, per token type, {bucket: {type: (limit, period, burst)}}
    rates = {
        k: {t: tuple(x) for t, x in v.items()} if isinstance(v, dict) else tuple(v)
        for k, v in job["rate_limits"].items()
    }
    options: dict[str, Any] = {"base_url": job["base_url"], "rate_limits": rates, "timeout": 10}
    if not job.get("async"):
        with wbseller.Client(job["token"], limiter=limiter, **options) as wb:
            wb.promotion.http.get(WARM_UP)
            return [wb.promotion.http.get(PATH).status_code for _ in range(job["calls"])]

    async def gather() -> list[int]:
        wb = wbseller.AsyncClient(job["token"], limiter=limiter, **options)
        await asyncio.gather(*(wb.promotion.http.get(WARM_UP) for _ in range(4)))  # a burst's connections
        responses = await asyncio.gather(*(wb.promotion.http.get(PATH) for _ in range(job["calls"])))
        await wb.aclose()
        await limiter.aclose()
        return [r.status_code for r in responses]

    return asyncio.run(gather())


def main(job: dict[str, Any]) -> dict[str, list[Any]]:
    lines = Lines()
    logger = logging.getLogger("wbseller")
    logger.addHandler(lines)
    logger.setLevel(logging.INFO)
    limiter = RedisLimiter(job["redis_url"], prefix=job["prefix"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RedisUnavailableWarning)
        statuses = calls(job, limiter)
    limiter.close()
    found = [str(w.message) for w in caught if issubclass(w.category, RedisUnavailableWarning)]
    return {"statuses": statuses, "warnings": found, "log": lines.lines, "retries": lines.retries}


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))))
