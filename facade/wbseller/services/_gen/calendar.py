"""client.calendar and AsyncClient.calendar: CalendarService and AsyncCalendarService, and the
AsyncClient's twins of the upload handles. Written by scripts/async_types.py from
services/calendar.py: do not edit (`make generate` rewrites it, `make check` fails when it is out of
date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.calendar import CalendarOps
from wbseller.services.calendar_upload import PromotionUpload

if TYPE_CHECKING:
    from collections.abc import Awaitable, Iterable, Sequence
    from datetime import datetime

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller.services.calendar_upload import PromotionUploadResult
    from wbseller_raw.calendar.client import AuthenticatedClient as CalendarRaw
    from wbseller_raw.calendar.models import PromotionDetails, PromotionListItem, PromotionNomenclature


class AsyncPromotionUpload(PromotionUpload, twin_of=PromotionUpload):
    """PromotionUpload of an AsyncClient: wait() is awaitable."""

    if TYPE_CHECKING:

        def wait(  # type: ignore[override]
            self, timeout: float | None = None, poll: float | None = None
        ) -> Awaitable[PromotionUploadResult]: ...


class CalendarService(CalendarOps, Service):
    """client.calendar: The promotions calendar: promotions of a period, their details, the products
    that can take part, and adding products to a promotion — an upload you can wait on."""

    raw: CalendarRaw


class AsyncCalendarService(CalendarOps, AsyncService):
    """AsyncClient.calendar: the operations of CalendarService, awaitable / async-iterable."""

    raw: CalendarRaw

    if TYPE_CHECKING:

        def iter_promotions(
            self,
            start: datetime | str,
            end: datetime | str,
            all_promo: bool = False,
            *,
            page_size: int | None = None,
        ) -> AsyncPages[PromotionListItem | RawItem]:
            """The promotions occurring in [start, end] (aware datetimes -- WB's calendar times are UTC,
            a naive one is refused -- or RFC 3339 strings), by limit/offset until an empty page.
            all_promo=False: those available for participation.
            """

        def iter_nomenclatures(
            self, promotion_id: int, in_action: bool, *, page_size: int | None = None
        ) -> AsyncPages[PromotionNomenclature | RawItem]:
            """The products that can take part in a (regular) promotion: those in it (in_action=True)
            or not yet (False), by limit/offset until an empty page.
            """

        def promotion_details(  # type: ignore[override]
            self, ids: Iterable[int]
        ) -> Awaitable[list[PromotionDetails | RawItem]]:
            """The details of any number of promotions, asked for in batches of the spec's maximum
            (100); duplicates asked once, unknown IDs left out by WB.
            """

        def add_to_promotion(  # type: ignore[override]
            self, promotion_id: int, nm_ids: Iterable[int], upload_now: bool = True
        ) -> Awaitable[AsyncPromotionUpload]:
            """Add products (nmIDs, suitable for the promotion) to a regular promotion: now, or when it
            starts (upload_now=False). Returns a PromotionUpload to wait on.
            """

        def promotion_upload(
            self,
            promotion_id: int,
            nm_ids: Sequence[int],
            upload_ids: Sequence[int] = (),
            upload_now: bool = True,
        ) -> AsyncPromotionUpload:
            """The handle of an earlier promotion upload (e.g. in a restarted process)."""
