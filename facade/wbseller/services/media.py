"""Media campaigns (advert-media-api): their number, their list page by page, one campaign,
their statistics.

print(wb.media.count().all_)
for campaign in wb.media.iter_campaigns(status=[1, 3, 7]):      # status=1,3,7
    ...
details = wb.media.campaign(advert_id)      # None when WB does not know it (204)
stats = wb.media.stats([advert_id], begin=date(2026, 1, 1), end=date(2026, 1, 31))
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.media import ops

from ..drift import RawItem
from ..errors import InvalidRequestError
from ..pagination import Pages, batches, offset_pages
from ..plans import Plan, SyncRunner, TypedCall, call
from ..validation import check_params, check_value
from ._common import listed, parsed

if TYPE_CHECKING:
    from wbseller_raw.media.models import (
        MediaCampaign,
        MediaCampaignInfo,
        MediaCampaignsCount,
        MediaStatsItem,
    )

# The docs give no maximum for `limit` of the media campaign list: a page size of our own, small
# enough for one page in memory, large enough to keep the request count low.
DEFAULT_PAGE_SIZE = 100


class MediaOps:
    """Media campaign operations shared by the sync and async media services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is its twin in services/_gen

    def count(self) -> MediaCampaignsCount:
        """The number of the seller's media campaigns (`all`) and a group by type/status
        (`adverts`). WB operation: `GET /adv/v1/count` (media_campaigns_number)."""
        return cast("MediaCampaignsCount", self._runner.run(parsed(call(ops.MEDIA_CAMPAIGNS_NUMBER))))

    def iter_campaigns(
        self,
        *,
        status: int | Iterable[int] | None = None,
        type: int | None = None,
        order: str | None = None,
        direction: str | None = None,
        page_size: int | None = None,
    ) -> Pages[MediaCampaign | RawItem]:
        """Every media campaign (MediaCampaign), optionally in a status or any of several
        (`status=[1, 3, 7]`, sent comma-joined: WB's `status` is a string since 2026-07-22) / of
        one type, sorted by `order` ("id", "create") and `direction` ("desc", "asc"), asked
        `page_size` at a time (limit/offset until an empty page; default: the documented maximum,
        else DEFAULT_PAGE_SIZE). WB operation: `GET /adv/v1/adverts` (list_of_media_campaigns)."""
        op = ops.LIST_OF_MEDIA_CAMPAIGNS
        maximum = op.param("limit").get("maximum")
        size = page_size if page_size is not None else int(maximum or DEFAULT_PAGE_SIZE)
        if isinstance(size, bool) or not isinstance(size, int) or size < 1 or (maximum and size > maximum):
            raise InvalidRequestError(
                f"page_size: {size!r} is outside 1..{maximum or 'any'}",
                field="page_size",
                value=size,
                limit=maximum or 1,
            )
        statuses = None
        if status is not None:
            statuses = [status] if isinstance(status, int | str) else list(dict.fromkeys(status))
            for i, s in enumerate(statuses):
                check_value({"type": "integer", "minimum": 1}, s, f"status[{i}]")
        joined = None if not statuses else ",".join(str(s) for s in statuses)
        filters = {"status": joined, "type": type, "order": order, "direction": direction}
        check_params(op, filters)
        kwargs: dict[str, Any] = {
            ("type_" if k == "type" else k): v for k, v in filters.items() if v is not None
        }

        def page(limit: int, offset: int) -> TypedCall[Any]:
            return call(op, **kwargs, limit=limit, offset=offset)

        # a 204 (nothing found, or past the last page) parses to None: an empty page
        return Pages(self._runner, lambda state: offset_pages(page, lambda r: listed(r.parsed), size, state))

    def campaign(self, advert_id: int) -> MediaCampaignInfo | None:
        """One media campaign with its settings (`extended`) and items (banners), or None when WB
        does not know it (204). WB operation: `GET /adv/v1/advert` (information_about_media_campaign)."""
        op = ops.INFORMATION_ABOUT_MEDIA_CAMPAIGN
        check_params(op, {"id": advert_id})
        return self._runner.run(parsed(call(op, id=advert_id)))

    def stats(
        self,
        advert_ids: Iterable[int],
        *,
        dates: Iterable[date | datetime | str] | None = None,
        begin: date | datetime | str | None = None,
        end: date | datetime | str | None = None,
    ) -> list[MediaStatsItem | RawItem]:
        """Statistics of media campaigns (MediaStatsItem: `stats` per banner with its daily
        figures per platform), one item per campaign in the order asked: on each of `dates`, over
        `begin`..`end` (both given), or for all time (neither). A campaign WB does not know comes
        as an item with `advert_id` and `error`. Any number of campaigns, 100 per request. WB
        operation: `POST /adv/v1/stats` (media_campaign_statistics)."""
        op = ops.MEDIA_CAMPAIGN_STATISTICS
        ids = list(dict.fromkeys(advert_ids))
        for i, advert_id in enumerate(ids):
            check_value({"type": "integer"}, advert_id, f"advert_ids[{i}]")
        if dates is not None and (begin is not None or end is not None):
            raise InvalidRequestError(
                "dates, begin/end: give the dates or the interval, not both", field="dates", value=dates
            )
        if (begin is None) != (end is None):
            raise InvalidRequestError("begin, end: an interval needs both", field="end", value=end)
        extra: dict[str, Any] = {}
        if dates is not None:
            days = [_day(d, f"dates[{i}]").isoformat() for i, d in enumerate(dates)]
            if not days:
                raise InvalidRequestError("dates: empty (give at least one date)", field="dates", value=[])
            extra["dates"] = days
        elif begin is not None and end is not None:
            first, last = _day(begin, "begin"), _day(end, "end")
            if first > last:
                raise InvalidRequestError(f"begin: {first} is after end: {last}", field="begin", value=first)
            extra["interval"] = {"begin": first.isoformat(), "end": last.isoformat()}
        parts = list(batches([{"id": i, **extra} for i in ids], op.max_items()))

        def plan() -> Plan[list[Any]]:
            out: list[Any] = []
            for part in parts:
                response = yield from call(op, body=part)
                out.extend(listed(response.parsed))
            return out

        return cast("list[MediaStatsItem | RawItem]", self._runner.run(plan()))


def _day(value: date | datetime | str, field: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidRequestError(
            f"{field}: {value!r} is not a date (YYYY-MM-DD)", field=field, value=value
        ) from None
