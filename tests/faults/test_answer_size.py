"""Answer size limits per operation (issue 21): a 100 MB answer on a cards page was read and
parsed whole (481 MB peak). Past the limit reading stops, with AnswerTooLargeError.

The emulator's `oversize` fault answers 200 with `size` bytes of JSON, chunked (no length), and
counts in `fault.sent` what went out before the client left."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import wbseller
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore

CARDS = "content.product_cards_list"
MB = 2**20


def test_an_endless_cards_page_stops_at_the_default_limit(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.state.default.store(ContentStore).seed_cards(150)
    fault = emu.faults.add("oversize", route=CARDS, size=400 * MB, skip=1)
    got: list[int] = []
    with pytest.raises(wbseller.AnswerTooLargeError, match="more than 67,108,864 bytes") as info:
        got.extend(c.nm_id for c in make_client().content.iter_cards(page_size=100))
    assert info.value.limit == 64 * MB and info.value.status == 200
    assert len(got) == 100  # page 1; page 2 was the oversized one
    assert fault.sent < 200 * MB  # reading stopped (TCP buffers hold a little more than the limit)
    assert len([r for r in emu.requests if r.operation == CARDS]) == 2  # not asked again


@pytest.mark.parametrize("is_async", [False, True])
def test_a_limit_per_operation(emu: Emulator, make_client: Callable[..., Any], is_async: bool) -> None:
    import asyncio

    fault = emu.faults.add("oversize", route=CARDS, size=50 * MB)
    wb = make_client(async_=is_async, max_answer_bytes={CARDS: MB})

    async def main() -> None:
        pages = wb.content.iter_cards()
        try:
            with pytest.raises(wbseller.AnswerTooLargeError, match="more than 1,048,576 bytes"):
                if is_async:
                    [c async for c in pages]
                else:
                    list(pages)
        finally:
            if is_async:
                await wb.aclose()

    asyncio.run(main())
    assert fault.sent < 25 * MB


def test_an_announced_length_over_the_limit_is_not_read(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    emu.state.default.store(ContentStore).seed_cards(3)
    emu.faults.add("drift", route=CARDS, patch={"pad": "x" * (2 * MB)})
    wb = make_client(max_answer_bytes={"*": MB})
    with pytest.raises(wbseller.AnswerTooLargeError, match=r"it announced 2,\d{3},\d{3}"):
        list(wb.content.iter_cards())
    # an answer under the limit of its operation passes: the other operations keep the default
    assert make_client(max_answer_bytes={CARDS: 4 * MB}).content.iter_cards().__iter__().__next__()


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ({"content.no_such_operation": MB}, "no operation 'content.no_such_operation'"),
        (0, "max_answer_bytes: 0 is not a number of bytes >= 1"),
        ({"*": -1}, r"max_answer_bytes\['\*'\]: -1"),
        (1.5, "max_answer_bytes: 1.5"),
    ],
)
def test_bad_limits_are_refused_at_construction(value: Any, error: str) -> None:
    with pytest.raises(wbseller.InvalidRequestError, match=error):
        wbseller.Client("t", max_answer_bytes=value)
