"""client.media and AsyncClient.media: MediaService and AsyncMediaService. Written by
scripts/async_types.py from services/media.py: do not edit (`make generate` rewrites it, `make
check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.media import MediaOps

if TYPE_CHECKING:
    from collections.abc import Awaitable, Iterable
    from datetime import date, datetime

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller_raw.media.client import AuthenticatedClient as MediaRaw
    from wbseller_raw.media.models import (
        MediaCampaign,
        MediaCampaignInfo,
        MediaCampaignsCount,
        MediaStatsItem,
    )


class MediaService(MediaOps, Service):
    """client.media: Media campaigns (advert-media-api): their number, their list page by page, one
    campaign, their statistics."""

    raw: MediaRaw


class AsyncMediaService(MediaOps, AsyncService):
    """AsyncClient.media: the operations of MediaService, awaitable / async-iterable."""

    raw: MediaRaw

    if TYPE_CHECKING:

        def count(  # type: ignore[override]
            self,
        ) -> Awaitable[MediaCampaignsCount]:
            """The number of the seller's media campaigns (`all`) and a group by type/status
            (`adverts`). WB operation: `GET /adv/v1/count` (media_campaigns_number).
            """

        def iter_campaigns(
            self,
            *,
            status: int | Iterable[int] | None = None,
            type: int | None = None,
            order: str | None = None,
            direction: str | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[MediaCampaign | RawItem]:
            """Every media campaign (MediaCampaign), optionally in a status or any of several
            (`status=[1, 3, 7]`, sent comma-joined: WB's `status` is a string since 2026-07-22) / of
            one type, sorted by `order` ("id", "create") and `direction` ("desc", "asc"), asked
            `page_size` at a time (limit/offset until an empty page; default: the documented maximum,
            else DEFAULT_PAGE_SIZE). WB operation: `GET /adv/v1/adverts` (list_of_media_campaigns).
            """

        def campaign(  # type: ignore[override]
            self, advert_id: int
        ) -> Awaitable[MediaCampaignInfo | None]:
            """One media campaign with its settings (`extended`) and items (banners), or None when WB
            does not know it (204). WB operation: `GET /adv/v1/advert` (information_about_media_campaign).
            """

        def stats(  # type: ignore[override]
            self,
            advert_ids: Iterable[int],
            *,
            dates: Iterable[date | datetime | str] | None = None,
            begin: date | datetime | str | None = None,
            end: date | datetime | str | None = None,
        ) -> Awaitable[list[MediaStatsItem | RawItem]]:
            """Statistics of media campaigns (MediaStatsItem: `stats` per banner with its daily
            figures per platform), one item per campaign in the order asked: on each of `dates`, over
            `begin`..`end` (both given), or for all time (neither). A campaign WB does not know comes
            as an item with `advert_id` and `error`. Any number of campaigns, 100 per request. WB
            operation: `POST /adv/v1/stats` (media_campaign_statistics).
            """
