"""How mypy and editors see the services of an AsyncClient. Written by
scripts/async_types.py from the sync services (facade/wbseller/services/*.py): do not edit;
`make generate` rewrites it, `make check` fails when it is out of date. Types only: at run time
AsyncClient.content is a wbseller.services.AsyncContentService, the same code as the sync one."""

import os
from collections.abc import Awaitable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wbseller.drift import RawItem
from wbseller.pagination import AsyncPages, Cursor
from wbseller.progress import ProgressArg
from wbseller.services._rows import Day
from wbseller.services.analytics import OrderFeed
from wbseller.services.base import AsyncService
from wbseller.services.calendar import PromotionUpload, PromotionUploadResult
from wbseller.services.content import CardsResult, CardsUpload
from wbseller.services.finance import RrdPages
from wbseller.services.prices import OnUpload, PriceResult, PriceUpload
from wbseller.services.promotion import BidsResult, Campaign, DateLike, Pairs
from wbseller.services.report_tasks import CsvReport, ReportTask
from wbseller.services.statistics import Feed, FeedPosition
from wbseller.services.wbd import Blob, ContentUpload, KeysDeletion, Source
from wbseller_raw.analytics.client import AuthenticatedClient as AnalyticsRaw
from wbseller_raw.calendar.client import AuthenticatedClient as CalendarRaw
from wbseller_raw.calendar.models import PromotionDetails, PromotionListItem, PromotionNomenclature
from wbseller_raw.content.client import AuthenticatedClient as ContentRaw
from wbseller_raw.content.models import Card, CardsErrorBatch, ContentResponseDataType0, Tag, TrashCard
from wbseller_raw.documents.client import AuthenticatedClient as DocumentsRaw
from wbseller_raw.finance.client import AuthenticatedClient as FinanceRaw
from wbseller_raw.finance.models import AccountBalanceResponse
from wbseller_raw.marketplace.client import AuthenticatedClient as MarketplaceRaw
from wbseller_raw.marketplace.models import Office, Stock, Warehouse
from wbseller_raw.media.client import AuthenticatedClient as MediaRaw
from wbseller_raw.media.models import MediaCampaign, MediaCampaignInfo, MediaCampaignsCount, MediaStatsItem
from wbseller_raw.prices.client import AuthenticatedClient as PricesRaw
from wbseller_raw.prices.models import GoodBuffer, GoodHistory, GoodsList, GoodsSize, QuarantineGoods
from wbseller_raw.promotion.client import AuthenticatedClient as PromotionRaw
from wbseller_raw.promotion.models import (
    AdvertConfigV1,
    AuctionAdvertNmsResult,
    BalanceResponse,
    BudgetResponse,
    CampaignsListsResponse,
    ClusterBid,
    ClusterBidV1Success,
    ClusterDailyStatsItem,
    ClusterListItem,
    ClusterStatsItem,
    CostsHistoryItem,
    FullStatsCampaign,
    PaymentItem,
    RecommendedBidsResponse,
    SupplierNm,
    SupplierSubject,
)
from wbseller_raw.statistics.client import AuthenticatedClient as StatisticsRaw
from wbseller_raw.wbd.client import AuthenticatedClient as WbdRaw
from wbseller_raw.wbd.models import Catalog, ContentInfo, Offer, OfferKey, OfferKeysCount, RedeemedKey

class AsyncCardsUpload(CardsUpload):
    """CardsUpload of an AsyncClient: wait() is awaitable."""

    def wait(  # type: ignore[override]
        self, timeout: float | None = ..., poll: float | None = ...
    ) -> Awaitable[CardsResult]: ...

class AsyncContentUpload(ContentUpload):
    """ContentUpload of an AsyncClient: wait() is awaitable."""

    def wait(  # type: ignore[override]
        self, timeout: float | None = ..., poll: float | None = ...
    ) -> Awaitable[ContentInfo]: ...

class AsyncCsvReport(CsvReport):
    """CsvReport of an AsyncClient: wait() is awaitable."""

    def wait(  # type: ignore[override]
        self, timeout: float | None = ..., poll: float | None = ...
    ) -> Awaitable[bytes]: ...

class AsyncPriceUpload(PriceUpload):
    """PriceUpload of an AsyncClient: wait() is awaitable."""

    def wait(  # type: ignore[override]
        self, timeout: float | None = ..., poll: float | None = ...
    ) -> Awaitable[PriceResult]: ...

class AsyncPromotionUpload(PromotionUpload):
    """PromotionUpload of an AsyncClient: wait() is awaitable."""

    def wait(  # type: ignore[override]
        self, timeout: float | None = ..., poll: float | None = ...
    ) -> Awaitable[PromotionUploadResult]: ...

class AsyncReportTask(ReportTask):
    """ReportTask of an AsyncClient: wait() is awaitable."""

    def wait(  # type: ignore[override]
        self, timeout: float | None = ..., poll: float | None = ...
    ) -> Awaitable[list[dict[str, Any]]]: ...

