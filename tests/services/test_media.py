"""client.media against the emulator: the count, the list walked with limit/offset until an empty
page (exact multiples of the page size, no campaigns at all, filters, several statuses), one
campaign (None on 204), the statistics and the checks that raise before a request. Each test runs
with a Client and an AsyncClient."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import pytest

from wbseller.errors import InvalidRequestError
from wbseller.services.media import DEFAULT_PAGE_SIZE
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.media import MediaStore

from .conftest import collect, done, play


def store(emu: Emulator) -> MediaStore:
    return emu.state.default.store(MediaStore)


def pages_sent(emu: Emulator) -> list[tuple[int, int, int | None]]:
    """(limit, offset, status) of each list request."""
    out = []
    for r in emu.requests:
        if r.operation == "media.list_of_media_campaigns":
            q = parse_qs(r.query)
            out.append((int(q["limit"][0]), int(q["offset"][0]), r.status))
    return out


@pytest.mark.parametrize("n", [10, 12])
def test_paging_until_an_empty_page(emu: Emulator, wb: Any, n: int) -> None:
    ids = store(emu).seed_media_campaigns(n)

    async def scenario() -> None:
        found = await collect(wb, wb.media.iter_campaigns(page_size=5, order="id", direction="asc"))
        assert [c.advert_id for c in found] == sorted(ids)
        # an exact multiple still needs the empty page (204) to know the list is over
        expected = [(5, 0, 200), (5, 5, 200), (5, 10, 200 if n > 10 else 204)]
        if n > 10:
            expected.append((5, 12, 204))
        assert pages_sent(emu) == expected

    play(wb, scenario)


def test_no_campaigns_is_one_request(emu: Emulator, wb: Any) -> None:
    async def scenario() -> None:
        assert await collect(wb, wb.media.iter_campaigns()) == []
        assert pages_sent(emu) == [(DEFAULT_PAGE_SIZE, 0, 204)]
        assert (await done(wb.media.count())).all_ == 0

    play(wb, scenario)


def test_filters_and_count(emu: Emulator, wb: Any) -> None:
    ids = store(emu).seed_media_campaigns(20)

    async def scenario() -> None:
        paused = await collect(wb, wb.media.iter_campaigns(status=9, type=1))
        expected = [c.advert_id for c in store(emu).media_campaigns() if c.status == 9 and c.type == 1]
        assert expected and sorted(c.advert_id for c in paused) == expected
        assert (await done(wb.media.count())).all_ == len(ids)

    play(wb, scenario)


def test_several_statuses_go_comma_joined(emu: Emulator, wb: Any) -> None:
    """media-status-csv: status=[1, 3, 7] is sent as status=1,3,7, and WB (the emulator) takes it."""
    ids = store(emu).seed_media_campaigns(5, types=(1,), statuses=(1, 3, 7, 9, 6))

    async def scenario() -> None:
        found = await collect(wb, wb.media.iter_campaigns(status=[1, 3, 7], direction="asc"))
        assert [c.advert_id for c in found] == ids[:3]
        sent = [
            parse_qs(r.query)["status"]
            for r in emu.requests
            if r.operation == "media.list_of_media_campaigns"
        ]
        assert sent[0] == ["1,3,7"]

    play(wb, scenario)


def test_statistics(emu: Emulator, wb: Any) -> None:
    """media.stats(): one item per campaign, by interval (or dates, or all time), 100 per request;
    an unknown campaign comes back as {advert_id, error}."""
    first = store(emu).add_media_campaign(status=6)
    store(emu).seed_media_stats(first, "2026-01-01", 5)
    many = [first, *range(1, 150)]

    async def scenario() -> None:
        items = await done(wb.media.stats(many, begin="2026-01-02", end="2026-01-03"))
        assert len(items) == 150
        sent = [r for r in emu.requests if r.operation == "media.media_campaign_statistics"]
        assert len(sent) == 2  # 100 + 50
        banner = items[0].stats[0]
        expected = [s for s in store(emu).stats if str(s.day) in ("2026-01-02", "2026-01-03")]
        assert banner.views == sum(s.views for s in expected) and len(banner.daily_stats) == 2
        assert (items[1].advert_id, items[1].error) == (1, "кампания не найдена")
        (on_day,) = await done(wb.media.stats([first], dates=["2026-01-05"]))
        assert on_day.dates == ["2026-01-05"] and len(on_day.stats[0].daily_stats) == 1

    play(wb, scenario)


def test_one_campaign_or_none(emu: Emulator, wb: Any) -> None:
    advert_id = store(emu).add_media_campaign(name="Осенняя", nms=[123456])

    async def scenario() -> None:
        campaign = await done(wb.media.campaign(advert_id))
        assert campaign.name == "Осенняя" and list(campaign.items[0].nms) == [123456]
        assert await done(wb.media.campaign(advert_id + 1000)) is None

    play(wb, scenario)


INVALID: list[tuple[str, Callable[[Any], Any]]] = [
    ("page size 0", lambda m: m.iter_campaigns(page_size=0)),
    ("page size not an integer", lambda m: m.iter_campaigns(page_size=2.5)),
    ("status not an integer", lambda m: m.iter_campaigns(status="active")),
    ("order not a string", lambda m: m.iter_campaigns(order=1)),
    ("campaign ID not an integer", lambda m: m.campaign("1")),
    (
        "stats: dates and an interval",
        lambda m: m.stats([1], dates=["2026-01-01"], begin="2026-01-01", end="2026-01-02"),
    ),
    ("stats: half an interval", lambda m: m.stats([1], begin="2026-01-01")),
    ("stats: not a date", lambda m: m.stats([1], dates=["01.01.2026"])),
    ("stats: begin after end", lambda m: m.stats([1], begin="2026-01-02", end="2026-01-01")),
    ("stats: an ID not an integer", lambda m: m.stats(["1"])),
]


@pytest.mark.parametrize("call", [c for _, c in INVALID], ids=[name for name, _ in INVALID])
def test_checks_raise_before_any_request(emu: Emulator, wb: Any, call: Callable[[Any], Any]) -> None:
    async def scenario() -> None:
        with pytest.raises(InvalidRequestError) as e:
            await done(call(wb.media))
        assert e.value.field
        assert emu.requests == []

    play(wb, scenario)
