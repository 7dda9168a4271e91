"""The WBD emulator over HTTP: offers, covers and gallery, activation keys, content upload/download."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers import wbd
from wbseller_emulator.handlers.wbd import WbdStore

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 200
GIF = b"GIF89a" + b"\x00" * 200
MB = 1024 * 1024


def call(c: httpx.Client, method: str, url: str, **kw: Any) -> httpx.Response:
    """One request; WBD's buckets have burst 1, so wait out a 429 as a client would."""
    for _ in range(50):
        r = c.request(method, url, **kw)
        if r.status_code != 429:
            return r
        time.sleep(float(r.headers.get("X-Ratelimit-Retry", "0.01")))
    raise AssertionError(f"{method} {url}: still 429")


# WB's ProblemDetails per status (WB's WBD reference): 403 has no detail, 401/403/404 no errors
PROBLEM = {"status", "title", "detail", "code", "requestId", "origin"}
WB_ERROR_FIELDS = {
    400: PROBLEM | {"errors"},
    401: PROBLEM,
    403: PROBLEM - {"detail"},
    404: PROBLEM,
}


def assert_wbd_error(r: httpx.Response, status: int, fragment: str = "") -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["status"] == status
    assert {"title", "requestId"} <= body.keys() <= WB_ERROR_FIELDS[status], body
    text = body.get("detail") or body["title"]
    assert fragment.lower() in text.lower(), text


def store(emu: Emulator) -> WbdStore:
    return emu.state.default.store(WbdStore)


def offer_body(**over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Sports nutrition",
        "description": "A very good book on sports nutrition.",
        "tags": ["sport", "nutrition"],
        "section": 6,
        "catalog_path": [110],
        "age_rating": "16+",
        "price": 849,
        "discount_price": 799,
        "content": [],
    }
    body.update(over)
    return body


def key_offer(c: httpx.Client, keys: list[str]) -> int:
    r = call(
        c,
        "POST",
        "/api/v1/offers",
        json=offer_body(
            section=3, catalog_path=[80], keys=keys, meta={"key_instruction": "1. Open\n2. Paste"}
        ),
    )
    assert r.status_code == 200, r.text
    return int(r.json()["id"])


# --- offers ------------------------------------------------------------------------------------
def test_catalog_tree_has_sections_and_subcategories(emu: Emulator, wbd_http: httpx.Client) -> None:
    store(emu).add_offer("Yoga", section=1, catalog_path=[68])
    r = call(wbd_http, "GET", "/api/v1/catalog")
    assert r.status_code == 200
    body = r.json()
    sections = {n["id"]: n for n in body["items"]}
    assert body["total"] == len(sections)
    assert set(sections) == {1, 2, 3, 4, 5, 6, 8, 12, 13}
    video = sections[1]
    assert video["name"] == "Video content"
    # WB's node: id, parent_id, section_id, node_order, total, name, img, is_section, path, children
    assert set(video) == {
        "id",
        "parent_id",
        "section_id",
        "node_order",
        "total",
        "name",
        "img",
        "is_section",
        "path",
        "children",
    }
    assert (video["is_section"], video["section_id"], video["path"], video["total"]) == (True, 1, [], 1)
    yoga = next(c for c in video["children"] if c["id"] == 68)
    assert (yoga["is_section"], yoga["parent_id"], yoga["path"], yoga["total"]) == (False, 1, [1], 1)
    assert {65, 66, 67, 68, 69} <= {c["id"] for c in video["children"]}
    assert all(c["parent_id"] == 1 and c["section_id"] == 1 for c in video["children"])


