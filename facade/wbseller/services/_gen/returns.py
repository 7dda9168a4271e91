"""client.returns and AsyncClient.returns: ReturnsService and AsyncReturnsService. Written by
scripts/async_types.py from services/returns.py: do not edit (`make generate` rewrites it, `make
check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.returns import ReturnsOps

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller_raw.returns.client import AuthenticatedClient as ReturnsRaw
    from wbseller_raw.returns.models import ClaimsListResponseClaimsItem


class ReturnsService(ReturnsOps, Service):
    """client.returns: Buyers' returns (returns-api): the claims (current or archived) and the
    seller's answer to one."""

    raw: ReturnsRaw


class AsyncReturnsService(ReturnsOps, AsyncService):
    """AsyncClient.returns: the operations of ReturnsService, awaitable / async-iterable."""

    raw: ReturnsRaw

    if TYPE_CHECKING:

        def iter_claims(
            self,
            *,
            archive: bool = False,
            claim_id: str | None = None,
            nm_id: int | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[ClaimsListResponseClaimsItem | RawItem]:
            """The claims awaiting an answer (or the `archive`d ones), optionally one claim or one
            product's, newest first; `page_size` a request (at most 200, the default), paged by offset
            until WB's `total` is reached. WB operation: `GET /api/v1/claims` (claims_list).
            """

        def answer_claim(  # type: ignore[override]
            self, claim_id: str, action: str, *, comment: str | None = None
        ) -> Awaitable[None]:
            """Answer a claim with one of its `actions` (approve1, reject1, rejectcustom…);
            `rejectcustom` takes a `comment` of 10 to 1000 characters, checked here. WB operation:
            `PATCH /api/v1/claim` (claim_answer).
            """
