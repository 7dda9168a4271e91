"""The general group (common-api and its neighbours): the seller, WB's tariffs, the seller's users,
the portal news.

info = wb.general.seller_info()                 # name, sid, tin, tradeMark
rates = wb.general.tariffs_commission()         # per subject: kgvpMarketplace, kgvpSupplier, ...
box = wb.general.tariffs_box(date.today())      # warehouses' box delivery and storage tariffs
for user in wb.general.iter_users():            # the seller's portal users (personal token)
    ...
wb.general.invite_user("+79990001122", position="Менеджер", access={"feedbacks": True})

Acceptance coefficients are marked temporarily disabled by WB (2026-08-19): the call is sent and
warns (TemporarilyDisabledWarning). Rating, subscription and tariff options take a service token;
the users' operations a personal one (the transport says so before sending).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.general import ops

from ..drift import RawItem
from ..errors import InvalidRequestError
from ..pagination import Pages, PageState
from ..plans import EmitAll, Plan, SyncRunner, call
from ..validation import check_body, check_value
from ._common import as_int, page_size
from ._comms import listed, one, path

if TYPE_CHECKING:
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


def _day(value: date | datetime | str, field: str = "date") -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise InvalidRequestError(
            f"{field}: {value!r} is not a date (YYYY-MM-DD)", field=field, value=value
        ) from None


def _access(access: Mapping[str, bool] | None, field: str) -> list[dict[str, Any]]:
    """{code: enabled} -> WB's [{code, disabled}] (WB names the opposite: `disabled`)."""
    return [{"code": code, "disabled": not enabled} for code, enabled in (access or {}).items()]


def _data(response: Any) -> Any:
    return path(response.parsed, "response", "data")


