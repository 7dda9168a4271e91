"""Each fault that once went by in silence (or escaped as a raw httpx/json error), now a typed
wbseller error or a recovery: WBD lists, downloads and upload parts; bodies cut off mid-read
(a read retried, a write RetryUnsafeError carrying what was already sent). Sync and async."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from services.conftest import Drive, Run

import wbseller
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.wbd import WbdStore

PART = 2 * 1024 * 1024
DOC_META = {"thumbnail": ["vol6/1/abc/480.jpg"], "rating": "0+", "author": "A", "pages": 3}


def wbd(emu: Emulator) -> WbdStore:
    return emu.state.default.store(WbdStore)


def sent(emu: Emulator, key: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == key]


def doc(tmp_path: Path, parts: int = 3) -> Path:
    path = tmp_path / "book.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(parts * PART - 100))
    return path


async def upload(d: Drive, source: Path) -> Any:
    return await d(
        d.client.wbd.upload_content(source, title="T", description="", catalog_id=4, meta=DOC_META)
    )


# --- WBD lists: a page answered {"error": true} raises, never ends the list -------------------------
@pytest.mark.parametrize("kind", ["envelope_error", "malformed_json"])
def test_wbd_offers_page_in_error_raises_instead_of_ending_the_list(
    emu: Emulator, run: Run, kind: str
) -> None:
    wbd(emu).seed_offers(120)
    emu.faults.add(kind, route="wbd.get_a_list_of_your_offers", skip=1)
    expected = wbseller.EnvelopeError if kind == "envelope_error" else wbseller.MalformedResponseError

    async def scenario(d: Drive) -> None:
        got: list[Any] = []
        with pytest.raises(expected):
            if d.is_async:
                async for offer in d.client.wbd.iter_offers():
                    got.append(offer)
            else:
                got.extend(d.client.wbd.iter_offers())
        # (got is filled only by async iteration, item by item; the sync list() raises whole)
        assert len(got) in (0, 50)

    run(scenario)


# --- WBD download: an error body is never the file -------------------------------------------------
@pytest.mark.parametrize("kind", ["envelope_error", "malformed_json"])
def test_wbd_download_of_an_error_body_raises_and_leaves_no_file(
    emu: Emulator, run: Run, tmp_path: Path, kind: str
) -> None:
    rec = wbd(emu).add_content("Book", size=PART + 10)
    emu.faults.add(kind, route="wbd.download_content")
    expected = wbseller.EnvelopeError if kind == "envelope_error" else wbseller.MalformedResponseError

    async def scenario(d: Drive) -> None:
        with pytest.raises(expected, match="instead of the file"):
            await d(d.client.wbd.download_content(rec.uri, tmp_path))
        assert list(tmp_path.iterdir()) == []  # neither the final name nor a .part
        path = await d(d.client.wbd.download_content(rec.uri, tmp_path))  # the fault is spent
        assert path.stat().st_size == PART + 10

    run(scenario)


def test_wbd_download_cut_off_mid_body_resumes_with_range(emu: Emulator, run: Run, tmp_path: Path) -> None:
    rec = wbd(emu).add_content("Book", size=3 * PART)
    emu.faults.add("truncated_body", route="wbd.download_content")

    async def scenario(d: Drive) -> None:
        path = await d(d.client.wbd.download_content(rec.uri, tmp_path))
        assert path.read_bytes() == wbd(emu).content_file(rec.id).read_bytes()
        ranges = [r.headers.get("range") for r in sent(emu, "wbd.download_content")]
        assert ranges[0] is None and len(ranges) == 2
        have = int(ranges[1].removeprefix("bytes=").removesuffix("-"))  # what arrived before the cut
        assert 0 < have <= 3 * PART // 2

    run(scenario)


# --- WBD upload: a part WB did not take is a typed error for that part, re-sent alone ---------------
@pytest.mark.parametrize("kind", ["envelope_error", "malformed_json"])
def test_wbd_part_not_taken_is_sent_again_alone(emu: Emulator, run: Run, tmp_path: Path, kind: str) -> None:
    source = doc(tmp_path)
    emu.faults.add(kind, route="wbd.upload_content_file", skip=1)

    async def scenario(d: Drive) -> None:
        handle = await upload(d, source)
        assert [r.headers["x-wbd-part-index"] for r in sent(emu, "wbd.upload_content_file")] == [
            "1",
            "2",
            "2",
            "3",
        ]
        assert wbd(emu).content_file(handle.content_id).read_bytes() == source.read_bytes()

    run(scenario)


@pytest.mark.parametrize("kind", ["envelope_error", "malformed_json"])
def test_wbd_part_never_taken_is_an_upload_error_for_that_part(
    emu: Emulator, run: Run, tmp_path: Path, kind: str
) -> None:
    source = doc(tmp_path)
    emu.faults.add(kind, route="wbd.upload_content_file", skip=1, times=None)

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.UploadError, match="part 2 failed 4 times") as exc:
            await upload(d, source)
        assert list(exc.value.failed) == [2]
        assert [r.headers["x-wbd-part-index"] for r in sent(emu, "wbd.upload_content_file")] == [
            "1",
            *["2"] * 4,
        ]

    run(scenario)


# --- transport: every body read inside the retry loop ---------------------------------------------
def test_a_read_cut_off_mid_body_is_retried(emu: Emulator, run: Run) -> None:
    wbd(emu).seed_offers(10)
    emu.faults.add("truncated_body", route="wbd.get_a_list_of_your_offers")

    async def scenario(d: Drive) -> None:
        assert len(await d.list(d.client.wbd.iter_offers())) == 10
        assert len(sent(emu, "wbd.get_a_list_of_your_offers")) == 2

    run(scenario)


def test_a_write_cut_off_mid_body_is_retry_unsafe_noting_the_uploads_already_sent(
    emu: Emulator, run: Run
) -> None:
    emu.faults.add("truncated_body", route="prices.set_prices_and_discounts", skip=1)
    items = [{"nmID": n, "price": 1000} for n in range(1, 1502)]

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.RetryUnsafeError, match="may or may not have reached WB") as exc:
            await d(d.client.prices.set_prices(items))
        notes = " ".join(getattr(exc.value, "__notes__", []))
        assert "uploads already sent: [" in notes
        assert len(sent(emu, "prices.set_prices_and_discounts")) == 2  # never sent again

    run(scenario)


def test_an_error_envelope_to_a_price_upload_notes_the_uploads_already_sent(emu: Emulator, run: Run) -> None:
    emu.faults.add("envelope_error", route="prices.set_prices_and_discounts", skip=1)
    items = [{"nmID": n, "price": 1000} for n in range(1, 1502)]

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.EnvelopeError) as exc:
            await d(d.client.prices.set_prices(items))
        notes = " ".join(getattr(exc.value, "__notes__", []))
        assert "uploads already sent: [" in notes
        assert len(sent(emu, "prices.set_prices_and_discounts")) == 2

    run(scenario)


def test_a_card_write_that_stops_notes_the_cards_already_sent(emu: Emulator, run: Run) -> None:
    emu.faults.add("reset_after_body", route="content.create_product_cards", skip=1, apply_handler=True)
    cards = [
        {"subjectID": 105, "variants": [{"vendorCode": f"N-{i}", "title": "T", "sizes": [{"techSize": "M"}]}]}
        for i in range(101)  # two requests: 100 + 1
    ]

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.RetryUnsafeError) as exc:
            await d(d.client.content.create_cards(cards))
        notes = getattr(exc.value, "__notes__", [])
        assert any(n.startswith("cards already sent") and "'N-99'" in n for n in notes)
        assert "vendorCodes of the failed request: ['N-100']" in notes
        assert len(sent(emu, "content.create_product_cards")) == 2

    run(scenario)


@pytest.mark.parametrize("route", ["wbd.upload_content_cover", "wbd.upload_media_file_for_an_offer"])
def test_a_cover_or_gallery_answer_that_is_not_json_is_a_typed_error(
    emu: Emulator, run: Run, route: str
) -> None:
    emu.faults.add("malformed_json", route=route)
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200

    async def scenario(d: Drive) -> None:
        with pytest.raises(wbseller.MalformedResponseError, match="not JSON"):
            if route == "wbd.upload_content_cover":
                await d(d.client.wbd.upload_content_cover(png))
            else:
                await d(d.client.wbd.upload_gallery([png]))
        assert len(sent(emu, route)) == 1

    run(scenario)


@pytest.mark.parametrize(
    ("status", "headers", "match"),
    [
        (203, {"content-length": "4"}, "not the file"),
        (200, {"content-type": "text/html", "content-length": "4"}, "instead of the file"),
        (200, {}, "announced no length"),
    ],
)
def test_a_download_is_complete_only_with_the_documented_status_type_and_length(
    tmp_path: Path, status: int, headers: dict[str, str], match: str
) -> None:
    import httpx
    import respx

    from wbseller_emulator.auth import mint

    token = mint(None, categories=["wbd"], seller_id="s")
    url = "https://devapi-digital.wildberries.ru/api/v1/content/download/vol1/2/abc/content"

    def stream() -> Any:
        yield b"BODY"  # a generator: httpx sends it chunked, with no Content-Length

    with respx.mock() as mock, wbseller.Client(wbd_token=token, max_retries=0) as wb:
        body = {"content": b"BODY"} if headers else {"content": stream()}
        mock.get(url).mock(return_value=httpx.Response(status, headers=headers, **body))
        with pytest.raises(wbseller.WBError, match=match):
            wb.wbd.download_content("vol1/2/abc/content", tmp_path, size=4)  # as WB lists it
    assert list(tmp_path.iterdir()) == []
