"""client.wbd against the emulator: content uploaded in parts (one part failing and re-sent alone),
waited on until published, downloaded with a connection broken half-way and resumed with Range;
progress; client-side checks of every documented rule; skip/take lists; keys split by 1000.
Every scenario runs on a Client and on an AsyncClient (the `run` fixture's two modes)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import socket
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wbseller import drift
from wbseller.errors import (
    ForbiddenError,
    InvalidRequestError,
    NotFoundError,
    SchemaDriftWarning,
    UploadError,
)
from wbseller.limits import InProcessLimiter
from wbseller.limits.base import Bucket, Rate
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.wbd import WbdStore
from wbseller_raw.wbd.models import CatalogNode, KeyDeleteStatus, Offer, OfferKey, RedeemedKey

from .conftest import Drive, Run

MIB = 1024 * 1024
PART = 2 * MIB  # the spec's ChunkPart.size maximum
POLL = 0.05  # real seconds; the emulator's 5 + 30 virtual seconds of processing are 0.35 s
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 200
GIF = b"GIF89a" + b"\x00" * 200
THUMB = ["vol6/1/abc/480.jpg"]
DOC_META = {"thumbnail": THUMB, "rating": "0+", "author": "I. Turgenev", "pages": 300}


def store(emu: Emulator) -> WbdStore:
    return emu.state.default.store(WbdStore)


def ops(emu: Emulator, name: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"wbd.{name}"]


def sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(MIB):
            h.update(block)
    return h.hexdigest()


class CuttingProxy:
    """A TCP relay to the emulator that, once armed, drops the connection after `n` more bytes of
    answer: a real broken connection in the middle of a download's body."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cuts = 0
        self._left: int | None = None
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def arm(self, n: int) -> None:
        with self._lock:
            self._left = n

    def close(self) -> None:
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            for src, dst, answer in ((client, upstream, False), (upstream, client, True)):
                threading.Thread(
                    target=self._pipe, args=(src, dst, answer, (client, upstream)), daemon=True
                ).start()

    def _pipe(
        self, src: socket.socket, dst: socket.socket, answer: bool, both: tuple[socket.socket, ...]
    ) -> None:
        try:
            while data := src.recv(65536):
                cut = False
                if answer:
                    with self._lock:
                        if self._left is not None:
                            if len(data) >= self._left:
                                data, cut, self._left = data[: self._left], True, None
                                self.cuts += 1
                            else:
                                self._left -= len(data)
                dst.sendall(data)
                if cut:
                    break
        except OSError:
            pass
        for s in both:  # either side ending (or the cut) ends the connection
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


@pytest.fixture
def proxy(emu: Emulator) -> Any:
    p = CuttingProxy(emu.port)
    yield p
    p.close()


