"""The media campaigns emulator (advert-media-api) over HTTP: count, filtered/sorted/paged list,
details, and 204 when nothing is found."""

from __future__ import annotations

import httpx
import pytest

from wbseller.testing import Emulator
from wbseller.testing.handlers.media import MediaStore, page
from wbseller.testing.operations import Operations

# where the spec declares no 400/422 the emulator, like WB, refuses nothing on the contract
REFUSAL = {key: op.refusal_status for key, op in Operations().by_key.items()}


@pytest.fixture
def media(emu: Emulator) -> MediaStore:
    return emu.state.default.store(MediaStore)


def test_count(http: httpx.Client, media: MediaStore) -> None:
    assert http.get("/adv/v1/count").json() == {"all": 0}
    media.seed_media_campaigns(6, types=(2,), statuses=(7, 7, 9))
    assert http.get("/adv/v1/count").json() == {"all": 6, "adverts": {"type": 2, "status": 7, "count": 4}}


def test_list_filters_sorting_and_paging(http: httpx.Client, media: MediaStore) -> None:
    ids = media.seed_media_campaigns(10)  # types 1, 2 alternating; created a day apart
    r = http.get("/adv/v1/adverts")
    assert [c["advertId"] for c in r.json()] == ids[::-1]  # by id, desc
    r = http.get("/adv/v1/adverts", params={"order": "create", "direction": "asc", "limit": 3, "offset": 2})
    assert [c["advertId"] for c in r.json()] == ids[2:5]
    r = http.get("/adv/v1/adverts", params={"type": 1, "direction": "asc"})
    assert [c["advertId"] for c in r.json()] == ids[0::2]
    r = http.get("/adv/v1/adverts", params={"status": 7, "type": 1, "direction": "asc"})
    found = r.json()
    assert [c["status"] for c in found] == [7] and found[0]["type"] == 1
    assert set(found[0]) == {"advertId", "name", "brand", "type", "status", "createTime", "endTime"}
    running = http.get("/adv/v1/adverts", params={"status": 6}).json()
    assert running and all("endTime" not in c for c in running)

    assert http.get("/adv/v1/adverts", params={"offset": 10}).status_code == 204
    assert http.get("/adv/v1/adverts", params={"status": 3}).status_code == 204
    expected = REFUSAL["media.list_of_media_campaigns"] or 200  # an unreadable limit is ignored
    assert http.get("/adv/v1/adverts", params={"limit": "x"}).status_code == expected


def test_list_is_204_without_campaigns(http: httpx.Client, media: MediaStore) -> None:
    r = http.get("/adv/v1/adverts")
    assert r.status_code == 204 and r.content == b""


def test_campaign_details(http: httpx.Client, media: MediaStore) -> None:
    advert_id = media.add_media_campaign(name="Реклама", brand="Plank", type=2, status=11, nms=[123456])
    r = http.get("/adv/v1/advert", params={"id": advert_id})
    assert r.status_code == 200
    body = r.json()
    assert {k: body[k] for k in ("advertId", "name", "brand", "type", "status")} == {
        "advertId": advert_id,
        "name": "Реклама",
        "brand": "Plank",
        "type": 2,
        "status": 11,
    }
    assert body["extended"]["reason"].startswith("Для возобновления показов")
    assert body["extended"]["budget"] == 100_000
    assert body["items"][0]["nms"] == [123456] and body["items"][0]["show_hours"] == [{"From": 7, "To": 23}]

    r = http.get("/adv/v1/advert", params={"id": 1})
    assert r.status_code == 204 and r.content == b""
    # id is required: refused where the spec declares a refusal, else no campaign (204)
    expected = REFUSAL["media.information_about_media_campaign"] or 204
    assert http.get("/adv/v1/advert").status_code == expected


def test_page_helper() -> None:
    items = list(range(5))
    assert page(items, None, None) == items
    assert page(items, 2, 1) == [1, 2]
    assert page(items, 0, -3) == items
    assert page(items, 10, 4) == [4]
