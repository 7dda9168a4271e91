"""Buyers' returns (returns-api): the claims (current or archived) and the seller's answer to one.

for claim in wb.returns.iter_claims():                # up to 200 per request, paged by offset
    print(claim.id, claim.nm_id, claim.actions)
wb.returns.answer_claim(claim.id, "approve1")
wb.returns.answer_claim(claim.id, "rejectcustom", comment="Товар без следов брака")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from wbseller_raw.returns import ops

from ..drift import RawItem
from ..errors import InvalidRequestError
from ..pagination import Pages, PageState
from ..plans import EmitAll, Plan, SyncRunner, call
from ..validation import check_body, check_value
from ._common import as_int, page_size
from ._comms import listed, one, path

if TYPE_CHECKING:
    from wbseller_raw.returns.models import ClaimsListResponseClaimsItem


def _claim_id(value: Any, field: str = "id") -> str:
    try:
        return str(UUID(str(value)))
    except ValueError:
        raise InvalidRequestError(
            f"{field}: {value!r} is not a claim ID (a UUID)", field=field, value=value
        ) from None


class ReturnsOps:
    """Buyers' claims, shared by the sync and async returns services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    def iter_claims(
        self,
        *,
        archive: bool = False,
        claim_id: str | None = None,
        nm_id: int | None = None,
        page_size: int | None = None,
    ) -> Pages[ClaimsListResponseClaimsItem | RawItem]:
        """The claims awaiting an answer (or the `archive`d ones), optionally one claim or one
        product's, newest first; `page_size` a request (at most 200, the default), paged by offset
        until WB's `total` is reached. WB operation: `GET /api/v1/claims` (claims_list)."""
        size = _size(page_size)
        filters: dict[str, Any] = {"is_archive": bool(archive)}
        if claim_id is not None:
            filters["id"] = UUID(_claim_id(claim_id))
        if nm_id is not None:
            check_value(ops.CLAIMS_LIST.param("nm_id"), nm_id, "nm_id")
            filters["nm_id"] = nm_id

        def plan(state: PageState) -> Plan[None]:
            offset = 0
            while True:
                r = yield from call(ops.CLAIMS_LIST, **filters, limit=size, offset=offset)
                page = listed(path(r.parsed, "claims"))
                total = as_int(path(r.parsed, "total"))
                state.pages += 1
                yield EmitAll(page, state)
                offset += len(page)
                if len(page) < size or (total is not None and offset >= total):
                    return

        return Pages(self._runner, plan)

    def answer_claim(self, claim_id: str, action: str, *, comment: str | None = None) -> None:
        """Answer a claim with one of its `actions` (approve1, reject1, rejectcustom…);
        `rejectcustom` takes a `comment` of 10 to 1000 characters, checked here. WB operation:
        `PATCH /api/v1/claim` (claim_answer)."""
        body: dict[str, Any] = {"id": _claim_id(claim_id), "action": action}
        if not isinstance(action, str) or not action:
            raise InvalidRequestError(f"action: {action!r} is not an action", field="action", value=action)
        if comment is not None:
            body["comment"] = comment
        elif action == "rejectcustom":
            raise InvalidRequestError(
                "comment: rejectcustom needs the reason (10 to 1000 characters)", field="comment", limit=10
            )
        check_body(ops.CLAIM_ANSWER, body)
        return self._runner.run(one(call(ops.CLAIM_ANSWER, body=body), lambda r: None))


def _size(value: int | None) -> int:
    return page_size(ops.CLAIMS_LIST, value)
