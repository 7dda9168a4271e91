"""client.wbd and AsyncClient.wbd: WbdService and AsyncWbdService, and the AsyncClient's twins of
the upload handles. Written by scripts/async_types.py from services/wbd.py: do not edit (`make
generate` rewrites it, `make check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.wbd import WbdOps
from wbseller.services.wbd.upload import ContentUpload

if TYPE_CHECKING:
    import os
    from collections.abc import Awaitable, Sequence
    from datetime import datetime
    from pathlib import Path
    from typing import Any

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller.progress import ProgressArg
    from wbseller.services.wbd._rules import Blob, Source
    from wbseller.services.wbd.keys import KeysDeletion
    from wbseller_raw.wbd.client import AuthenticatedClient as WbdRaw
    from wbseller_raw.wbd.models import Catalog, ContentInfo, Offer, OfferKey, OfferKeysCount, RedeemedKey


class AsyncContentUpload(ContentUpload, twin_of=ContentUpload):
    """ContentUpload of an AsyncClient: wait() is awaitable."""

    if TYPE_CHECKING:

        def wait(  # type: ignore[override]
            self, timeout: float | None = None, poll: float | None = None
        ) -> Awaitable[ContentInfo]: ...


class WbdService(WbdOps, Service):
    """client.wbd: Wildberries Digital (WBD, `client.wbd`, Bearer token `wbd_token=`): offers,
    activation keys, content uploads in parts and resumable downloads."""

    raw: WbdRaw


class AsyncWbdService(WbdOps, AsyncService):
    """AsyncClient.wbd: the operations of WbdService, awaitable / async-iterable."""

    raw: WbdRaw

    if TYPE_CHECKING:

        def create_offer(  # type: ignore[override]
            self,
            *,
            title: str,
            description: str,
            tags: Sequence[str],
            section: int,
            catalog_path: Sequence[int],
            age_rating: str,
            price: int,
            discount_price: int | None = None,
            gallery: Sequence[str] | None = None,
            keys: Sequence[str] | None = None,
            content: Sequence[dict[str, int]] | None = None,
            meta: dict[str, Any] | None = None,
            status: int = 0,
        ) -> Awaitable[Offer]:
            """Create an offer (status 0 draft, 1 publish); returns the offer. Keys beyond WB's 1000 per
            request go in follow-up `Add activation keys` requests. Checks title ≤ 500, description
            ≤ 5000, 1-5 tags of ≤ 45 characters, section and age_rating, gallery ≤ 8, keys ≤ 200
            characters; sections 3/12/13 need keys and meta.key_instruction, 1/2/4/5/6 need content.
            """

        def edit_offer(  # type: ignore[override]
            self,
            offer_id: int,
            *,
            title: str | None = None,
            description: str | None = None,
            price: int | None = None,
            discount_price: int | None = None,
            gallery: Sequence[str] | None = None,
            age_rating: str | None = None,
            tags: Sequence[str] | None = None,
            status: int | None = None,
            catalog_path: Sequence[int] | None = None,
            meta: dict[str, Any] | None = None,
        ) -> Awaitable[None]:
            """Change the given fields of an offer (status 0 draft, 1 publish, 2 suspend, 3 delete);
            the same checks as create_offer on what is given.
            """

        def get_offer(  # type: ignore[override]
            self, offer_id: int
        ) -> Awaitable[Offer]:
            """One offer's information."""

        def update_price(  # type: ignore[override]
            self, offer_id: int, price: int, discount_price: int | None = None
        ) -> Awaitable[None]:
            """Set an offer's price and discounted price (₽); no discount_price (or 0): no discount."""

        def update_status(  # type: ignore[override]
            self, offer_id: int, status: int
        ) -> Awaitable[None]:
            """Set an offer's status: 0 draft, 1 published, 2 suspended, 3 deleted."""

        def catalog(  # type: ignore[override]
            self,
        ) -> Awaitable[Catalog]:
            """The category tree: sections (`is_section`) and their subcategories (catalog_path IDs),
            each a CatalogNode {id, parent_id, section_id, node_order, total, name, img, path,
            children}.
            """

        def iter_offers(
            self,
            *,
            search: str | None = None,
            category: int | None = None,
            status: int | None = None,
            sort: str | None = None,
            sort_dir: str | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[Offer | RawItem]:
            """Every offer matching the filters (category 1 video, 2 audio, 4 document; status 0 draft,
            1 published, 2 suspended; sort created|updated, sort_dir asc|desc), page by page.
            """

        def add_keys(  # type: ignore[override]
            self, offer_id: int, keys: Sequence[str]
        ) -> Awaitable[None]:
            """Add activation keys to an offer (section 3, 12 or 13), any number: sent in requests of
            WB's 1000; each key at most 200 characters (checked before sending).
            """

        def delete_keys(  # type: ignore[override]
            self, ids: Sequence[int]
        ) -> Awaitable[KeysDeletion]:
            """Delete activation keys by ID (split into requests of DELETE_KEYS_BATCH); returns a
            KeysDeletion with WB's status of each key (`deleted`, and `failed` with WB's reasons;
            `partial` when WB answered 207 multi-status: some keys were not deleted).
            """

        def count_keys(  # type: ignore[override]
            self, offer_id: int
        ) -> Awaitable[OfferKeysCount]:
            """An offer's key counts (total, available, reserved, deleted)."""

        def iter_keys(
            self,
            offer_id: int,
            *,
            deleted: bool = True,
            sold: bool = True,
            reserved: bool = True,
            expired: bool = True,
            page_size: int | None = None,
        ) -> AsyncPages[OfferKey | RawItem]:
            """The keys uploaded for an offer (the flags include deleted/sold/reserved/expired ones),
            page by page: OfferKey {id, value, created_at, buyed_at, deleted_at} (the last two None
            until bought or deleted). WB grants this method through technical support.
            """

        def iter_redeemed_keys(
            self,
            *,
            offer_id: int | None = None,
            date_from: datetime | str | None = None,
            date_to: datetime | str | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[RedeemedKey | RawItem]:
            """Redeemed keys (of one offer, purchased in [date_from, date_to)), page by page:
            RedeemedKey {id, offer_id, offer_title, offer_price, value, created_at, buyed_at}. Dates:
            datetimes or RFC 3339 strings; naive ones are Moscow time.
            """

        def set_offer_cover(  # type: ignore[override]
            self, offer_id: int, image: Blob, content_type: str | None = None
        ) -> Awaitable[None]:
            """Add or replace an offer's cover: a path, bytes or a binary file; PNG or JPEG, at most
            5 MB (checked before sending); the type is read from the file unless given.
            """

        def upload_content_cover(  # type: ignore[override]
            self, image: Blob, content_type: str | None = None
        ) -> Awaitable[list[str]]:
            """Upload a content cover (PNG or JPEG, at most 5 MB); returns the URIs of its renditions,
            for `meta={"thumbnail": uris, ...}` of upload_content.
            """

        def upload_gallery(  # type: ignore[override]
            self, files: Sequence[Blob]
        ) -> Awaitable[list[str]]:
            """Upload an offer's media files (up to 8: images PNG/JPEG ≤ 5 MB, videos MP4 ≤ 50 MB,
            ≤ 100 MB together; checked before sending); returns their URIs for `gallery`.
            """

        def upload_content(  # type: ignore[override]
            self,
            source: Source,
            *,
            title: str,
            description: str,
            catalog_id: int,
            meta: dict[str, Any] | None = None,
            content_type: str | None = None,
            progress: ProgressArg = None,
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

        def get_content(  # type: ignore[override]
            self, content_id: int
        ) -> Awaitable[ContentInfo]:
            """One piece of content's information (status: 0 created, 1 uploaded, 2 published,
            3 error, 4 processing, 5 sent to server).
            """

        def edit_content(  # type: ignore[override]
            self, content_id: int, *, title: str | None = None, description: str | None = None
        ) -> Awaitable[ContentInfo]:
            """Change a content's title (≤ 500) or description (≤ 1000); returns the content."""

        def delete_content(  # type: ignore[override]
            self, content_id: int
        ) -> Awaitable[None]:
            """Delete a piece of content."""

        def iter_content(
            self,
            *,
            search: str | None = None,
            category: int | None = None,
            status: int | None = None,
            sort: str | None = None,
            sort_dir: str | None = None,
            page_size: int | None = None,
        ) -> AsyncPages[ContentInfo | RawItem]:
            """All your content matching the filters (category = catalog_id 1, 2, 4; status 0-5;
            sort created|updated, sort_dir asc|desc), page by page.
            """

        def download_content(  # type: ignore[override]
            self,
            uri: str | ContentInfo | RawItem | dict[str, Any],
            dest: str | os.PathLike[str],
            *,
            size: int | None = None,
            progress: ProgressArg = None,
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
