"""client.calendar against the emulator: the promotions and nomenclatures lists (limit/offset),
details split by the spec's 100 IDs, and adding products to a promotion with wait() (now, at the
promotion's start, timeout, resume). Every scenario runs on a Client and on an AsyncClient."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from wbseller.errors import InvalidRequestError, WaitTimeoutError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.calendar import CalendarStore

from .conftest import Drive, Run

DAY = 86400.0


def store(emu: Emulator) -> CalendarStore:
    return emu.state.default.store(CalendarStore)


def ops(emu: Emulator, name: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"calendar.{name}"]


def running(emu: Emulator, name: str = "Акция", *, starts_in: float = -DAY, days: float = 7) -> int:
    """A promotion relative to the emulator's (virtual) now."""
    start = emu.clock.now() + starts_in
    return store(emu).add_promotion(name, start, start + days * DAY)


def around(emu: Emulator, days: float = 30) -> tuple[datetime, datetime]:
    now = datetime.fromtimestamp(emu.clock.now(), UTC)
    return now - timedelta(days=days), now + timedelta(days=days)


# --- lists ---------------------------------------------------------------------------------------
def test_promotions_pages_exact_multiple_empty_and_all_promo(emu: Emulator, run: Run) -> None:
    ids = [running(emu, f"p{i}") for i in range(6)]
    hidden = store(emu).add_promotion("hidden", emu.clock.now(), emu.clock.now() + DAY, available=False)

    async def scenario(d: Drive) -> None:
        start, end = around(emu)
        listed = await d.list(d.client.calendar.iter_promotions(start, end, page_size=3))
        assert [p.id for p in listed] == ids
        assert [r.query.split("&limit=")[1] for r in ops(emu, "promotions_list")] == [
            "3&offset=0",
            "3&offset=3",
            "3&offset=6",
        ]
        everything = await d.list(d.client.calendar.iter_promotions(start, end, all_promo=True))
        assert [p.id for p in everything] == [*ids, hidden]
        emu.requests.clear()
        far = datetime.fromtimestamp(emu.clock.now(), UTC) + timedelta(days=400)
        assert await d.list(d.client.calendar.iter_promotions(far, far + timedelta(days=1))) == []
        assert len(ops(emu, "promotions_list")) == 1
        as_text = await d.list(d.client.calendar.iter_promotions(start.isoformat(), end.isoformat()))
        assert [p.id for p in as_text] == ids

    run(scenario)


def test_nomenclatures_pages_and_empty(emu: Emulator, run: Run) -> None:
    pid = running(emu)
    nms = store(emu).seed_nomenclatures(pid, 10)

    async def scenario(d: Drive) -> None:
        cal = d.client.calendar
        listed = await d.list(cal.iter_nomenclatures(pid, in_action=False, page_size=5))
        assert [n.id for n in listed] == nms and all(n.in_action is False for n in listed)
        assert len(ops(emu, "list_of_products_for_participating_in_the_promotion")) == 3
        emu.requests.clear()
        assert await d.list(cal.iter_nomenclatures(pid, in_action=True)) == []
        (req,) = ops(emu, "list_of_products_for_participating_in_the_promotion")
        assert "limit=1000" in req.query  # the documented maximum by default

    run(scenario)


def test_details_split_by_100_ids(emu: Emulator, run: Run) -> None:
    ids = [running(emu, f"p{i}") for i in range(150)]

    async def scenario(d: Drive) -> None:
        details = await d(d.client.calendar.promotion_details(ids + ids[:5]))  # repeats asked once
        assert [p.id for p in details] == ids
        calls = ops(emu, "promotions_details")
        assert [r.query.count("promotionIDs=") for r in calls] == [100, 50]
        assert await d(d.client.calendar.promotion_details([])) == []
        assert len(ops(emu, "promotions_details")) == 2

    run(scenario)


# --- uploads -------------------------------------------------------------------------------------
def test_add_to_promotion_and_wait(emu: Emulator, run: Run) -> None:
    pid = running(emu)
    nms = store(emu).seed_nomenclatures(pid, 6)

    async def scenario(d: Drive) -> None:
        cal = d.client.calendar
        handle = await d(cal.add_to_promotion(pid, nms[:4] + nms[:1]))
        assert len(handle.upload_ids) == 1 and handle.nm_ids == nms[:4]
        result = await d.wait(handle)
        assert result.joined == nms[:4] and result.scheduled == [] and result.done
        assert result.upload_ids == handle.upload_ids
        joined = await d.list(cal.iter_nomenclatures(pid, in_action=True))
        assert [n.id for n in joined] == nms[:4]
        assert [n.id for n in await d.list(cal.iter_nomenclatures(pid, in_action=False))] == nms[4:]

    run(scenario)


