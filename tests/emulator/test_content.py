# ruff: noqa: RUF001 (Russian texts as WB prints them)
"""The content emulator (content-api) over HTTP: the catalog and directories, limits and barcodes,
asynchronous card creation into the cards list or the failed cards list, upload/add, update,
merge/separate, trash/recover, the cursor of both lists, filters, tags and media."""

from __future__ import annotations

import gc
import struct
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import (
    NO_VENDOR_CODE,
    TITLE_TOO_LONG,
    TOO_MANY_VARIANTS,
    ContentStore,
    ean13,
)

DELAY = 1000.0  # content.card_delay (virtual seconds); tests move the clock past it explicitly
LIST = "/content/v2/get/cards/list"
TRASH = "/content/v2/get/cards/trash"
ERRORS = "/content/v2/cards/error/list"


@pytest.fixture
def api(emu: Emulator) -> Iterator[httpx.Client]:
    """A Content-token client with the rate limits off: the content bucket allows one request per
    600 virtual ms with burst 1, and these tests send requests back to back."""
    emu.limits.enabled = False
    emu.settings["content.card_delay"] = DELAY  # the emulator's reset restores the settings
    headers = {"Authorization": emu.make_token(["content"])}
    try:
        with httpx.Client(base_url=emu.base_url, headers=headers, timeout=30) as c:
            yield c
    finally:
        emu.limits.enabled = True


@pytest.fixture
def st(emu: Emulator) -> ContentStore:
    return emu.state.default.store(ContentStore)


# --- helpers ---------------------------------------------------------------------------------------------
def ok(r: httpx.Response) -> Any:
    """The `data` of a successful content envelope."""
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["error"] is False and body["errorText"] == "", body
    return body["data"]


def assert_content_error(r: httpx.Response, status: int, fragment: str = "") -> None:
    """WB's content error envelope with the status the spec declares."""
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"data", "error", "errorText", "additionalErrors"}, body
    assert body["error"] is True and body["data"] is None
    assert fragment.lower() in body["errorText"].lower(), body["errorText"]


def variant(vendor_code: str, **over: Any) -> dict[str, Any]:
    v: dict[str, Any] = {
        "vendorCode": vendor_code,
        "brand": "Lumiere",
        "title": f"Блузка {vendor_code}",
        "description": "Блузка из хлопка",
        "dimensions": {"length": 30, "width": 20, "height": 3, "weightBrutto": 0.3},
        "characteristics": [{"id": 14177449, "value": ["белый"]}],
        "sizes": [{"techSize": "S", "wbSize": "42", "price": 1500}],
    }
    v.update(over)
    return v


def upload(api: httpx.Client, cards: list[dict[str, Any]]) -> None:
    r = api.post("/content/v2/cards/upload", json=cards)
    assert ok(r) is None


def processed(emu: Emulator) -> None:
    """Move virtual time past the processing delay of the queued create requests."""
    emu.clock.advance(DELAY + 0.5)


def page(api: httpx.Client, limit: int = 100, path: str = LIST, **settings: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"cursor": {"limit": limit}, **settings}
    if path == LIST:
        body.setdefault("filter", {"withPhoto": -1})
    r = api.post(path, json={"settings": body})
    assert r.status_code == 200, r.text
    return dict(r.json())


def listed(api: httpx.Client, **flt: Any) -> list[int]:
    return [c["nmID"] for c in page(api, filter={"withPhoto": -1, **flt})["cards"]]


def walk(api: httpx.Client, limit: int, path: str = LIST, **settings: Any) -> tuple[list[int], list[int]]:
    """Every page as the docs say (copy the cursor, stop when total < limit): nmIDs and totals."""
    key = "updatedAt" if path == LIST else "trashedAt"
    seen: list[int] = []
    totals: list[int] = []
    cursor: dict[str, Any] = {"limit": limit}
    while True:
        body: dict[str, Any] = {"cursor": cursor, **settings}
        r = api.post(path, json={"settings": body})
        assert r.status_code == 200, r.text
        out = r.json()
        seen += [c["nmID"] for c in out["cards"]]
        totals.append(out["cursor"]["total"])
        assert out["cursor"]["total"] == len(out["cards"])
        if out["cursor"]["total"] < limit:
            return seen, totals
        cursor = {"limit": limit, key: out["cursor"][key], "nmID": out["cursor"]["nmID"]}
        assert out["cards"][-1]["nmID"] == cursor["nmID"]


def batches(
    api: httpx.Client, limit: int = 100, ascending: bool = True, **params: Any
) -> list[dict[str, Any]]:
    """Every batch of the failed cards list as WB serves it today (POST with a cursor,
    cards-error-list-batches), page after page until `next` is false."""
    out: list[dict[str, Any]] = []
    cursor: dict[str, Any] = {"limit": limit}
    while True:
        body = {"cursor": cursor, "order": {"ascending": ascending}}
        data = ok(api.post(ERRORS, params=params, json=body))
        out += data["items"]
        if not data["cursor"]["next"]:
            return out
        cursor = {"limit": limit, **{k: data["cursor"][k] for k in ("updatedAt", "batchUUID")}}


