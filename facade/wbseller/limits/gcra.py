"""The GCRA (generic cell rate algorithm, virtual scheduling) every limiter backend decides with.

The state of one bucket is a single number, TAT: the theoretical arrival time, the moment the
bucket is full again. With

    T   = period / limit                              the interval between steady requests
    tau = (max(1, burst - headroom) - 1) * T          how far a burst may run ahead of that pace

one step raises TAT to at least now + `floor` (feedback: how far from full WB says the bucket is;
0 for a plain reservation) and reserves `cost` requests:

    start = max(TAT, now + floor)
    wait  = max(0, start - tau - now)                 how long the caller holds its request
    TAT'  = start + cost * T

    acquire(cost)      = step(cost, floor=0)
    feedback(answer)   = step(cost=0, floor=feedback_floor(answer))   (when the answer says something)

`step` below is that formula in Python (InProcessLimiter) and `STEP_LUA` the same three lines in
Lua (RedisLimiter's server-side script); tests/limits checks on a grid that they agree.
`feedback_floor` runs in Python for both: it depends on the answer and the bucket, not on the
state, so Redis only ever applies `step`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .base import Rate, header_float

DUST = 1e-9  # float dust is no reason to sleep
TIME_MARGIN = 0.04  # of the interval, for buckets without a spare request (see spacing)
# ... but never more than this. Arrivals jitter by milliseconds whatever the interval, and 4 % of
# /ping's 10 s (400 ms) would only give away 4 % of its rate. A shared limiter's margin also takes
# up how late another process's request may leave (pacing.Pacer.missed_slot): a few ms under load.
SHARED_MAX_MARGIN = 0.02
# The in-process limiter's: its wire pacing sees when each request was written (restamped there,
# local.py), so the margin only covers the time from that write to WB's arrival, which jitters
# by well under a millisecond (the emulator, stamping as the kernel receives, sees < 0.3 ms on a
# loaded 2-core machine); 4 % of 100 ms would give away 4 % of WBD's chunk rate. A 429 a larger
# jitter still draws is waited out (X-Ratelimit-Retry): a slot lost, not a call.
LOCAL_MAX_MARGIN = 0.001
SLOWER = 1.05  # WB's refill counts as slower than the documented pace beyond this factor


class Decision(NamedTuple):
    wait: float  # seconds the caller holds its request (0: send now)
    ahead: float  # TAT' - now: how far the bucket's schedule runs ahead of now afterwards
    tat: float = 0.0  # TAT' itself (the in-process limiter's: what `restamp` recognises)


def spacing(rate: Rate, headroom: int, cap: float = SHARED_MAX_MARGIN) -> float:
    """The steady interval T. A bucket too small to keep a request in hand (burst <= headroom,
    e.g. burst 1) takes its margin in time instead: WB sees arrivals jitter by milliseconds, and
    with no spare token the slightest one meets an empty bucket."""
    if rate.burst > headroom:
        return rate.interval
    return rate.interval + time_margin(rate.interval, cap)


def time_margin(interval: float, cap: float = SHARED_MAX_MARGIN) -> float:
    """The margin in time of a bucket without a spare request: a share of its interval, capped."""
    return min(interval * TIME_MARGIN, cap)


def lateness_allowed(rate: Rate, headroom: int) -> float:
    """How long after its slot a request may still leave without risking WB's bucket: the
    requests kept in hand absorb that much delay (a bucket without a spare request, only its
    time margin). Later than this, its arrival can land in a slot another process reserved.
    (Only shared limiters ask: the in-process one's wire pacing follows the real sends.)"""
    spare = min(headroom, rate.burst - 1)
    return max(spare * rate.interval, time_margin(rate.interval))


def tau(rate: Rate, headroom: int) -> float:
    """How far ahead of the steady pace a burst may run, keeping `headroom` requests in hand."""
    usable = max(1, rate.burst - headroom)
    return (usable - 1) * rate.interval


def step(tat: float, now: float, interval: float, tau: float, cost: int, floor: float) -> tuple[float, float]:
    """(wait, TAT'): the module docstring's formula."""
    start = max(tat, now + floor)
    wait = start - tau - now
    return (wait if wait > DUST else 0.0), start + cost * interval


STEP_LUA = f"""
local function step(tat, now, interval, tau, cost, floor)
  local start = math.max(tat, now + floor)
  local wait = start - tau - now
  if wait <= {DUST!r} then wait = 0 end
  return wait, start + cost * interval
end
"""


def feedback_floor(
    rate: Rate, tau: float, status: int, headers: Mapping[str, str], age: float = 0.0
) -> float | None:
    """What WB's answer says about the schedule: it must not start before now + this (None:
    the answer says nothing). `age`: how far back the headers date (the transport dates them to
    the request's send): counting from the answer's arrival instead would add a round trip to
    every interval of a bucket run empty (a 2 MB WBD part: 100 ms + 16 ms each)."""
    if status == 429:
        # nothing may go before WB's retry time: every caller of the bucket pauses
        retry = header_float(headers, "X-Ratelimit-Retry")
        reset = header_float(headers, "X-Ratelimit-Reset")
        wait = retry if retry is not None else reset if reset is not None else rate.interval
        return wait + tau
    remaining = header_float(headers, "X-Ratelimit-Remaining")
    if remaining is None:
        return None  # one header lookup for an answer that says nothing (most of them)
    reset = header_float(headers, "X-Ratelimit-Reset")
    if remaining < 1 and reset is not None and rate.burst > remaining:
        # the server's bucket is empty: its own refill interval (slower when someone else spends
        # from it too) decides when the next request fits. WB prints whole seconds: the true
        # Reset may be up to a second less, and assuming the worst would slow a 100 ms bucket
        # to one request a second.
        resolution = 1.0 if reset >= 1 and float(reset).is_integer() else 0.0
        server_interval = max(reset - resolution, 0.0) / (rate.burst - remaining)
        if server_interval <= rate.interval * SLOWER:
            # WB refills at our pace: our own schedule already spaces requests right, and timing
            # from this answer would only add its round trip to every interval
            return None
        return server_interval + tau - age
    # someone else spent some: never assume more than WB says
    return (rate.burst - remaining) * rate.interval - age
