"""The media campaigns emulator (advert-media-api) over HTTP: count, filtered/sorted/paged list
(several statuses comma-joined), details, statistics, and 204 when nothing is found."""

from __future__ import annotations

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.media import MediaStore, page
from wbseller_emulator.operations import Operations

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


def test_several_statuses_comma_joined(http: httpx.Client, media: MediaStore) -> None:
    """media-status-csv: WB takes `status=1,3,7` (a string since 2026-07-22)."""
    ids = media.seed_media_campaigns(5, types=(1,), statuses=(1, 3, 7, 9, 6))
    r = http.get("/adv/v1/adverts", params={"status": "1,3,7", "direction": "asc"})
    assert r.status_code == 200 and [c["advertId"] for c in r.json()] == ids[:3]
    expected = REFUSAL["media.list_of_media_campaigns"] or 200  # WB declares no 400 here: ignored
    assert http.get("/adv/v1/adverts", params={"status": "1,x"}).status_code == expected


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
    assert body["items"][0]["url"].startswith("https://www.wildberries.ru/")  # media-item-url

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


def test_statistics_by_dates_interval_and_all_time(http: httpx.Client, media: MediaStore) -> None:
    advert_id = media.add_media_campaign(status=6)
    media.add_media_stat(advert_id, "2026-01-01", 1, views=100, clicks=4, atbs=2, orders=1, expenses=35.1)
    media.add_media_stat(advert_id, "2026-01-01", 32, views=300, clicks=6, atbs=2)
    media.add_media_stat(advert_id, "2026-01-03", 64, views=50, clicks=1)
    body = [
        {"id": advert_id, "dates": ["2026-01-01"]},
        {"id": advert_id, "interval": {"begin": "2026-01-02", "end": "2026-01-05"}},
        {"id": advert_id},
        {"id": 1},
    ]
    r = http.post("/adv/v1/stats", json=body)
    assert r.status_code == 200
    by_dates, by_interval, all_time, unknown = r.json()
    (banner,) = by_dates["stats"]
    assert by_dates["dates"] == ["2026-01-01"]
    assert (banner["views"], banner["clicks"], banner["atbs"], banner["orders"], banner["expenses"]) == (
        400,
        10,
        4,
        1,
        35.1,
    )
    assert (banner["ctr"], banner["cr"], banner["cr1"], banner["cr2"]) == (2.5, 10.0, 40.0, 25)
    assert [a["app_type"] for a in banner["daily_stats"][0]["app_type_stats"]] == [1, 32]
    assert by_interval["interval"] == {"begin": "2026-01-02", "end": "2026-01-05"}
    assert by_interval["stats"][0]["views"] == 50
    assert all_time["stats"][0]["views"] == 450 and set(all_time) == {"stats"}
    assert unknown == {"advert_id": 1, "error": "кампания не найдена"}
    assert http.post("/adv/v1/stats", json=[]).status_code == 400  # 1 to 100 items
    assert http.post("/adv/v1/stats", json=[{"id": advert_id}] * 101).status_code == 400
