"""client.returns over HTTP against the emulator, sync and async: the claims paged by offset (200
at most a request), filters, and the answer to a claim with its checks."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from tests.services.conftest import Drive, Run
from wbseller import InvalidRequestError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.returns import APPROVED, REJECTED, ReturnsStore

CATS = ["returns"]


def store(emu: Emulator) -> ReturnsStore:
    return emu.state.default.store(ReturnsStore)


def test_claims_paged_and_answered(emu: Emulator, run: Run) -> None:
    ids = store(emu).seed_claims(5, archived_every=5)  # 4 waiting, 1 archived

    async def scenario(d: Drive) -> None:
        r = d.client.returns
        got = await d.list(r.iter_claims(page_size=3))
        assert sorted(c.id for c in got) == sorted(ids[:4])
        pages = [parse_qs(x.query) for x in emu.requests if x.operation == "returns.claims_list"]
        assert [(p["limit"], p["offset"]) for p in pages] == [(["3"], ["0"]), (["3"], ["3"])]
        archived = await d.list(r.iter_claims(archive=True))
        assert [c.id for c in archived] == [ids[4]]
        assert parse_qs(emu.requests[-1].query)["limit"] == ["200"]  # the documented maximum

        await d(r.answer_claim(ids[0], "approve1"))
        await d(r.answer_claim(ids[1], "rejectcustom", comment="Товар без следов брака"))
        assert store(emu).claim(ids[0]).status == APPROVED
        assert store(emu).claim(ids[1]).status == REJECTED
        nm = store(emu).claim(ids[2]).good.nm_id
        mine = await d.list(r.iter_claims(nm_id=nm))
        assert ids[2] in {c.id for c in mine} and all(c.nm_id == nm for c in mine)
        one = await d.list(r.iter_claims(claim_id=ids[3]))
        assert [c.id for c in one] == [ids[3]]

    run(scenario, categories=CATS)


def test_answer_checks_before_sending(emu: Emulator, run: Run) -> None:
    [cid] = store(emu).seed_claims(1)

    async def scenario(d: Drive) -> None:
        r = d.client.returns
        with pytest.raises(InvalidRequestError) as e:
            await d(r.answer_claim(cid, "rejectcustom"))
        assert e.value.field == "comment"
        with pytest.raises(InvalidRequestError) as e:
            await d(r.answer_claim(cid, "rejectcustom", comment="коротко"))
        assert e.value.field == "body.comment" and e.value.limit == 10
        with pytest.raises(InvalidRequestError) as e:
            await d(r.answer_claim("not-a-uuid", "approve1"))
        assert e.value.field == "id"
        with pytest.raises(InvalidRequestError) as e:
            r.iter_claims(page_size=201)
        assert e.value.limit == 200
        assert [x for x in emu.requests if x.operation == "returns.claim_answer"] == []

    run(scenario, categories=CATS)