class AsyncContentService(AsyncService):
    """AsyncClient.content: the same operations, awaitable / async-iterable."""

    raw: ContentRaw

    def chrt_ids_for_skus(self, skus: Sequence[str]) -> Awaitable[dict[str, int]]:
        """{barcode: chrtID} for the given barcodes (SKUs), read from the cards list: WB keeps
        marketplace stocks per size (chrtID) and refuses SKUs since 2026-05-20. A barcode no card
        has raises InvalidRequestError naming it: nothing is guessed. Up to 10 barcodes cost a
        search each; more cost one walk of the whole cards list (100 cards a request).
        """

    def cards_by_nm_id(self, nm_ids: Sequence[int]) -> Awaitable[dict[int, Card | RawItem]]:
        """{nmID: card} for the given nmIDs, as the cards list shows them (what update_cards takes
        whole: read, change some fields, send back). An nmID no card has raises
        InvalidRequestError naming it. Up to 10 nmIDs cost a search each; more, one walk of the
        whole cards list (100 cards a request). WB operation: `POST /content/v2/get/cards/list`.
        """

    def iter_cards(
        self,
        *,
        text_search: str | None = ...,
        with_photo: int = ...,
        tag_ids: Sequence[int] | None = ...,
        object_ids: Sequence[int] | None = ...,
        brands: Sequence[str] | None = ...,
        imt_id: int | None = ...,
        allowed_categories_only: bool | None = ...,
        ascending: bool = ...,
        locale: str | None = ...,
        page_size: int = ...,
        start_after: Cursor | dict[str, Any] | None = ...,
    ) -> AsyncPages[Card | RawItem]:
        """Every product card matching the filters, page by page (one page in memory), each
        nmID once. `.cursor` after each page; `start_after=that cursor` resumes an export.

        with_photo: 0 every card (the default), 1 only cards with photos, 2 only cards without
        (WB's values since 2026; 0 meant "without photos" in the docs' era, and -1, the docs'
        "all", is still taken). Another value is refused before sending.

        Oldest first by default: a card updated during the walk moves to the end of the list, so
        it is met again (and handed out once); newest first (ascending=False) it would jump
        behind the cursor and be missed.
        """

    def iter_trash(
        self,
        *,
        text_search: str | None = ...,
        ascending: bool = ...,
        locale: str | None = ...,
        page_size: int = ...,
        start_after: Cursor | dict[str, Any] | None = ...,
    ) -> AsyncPages[TrashCard | RawItem]:
        """Every product card in the trash, by the trash's own {trashedAt, nmID} cursor (oldest
        first, like iter_cards).
        """

    def iter_card_errors(
        self, *, ascending: bool = ..., locale: str | None = ..., page_size: int = ...
    ) -> AsyncPages[CardsErrorBatch | RawItem]:
        """The list of failed product cards (WB's `POST /content/v2/cards/error/list`), batch by
        batch: each batch has its `batch_uuid`, `updated_at`, `vendor_codes` and `errors` (per
        vendorCode, WB's messages), page after page by WB's cursor until it says there is no next
        page. Oldest first by default (WB's order); ascending=False for newest first. A card
        leaves the list when a later create or update of its vendorCode succeeds.
        """

    def create_cards(self, cards: Iterable[Any]) -> Awaitable[AsyncCardsUpload]:
        """Create cards (each {subjectID, variants: [...]}) in as many requests as WB's limits
        need (100 cards and 10 MB per request); returns a CardsUpload to wait on.

        A list (or tuple) is checked whole before anything is sent. Any other iterable (a
        generator over a large file) is read a request at a time, each card checked as it is
        read and each request sent once full, so memory stays bounded (the handle keeps the
        vendorCodes only); a bad card then stops the sending with the cards already sent noted.

        A variant takes `kizMarked` and `wholesale` {enabled, quantum}; `sizes[].chrtID` and
        `dimensions.isValid` (what the cards list shows of an existing card) are not fields of a
        new card in WB's reference: they are left out of what is sent.
        """

    def update_cards(self, cards: Iterable[Any]) -> Awaitable[AsyncCardsUpload]:
        """Overwrite product cards (send every field, as read from the cards list), split by WB's
        per-request maximum, a list checked whole first, another iterable read as it is sent (as
        create_cards); returns a CardsUpload to wait on. A card takes `kizMarked` (WB's default
        false: the update overwrites it too); `dimensions.isValid`, which the cards list shows, is
        not a field of the update in WB's reference: it is left out of what is sent.
        """

    def check_cards(self, cards: Iterable[Any], *, update: bool = ...) -> list[Any]:
        """The requests create_cards (update_cards with update=True) would send for `cards`: each
        request's body (a list of cards), checked and split exactly as that method checks and
        splits them. Nothing is sent: a dry run (`wbseller cards create --dry-run`). A bad card
        raises InvalidRequestError naming it (`cards[i]...`).
        """

    def add_cards_to(self, imt_id: int, cards: Sequence[Any]) -> Awaitable[AsyncCardsUpload]:
        """Create product cards inside the existing card `imt_id` (one request: at most 29, as a
        card holds 30 product cards; more is refused before sending, not split, since the card
        could not take them); returns a CardsUpload. The variants are those of create_cards.
        """

    def tags(self) -> Awaitable[list[Tag | RawItem] | None]:
        """The seller's tags."""

    def create_tag(self, name: str, color: str) -> Awaitable[ContentResponseDataType0 | None]:
        """Create a tag (name and color checked against the spec: at most 15 characters, one of
        WB's colors). WB allows 15 tags per seller; it refuses the 16th.
        """

    def set_card_tags(self, nm_id: int, tag_ids: Sequence[int]) -> Awaitable[ContentResponseDataType0 | None]:
        """Give the product card exactly these tags (WB replaces the card's tag set; at most 15)."""

    def cards_upload(self, vendor_codes: Sequence[str], since: datetime) -> AsyncCardsUpload:
        """Rebuild the handle of an earlier upload (e.g. in a restarted process). `since`: when it
        was sent, an aware datetime (CardsUpload.since; a naive one is refused: WB's times are
        zoned, and read as local time it would shift the window by the machine's offset).
        """

class AsyncPricesService(AsyncService):
    """AsyncClient.prices: the same operations, awaitable / async-iterable."""

    raw: PricesRaw

    def set_prices(
        self, items: Iterable[Any], *, on_upload: OnUpload | None = ...
    ) -> Awaitable[AsyncPriceUpload]:
        """Set prices and/or discounts: items like {"nmID": 1, "price": 1000, "discount": 10}
        (dicts or generated `Goods`), any number — sent in uploads of the spec's maximum (1000).
        Returns a PriceUpload; wait() on it for what WB applied.

        A list (or tuple) is checked whole before anything is sent. Any other iterable (a
        generator over a large file) is read an upload at a time, each checked before it is sent,
        so memory stays bounded; a bad item then stops the sending with the uploads before it
        noted on the error. `on_upload(SentUpload)` is called as WB answers each request (its
        uploadID, to record: `prices.upload(ids)` waits on them after a crash).
        """

    def set_size_prices(
        self, items: Iterable[Any], *, on_upload: OnUpload | None = ...
    ) -> Awaitable[AsyncPriceUpload]:
        """Set per-size prices ({"nmID", "sizeID", "price"}; goods with editableSizePrice only),
        any number, in uploads of the spec's maximum (read and sent as set_prices does).
        Returns a PriceUpload.
        """

    def set_club_discounts(
        self, items: Iterable[Any], *, on_upload: OnUpload | None = ...
    ) -> Awaitable[AsyncPriceUpload]:
        """Set WB Club discounts ({"nmID", "clubDiscount"}), any number, in uploads of the spec's
        maximum (read and sent as set_prices does). Returns a PriceUpload.
        """

    def check_upload(self, method: str, items: Iterable[Any]) -> list[list[dict[str, Any]]]:
        """The uploads `method` ("set_prices", "set_size_prices" or "set_club_discounts") would send
        for `items`: each upload's `data` list, checked and split exactly as that method checks and
        splits them (a list whole, another iterable an upload at a time). Nothing is sent: a dry
        run (`wbseller prices set --dry-run`). A bad item raises InvalidRequestError.
        """

    def upload(self, upload_ids: Sequence[int]) -> AsyncPriceUpload:
        """The handle of earlier uploads, from their uploadIDs (e.g. in a restarted process, or
        from the file `wbseller prices set --resume FILE` records).
        """

    def iter_goods(
        self, filter_nm_id: int | None = ..., *, page_size: int | None = ...
    ) -> AsyncPages[GoodsList | RawItem]:
        """Goods with their prices and discounts (all, or the one `filter_nm_id`), by limit/offset
        until an empty page; page_size defaults to the documented maximum.
        """

    def iter_size_prices(self, nm_id: int, *, page_size: int | None = ...) -> AsyncPages[GoodsSize | RawItem]:
        """The sizes of one product with their prices (goods with editableSizePrice only)."""

    def iter_quarantine(self, *, page_size: int | None = ...) -> AsyncPages[QuarantineGoods | RawItem]:
        """The goods in price quarantine (their new price with discount ≥ 3 times lower)."""

    def iter_upload_details(
        self, upload_id: int, processed: bool = ..., *, page_size: int | None = ...
    ) -> AsyncPages[GoodHistory | GoodBuffer | RawItem]:
        """The items of one upload with their errors: processed (the history) or still in the
        buffer (processed=False). Empty while the upload is in the other list.
        """