def failed(api: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    """The failed cards, one entry per vendorCode of each batch (oldest batch first), in the
    docs' flat form: vendorCode, errors, object (the subject's name), objectID, updatedAt."""
    return [
        {
            "vendorCode": vc,
            "errors": b["errors"][vc],
            "object": b["subjects"][vc]["name"],
            "objectID": b["subjects"][vc]["id"],
            "updatedAt": b["updatedAt"],
        }
        for b in batches(api, **params)
        for vc in b["vendorCodes"]
    ]


def png(width: int = 900, height: int = 1200) -> bytes:
    """A PNG header with the given resolution (what the emulator reads), plus filler."""
    ihdr = struct.pack(">II", width, height) + b"\x08\x02\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + b"\x00" * 64


# --- catalog and directories -------------------------------------------------------------------------
def test_parent_categories_and_subjects_with_locale_and_filters(api: httpx.Client) -> None:
    parents = ok(api.get("/content/v2/object/parent/all"))
    assert {"id": 306, "name": "Одежда", "isVisible": True} in parents
    assert {"id": 306, "name": "Clothes", "isVisible": True} in ok(
        api.get("/content/v2/object/parent/all", params={"locale": "en"})
    )

    default = ok(api.get("/content/v2/object/all"))
    assert len(default) == 30  # the spec's default limit
    everything = ok(api.get("/content/v2/object/all", params={"limit": 1000}))
    assert len(everything) > 30 and len({s["subjectID"] for s in everything}) == len(everything)
    blouses = next(s for s in everything if s["subjectID"] == 105)
    assert blouses == {"subjectID": 105, "parentID": 306, "subjectName": "Блузки", "parentName": "Одежда"}

    # name search in any language, answer in the locale asked
    socks = ok(api.get("/content/v2/object/all", params={"name": "Socks", "locale": "zh"}))
    assert [(s["subjectName"], s["parentName"]) for s in socks] == [("袜子", "服装")]
    assert [s["subjectID"] for s in ok(api.get("/content/v2/object/all", params={"name": "носк"}))] == [137]

    clothes = ok(api.get("/content/v2/object/all", params={"parentID": 306, "limit": 1000}))
    assert clothes and all(s["parentID"] == 306 for s in clothes)
    two = ok(api.get("/content/v2/object/all", params={"parentID": 306, "limit": 2, "offset": 1}))
    assert two == clothes[1:3]
    assert ok(api.get("/content/v2/object/all", params={"offset": 5000})) == []

    r = api.get("/content/v2/object/all", params={"limit": 1001})
    assert_content_error(r, 400)


def test_subject_characteristics_and_directories(api: httpx.Client) -> None:
    charcs = ok(api.get("/content/v2/object/charcs/105", params={"locale": "en"}))
    color = next(c for c in charcs if c["charcID"] == 14177449)
    assert color["name"] == "Color" and color["subjectName"] == "Blouses" and color["subjectID"] == 105
    assert {"required", "unitName", "maxCount", "popular", "charcType"} <= color.keys()
    length = next(c for c in ok(api.get("/content/v2/object/charcs/105")) if c["charcType"] == 4)
    assert length["unitName"] == "см"
    assert_content_error(api.get("/content/v2/object/charcs/999999"), 400, "999999")

    colors = ok(api.get("/content/v2/directory/colors"))
    assert {"name": "бордовый", "parentName": "красный"} in colors
    assert {"name": "burgundy", "parentName": "red"} in ok(
        api.get("/content/v2/directory/colors", params={"locale": "en"})
    )
    assert "Женский" in ok(api.get("/content/v2/directory/kinds"))
    assert "Women" in ok(api.get("/content/v2/directory/kinds", params={"locale": "en"}))
    countries = ok(api.get("/content/v2/directory/countries"))
    assert {"id": 1, "name": "Россия", "fullName": "Российская Федерация"} in countries
    assert "зима" in ok(api.get("/content/v2/directory/seasons"))
    assert ok(api.get("/content/v2/directory/vat", params={"locale": "ru"}))[-1] == "Без НДС"
    assert "Without VAT" in ok(api.get("/content/v2/directory/vat", params={"locale": "en"}))
    # optional in WB's reference (content-details-2026-08; the docs required it): Russian
    assert ok(api.get("/content/v2/directory/vat"))[-1] == "Без НДС"


def test_hs_codes_search_and_unknown_subject(api: httpx.Client) -> None:
    codes = ok(api.get("/content/v2/directory/tnved", params={"subjectID": 105}))
    assert {"tnved": "6106903000", "isKiz": True} in codes and len(codes) == 3
    found = ok(api.get("/content/v2/directory/tnved", params={"subjectID": 105, "search": 6106903000}))
    assert found == [{"tnved": "6106903000", "isKiz": True}]
    assert ok(api.get("/content/v2/directory/tnved", params={"subjectID": 105, "search": 1234})) == []
    assert_content_error(api.get("/content/v2/directory/tnved", params={"subjectID": 1}), 400, "не найден")
    assert_content_error(api.get("/content/v2/directory/tnved"), 400)  # subjectID is required


# --- limits and barcodes -------------------------------------------------------------------------------
def test_limits_and_barcodes(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    assert ok(api.get("/content/v2/cards/limits")) == {"freeLimits": 10_000, "paidLimits": 0}
    emu.settings["content.paid_limits"] = 500
    assert ok(api.get("/content/v2/cards/limits"))["paidLimits"] == 500
    st.set_limits(free=3)
    assert ok(api.get("/content/v2/cards/limits")) == {"freeLimits": 3, "paidLimits": 500}

    first = ok(api.post("/content/v2/barcodes", json={"count": 5000}))
    second = ok(api.post("/content/v2/barcodes", json={"count": 3}))
    assert len(first) == 5000 and len(second) == 3
    codes = first + second
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == 13 and code.isdigit() and code.startswith("20")
        assert ean13(int(code[:12])) == code  # a valid EAN-13 check digit

    assert_content_error(api.post("/content/v2/barcodes", json={"count": 5001}), 400)
    assert_content_error(api.post("/content/v2/barcodes", json={"count": 0}), 400, "count")


# --- creating cards -----------------------------------------------------------------------------------
def test_created_cards_appear_after_the_delay(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    barcode = ean13(460_000_000_001)
    upload(
        api,
        [
            {"subjectID": 105, "variants": [variant("BL-1"), variant("BL-2", sizes=[{"skus": [barcode]}])]},
            {"subjectID": 515, "variants": [variant("HP-1", sizes=[])]},
        ],
    )
    # queued: neither listed nor failed yet
    assert page(api)["cards"] == [] and failed(api) == [] and st.pending() == 1
    processed(emu)

    cards = page(api)["cards"]
    assert {c["vendorCode"] for c in cards} == {"BL-1", "BL-2", "HP-1"}
    by_code = {c["vendorCode"]: c for c in cards}
    assert by_code["BL-1"]["imtID"] == by_code["BL-2"]["imtID"] != by_code["HP-1"]["imtID"]
    assert len({c["nmID"] for c in cards}) == 3
    bl1 = by_code["BL-1"]
    assert bl1["subjectID"] == 105 and bl1["subjectName"] == "Блузки"
    assert bl1["title"] == "Блузка BL-1" and bl1["brand"] == "Lumiere" and bl1["description"]
    assert bl1["dimensions"] == {"length": 30, "width": 20, "height": 3, "weightBrutto": 0.3, "isValid": True}
    assert bl1["characteristics"] == [{"id": 14177449, "name": "Цвет", "value": ["белый"]}]
    [size] = bl1["sizes"]
    assert size["techSize"] == "S" and size["wbSize"] == "42" and size["chrtID"] > 0
    assert len(size["skus"]) == 1 and len(size["skus"][0]) == 13  # a size without barcodes gets one
    assert by_code["BL-2"]["sizes"][0]["skus"] == [barcode]
    assert by_code["HP-1"]["sizes"][0]["techSize"] == "0"  # no sizes: one size "0"
    assert bl1["createdAt"] == bl1["updatedAt"] and bl1["createdAt"].endswith("Z")
    assert "photos" not in bl1 and bl1["tags"] == [] and bl1["needKiz"] is False
    # created together: one updatedAt, nmID breaks the tie (descending by default)
    assert [c["nmID"] for c in cards] == sorted((c["nmID"] for c in cards), reverse=True)
    settings = {"cursor": {"limit": 1}, "filter": {"withPhoto": -1, "textSearch": "BL-1"}}
    r = api.post(LIST, params={"locale": "en"}, json={"settings": settings})
    assert r.json()["cards"][0]["subjectName"] == "Blouses"
    assert r.json()["cards"][0]["characteristics"][0]["name"] == "Color"
    assert failed(api) == []
    assert st.card(bl1["nmID"]) is not None and st.pending() == 0


def test_created_cards_appear_in_real_time(api: httpx.Client, emu: Emulator) -> None:
    emu.settings["content.card_delay"] = 2.0  # 20 ms real at time_scale 0.01
    upload(api, [{"subjectID": 105, "variants": [variant("RT-1")]}])
    deadline = time.monotonic() + 5
    while not page(api)["cards"]:
        assert time.monotonic() < deadline, "the card never appeared"
        time.sleep(0.01)


def test_invalid_cards_go_to_the_error_list(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    st.add_card(vendor_code="TAKEN")
    upload(
        api,
        [
            {"subjectID": 999_999, "variants": [variant("NOSUBJ")]},
            {
                "subjectID": 105,
                "variants": [
                    variant("GOOD"),
                    variant(""),  # missing vendorCode
                    variant("TAKEN"),  # already used by the seller
                    variant("TWICE"),
                    variant("TWICE"),  # twice in the request
                ],
            },
        ],
    )
    assert failed(api) == []  # the errors show only once the queue is processed
    processed(emu)

    entries = failed(api)
    errors = {e["vendorCode"]: e["errors"] for e in entries}
    assert set(errors) == {"NOSUBJ", "", "TAKEN", "TWICE"}
    assert errors["NOSUBJ"] == ["Предмет с ID 999999 не найден"]
    assert errors[""] == [NO_VENDOR_CODE]
    assert errors["TAKEN"] == ["Артикул продавца TAKEN уже используется"]
    assert errors["TWICE"] == ["Артикул продавца TWICE повторяется в запросе"]
    taken = next(e for e in entries if e["vendorCode"] == "TAKEN")
    assert taken["object"] == "Блузки" and taken["objectID"] == 105 and taken["updatedAt"]
    assert next(e for e in entries if e["vendorCode"] == "NOSUBJ")["object"] == ""
    assert failed(api, locale="en")[1]["object"] == "Blouses"
    # a batch per card (variants array) of the request, each keyed by vendorCode
    assert [b["vendorCodes"] for b in batches(api)] == [["NOSUBJ"], ["", "TAKEN", "TWICE"]]
    assert batches(api)[1]["brands"]["TAKEN"] == {"name": "Lumiere"}
    # the docs' GET: WB removed it (x-wb-removed), so it answers 404 like any path it does not serve
    assert api.get(ERRORS).status_code == 404
    # the POST needs its body (an object): `{}` is the first page with WB's defaults
    assert api.post(ERRORS, json=["NOSUBJ"]).status_code == 400
    assert api.post(ERRORS).status_code == 400
    assert ok(api.post(ERRORS, json={}))["items"] == batches(api)

    # the card is valid: its one good product card was created, alone in its imtID
    [good] = [c for c in page(api)["cards"] if c["vendorCode"] == "GOOD"]
    assert [c.nm_id for c in st.imt(good["imtID"])] == [good["nmID"]]
    assert {c.vendor_code for c in st.cards()} == {"TAKEN", "GOOD"}
    assert [e.vendor_code for e in st.errors()] == ["NOSUBJ", "", "TAKEN", "TWICE"]


def test_error_entry_leaves_when_the_card_is_created(api: httpx.Client, emu: Emulator) -> None:
    upload(
        api,
        [
            {"subjectID": 105, "variants": [variant("NO-TITLE", title="")]},
            {"subjectID": 1, "variants": [variant("X")]},
        ],
    )
    processed(emu)
    assert [e["vendorCode"] for e in failed(api)] == ["X"]
    upload(api, [{"subjectID": 7, "variants": [variant("FIX")]}])
    processed(emu)
    assert [e["vendorCode"] for e in failed(api)] == ["X", "FIX"]
    upload(api, [{"subjectID": 105, "variants": [variant("FIX")]}])  # resent with the error fixed
    processed(emu)
    assert [e["vendorCode"] for e in failed(api)] == ["X"]
    assert {c["vendorCode"] for c in page(api)["cards"]} == {"NO-TITLE", "FIX"}  # an empty title is allowed


def test_spec_bounds_are_400s_and_failed_cards_without_request_validation(
    api: httpx.Client, emu: Emulator
) -> None:
    too_many = [{"subjectID": 105, "variants": [variant(f"V{i}") for i in range(31)]}]
    long_title = [{"subjectID": 105, "variants": [variant("LONG", title="Ж" * 61), variant("FINE")]}]
    # the spec bounds variants (30) and title (60): WB's front answers 400 at once
    assert_content_error(api.post("/content/v2/cards/upload", json=too_many), 400)
    assert_content_error(api.post("/content/v2/cards/upload", json=long_title), 400)
    no_code = [{"subjectID": 105, "variants": [{"sizes": []}]}]
    assert_content_error(api.post("/content/v2/cards/upload", json=no_code), 400, "vendorCode")
    assert_content_error(api.post("/content/v2/cards/upload", json=[]), 400)
    assert_content_error(api.post("/content/v2/cards/upload", json=[{}] * 101), 400)

    # past the front (request validation off), the queue reports them as failed cards
    emu.validate_requests = False
    try:
        upload(api, too_many)
        upload(api, long_title)
        upload(api, [{"subjectID": 105, "variants": [{"sizes": []}]}])
    finally:
        emu.validate_requests = True
    processed(emu)
    errors = {e["vendorCode"]: e["errors"] for e in failed(api)}
    assert len(errors) == 33 and errors["V0"] == errors["V30"] == [TOO_MANY_VARIANTS]
    assert errors["LONG"] == [TITLE_TOO_LONG] and errors[""] == [NO_VENDOR_CODE]
    assert [c["vendorCode"] for c in page(api)["cards"]] == ["FINE"]


def test_card_limit_exceeded_fails_the_card(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    st.set_limits(free=2, paid=1)
    st.add_card(vendor_code="OLD", trashed=True)  # cards in the trash count as created
    upload(api, [{"subjectID": 105, "variants": [variant("A"), variant("B"), variant("C")]}])
    processed(emu)
    assert {c["vendorCode"] for c in page(api)["cards"]} == {"A", "B"}
    [entry] = failed(api)
    assert entry["vendorCode"] == "C" and entry["errors"] == [
        "Превышен лимит на создание карточек товаров: 3"
    ]


def test_upload_add_merges_into_an_existing_card(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    base = st.add_card(subject_id=69, vendor_code="DR-1")
    r = api.post(
        "/content/v2/cards/upload/add",
        json={"imtID": base.imt_id, "cardsToAdd": [variant("DR-2"), variant("DR-3"), variant("DR-1")]},
    )
    assert ok(r) is None
    assert len(page(api)["cards"]) == 1
    processed(emu)
    cards = {c["vendorCode"]: c for c in page(api)["cards"]}
    assert set(cards) == {"DR-1", "DR-2", "DR-3"}
    assert {c["imtID"] for c in cards.values()} == {base.imt_id}
    assert cards["DR-2"]["subjectID"] == 69  # the card's subject
    assert [e["errors"] for e in failed(api)] == [["Артикул продавца DR-1 уже используется"]]

    # an unknown card; and a card already holding 30 product cards
    full = st.seed_cards(30, subject_id=69, variants_per_card=30)
    assert (
        ok(api.post("/content/v2/cards/upload/add", json={"imtID": 1, "cardsToAdd": [variant("NOIMT")]}))
        is None
    )
    r = api.post(
        "/content/v2/cards/upload/add", json={"imtID": full[0].imt_id, "cardsToAdd": [variant("FULL")]}
    )
    assert ok(r) is None
    processed(emu)
    errors = {e["vendorCode"]: e["errors"] for e in failed(api)}
    assert errors["NOIMT"] == ["Карточка товара с imtID 1 не найдена"]
    assert errors["FULL"] == [TOO_MANY_VARIANTS]

    assert_content_error(api.post("/content/v2/cards/upload/add", json={"imtID": 1, "cardsToAdd": []}), 400)
    assert_content_error(api.post("/content/v2/cards/upload/add", json={"cardsToAdd": [variant("Q")]}), 400)


def test_the_error_list_pages_batches_by_its_cursor(api: httpx.Client, emu: Emulator) -> None:
    """cards-error-list-batches: one batch per card of a create request and one per create-with-merge
    or update request; pages of `limit` by (updatedAt, batchUUID), either order, `next` false on the
    last; the cursor of an empty page echoes the request's."""
    upload(api, [{"subjectID": 999_999, "variants": [variant(f"C{i}")]} for i in range(5)])
    processed(emu)
    r = api.post(
        "/content/v2/cards/upload/add", json={"imtID": 1, "cardsToAdd": [variant("A1"), variant("A2")]}
    )
    ok(r)
    processed(emu)
    ok(api.post("/content/v2/cards/update", json=[{"nmID": 1, "vendorCode": "U1", "sizes": []}]))
    everything = batches(api)
    # the five cards of one request: processed together, ordered by batchUUID
    assert sorted(b["vendorCodes"][0] for b in everything[:5]) == [f"C{i}" for i in range(5)]
    assert [b["batchUUID"] for b in everything[:5]] == sorted(b["batchUUID"] for b in everything[:5])
    assert [b["vendorCodes"] for b in everything[5:]] == [["A1", "A2"], ["U1"]]
    assert len({b["batchUUID"] for b in everything}) == 7
    assert everything[-1]["errors"] == {"U1": ["Карточка товара с nmID 1 не найдена"]}

    # pages of 3: 3 + 3 + 1, `next` true, true, false; newest first is the reverse
    pages, cursor = [], {"limit": 3}
    while True:
        data = ok(api.post(ERRORS, json={"cursor": cursor}))  # order omitted: ascending (WB's default)
        pages.append(([b["batchUUID"] for b in data["items"]], data["cursor"]["next"]))
        last = data["items"][-1]
        assert (
            data["cursor"]["updatedAt"] == last["updatedAt"]
            and data["cursor"]["batchUUID"] == last["batchUUID"]
        )
        if not data["cursor"]["next"]:
            break
        cursor = {"limit": 3, "updatedAt": last["updatedAt"], "batchUUID": last["batchUUID"]}
    assert [n for _, n in pages] == [True, True, False]
    assert [u for ids, _ in pages for u in ids] == [b["batchUUID"] for b in everything]
    assert batches(api, limit=2, ascending=False) == everything[::-1]

    # updatedAt alone: after every batch of that time; past the end: an empty last page
    at = everything[-1]["updatedAt"]
    after = ok(api.post(ERRORS, json={"cursor": {"updatedAt": at}}))
    assert after == {"items": [], "cursor": {"updatedAt": at, "next": False}}
    assert ok(api.post(ERRORS, json={"cursor": {"updatedAt": at}, "order": {"ascending": False}}))[
        "items"
    ] == [b for b in everything[::-1] if b["updatedAt"] < at]
    assert_content_error(api.post(ERRORS, json={"cursor": {"limit": 101}}), 400)
    assert_content_error(api.post(ERRORS, json={"cursor": {"limit": 0}}), 400, "limit")
    assert_content_error(api.post(ERRORS, json={"cursor": {"updatedAt": "yesterday"}}), 400, "updatedAt")

    # a batch leaves the list with its last failure
    upload(api, [{"subjectID": 105, "variants": [variant("A1")]}])
    processed(emu)
    assert [b["vendorCodes"] for b in batches(api)][-2:] == [["A2"], ["U1"]]


def test_card_writes_keep_kiz_marked_and_wholesale(
    api: httpx.Client, emu: Emulator, st: ContentStore
) -> None:
    """cards-write-fields-2026-08: the create takes kizMarked and wholesale, the lists show them
    (the trash too); the update takes kizMarked (default false) and keeps wholesale. A chrtID
    or isValid sent with a new card is not taken from it."""
    marked = variant("KIZ", kizMarked=True, wholesale={"enabled": True, "quantum": 12})
    marked["sizes"] = [{"chrtID": 5, "techSize": "S", "skus": ["2000000000022"]}]
    marked["dimensions"] = {**marked["dimensions"], "isValid": True}
    upload(api, [{"subjectID": 105, "variants": [marked, variant("PLAIN")]}])
    processed(emu)
    cards = {c["vendorCode"]: c for c in page(api)["cards"]}
    assert cards["KIZ"]["kizMarked"] is True and cards["KIZ"]["wholesale"] == {"enabled": True, "quantum": 12}
    assert cards["PLAIN"]["kizMarked"] is False and cards["PLAIN"]["wholesale"] == {
        "enabled": False,
        "quantum": 0,
    }
    assert cards["KIZ"]["sizes"][0]["chrtID"] != 5
    card = cards["KIZ"]
    update = {"nmID": card["nmID"], "vendorCode": "KIZ", "sizes": card["sizes"]}
    ok(api.post("/content/v2/cards/update", json=[update]))
    after = page(api, filter={"textSearch": "KIZ"})["cards"][0]
    assert after["kizMarked"] is False and after["wholesale"] == {"enabled": True, "quantum": 12}
    ok(api.post("/content/v2/cards/delete/trash", json={"nmIDs": [card["nmID"]]}))
    trashed = page(api, path=TRASH)["cards"][0]
    assert trashed["kizMarked"] is False and trashed["wholesale"] == {"enabled": True, "quantum": 12}


@pytest.mark.parametrize("path", [LIST, TRASH])
def test_the_lists_take_a_request_without_settings(api: httpx.Client, st: ContentStore, path: str) -> None:
    """cards-lists-2026-08: settings and cursor.limit are optional: the first page, WB's 10 cards,
    newest first."""
    cards = (
        st.seed_cards(12)
        if path == LIST
        else [st.add_card(trashed=True, updated_at=st.seller.now() - i) for i in range(12)]
    )
    newest = sorted(cards, key=lambda c: (c.trashed_us or c.updated_us, c.nm_id), reverse=True)
    for body in ({}, {"settings": {}}, {"settings": {"sort": {"ascending": False}}}):
        r = api.post(path, json=body)
        assert r.status_code == 200, r.text
        assert [c["nmID"] for c in r.json()["cards"]] == [c.nm_id for c in newest[:10]]


# --- updating, merging, trash --------------------------------------------------------------------------
def test_update_replaces_the_card_and_bumps_updated_at(
    api: httpx.Client, emu: Emulator, st: ContentStore
) -> None:
    card = st.add_card(vendor_code="UP-1", title="Старое", description="Описание", sizes=("S", "M"))
    other = st.add_card(vendor_code="UP-2")
    assert page(api)["cards"][0]["nmID"] == other.nm_id  # the newest first
    before = page(api, filter={"withPhoto": -1, "textSearch": "UP-1"})["cards"][0]
    emu.clock.advance(60)

    sizes = [{"chrtID": s["chrtID"], "techSize": s["techSize"], "skus": s["skus"]} for s in before["sizes"]]
    sizes.append({"techSize": "L", "skus": [ean13(460_000_000_100)]})  # a new size, a new barcode
    update = {"nmID": card.nm_id, "vendorCode": "UP-1-NEW", "title": "Новое", "sizes": sizes}
    assert ok(api.post("/content/v2/cards/update", json=[update])) is None

    after = page(api)["cards"][0]  # moved to the front: updatedAt bumped
    assert after["nmID"] == card.nm_id and after["updatedAt"] > before["updatedAt"]
    assert after["createdAt"] == before["createdAt"] and after["imtID"] == before["imtID"]
    assert after["vendorCode"] == "UP-1-NEW" and after["title"] == "Новое"
    # what the update left out is cleared ("the card is overwritten")
    assert after["brand"] == "" and after["description"] == "" and after["characteristics"] == []
    assert after["dimensions"]["isValid"] is False
    assert [s["techSize"] for s in after["sizes"]] == ["S", "M", "L"]
    assert [s["chrtID"] for s in after["sizes"][:2]] == [s["chrtID"] for s in before["sizes"]]
    assert after["sizes"][2]["skus"] == [ean13(460_000_000_100)]
    assert failed(api) == []
    # the old vendorCode is free again
    upload(api, [{"subjectID": 105, "variants": [variant("UP-1")]}])
    processed(emu)
    assert failed(api) == []


def test_update_errors_go_to_the_error_list(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    a = st.add_card(vendor_code="A", sizes=("S",))
    b = st.add_card(vendor_code="B")
    trashed = st.add_card(vendor_code="T", trashed=True)
    skus = a.sizes[0].skus
    updates = [
        {"nmID": 1, "vendorCode": "GHOST", "sizes": []},
        {"nmID": a.nm_id, "vendorCode": "B", "sizes": [{"chrtID": a.sizes[0].chrt_id, "skus": skus}]},
        {"nmID": b.nm_id, "vendorCode": "B-NEW", "sizes": [{"skus": ["2000000000015"]}]},
        {"nmID": trashed.nm_id, "vendorCode": "T", "sizes": []},
    ]
    assert ok(api.post("/content/v2/cards/update", json=updates)) is None
    errors = {e["vendorCode"]: e["errors"] for e in failed(api)}
    assert errors["GHOST"] == ["Карточка товара с nmID 1 не найдена"]
    assert errors["T"] == [f"Карточка товара с nmID {trashed.nm_id} находится в корзине"]
    assert errors["B"] == ["Артикул продавца B уже используется"]
    assert errors["B-NEW"] == [f"Баркоды нельзя удалить или изменить: {b.sizes[0].skus[0]}"]
    assert st.card(a.nm_id) is not None and st.card(a.nm_id).vendor_code == "A"  # type: ignore[union-attr]
    assert st.card(b.nm_id).sizes[0].skus == b.sizes[0].skus  # type: ignore[union-attr]

    # a queued update (content.update_delay) is applied only later
    emu.settings["content.update_delay"] = 500.0  # virtual: 5 s real at this scale, whatever the load
    fix = {
        "nmID": a.nm_id,
        "vendorCode": "A",
        "title": "Поздно",
        "sizes": [{"chrtID": a.sizes[0].chrt_id, "skus": skus}],
    }
    ok(api.post("/content/v2/cards/update", json=[fix]))
    assert st.card(a.nm_id).title != "Поздно"  # type: ignore[union-attr]
    emu.clock.advance(600)
    assert st.card(a.nm_id).title == "Поздно"  # type: ignore[union-attr]
    assert_content_error(api.post("/content/v2/cards/update", json=[{"nmID": 1}]), 400, "vendorCode")


def test_move_nm_merges_and_separates(api: httpx.Client, st: ContentStore) -> None:
    a, b, c = (st.add_card(subject_id=105) for _ in range(3))
    dress = st.add_card(subject_id=69)
    assert len({a.imt_id, b.imt_id, c.imt_id}) == 3

    ok(api.post("/content/v2/cards/moveNm", json={"targetIMT": a.imt_id, "nmIDs": [b.nm_id, c.nm_id]}))
    assert [x.nm_id for x in st.imt(a.imt_id)] == [a.nm_id, b.nm_id, c.nm_id]
    assert sorted(listed(api, imtID=a.imt_id)) == [a.nm_id, b.nm_id, c.nm_id]
    assert page(api)["cards"][0]["nmID"] in {b.nm_id, c.nm_id}  # moved cards were updated

    # separate: the product cards sent together share one new imtID; the rest stay
    old = a.imt_id
    ok(api.post("/content/v2/cards/moveNm", json={"nmIDs": [b.nm_id, c.nm_id]}))
    assert b.imt_id == c.imt_id != old and a.imt_id == old
    ok(api.post("/content/v2/cards/moveNm", json={"nmIDs": [c.nm_id]}))
    assert len({a.imt_id, b.imt_id, c.imt_id}) == 3

    r = api.post("/content/v2/cards/moveNm", json={"targetIMT": a.imt_id, "nmIDs": [dress.nm_id]})
    assert_content_error(r, 400, "одинаковым предметом")
    r = api.post("/content/v2/cards/moveNm", json={"targetIMT": 123, "nmIDs": [b.nm_id]})
    assert_content_error(r, 400, "imtID 123")
    r = api.post("/content/v2/cards/moveNm", json={"targetIMT": a.imt_id, "nmIDs": [42]})
    assert_content_error(r, 400, "42")
    full = st.seed_cards(30, subject_id=105, variants_per_card=30)
    r = api.post("/content/v2/cards/moveNm", json={"targetIMT": full[0].imt_id, "nmIDs": [a.nm_id]})
    assert_content_error(r, 400, "не более 30")
    r = api.post("/content/v2/cards/moveNm", json={"targetIMT": a.imt_id, "nmIDs": list(range(31))})
    assert_content_error(r, 400)  # the spec's maxItems
    assert_content_error(api.post("/content/v2/cards/moveNm", json={"targetIMT": a.imt_id, "nmIDs": []}), 400)


def test_trash_and_recover(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    a = st.add_card(vendor_code="KEEP")
    b = st.add_card(vendor_code="DROP", imt_id=a.imt_id, photos=2)
    ok(api.post("/content/v2/cards/delete/trash", json={"nmIDs": [b.nm_id]}))
    assert listed(api) == [a.nm_id]
    trash = page(api, path=TRASH)
    [card] = trash["cards"]
    assert card["nmID"] == b.nm_id and card["vendorCode"] == "DROP" and card["trashedAt"].endswith("Z")
    assert len(card["photos"]) == 2 and card["subjectName"] == "Блузки"
    assert trash["cursor"] == {"trashedAt": card["trashedAt"], "nmID": b.nm_id, "total": 1}
    in_trash_imt = b.imt_id
    assert in_trash_imt != a.imt_id  # it left its card
    # repeating is harmless; an unknown nmID is a 400 and changes nothing
    ok(api.post("/content/v2/cards/delete/trash", json={"nmIDs": [b.nm_id]}))
    assert_content_error(api.post("/content/v2/cards/delete/trash", json={"nmIDs": [a.nm_id, 5]}), 400, "5")
    assert listed(api) == [a.nm_id]
    # the vendorCode stays taken while the card is in the trash
    upload(api, [{"subjectID": 105, "variants": [variant("DROP")]}])
    processed(emu)
    assert failed(api)[0]["errors"] == ["Артикул продавца DROP уже используется"]
    # recover: back in the list, a new imtID, updatedAt bumped
    emu.clock.advance(10)
    ok(api.post("/content/v2/cards/recover", json={"nmIDs": [b.nm_id]}))
    assert page(api, path=TRASH)["cards"] == []
    first = page(api)["cards"][0]
    assert first["nmID"] == b.nm_id and b.imt_id not in (a.imt_id, in_trash_imt)
    assert_content_error(api.post("/content/v2/cards/recover", json={"nmIDs": [77]}), 400, "77")
    assert_content_error(api.post("/content/v2/cards/recover", json={"nmIDs": []}), 400)
    # edits need the card out of the trash
    ok(api.post("/content/v2/cards/delete/trash", json={"nmIDs": [a.nm_id]}))
    assert_content_error(
        api.post("/content/v2/tag/nomenclature/link", json={"nmID": a.nm_id, "tagsIDs": []}), 400
    )


def test_trash_list_cursor_search_and_purge(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    cards = st.seed_cards(12)
    for c in cards:
        ok(api.post("/content/v2/cards/delete/trash", json={"nmIDs": [c.nm_id]}))
    seen, totals = walk(api, 5, path=TRASH)
    assert seen == [c.nm_id for c in reversed(cards)] and totals == [5, 5, 2]
    seen, _ = walk(api, 4, path=TRASH, sort={"ascending": True})
    assert seen == [c.nm_id for c in cards]
    assert [
        c["nmID"] for c in page(api, path=TRASH, filter={"textSearch": cards[3].vendor_code})["cards"]
    ] == [cards[3].nm_id]
    assert [
        c["nmID"] for c in page(api, path=TRASH, filter={"textSearch": str(cards[4].nm_id)})["cards"]
    ] == [cards[4].nm_id]
    assert_content_error(api.post(TRASH, json={"settings": {"cursor": {"limit": 101}}}), 400)

    # 30 days later the trash is emptied; the limits count them no more
    emu.clock.advance(30 * 86400 + 60)
    assert page(api, path=TRASH)["cards"] == [] and st.card(cards[0].nm_id) is None


# --- the cards list: cursor, filters, sort -------------------------------------------------------------
@pytest.mark.parametrize("n", [0, 3, 10, 12])
@pytest.mark.parametrize("ascending", [False, True])
def test_cursor_returns_every_card_once(api: httpx.Client, st: ContentStore, n: int, ascending: bool) -> None:
    cards = st.seed_cards(n)
    # equal updatedAt values: nmID breaks the tie
    cards += [st.add_card(updated_at=st.seller.now() - 30) for _ in range(3)]
    expected = [c.nm_id for c in sorted(cards, key=lambda c: (c.updated_us, c.nm_id), reverse=not ascending)]
    seen, totals = walk(api, 5, filter={"withPhoto": -1}, sort={"ascending": ascending})
    assert seen == expected
    # a multiple of the limit ends with an empty page (total 0)
    assert totals[-1] == len(expected) % 5
    assert sum(totals) == len(expected)


def test_cursor_bounds_and_bad_requests(api: httpx.Client, st: ContentStore) -> None:
    st.seed_cards(3)
    empty = page(api, filter={"withPhoto": 1})
    assert empty == {"cards": [], "cursor": {"total": 0}}
    last = page(api, limit=3)["cursor"]
    after = api.post(
        LIST, json={"settings": {"cursor": {"limit": 3, **last}, "filter": {"withPhoto": -1}}}
    ).json()
    assert after["cards"] == [] and after["cursor"] == {
        "updatedAt": last["updatedAt"],
        "nmID": last["nmID"],
        "total": 0,
    }

    assert_content_error(api.post(LIST, json={"settings": {"cursor": {"limit": 101}}}), 400, "limit")
    assert_content_error(api.post(LIST, json={"settings": {"cursor": {"limit": 0}}}), 400, "limit")
    assert_content_error(
        api.post(LIST, json={"settings": {"cursor": {"limit": 5}, "filter": {"withPhoto": 3}}}), 400
    )
    bad = {"limit": 5, "updatedAt": "yesterday", "nmID": 1}
    assert_content_error(api.post(LIST, json={"settings": {"cursor": bad}}), 400, "updatedAt")
    assert_content_error(api.post(LIST, json=[]), 400)


def test_cards_list_filters(api: httpx.Client, st: ContentStore) -> None:
    tag = st.add_tag("Sale")
    photo = st.add_card(subject_id=105, brand="Lumiere", title="Блузка шёлковая", photos=3, tag_ids=[tag.id])
    plain = st.add_card(
        subject_id=515, brand="Sonica", title="Наушники беспроводные", barcodes=["2000000000015"]
    )
    fireworks = st.add_card(subject_id=4850, brand="Bang", vendor_code="FW-777")
    everything = {photo.nm_id, plain.nm_id, fireworks.nm_id}

    assert set(listed(api)) == everything
    assert listed(api, withPhoto=1) == [photo.nm_id]
    # cards-with-photo-values: 2 without photos; 0 (WB's default) and -1 every card
    assert set(listed(api, withPhoto=2)) == {plain.nm_id, fireworks.nm_id}
    assert (
        set(listed(api, withPhoto=0))
        == set(listed(api, withPhoto=-1))
        == {photo.nm_id, plain.nm_id, fireworks.nm_id}
    )
    assert listed(api, textSearch="шёлков") == [photo.nm_id]  # title substring
    assert listed(api, textSearch="fw-7") == [fireworks.nm_id]  # vendorCode substring
    assert listed(api, textSearch=str(plain.nm_id)) == [plain.nm_id]
    assert listed(api, textSearch="2000000000015") == [plain.nm_id]  # barcode
    assert listed(api, tagIDs=[tag.id]) == [photo.nm_id]
    assert set(listed(api, objectIDs=[105, 515])) == {photo.nm_id, plain.nm_id}
    assert listed(api, brands=["sonica"]) == [plain.nm_id]
    assert listed(api, imtID=fireworks.imt_id) == [fireworks.nm_id]
    assert set(listed(api, allowedCategoriesOnly=True)) == {photo.nm_id, plain.nm_id}
    assert listed(api, withPhoto=1, brands=["Sonica"]) == []
    card = page(api, filter={"withPhoto": 1})["cards"][0]
    assert len(card["photos"]) == 3 and set(card["photos"][0]) == {
        "big",
        "c246x328",
        "c516x688",
        "square",
        "tm",
    }
    assert card["tags"] == [{"id": tag.id, "color": "D1CFD7", "name": "Sale"}]


def test_cards_updated_while_paging_move(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    cards = st.seed_cards(6)
    first = page(api, limit=3, sort={"ascending": True})
    assert [c["nmID"] for c in first["cards"]] == [c.nm_id for c in cards[:3]]
    # a card already seen is updated: in ascending order it shows up again at the end
    emu.clock.advance(1)
    ok(api.post("/content/v2/tag", json={"name": "x", "color": "FEE0E0"}))
    tag_id = st.tags()[0].id
    ok(api.post("/content/v2/tag/nomenclature/link", json={"nmID": cards[0].nm_id, "tagsIDs": [tag_id]}))
    cursor = {"limit": 3, **{k: first["cursor"][k] for k in ("updatedAt", "nmID")}}
    seen: list[int] = []
    while True:
        out = api.post(LIST, json={"settings": {"cursor": cursor, "sort": {"ascending": True}}}).json()
        seen += [c["nmID"] for c in out["cards"]]
        if out["cursor"]["total"] < 3:
            break
        cursor = {"limit": 3, "updatedAt": out["cursor"]["updatedAt"], "nmID": out["cursor"]["nmID"]}
    assert seen == [c.nm_id for c in cards[3:]] + [cards[0].nm_id]
    # descending (the default): an updated card jumps to the front, behind the reader
    top = page(api, limit=2)
    assert [c["nmID"] for c in top["cards"]] == [cards[0].nm_id, cards[5].nm_id]


# --- tags ----------------------------------------------------------------------------------------------
def test_tags_lifecycle_and_limits(api: httpx.Client, st: ContentStore) -> None:
    assert ok(api.get("/content/v2/tags")) == []
    assert ok(api.post("/content/v2/tag", json={"name": "Sale", "color": "D1CFD7"})) is None
    [tag] = ok(api.get("/content/v2/tags"))
    assert tag == {"id": tag["id"], "color": "D1CFD7", "name": "Sale"}

    assert_content_error(
        api.post("/content/v2/tag", json={"name": "sale", "color": "FEE0E0"}), 400, "уже существует"
    )
    assert_content_error(api.post("/content/v2/tag", json={"name": "X" * 16, "color": "FEE0E0"}), 400)
    assert_content_error(api.post("/content/v2/tag", json={"name": "Red", "color": "FF0000"}), 400)
    assert_content_error(api.post("/content/v2/tag", json={"color": "FEE0E0"}), 400, "name")

    for i in range(2, 16):
        ok(api.post("/content/v2/tag", json={"name": f"Tag {i}", "color": "ECDAFF"}))
    r = api.post("/content/v2/tag", json={"name": "Sixteenth", "color": "ECDAFF"})
    assert_content_error(r, 400, "не более 15")
    assert len(st.tags()) == 15

    ok(api.patch(f"/content/v2/tag/{tag['id']}", json={"name": "Распродажа"}))
    ok(api.patch(f"/content/v2/tag/{tag['id']}", json={"color": "DEF1DD"}))
    assert ok(api.get("/content/v2/tags"))[0] == {"id": tag["id"], "color": "DEF1DD", "name": "Распродажа"}
    assert_content_error(api.patch("/content/v2/tag/999", json={"name": "Y"}), 400, "999")
    assert_content_error(
        api.patch(f"/content/v2/tag/{tag['id']}", json={"name": "Tag 2"}), 400, "уже существует"
    )

    ok(api.delete(f"/content/v2/tag/{tag['id']}"))
    assert len(ok(api.get("/content/v2/tags"))) == 14
    assert_content_error(api.delete(f"/content/v2/tag/{tag['id']}"), 400)
    ok(api.post("/content/v2/tag", json={"name": "Again", "color": "FFECC7"}))  # room for one more


def test_tag_links_replace_the_set(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    card = st.add_card()
    tags = [st.add_tag(f"t{i}") for i in range(16)]
    link = "/content/v2/tag/nomenclature/link"
    before = page(api)["cards"][0]["updatedAt"]
    emu.clock.advance(1)
    ok(api.post(link, json={"nmID": card.nm_id, "tagsIDs": [tags[0].id, tags[1].id]}))
    got = page(api)["cards"][0]
    assert [t["id"] for t in got["tags"]] == [tags[0].id, tags[1].id] and got["updatedAt"] > before
    ok(api.post(link, json={"nmID": card.nm_id, "tagsIDs": [tags[2].id]}))  # replaces, not adds
    assert [t["id"] for t in page(api)["cards"][0]["tags"]] == [tags[2].id]
    assert {t.id for t in st.tags()} >= {tags[0].id}  # unlinking does not delete the tag

    assert_content_error(api.post(link, json={"nmID": card.nm_id, "tagsIDs": [t.id for t in tags]}), 400)
    assert_content_error(api.post(link, json={"nmID": card.nm_id, "tagsIDs": [9999]}), 400, "9999")
    assert_content_error(api.post(link, json={"nmID": 1, "tagsIDs": []}), 400, "nmID 1")
    ok(api.delete(f"/content/v2/tag/{tags[2].id}"))  # a deleted tag leaves the cards
    assert page(api)["cards"][0]["tags"] == []
    ok(api.post(link, json={"nmID": card.nm_id, "tagsIDs": []}))


# --- media ---------------------------------------------------------------------------------------------
def test_media_links_replace_the_photos(api: httpx.Client, st: ContentStore) -> None:
    card = st.add_card()
    save = "/content/v3/media/save"
    links = [f"https://cdn.example.com/{i}.jpg" for i in range(3)]
    assert ok(api.post(save, json={"nmId": card.nm_id, "data": links})) == {}
    assert listed(api, withPhoto=1) == [card.nm_id]
    assert len(page(api)["cards"][0]["photos"]) == 3
    # the new set replaces the old one (send old and new to add)
    ok(api.post(save, json={"nmId": card.nm_id, "data": [links[0], "https://cdn.example.com/v.mp4"]}))
    got = page(api)["cards"][0]
    assert len(got["photos"]) == 1 and got["video"].endswith(".mp4")
    assert st.card(card.nm_id).photos == [links[0]]  # type: ignore[union-attr]

    # a file that does not meet the requirements: 200, but nothing is uploaded
    for bad in (
        [links[0], "https://cdn.example.com/doc.pdf"],
        ["ftp://cdn.example.com/1.jpg"],
        [f"https://cdn.example.com/{i}.png" for i in range(31)],
        ["https://cdn.example.com/a.mp4", "https://cdn.example.com/b.mov"],
    ):
        assert ok(api.post(save, json={"nmId": card.nm_id, "data": bad})) == {}
        assert st.card(card.nm_id).photos == [links[0]]  # type: ignore[union-attr]
    assert_content_error(api.post(save, json={"nmId": 1, "data": links}), 400, "nmID 1")
    assert_content_error(api.post(save, json={"nmId": card.nm_id, "data": []}), 400)
    assert_content_error(api.post(save, json={"nmId": card.nm_id, "data": links * 11}), 400)  # > 31


def test_media_file_upload(api: httpx.Client, st: ContentStore) -> None:
    card = st.add_card()
    url = "/content/v3/media/file"

    def send(data: bytes, number: int = 1, nm: int = card.nm_id, name: str = "uploadfile") -> httpx.Response:
        headers = {"X-Nm-Id": str(nm), "X-Photo-Number": str(number)}
        return api.post(url, headers=headers, files={name: ("f.bin", data, "application/octet-stream")})

    assert ok(send(png())) == {}
    assert ok(send(png(), number=5)) == {}  # beyond the count: appended
    assert ok(send(png(1000, 1000), number=1)) == {}  # replaces photo 1
    assert st.card(card.nm_id).photos == ["file:f.bin", "file:f.bin"]  # type: ignore[union-attr]
    assert listed(api, withPhoto=1) == [card.nm_id]
    assert ok(send(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)) == {}
    assert page(api)["cards"][0]["video"]

    assert_content_error(send(png(600, 800)), 400, "700×900")
    assert_content_error(send(b"%PDF-1.4" + b"\x00" * 64), 400, "формат")
    assert_content_error(send(png(), nm=1), 400, "nmID 1")
    assert_content_error(send(png(), name="file"), 400, "uploadfile")
    assert_content_error(send(png(), number=31), 400)  # the spec bounds X-Photo-Number
    full = st.add_card(photos=30)
    assert ok(send(png(), number=30, nm=full.nm_id)) == {}  # replacing the 30th is fine
    assert len(st.card(full.nm_id).photos) == 30  # type: ignore[union-attr]
    api_emu = st.seller.emulator
    api_emu.validate_requests = False  # past the spec's bound on X-Photo-Number: the 30-image rule
    try:
        assert_content_error(send(png(), number=31, nm=full.nm_id), 400, "не более 30")
    finally:
        api_emu.validate_requests = True


# --- scale ---------------------------------------------------------------------------------------------
def test_seed_100k_and_page_through_them_fast(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    # the cyclic GC stays off while CPU time is measured: a full collection over 100,000 cards
    # landed inside one request's timing (2.4 s) in a CI run, which says nothing of the paging
    gc.disable()
    try:
        _seed_and_page(api, emu, st)
    finally:
        gc.enable()


def _seed_and_page(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    started = time.process_time()  # CPU time: other processes on the machine do not count
    cards = st.seed_cards(100_000, with_photos=True)
    assert time.process_time() - started < 5
    assert len({c.nm_id for c in cards}) == 100_000 and len(st.cards()) == 100_000

    # every card once through the store's pages: O(log n + page) each
    started = time.process_time()
    seen = 0
    after = None
    while True:
        chunk = st.list_page(100, after)
        seen += len(chunk)
        if len(chunk) < 100:
            break
        after = (chunk[-1].updated_us, chunk[-1].nm_id)
    assert seen == 100_000 and time.process_time() - started < 3

    # over HTTP, a page deep in the list costs what the first one does (strict answer validation
    # is off here: openapi-core takes seconds on 100 cards; the shapes are checked by the other tests)
    emu.strict = False
    try:
        timings = []
        middle = cards[50_000]
        for cursor in ({"limit": 100}, {"limit": 100, "updatedAt": middle.updated_at, "nmID": middle.nm_id}):
            started = time.process_time()  # the client's and the emulator's thread: CPU time
            out = api.post(LIST, json={"settings": {"cursor": cursor, "filter": {"withPhoto": -1}}}).json()
            timings.append(time.process_time() - started)
            assert out["cursor"]["total"] == 100
        assert out["cards"][0]["nmID"] == cards[49_999].nm_id
        assert max(timings) < 1.0
    finally:
        emu.strict = True


def test_sellers_are_isolated(api: httpx.Client, emu: Emulator, st: ContentStore) -> None:
    st.seed_cards(2)
    other = emu.make_token(["content"], seller_id=emu.new_seller_id())
    r = api.post(LIST, headers={"Authorization": other}, json={"settings": {"cursor": {"limit": 10}}})
    assert r.status_code == 200 and r.json()["cards"] == []
    promo = emu.make_token(["promotion"])  # the cards list also takes a Promotion token
    r = api.post(LIST, headers={"Authorization": promo}, json={"settings": {"cursor": {"limit": 10}}})
    assert r.status_code == 200 and len(r.json()["cards"]) == 2
