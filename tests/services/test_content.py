"""The content service against the emulator: the cards list cursor (every card once, exact
multiples of the page size, empty, updates during the walk, resume), card writes waited on
(success, partial and total failure, timeout, resume), validation before sending. Each
scenario runs on a Client and on an AsyncClient."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import respx

import wbseller
from wbseller.pagination import Cursor
from wbseller_emulator import Emulator
from wbseller_emulator.auth import mint
from wbseller_emulator.handlers.content import ContentStore

MODES = ["sync", "async"]
LIST = "content.product_cards_list"


def play(wb: Any, scenario: Callable[[Any], Awaitable[Any]]) -> Any:
    """Run a scenario on one event loop (an AsyncClient's connections belong to one loop); on a
    Client the same scenario simply runs its blocking calls."""
    return asyncio.run(scenario(wb))


async def maybe(value: Any) -> Any:
    """A service call's result on either client kind (AsyncClient calls are awaited)."""
    return await value if inspect.isawaitable(value) else value


async def collect(wb: Any, pages: Any, stop_after: int | None = None) -> list[Any]:
    """Iterate Pages on either client kind; optionally stop after `stop_after` items."""
    out: list[Any] = []
    if isinstance(wb, wbseller.Client):
        for item in pages:
            out.append(item)
            if stop_after is not None and len(out) >= stop_after:
                break
        return out
    async for item in pages:
        out.append(item)
        if stop_after is not None and len(out) >= stop_after:
            break
    return out


def card(vendor_code: str, *, subject: int = 105, title: str = "Рубашка") -> dict[str, Any]:
    return {
        "subjectID": subject,
        "variants": [{"vendorCode": vendor_code, "title": title, "sizes": [{"techSize": "M", "skus": []}]}],
    }


@pytest.fixture
def store(emu: Emulator) -> ContentStore:
    return emu.state.default.store(ContentStore)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("count", "requests"), [(0, 1), (7, 1), (200, 3), (250, 3)])
def test_every_card_once(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str, count: int, requests: int
) -> None:
    store.seed_cards(count)

    async def scenario(wb: Any) -> list[Any]:
        return await collect(wb, wb.content.iter_cards())

    cards = play(make_client(async_=mode == "async"), scenario)
    assert sorted(c.nm_id for c in cards) == sorted(c.nm_id for c in store.cards())
    assert len({c.nm_id for c in cards}) == count
    assert len([r for r in emu.requests if r.operation == LIST]) == requests