# --- upload, wait, download -------------------------------------------------------------------------
def test_upload_with_a_failing_part_then_resumed_download(
    emu: Emulator, run: Run, proxy: CuttingProxy, tmp_path: Path
) -> None:
    size = 5 * PART + 1  # six parts, the last one a single byte
    source = tmp_path / "book.pdf"
    source.write_bytes(b"%PDF-1.7\n" + os.urandom(size - 9))
    emu.faults.add("status", status=503, route="wbd.upload_content_file", times=1)

    async def scenario(d: Drive) -> None:
        seen: list[tuple[int, int | None]] = []
        upload = await d(
            d.client.wbd.upload_content(
                source,
                title="Fathers and Sons",
                description="A novel.",
                catalog_id=4,
                meta=DOC_META,
                progress=lambda done, total: seen.append((done, total)),
            )
        )
        # the 503 hit part 1; it alone was sent again, then the rest in order
        chunks = ops(emu, "upload_content_file")
        assert [r.status for r in chunks] == [503] + [200] * 6
        assert [r.headers["x-wbd-part-index"] for r in chunks] == ["1", "1", "2", "3", "4", "5", "6"]
        assert [r.body_size for r in chunks] == [PART, PART, PART, PART, PART, PART, 1]
        assert {r.headers["x-content-type"] for r in chunks} == {"application/pdf"}
        assert {r.headers["x-wbd-content-uuid"] for r in chunks} == {upload.uuid}
        init = ops(emu, "initialize_new_content")
        assert len(init) == 1
        # progress: strictly increasing, ending at the total
        assert [t for _, t in seen] == [size] * 6
        assert [n for n, _ in seen] == [PART, 2 * PART, 3 * PART, 4 * PART, 5 * PART, size]

        info = await d(upload.wait(timeout=30, poll=POLL))
        assert info.id == upload.content_id and info.status == 2
        assert store(emu).content_status(upload.content_id) == 2
        # the handle can be rebuilt from the ID alone
        again = await d(d.client.wbd.content_upload(upload.content_id).wait(timeout=5, poll=POLL))
        assert again.id == upload.content_id

        # download through a relay that breaks the connection half-way through the body
        proxy.arm(size // 2)
        got: list[tuple[int, int | None]] = []
        path = await d(
            d.client.wbd.download_content(info.uri, tmp_path, progress=lambda n, t: got.append((n, t)))
        )
        assert proxy.cuts == 1
        downloads = ops(emu, "download_content")
        assert len(downloads) == 2
        assert "range" not in downloads[0].headers
        resumed = downloads[1].headers["range"]
        have = int(resumed.removeprefix("bytes=").removesuffix("-"))
        assert resumed == f"bytes={have}-" and 0 < have < size
        assert downloads[1].status == 206
        assert path.parent == tmp_path and path.stat().st_size == size
        assert sha(path) == sha(source)
        assert not list(tmp_path.glob("*.part"))
        assert got[-1] == (size, size)
        assert [n for n, _ in got] == sorted(n for n, _ in got)

    run(scenario, base_url=proxy.url)


def test_a_part_failing_every_time_gives_up_after_bounded_attempts(
    emu: Emulator, run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "clip.mp4"
    source.write_bytes(MP4 + b"\x01" * (PART + 10))
    emu.faults.add("status", status=502, route="wbd.upload_content_file", times=None)

    async def scenario(d: Drive) -> None:
        with pytest.raises(UploadError, match=r"part 1 failed: .* 502") as exc:
            await d(
                d.client.wbd.upload_content(
                    source,
                    title="Clip",
                    description="",
                    catalog_id=1,
                    meta={"thumbnail": THUMB, "rating": "0+"},
                )
            )
        assert list(exc.value.failed) == [1]
        assert [r.headers["x-wbd-part-index"] for r in ops(emu, "upload_content_file")] == ["1"] * 4

    run(scenario)


def test_processing_error_raises_upload_error_and_file_objects_are_read_from_their_position(
    emu: Emulator, run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "song.bin"
    source.write_bytes(b"HEADER" + b"\x07" * (PART + 3))
    store(emu).fail_next_contents(1)

    async def scenario(d: Drive) -> None:
        with open(source, "rb") as f:
            f.seek(6)  # a file object is sent from where it stands
            upload = await d(
                d.client.wbd.upload_content(
                    f,
                    title="Song",
                    description="",
                    catalog_id=2,
                    content_type="audio/mpeg",
                    meta={"thumbnail": THUMB, "rating": "0+", "author": "Band"},
                )
            )
        assert [r.body_size for r in ops(emu, "upload_content_file")][-2:] == [PART, 3]
        assert store(emu).content_file(upload.content_id).read_bytes() == b"\x07" * (PART + 3)
        with pytest.raises(UploadError, match="status 3") as exc:
            await d(upload.wait(timeout=30, poll=POLL))
        assert exc.value.failed == {upload.content_id: "status 3"}

    run(scenario)


def test_progress_true_draws_a_tqdm_bar(
    emu: Emulator, run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(b"x" * (PART + 100))

    async def scenario(d: Drive) -> None:
        meta = {"thumbnail": THUMB, "rating": "0+", "author": "Me", "pages": 1}
        await d(
            d.client.wbd.upload_content(
                source, title="Notes", description="", catalog_id=4, meta=meta, progress=True
            )
        )

    run(scenario)
    assert "100%" in capsys.readouterr().err


def test_covers_and_gallery_are_checked_then_sent(emu: Emulator, run: Run, tmp_path: Path) -> None:
    offer = store(emu).add_offer("With cover")
    image = tmp_path / "cover.png"
    image.write_bytes(PNG)

    async def scenario(d: Drive) -> None:
        await d(d.client.wbd.set_offer_cover(offer.id, image))
        assert store(emu).offer(offer.id).thumbnail  # type: ignore[union-attr]
        uris = await d(d.client.wbd.upload_content_cover(JPEG))
        assert len(uris) == 3
        gallery = await d(d.client.wbd.upload_gallery([PNG, JPEG, MP4]))
        assert len(gallery) == 3 and gallery[2].endswith("video.mp4")
        headers = ops(emu, "add_or_update_offer_cover")[-1].headers
        assert headers["x-content-type"] == "image/png" and headers["x-wbd-offerid"] == str(offer.id)
        assert ops(emu, "upload_content_cover")[-1].headers["x-content-type"] == "image/jpeg"

    run(scenario)


# --- client-side checks -------------------------------------------------------------------------
def _doc(tmp: Path, name: str = "book.pdf", data: bytes = b"%PDF-1.7 hello") -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


CHECKS: list[tuple[str, Callable[[Any, Path], Any], str]] = [
    # upload_content (Initialize new content)
    (
        "title > 500",
        lambda w, t: w.upload_content(_doc(t), title="x" * 501, description="", catalog_id=4, meta=DOC_META),
        "body.title",
    ),
    (
        "description > 1000",
        lambda w, t: w.upload_content(
            _doc(t), title="t", description="d" * 1001, catalog_id=4, meta=DOC_META
        ),
        "body.description",
    ),
    (
        "catalog_id enum",
        lambda w, t: w.upload_content(_doc(t), title="t", description="", catalog_id=3, meta=DOC_META),
        "body.catalog_id",
    ),
    (
        "content_type vs catalog_id",
        lambda w, t: w.upload_content(
            _doc(t, "a.mp4", MP4), title="t", description="", catalog_id=4, meta=DOC_META
        ),
        "content_type",
    ),
    (
        "content_type enum",
        lambda w, t: w.upload_content(
            _doc(t), title="t", description="", catalog_id=4, meta=DOC_META, content_type="image/png"
        ),
        "content_type",
    ),
    (
        "unknown extension",
        lambda w, t: w.upload_content(
            _doc(t, "a.qqq"), title="t", description="", catalog_id=4, meta=DOC_META
        ),
        "content_type",
    ),
    (
        "empty file",
        lambda w, t: w.upload_content(
            _doc(t, data=b""), title="t", description="", catalog_id=4, meta=DOC_META
        ),
        "file",
    ),
    ("meta missing", lambda w, t: w.upload_content(_doc(t), title="t", description="", catalog_id=4), "meta"),
    (
        "meta.rating",
        lambda w, t: w.upload_content(
            _doc(t),
            title="t",
            description="",
            catalog_id=4,
            meta={"thumbnail": THUMB, "author": "a", "pages": 1},
        ),
        "body.meta.rating",
    ),
    (
        "meta.thumbnail empty",
        lambda w, t: w.upload_content(
            _doc(t), title="t", description="", catalog_id=4, meta={**DOC_META, "thumbnail": []}
        ),
        "meta.thumbnail",
    ),
    (
        "meta.pages for documents",
        lambda w, t: w.upload_content(
            _doc(t),
            title="t",
            description="",
            catalog_id=4,
            meta={"thumbnail": THUMB, "rating": "0+", "author": "a"},
        ),
        "meta.pages",
    ),
    (
        "meta.author for audio",
        lambda w, t: w.upload_content(
            _doc(t, "a.mp3"),
            title="t",
            description="",
            catalog_id=2,
            meta={"thumbnail": THUMB, "rating": "0+"},
        ),
        "meta.author",
    ),
    # WB's reference: meta.rating an age rating; author and the new names at most 100 characters
    (
        "meta.rating a number",
        lambda w, t: w.upload_content(
            _doc(t), title="t", description="", catalog_id=4, meta={**DOC_META, "rating": 0}
        ),
        "body.meta.rating",
    ),
    (
        "meta.voice > 100",
        lambda w, t: w.upload_content(
            _doc(t), title="t", description="", catalog_id=4, meta={**DOC_META, "voice": "v" * 101}
        ),
        "body.meta.voice",
    ),
    (
        "meta.author > 100",
        lambda w, t: w.upload_content(
            _doc(t), title="t", description="", catalog_id=4, meta={**DOC_META, "author": "a" * 101}
        ),
        "body.meta.author",
    ),
    # offers
    (
        "content item without its content ID",
        lambda w, t: w.create_offer(**{**OFFER, "content": [{"category_id": 4}]}),
        "body.content[0].content",
    ),
    (
        "key_instruction > 5000",
        lambda w, t: w.create_offer(**{**KEY_OFFER, "meta": {"key_instruction": "x" * 5001}}, keys=["k"]),
        "body.meta.key_instruction",
    ),
    (
        "edit: addresses > 1000",
        lambda w, t: w.edit_offer(1, meta={"addresses": "a" * 1001}),
        "body.meta.addresses",
    ),
    ("offer title > 500", lambda w, t: w.create_offer(**{**OFFER, "title": "x" * 501}), "body.title"),
    (
        "offer description > 5000",
        lambda w, t: w.create_offer(**{**OFFER, "description": "x" * 5001}),
        "body.description",
    ),
    ("no tags", lambda w, t: w.create_offer(**{**OFFER, "tags": []}), "body.tags"),
    ("6 tags", lambda w, t: w.create_offer(**{**OFFER, "tags": list("abcdef")}), "body.tags"),
    ("tag > 45", lambda w, t: w.create_offer(**{**OFFER, "tags": ["x" * 46]}), "body.tags[0]"),
    ("age_rating enum", lambda w, t: w.create_offer(**{**OFFER, "age_rating": "21+"}), "body.age_rating"),
    ("section enum", lambda w, t: w.create_offer(**{**OFFER, "section": 7}), "body.section"),
    ("gallery > 8", lambda w, t: w.create_offer(**{**OFFER, "gallery": ["u"] * 9}), "body.gallery"),
    ("content sections need content", lambda w, t: w.create_offer(**{**OFFER, "content": None}), "content"),
    ("key sections need keys", lambda w, t: w.create_offer(**KEY_OFFER, keys=[]), "keys"),
    (
        "key sections need key_instruction",
        lambda w, t: w.create_offer(**{**KEY_OFFER, "meta": {}}, keys=["k"]),
        "meta.key_instruction",
    ),
    (
        "offer key > 200",
        lambda w, t: w.create_offer(**KEY_OFFER, keys=["k"] * 1500 + ["x" * 201]),
        "keys[1500]",
    ),
    ("edit: 6 tags", lambda w, t: w.edit_offer(1, tags=list("abcdef")), "body.tags"),
    ("status enum", lambda w, t: w.update_status(1, 5), "body.status"),
    # keys
    ("key > 200", lambda w, t: w.add_keys(1, ["ok", "x" * 201]), "keys[1]"),
    ("keys as one string", lambda w, t: w.add_keys(1, "ABC-DEF"), "keys"),
    # covers and gallery
    ("cover > 5 MB", lambda w, t: w.set_offer_cover(1, PNG + b"\x00" * (5 * MIB)), "cover"),
    ("cover format", lambda w, t: w.set_offer_cover(1, GIF), "cover"),
    (
        "cover type mismatch",
        lambda w, t: w.upload_content_cover(PNG, content_type="image/jpeg"),
        "content_type",
    ),
    (
        "cover path > 5 MB",
        lambda w, t: w.upload_content_cover(_doc(t, "big.png", PNG + b"\x00" * (5 * MIB))),
        "cover",
    ),
    ("gallery > 8 files", lambda w, t: w.upload_gallery([PNG] * 9), "files"),
    ("gallery format", lambda w, t: w.upload_gallery([PNG, GIF]), "files[1]"),
    ("gallery image > 5 MB", lambda w, t: w.upload_gallery([JPEG + b"\x00" * (5 * MIB)]), "files[0]"),
    # lists
    ("page_size", lambda w, t: w.iter_offers(page_size=0), "page_size"),
    ("offer status filter", lambda w, t: w.iter_offers(status=3), "status"),
    ("redeemed date", lambda w, t: w.iter_redeemed_keys(date_from="yesterday-ish"), "date_from"),
]
OFFER: dict[str, Any] = {
    "title": "Book",
    "description": "A good book.",
    "tags": ["books"],
    "section": 4,
    "catalog_path": [90],
    "age_rating": "16+",
    "price": 849,
    "content": [{"category_id": 4, "content": 1}],
}
KEY_OFFER: dict[str, Any] = {
    **OFFER,
    "section": 3,
    "catalog_path": [80],
    "content": None,
    "meta": {"key_instruction": "Enter the key"},
}


@pytest.mark.parametrize(("rule", "call", "field"), CHECKS, ids=[c[0] for c in CHECKS])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_documented_rules_are_checked_before_sending(
    emu: Emulator,
    make_client: Callable[..., Any],
    tmp_path: Path,
    rule: str,
    call: Callable[[Any, Path], Any],
    field: str,
    is_async: bool,
) -> None:
    client = make_client(async_=is_async)
    with pytest.raises(InvalidRequestError) as exc:
        call(client.wbd, tmp_path)  # refused at once: no coroutine, no request
    assert exc.value.field == field, (rule, exc.value)
    assert emu.requests == []
    if is_async:
        asyncio.run(client.aclose())


# --- lists --------------------------------------------------------------------------------------
def test_offers_and_content_pages_exact_multiples_and_empty(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        assert await d.list(d.client.wbd.iter_offers()) == []
        assert await d.list(d.client.wbd.iter_content()) == []
        ids = store(emu).seed_offers(100)  # two pages of the documented default 50
        store(emu).add_offer("Draft", status=0)
        offers = await d.list(d.client.wbd.iter_offers(status=1, sort="created", sort_dir="asc"))
        assert [o.id for o in offers] == ids
        for i in range(50):
            store(emu).add_content(f"Content {i}", size=10)
        content = await d.list(d.client.wbd.iter_content(category=4))
        assert len({c.id for c in content}) == 50
        takes = [r.query for r in ops(emu, "get_a_list_of_your_offers")]
        assert len(takes) == 3 and "skip=50" in takes[2] and "take=50" in takes[2]
        assert len(ops(emu, "get_a_list_of_your_content")) == 2  # empty, then one full page

    run(scenario)


def test_keys_split_by_1000_listed_redeemed_and_deleted(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        offer = store(emu).add_offer("Game", section=3, catalog_path=[80])
        keys = [f"KEY-{i:05d}" for i in range(2001)]
        await d(d.client.wbd.add_keys(offer.id, keys))
        assert [r.body_size > 0 for r in ops(emu, "add_activation_keys")] == [True] * 3
        count = await d(d.client.wbd.count_keys(offer.id))
        assert count.total == 2001 and count.available == 2001
        small = store(emu).add_offer(
            "Coupons", section=12, catalog_path=[130], keys=[f"C{i}" for i in range(100)]
        )
        listed = await d.list(d.client.wbd.iter_keys(small.id))  # two pages of the documented default 50
        assert [k.value for k in listed] == [f"C{i}" for i in range(100)]
        assert len(ops(emu, "get_the_key_list")) == 2

        assert await d.list(d.client.wbd.iter_redeemed_keys(offer_id=offer.id)) == []
        store(emu).redeem_keys(offer.id, 100)
        redeemed = await d.list(d.client.wbd.iter_redeemed_keys(offer_id=offer.id))
        assert len(redeemed) == 100 and len(ops(emu, "get_redeemed_keys")) == 3
        recent = await d.list(d.client.wbd.iter_redeemed_keys(date_from="2000-01-01T00:00:00Z"))
        assert len(recent) == 100

        ids = [k.id for k in store(emu).keys(offer.id)]
        sold = [k.id for k in store(emu).keys(offer.id) if k.state == "sold"][:1]
        out = await d(d.client.wbd.delete_keys(ids[100:249] + sold))
        assert len(ops(emu, "delete_activation_keys")) == 2  # 150 IDs in requests of 100
        assert len(out.statuses) == 150 and out.partial
        assert list(out.failed) == sold and len(out.deleted) == 149

    run(scenario)


def test_offer_create_with_more_than_1000_keys_edit_price_status(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        keys = [f"K{i}" for i in range(1500)]
        offer = await d(d.client.wbd.create_offer(**KEY_OFFER, keys=keys, status=1))
        assert [r.operation for r in emu.requests] == ["wbd.create_new_offer", "wbd.add_activation_keys"]
        assert (await d(d.client.wbd.count_keys(offer.id))).total == 1500
        await d(d.client.wbd.edit_offer(offer.id, title="Game 2", tags=["games", "keys"]))
        await d(d.client.wbd.update_price(offer.id, 1000, discount_price=900))
        await d(d.client.wbd.update_status(offer.id, 2))
        got = await d(d.client.wbd.get_offer(offer.id))
        assert [(t.value, t.value_translit) for t in got.tags] == [("games", "games"), ("keys", "keys")]
        assert (got.title, got.price, got.discount_price, got.status) == (
            "Game 2",
            1000,
            900,
            2,
        )

    run(scenario)


# --- WB's WBD reference (issue 20: specs/changes/2026-12-06-wbd-current.yaml) -------------------------
def test_offers_with_a_fractional_rating_and_a_null_status_parse_as_models(emu: Emulator, run: Run) -> None:
    rated = store(emu).add_offer("Rated", rating=4.7)
    unset = store(emu).add_offer("No status", status=None, rating=3.25)

    async def scenario(d: Drive) -> None:
        drift.forget()  # drift is reported once per process: start from a clean slate
        with warnings.catch_warnings():
            warnings.simplefilter("error", SchemaDriftWarning)  # any drift fails the test
            offers = {o.id: o for o in await d.list(d.client.wbd.iter_offers())}
            one = await d(d.client.wbd.get_offer(unset.id))
        assert all(isinstance(o, Offer) for o in offers.values())  # typed models, no RawItem
        assert (offers[rated.id].rating, offers[rated.id].status) == (4.7, 1)
        assert (offers[unset.id].rating, offers[unset.id].status) == (3.25, None)
        assert isinstance(one, Offer) and one.status is None

    run(scenario)


def test_keys_and_redeemed_keys_expose_wbs_fields(emu: Emulator, run: Run) -> None:
    st = store(emu)
    offer = st.add_offer("Game", section=3, catalog_path=[80], price=700, keys=["A", "B", "C"])
    sold = st.redeem_keys(offer.id, 1, at="2026-11-01T10:00:00Z")
    gone = [k.id for k in st.keys(offer.id) if k.value == "C"]

    async def scenario(d: Drive) -> None:
        await d(d.client.wbd.delete_keys(gone))
        keys = {k.value: k for k in await d.list(d.client.wbd.iter_keys(offer.id))}
        assert all(isinstance(k, OfferKey) for k in keys.values())
        assert (keys["A"].id, keys["A"].buyed_at, keys["A"].deleted_at) == (
            sold[0],
            "2026-11-01T10:00:00Z",
            None,
        )
        assert keys["B"].buyed_at is None and keys["B"].deleted_at is None and keys["B"].created_at
        assert keys["C"].deleted_at is not None
        (redeemed,) = await d.list(d.client.wbd.iter_redeemed_keys(offer_id=offer.id))
        assert isinstance(redeemed, RedeemedKey)
        assert (
            redeemed.id,
            redeemed.offer_id,
            redeemed.offer_title,
            redeemed.offer_price,
            redeemed.value,
        ) == (
            sold[0],
            offer.id,
            "Game",
            700,
            "A",
        )
        assert redeemed.buyed_at == "2026-11-01T10:00:00Z" and redeemed.created_at

    run(scenario)


def test_deleting_keys_reports_each_key_on_200_and_on_207(emu: Emulator, run: Run) -> None:
    st = store(emu)
    offer = st.add_offer("Coupons", section=12, catalog_path=[130], keys=[f"C{i}" for i in range(5)])
    ids = [k.id for k in st.keys(offer.id)]
    sold = st.redeem_keys(offer.id, 1)  # C0 is sold: WB will not delete it

    async def scenario(d: Drive) -> None:
        all_gone = await d(d.client.wbd.delete_keys(ids[1:3]))
        assert (all_gone.partial, all_gone.deleted, all_gone.failed) == (False, ids[1:3], {})
        assert [r.status for r in ops(emu, "delete_activation_keys")] == [200]
        assert all(isinstance(s, KeyDeleteStatus) for s in all_gone.statuses)

        # a 207 is a partial success: the keys that went, and WB's reason for each one that did not
        mixed = await d(d.client.wbd.delete_keys([sold[0], ids[3], ids[1], 1]))
        assert ops(emu, "delete_activation_keys")[-1].status == 207
        assert mixed.partial and mixed.deleted == [ids[3]]
        assert mixed.failed == {
            sold[0]: "sold: key is sold and cannot be deleted",
            ids[1]: "not_found: key not found or already deleted",
            1: "not_found: key not found or already deleted",
        }

    run(scenario)


def test_wbd_error_bodies_reach_the_error(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        with pytest.raises(NotFoundError) as nf:  # WB declares 404 for an unknown offer
            await d(d.client.wbd.get_offer(999_999))
        body = json.loads(nf.value.body or b"{}")
        assert set(body) == {
            "status",
            "title",
            "detail",
            "code",
            "requestId",
            "origin",
        }  # WB's ProblemDetails
        assert (nf.value.title, nf.value.detail) == ("not found", "offer 999999 not found")
        assert nf.value.request_id == body["requestId"] and len(body["requestId"]) == 32
        assert body["requestId"] in str(nf.value)

        store(emu).revoke("delete_keys")
        with pytest.raises(ForbiddenError) as fb:  # WB's 403: no detail, the title says it
            await d(d.client.wbd.delete_keys([1]))
        assert "detail" not in json.loads(fb.value.body or b"{}")
        assert fb.value.detail is None and "technical support" in (fb.value.title or "")
        assert fb.value.request_id and "technical support" in str(fb.value)

    run(scenario)


def test_upload_init_sends_wbs_meta_fields(emu: Emulator, run: Run, tmp_path: Path) -> None:
    meta = {
        **DOC_META,
        "rating": "18+",
        "original_name": "Отцы и дети",
        "translator": "C. Garnett",
        "bisac": "FIC",
    }

    async def scenario(d: Drive) -> None:
        upload = await d(
            d.client.wbd.upload_content(_doc(tmp_path), title="Book", description="", catalog_id=4, meta=meta)
        )
        assert store(emu).content(upload.content_id).meta == meta  # type: ignore[union-attr]

    run(scenario)


def test_the_gallery_is_paced_at_ten_a_second(emu: Emulator, run: Run) -> None:
    """WB's reference: 10 requests a second (the docs said 50). The client paces by the spec's
    numbers, not the emulator's: with its defaults (WB's real limits) every gallery upload takes
    its slot from a bucket of 10 a second, burst 1."""
    seen: list[tuple[str, Any]] = []

    class Spy(InProcessLimiter):
        def acquire(self, bucket: Bucket, cost: int = 1) -> float:
            seen.append((bucket.name, bucket.rate))
            return super().acquire(bucket, cost)

    async def scenario(d: Drive) -> None:
        assert len(await d(d.client.wbd.upload_gallery([PNG]))) == 1
        assert len(await d(d.client.wbd.upload_gallery([JPEG]))) == 1

    run(scenario, rate_limits=None, limiter=Spy())
    rates = {rate for name, rate in seen if name == "wbd.upload_media_file_for_an_offer"}
    assert rates == {Rate(limit=10, period=1.0, burst=1)}
    assert [r.status for r in ops(emu, "upload_media_file_for_an_offer")] == [200, 200]


def test_the_catalog_nodes_parse_with_their_children(emu: Emulator, run: Run) -> None:
    store(emu).add_offer("Yoga", section=1, catalog_path=[68])

    async def scenario(d: Drive) -> None:
        drift.forget()
        with warnings.catch_warnings():
            warnings.simplefilter("error", SchemaDriftWarning)
            tree = await d(d.client.wbd.catalog())
        video = next(n for n in tree.items if n.id == 1)
        assert isinstance(video, CatalogNode) and video.is_section and video.name == "Video content"
        yoga = next(c for c in video.children if c.id == 68)
        assert isinstance(yoga, CatalogNode)
        assert (yoga.parent_id, yoga.section_id, yoga.path, yoga.total, yoga.is_section) == (
            1,
            1,
            [1],
            1,
            False,
        )

    run(scenario)