def test_offer_crud(emu: Emulator, wbd_http: httpx.Client) -> None:
    book = store(emu).add_content("Book", catalog_id=4, data=b"epub bytes")
    r = call(
        wbd_http,
        "POST",
        "/api/v1/offers",
        json=offer_body(
            section=4, catalog_path=[90], content=[{"category_id": 4, "content": book.id}], status=1
        ),
    )
    assert r.status_code == 200, r.text
    offer = r.json()
    oid = offer["id"]
    assert offer["status"] == 1 and offer["price"] == 849 and offer["discount_price"] == 799
    # the content item carries the content's own fields too (wbd-offer-content-fields)
    (item,) = offer["content"]
    assert (item["category_id"], item["content"], item["title"]) == (4, book.id, book.title)
    assert item["files"] == [{"contentType": book.content_type, "size": book.size, "uri": book.uri}]
    assert {"description", "meta", "playlist"} <= set(item)
    assert offer["deleted"] is None and offer["adult"] is False

    assert call(wbd_http, "GET", f"/api/v1/offers/{oid}").json() == offer

    r = call(
        wbd_http,
        "POST",
        f"/api/v1/offers/{oid}",
        json={"title": "New name", "tags": ["new"], "age_rating": "18+", "catalog_path": [91]},
    )
    assert r.status_code == 200 and r.content == b""
    got = call(wbd_http, "GET", f"/api/v1/offers/{oid}").json()
    assert [t["value"] for t in got["tags"]] == ["new"]  # tag objects in answers (issue 11)
    assert set(got["tags"][0]) == {"id", "value", "value_translit", "weight"}
    assert (got["title"], got["adult"], got["catalog_path"]) == (
        "New name",
        True,
        [91],
    )

    r = call(
        wbd_http, "POST", f"/api/v1/offer/price/{oid}", json={"regular_price": 1000, "discount_price": 900}
    )
    assert r.status_code == 200
    got = call(wbd_http, "GET", f"/api/v1/offers/{oid}").json()
    assert (got["price"], got["discount_price"]) == (1000, 900)
    # discount omitted (or 0): no discount
    call(wbd_http, "POST", f"/api/v1/offer/price/{oid}", json={"regular_price": 1100})
    assert call(wbd_http, "GET", f"/api/v1/offers/{oid}").json()["discount_price"] is None

    assert call(wbd_http, "POST", f"/api/v1/offer/{oid}", json={"status": 2}).status_code == 200
    assert call(wbd_http, "GET", "/api/v1/offers/author", params={"status": 2}).json()["total"] == 1

    assert call(wbd_http, "POST", f"/api/v1/offer/{oid}", json={"status": 3}).status_code == 200
    got = call(wbd_http, "GET", f"/api/v1/offers/{oid}").json()
    assert got["status"] == 3 and got["deleted"] is not None
    assert call(wbd_http, "GET", "/api/v1/offers/author").json()["total"] == 0
    assert_wbd_error(call(wbd_http, "POST", f"/api/v1/offers/{oid}", json={"title": "x"}), 400, "deleted")
    assert_wbd_error(call(wbd_http, "POST", f"/api/v1/offer/{oid}", json={"status": 1}), 400, "deleted")
    assert_wbd_error(call(wbd_http, "GET", "/api/v1/offers/999999"), 404, "not found")  # WB declares 404
    for method, url, body in (  # the other operations WB declares 404 on, for an unknown offer
        ("POST", "/api/v1/offers/999999", {"title": "x"}),
        ("POST", "/api/v1/keys-api/keys", {"offer_id": 999999, "keys": ["K"]}),
        ("GET", "/api/v1/offer/keys/999999", None),
        ("GET", "/api/v1/offer/keys/999999/list", None),
    ):
        assert_wbd_error(call(wbd_http, method, url, json=body), 404, "offer 999999 not found")
    # an unknown offer where WB declares no 404 is a bad parameter
    assert_wbd_error(call(wbd_http, "POST", "/api/v1/offer/price/999999", json={"regular_price": 1}), 400)


def test_offers_answer_a_fractional_rating_and_a_null_status(emu: Emulator, wbd_http: httpx.Client) -> None:
    rated = store(emu).add_offer("Rated", rating=4.7)
    unset = store(emu).add_offer("No status", status=None)
    got = call(wbd_http, "GET", f"/api/v1/offers/{rated.id}").json()
    assert got["rating"] == 4.7 and got["status"] == 1
    assert call(wbd_http, "GET", f"/api/v1/offers/{unset.id}").json()["status"] is None
    listed = {o["id"]: o for o in call(wbd_http, "GET", "/api/v1/offers/author").json()["items"]}
    assert listed[unset.id]["status"] is None and listed[rated.id]["rating"] == 4.7
    assert listed[rated.id]["tags"][0]["weight"] == 1.0
    assert emu.response_errors == []  # the answers fit the spec (the emulator runs strict)


def test_offer_create_validation_in_wbd_error_shape(emu: Emulator, wbd_http: httpx.Client) -> None:
    post = lambda body: call(wbd_http, "POST", "/api/v1/offers", json=body)  # noqa: E731
    # the schema: required fields, bounds and enums
    assert_wbd_error(post({"title": "x"}), 400, "required")
    assert_wbd_error(post(offer_body(tags=["a"] * 6)), 400)
    assert_wbd_error(post(offer_body(age_rating="21+")), 400)
    assert_wbd_error(post(offer_body(title="x" * 501)), 400)
    # the docs' rules
    assert_wbd_error(post(offer_body(catalog_path=[65])), 400, "not subcategories of section 6")
    assert_wbd_error(post(offer_body(discount_price=900)), 400, "below the price")
    assert_wbd_error(post(offer_body(section=3, catalog_path=[80])), 400, "keys are required")
    assert_wbd_error(post(offer_body(section=3, catalog_path=[80], keys=["K1"])), 400, "key_instruction")
    assert_wbd_error(post(offer_body(keys=["K1"])), 400, "keys are only for")
    assert_wbd_error(post(offer_body(section=4, catalog_path=[90])), 400, "content is required")
    assert_wbd_error(
        post(offer_body(section=4, catalog_path=[90], content=[{"category_id": 4, "content": 1}])),
        400,
        "not found",
    )
    video = store(emu).add_content("Video", catalog_id=1, data=MP4)
    assert_wbd_error(
        post(offer_body(section=4, catalog_path=[90], content=[{"category_id": 1, "content": video.id}])),
        400,
        "does not suit",
    )
    store(emu).revoke("services")
    assert_wbd_error(post(offer_body(section=8, catalog_path=[120])), 400, "technical support")
    store(emu).grant("services")
    assert (
        call(wbd_http, "POST", "/api/v1/offers", json=offer_body(section=8, catalog_path=[120])).status_code
        == 200
    )
    assert len(store(emu).offers()) == 1  # nothing was created by the refused requests