@pytest.mark.parametrize("mode", MODES)
def test_the_cursor_after_the_last_page(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    store.seed_cards(150)

    async def scenario(wb: Any) -> Any:
        pages = wb.content.iter_cards(page_size=100)
        assert len(await collect(wb, pages)) == 150
        return pages

    pages = play(make_client(async_=mode == "async"), scenario)
    assert pages.cursor is not None and pages.state.pages == 2
    assert pages.cursor.nm_id == max((c.updated_us, c.nm_id) for c in store.cards())[1]


@pytest.mark.parametrize("mode", MODES)
def test_cards_updated_during_the_walk_are_neither_lost_nor_repeated(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    seeded = store.seed_cards(300)
    touched = [seeded[10].nm_id, seeded[150].nm_id, seeded[290].nm_id]

    async def scenario(wb: Any) -> list[int]:
        seen: list[int] = []
        pages = wb.content.iter_cards()
        # the 101st card is handed out only after the first page's cursor is recorded
        first = await collect(wb, pages, stop_after=101)
        seen += [c.nm_id for c in first]
        for nm in touched:  # one card already seen, two ahead of the cursor: all move to the end
            store.touch(store.card(nm))  # type: ignore[arg-type]
        rest = await collect(wb, wb.content.iter_cards(start_after=pages.cursor))
        return seen + [c.nm_id for c in rest]

    seen = play(make_client(async_=mode == "async"), scenario)
    assert sorted(set(seen)) == sorted(c.nm_id for c in seeded)
    # twice: the 101st card (resuming repeats a partly handed-out page, never skips) and the
    # card updated after it was seen (it moved to the end); nothing else
    assert len(seen) == len(set(seen)) + 2


@pytest.mark.parametrize("mode", MODES)
def test_one_walk_hands_each_card_out_once_even_if_updated(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    seeded = store.seed_cards(300)

    async def scenario(wb: Any) -> list[int]:
        seen: list[int] = []
        items: Any = wb.content.iter_cards()
        if isinstance(wb, wbseller.Client):
            for c in items:
                seen.append(c.nm_id)
                if len(seen) == 120:
                    store.touch(store.card(seeded[10].nm_id))  # type: ignore[arg-type]
        else:
            async for c in items:
                seen.append(c.nm_id)
                if len(seen) == 120:
                    store.touch(store.card(seeded[10].nm_id))  # type: ignore[arg-type]
        return seen

    seen = play(make_client(async_=mode == "async"), scenario)
    assert sorted(seen) == sorted(c.nm_id for c in seeded)  # none lost, none repeated


@pytest.mark.parametrize("mode", MODES)
def test_an_export_resumes_from_its_cursor_in_a_new_client(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    store.seed_cards(250)

    async def crash(wb: Any) -> tuple[list[Any], dict[str, Any]]:
        pages = wb.content.iter_cards()
        got = await collect(wb, pages, stop_after=130)  # "crashes" in the second page
        return got, pages.cursor.as_dict()  # saved after the first full page

    async def resume(wb: Any, saved: dict[str, Any]) -> list[Any]:
        return await collect(wb, wb.content.iter_cards(start_after=Cursor.from_dict(saved)))

    got, saved = play(make_client(async_=mode == "async"), crash)
    rest = play(make_client(async_=mode == "async"), lambda wb: resume(wb, saved))
    assert len(got) == 130 and len(rest) == 150  # the second page again (nothing skipped), the third
    assert {c.nm_id for c in got[:100]} | {c.nm_id for c in rest} == {c.nm_id for c in store.cards()}


def test_filters_are_sent(emu: Emulator, make_client: Callable[..., Any], store: ContentStore) -> None:
    store.seed_cards(20)
    target = store.cards()[3]
    wb = make_client()
    found = list(wb.content.iter_cards(text_search=target.vendor_code))
    assert [c.nm_id for c in found] == [target.nm_id]
    assert list(wb.content.iter_cards(with_photo=1)) == []


def test_a_cursor_that_does_not_advance_stops() -> None:
    tok = mint(None, categories=["content"], seller_id="s")
    page = {
        "cards": [{"nmID": 1, "updatedAt": "2025-01-01T00:00:00Z"}],
        "cursor": {"updatedAt": "2025-01-01T00:00:00Z", "nmID": 1, "total": 100},
    }
    with respx.mock() as mock, wbseller.Client(tok, max_retries=0) as wb:
        mock.post("https://content-api.wildberries.ru/content/v2/get/cards/list").mock(
            return_value=httpx.Response(200, json=page)
        )
        with pytest.raises(wbseller.PaginationError, match="did not advance"):
            list(wb.content.iter_cards())


def test_wrong_iteration_kind_is_explained(make_client: Callable[..., Any]) -> None:
    wb = make_client(async_=True)
    with pytest.raises(TypeError, match="async for"):
        iter(wb.content.iter_cards())


@pytest.mark.parametrize("mode", MODES)
def test_create_cards_and_wait_for_their_nmids(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    async def scenario(wb: Any) -> Any:
        upload = await maybe(wb.content.create_cards([card("A-1"), card("A-2"), card("A-3", subject=999999)]))
        return await maybe(upload.wait(timeout=10, poll=0.01))

    result = play(make_client(async_=mode == "async"), scenario)
    assert set(result.nm_ids) == {"A-1", "A-2"}
    assert result.nm_ids["A-1"] == next(c.nm_id for c in store.cards() if c.vendor_code == "A-1")
    assert set(result.failed) == {"A-3"} and result.failed["A-3"]
    with pytest.raises(wbseller.UploadError, match="A-3") as exc:
        result.raise_for_errors()
    assert set(exc.value.failed) == {"A-3"}


@pytest.mark.parametrize("mode", MODES)
def test_all_cards_failing(emu: Emulator, make_client: Callable[..., Any], mode: str) -> None:
    async def scenario(wb: Any) -> Any:
        upload = await maybe(
            wb.content.create_cards([card("B-1", subject=999999), card("B-2", subject=999999)])
        )
        return await maybe(upload.wait(timeout=10, poll=0.01))

    result = play(make_client(async_=mode == "async"), scenario)
    assert result.nm_ids == {} and set(result.failed) == {"B-1", "B-2"}


@pytest.mark.parametrize("mode", MODES)
def test_the_wait_reads_the_current_failed_cards_list(
    emu: Emulator, make_client: Callable[..., Any], mode: str
) -> None:
    """cards-error-list-post: the waiter asks WB's current POST, never the deprecated GET."""

    async def scenario(wb: Any) -> Any:
        upload = await maybe(wb.content.create_cards([card("E-1", subject=999999)]))
        return await maybe(upload.wait(timeout=10, poll=0.01))

    assert set(play(make_client(async_=mode == "async"), scenario).failed) == {"E-1"}
    asked = [(r.method, r.operation) for r in emu.requests if "failed" in (r.operation or "")]
    assert asked and set(asked) == {("POST", "content.list_of_failed_product_cards_with_errors_post")}


@pytest.mark.parametrize("mode", MODES)
def test_wait_times_out_then_resumes_from_a_new_client(
    emu: Emulator, make_client: Callable[..., Any], mode: str
) -> None:
    emu.settings["content.card_delay"] = 10_000.0  # virtual seconds: far beyond the timeout

    async def send(wb: Any) -> Any:
        upload = await maybe(wb.content.create_cards([card("C-1")]))
        with pytest.raises(wbseller.WaitTimeoutError):
            await maybe(upload.wait(timeout=0.2, poll=0.05))
        return upload

    upload = play(make_client(async_=mode == "async"), send)
    emu.clock.advance(20_000)

    async def resume(wb: Any) -> Any:
        return await maybe(
            wb.content.cards_upload(upload.vendor_codes, upload.since).wait(timeout=10, poll=0.01)
        )

    assert "C-1" in play(make_client(async_=mode == "async"), resume).nm_ids


@pytest.mark.parametrize("mode", MODES)
def test_update_and_add_cards_to(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    existing = store.add_card(vendor_code="U-1", title="old")

    async def scenario(wb: Any) -> Any:
        update = {
            "nmID": existing.nm_id,
            "vendorCode": "U-1",
            "title": "new",
            "sizes": [{"techSize": "0", "skus": existing.barcodes}],
        }
        upload = await maybe(wb.content.update_cards([update]))
        assert (await maybe(upload.wait(timeout=10, poll=0.01))).nm_ids == {"U-1": existing.nm_id}
        added = await maybe(wb.content.add_cards_to(existing.imt_id, [{"vendorCode": "U-2", "sizes": []}]))
        return await maybe(added.wait(timeout=10, poll=0.01))

    result = play(make_client(async_=mode == "async"), scenario)
    assert store.card(existing.nm_id).title == "new"  # type: ignore[union-attr]
    assert store.card(result.nm_ids["U-2"]).imt_id == existing.imt_id  # type: ignore[union-attr]


def test_uploads_are_split_by_wbs_limits(emu: Emulator, make_client: Callable[..., Any]) -> None:
    wb = make_client()
    wb.content.create_cards([card(f"S-{i}") for i in range(230)])
    bodies = [r for r in emu.requests if r.operation == "content.create_product_cards"]
    assert len(bodies) == 3  # 100 + 100 + 30 cards: the spec's maxItems


@pytest.mark.parametrize(
    ("cards", "field", "limit"),
    [
        ([card("T-1", title="x" * 61)], "cards[0].variants[0].title", 60),
        (
            [{"subjectID": 105, "variants": [{"vendorCode": f"V{i}", "sizes": []} for i in range(31)]}],
            "cards[0].variants",
            30,
        ),
        (
            [{"subjectID": 105, "variants": [{"title": "no vendor code", "sizes": []}]}],
            "cards[0].variants[0].vendorCode",
            None,
        ),
        ([card("D-1"), card("D-1")], "vendorCode", "unique"),
        (  # WB requires both of a characteristic (issue 11)
            [
                {
                    "subjectID": 105,
                    "variants": [{"vendorCode": "C-1", "sizes": [], "characteristics": [{"id": 1}]}],
                }
            ],
            "cards[0].variants[0].characteristics[0].value",
            None,
        ),
        (
            [
                {
                    "subjectID": 105,
                    "variants": [{"vendorCode": "C-2", "sizes": [], "characteristics": [{"value": ["x"]}]}],
                }
            ],
            "cards[0].variants[0].characteristics[0].id",
            None,
        ),
    ],
)
def test_invalid_cards_are_refused_before_sending(
    emu: Emulator, make_client: Callable[..., Any], cards: list[Any], field: str, limit: Any
) -> None:
    wb = make_client()
    with pytest.raises(wbseller.InvalidRequestError) as exc:
        wb.content.create_cards(cards)
    assert exc.value.field == field and exc.value.limit == limit
    assert emu.requests == []


def test_an_update_without_a_characteristics_value_is_refused_before_sending(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    wb = make_client()
    update = {"nmID": 1, "vendorCode": "U-1", "sizes": [], "characteristics": [{"id": 14177449}]}
    with pytest.raises(wbseller.InvalidRequestError) as exc:
        wb.content.update_cards([update])
    assert exc.value.field is not None and exc.value.field.endswith("characteristics[0].value")
    assert emu.requests == []


def test_a_trash_card_without_characteristics_comes_as_null_and_iterates(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore
) -> None:
    bare = store.add_card(vendor_code="BARE-1", trashed=True)
    wb = make_client()
    (card_,) = list(wb.content.iter_trash())
    assert card_.nm_id == bare.nm_id and card_.characteristics is None  # WB's null, parsed


def test_tags(emu: Emulator, make_client: Callable[..., Any], store: ContentStore) -> None:
    wb = make_client()
    with pytest.raises(wbseller.InvalidRequestError, match="at most 15"):
        wb.content.create_tag("x" * 16, "D1CFD7")
    with pytest.raises(wbseller.InvalidRequestError, match="more than 15 items"):
        wb.content.set_card_tags(1, list(range(16)))
    assert emu.requests == []
    wb.content.create_tag("Лето", "D1CFD7")
    tags = wb.content.tags()
    assert [t.name for t in tags] == ["Лето"]
    c = store.add_card(vendor_code="TAG-1")
    wb.content.set_card_tags(c.nm_id, [tags[0].id])
    assert [x.nm_id for x in wb.content.iter_cards(tag_ids=[tags[0].id])] == [c.nm_id]


def test_a_cancelled_wait_leaves_a_handle_that_can_wait_again(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    """Cancelling a wait (asyncio cancellation, e.g. wait_for's timeout) stops only the waiting:
    the cards were sent, and the same handle waits again later."""
    emu.settings["content.card_delay"] = 10_000.0  # virtual seconds: not before the clock moves

    async def scenario(wb: Any) -> Any:
        upload = await wb.content.create_cards([card("X-1")])
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(upload.wait(timeout=30, poll=0.01), timeout=0.2)
        emu.clock.advance(20_000)
        return await upload.wait(timeout=10, poll=0.01)

    result = play(make_client(async_=True), scenario)
    assert set(result.nm_ids) == {"X-1"}
    assert len([r for r in emu.requests if r.operation == "content.create_product_cards"]) == 1
