"""Promotion search clusters: the clusters of cards in campaigns, their bids (set in kopecks,
confirmed by WB's answer) and minus phrases; fixed phrases, which WB removed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from wbseller_raw.promotion import ops

from ...drift import RawItem
from ...errors import InvalidRequestError, UploadError
from ...operations import removed_error
from ...pagination import batches
from ...plans import Plan, call
from ...validation import check_body, check_value
from .._common import as_int, attr, sent
from ._rules import MAX_BID_KOPECKS, Op, Pairs, PromotionBase, _each_batch, _list, _pairs

if TYPE_CHECKING:
    from wbseller_raw.promotion.models import ClusterBid, ClusterBidV1Success, ClusterListItem

_NO_FIXED_PHRASES = (
    "Fixed phrases are gone; search clusters replace phrase targeting: clusters(), "
    "set_cluster_bids() and set_minus_phrases(advert_id, nm_id, phrases)."
)


def _pairs_plan(op: Op, pairs: list[tuple[int, int]], keys: tuple[str, str], answer: str) -> Plan[list[Any]]:
    """POST `op` with {items: [{keys[0]: advert_id, keys[1]: nm_id}]}, 100 per request; the
    `answer` list of every answer."""
    items = [{keys[0]: a, keys[1]: n} for a, n in pairs]
    parts = list(batches(items, op.max_items("items")))
    out: list[Any] = []
    for part in parts:
        r = yield from call(op, body={"items": part})
        out.extend(_list(getattr(r.parsed, answer, None)))
    return out


class ClustersOps(PromotionBase):
    """Search clusters, their bids and minus phrases."""

    def clusters(self, pairs: Pairs) -> list[ClusterListItem | RawItem]:
        """The search clusters of cards in campaigns (ClusterListItem: advert_id, nm_id,
        norm_queries with `active`, `excluded` (the minus phrases) and `archived`), for
        `{advert_id: [nm_id, ...]}` or `[(advert_id, nm_id), ...]`; any number, 100 per request.
        WB operation: `POST /adv/v0/normquery/list` (active_and_inactive_search_cluster_lists)."""
        op = ops.ACTIVE_AND_INACTIVE_SEARCH_CLUSTER_LISTS
        return self._runner.run(_pairs_plan(op, _pairs(pairs), ("advertId", "nmId"), "items"))

    def cluster_bids(self, pairs: Pairs) -> list[ClusterBid | RawItem]:
        """The search clusters that have a bid (ClusterBid: advert_id, nm_id, norm_query,
        bid_kopecks, bid in roubles, currency) of cards in campaigns; 100 pairs per request. WB
        operation: `POST /adv/v0/normquery/get-bids` (list_of_search_clusters_bids)."""
        op = ops.LIST_OF_SEARCH_CLUSTERS_BIDS
        return self._runner.run(_pairs_plan(op, _pairs(pairs), ("advert_id", "nm_id"), "bids"))

    def set_cluster_bids(
        self,
        bids_kopecks: Mapping[tuple[int, int], Mapping[str, int]] | Sequence[Mapping[str, Any]],
        *,
        max_bid_kopecks: int = MAX_BID_KOPECKS,
    ) -> list[ClusterBidV1Success | RawItem]:
        """Set search-cluster bids in kopecks (cpm campaigns with manual bid): `{(advert_id,
        nm_id): {norm_query: kopecks}}` or WB's `[{"advertId", "nmId", "normQuery",
        "bidMinorUnits"}]`; 100 per request. WB answers which it set and which it refused (with a
        reason): a refused or unconfirmed bid raises UploadError (`.failed`, keyed (advert_id,
        nm_id, norm_query)) after every request went out once. Returns WB's `success` items.
        Personal and Service tokens only. WB operation: `POST /api/advert/v1/normquery/bids`
        (set_bids_for_search_clusters_in_account_currency)."""
        op = ops.SET_BIDS_FOR_SEARCH_CLUSTERS_IN_ACCOUNT_CURRENCY
        items: list[dict[str, Any]]
        if isinstance(bids_kopecks, Mapping):
            items = [
                {"advertId": a, "nmId": n, "normQuery": q, "bidMinorUnits": b}
                for (a, n), queries in bids_kopecks.items()
                for q, b in queries.items()
            ]
        else:
            items = [dict(b) for b in bids_kopecks]
        for i, item in enumerate(items):
            check_value(op.schema("bids.[]"), item, f"bids[{i}]", op)
            check_value(
                {"type": "integer", "minimum": 1, "maximum": max_bid_kopecks},
                item["bidMinorUnits"],
                f"bids[{i}].bidMinorUnits",
            )
        parts = list(batches(items, op.max_items("bids")))

        def plan() -> Plan[list[Any]]:
            ok: list[Any] = []
            failed: dict[Any, str] = {}
            for part in parts:
                r = yield from call(op, body={"bids": part})
                done: dict[Any, Any] = {
                    (as_int(attr(s, "advert_id")), as_int(attr(s, "nm_id")), attr(s, "norm_query")): s
                    for s in _list(getattr(r.parsed, "success", None))
                }
                why: dict[Any, Any] = {
                    (as_int(attr(f, "advert_id")), as_int(attr(f, "nm_id")), attr(f, "norm_query")): attr(
                        f, "reason"
                    )
                    for f in _list(getattr(r.parsed, "failed", None))
                }
                for item in part:
                    key = (item["advertId"], item["nmId"], item["normQuery"])
                    if key in done:
                        ok.append(done[key])
                    else:
                        failed[key] = why.get(key) or f"not in WB's answer (HTTP {r.status_code})"
            if failed:
                raise UploadError(
                    f"{len(failed)} of {len(items)} search-cluster bids not set: "
                    + "; ".join(f"{k}: {v}" for k, v in list(failed.items())[:10]),
                    failed=failed,
                )
            return ok

        return self._runner.run(plan())

    def delete_cluster_bids(
        self, targets: Mapping[tuple[int, int], Iterable[str]] | Sequence[Mapping[str, Any]]
    ) -> None:
        """Remove search-cluster bids: `{(advert_id, nm_id): [norm_query, ...]}` or WB's
        `[{"advert_id", "nm_id", "norm_query"}]`; 100 per request. WB operation: `DELETE
        /adv/v0/normquery/bids` (delete_bids_from_search_clusters)."""
        op = ops.DELETE_BIDS_FROM_SEARCH_CLUSTERS
        if isinstance(targets, Mapping):
            items = [
                {"advert_id": a, "nm_id": n, "norm_query": q} for (a, n), qs in targets.items() for q in qs
            ]
        else:
            items = [dict(t) for t in targets]
        for i, item in enumerate(items):
            check_value(op.schema("bids.[]"), item, f"bids[{i}]", op)
        parts = list(batches(items, op.max_items("bids")))
        return self._runner.run(_each_batch(op, "bids", parts, None))

    def minus_phrases(self, pairs: Pairs) -> dict[tuple[int, int], list[str]]:
        """The minus phrases of cards in campaigns: {(advert_id, nm_id): [phrase, ...]}; 100 pairs
        per request. WB operation: `POST /adv/v0/normquery/get-minus` (list_of_campaign_minus_phrases)."""
        op = ops.LIST_OF_CAMPAIGN_MINUS_PHRASES

        def plan() -> Plan[dict[tuple[int, int], list[str]]]:
            items = yield from _pairs_plan(op, _pairs(pairs), ("advert_id", "nm_id"), "items")
            return {
                (as_int(attr(i, "advert_id")) or 0, as_int(attr(i, "nm_id")) or 0): [
                    str(q) for q in _list(attr(i, "norm_queries"))
                ]
                for i in items
            }

        return self._runner.run(plan())

    def set_minus_phrases(self, advert_id: int, nm_id: Any, phrases: Sequence[str] | None = None) -> None:
        """Replace the minus phrases of a card in a campaign (at most 1000; an empty list removes
        them all). The list replaces the previous one, so a longer list is refused rather than
        split. WB operation: `POST /adv/v0/normquery/set-minus` (setting_and_deleting_minus_phrases),
        the successor of the four minus-phrase methods WB removed (`/adv/v1/search/set-phrase`,
        `set-strong`, `set-excluded`, `/adv/v1/auto/set-excluded`): minus phrases belong to a card
        of a campaign now, hence `nm_id`."""
        op = ops.SETTING_AND_DELETING_MINUS_PHRASES
        if phrases is None or not isinstance(nm_id, int) or isinstance(nm_id, bool):
            raise InvalidRequestError(
                "set_minus_phrases(advert_id, nm_id, phrases): WB's minus phrases are per campaign and "
                "card since 2026-02-11 (POST /adv/v0/normquery/set-minus); give the card's nm_id",
                field="nm_id",
                value=nm_id,
                limit="an nmID",
            )
        queries = list(phrases)
        body = {"advert_id": advert_id, "nm_id": nm_id, "norm_queries": queries}
        limit = op.max_items("norm_queries")
        if len(queries) > limit:
            raise InvalidRequestError(
                f"norm_queries: {len(queries)} phrases; at most {limit} per card (the list "
                "replaces the previous one, so it cannot be sent in parts)",
                field="norm_queries",
                value=len(queries),
                limit=limit,
            )
        check_body(op, body)
        return self._runner.run(sent(call(op, body=body)))

    # --- fixed phrases and standard-bid cards: removed by WB, nothing replaces them ------------------
    def set_fixed_phrases(self, advert_id: int, phrases: Sequence[str]) -> list[str]:
        """Removed: WB removed `POST /adv/v1/search/set-plus` on 2026-02-11 with no successor.
        Raises OperationRemovedError (nothing is sent)."""
        op = ops.SETTING_DELETING_FIXED_PHRASES
        raise removed_error(op.spec, op.operation_id, _NO_FIXED_PHRASES)

    def set_fixed_phrases_active(self, advert_id: int, active: bool) -> None:
        """Removed: WB removed `GET /adv/v1/search/set-plus` on 2026-02-11 with no successor.
        Raises OperationRemovedError (nothing is sent)."""
        op = ops.MANAGING_THE_ACTIVITY_OF_FIXED_PHRASES
        raise removed_error(op.spec, op.operation_id, _NO_FIXED_PHRASES)
