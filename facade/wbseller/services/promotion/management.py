"""Promotion campaign management: launching, pausing, finishing, deleting and renaming a
campaign (WB's GETs that act: never repeated, refused for read-only tokens), and the product
cards of campaigns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from wbseller_raw.promotion import ops

from ...drift import RawItem
from ...errors import InvalidRequestError
from ...operations import removed_error
from ...pagination import batches
from ...plans import call
from ...validation import check_body, check_params, check_value
from .._common import sent
from ._rules import Op, PromotionBase, _each_batch, _ints, _per_campaign

if TYPE_CHECKING:
    from wbseller_raw.promotion.models import AuctionAdvertNmsResult


class ManagementOps(PromotionBase):
    """A campaign's status, name and product cards."""

    def start(self, advert_id: int) -> None:
        """Launch a campaign in status 4 (ready to launch) or 11 (paused): it goes to 9 (active).
        It needs product cards and a budget. WB applies status changes within a minute. WB
        operation: `GET /adv/v0/start` (launch_campaign)."""
        return self._act(ops.LAUNCH_CAMPAIGN, advert_id)

    def pause(self, advert_id: int) -> None:
        """Pause a campaign in status 9 (active): it goes to 11 (paused). WB operation: `GET
        /adv/v0/pause` (pause_campaign)."""
        return self._act(ops.PAUSE_CAMPAIGN, advert_id)

    def stop(self, advert_id: int) -> None:
        """Finish a campaign in status 4, 9 or 11: it goes to 7 (finished), for good. WB
        operation: `GET /adv/v0/stop` (stop_campaign)."""
        return self._act(ops.STOP_CAMPAIGN, advert_id)

    def delete(self, advert_id: int) -> None:
        """Delete a campaign in status 4 (ready to launch): status -1 for 3 to 10 minutes, then
        gone. WB operation: `GET /adv/v0/delete` (delete_campaign)."""
        return self._act(ops.DELETE_CAMPAIGN, advert_id)

    def rename(self, advert_id: int, name: str) -> None:
        """Rename a campaign (the new name at most 100 characters, as WB's description says). WB
        operation: `POST /adv/v0/rename` (rename_campaign)."""
        body = {"advertId": advert_id, "name": name}
        check_body(ops.RENAME_CAMPAIGN, body)
        if isinstance(name, str) and not name.strip():  # the spec gives a maximum only
            raise InvalidRequestError("body.name: must not be empty", field="body.name", value=name, limit=1)
        return self._runner.run(sent(call(ops.RENAME_CAMPAIGN, body=body)))

    def _act(self, op: Op, advert_id: int) -> None:
        check_params(op, {"id": advert_id})
        return self._runner.run(sent(call(op, id=advert_id)))

    # --- product cards ----------------------------------------------------------------------------
    def addable_nms(self, advert_id: int) -> list[int]:
        """Removed: WB removed `GET /adv/v1/auto/getnmtoadd` (cards for a campaign with standard
        bid, a type WB retired) on 2026-02-11. Raises OperationRemovedError (nothing is sent)."""
        op = ops.LIST_OF_PRODUCT_CARDS_FOR_CAMPAIGN_WITH_STANDARD_BID
        raise removed_error(
            op.spec,
            op.operation_id,
            "Campaigns with standard bid are gone: campaign_subjects() and campaign_nms(subject_ids) "
            "list the cards any campaign may take (POST /adv/v2/supplier/nms), change_auction_nms() "
            "adds them.",
        )

    def change_nms(self, advert_id: int, *, add: Sequence[int] = (), delete: Sequence[int] = ()) -> None:
        """Add and remove product cards of a campaign. WB operation: `PATCH /adv/v0/auction/nms`
        (see change_auction_nms), the successor of `POST /adv/v1/auto/updatenm`, which WB removed
        on 2026-02-11."""
        check_value({"type": "integer"}, advert_id, "advert_id")
        op = ops.CHANGING_THE_LIST_OF_PRODUCT_CARDS_IN_CAMPAIGNS_WITH_CUSTOM_BID
        items = [
            {"advert_id": advert_id, "nms": {"add": _ints(add, "add"), "delete": _ints(delete, "delete")}}
        ]
        self._check_items(op, "nms", items)
        return self._runner.run(sent(call(op, body={"nms": items})))

    def change_auction_nms(
        self, changes: Mapping[int, Mapping[str, Sequence[int]]] | Sequence[Mapping[str, Any]]
    ) -> list[AuctionAdvertNmsResult | RawItem]:
        """Add and remove product cards of campaigns (statuses 4, 9, 11): `{advert_id: {"add":
        [nm, ...], "delete": [nm, ...]}}` or WB's `[{"advert_id", "nms": {...}}]`. Any number of
        campaigns, 20 per request; added cards get the current minimum bid. Returns what changed
        (AuctionAdvertNmsResult per campaign: added, deleted). WB operation: `PATCH
        /adv/v0/auction/nms` (changing_the_list_of_product_cards_in_campaigns_with_custom_bid)."""
        op = ops.CHANGING_THE_LIST_OF_PRODUCT_CARDS_IN_CAMPAIGNS_WITH_CUSTOM_BID
        items = _per_campaign(changes, "nms", lambda v: {k: list(nms) for k, nms in v.items()})
        self._check_items(op, "nms", items)
        parts = list(batches(items, op.max_items("nms")))
        return self._runner.run(_each_batch(op, "nms", parts, "nms"))
