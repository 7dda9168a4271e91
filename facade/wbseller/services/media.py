"""Media campaigns (advert-media-api): their number, their list page by page, one campaign.

print(wb.media.count().all_)
for campaign in wb.media.iter_campaigns(status=9):
    ...
details = wb.media.campaign(advert_id)      # None when WB does not know it (204)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..drift import RawItem
from ..errors import InvalidRequestError
from ..pagination import Pages, offset_pages
from ..plans import Call, Plan, SyncRunner
from ..validation import check_params, param_schema

if TYPE_CHECKING:
    from wbseller_raw.media.models import MediaCampaign, MediaCampaignInfo, MediaCampaignsCount

SPEC = "media"
# The docs give no maximum for `limit` of the media campaign list: a page size of our own, small
# enough for one page in memory, large enough to keep the request count low.
DEFAULT_PAGE_SIZE = 100


def _list(parsed: Any) -> list[Any]:
    # 204 (nothing found, or past the last page) parses to None
    return list(parsed) if isinstance(parsed, list) else []


def _answer(call: Call) -> Plan[Any]:
    response = yield call
    return response.parsed


class MediaOps:
    """Media campaign operations shared by the sync and async media services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    def count(self) -> MediaCampaignsCount:
        """The number of the seller's media campaigns (`all`) and a group by type/status (`adverts`)."""
        return cast("MediaCampaignsCount", self._runner.run(_answer(Call(SPEC, "media_campaigns_number"))))

    def iter_campaigns(
        self,
        *,
        status: int | None = None,
        type: int | None = None,
        order: str | None = None,
        direction: str | None = None,
        page_size: int | None = None,
    ) -> Pages[MediaCampaign | RawItem]:
        """Every media campaign (MediaCampaign), optionally in one status / of one type, sorted by
        `order` ("id", "create") and `direction` ("desc", "asc"), asked `page_size` at a time
        (limit/offset until an empty page; default: the documented maximum, else
        DEFAULT_PAGE_SIZE)."""
        op = "list_of_media_campaigns"
        maximum = param_schema(SPEC, op, "limit").get("maximum")
        size = page_size if page_size is not None else int(maximum or DEFAULT_PAGE_SIZE)
        if isinstance(size, bool) or not isinstance(size, int) or size < 1 or (maximum and size > maximum):
            raise InvalidRequestError(
                f"page_size: {size!r} is outside 1..{maximum or 'any'}",
                field="page_size",
                value=size,
                limit=maximum or 1,
            )
        filters = {"status": status, "type": type, "order": order, "direction": direction}
        check_params(SPEC, op, filters)
        kwargs = {("type_" if k == "type" else k): v for k, v in filters.items() if v is not None}

        def call(limit: int, offset: int) -> Call:
            return Call(SPEC, op, {**kwargs, "limit": limit, "offset": offset})

        return Pages(self._runner, lambda state: offset_pages(call, lambda r: _list(r.parsed), size, state))

    def campaign(self, advert_id: int) -> MediaCampaignInfo | None:
        """One media campaign with its settings (`extended`) and items (banners), or None when WB
        does not know it (204)."""
        op = "information_about_media_campaign"
        check_params(SPEC, op, {"id": advert_id})
        return cast("MediaCampaignInfo | None", self._runner.run(_answer(Call(SPEC, op, {"id": advert_id}))))