class GeneralOps:
    """The general group's operations, shared by the sync and async general services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    # --- the seller ----------------------------------------------------------------------------
    def seller_info(self) -> SellerInfoResponse | None:
        """The seller's name, ID (sid), TIN and trade mark. WB operation: `GET /api/v1/seller-info`."""
        return cast("SellerInfoResponse | None", self._runner.run(one(call(ops.SELLER_INFO), _parsed)))

    def rating(self) -> SellerRatingResponse | None:
        """The seller's rating (`valuation`) and feedback count; a service token. WB operation:
        `GET /api/common/v1/rating` (seller_rating, on feedbacks-api)."""
        return cast("SellerRatingResponse | None", self._runner.run(one(call(ops.SELLER_RATING), _parsed)))

    def subscription(self) -> JamSubscriptionResponse | None:
        """The seller's Jam subscription (state, level, since, till); a service token. WB
        operation: `GET /api/common/v1/subscriptions` (jam_subscription)."""
        plan = one(call(ops.JAM_SUBSCRIPTION), _parsed)
        return cast("JamSubscriptionResponse | None", self._runner.run(plan))

    def tariff_options(self, *, locale: str = "ru") -> TariffConstructorOptionsResponse | None:
        """The tariff constructor's options and packages the seller has; a service token. WB
        operation: `GET /api/common/v1/tariff-constructor/options` (tariff_constructor_options)."""
        check_value(ops.TARIFF_CONSTRUCTOR_OPTIONS.param("locale"), locale, "locale")
        plan = one(call(ops.TARIFF_CONSTRUCTOR_OPTIONS, locale=locale), _parsed)
        return cast("TariffConstructorOptionsResponse | None", self._runner.run(plan))

    def news(
        self, *, since: date | datetime | str | None = None, from_id: int | None = None
    ) -> list[NewsItem | RawItem]:
        """Seller-portal news from a date (`since`) or after a news ID (`from_id`): WB needs one.
        WB operation: `GET /api/communications/v2/news` (getting_seller_portal_news)."""
        if (since is None) == (from_id is None):
            raise InvalidRequestError("since, from_id: give exactly one", field="from", value=since)
        kwargs: dict[str, Any] = {}
        if since is not None:
            kwargs["from_"] = date.fromisoformat(_day(since, "from"))
        else:
            check_value(ops.GETTING_SELLER_PORTAL_NEWS.param("fromID"), from_id, "fromID")
            kwargs["from_id"] = from_id
        plan = one(call(ops.GETTING_SELLER_PORTAL_NEWS, **kwargs), lambda r: listed(path(r.parsed, "data")))
        return cast("list[NewsItem | RawItem]", self._runner.run(plan))

    # --- tariffs -------------------------------------------------------------------------------
    def tariffs_commission(
        self, *, locale: str | None = None
    ) -> list[TariffsCommissionResponseReportItem | RawItem]:
        """WB's commission per subject (kgvpMarketplace, kgvpSupplier, …, in %). 1 a minute.
        WB operation: `GET /api/v1/tariffs/commission` (tariffs_commission)."""
        kwargs = {} if locale is None else {"locale": locale}
        plan = one(call(ops.TARIFFS_COMMISSION, **kwargs), lambda r: listed(path(r.parsed, "report")))
        return cast("list[TariffsCommissionResponseReportItem | RawItem]", self._runner.run(plan))

    def tariffs_box(self, day: date | datetime | str) -> TariffsBoxResponseResponseData | None:
        """Box tariffs per warehouse on a day (delivery and storage). WB operation:
        `GET /api/v1/tariffs/box` (tariffs_box)."""
        plan = one(call(ops.TARIFFS_BOX, date=_day(day)), _data)
        return cast("TariffsBoxResponseResponseData | None", self._runner.run(plan))

    def tariffs_pallet(self, day: date | datetime | str) -> TariffsPalletResponseResponseData | None:
        """Pallet tariffs per warehouse on a day. WB operation: `GET /api/v1/tariffs/pallet`."""
        plan = one(call(ops.TARIFFS_PALLET, date=_day(day)), _data)
        return cast("TariffsPalletResponseResponseData | None", self._runner.run(plan))

    def tariffs_return(self, day: date | datetime | str) -> TariffsReturnResponseResponseData | None:
        """Tariffs for returning goods to the seller, per warehouse, on a day. WB operation:
        `GET /api/v1/tariffs/return` (tariffs_return)."""
        plan = one(call(ops.TARIFFS_RETURN, date=_day(day)), _data)
        return cast("TariffsReturnResponseResponseData | None", self._runner.run(plan))

    def acceptance_coefficients(
        self, warehouse_ids: Iterable[int] | None = None
    ) -> list[TariffsAcceptanceCoefficientsItem | RawItem]:
        """Acceptance coefficients for the next 14 days, of some warehouses or all. WB marks this
        operation temporarily disabled since 2026-08-19: it is sent, with a
        TemporarilyDisabledWarning. WB operation: `GET /api/tariffs/v1/acceptance/coefficients`."""
        kwargs: dict[str, Any] = {}
        if warehouse_ids is not None:
            ids = list(dict.fromkeys(warehouse_ids))
            for i, wid in enumerate(ids):
                check_value({"type": "integer", "minimum": 1}, wid, f"warehouseIDs[{i}]")
            kwargs["warehouse_i_ds"] = ",".join(str(i) for i in ids)
        plan = one(call(ops.TARIFFS_ACCEPTANCE_COEFFICIENTS, **kwargs), lambda r: listed(r.parsed))
        return cast("list[TariffsAcceptanceCoefficientsItem | RawItem]", self._runner.run(plan))

    # --- users ---------------------------------------------------------------------------------
    def iter_users(
        self, *, invite_only: bool = False, page_size: int | None = None
    ) -> Pages[UsersListResponseUsersItem | RawItem]:
        """The seller's portal users (or only the pending invitations), with their access;
        `page_size` a request (at most 100), paged by offset until WB's `total`. A personal
        token. WB operation: `GET /api/v1/users` (users_list, on user-management-api)."""
        size = _users_page(page_size)

        def plan(state: PageState) -> Plan[None]:
            offset = 0
            while True:
                r = yield from call(ops.USERS_LIST, limit=size, offset=offset, is_invite_only=invite_only)
                page = listed(path(r.parsed, "users"))
                total = as_int(path(r.parsed, "total"))
                state.pages += 1
                yield EmitAll(page, state)
                offset += len(page)
                if len(page) < size or (total is not None and offset >= total):
                    return

        return Pages(self._runner, plan)

    def invite_user(
        self, phone: str, *, position: str | None = None, access: Mapping[str, bool] | None = None
    ) -> UserInviteResponse | None:
        """Invite a user by phone number, with a position (up to 150 characters) and access
        {code: enabled} (codes: balance, feedbacks, finance, marketplace, questions, supply…);
        returns the invitation (inviteID, inviteUrl, expiredAt). WB operation:
        `POST /api/v1/invite` (user_invite)."""
        invite: dict[str, Any] = {"phoneNumber": phone}
        if position is not None:
            invite["position"] = position
        body: dict[str, Any] = {"invite": invite}
        if access:
            body["access"] = _access(access, "access")
        check_body(ops.USER_INVITE, body)
        if not isinstance(phone, str) or not phone.strip():
            raise InvalidRequestError("invite.phoneNumber: required", field="invite.phoneNumber", value=phone)
        return cast(
            "UserInviteResponse | None", self._runner.run(one(call(ops.USER_INVITE, body=body), _parsed))
        )

    def update_user_access(self, accesses: Mapping[int, Mapping[str, bool]]) -> None:
        """Change users' access: {userId: {code: enabled}}; codes not named stay as they are.
        WB operation: `PUT /api/v1/users/access` (users_access_update)."""
        rows = [{"userId": uid, "access": _access(a, f"usersAccesses[{uid}]")} for uid, a in accesses.items()]
        if not rows:
            raise InvalidRequestError("accesses: empty", field="usersAccesses", value={})
        body = {"usersAccesses": rows}
        check_body(ops.USERS_ACCESS_UPDATE, body)
        return self._runner.run(one(call(ops.USERS_ACCESS_UPDATE, body=body), lambda r: None))

    def delete_user(self, user_id: int) -> None:
        """Remove a user from the seller's portal. WB operation: `DELETE /api/v1/user`."""
        check_value({"type": "integer", "minimum": 1}, user_id, "deletedUserID")
        return self._runner.run(one(call(ops.USER_DELETE, deleted_user_id=user_id), lambda r: None))


def _parsed(response: Any) -> Any:
    return response.parsed


def _users_page(value: int | None) -> int:
    return page_size(ops.USERS_LIST, value)
