"""client.documents against the emulator: the list walked 50 at a time (WB's maximum) with its
filters, one document downloaded (base64 in JSON, decoded, written whole), many downloaded as ZIPs
of at most 50 each (more are split) or extracted, and the checks that refuse a request before it
leaves. Each test runs with a Client and an AsyncClient."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from wbseller.errors import BadRequestError, InvalidRequestError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.documents import DocumentsStore

from .conftest import Drive, Run

CATS = ["documents"]


def store(emu: Emulator) -> DocumentsStore:
    return emu.state.default.store(DocumentsStore)


def list_calls(emu: Emulator) -> list[tuple[str, str]]:
    return [
        (parse_qs(r.query)["limit"][0], parse_qs(r.query)["offset"][0])
        for r in emu.requests
        if r.operation == "documents.documents_list"
    ]


def test_the_list_is_walked_fifty_at_a_time(emu: Emulator, run: Run) -> None:
    names = store(emu).seed_documents(120, days=60)

    async def scenario(d: Drive) -> None:
        docs = await d.list(d.client.documents.iter_documents())
        assert [x["serviceName"] for x in docs] == names  # newest first (WB's default order)
        assert list_calls(emu) == [("50", "0"), ("50", "50"), ("50", "100"), ("50", "120")]
        upd = await d.list(d.client.documents.iter_documents(category="upd", order="asc"))
        assert [x["serviceName"] for x in upd] == [n for n in reversed(names) if n.startswith("upd-")]
        cats = await d(d.client.documents.categories(locale="ru"))
        assert "upd" in [c["name"] for c in cats]

    run(scenario, categories=CATS)


def test_one_document_is_written_to_a_file(emu: Emulator, run: Run, tmp_path: Path) -> None:
    name = store(emu).seed_documents(1)[0]
    doc = store(emu).document(name)
    assert doc is not None

    async def scenario(d: Drive) -> None:
        path = await d(d.client.documents.download(name, "pdf", tmp_path / "doc.pdf"))
        assert path.read_bytes() == doc.file("pdf")
        assert doc.viewed
        assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]  # no partial file left
        with pytest.raises(BadRequestError):
            await d(d.client.documents.download(name, "xlsx", tmp_path / "doc.xlsx"))
        assert not (tmp_path / "doc.xlsx").exists()

    run(scenario, categories=CATS)


def test_many_documents_split_into_zips_of_fifty(emu: Emulator, run: Run, tmp_path: Path) -> None:
    names = store(emu).seed_documents(60)

    async def scenario(d: Drive) -> None:
        wanted = [(n, "pdf") for n in names] + [(names[0], "pdf")]  # a repeat is asked once
        written = await d(d.client.documents.download_many(wanted, tmp_path))
        assert [p.name for p in written] == ["documents-1.zip", "documents-2.zip"]
        sent = [
            len(r.json()["params"]) for r in emu.requests if r.operation == "documents.documents_download_all"
        ]
        assert sent == [50, 10]
        members = []
        for p in written:
            with zipfile.ZipFile(io.BytesIO(p.read_bytes())) as z:
                members += z.namelist()
        assert sorted(members) == sorted(f"{n}.pdf" for n in names)
        out = tmp_path / "out"
        out.mkdir(exist_ok=True)
        files = await d(
            d.client.documents.download_many(
                [{"serviceName": names[1], "extension": "zip"}], out, extract=True
            )
        )
        assert [f.name for f in files] == [f"{names[1]}.zip"]

    run(scenario, categories=CATS)


def test_bad_requests_are_refused_before_sending(emu: Emulator, run: Run, tmp_path: Path) -> None:
    async def scenario(d: Drive) -> None:
        docs = d.client.documents
        with pytest.raises(InvalidRequestError) as caught:
            docs.iter_documents(page_size=51)
        assert caught.value.field == "page_size" and caught.value.limit == 50
        with pytest.raises(InvalidRequestError):
            docs.iter_documents(sort="size")
        with pytest.raises(InvalidRequestError):
            docs.download_many([], tmp_path)
        with pytest.raises(InvalidRequestError):
            docs.download_many([("a", "pdf")], tmp_path / "missing")
        with pytest.raises(InvalidRequestError):
            docs.download_many(["a.pdf"], tmp_path)
        assert emu.requests == []

    run(scenario, categories=CATS)
