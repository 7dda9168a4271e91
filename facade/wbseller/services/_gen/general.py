"""client.general and AsyncClient.general: GeneralService and AsyncGeneralService. Written by
scripts/async_types.py from services/general.py: do not edit (`make generate` rewrites it, `make
check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.general import GeneralOps

if TYPE_CHECKING:
    from collections.abc import Awaitable, Iterable, Mapping
    from datetime import date, datetime

    from wbseller.drift import RawItem
    from wbseller.pagination import AsyncPages
    from wbseller_raw.general.client import AuthenticatedClient as GeneralRaw
    from wbseller_raw.general.models import (
        JamSubscriptionResponse,
        NewsItem,
        SellerInfoResponse,
        SellerRatingResponse,
        TariffConstructorOptionsResponse,
        TariffsAcceptanceCoefficientsItem,
        TariffsBoxResponseResponseData,
        TariffsCommissionResponseReportItem,
        TariffsPalletResponseResponseData,
        TariffsReturnResponseResponseData,
        UserInviteResponse,
        UsersListResponseUsersItem,
    )


class GeneralService(GeneralOps, Service):
    """client.general: The general group (common-api and its neighbours): the seller, WB's tariffs,
    the seller's users, the portal news."""

    raw: GeneralRaw


class AsyncGeneralService(GeneralOps, AsyncService):
    """AsyncClient.general: the operations of GeneralService, awaitable / async-iterable."""

    raw: GeneralRaw

    if TYPE_CHECKING:

        def seller_info(  # type: ignore[override]
            self,
        ) -> Awaitable[SellerInfoResponse | None]:
            """The seller's name, ID (sid), TIN and trade mark. WB operation: `GET /api/v1/seller-info`."""

        def rating(  # type: ignore[override]
            self,
        ) -> Awaitable[SellerRatingResponse | None]:
            """The seller's rating (`valuation`) and feedback count; a service token. WB operation:
            `GET /api/common/v1/rating` (seller_rating, on feedbacks-api).
            """

        def subscription(  # type: ignore[override]
            self,
        ) -> Awaitable[JamSubscriptionResponse | None]:
            """The seller's Jam subscription (state, level, since, till); a service token. WB
            operation: `GET /api/common/v1/subscriptions` (jam_subscription).
            """

        def tariff_options(  # type: ignore[override]
            self, *, locale: str = "ru"
        ) -> Awaitable[TariffConstructorOptionsResponse | None]:
            """The tariff constructor's options and packages the seller has; a service token. WB
            operation: `GET /api/common/v1/tariff-constructor/options` (tariff_constructor_options).
            """

        def news(  # type: ignore[override]
            self, *, since: date | datetime | str | None = None, from_id: int | None = None
        ) -> Awaitable[list[NewsItem | RawItem]]:
            """Seller-portal news from a date (`since`) or after a news ID (`from_id`): WB needs one.
            WB operation: `GET /api/communications/v2/news` (getting_seller_portal_news).
            """

        def tariffs_commission(  # type: ignore[override]
            self, *, locale: str | None = None
        ) -> Awaitable[list[TariffsCommissionResponseReportItem | RawItem]]:
            """WB's commission per subject (kgvpMarketplace, kgvpSupplier, …, in %). 1 a minute.
            WB operation: `GET /api/v1/tariffs/commission` (tariffs_commission).
            """

        def tariffs_box(  # type: ignore[override]
            self, day: date | datetime | str
        ) -> Awaitable[TariffsBoxResponseResponseData | None]:
            """Box tariffs per warehouse on a day (delivery and storage). WB operation:
            `GET /api/v1/tariffs/box` (tariffs_box).
            """

        def tariffs_pallet(  # type: ignore[override]
            self, day: date | datetime | str
        ) -> Awaitable[TariffsPalletResponseResponseData | None]:
            """Pallet tariffs per warehouse on a day. WB operation: `GET /api/v1/tariffs/pallet`."""

        def tariffs_return(  # type: ignore[override]
            self, day: date | datetime | str
        ) -> Awaitable[TariffsReturnResponseResponseData | None]:
            """Tariffs for returning goods to the seller, per warehouse, on a day. WB operation:
            `GET /api/v1/tariffs/return` (tariffs_return).
            """

        def acceptance_coefficients(  # type: ignore[override]
            self, warehouse_ids: Iterable[int] | None = None
        ) -> Awaitable[list[TariffsAcceptanceCoefficientsItem | RawItem]]:
            """Acceptance coefficients for the next 14 days, of some warehouses or all. WB marks this
            operation temporarily disabled since 2026-08-19: it is sent, with a
            TemporarilyDisabledWarning. WB operation: `GET /api/tariffs/v1/acceptance/coefficients`.
            """

        def iter_users(
            self, *, invite_only: bool = False, page_size: int | None = None
        ) -> AsyncPages[UsersListResponseUsersItem | RawItem]:
            """The seller's portal users (or only the pending invitations), with their access;
            `page_size` a request (at most 100), paged by offset until WB's `total`. A personal
            token. WB operation: `GET /api/v1/users` (users_list, on user-management-api).
            """

        def invite_user(  # type: ignore[override]
            self, phone: str, *, position: str | None = None, access: Mapping[str, bool] | None = None
        ) -> Awaitable[UserInviteResponse | None]:
            """Invite a user by phone number, with a position (up to 150 characters) and access
            {code: enabled} (codes: balance, feedbacks, finance, marketplace, questions, supply…);
            returns the invitation (inviteID, inviteUrl, expiredAt). WB operation:
            `POST /api/v1/invite` (user_invite).
            """

        def update_user_access(  # type: ignore[override]
            self, accesses: Mapping[int, Mapping[str, bool]]
        ) -> Awaitable[None]:
            """Change users' access: {userId: {code: enabled}}; codes not named stay as they are.
            WB operation: `PUT /api/v1/users/access` (users_access_update).
            """

        def delete_user(  # type: ignore[override]
            self, user_id: int
        ) -> Awaitable[None]:
            """Remove a user from the seller's portal. WB operation: `DELETE /api/v1/user`."""