class AsyncCalendarService(AsyncService):
    """AsyncClient.calendar: the same operations, awaitable / async-iterable."""

    raw: CalendarRaw

    def iter_promotions(
        self,
        start: datetime | str,
        end: datetime | str,
        all_promo: bool = ...,
        *,
        page_size: int | None = ...,
    ) -> AsyncPages[PromotionListItem | RawItem]:
        """The promotions occurring in [start, end] (aware datetimes -- WB's calendar times are UTC,
        a naive one is refused -- or RFC 3339 strings), by limit/offset until an empty page.
        all_promo=False: those available for participation.
        """

    def iter_nomenclatures(
        self, promotion_id: int, in_action: bool, *, page_size: int | None = ...
    ) -> AsyncPages[PromotionNomenclature | RawItem]:
        """The products that can take part in a (regular) promotion: those in it (in_action=True)
        or not yet (False), by limit/offset until an empty page.
        """

    def promotion_details(self, ids: Iterable[int]) -> Awaitable[list[PromotionDetails | RawItem]]:
        """The details of any number of promotions, asked for in batches of the spec's maximum
        (100); duplicates asked once, unknown IDs left out by WB.
        """

    def add_to_promotion(
        self, promotion_id: int, nm_ids: Iterable[int], upload_now: bool = ...
    ) -> Awaitable[AsyncPromotionUpload]:
        """Add products (nmIDs, suitable for the promotion) to a regular promotion: now, or when it
        starts (upload_now=False). Returns a PromotionUpload to wait on.
        """

    def check_add_to_promotion(
        self, promotion_id: int, nm_ids: Iterable[int], upload_now: bool = ...
    ) -> list[dict[str, Any]]:
        """The bodies add_to_promotion would send (`POST /api/v1/calendar/promotions/upload`),
        after the same checks and split the same way. Nothing is sent: a dry run (`wbseller
        calendar add --dry-run`).
        """

    def promotion_upload(
        self,
        promotion_id: int,
        nm_ids: Sequence[int],
        upload_ids: Sequence[int] = ...,
        upload_now: bool = ...,
    ) -> AsyncPromotionUpload:
        """The handle of an earlier promotion upload (e.g. in a restarted process)."""

