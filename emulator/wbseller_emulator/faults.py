"""Scripted faults, per route or global, always or with a seeded probability.

    emu.faults.add("status", status=503, route="content.product_cards_list", times=2)
    emu.faults.add("429", times=5, retry_after=0.05)              # a 429 storm
    emu.faults.add("reset_before_body", probability=0.1, seed=7)
    emu.faults.add("delay", seconds=2.0, route="/api/v2/upload/*")  # longer than a client timeout
    emu.faults.add("malformed_json"); emu.faults.add("envelope_error")
    emu.faults.add("drift", route="content.product_cards_list", patch={"cards.0.nmID": "abc"})
    emu.faults.add("truncated_body", route="wbd.download_content")  # answer cut off half-way
    emu.faults.add("429", retry_after=None)                        # a bare 429: no headers at all
    emu.faults.add("status", status=503, skip=1)                   # let one request pass first
    emu.faults.add("redirect", status=307)                          # 3xx back to the same URL
    emu.faults.add("redirect", status=302, location="http://elsewhere.example/x")
    emu.faults.add("drip", chunk=64, seconds=0.5)                   # the answer, 64 bytes at a time
    emu.faults.add("oversize", size=200 * 2**20)                    # 200 MB of JSON, no length
    emu.faults.add("padded_body", extra=10_000_000, route="wbd.download_content")  # more than it is

`route` is an operation key ("<spec>.<operationId>"), a path glob, or None for every request.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from dataclasses import dataclass, field
from typing import Any

KINDS = (
    "status",  # answer with `status` (500/502/503/504…) in the operation's error shape
    "429",  # answer 429 with X-Ratelimit-Retry = retry_after (real seconds)
    "reset_before_body",  # drop the connection before reading the request body
    "reset_after_body",  # read the body (the write may have happened), then drop the connection
    "delay",  # sleep `seconds` (real) before handling
    "malformed_json",  # answer 200 with a body that is not JSON
    "envelope_error",  # answer 200 with the content envelope "error": true
    "drift",  # rewrite a JSON success answer by `patch` (see apply_patch): it no longer fits the spec
    "truncated_body",  # handle the request (the write happens), announce the whole answer, send half
    "redirect",  # answer `status` (301/302/303/307/308…) with Location `location` (default: the
    # request's own URL) before handling: the request is not carried out
    "drip",  # handle the request, then send the answer `chunk` bytes every `seconds` (real)
    "oversize",  # handle the request, then answer 200 with `size` bytes of JSON, chunked (no length)
    "padded_body",  # a success answer with `extra` zero bytes after it, Content-Length counting them
)


@dataclass
class Fault:
    kind: str
    route: str | None = None
    status: int = 500
    times: int | None = 1  # None: every time
    probability: float = 1.0
    seconds: float = 0.0
    retry_after: float | None = 1.0  # None: a 429 without any rate-limit header
    apply_handler: bool = False  # reset_after_body: run the handler first (the write happens)
    patch: dict[str, Any] | None = None  # drift: {"dotted.path": new value}
    skip: int = 0  # let this many matching requests through before the fault arms
    location: str | None = None  # redirect: where to (None: the request's own path and query)
    chunk: int = 64  # drip: bytes per send
    size: int = 0  # oversize: bytes of the answer
    sent: int = 0  # drip, oversize: body bytes the emulator got out before the client left
    extra: int = 0  # padded_body: how many bytes
    fired: int = 0
    passed: int = 0
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def matches(self, op_key: str | None, path: str) -> bool:
        if self.route is None:
            return True
        if op_key is not None and self.route == op_key:
            return True
        return fnmatch.fnmatchcase(path, self.route)


class Faults:
    def __init__(self, seed: int = 0) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._seed = seed

    def add(
        self,
        kind: str,
        route: str | None = None,
        *,
        status: int = 500,
        times: int | None = 1,
        probability: float = 1.0,
        seconds: float = 0.0,
        retry_after: float | None = 1.0,
        apply_handler: bool = False,
        skip: int = 0,
        seed: int | None = None,
        patch: dict[str, Any] | None = None,
        location: str | None = None,
        chunk: int = 64,
        size: int = 0,
        extra: int = 0,
    ) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {KINDS}")
        if kind == "redirect" and not 300 <= status < 400:
            raise ValueError(f"a redirect fault needs a 3xx status, not {status}")
        fault = Fault(
            kind,
            route,
            status,
            times,
            probability,
            seconds,
            retry_after,
            apply_handler,
            skip=skip,
            patch=patch,
            location=location,
            chunk=max(1, chunk),
            size=size,
            extra=extra,
            rng=random.Random(self._seed if seed is None else seed),
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pick(self, op_key: str | None, path: str, kinds: tuple[str, ...]) -> Fault | None:
        """The first armed fault of these kinds for this request (and count it as fired)."""
        with self._lock:
            for f in self._faults:
                if f.kind not in kinds or not f.matches(op_key, path):
                    continue
                if f.times is not None and f.fired >= f.times:
                    continue
                if f.probability < 1.0 and f.rng.random() >= f.probability:
                    continue
                if f.passed < f.skip:
                    f.passed += 1
                    continue
                f.fired += 1
                return f
        return None

    def __iter__(self):  # type: ignore[no-untyped-def]
        with self._lock:
            return iter(list(self._faults))


def apply_patch(data: Any, patch: dict[str, Any]) -> Any:
    """`data` with each dotted path set to its value: "cards.0.nmID" (a list index), "cards.*.sizes"
    (every item), "extra" (a new key). A path that is not there (an empty page) is skipped."""
    for path, value in patch.items():
        _set(data, path.split("."), value)
    return data


def _set(node: Any, keys: list[str], value: Any) -> None:
    key, rest = keys[0], keys[1:]
    targets: list[Any]
    if isinstance(node, list):
        if key == "*":
            targets = list(range(len(node)))
        else:
            targets = [int(key)] if key.isdigit() and int(key) < len(node) else []
    elif isinstance(node, dict):
        targets = list(node) if key == "*" else [key] if not rest or key in node else []
    else:
        return
    for t in targets:
        if rest:
            _set(node[t], rest, value)
        else:
            node[t] = value
