"""Buyers' returns (returns-api): the buyers' claims and the seller's answer to each.

The model, per seller: claims (a UUID each) about a product (nm_id), waiting for the seller's
answer (status 0, in the current list, `actions` listing what the seller may do) or answered
(status 1 rejected / 2 approved, in the archive, no actions left).

- List [GET /api/v1/claims]: `is_archive` picks the current or archived claims, `id` and `nm_id`
  filter, limit (1..200, the spec) and offset; newest first; `total` counts the matches.
- Answer [PATCH /api/v1/claim]: `action` must be one of the claim's `actions` (else 400), an unknown
  or archived claim is a 400; `rejectcustom` needs a `comment` (10..1000 characters, the spec).
  The claim then moves to the archive: approve* → status 2, reject* → status 1.

Seed with `seed_claims(n, archived_every)` or `add_claim(...)`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from ._common import DAY, Good, body_dict, goods, iso_msk, limit_offset, rng
from .base import Ctx, Reply, SellerState, handler

ACTIONS = ("approve1", "approve2", "autorefund1", "reject1", "reject2", "rejectcustom")
WAITING, REJECTED, APPROVED = 0, 1, 2


@dataclass
class Claim:
    id: str
    good: Good
    created: float
    ordered: float
    user_comment: str
    price: float
    srid: str
    claim_type: int = 1
    status: int = WAITING
    status_ex: int = 0
    actions: list[str] = field(default_factory=lambda: list(ACTIONS))
    wb_comment: str | None = None
    updated: float = 0.0
    seller_comment: str | None = None

    @property
    def archived(self) -> bool:
        return self.status != WAITING


class ReturnsStore:
    """One seller's buyer claims. Get it with `ctx.store(ReturnsStore)` or
    `emu.state.default.store(ReturnsStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._claims: dict[str, Claim] = {}
        self._rng = rng(seller, "returns")

    def seed_claims(self, n: int, archived_every: int = 0) -> list[str]:
        """`n` claims over the last days, newest last; every `archived_every`-th already rejected
        (in the archive). Returns their ids."""
        now = self.seller.now()
        out = []
        for i in range(n):
            claim = self.add_claim(created=now - (n - i) * 3600)
            if archived_every and i % archived_every == archived_every - 1:
                claim.status, claim.actions, claim.updated = REJECTED, [], claim.created + 600
            out.append(claim.id)
        return out

    def add_claim(
        self, *, created: float | None = None, good: Good | None = None, actions: list[str] | None = None
    ) -> Claim:
        r = self._rng
        good = good or r.choice(goods(self.seller))
        at = self.seller.now() if created is None else created
        claim = Claim(
            str(uuid.UUID(int=r.getrandbits(128), version=4)),
            good,
            at,
            at - 5 * DAY,
            "Товар пришёл с дефектом",  # noqa: RUF001  (the buyer's words, in Russian as WB shows them)
            float(good.price),
            f"{r.randrange(10**18, 10**19)}.0.0",
            actions=list(actions or ACTIONS),
            updated=at,
        )
        self._claims[claim.id] = claim
        return claim

    def claims(self) -> list[Claim]:
        return list(self._claims.values())

    def claim(self, claim_id: str) -> Claim | None:
        return self._claims.get(claim_id)


def _claim_json(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "claim_type": c.claim_type,
        "status": c.status,
        "status_ex": c.status_ex,
        "nm_id": c.good.nm_id,
        "user_comment": c.user_comment,
        "wb_comment": c.wb_comment,
        "dt": iso_msk(c.created),
        "imt_name": c.good.title,
        "order_dt": iso_msk(c.ordered),
        "dt_update": iso_msk(c.updated),
        "photos": [],
        "video_paths": [],
        "actions": list(c.actions),
        "price": c.price,
        "currency_code": "643",
        "srid": c.srid,
        "origin_id_info": None,
        "delivery_dt": iso_msk(c.ordered + 2 * DAY),
    }


@handler("returns.claims_list")
def claims_list(ctx: Ctx) -> Any:
    archive = ctx.arg("is_archive", "false").lower() == "true"
    wanted_id, nm_id = ctx.arg("id"), ctx.arg("nm_id", None, int)
    found = [
        c
        for c in ctx.store(ReturnsStore).claims()
        if c.archived == archive
        and (wanted_id is None or c.id == wanted_id)
        and (nm_id is None or c.good.nm_id == nm_id)
    ]
    found.sort(key=lambda c: c.created, reverse=True)
    limit, offset = limit_offset(ctx, 50)
    return {"claims": [_claim_json(c) for c in found[offset : offset + limit]], "total": len(found)}


@handler("returns.claim_answer")
def claim_answer(ctx: Ctx) -> Any:
    body = body_dict(ctx)
    claim = ctx.store(ReturnsStore).claim(str(body.get("id")))
    if claim is None or claim.archived:
        raise ctx.refuse(f"claim {body.get('id')!r} not found among the claims awaiting an answer")
    action = body.get("action")
    if action not in claim.actions:
        raise ctx.refuse(
            f"action {action!r} is not available for this claim (available: {', '.join(claim.actions)})"
        )
    comment = body.get("comment")
    if action == "rejectcustom" and not comment:
        raise ctx.refuse("rejectcustom needs a comment (10 to 1000 characters)")
    claim.status = APPROVED if str(action).startswith(("approve", "autorefund")) else REJECTED
    claim.actions = []
    claim.seller_comment = comment
    claim.updated = ctx.now()
    return Reply(200, no_body=True)