def test_more_than_1000_nm_ids_go_as_several_uploads(emu: Emulator, run: Run) -> None:
    """WB takes 1 to 1,000 nmIDs per upload (calendar-upload-bounds): 1,500 go as 1,000 + 500, one
    handle waits on both."""
    pid = running(emu)
    nms = store(emu).seed_nomenclatures(pid, 1500)

    async def scenario(d: Drive) -> None:
        handle = await d(d.client.calendar.add_to_promotion(pid, nms))
        assert [len(u.nms) for u in store(emu).uploads()] == [1000, 500]
        assert handle.upload_ids == [u.id for u in store(emu).uploads()]
        result = await d.wait(handle)
        assert result.joined == nms and result.done

    run(scenario)


def test_upload_for_the_start_of_a_later_promotion_is_reported_scheduled(emu: Emulator, run: Run) -> None:
    pid = running(emu, starts_in=30 * DAY)
    nms = store(emu).seed_nomenclatures(pid, 3)

    async def scenario(d: Drive) -> None:
        handle = await d(d.client.calendar.add_to_promotion(pid, nms, upload_now=False))
        result = await d.wait(handle, timeout=60)  # the start is weeks away: no blocking
        assert result.joined == [] and result.scheduled == nms and not result.done
        assert result.starts_at is not None
        assert abs(result.starts_at.timestamp() - (emu.clock.now() + 30 * DAY)) < 2 * DAY
        emu.clock.advance(31 * DAY)  # the promotion has started: WB has added them
        result = await d.wait(handle, timeout=60)
        assert result.joined == nms and result.done

    run(scenario)


def test_upload_for_the_start_of_a_running_promotion_waits(emu: Emulator, run: Run) -> None:
    pid = running(emu)
    nms = store(emu).seed_nomenclatures(pid, 3)

    async def scenario(d: Drive) -> None:
        handle = await d(d.client.calendar.add_to_promotion(pid, nms, upload_now=False))
        result = await d.wait(handle, timeout=30)
        assert result.joined == nms and result.done

    run(scenario)


def test_timeout_then_resume_in_a_new_client(
    emu: Emulator, run: Run, make_client: Callable[..., Any]
) -> None:
    emu.settings["calendar.upload_delay"] = 10_000.0
    pid = running(emu)
    nms = store(emu).seed_nomenclatures(pid, 2)

    async def scenario(d: Drive) -> None:
        handle = await d(d.client.calendar.add_to_promotion(pid, nms))
        with pytest.raises(WaitTimeoutError, match=f"promotion {pid}"):
            await d.wait(handle, timeout=0.1, poll=0.03)
        emu.clock.advance(10_000.0)
        other = make_client(async_=d.is_async)  # a restarted process: only the IDs survive
        try:
            rebuilt = other.calendar.promotion_upload(pid, nms, handle.upload_ids)
            result = await Drive(other, d.is_async).wait(rebuilt, timeout=10)
        finally:
            if d.is_async:
                await other.aclose()
        assert result.joined == nms and result.upload_ids == handle.upload_ids

    run(scenario)


# --- client-side checks ---------------------------------------------------------------------------
def test_invalid_requests_are_refused_before_sending(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        cal = d.client.calendar
        now = datetime.now(UTC)
        bad: list[tuple[Callable[[], Any], str]] = [
            (lambda: cal.add_to_promotion(1, []), "no nmIDs"),
            (lambda: cal.add_to_promotion(1, ["1"]), "not of type integer"),
            (lambda: cal.add_to_promotion("1", [1]), "promotionID"),
            # WB's bounds (calendar-upload-bounds): a promotion ID and an nmID are at least 1
            (lambda: cal.add_to_promotion(0, [1]), "promotionID"),
            (lambda: cal.add_to_promotion(1, [5, 0]), r"nomenclatures\[1\]"),
            (lambda: cal.promotion_details(["x"]), "not of type integer"),
            (lambda: cal.iter_promotions(now, now - timedelta(days=1)), "after endDateTime"),
            (lambda: cal.iter_promotions("yesterday-ish", now), "startDateTime"),
            (lambda: cal.iter_promotions(now, now, page_size=0), "outside 1..1000"),
            (lambda: cal.iter_promotions(now, now, page_size=1001), "outside 1..1000"),
            (lambda: cal.iter_nomenclatures(1, True, page_size=0), "outside 1..1000"),
            (lambda: cal.iter_nomenclatures("1", True), "promotionID"),
            (lambda: cal.iter_nomenclatures(1, "yes"), "inAction"),
        ]
        for make, message in bad:
            with pytest.raises(InvalidRequestError, match=message):
                await d(make())
        assert emu.requests == []

    run(scenario)
