"""A walk over many pages holds one page at a time: each answer (and its body) is freed as soon as
the walk moves on, by reference counting, not left for the cyclic garbage collector (httpx's
wrapper around a read answer's stream points back at the answer). Sync and async."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator


@pytest.mark.parametrize("async_", [False, True], ids=["sync", "async"])
def test_a_cards_walk_leaves_no_answer_to_the_cyclic_collector(
    emu: Emulator, make_client: Callable[..., Any], async_: bool
) -> None:
    import asyncio

    emu.seed("content", "seed_cards", {"n": 1000})
    wb = make_client(async_=async_)

    async def walk() -> int:
        pages = wb.content.iter_cards()
        if async_:
            n = 0
            async for _ in pages:
                n += 1
            await wb.aclose()
            return n
        return sum(1 for _ in pages)

    gc.collect()
    gc.disable()
    try:
        # answers other tests of this process still hold (a kept error, a fixture) are not the walk's
        before = {id(o) for o in gc.get_objects() if isinstance(o, httpx.Response)}
        assert asyncio.run(walk()) == 1000
        alive = [o for o in gc.get_objects() if isinstance(o, httpx.Response) and id(o) not in before]
    finally:
        gc.enable()
    assert alive == []