def test_offer_list_skip_take_filters_and_sort(emu: Emulator, wbd_http: httpx.Client) -> None:
    ids = store(emu).seed_offers(25)
    store(emu).add_offer("Special offer", status=0)
    r = call(wbd_http, "GET", "/api/v1/offers/author", params={"skip": 20, "take": 10, "sort_dir": "asc"})
    body = r.json()
    assert body["total"] == 26
    assert [o["id"] for o in body["items"]][:5] == ids[20:25]
    assert len(body["items"]) == 6
    first = call(wbd_http, "GET", "/api/v1/offers/author", params={"take": 3}).json()["items"]
    assert len(first) == 3 and first[0]["title"] == "Special offer"  # default: newest first
    found = call(wbd_http, "GET", "/api/v1/offers/author", params={"search": "SPECIAL"}).json()
    assert found["total"] == 1
    assert call(wbd_http, "GET", "/api/v1/offers/author", params={"status": 0}).json()["total"] == 1
    assert call(wbd_http, "GET", "/api/v1/offers/author", params={"category": 4}).json()["total"] == 26
    assert call(wbd_http, "GET", "/api/v1/offers/author", params={"category": 1}).json()["total"] == 0
    assert_wbd_error(call(wbd_http, "GET", "/api/v1/offers/author", params={"skip": -1}), 400, "skip")


def test_offer_cover_size_and_type_limits(emu: Emulator, wbd_http: httpx.Client) -> None:
    oid = store(emu).add_offer("With a cover").id
    hdr = {"X-Wbd-OfferId": str(oid), "Content-Type": "application/octet-stream"}
    r = call(
        wbd_http, "POST", "/api/v1/offers/thumb", content=PNG, headers={**hdr, "X-Content-Type": "image/png"}
    )
    assert r.status_code == 200, r.text
    thumbs = call(wbd_http, "GET", f"/api/v1/offers/{oid}").json()["thumbnail"]
    assert len(thumbs) == 3 and thumbs[0].endswith("/480.jpg")
    r = call(
        wbd_http,
        "POST",
        "/api/v1/offers/thumb",
        content=JPEG,
        headers={**hdr, "X-Content-Type": "image/jpeg"},
    )
    assert r.status_code == 200
    assert call(wbd_http, "GET", f"/api/v1/offers/{oid}").json()["thumbnail"] != thumbs  # replaced

    big = JPEG + b"\x00" * (5 * MB)
    assert_wbd_error(
        call(
            wbd_http,
            "POST",
            "/api/v1/offers/thumb",
            content=big,
            headers={**hdr, "X-Content-Type": "image/jpeg"},
        ),
        400,
        "5 MB",
    )
    assert_wbd_error(
        call(
            wbd_http,
            "POST",
            "/api/v1/offers/thumb",
            content=GIF,
            headers={**hdr, "X-Content-Type": "image/png"},
        ),
        400,
        "PNG, JPEG",
    )
    assert_wbd_error(
        call(
            wbd_http,
            "POST",
            "/api/v1/offers/thumb",
            content=PNG,
            headers={**hdr, "X-Content-Type": "image/jpeg"},
        ),
        400,
        "does not match",
    )
    assert_wbd_error(
        call(
            wbd_http,
            "POST",
            "/api/v1/offers/thumb",
            content=PNG,
            headers={**hdr, "X-Content-Type": "image/gif"},
        ),
        400,
        "X-Content-Type",
    )
    assert_wbd_error(
        call(
            wbd_http,
            "POST",
            "/api/v1/offers/thumb",
            content=PNG,
            headers={**hdr, "X-Wbd-OfferId": "1", "X-Content-Type": "image/png"},
        ),
        400,
        "not found",
    )


