"""Buyers' returns over HTTP: current and archived claims (filters, limit up to 200, offset,
total) and the seller's action on a claim, with WB's 400s."""

from __future__ import annotations

import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.returns import ReturnsStore

from .conftest import MakeApi

CLAIMS = "/api/v1/claims"


@pytest.fixture
def returns(emu: Emulator) -> ReturnsStore:
    return emu.state.default.store(ReturnsStore)


def test_current_and_archived_claims(api: MakeApi, returns: ReturnsStore) -> None:
    ids = returns.seed_claims(9, archived_every=3)
    c = api("returns")
    current = c.get(CLAIMS, params={"is_archive": "false"}).json()
    archived = c.get(CLAIMS, params={"is_archive": "true"}).json()
    assert current["total"] == 6 and archived["total"] == 3
    assert {x["id"] for x in current["claims"]} | {x["id"] for x in archived["claims"]} == set(ids)
    assert all(x["actions"] for x in current["claims"]) and not any(x["actions"] for x in archived["claims"])
    dts = [x["dt"] for x in current["claims"]]
    assert dts == sorted(dts, reverse=True)  # newest first


def test_paging_and_filters(api: MakeApi, returns: ReturnsStore) -> None:
    returns.seed_claims(250)
    c = api("returns")
    first = c.get(CLAIMS, params={"is_archive": "false", "limit": 200}).json()
    rest = c.get(CLAIMS, params={"is_archive": "false", "limit": 200, "offset": 200}).json()
    assert len(first["claims"]) == 200 and len(rest["claims"]) == 50 and first["total"] == 250
    assert not {x["id"] for x in first["claims"]} & {x["id"] for x in rest["claims"]}
    assert c.get(CLAIMS, params={"is_archive": "false", "limit": 201}).status_code == 400
    one = first["claims"][7]
    by_id = c.get(CLAIMS, params={"is_archive": "false", "id": one["id"]}).json()
    assert [x["id"] for x in by_id["claims"]] == [one["id"]]
    by_nm = c.get(CLAIMS, params={"is_archive": "false", "nm_id": one["nm_id"], "limit": 200}).json()
    assert by_nm["total"] >= 1 and all(x["nm_id"] == one["nm_id"] for x in by_nm["claims"])


def test_an_action_answers_the_claim(api: MakeApi, returns: ReturnsStore) -> None:
    approve, reject = returns.seed_claims(2)
    c = api("returns")
    r = c.patch("/api/v1/claim", json={"id": approve, "action": "approve1"})
    assert r.status_code == 200 and r.content == b""
    r = c.patch(
        "/api/v1/claim", json={"id": reject, "action": "rejectcustom", "comment": "Товар без брака, см. фото"}
    )
    assert r.status_code == 200
    archived = {x["id"]: x for x in c.get(CLAIMS, params={"is_archive": "true"}).json()["claims"]}
    assert archived[approve]["status"] == 2 and archived[reject]["status"] == 1
    assert c.get(CLAIMS, params={"is_archive": "false"}).json()["total"] == 0
    # answered: no second answer
    again = c.patch("/api/v1/claim", json={"id": approve, "action": "reject1"})
    assert again.status_code == 400


def test_refused_actions(api: MakeApi, returns: ReturnsStore) -> None:
    claim = returns.add_claim(actions=["approve1", "rejectcustom"])
    c = api("returns")
    r = c.patch("/api/v1/claim", json={"id": claim.id, "action": "autorefund1"})
    assert r.status_code == 400 and "approve1" in r.json()["detail"]
    r = c.patch("/api/v1/claim", json={"id": claim.id, "action": "rejectcustom"})
    assert r.status_code == 400 and "comment" in r.json()["detail"]
    r = c.patch("/api/v1/claim", json={"id": claim.id, "action": "rejectcustom", "comment": "short"})
    assert r.status_code == 400  # 10 to 1000 characters: the spec
    r = c.patch("/api/v1/claim", json={"id": "00000000-0000-4000-8000-000000000000", "action": "approve1"})
    assert r.status_code == 400
    assert returns.claim(claim.id).status == 0  # type: ignore[union-attr]
