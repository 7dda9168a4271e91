"""Documents over HTTP: the list (filters, sort, limit up to 50 and offset), one document and
many as a ZIP (base64 in JSON), viewed flags and WB's 400s."""

from __future__ import annotations

import base64
import io
import zipfile

import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.documents import DocumentsStore

from .conftest import MakeApi

LIST = "/api/v1/documents/list"


@pytest.fixture
def docs(emu: Emulator) -> DocumentsStore:
    return emu.state.default.store(DocumentsStore)


def test_list_pages_newest_first(api: MakeApi, docs: DocumentsStore) -> None:
    names = docs.seed_documents(60, days=30)
    c = api("documents")
    first = c.get(LIST).json()["data"]["documents"]
    assert len(first) == 50  # the default limit, WB's maximum
    assert [d["serviceName"] for d in first] == names[:50]  # seeded newest first
    rest = c.get(LIST, params={"offset": 50, "limit": 50}).json()["data"]["documents"]
    assert [d["serviceName"] for d in rest] == names[50:]
    oldest = c.get(LIST, params={"order": "asc", "limit": 1}).json()["data"]["documents"]
    assert oldest[0]["serviceName"] == names[-1]
    assert c.get(LIST, params={"limit": 51}).status_code == 400  # the spec's maximum


def test_list_filters(api: MakeApi, frozen: Emulator, docs: DocumentsStore) -> None:
    now = frozen.clock.now()
    old = docs.add_document("upd", created=now - 40 * 86400)
    new = docs.add_document("act-income", created=now - 3600)
    c = api("documents")
    got = c.get(LIST, params={"category": "upd"}).json()["data"]["documents"]
    assert [d["serviceName"] for d in got] == [old.service_name]
    created = c.get(LIST, params={"serviceName": new.service_name}).json()["data"]["documents"][0][
        "creationTime"
    ]
    got = c.get(LIST, params={"beginTime": created[:10], "endTime": created[:10]}).json()["data"]["documents"]
    assert [d["serviceName"] for d in got] == [new.service_name]
    by_category = c.get(LIST, params={"sort": "category", "order": "asc"}).json()["data"]["documents"]
    assert [d["category"] for d in by_category] == ["act-income", "upd"]


def test_download_one(api: MakeApi, docs: DocumentsStore) -> None:
    doc = docs.add_document("upd", extensions=["pdf", "zip"])
    c = api("documents")
    data = c.get(
        "/api/v1/documents/download", params={"serviceName": doc.service_name, "extension": "pdf"}
    ).json()
    assert data["data"]["extension"] == "pdf"
    assert base64.b64decode(data["data"]["document"]).startswith(b"%PDF-")
    listed = c.get(LIST).json()["data"]["documents"][0]
    assert listed["viewed"] is True
    r = c.get("/api/v1/documents/download", params={"serviceName": doc.service_name, "extension": "xlsx"})
    assert r.status_code == 400 and "xlsx" in r.json()["detail"]
    r = c.get("/api/v1/documents/download", params={"serviceName": "nope", "extension": "pdf"})
    assert r.status_code == 400


def test_download_many_as_one_zip(api: MakeApi, docs: DocumentsStore) -> None:
    a, b = docs.add_document("upd"), docs.add_document("act-income")
    c = api("documents")
    params = [
        {"serviceName": a.service_name, "extension": "pdf"},
        {"serviceName": b.service_name, "extension": "zip"},
    ]
    data = c.post("/api/v1/documents/download/all", json={"params": params}).json()["data"]
    assert data["fileName"].endswith(".zip") and data["extension"] == "zip"
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(data["document"]))) as z:
        assert sorted(z.namelist()) == sorted([f"{a.service_name}.pdf", f"{b.service_name}.zip"])
        assert z.read(f"{a.service_name}.pdf").startswith(b"%PDF-")
    # one unknown pair refuses the whole request, and nothing is marked viewed by it
    c2 = docs.add_document("upd")
    bad = [{"serviceName": c2.service_name, "extension": "pdf"}, {"serviceName": "nope", "extension": "pdf"}]
    assert c.post("/api/v1/documents/download/all", json={"params": bad}).status_code == 400
    assert docs.document(c2.service_name).viewed is False  # type: ignore[union-attr]
    too_many = [{"serviceName": a.service_name, "extension": "pdf"}] * 51
    assert c.post("/api/v1/documents/download/all", json={"params": too_many}).status_code == 400


def test_categories(api: MakeApi) -> None:
    cats = api("documents").get("/api/v1/documents/categories").json()["data"]["categories"]
    assert {c["name"] for c in cats} >= {"upd", "redeem-notification"} and all(c["title"] for c in cats)