def test_gallery_upload_count_size_and_type_limits(
    emu: Emulator, wbd_http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def upload(files: list[tuple[str, bytes]]) -> httpx.Response:
        return call(
            wbd_http,
            "POST",
            "/api/v1/content/gallery",
            files=[("files", (name, data, "application/octet-stream")) for name, data in files],
        )

    r = upload([("a.png", PNG), ("b.jpg", JPEG), ("c.mp4", MP4)])
    assert r.status_code == 200, r.text
    uris = r.json()["uris"]
    assert len(uris) == 3 and uris[2].endswith(".mp4") and len(set(uris)) == 3
    oid = store(emu).add_offer("Gallery").id
    assert call(wbd_http, "POST", f"/api/v1/offers/{oid}", json={"gallery": uris}).status_code == 200
    assert call(wbd_http, "GET", f"/api/v1/offers/{oid}").json()["gallery"] == uris

    assert upload([("a.png", PNG)] * 8).status_code == 200
    assert_wbd_error(upload([("a.png", PNG)] * 9), 400)
    assert_wbd_error(upload([("big.png", PNG + b"\x00" * (5 * MB))]), 400, "5 MB limit for PNG")
    assert_wbd_error(upload([("a.gif", GIF)]), 400, "unsupported format")
    assert_wbd_error(upload([("empty.png", b"")]), 400)
    assert upload([("v.mp4", MP4 + b"\x00" * (6 * MB))]).status_code == 200  # video may exceed 5 MB
    # the 50 MB video and 100 MB total limits, scaled down: megabytes of multipart cost seconds to validate
    assert (wbd.VIDEO_MAX_BYTES, wbd.GALLERY_MAX_BYTES) == (50 * MB, 100 * MB)
    monkeypatch.setattr(wbd, "VIDEO_MAX_BYTES", 7 * MB)
    monkeypatch.setattr(wbd, "GALLERY_MAX_BYTES", 10 * MB)
    assert_wbd_error(upload([("v.mp4", MP4 + b"\x00" * (7 * MB))]), 400, "7 MB limit for MP4")
    assert_wbd_error(upload([("v.mp4", MP4 + b"\x00" * (6 * MB))] * 2), 400, "together")


def test_the_gallery_takes_one_upload_per_100_ms() -> None:
    """WB's WBD reference: at most 10 requests a second (the docs said 50), no burst given (1). A
    clock standing still: the bucket refills only by advance(), however slowly the machine runs."""
    with Emulator(time_scale=1.0, strict=True) as emu:
        emu.clock.freeze()
        token = emu.make_token(["wbd"])
        with httpx.Client(base_url=emu.base_url, headers={"Authorization": f"Bearer {token}"}) as c:

            def upload() -> int:
                return c.post(
                    "/api/v1/content/gallery", files=[("files", ("a.png", PNG, "image/png"))]
                ).status_code

            assert [upload(), upload()] == [200, 429]
            emu.clock.advance(0.02)  # the old 50 a second's interval: not yet
            assert upload() == 429
            emu.clock.advance(0.08 + 1e-6)  # (0.02 + 0.08 falls short of 0.1 in floats)
            assert upload() == 200
        assert emu.response_errors == [] and emu.handler_errors == []


# --- keys --------------------------------------------------------------------------------------
def test_keys_add_limits_duplicates_count_and_list(emu: Emulator, wbd_http: httpx.Client) -> None:
    oid = key_offer(wbd_http, ["K-1", "K-2", "K-2"])  # the duplicate is skipped
    assert call(wbd_http, "GET", f"/api/v1/offer/keys/{oid}").json() == {
        "total": 2,
        "available": 2,
        "reserved": 0,
        "deleted": 0,
    }

    keys = [f"KEY-{i:04d}" for i in range(1000)]
    r = call(wbd_http, "POST", "/api/v1/keys-api/keys", json={"offer_id": oid, "keys": keys})
    assert r.status_code == 200, r.text
    assert_wbd_error(
        call(wbd_http, "POST", "/api/v1/keys-api/keys", json={"offer_id": oid, "keys": [*keys, "X"]}), 400
    )
    assert_wbd_error(
        call(wbd_http, "POST", "/api/v1/keys-api/keys", json={"offer_id": oid, "keys": ["x" * 201]}), 400
    )
    assert_wbd_error(call(wbd_http, "POST", "/api/v1/keys-api/keys", json={"offer_id": oid, "keys": []}), 400)
    # re-sending keys already on the offer adds nothing (safe to retry)
    call(
        wbd_http, "POST", "/api/v1/keys-api/keys", json={"offer_id": oid, "keys": ["K-1", "KEY-0001", "NEW"]}
    )
    assert call(wbd_http, "GET", f"/api/v1/offer/keys/{oid}").json()["total"] == 1003

    book = store(emu).add_offer("Book").id
    assert_wbd_error(
        call(wbd_http, "POST", "/api/v1/keys-api/keys", json={"offer_id": book, "keys": ["A"]}),
        400,
        "only for sections",
    )

    st = store(emu)
    st.reserve_keys(oid, 2)
    st.redeem_keys(oid, 3)
    st.expire_keys(oid, 1)
    count = call(wbd_http, "GET", f"/api/v1/offer/keys/{oid}").json()
    assert count == {"total": 1003, "available": 997, "reserved": 2, "deleted": 0}

    r = call(wbd_http, "GET", f"/api/v1/offer/keys/{oid}/list", params={"skip": 0, "take": 4})
    page = r.json()
    assert page["total"] == 1003 and [k["value"] for k in page["items"]] == [
        "K-1",
        "K-2",
        "KEY-0000",
        "KEY-0001",
    ]
    # WB's key: id, value, created_at, buyed_at and deleted_at (null until then)
    first, _, sold, _ = page["items"]
    assert set(first) == {"id", "value", "created_at", "buyed_at", "deleted_at"}
    assert first["buyed_at"] is None and first["deleted_at"] is None  # K-1 is reserved, not bought
    assert sold["buyed_at"] is not None  # KEY-0000 was redeemed
    r = call(
        wbd_http,
        "GET",
        f"/api/v1/offer/keys/{oid}/list",
        params={"sold": "false", "reserved": "false", "expired": "false", "take": 2000},
    )
    available = {k.id for k in st.keys(oid) if k.state == "available"}
    assert r.json()["total"] == 997 and {k["id"] for k in r.json()["items"]} == available

    st.revoke("key_list")
    assert_wbd_error(call(wbd_http, "GET", f"/api/v1/offer/keys/{oid}/list"), 403, "technical support")


def test_duplicate_keys_rejected_when_configured(emu: Emulator, wbd_http: httpx.Client) -> None:
    oid = key_offer(wbd_http, ["A"])
    emu.settings["wbd.reject_duplicate_keys"] = True
    try:
        r = call(wbd_http, "POST", "/api/v1/keys-api/keys", json={"offer_id": oid, "keys": ["B", "A"]})
        assert_wbd_error(r, 400, "duplicate")
        assert call(wbd_http, "GET", f"/api/v1/offer/keys/{oid}").json()["total"] == 1
    finally:
        del emu.settings["wbd.reject_duplicate_keys"]


def test_delete_keys_200_207_and_403(emu: Emulator, wbd_http: httpx.Client) -> None:
    oid = key_offer(wbd_http, ["A", "B", "C", "D"])
    a, b, c, d = (k.id for k in store(emu).keys(oid))
    r = call(wbd_http, "DELETE", "/api/v1/keys-api/keys", params=[("ids", a)])
    # WB's per-key outcome: {id, code (a string), message, status (deleted or not)}
    assert r.status_code == 200
    assert r.json()["statuses"] == [{"id": a, "code": "deleted", "message": "deleted", "status": True}]

    store(emu).redeem_keys(oid, 1)  # B is sold
    r = call(
        wbd_http, "DELETE", "/api/v1/keys-api/keys", params=[("ids", b), ("ids", c), ("ids", a), ("ids", 1)]
    )
    assert r.status_code == 207  # some keys were not deleted: the same body, per key
    assert [(s["id"], s["code"], s["status"]) for s in r.json()["statuses"]] == [
        (b, "sold", False),
        (c, "deleted", True),
        (a, "not_found", False),
        (1, "not_found", False),
    ]
    count = call(wbd_http, "GET", f"/api/v1/offer/keys/{oid}").json()
    assert count == {"total": 4, "available": 1, "reserved": 0, "deleted": 2}
    deleted = call(wbd_http, "GET", f"/api/v1/offer/keys/{oid}/list", params={"deleted": "false"}).json()
    assert [k["id"] for k in deleted["items"]] == [b, d]

    store(emu).revoke("delete_keys")
    assert_wbd_error(call(wbd_http, "DELETE", "/api/v1/keys-api/keys", params=[("ids", d)]), 403, "support")


def test_redeemed_keys_filters_and_paging(emu: Emulator, wbd_http: httpx.Client) -> None:
    st = store(emu)
    one = st.add_offer("Game", section=3, meta={"key_instruction": "x"}, keys=[f"G{i}" for i in range(10)])
    two = st.add_offer("Coupon", section=12, meta={"key_instruction": "x"})
    st.add_keys(two.id, n=5)
    st.redeem_keys(one.id, 6, at="2024-06-01T00:00:00Z", every=86400)  # June 1..6
    st.redeem_keys(two.id, 2, at="2024-06-03T12:00:00Z", every=3600)
    assert st.offer(one.id) is not None and st.offer(one.id).purchase_count == 6  # type: ignore[union-attr]

    url = "/api/v1/keys-api/keys/redeemed"
    everything = call(wbd_http, "GET", url).json()
    assert everything["total"] == 8
    dates = [k["buyed_at"] for k in everything["items"]]
    assert dates == sorted(dates)
    # WB's redeemed key: with its offer's title and price
    first = everything["items"][0]
    assert set(first) == {"id", "offer_id", "offer_title", "offer_price", "value", "created_at", "buyed_at"}
    assert (first["offer_id"], first["offer_title"], first["offer_price"], first["value"]) == (
        one.id,
        "Game",
        500,
        "G0",
    )
    r = call(
        wbd_http,
        "GET",
        url,
        params={"offer_id": one.id, "date_from": "2024-06-02T00:00:00Z", "date_to": "2024-06-05T00:00:00Z"},
    ).json()
    assert r["total"] == 3  # June 2 (included), 3, 4; June 5 excluded
    assert [k["buyed_at"][:10] for k in r["items"]] == ["2024-06-02", "2024-06-03", "2024-06-04"]
    r = call(wbd_http, "GET", url, params={"skip": 6, "take": 5}).json()
    assert r["total"] == 8 and len(r["items"]) == 2
    assert call(wbd_http, "GET", url, params={"offer_id": two.id}).json()["total"] == 2
    assert_wbd_error(call(wbd_http, "GET", url, params={"date_from": "yesterday"}), 400)


# --- content -----------------------------------------------------------------------------------
def init_body(sizes: list[int], **over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Fathers and Sons",
        "description": "A very good book.",
        "catalog_id": 4,
        "content_type": "application/epub+zip",
        "parts": [{"index": i + 1, "size": s} for i, s in enumerate(sizes)],
        "meta": {"thumbnail": ["vol6/1/x/480.jpg"], "rating": "16+", "author": "Turgenev", "pages": 300},
    }
    body.update(over)
    return body


def put_part(
    c: httpx.Client, uuid: str, index: int, data: bytes, ctype: str = "application/epub+zip"
) -> httpx.Response:
    return call(
        c,
        "POST",
        "/api/v1/content/upload/chunk",
        content=data,
        headers={
            "Content-Type": "application/octet-stream",
            "X-Content-Type": ctype,
            "X-Wbd-Part-Index": str(index),
            "X-Wbd-Content-Uuid": uuid,
        },
    )


def content_status(c: httpx.Client, cid: int) -> int:
    return int(call(c, "GET", f"/api/v1/content/author/{cid}").json()["status"])


def test_content_lifecycle_upload_processing_download(emu: Emulator, wbd_http: httpx.Client) -> None:
    # virtual hours (real minutes at this scale): only advance() moves the status, however slowly
    # a loaded machine sends the requests in between
    emu.settings.update({"wbd.upload_seconds": 10_000.0, "wbd.processing_seconds": 60_000.0})
    try:
        r = call(
            wbd_http,
            "POST",
            "/api/v1/content/illustration",
            content=PNG,
            headers={"X-Content-Type": "image/png", "Content-Type": "application/octet-stream"},
        )
        assert r.status_code == 200, r.text
        thumbs = r.json()["uris"]
        assert len(thumbs) == 3 and r.json()["userId"] == store(emu).user_id

        data = bytes((i * 7 + i // 4099) % 256 for i in range(2 * MB * 2 + 12345))
        chunks = [data[: 2 * MB], data[2 * MB : 4 * MB], data[4 * MB :]]
        body = init_body([len(x) for x in chunks])
        body["meta"]["thumbnail"] = thumbs
        r = call(wbd_http, "POST", "/api/v1/content/upload/init", json=body)
        assert r.status_code == 200, r.text
        cid, uuid = r.json()["content_id"], r.json()["uuid"]
        assert content_status(wbd_http, cid) == 0

        # parts out of order; a missing part keeps the content unfinished
        r = put_part(wbd_http, uuid, 3, chunks[2])
        assert r.status_code == 200 and r.json()["chunk"] == 3
        uri = r.json()["uri"]
        assert put_part(wbd_http, uuid, 1, chunks[0]).status_code == 200
        emu.clock.advance(1000)
        info = call(wbd_http, "GET", f"/api/v1/content/author/{cid}").json()
        assert info["status"] == 0 and info["files"] is None  # WB's null for no files
        assert_wbd_error(call(wbd_http, "GET", f"/api/v1/content/download/{uri}"), 400, "parts [2]")

        assert put_part(wbd_http, uuid, 2, chunks[1]).status_code == 200
        info = call(wbd_http, "GET", f"/api/v1/content/author/{cid}").json()
        assert info["status"] == 1 and info["uri"] == uri
        assert info["files"] == [{"contentType": info["content_type"], "size": len(data), "uri": uri}]
        assert info["meta"]["thumbnail"] == thumbs and info["category_id"] == 4
        emu.clock.advance(10_000)
        assert content_status(wbd_http, cid) == 4
        emu.clock.advance(60_000)
        assert content_status(wbd_http, cid) == 2
        listed = call(wbd_http, "GET", "/api/v1/content/author", params={"status": 2}).json()
        assert [i["id"] for i in listed["items"]] == [cid] and listed["total"] == 1

        r = call(wbd_http, "GET", f"/api/v1/content/download/{uri}")
        assert r.status_code == 200 and r.content == data
        assert r.headers["content-length"] == str(len(data))
        r = call(wbd_http, "GET", f"/api/v1/content/download/{uri}", headers={"Range": "bytes=100-2097251"})
        assert r.status_code == 206 and r.content == data[100:2097252]
        assert r.headers["content-range"] == f"bytes 100-2097251/{len(data)}"
        assert r.headers["content-length"] == str(2097152)
        # resume from an offset
        r = call(wbd_http, "GET", f"/api/v1/content/download/{uri}", headers={"Range": "bytes=3000000-"})
        assert r.status_code == 206 and r.content == data[3000000:]
        assert r.headers["content-range"] == f"bytes 3000000-{len(data) - 1}/{len(data)}"
        r = call(wbd_http, "GET", f"/api/v1/content/download/{uri}", headers={"Range": "bytes=-10"})
        assert r.status_code == 206 and r.content == data[-10:]
        for bad_range in ("bytes=99999999-", "bytes=10-5", "pages=1-2", "bytes=0-1,5-6"):
            r = call(wbd_http, "GET", f"/api/v1/content/download/{uri}", headers={"Range": bad_range})
            assert_wbd_error(r, 400, "range")
    finally:
        emu.settings.clear()


def test_content_status_advances_over_scaled_time(emu: Emulator, wbd_http: httpx.Client) -> None:
    emu.settings.update({"wbd.upload_seconds": 20.0, "wbd.processing_seconds": 30.0})  # 0.2 s + 0.3 s real
    try:
        r = call(
            wbd_http, "POST", "/api/v1/content/upload/init", json=init_body([5], content_type="text/plain")
        )
        cid, uuid = r.json()["content_id"], r.json()["uuid"]
        assert put_part(wbd_http, uuid, 1, b"hello", "text/plain").status_code == 200
        seen = [content_status(wbd_http, cid)]
        deadline = time.monotonic() + 5
        while seen[-1] != 2 and time.monotonic() < deadline:
            time.sleep(0.005)
            s = content_status(wbd_http, cid)
            if s != seen[-1]:
                seen.append(s)
        # in that order, and done; a loaded machine may poll too rarely to see a short phase
        # (the lifecycle test above sees each one, on advance())
        assert seen[-1] == 2 and seen == [x for x in [1, 4, 2] if x in seen], seen
    finally:
        emu.settings.clear()


def test_content_part_rules_and_resend(emu: Emulator, wbd_http: httpx.Client) -> None:
    r = call(wbd_http, "POST", "/api/v1/content/upload/init", json=init_body([4, 3]))
    cid, uuid = r.json()["content_id"], r.json()["uuid"]
    assert_wbd_error(put_part(wbd_http, uuid, 1, b"abc"), 400, "4 were declared")
    assert_wbd_error(put_part(wbd_http, uuid, 3, b"abc"), 400, "not declared")
    assert_wbd_error(put_part(wbd_http, uuid, 1, b"abcd", "application/pdf"), 400, "does not match")
    assert_wbd_error(put_part(wbd_http, "no-such-uuid", 1, b"abcd"), 400, "not found")
    assert_wbd_error(put_part(wbd_http, uuid, 0, b"abcd"), 400)  # index starts at 1
    assert put_part(wbd_http, uuid, 1, b"abcd", "application/zip").status_code == 200  # EPUB is a ZIP
    assert put_part(wbd_http, uuid, 2, b"efg").status_code == 200
    assert put_part(wbd_http, uuid, 1, b"WXYZ").status_code == 200  # re-sent: replaces the bytes
    uri = call(wbd_http, "GET", f"/api/v1/content/author/{cid}").json()["uri"]
    emu.clock.advance(10_000)
    assert call(wbd_http, "GET", f"/api/v1/content/download/{uri}").content == b"WXYZefg"
    assert store(emu).content_file(cid).read_bytes() == b"WXYZefg"


def test_content_init_validation(
    emu: Emulator, wbd_http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = lambda body: call(wbd_http, "POST", "/api/v1/content/upload/init", json=body)  # noqa: E731
    assert_wbd_error(post(init_body([10], content_type="video/mp4")), 400, "does not suit catalog_id 4")
    assert_wbd_error(post(init_body([2 * MB + 1])), 400)  # a part is at most 2 MB
    assert_wbd_error(post(init_body([])), 400, "parts")
    assert_wbd_error(
        post({**init_body([1, 1]), "parts": [{"index": 1, "size": 1}, {"index": 3, "size": 1}]}),
        400,
        "without gaps",
    )
    assert_wbd_error(post(init_body([10], meta={"thumbnail": ["t"], "rating": "0+"})), 400, "author, pages")
    assert_wbd_error(post(init_body([10], meta=None)), 400, "meta")
    # WB's reference: rating is an age rating; author and the new text fields at most 100 characters
    assert_wbd_error(
        post(init_body([10], meta={"thumbnail": ["t"], "rating": 5, "author": "a", "pages": 1})), 400
    )
    long_voice = {"thumbnail": ["t"], "rating": "0+", "author": "a", "pages": 1, "voice": "v" * 101}
    assert_wbd_error(post(init_body([10], meta=long_voice)), 400)
    new_fields = {
        "bisac": "FIC000000",
        "duration": "01:02:03",
        "original_name": "Отцы и дети",
        "translator": "T",
    }
    assert post(init_body([10], meta={**init_body([10])["meta"], **new_fields})).status_code == 200
    audio = init_body(
        [10], catalog_id=2, content_type="audio/mpeg", meta={"thumbnail": ["t"], "rating": "0+"}
    )
    assert_wbd_error(post(audio), 400, "author")
    assert wbd.CONTENT_MAX_BYTES == 3 * 1024 * MB  # scaled down below: 1537 parts cost seconds to validate
    monkeypatch.setattr(wbd, "CONTENT_MAX_BYTES", 3 * MB)
    assert_wbd_error(post(init_body([2 * MB, MB + 1])), 400, "exceeds the maximum")
    assert post(init_body([2 * MB, MB])).status_code == 200
    assert post(init_body([10])).status_code == 200


def test_content_processing_failure_is_seedable(emu: Emulator, wbd_http: httpx.Client) -> None:
    store(emu).fail_next_contents(1)
    r = call(wbd_http, "POST", "/api/v1/content/upload/init", json=init_body([3], content_type="text/plain"))
    cid, uuid = r.json()["content_id"], r.json()["uuid"]
    put_part(wbd_http, uuid, 1, b"abc", "text/plain")
    emu.clock.advance(10_000)
    assert content_status(wbd_http, cid) == 3
    seeded = store(emu).add_content("Broken", status=3)
    assert content_status(wbd_http, seeded.id) == 3


def test_content_list_edit_delete(emu: Emulator, wbd_http: httpx.Client) -> None:
    st = store(emu)
    ids = [st.add_content(f"Book {i}", catalog_id=4, created=1_700_000_000 + i).id for i in range(12)]
    video = st.add_content("Video", catalog_id=1, data=MP4, status=4)
    url = "/api/v1/content/author"
    page = call(
        wbd_http,
        "GET",
        url,
        params={"category": 4, "sort": "created", "sort_dir": "asc", "skip": 10, "take": 5},
    ).json()
    assert page["total"] == 12 and [i["id"] for i in page["items"]] == ids[10:]
    assert call(wbd_http, "GET", url, params={"status": 4}).json()["items"][0]["id"] == video.id
    assert call(wbd_http, "GET", url, params={"search": "VIDEO"}).json()["total"] == 1
    assert call(wbd_http, "GET", url).json()["total"] == 13

    r = call(
        wbd_http, "POST", f"/api/v1/content/author/{ids[0]}", json={"title": "Renamed", "description": None}
    )
    assert (
        r.status_code == 200
        and r.json()["title"] == "Renamed"
        and r.json()["description"] == "Book 0: description"
    )
    assert_wbd_error(
        call(wbd_http, "POST", f"/api/v1/content/author/{ids[0]}", json={"title": "x" * 501}), 400
    )

    uri = r.json()["uri"]
    assert call(wbd_http, "POST", "/api/v1/content/delete", json={"content_id": ids[0]}).status_code == 200
    # WB declares 404 on these three; Edit content declares none: an unknown ID is a 400 there
    assert_wbd_error(call(wbd_http, "GET", f"/api/v1/content/author/{ids[0]}"), 404, "not found")
    assert_wbd_error(call(wbd_http, "GET", f"/api/v1/content/download/{uri}"), 404, "not found")
    assert_wbd_error(call(wbd_http, "POST", "/api/v1/content/delete", json={"content_id": ids[0]}), 404)
    assert_wbd_error(call(wbd_http, "POST", f"/api/v1/content/author/{ids[0]}", json={"title": "x"}), 400)
    assert call(wbd_http, "GET", url).json()["total"] == 12


@pytest.mark.parametrize("path", ["/api/v1/content/illustration"])
def test_content_cover_limits(emu: Emulator, wbd_http: httpx.Client, path: str) -> None:
    hdr = {"Content-Type": "application/octet-stream"}
    assert (
        call(
            wbd_http, "POST", path, content=JPEG, headers={**hdr, "X-Content-Type": "image/jpeg"}
        ).status_code
        == 200
    )
    assert_wbd_error(
        call(
            wbd_http,
            "POST",
            path,
            content=PNG + b"\x00" * (5 * MB),
            headers={**hdr, "X-Content-Type": "image/png"},
        ),
        400,
        "5 MB",
    )
    assert_wbd_error(
        call(wbd_http, "POST", path, content=MP4, headers={**hdr, "X-Content-Type": "image/png"}),
        400,
        "PNG, JPEG",
    )