class AsyncPromotionService(AsyncService):
    """AsyncClient.promotion: the same operations, awaitable / async-iterable."""

    raw: PromotionRaw

    def campaign_counts(self) -> Awaitable[CampaignsListsResponse]:
        """The campaign lists grouped by type and status (`adverts[]`: type, status, count,
        advert_list of {advertId, changeTime}) and the total (`all`). WB operation: `GET
        /adv/v1/promotion/count` (campaigns_lists).
        """

    def iter_campaign_ids(self, status: int | None = ..., type: int | None = ...) -> AsyncPages[int]:
        """The advertId of every campaign, optionally only those in one status and/or of one type
        (8 the legacy standard bid, 9 unified or manual bid), from the campaign lists (one
        request). WB operation: `GET /adv/v1/promotion/count` (campaigns_lists).
        """

    def campaigns(
        self,
        ids: Iterable[int] | None = ...,
        *,
        statuses: Iterable[int] | None = ...,
        payment_type: str | None = ...,
    ) -> Awaitable[list[Campaign]]:
        """Campaigns (Campaign: advert_id, name, status, bid_type, payment_type, placements, nms
        with their bids in kopecks, timestamps), all of them or those in `ids` (any number: WB
        takes 50 per request), optionally only in `statuses` and of `payment_type` ("cpm",
        "cpc"). WB operation: `GET /api/advert/v2/adverts` (campaigns_information_v2), the
        successor of `POST /adv/v1/promotion/adverts` and `GET /adv/v0/auction/adverts`, which WB
        removed on 2026-02-11.
        """

    def custom_bid_campaigns(
        self,
        ids: Iterable[int] | None = ...,
        statuses: Iterable[int] | None = ...,
        payment_type: str | None = ...,
    ) -> Awaitable[list[Campaign]]:
        """The same as campaigns(): every current campaign has unified or manual ("custom") bid.
        WB operation: `GET /api/advert/v2/adverts`, the successor of `GET /adv/v0/auction/adverts`
        (removed by WB on 2026-02-11).
        """

    def config(self) -> Awaitable[AdvertConfigV1]:
        """The promotion account's currency (`currency`, `currency_code`), the allowed steps of
        search-cluster bids (`cpm_step`, `cpc_step`) and the minimum top-up (`min_top_up`).
        Personal and Service tokens only. WB operation: `GET /api/advert/v1/config`
        (promotional_configuration_values_v1), the successor of `GET /adv/v0/config`.
        """

    def create_campaign(
        self,
        name: str,
        nms: Sequence[int],
        *,
        bid_type: str | None = ...,
        payment_type: str | None = ...,
        placement_types: Sequence[str] | None = ...,
    ) -> Awaitable[int | None]:
        """Create a campaign from product cards (at most 50; see `campaign_nms`): `name`,
        `bid_type` "manual" (WB's default) or "unified", `payment_type` "cpm" (default) or "cpc",
        `placement_types` of "search" (default), "recommendations". Returns the new campaign's ID.
        Not repeated on a failure that may have reached WB (a second campaign would appear).
        WB operation: `POST /adv/v2/seacat/save-ad` (create_campaign_with_custom_bid).
        """

    def campaign_subjects(self, payment_type: str | None = ...) -> Awaitable[list[SupplierSubject]]:
        """The subjects whose product cards campaigns may take (SupplierSubject: id, name, count),
        for campaigns paid per `payment_type` ("cpm", WB's default, or "cpc"); an empty list when
        WB answers null. WB operation: `GET /adv/v1/supplier/subjects` (subjects_for_campaigns).
        """

    def campaign_nms(self, subject_ids: Sequence[int]) -> Awaitable[list[SupplierNm]]:
        """The product cards campaigns may take, of the given subjects (SupplierNm: nm, title,
        subjectId); an empty list when WB answers null. WB operation: `POST /adv/v2/supplier/nms`
        (product_cards_for_campaigns).
        """

    def start(self, advert_id: int) -> Awaitable[None]:
        """Launch a campaign in status 4 (ready to launch) or 11 (paused): it goes to 9 (active).
        It needs product cards and a budget. WB applies status changes within a minute. WB
        operation: `GET /adv/v0/start` (launch_campaign).
        """

    def pause(self, advert_id: int) -> Awaitable[None]:
        """Pause a campaign in status 9 (active): it goes to 11 (paused). WB operation: `GET
        /adv/v0/pause` (pause_campaign).
        """

    def stop(self, advert_id: int) -> Awaitable[None]:
        """Finish a campaign in status 4, 9 or 11: it goes to 7 (finished), for good. WB
        operation: `GET /adv/v0/stop` (stop_campaign).
        """

    def delete(self, advert_id: int) -> Awaitable[None]:
        """Delete a campaign in status 4 (ready to launch): status -1 for 3 to 10 minutes, then
        gone. WB operation: `GET /adv/v0/delete` (delete_campaign).
        """

    def rename(self, advert_id: int, name: str) -> Awaitable[None]:
        """Rename a campaign (the new name at most 100 characters, as WB's description says). WB
        operation: `POST /adv/v0/rename` (rename_campaign).
        """

    def set_bids(
        self,
        bids_kopecks: Mapping[int, Mapping[int, int]] | Sequence[Mapping[str, Any]],
        *,
        placement: str | None = ...,
        check_minimum: bool = ...,
        max_bid_kopecks: int = ...,
    ) -> Awaitable[BidsResult]:
        """Set card bids in kopecks (0.01 rouble): `{advert_id: {nm_id: kopecks}}`, or WB's
        `[{"advert_id", "nm_bids": [{"nm_id", "bid_kopecks", "placement"}]}]`. `placement`
        None: every placement the campaign has (`combined` for a campaign with unified bid,
        `search` and `recommendations` for one with manual bid); or one of them. Campaigns in
        statuses 4, 9 and 11; any number, 50 per request, 50 cards per campaign.

        Refused before any bid is sent: a campaign without bids, a bid that is not a positive
        integer or above `max_bid_kopecks` (our bound: a unit mistake), a bid in roubles (`bid`),
        a placement the campaign's bid type does not take, and (`check_minimum`, the default) a
        bid below the card's minimum WB publishes. A bid counts as applied only when WB's answer
        lists it: any other raises BidsError, an UploadError (`.failed`; `.result`: the bids WB
        did confirm), after every request went out once. Returns the bids WB confirmed.

        WB operations: `PATCH /api/advert/v1/bids` (changing_campaigns_bids), after `GET
        /api/advert/v2/adverts` (bid and payment types) and `POST /api/advert/v1/bids/min` (the
        minimums; skipped with check_minimum=False and an explicit placement). It replaces `PATCH
        /adv/v0/auction/bids` and `/adv/v0/bids`, which WB removed on 2026-02-11.
        """

    def set_custom_bids(
        self,
        bids: Mapping[int, Sequence[Mapping[str, Any]]] | Sequence[Mapping[str, Any]],
        *,
        check_minimum: bool = ...,
    ) -> Awaitable[BidsResult]:
        """Set bids per placement: `{advert_id: [{"nm_id", "bid_kopecks", "placement"}]}` (or WB's
        `[{"advert_id", "nm_bids": [...]}]`), placement "search" / "recommendations" (manual bid)
        or "combined" (unified bid); otherwise as set_bids. WB operation: `PATCH
        /api/advert/v1/bids` (changing_campaigns_bids), the successor of `PATCH
        /adv/v0/auction/bids` (removed by WB on 2026-02-11).
        """

    def check_bids(
        self,
        bids_kopecks: Mapping[int, Mapping[int, int]]
        | Mapping[int, Sequence[Mapping[str, Any]]]
        | Sequence[Mapping[str, Any]],
        *,
        placement: str | None = ...,
        check_minimum: bool = ...,
        max_bid_kopecks: int = ...,
    ) -> Awaitable[list[dict[str, Any]]]:
        """The requests set_bids / set_custom_bids would send (each the body of a `PATCH
        /api/advert/v1/bids`: {"bids": [{"advert_id", "nm_bids": [{"nm_id", "bid_kopecks",
        "placement"}]}]}), after the same checks, the reads they need included (`GET
        /api/advert/v2/adverts` for the bid types, `POST /api/advert/v1/bids/min` for the
        minimums). No bid is sent: a dry run (`wbseller campaigns bids set --dry-run`). Takes
        set_bids' `{advert_id: {nm_id: kopecks}}` and set_custom_bids' forms alike.
        """

    def min_bids(
        self,
        advert_id: int,
        nm_ids: Iterable[int],
        *,
        payment_type: str | None = ...,
        placements: Sequence[str] = ...,
    ) -> Awaitable[dict[int, dict[str, int]]]:
        """The minimum bids of cards of a campaign in kopecks: {nm_id: {placement: kopecks}}, the
        placements named as set_bids names them ("combined", "search", "recommendations").
        `payment_type` ("cpm", "cpc"): the campaign's (one more request to learn it) when None.
        Any number of cards, 100 per request. WB operation: `POST /api/advert/v1/bids/min`
        (minimum_bids_for_product_cards), after `GET /api/advert/v2/adverts` without
        payment_type; it replaces the categories' minimums of `GET /adv/v0/config`.
        """

    def recommended_bids(self, advert_id: int, nm_id: int) -> Awaitable[RecommendedBidsResponse]:
        """Recommended bids in kopecks for a card of a cpm campaign (`base`: competitive_bid,
        leaders_bid, top_2) and for its search clusters (`norm_queries`: reach_max, reach_medium,
        reach_min, each bid_kopecks and bid_kopecks_min). WB operation: `GET
        /api/advert/v0/bids/recommendations` (recommended_bids_for_items_and_search_clusters).
        """

    def set_placements(
        self, placements: Mapping[int, Mapping[str, bool]] | Sequence[Mapping[str, Any]]
    ) -> Awaitable[None]:
        """Turn the placements of campaigns with manual bid on or off: `{advert_id: {"search":
        True, "recommendations": False}}` (both required) or WB's `[{"advert_id", "placements":
        {...}}]`. Any number of campaigns, 50 per request. WB operation: `PUT
        /adv/v0/auction/placements` (changing_placements_in_campaigns_with_custom_bid).
        """

    def clusters(self, pairs: Pairs) -> Awaitable[list[ClusterListItem | RawItem]]:
        """The search clusters of cards in campaigns (ClusterListItem: advert_id, nm_id,
        norm_queries with `active`, `excluded` (the minus phrases) and `archived`), for
        `{advert_id: [nm_id, ...]}` or `[(advert_id, nm_id), ...]`; any number, 100 per request.
        WB operation: `POST /adv/v0/normquery/list` (active_and_inactive_search_cluster_lists).
        """

    def cluster_bids(self, pairs: Pairs) -> Awaitable[list[ClusterBid | RawItem]]:
        """The search clusters that have a bid (ClusterBid: advert_id, nm_id, norm_query,
        bid_kopecks, bid in roubles, currency) of cards in campaigns; 100 pairs per request. WB
        operation: `POST /adv/v0/normquery/get-bids` (list_of_search_clusters_bids).
        """

    def set_cluster_bids(
        self,
        bids_kopecks: Mapping[tuple[int, int], Mapping[str, int]] | Sequence[Mapping[str, Any]],
        *,
        max_bid_kopecks: int = ...,
    ) -> Awaitable[list[ClusterBidV1Success | RawItem]]:
        """Set search-cluster bids in kopecks (cpm campaigns with manual bid): `{(advert_id,
        nm_id): {norm_query: kopecks}}` or WB's `[{"advertId", "nmId", "normQuery",
        "bidMinorUnits"}]`; 100 per request. WB answers which it set and which it refused (with a
        reason): a refused or unconfirmed bid raises UploadError (`.failed`, keyed (advert_id,
        nm_id, norm_query)) after every request went out once. Returns WB's `success` items.
        Personal and Service tokens only. WB operation: `POST /api/advert/v1/normquery/bids`
        (set_bids_for_search_clusters_in_account_currency).
        """

    def delete_cluster_bids(
        self, targets: Mapping[tuple[int, int], Iterable[str]] | Sequence[Mapping[str, Any]]
    ) -> Awaitable[None]:
        """Remove search-cluster bids: `{(advert_id, nm_id): [norm_query, ...]}` or WB's
        `[{"advert_id", "nm_id", "norm_query"}]`; 100 per request. WB operation: `DELETE
        /adv/v0/normquery/bids` (delete_bids_from_search_clusters).
        """

    def minus_phrases(self, pairs: Pairs) -> Awaitable[dict[tuple[int, int], list[str]]]:
        """The minus phrases of cards in campaigns: {(advert_id, nm_id): [phrase, ...]}; 100 pairs
        per request. WB operation: `POST /adv/v0/normquery/get-minus` (list_of_campaign_minus_phrases).
        """

    def set_minus_phrases(
        self, advert_id: int, nm_id: Any, phrases: Sequence[str] | None = ...
    ) -> Awaitable[None]:
        """Replace the minus phrases of a card in a campaign (at most 1000; an empty list removes
        them all). The list replaces the previous one, so a longer list is refused rather than
        split. WB operation: `POST /adv/v0/normquery/set-minus` (setting_and_deleting_minus_phrases),
        the successor of the four minus-phrase methods WB removed (`/adv/v1/search/set-phrase`,
        `set-strong`, `set-excluded`, `/adv/v1/auto/set-excluded`): minus phrases belong to a card
        of a campaign now, hence `nm_id`.
        """

    def set_fixed_phrases(self, advert_id: int, phrases: Sequence[str]) -> list[str]:
        """Removed: WB removed `POST /adv/v1/search/set-plus` on 2026-02-11 with no successor.
        Raises OperationRemovedError (nothing is sent).
        """

    def set_fixed_phrases_active(self, advert_id: int, active: bool) -> None:
        """Removed: WB removed `GET /adv/v1/search/set-plus` on 2026-02-11 with no successor.
        Raises OperationRemovedError (nothing is sent).
        """

    def addable_nms(self, advert_id: int) -> list[int]:
        """Removed: WB removed `GET /adv/v1/auto/getnmtoadd` (cards for a campaign with standard
        bid, a type WB retired) on 2026-02-11. Raises OperationRemovedError (nothing is sent).
        """

    def change_nms(
        self, advert_id: int, *, add: Sequence[int] = ..., delete: Sequence[int] = ...
    ) -> Awaitable[None]:
        """Add and remove product cards of a campaign. WB operation: `PATCH /adv/v0/auction/nms`
        (see change_auction_nms), the successor of `POST /adv/v1/auto/updatenm`, which WB removed
        on 2026-02-11.
        """

    def change_auction_nms(
        self, changes: Mapping[int, Mapping[str, Sequence[int]]] | Sequence[Mapping[str, Any]]
    ) -> Awaitable[list[AuctionAdvertNmsResult | RawItem]]:
        """Add and remove product cards of campaigns (statuses 4, 9, 11): `{advert_id: {"add":
        [nm, ...], "delete": [nm, ...]}}` or WB's `[{"advert_id", "nms": {...}}]`. Any number of
        campaigns, 20 per request; added cards get the current minimum bid. Returns what changed
        (AuctionAdvertNmsResult per campaign: added, deleted). WB operation: `PATCH
        /adv/v0/auction/nms` (changing_the_list_of_product_cards_in_campaigns_with_custom_bid).
        """

    def iter_full_stats(
        self, advert_ids: Iterable[int], from_: DateLike, to: DateLike
    ) -> AsyncPages[FullStatsCampaign | RawItem]:
        """Full statistics (FullStatsCampaign: totals, `days` with `apps` (platforms) and their
        `nms`, in roubles) of campaigns in statuses 7, 9 and 11 from `from_` to `to`, both
        included. WB answers at most 50 campaigns and 31 days per request: they are asked 50 by
        50, window by window (oldest first), and handed out one campaign-window at a time. WB
        allows 3 requests a minute (burst 1): the client paces them, so a long range takes a
        while. WB operation: `GET /adv/v3/fullstats` (campaigns_statistics).
        """

    def cluster_stats(
        self, pairs: Pairs, from_: DateLike, to: DateLike
    ) -> Awaitable[list[ClusterStatsItem | RawItem]]:
        """Statistics per search cluster (ClusterStatsItem: advert_id, nm_id, stats[] with
        norm_query, views, clicks, ctr, cpc, cpm, avg_pos, spend...) of cards in campaigns over a
        period; 100 pairs per request. WB operation: `POST /adv/v0/normquery/stats`
        (search_clusters_statistics).
        """

    def cluster_daily_stats(
        self, pairs: Pairs, from_: DateLike, to: DateLike
    ) -> Awaitable[list[ClusterDailyStatsItem | RawItem]]:
        """Statistics per search cluster and day (ClusterDailyStatsItem: advert_id, nm_id,
        daily_stats[] of {date, stat}) over a period; 100 pairs per request. WB operation: `POST
        /adv/v1/normquery/stats` (daily_search_clusters_statistics).
        """

    def balance(self) -> Awaitable[BalanceResponse]:
        """The promotion account: `net` (account), `balance` (netting), `bonus`, `currency` and the
        promo bonuses (`cashbacks`: sum, percent, expiration_date). WB operation: `GET
        /adv/v1/balance` (balance).
        """

    def budget(self, advert_id: int) -> Awaitable[BudgetResponse]:
        """A campaign's budget (`total`, `currency`). WB operation: `GET /adv/v1/budget`
        (campaign_budget).
        """

    def deposit(
        self,
        advert_id: int,
        amount: int,
        *,
        source: int = ...,
        cashback_sum: int | None = ...,
        cashback_percent: int | None = ...,
    ) -> Awaitable[int | None]:
        """Top up a campaign's budget by `amount` roubles (at least BUDGET_MIN) from a `source`
        (0 account, 1 balance, 3 bonuses). `cashback_sum` of it may come from the promo bonuses
        (sources 0 and 1 only), with `cashback_percent` the balance's cashback percent (see
        balance().cashbacks), at most that percent of `amount`. Returns the campaign's new
        budget total. WB operation: `POST /adv/v1/budget/deposit` (top_up_of_the_campaign_budget).
        """

    def check_deposit(
        self,
        advert_id: int,
        amount: int,
        *,
        source: int = ...,
        cashback_sum: int | None = ...,
        cashback_percent: int | None = ...,
    ) -> dict[str, Any]:
        """The body deposit() would send (`POST /adv/v1/budget/deposit?id=advert_id`), after the
        same checks. Nothing is sent: a dry run (`wbseller campaigns budget deposit --dry-run`).
        """

    def iter_costs(self, from_: DateLike, to: DateLike) -> AsyncPages[CostsHistoryItem | RawItem]:
        """The costs history (CostsHistoryItem: write-offs into campaign budgets) from `from_` to
        `to`, both included (dates, datetimes or "YYYY-MM-DD"; at most MAX_HISTORY_DAYS apart).
        WB answers at most 31 days per request, so a longer range is asked window by window,
        oldest first. WB operation: `GET /adv/v1/upd` (receiving_costs_history).
        """

    def payments(
        self, from_: DateLike | None = ..., to: DateLike | None = ...
    ) -> Awaitable[list[PaymentItem | RawItem]]:
        """The top-ups of the promotion account (PaymentItem), optionally from/to a date
        (both included); [] when there are none. WB operation: `GET /adv/v1/payments`
        (receiving_the_history_of_account_top_ups).
        """

