from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_funnel_products_response_data_products_item_statistic_selected_conversions import (
        SalesFunnelProductsResponseDataProductsItemStatisticSelectedConversions,
    )
    from ..models.sales_funnel_products_response_data_products_item_statistic_selected_period import (
        SalesFunnelProductsResponseDataProductsItemStatisticSelectedPeriod,
    )
    from ..models.sales_funnel_products_response_data_products_item_statistic_selected_time_to_ready import (
        SalesFunnelProductsResponseDataProductsItemStatisticSelectedTimeToReady,
    )
    from ..models.sales_funnel_products_response_data_products_item_statistic_selected_wb_club import (
        SalesFunnelProductsResponseDataProductsItemStatisticSelectedWbClub,
    )


T = TypeVar("T", bound="SalesFunnelProductsResponseDataProductsItemStatisticSelected")


@_attrs_define
class SalesFunnelProductsResponseDataProductsItemStatisticSelected:
    """
    Attributes:
        period (SalesFunnelProductsResponseDataProductsItemStatisticSelectedPeriod | Unset):
        open_count (int | Unset):  Example: 45.
        cart_count (int | Unset):  Example: 34.
        order_count (int | Unset):  Example: 19.
        order_sum (int | Unset):  Example: 1262.
        buyout_count (int | Unset):  Example: 19.
        buyout_sum (int | Unset):  Example: 1262.
        cancel_count (int | Unset):  Example: 0.
        cancel_sum (int | Unset):  Example: 0.
        avg_price (int | Unset):  Example: 1262.
        avg_orders_count_per_day (float | Unset):  Example: 0.04.
        share_order_percent (float | Unset):  Example: 3.
        add_to_wishlist (int | Unset):  Example: 455.
        time_to_ready (SalesFunnelProductsResponseDataProductsItemStatisticSelectedTimeToReady | Unset):
        localization_percent (int | Unset):  Example: 46.
        wb_club (SalesFunnelProductsResponseDataProductsItemStatisticSelectedWbClub | Unset):
        conversions (SalesFunnelProductsResponseDataProductsItemStatisticSelectedConversions | Unset):
    """

    period: (
        SalesFunnelProductsResponseDataProductsItemStatisticSelectedPeriod | Unset
    ) = UNSET
    open_count: int | Unset = UNSET
    cart_count: int | Unset = UNSET
    order_count: int | Unset = UNSET
    order_sum: int | Unset = UNSET
    buyout_count: int | Unset = UNSET
    buyout_sum: int | Unset = UNSET
    cancel_count: int | Unset = UNSET
    cancel_sum: int | Unset = UNSET
    avg_price: int | Unset = UNSET
    avg_orders_count_per_day: float | Unset = UNSET
    share_order_percent: float | Unset = UNSET
    add_to_wishlist: int | Unset = UNSET
    time_to_ready: (
        SalesFunnelProductsResponseDataProductsItemStatisticSelectedTimeToReady | Unset
    ) = UNSET
    localization_percent: int | Unset = UNSET
    wb_club: (
        SalesFunnelProductsResponseDataProductsItemStatisticSelectedWbClub | Unset
    ) = UNSET
    conversions: (
        SalesFunnelProductsResponseDataProductsItemStatisticSelectedConversions | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        open_count = self.open_count

        cart_count = self.cart_count

        order_count = self.order_count

        order_sum = self.order_sum

        buyout_count = self.buyout_count

        buyout_sum = self.buyout_sum

        cancel_count = self.cancel_count

        cancel_sum = self.cancel_sum

        avg_price = self.avg_price

        avg_orders_count_per_day = self.avg_orders_count_per_day

        share_order_percent = self.share_order_percent

        add_to_wishlist = self.add_to_wishlist

        time_to_ready: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_to_ready, Unset):
            time_to_ready = self.time_to_ready.to_dict()

        localization_percent = self.localization_percent

        wb_club: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wb_club, Unset):
            wb_club = self.wb_club.to_dict()

        conversions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversions, Unset):
            conversions = self.conversions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if open_count is not UNSET:
            field_dict["openCount"] = open_count
        if cart_count is not UNSET:
            field_dict["cartCount"] = cart_count
        if order_count is not UNSET:
            field_dict["orderCount"] = order_count
        if order_sum is not UNSET:
            field_dict["orderSum"] = order_sum
        if buyout_count is not UNSET:
            field_dict["buyoutCount"] = buyout_count
        if buyout_sum is not UNSET:
            field_dict["buyoutSum"] = buyout_sum
        if cancel_count is not UNSET:
            field_dict["cancelCount"] = cancel_count
        if cancel_sum is not UNSET:
            field_dict["cancelSum"] = cancel_sum
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if avg_orders_count_per_day is not UNSET:
            field_dict["avgOrdersCountPerDay"] = avg_orders_count_per_day
        if share_order_percent is not UNSET:
            field_dict["shareOrderPercent"] = share_order_percent
        if add_to_wishlist is not UNSET:
            field_dict["addToWishlist"] = add_to_wishlist
        if time_to_ready is not UNSET:
            field_dict["timeToReady"] = time_to_ready
        if localization_percent is not UNSET:
            field_dict["localizationPercent"] = localization_percent
        if wb_club is not UNSET:
            field_dict["wbClub"] = wb_club
        if conversions is not UNSET:
            field_dict["conversions"] = conversions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _period = d.pop("period", UNSET)
        period: (
            SalesFunnelProductsResponseDataProductsItemStatisticSelectedPeriod | Unset
        )
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = SalesFunnelProductsResponseDataProductsItemStatisticSelectedPeriod.from_dict(
                _period
            )

        open_count = d.pop("openCount", UNSET)

        cart_count = d.pop("cartCount", UNSET)

        order_count = d.pop("orderCount", UNSET)

        order_sum = d.pop("orderSum", UNSET)

        buyout_count = d.pop("buyoutCount", UNSET)

        buyout_sum = d.pop("buyoutSum", UNSET)

        cancel_count = d.pop("cancelCount", UNSET)

        cancel_sum = d.pop("cancelSum", UNSET)

        avg_price = d.pop("avgPrice", UNSET)

        avg_orders_count_per_day = d.pop("avgOrdersCountPerDay", UNSET)

        share_order_percent = d.pop("shareOrderPercent", UNSET)

        add_to_wishlist = d.pop("addToWishlist", UNSET)

        _time_to_ready = d.pop("timeToReady", UNSET)
        time_to_ready: (
            SalesFunnelProductsResponseDataProductsItemStatisticSelectedTimeToReady
            | Unset
        )
        if isinstance(_time_to_ready, Unset):
            time_to_ready = UNSET
        else:
            time_to_ready = SalesFunnelProductsResponseDataProductsItemStatisticSelectedTimeToReady.from_dict(
                _time_to_ready
            )

        localization_percent = d.pop("localizationPercent", UNSET)

        _wb_club = d.pop("wbClub", UNSET)
        wb_club: (
            SalesFunnelProductsResponseDataProductsItemStatisticSelectedWbClub | Unset
        )
        if isinstance(_wb_club, Unset):
            wb_club = UNSET
        else:
            wb_club = SalesFunnelProductsResponseDataProductsItemStatisticSelectedWbClub.from_dict(
                _wb_club
            )

        _conversions = d.pop("conversions", UNSET)
        conversions: (
            SalesFunnelProductsResponseDataProductsItemStatisticSelectedConversions
            | Unset
        )
        if isinstance(_conversions, Unset):
            conversions = UNSET
        else:
            conversions = SalesFunnelProductsResponseDataProductsItemStatisticSelectedConversions.from_dict(
                _conversions
            )

        sales_funnel_products_response_data_products_item_statistic_selected = cls(
            period=period,
            open_count=open_count,
            cart_count=cart_count,
            order_count=order_count,
            order_sum=order_sum,
            buyout_count=buyout_count,
            buyout_sum=buyout_sum,
            cancel_count=cancel_count,
            cancel_sum=cancel_sum,
            avg_price=avg_price,
            avg_orders_count_per_day=avg_orders_count_per_day,
            share_order_percent=share_order_percent,
            add_to_wishlist=add_to_wishlist,
            time_to_ready=time_to_ready,
            localization_percent=localization_percent,
            wb_club=wb_club,
            conversions=conversions,
        )

        sales_funnel_products_response_data_products_item_statistic_selected.additional_properties = d
        return sales_funnel_products_response_data_products_item_statistic_selected

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.sales_funnel_products_response_data_products_item_statistic_selected_conversions import SalesFunnelProductsResponseDataProductsItemStatisticSelectedConversions
from ..models.sales_funnel_products_response_data_products_item_statistic_selected_period import SalesFunnelProductsResponseDataProductsItemStatisticSelectedPeriod
from ..models.sales_funnel_products_response_data_products_item_statistic_selected_time_to_ready import SalesFunnelProductsResponseDataProductsItemStatisticSelectedTimeToReady
from ..models.sales_funnel_products_response_data_products_item_statistic_selected_wb_club import SalesFunnelProductsResponseDataProductsItemStatisticSelectedWbClub
