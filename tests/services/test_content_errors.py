"""The content service on WB's contract of 2026 (issue 20), against the emulator over HTTP: the
list of failed cards as WB serves it (POST with a cursor, answers in batches), CardsUpload.wait()
naming each failed card with WB's messages, withPhoto's new values, the card writes' new and
dropped fields, and requests the emulator used to refuse. Each scenario on a Client and an
AsyncClient where it waits or iterates."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import pytest

import wbseller
from wbseller import drift
from wbseller.drift import RawItem
from wbseller.services.content import CardsUpload
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore, barcode_used, subject_not_found, vendor_code_used

MODES = ["sync", "async"]
ERRORS = "content.list_of_failed_product_cards_with_errors_post"


async def maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def collect(wb: Any, pages: Any) -> list[Any]:
    if isinstance(wb, wbseller.Client):
        return list(pages)
    return [item async for item in pages]


def card(
    vendor_code: str, *, subject: int = 105, skus: list[str] | None = None, **extra: Any
) -> dict[str, Any]:
    variant = {
        "vendorCode": vendor_code,
        "title": "Рубашка",
        "sizes": [{"techSize": "M", "skus": skus or []}],
    }
    return {"subjectID": subject, "variants": [{**variant, **extra}]}


def sent(emu: Emulator, operation: str) -> list[Any]:
    return [r.json() for r in emu.requests if r.operation == operation]


@pytest.fixture
def store(emu: Emulator) -> ContentStore:
    return emu.state.default.store(ContentStore)


@pytest.mark.parametrize("mode", MODES)
def test_thirty_cards_five_bad_the_wait_names_the_five_with_wbs_messages(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    """The five fail only in WB's queue (each passes every check before sending): unknown subjects,
    vendorCodes and a barcode other cards hold. wait() returns as soon as WB has processed the
    upload (no timeout), with the 25 nmIDs and exactly the 5 failures, read from the POST list."""
    # the seller's cards from before (an hour old: a card updated within the clock-skew margin of
    # the upload would count as this upload's own)
    hour_ago = store.seller.now() - 3600
    store.add_card(vendor_code="TAKEN-1", updated_at=hour_ago)
    store.add_card(vendor_code="TAKEN-2", updated_at=hour_ago)
    held = store.add_card(vendor_code="HOLDER", updated_at=hour_ago).barcodes[0]
    bad = {
        "BAD-1": card("BAD-1", subject=999_991),
        "BAD-2": card("BAD-2", subject=999_992),
        "TAKEN-1": card("TAKEN-1"),
        "TAKEN-2": card("TAKEN-2"),
        "BAD-SKU": card("BAD-SKU", skus=[held]),
    }
    cards = [card(f"OK-{i:02d}") for i in range(25)]
    for i, c in enumerate(bad.values()):
        cards.insert(i * 6, c)
    assert len(cards) == 30

    async def scenario(wb: Any) -> Any:
        upload = await maybe(wb.content.create_cards(cards))
        return await maybe(upload.wait(timeout=60, poll=0.01))

    result = asyncio.run(scenario(make_client(async_=mode == "async")))
    assert result.failed == {
        "BAD-1": [subject_not_found(999_991)],
        "BAD-2": [subject_not_found(999_992)],
        "TAKEN-1": [vendor_code_used("TAKEN-1")],
        "TAKEN-2": [vendor_code_used("TAKEN-2")],
        "BAD-SKU": [barcode_used(held)],
    }
    assert set(result.nm_ids) == {f"OK-{i:02d}" for i in range(25)}
    assert {o.batch_uuid for vc, o in result.cards.items() if vc in bad} == {b.uuid for b in store.batches()}
    with pytest.raises(wbseller.UploadError, match="5 card") as exc:
        result.raise_for_errors()
    assert set(exc.value.failed) == set(bad)
    # read through WB's current POST only, each request with a cursor and an order (newest first)
    asked = [(r.method, r.operation) for r in emu.requests if "failed_product" in (r.operation or "")]
    assert asked and set(asked) == {("POST", ERRORS)}
    assert all(b == {"cursor": {"limit": 100}, "order": {"ascending": False}} for b in sent(emu, ERRORS))


@pytest.mark.parametrize("mode", MODES)
def test_the_wait_pages_the_error_list_down_to_the_upload(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    """The failure is behind a full page of newer batches of other uploads: the wait asks the next
    page with the cursor WB gave, and stops there (the next page would still hold newer batches
    than the upload: it is not reached before the card is found)."""

    async def scenario(wb: Any) -> Any:
        upload = await maybe(wb.content.create_cards([card("MINE", subject=999_999)]))
        while not store.batches():  # processed (virtual clock), but not waited on yet
            await asyncio.sleep(0.01)
        emu.settings["content.card_delay"] = 0.0
        others = await maybe(wb.content.create_cards([card(f"X-{i}", subject=999_999) for i in range(100)]))
        assert len(store.batches()) == 101 and others.vendor_codes
        return await maybe(upload.wait(timeout=60, poll=0.01))

    result = asyncio.run(scenario(make_client(async_=mode == "async")))
    assert result.failed == {"MINE": [subject_not_found(999_999)]}
    bodies = sent(emu, ERRORS)
    assert bodies[0] == {"cursor": {"limit": 100}, "order": {"ascending": False}}
    last = store.batches()[1]  # the 100th newest batch: the first page ended there
    assert bodies[1]["cursor"] == {"limit": 100, "updatedAt": _iso(last.at_us), "batchUUID": last.uuid}
    assert len(bodies) == 2


def _iso(us: int) -> str:
    from wbseller_emulator.handlers.content import iso_us

    return iso_us(us)


@pytest.mark.parametrize("mode", MODES)
def test_iter_card_errors_walks_every_page(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    """Seven batches by pages of 3: three requests, each next one with the last batch's cursor, until
    WB says `next: false`; oldest first by default, newest first on request."""

    async def scenario(wb: Any) -> tuple[list[Any], list[Any]]:
        upload = await maybe(wb.content.create_cards([card(f"F-{i}", subject=999_999) for i in range(7)]))
        await maybe(upload.wait(timeout=60, poll=0.01))
        emu.requests.clear()
        oldest = await collect(wb, wb.content.iter_card_errors(page_size=3))
        newest = await collect(wb, wb.content.iter_card_errors(page_size=3, ascending=False, locale="en"))
        return oldest, newest

    oldest, newest = asyncio.run(scenario(make_client(async_=mode == "async")))
    expected = [b.uuid for b in store.batches()]
    assert [b.batch_uuid for b in oldest] == expected and [b.batch_uuid for b in newest] == expected[::-1]
    first = oldest[0]
    vc = first.vendor_codes[0]
    assert first.errors[vc] == [subject_not_found(999_999)] and not isinstance(first, RawItem)
    bodies = sent(emu, ERRORS)
    assert len(bodies) == 6  # 3 + 3 + 1 batches, twice
    assert bodies[0] == {"cursor": {"limit": 3}, "order": {"ascending": True}}
    assert bodies[1]["cursor"]["batchUUID"] == expected[2] and bodies[2]["cursor"]["batchUUID"] == expected[5]
    assert [r.query for r in emu.requests if r.operation == ERRORS][3:] == ["locale=en"] * 3


def test_iter_card_errors_checks_the_page_size(emu: Emulator, make_client: Callable[..., Any]) -> None:
    wb = make_client()
    for size in (0, 101):
        with pytest.raises(wbseller.InvalidRequestError, match="page_size"):
            wb.content.iter_card_errors(page_size=size)
    assert emu.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_with_photo_takes_wbs_values(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore, mode: str
) -> None:
    """cards-with-photo-values: 0 (the default) every card, 1 with photos, 2 without, -1 every card."""
    photos = {store.add_card(photos=1).nm_id for _ in range(2)}
    plain = {store.add_card().nm_id for _ in range(3)}

    async def scenario(wb: Any) -> dict[Any, set[int]]:
        out = {None: {c.nm_id for c in await collect(wb, wb.content.iter_cards())}}
        for value in (-1, 0, 1, 2):
            out[value] = {c.nm_id for c in await collect(wb, wb.content.iter_cards(with_photo=value))}
        return out

    got = asyncio.run(scenario(make_client(async_=mode == "async")))
    assert got == {None: photos | plain, -1: photos | plain, 0: photos | plain, 1: photos, 2: plain}
    assert [b["settings"]["filter"]["withPhoto"] for b in sent(emu, "content.product_cards_list")] == [
        0,
        -1,
        0,
        1,
        2,
    ]


def test_a_with_photo_outside_wbs_values_is_refused_before_sending(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    wb = make_client()
    with pytest.raises(wbseller.InvalidRequestError) as exc:
        wb.content.iter_cards(with_photo=3)
    assert exc.value.field == "body.settings.filter.withPhoto" and emu.requests == []


def test_card_writes_send_kiz_and_wholesale_and_drop_chrt_id_and_is_valid(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore
) -> None:
    """cards-write-fields-2026-08: a card read from the list can be sent again: its
    `dimensions.isValid` (and, for a new card, `sizes[].chrtID`) is not sent, while kizMarked and
    wholesale are; the update keeps the chrtID that names an existing size."""
    wb = make_client()
    source = store.add_card(vendor_code="SRC", sizes=("S",))
    listed = next(iter(wb.content.iter_cards())).to_dict()
    assert "isValid" in listed["dimensions"] and "chrtID" in listed["sizes"][0]
    copy = {
        "vendorCode": "COPY",
        "dimensions": {**listed["dimensions"], "length": 30},
        "sizes": [{**listed["sizes"][0], "skus": []}],
        "kizMarked": True,
        "wholesale": {"enabled": True, "quantum": 10},
    }
    created = wb.content.create_cards([{"subjectID": 105, "variants": [copy]}]).wait(timeout=60, poll=0.01)
    added = wb.content.add_cards_to(source.imt_id, [{**copy, "vendorCode": "ADDED"}]).wait(
        timeout=60, poll=0.01
    )
    update = {
        "nmID": source.nm_id,
        "vendorCode": "SRC",
        "dimensions": listed["dimensions"],
        "sizes": listed["sizes"],
    }
    updated = wb.content.update_cards([{**update, "kizMarked": True}]).wait(timeout=60, poll=0.01)
    assert created.failed == added.failed == updated.failed == {}

    [create] = sent(emu, "content.create_product_cards")
    variant = create[0]["variants"][0]
    assert "isValid" not in variant["dimensions"] and "chrtID" not in variant["sizes"][0]
    assert variant["kizMarked"] is True and variant["wholesale"] == {"enabled": True, "quantum": 10}
    [add] = sent(emu, "content.create_product_cards_with_merge")
    assert (
        "isValid" not in add["cardsToAdd"][0]["dimensions"]
        and "chrtID" not in add["cardsToAdd"][0]["sizes"][0]
    )
    [upd] = sent(emu, "content.update_product_cards")
    assert "isValid" not in upd[0]["dimensions"] and upd[0]["sizes"][0]["chrtID"] == source.sizes[0].chrt_id
    made = store.card(created.nm_ids["COPY"])
    assert made is not None and made.kiz_marked and made.wholesale == {"enabled": True, "quantum": 10}
    assert made.sizes[0].chrt_id != source.sizes[0].chrt_id


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (
            lambda wb: wb.content.add_cards_to(1, [{"vendorCode": f"V{i}"} for i in range(30)]),
            "body.cardsToAdd",
        ),
        (
            lambda wb: wb.content.create_cards([card("Q", wholesale={"enabled": True, "quantum": -1})]),
            "cards[0].variants[0].wholesale.quantum",
        ),
        (
            lambda wb: wb.content.create_cards([card("Q", dimensions={"length": 30.5})]),
            "cards[0].variants[0].dimensions.length",
        ),
        (
            lambda wb: wb.content.create_cards([card("Q", kizMarked="yes")]),
            "cards[0].variants[0].kizMarked",
        ),
    ],
)
def test_card_write_bounds_are_checked_before_sending(
    emu: Emulator, make_client: Callable[..., Any], call: Callable[[Any], Any], field: str
) -> None:
    """A card holds 30 product cards: adding 30 to one is refused, not split; wholesale.quantum is
    unsigned, dimensions whole centimeters, kizMarked a boolean (WB's reference of 2026)."""
    with pytest.raises(wbseller.InvalidRequestError) as exc:
        call(make_client())
    assert exc.value.field == field
    assert emu.requests == []


def test_requests_the_emulator_used_to_refuse(
    emu: Emulator, make_client: Callable[..., Any], store: ContentStore
) -> None:
    """WB takes the VAT list without `locale` and the cards list without `settings` (its defaults:
    10 cards, every card, newest first); the emulator used to answer both 400."""
    from wbseller_raw.content.api.cards import product_cards_list
    from wbseller_raw.content.api.categories import vat_rate
    from wbseller_raw.content.models import CardsListRequest

    wb = make_client()
    store.seed_cards(12)
    vat = vat_rate.sync_detailed(client=wb.content.raw)
    assert vat.status_code == 200 and vat.parsed is not None and "Без НДС" in vat.parsed.data
    page = product_cards_list.sync_detailed(client=wb.content.raw, body=CardsListRequest())
    assert page.status_code == 200 and page.parsed is not None
    assert [c.nm_id for c in page.parsed.cards] == [c.nm_id for c in store.cards()[:10]]
    assert [r.body for r in emu.requests if r.operation == "content.product_cards_list"] == [b"{}"]
    assert [r.query for r in emu.requests if r.operation == "content.vat_rate"] == [""]


def test_a_wait_whose_cards_all_succeed_never_reads_the_error_list(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    """WB allows the failed-cards list 10 requests a minute: the wait asks it only while some
    vendorCode is in neither list."""
    wb = make_client()
    emu.settings["content.card_delay"] = 0.0  # processed before the wait's first round
    result = wb.content.create_cards([card(f"G-{i}") for i in range(5)]).wait(timeout=60, poll=0.01)
    assert len(result.nm_ids) == 5
    assert [r for r in emu.requests if r.operation == ERRORS] == []
    assert CardsUpload.default_poll == 6.0  # the list's interval


def test_a_batch_wb_sends_off_spec_still_names_the_failed_card(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    """`errors` as a list instead of an object keyed by vendorCode (the facts type it only as
    an object): the batch comes as a RawItem with a SchemaDriftWarning, and its messages go to
    the vendorCodes of the batch: the wait neither dies nor times out."""
    drift.forget()  # drift warns once per process and shape
    emu.faults.add("drift", route=ERRORS, patch={"data.items.*.errors": ["Ошибка"]})
    wb = make_client()
    with pytest.warns(wbseller.SchemaDriftWarning):
        upload = wb.content.create_cards([card("DRIFT", subject=999_999), card("FINE")])
        result = upload.wait(timeout=60, poll=0.01)
    assert result.failed == {"DRIFT": ["Ошибка"]} and set(result.nm_ids) == {"FINE"}
