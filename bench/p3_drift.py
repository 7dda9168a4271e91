"""P3 (drift check): what `drift.check` (run on every 2xx JSON answer, after the generated parser)
costs on a page of 100 product cards, against the generated parse of the same page, in this
process (no server: the page is fetched once from an in-process emulator, then parsed and checked
in alternating rounds). Also the full walk (`_Walk`, what check() runs only on a page that does not
match, to say where) for comparison; and what parsed() runs on such a page now (json.loads and
the generated builder, which checks and builds in one pass) against what it ran before (json.loads,
the generated parse, the check). The ratios of the best rounds; target: the check a small fraction
of the parse.

    python bench/p3_drift.py [--rounds 7] [--reps 50]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from wbseller import drift
from wbseller.shapes import compile_hint
from wbseller_emulator import Emulator
from wbseller_raw._runtime.operation import Answer
from wbseller_raw.content import ops

PATH = "/content/v2/get/cards/list"


def page() -> tuple[Answer, bytes]:
    """(the generated answer, a 100-card page as WB's JSON) of content.product_cards_list."""
    with Emulator(rate_limits=False, strict=False) as emu:
        emu.seed("content", "seed_cards", {"n": 100, "with_photos": True})
        token = emu.make_token(["content"])
        body = {"settings": {"cursor": {"limit": 100}, "filter": {"withPhoto": -1}}}
        content = httpx.post(emu.base_url + PATH, json=body, headers={"Authorization": token}).content
    return ops.PRODUCT_CARDS_LIST.answers[200], content


def best_us(f: Callable[[], object], reps: int, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(reps):
            f()
        best = min(best, (time.perf_counter() - t0) / reps)
    return best * 1e6


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--reps", type=int, default=50)
    args = p.parse_args()
    answer, content = page()
    hint: Any = answer.type
    build = answer.build
    assert build is not None
    data = json.loads(content)
    assert len(data["cards"]) == 100 and drift.check(hint, data) == []
    # the builder fills the JSON's lists with what it builds: it gets a fresh parse each time
    assert build(json.loads(content)) == hint.from_dict(data)

    def walk() -> object:
        w = drift._Walk(build=False)
        w.value(compile_hint(hint), data, None, root=True)
        assert not w.found
        return w

    sides: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(content),
        "generated parse": lambda: hint.from_dict(data),
        "drift.check": lambda: drift.check(hint, data),
        # what parsed() ran on a page before the builder, and what it runs now (each with its parse)
        "loads+gen+check": lambda: (d := json.loads(content), hint.from_dict(d), drift.check(hint, d)),
        "loads+builder": lambda: build(json.loads(content)),
        "full walk": walk,
    }
    for f in sides.values():
        f()  # warm: models and validators compiled
    us = {name: 0.0 for name in sides}
    for _ in range(args.rounds):  # alternating, so load hits every side alike
        for name, f in sides.items():
            t = best_us(f, args.reps, 1)
            us[name] = t if not us[name] else min(us[name], t)
    parse = us["generated parse"]
    print(
        f"P3 drift  a 100-card page of content.product_cards_list ({len(content):,} bytes), "
        f"best of {args.rounds} rounds"
    )
    for name, t in us.items():
        print(f"    {name:16s} {t:8.0f} us   ratio to the generated parse {t / parse:.3f}")


if __name__ == "__main__":
    main()