class AsyncMediaService(AsyncService):
    """AsyncClient.media: the same operations, awaitable / async-iterable."""

    raw: MediaRaw

    def count(self) -> Awaitable[MediaCampaignsCount]:
        """The number of the seller's media campaigns (`all`) and a group by type/status
        (`adverts`). WB operation: `GET /adv/v1/count` (media_campaigns_number).
        """

    def iter_campaigns(
        self,
        *,
        status: int | Iterable[int] | None = ...,
        type: int | None = ...,
        order: str | None = ...,
        direction: str | None = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[MediaCampaign | RawItem]:
        """Every media campaign (MediaCampaign), optionally in a status or any of several
        (`status=[1, 3, 7]`, sent comma-joined: WB's `status` is a string since 2026-07-22) / of
        one type, sorted by `order` ("id", "create") and `direction` ("desc", "asc"), asked
        `page_size` at a time (limit/offset until an empty page; default: the documented maximum,
        else DEFAULT_PAGE_SIZE). WB operation: `GET /adv/v1/adverts` (list_of_media_campaigns).
        """

    def campaign(self, advert_id: int) -> Awaitable[MediaCampaignInfo | None]:
        """One media campaign with its settings (`extended`) and items (banners), or None when WB
        does not know it (204). WB operation: `GET /adv/v1/advert` (information_about_media_campaign).
        """

    def stats(
        self,
        advert_ids: Iterable[int],
        *,
        dates: Iterable[date | datetime | str] | None = ...,
        begin: date | datetime | str | None = ...,
        end: date | datetime | str | None = ...,
    ) -> Awaitable[list[MediaStatsItem | RawItem]]:
        """Statistics of media campaigns (MediaStatsItem: `stats` per banner with its daily
        figures per platform), one item per campaign in the order asked: on each of `dates`, over
        `begin`..`end` (both given), or for all time (neither). A campaign WB does not know comes
        as an item with `advert_id` and `error`. Any number of campaigns, 100 per request. WB
        operation: `POST /adv/v1/stats` (media_campaign_statistics).
        """

class AsyncMarketplaceService(AsyncService):
    """AsyncClient.marketplace: the same operations, awaitable."""

    raw: MarketplaceRaw

    def offices(self) -> Awaitable[list[Office | RawItem]]:
        """Every WB office a seller warehouse can be linked to (Office; `selected` when linked)."""

    def warehouses(self) -> Awaitable[list[Warehouse | RawItem]]:
        """The seller's warehouses (Warehouse)."""

    def create_warehouse(self, name: str, office_id: int) -> Awaitable[int | None]:
        """Create a warehouse linked to a WB office (one not linked to another of the seller's
        warehouses: else ConflictError). Returns the new warehouse's ID.
        """

    def update_warehouse(self, warehouse_id: int, name: str, office_id: int) -> Awaitable[None]:
        """Rename a warehouse and/or link it to another office (the office may change once a day:
        else ConflictError).
        """

    def delete_warehouse(self, warehouse_id: int) -> Awaitable[None]:
        """Delete a warehouse."""

    def stocks(self, warehouse_id: int, chrt_ids: Sequence[int]) -> Awaitable[list[Stock | RawItem]]:
        """The stocks (Stock: chrt_id, amount) of any number of sizes (chrtIDs) in a warehouse,
        1000 per request, as one list; sizes without a stock there are not in it.
        """

    def set_stocks(
        self, warehouse_id: int, items: Mapping[int, int] | Sequence[Mapping[str, Any]]
    ) -> Awaitable[None]:
        """Set stock amounts in a warehouse: `{chrtId: amount}` or `[{"chrtId", "amount"}]`, any
        number, 1000 per request (setting a stock is idempotent per size, so the parts are
        independent). A refused part raises; the parts before it stay applied.

        A part whose outcome stays unknown once its retries are spent (resets, timeouts, 5xx)
        raises UnknownOutcomeError after reading the part's stocks back: `outcome` lists each
        chrtId as applied (WB shows the amount sent) or not, the parts never sent as not applied,
        and `resume()` sets only those.
        """

    def check_stocks(
        self, warehouse_id: int, items: Mapping[int, int] | Sequence[Mapping[str, Any]]
    ) -> list[list[dict[str, Any]]]:
        """The requests set_stocks would send: each request's `stocks` rows ({chrtId, amount}),
        checked and split exactly as set_stocks checks and splits them. Nothing is sent: a dry run
        (`wbseller stocks set --dry-run`). A bad row raises InvalidRequestError.
        """

    def delete_stocks(self, warehouse_id: int, chrt_ids: Sequence[int]) -> Awaitable[None]:
        """Delete the stocks of any number of sizes (chrtIDs) in a warehouse, 1000 per request
        (WB allows 10 such requests a minute). Irreversible: the stock has to be set again to sell.
        """

class AsyncWbdService(AsyncService):
    """AsyncClient.wbd: the same operations, awaitable / async-iterable."""

    raw: WbdRaw

    def create_offer(
        self,
        *,
        title: str,
        description: str,
        tags: Sequence[str],
        section: int,
        catalog_path: Sequence[int],
        age_rating: str,
        price: int,
        discount_price: int | None = ...,
        gallery: Sequence[str] | None = ...,
        keys: Sequence[str] | None = ...,
        content: Sequence[dict[str, int]] | None = ...,
        meta: dict[str, Any] | None = ...,
        status: int = ...,
    ) -> Awaitable[Offer]:
        """Create an offer (status 0 draft, 1 publish); returns the offer. Keys beyond WB's 1000 per
        request go in follow-up `Add activation keys` requests. Checks title ≤ 500, description
        ≤ 5000, 1-5 tags of ≤ 45 characters, section and age_rating, gallery ≤ 8, keys ≤ 200
        characters; sections 3/12/13 need keys and meta.key_instruction, 1/2/4/5/6 need content.
        """

    def edit_offer(
        self,
        offer_id: int,
        *,
        title: str | None = ...,
        description: str | None = ...,
        price: int | None = ...,
        discount_price: int | None = ...,
        gallery: Sequence[str] | None = ...,
        age_rating: str | None = ...,
        tags: Sequence[str] | None = ...,
        status: int | None = ...,
        catalog_path: Sequence[int] | None = ...,
        meta: dict[str, Any] | None = ...,
    ) -> Awaitable[None]:
        """Change the given fields of an offer (status 0 draft, 1 publish, 2 suspend, 3 delete);
        the same checks as create_offer on what is given.
        """

    def get_offer(self, offer_id: int) -> Awaitable[Offer]:
        """One offer's information."""

    def update_price(self, offer_id: int, price: int, discount_price: int | None = ...) -> Awaitable[None]:
        """Set an offer's price and discounted price (₽); no discount_price (or 0): no discount."""

    def update_status(self, offer_id: int, status: int) -> Awaitable[None]:
        """Set an offer's status: 0 draft, 1 published, 2 suspended, 3 deleted."""

    def catalog(self) -> Awaitable[Catalog]:
        """The category tree: sections (`is_section`) and their subcategories (catalog_path IDs),
        each a CatalogNode {id, parent_id, section_id, node_order, total, name, img, path,
        children}.
        """

    def iter_offers(
        self,
        *,
        search: str | None = ...,
        category: int | None = ...,
        status: int | None = ...,
        sort: str | None = ...,
        sort_dir: str | None = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[Offer | RawItem]:
        """Every offer matching the filters (category 1 video, 2 audio, 4 document; status 0 draft,
        1 published, 2 suspended; sort created|updated, sort_dir asc|desc), page by page.
        """

    def set_offer_cover(self, offer_id: int, image: Blob, content_type: str | None = ...) -> Awaitable[None]:
        """Add or replace an offer's cover: a path, bytes or a binary file; PNG or JPEG, at most
        5 MB (checked before sending); the type is read from the file unless given.
        """

    def upload_content_cover(self, image: Blob, content_type: str | None = ...) -> Awaitable[list[str]]:
        """Upload a content cover (PNG or JPEG, at most 5 MB); returns the URIs of its renditions,
        for `meta={"thumbnail": uris, ...}` of upload_content.
        """

    def upload_gallery(self, files: Sequence[Blob]) -> Awaitable[list[str]]:
        """Upload an offer's media files (up to 8: images PNG/JPEG ≤ 5 MB, videos MP4 ≤ 50 MB,
        ≤ 100 MB together; checked before sending); returns their URIs for `gallery`.
        """

    def upload_content(
        self,
        source: Source,
        *,
        title: str,
        description: str,
        catalog_id: int,
        meta: dict[str, Any] | None = ...,
        content_type: str | None = ...,
        progress: ProgressArg = ...,
    ) -> Awaitable[AsyncContentUpload]:
        """Upload a content file (a path, or a binary file with seek/read, from its position) in
        parts of at most 2 MB, read one at a time (never the whole file in memory). A failed part
        is sent again alone. Returns a ContentUpload: `.wait()` until WB has published it.

        content_type: from the file name unless given (video/mp4 for catalog_id 1, audio/mpeg for 2,
        application/pdf, application/epub+zip or text/plain for 4); meta: thumbnail (URIs from
        upload_content_cover) and rating (an age rating: "0+", "6+", "12+", "14+", "16+", "18+"),
        plus author (audio), author and pages (documents); optional bisac, duration,
        original_name, source_file_name, translator, voice (author and the names at most 100
        characters); all checked before sending. progress: True for a tqdm bar, or a
        callable(done_bytes, total_bytes).
        """

    def content_upload(self, content_id: int) -> AsyncContentUpload:
        """The handle of an earlier upload (e.g. in a restarted process), to wait() on."""

    def download_content(
        self,
        uri: str | ContentInfo | RawItem | dict[str, Any],
        dest: str | os.PathLike[str],
        *,
        size: int | None = ...,
        progress: ProgressArg = ...,
    ) -> Awaitable[Path]:
        """Download content to `dest`, a file path or an existing folder (the file is then named
        from the URI); streamed to `<dest>.part` beside it, resumed with Range after a broken
        connection. Returns the file's Path.

        `uri`: the content information (`get_content`, `iter_content`), or a URI string from its
        `uri` / `files`. The file must be the size WB lists for the content (`files[].size`; given
        a URI string, wbseller reads it from your content list, or take `size=`): an answer that
        is longer or shorter (padding, another file, an error page) is refused, nothing saved.

        `dest`: its folder must exist; an existing regular file there is replaced, atomically,
        only once the download is complete and checked (until then it stays as it was); anything
        else there (a device such as /dev/full, a folder, a pipe, a symbolic link) is refused
        before anything is sent. A disk that fills up raises LocalWriteError (the partial file
        removed, `dest` untouched).
        """

    def get_content(self, content_id: int) -> Awaitable[ContentInfo]:
        """One piece of content's information (status: 0 created, 1 uploaded, 2 published,
        3 error, 4 processing, 5 sent to server).
        """

    def edit_content(
        self, content_id: int, *, title: str | None = ..., description: str | None = ...
    ) -> Awaitable[ContentInfo]:
        """Change a content's title (≤ 500) or description (≤ 1000); returns the content."""

    def delete_content(self, content_id: int) -> Awaitable[None]:
        """Delete a piece of content."""

    def iter_content(
        self,
        *,
        search: str | None = ...,
        category: int | None = ...,
        status: int | None = ...,
        sort: str | None = ...,
        sort_dir: str | None = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[ContentInfo | RawItem]:
        """All your content matching the filters (category = catalog_id 1, 2, 4; status 0-5;
        sort created|updated, sort_dir asc|desc), page by page.
        """

    def add_keys(self, offer_id: int, keys: Sequence[str]) -> Awaitable[None]:
        """Add activation keys to an offer (section 3, 12 or 13), any number: sent in requests of
        WB's 1000; each key at most 200 characters (checked before sending).
        """

    def delete_keys(self, ids: Sequence[int]) -> Awaitable[KeysDeletion]:
        """Delete activation keys by ID (split into requests of DELETE_KEYS_BATCH); returns a
        KeysDeletion with WB's status of each key (`deleted`, and `failed` with WB's reasons;
        `partial` when WB answered 207 multi-status: some keys were not deleted).
        """

    def count_keys(self, offer_id: int) -> Awaitable[OfferKeysCount]:
        """An offer's key counts (total, available, reserved, deleted)."""

    def iter_keys(
        self,
        offer_id: int,
        *,
        deleted: bool = ...,
        sold: bool = ...,
        reserved: bool = ...,
        expired: bool = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[OfferKey | RawItem]:
        """The keys uploaded for an offer (the flags include deleted/sold/reserved/expired ones),
        page by page: OfferKey {id, value, created_at, buyed_at, deleted_at} (the last two None
        until bought or deleted). WB grants this method through technical support.
        """

    def iter_redeemed_keys(
        self,
        *,
        offer_id: int | None = ...,
        date_from: datetime | str | None = ...,
        date_to: datetime | str | None = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[RedeemedKey | RawItem]:
        """Redeemed keys (of one offer, purchased in [date_from, date_to)), page by page:
        RedeemedKey {id, offer_id, offer_title, offer_price, value, created_at, buyed_at}. Dates:
        datetimes or RFC 3339 strings; naive ones are Moscow time.
        """

class AsyncStatisticsService(AsyncService):
    """AsyncClient.statistics: the same, for the generated `asyncio` functions."""

    raw: StatisticsRaw

    def iter_orders(
        self,
        date_from: date | datetime | str | None = ...,
        *,
        resume: FeedPosition | dict[str, Any] | str | None = ...,
    ) -> Feed:
        """Every order row changed at or after `date_from` (a date or RFC 3339 date-time; without
        an offset WB reads Moscow time), oldest change first, each once (a cancelled order comes
        again with its new lastChangeDate), as dicts with WB's fields. `resume`: a FeedPosition
        (or its dict) from an earlier run, to go on after it; a bare lastChangeDate string
        repeats the rows of that second. One call a minute (WB's budget). WB operation:
        `GET /api/v1/supplier/orders` (supplier_orders).
        """

    def iter_sales(
        self,
        date_from: date | datetime | str | None = ...,
        *,
        resume: FeedPosition | dict[str, Any] | str | None = ...,
    ) -> Feed:
        """Every sale and return row (a return: saleID R…, negative sums) changed at or after
        `date_from`, as iter_orders. WB operation: `GET /api/v1/supplier/sales` (supplier_sales).
        """

    def incomes(self, date_from: date | datetime | str | None = ...) -> Iterator[dict[str, Any]]:
        """Removed: WB removed `GET /api/v1/supplier/incomes` by 2026-03-19 and named no successor
        (FBW supplies: client.supplies). Raises OperationRemovedError (nothing is sent).
        """

    def stocks(self, date_from: date | datetime | str | None = ...) -> Iterator[dict[str, Any]]:
        """Removed: WB removed `GET /api/v1/supplier/stocks` by 2026-07-22; its successor is
        `POST /api/analytics/v1/stocks-report/wb-warehouses` (client.analytics.iter_wb_warehouse_stocks).
        Raises OperationRemovedError (nothing is sent).
        """

    def report_detail_by_period(
        self, date_from: date | datetime | str | None = ..., date_to: date | datetime | str | None = ...
    ) -> Iterator[dict[str, Any]]:
        """Removed: WB removed `GET /api/v5/supplier/reportDetailByPeriod` by 2026-07-22; its
        successor is `POST /api/finance/v1/sales-reports/detailed` (client.finance.iter_realization).
        Raises OperationRemovedError (nothing is sent).
        """

class AsyncAnalyticsService(AsyncService):
    """AsyncClient.analytics: the same, for the generated `asyncio` functions."""

    raw: AnalyticsRaw

    def create_report(
        self, kind: str, *, date_from: Day | None = ..., date_to: Day | None = ..., **params: Any
    ) -> Awaitable[AsyncReportTask]:
        """Start a report task: "warehouse_remains" (params: its grouping flags, e.g.
        group_by_nm=True, locale), "paid_storage" or "acceptance_report" (date_from, date_to).
        Returns its handle at once (`task_id`); `wait()` gives the rows. WB operations:
        `GET /api/v1/warehouse_remains`, `/api/v1/paid_storage`, `/api/v1/acceptance_report`.
        """

    def report_task(self, kind: str, task_id: str) -> AsyncReportTask:
        """The handle of a task created earlier (by this process or another), to wait on or
        download; nothing is sent.
        """

    def create_csv_report(
        self,
        report_type: str,
        params: dict[str, Any],
        *,
        name: str | None = ...,
        download_id: str | None = ...,
        retries: int = ...,
    ) -> Awaitable[AsyncCsvReport]:
        """Order a CSV report (`report_type` and its `params`, as WB documents them, e.g.
        "DETAIL_HISTORY_REPORT" with startDate/endDate) under an id of ours (a new UUID, or
        `download_id`): the handle is known before WB answers, so a crash never loses it. A
        FAILED report is retried up to `retries` times while waiting. WB operation:
        `POST /api/v2/nm-report/downloads` (nm_report_download_create).
        """

    def csv_report(self, download_id: str, *, retries: int = ...) -> AsyncCsvReport:
        """The handle of a CSV report ordered earlier; nothing is sent."""

    def csv_reports(self) -> Awaitable[list[dict[str, Any]]]:
        """The CSV reports WB keeps, with their status. WB operation: `GET /api/v2/nm-report/downloads`."""

    def iter_sales_funnel(
        self,
        date_from: Day,
        date_to: Day,
        *,
        nm_ids: Sequence[int] | None = ...,
        brand_names: Sequence[str] | None = ...,
        subject_ids: Sequence[int] | None = ...,
        tag_ids: Sequence[int] | None = ...,
        order_by: dict[str, str] | None = ...,
        past_period: tuple[Day, Day] | None = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[dict[str, Any]]:
        """The sales funnel of each product over the period (dicts: product, statistic), filtered,
        sorted by `order_by` ({field, mode}); limit/offset up to 1,000 a page. WB operation:
        `POST /api/analytics/v3/sales-funnel/products` (sales_funnel_products).
        """

    def sales_funnel_history(
        self, nm_ids: Sequence[int], date_from: Day, date_to: Day, *, aggregation: str = ...
    ) -> Awaitable[list[dict[str, Any]]]:
        """Each product's funnel by day (or `aggregation="week"`) over the period, any number of
        nmIDs (20 a request: more are split). WB operation:
        `POST /api/analytics/v3/sales-funnel/products/history`.
        """

    def iter_search_queries(
        self,
        date_from: Day,
        date_to: Day,
        *,
        order_by: dict[str, str] | None = ...,
        position_cluster: str = ...,
        nm_ids: Sequence[int] | None = ...,
        subject_id: int | None = ...,
        brand_name: str | None = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[dict[str, Any]]:
        """The products' search figures over the period (dicts), sorted by `order_by` (default
        {"field": "openCard", "mode": "desc"}); limit/offset up to 1,000 a page. WB operation:
        `POST /api/v2/search-report/table/details` (search_report_table_details).
        """

    def iter_search_query_groups(
        self,
        date_from: Day,
        date_to: Day,
        *,
        order_by: dict[str, str] | None = ...,
        position_cluster: str = ...,
        subject_ids: Sequence[int] | None = ...,
        brand_names: Sequence[str] | None = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[dict[str, Any]]:
        """The same figures by subject and brand (dicts), as iter_search_queries. WB operation:
        `POST /api/v2/search-report/table/groups` (search_report_table_groups).
        """

    def iter_order_feed(
        self,
        start: Day,
        end: Day | None = ...,
        *,
        nm_ids: Sequence[int] | None = ...,
        brand_names: Sequence[str] | None = ...,
        subject_ids: Sequence[int] | None = ...,
        resume: dict[str, Any] | None = ...,
        page_size: int | None = ...,
    ) -> OrderFeed:
        """The orders created start..end (RFC 3339 moments; no end: until now) as they stood at
        one moment: the first answer's `snapshotTime`, passed back with each next offset, so the
        pages agree whatever changes meanwhile. `resume`: a `.position` from an earlier run. Up to
        10,000 a page. WB operation: `POST /api/analytics/v1/order-feed` (order_feed).
        """

    def iter_wb_warehouse_stocks(
        self,
        *,
        nm_ids: Sequence[int] | None = ...,
        chrt_ids: Sequence[int] | None = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[dict[str, Any]]:
        """Stocks on WB's warehouses, a row per size and warehouse (the successor of the retired
        statistics stocks); limit/offset. WB operation:
        `POST /api/analytics/v1/stocks-report/wb-warehouses` (stocks_report_wb_warehouses).
        """

class AsyncFinanceService(AsyncService):
    """AsyncClient.finance: the same, for the generated `asyncio` functions."""

    raw: FinanceRaw

    def balance(self) -> Awaitable[AccountBalanceResponse]:
        """The seller's balance: `current`, `for_withdraw`, `currency`. WB operation:
        `GET /api/v1/account/balance` (account_balance).
        """

    def iter_realization(
        self,
        date_from: Day,
        date_to: Day,
        *,
        period: str = ...,
        fields: list[str] | None = ...,
        resume: int = ...,
        page_size: int | None = ...,
    ) -> RrdPages:
        """Every row of the realization reports over `date_from`..`date_to` (weekly reports, or
        `period="daily"`), rrdId order, as dicts (`fields`: only those). `resume`: the rrdId of
        the last row already read (RrdPages.rrd_id). Pages of up to 100,000 rows, 1 a minute.
        WB operation: `POST /api/finance/v1/sales-reports/detailed` (sales_report_detailed).
        """

    def iter_realization_report(
        self,
        report_id: int,
        *,
        fields: list[str] | None = ...,
        resume: int = ...,
        page_size: int | None = ...,
    ) -> RrdPages:
        """The rows of one realization report (from reports()). WB operation:
        `POST /api/finance/v1/sales-reports/detailed/{reportId}` (sales_report_by_id).
        """

    def reports(self, date_from: Day, date_to: Day, *, period: str = ...) -> Awaitable[list[dict[str, Any]]]:
        """The realization reports overlapping the period (reportId, dates, sums), all of them
        (limit/offset until none). WB operation: `POST /api/finance/v1/sales-reports/list`.
        """

    def iter_acquiring(
        self,
        date_from: Day,
        date_to: Day,
        *,
        fields: list[str] | None = ...,
        resume: int = ...,
        page_size: int | None = ...,
    ) -> RrdPages:
        """Every row of the acquiring reports over the period, paged by rrdId like
        iter_realization. WB operation: `POST /api/finance/v1/acquiring/detailed`.
        """

    def iter_acquiring_report(
        self,
        report_id: int,
        *,
        fields: list[str] | None = ...,
        resume: int = ...,
        page_size: int | None = ...,
    ) -> RrdPages:
        """The rows of one acquiring report. WB operation:
        `POST /api/finance/v1/acquiring/detailed/{reportId}` (acquiring_report_by_id).
        """

    def acquiring_reports(self, date_from: Day, date_to: Day) -> Awaitable[list[dict[str, Any]]]:
        """The acquiring reports overlapping the period. WB operation:
        `POST /api/finance/v1/acquiring/list` (acquiring_reports_list).
        """

class AsyncDocumentsService(AsyncService):
    """AsyncClient.documents: the same, for the generated `asyncio` functions."""

    raw: DocumentsRaw

    def categories(self, *, locale: str | None = ...) -> Awaitable[list[dict[str, Any]]]:
        """The document categories ({name, title}). WB operation: `GET /api/v1/documents/categories`."""

    def iter_documents(
        self,
        *,
        begin: date | datetime | str | None = ...,
        end: date | datetime | str | None = ...,
        category: str | None = ...,
        service_name: str | None = ...,
        sort: str | None = ...,
        order: str | None = ...,
        locale: str | None = ...,
        page_size: int | None = ...,
    ) -> AsyncPages[dict[str, Any]]:
        """Every document (dicts: serviceName, name, category, extensions, creationTime, viewed),
        created `begin`..`end` (days, inclusive), of a category / one serviceName, sorted by
        `sort` ("date", "category") and `order` ("desc", "asc"); limit/offset, 50 a page (WB's
        maximum). WB operation: `GET /api/v1/documents/list` (documents_list).
        """

    def download(self, service_name: str, extension: str, path: str | os.PathLike[str]) -> Awaitable[Path]:
        """One document in one of its formats (`extension`, from its `extensions`), written to
        `path`. Returns the path. WB operation: `GET /api/v1/documents/download` (document_download).
        """

    def download_many(
        self,
        documents: Iterable[tuple[str, str] | dict[str, str]],
        directory: str | os.PathLike[str],
        *,
        extract: bool = ...,
    ) -> Awaitable[list[Path]]:
        """Several documents, (serviceName, extension) pairs or {serviceName, extension}: WB sends
        them as one ZIP per request of at most 50 (more are split), written into `directory`
        as documents-1.zip, documents-2.zip, …; `extract=True` unzips them there instead.
        Returns the files written. WB operation: `POST /api/v1/documents/download/all`.
        """
