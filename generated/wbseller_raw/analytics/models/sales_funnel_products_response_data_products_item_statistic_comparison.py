from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_funnel_products_response_data_products_item_statistic_comparison_conversions import (
        SalesFunnelProductsResponseDataProductsItemStatisticComparisonConversions,
    )
    from ..models.sales_funnel_products_response_data_products_item_statistic_comparison_time_to_ready_dynamic import (
        SalesFunnelProductsResponseDataProductsItemStatisticComparisonTimeToReadyDynamic,
    )
    from ..models.sales_funnel_products_response_data_products_item_statistic_comparison_wb_club_dynamic import (
        SalesFunnelProductsResponseDataProductsItemStatisticComparisonWbClubDynamic,
    )


T = TypeVar("T", bound="SalesFunnelProductsResponseDataProductsItemStatisticComparison")


@_attrs_define
class SalesFunnelProductsResponseDataProductsItemStatisticComparison:
    """
    Attributes:
        open_count_dynamic (int | Unset):  Example: 10.
        cart_count_dynamic (int | Unset):  Example: 30.
        order_count_dynamic (int | Unset):  Example: -100.
        order_sum_dynamic (int | Unset):  Example: -100.
        buyout_count_dynamic (int | Unset):  Example: -100.
        buyout_sum_dynamic (int | Unset):  Example: -100.
        cancel_count_dynamic (int | Unset):  Example: 0.
        cancel_sum_dynamic (int | Unset):  Example: 0.
        avg_orders_count_per_day_dynamic (int | Unset):  Example: 0.
        avg_price_dynamic (int | Unset):  Example: -100.
        share_order_percent_dynamic (int | Unset):  Example: -80.
        add_to_wishlist_dynamic (int | Unset):  Example: 60.
        time_to_ready_dynamic (SalesFunnelProductsResponseDataProductsItemStatisticComparisonTimeToReadyDynamic |
            Unset):
        localization_percent_dynamic (int | Unset):  Example: 46.
        wb_club_dynamic (SalesFunnelProductsResponseDataProductsItemStatisticComparisonWbClubDynamic | Unset):
        conversions (SalesFunnelProductsResponseDataProductsItemStatisticComparisonConversions | Unset):
    """

    open_count_dynamic: int | Unset = UNSET
    cart_count_dynamic: int | Unset = UNSET
    order_count_dynamic: int | Unset = UNSET
    order_sum_dynamic: int | Unset = UNSET
    buyout_count_dynamic: int | Unset = UNSET
    buyout_sum_dynamic: int | Unset = UNSET
    cancel_count_dynamic: int | Unset = UNSET
    cancel_sum_dynamic: int | Unset = UNSET
    avg_orders_count_per_day_dynamic: int | Unset = UNSET
    avg_price_dynamic: int | Unset = UNSET
    share_order_percent_dynamic: int | Unset = UNSET
    add_to_wishlist_dynamic: int | Unset = UNSET
    time_to_ready_dynamic: (
        SalesFunnelProductsResponseDataProductsItemStatisticComparisonTimeToReadyDynamic
        | Unset
    ) = UNSET
    localization_percent_dynamic: int | Unset = UNSET
    wb_club_dynamic: (
        SalesFunnelProductsResponseDataProductsItemStatisticComparisonWbClubDynamic
        | Unset
    ) = UNSET
    conversions: (
        SalesFunnelProductsResponseDataProductsItemStatisticComparisonConversions
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_count_dynamic = self.open_count_dynamic

        cart_count_dynamic = self.cart_count_dynamic

        order_count_dynamic = self.order_count_dynamic

        order_sum_dynamic = self.order_sum_dynamic

        buyout_count_dynamic = self.buyout_count_dynamic

        buyout_sum_dynamic = self.buyout_sum_dynamic

        cancel_count_dynamic = self.cancel_count_dynamic

        cancel_sum_dynamic = self.cancel_sum_dynamic

        avg_orders_count_per_day_dynamic = self.avg_orders_count_per_day_dynamic

        avg_price_dynamic = self.avg_price_dynamic

        share_order_percent_dynamic = self.share_order_percent_dynamic

        add_to_wishlist_dynamic = self.add_to_wishlist_dynamic

        time_to_ready_dynamic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_to_ready_dynamic, Unset):
            time_to_ready_dynamic = self.time_to_ready_dynamic.to_dict()

        localization_percent_dynamic = self.localization_percent_dynamic

        wb_club_dynamic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wb_club_dynamic, Unset):
            wb_club_dynamic = self.wb_club_dynamic.to_dict()

        conversions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversions, Unset):
            conversions = self.conversions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_count_dynamic is not UNSET:
            field_dict["openCountDynamic"] = open_count_dynamic
        if cart_count_dynamic is not UNSET:
            field_dict["cartCountDynamic"] = cart_count_dynamic
        if order_count_dynamic is not UNSET:
            field_dict["orderCountDynamic"] = order_count_dynamic
        if order_sum_dynamic is not UNSET:
            field_dict["orderSumDynamic"] = order_sum_dynamic
        if buyout_count_dynamic is not UNSET:
            field_dict["buyoutCountDynamic"] = buyout_count_dynamic
        if buyout_sum_dynamic is not UNSET:
            field_dict["buyoutSumDynamic"] = buyout_sum_dynamic
        if cancel_count_dynamic is not UNSET:
            field_dict["cancelCountDynamic"] = cancel_count_dynamic
        if cancel_sum_dynamic is not UNSET:
            field_dict["cancelSumDynamic"] = cancel_sum_dynamic
        if avg_orders_count_per_day_dynamic is not UNSET:
            field_dict["avgOrdersCountPerDayDynamic"] = avg_orders_count_per_day_dynamic
        if avg_price_dynamic is not UNSET:
            field_dict["avgPriceDynamic"] = avg_price_dynamic
        if share_order_percent_dynamic is not UNSET:
            field_dict["shareOrderPercentDynamic"] = share_order_percent_dynamic
        if add_to_wishlist_dynamic is not UNSET:
            field_dict["addToWishlistDynamic"] = add_to_wishlist_dynamic
        if time_to_ready_dynamic is not UNSET:
            field_dict["timeToReadyDynamic"] = time_to_ready_dynamic
        if localization_percent_dynamic is not UNSET:
            field_dict["localizationPercentDynamic"] = localization_percent_dynamic
        if wb_club_dynamic is not UNSET:
            field_dict["wbClubDynamic"] = wb_club_dynamic
        if conversions is not UNSET:
            field_dict["conversions"] = conversions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        open_count_dynamic = d.pop("openCountDynamic", UNSET)

        cart_count_dynamic = d.pop("cartCountDynamic", UNSET)

        order_count_dynamic = d.pop("orderCountDynamic", UNSET)

        order_sum_dynamic = d.pop("orderSumDynamic", UNSET)

        buyout_count_dynamic = d.pop("buyoutCountDynamic", UNSET)

        buyout_sum_dynamic = d.pop("buyoutSumDynamic", UNSET)

        cancel_count_dynamic = d.pop("cancelCountDynamic", UNSET)

        cancel_sum_dynamic = d.pop("cancelSumDynamic", UNSET)

        avg_orders_count_per_day_dynamic = d.pop("avgOrdersCountPerDayDynamic", UNSET)

        avg_price_dynamic = d.pop("avgPriceDynamic", UNSET)

        share_order_percent_dynamic = d.pop("shareOrderPercentDynamic", UNSET)

        add_to_wishlist_dynamic = d.pop("addToWishlistDynamic", UNSET)

        _time_to_ready_dynamic = d.pop("timeToReadyDynamic", UNSET)
        time_to_ready_dynamic: (
            SalesFunnelProductsResponseDataProductsItemStatisticComparisonTimeToReadyDynamic
            | Unset
        )
        if isinstance(_time_to_ready_dynamic, Unset):
            time_to_ready_dynamic = UNSET
        else:
            time_to_ready_dynamic = SalesFunnelProductsResponseDataProductsItemStatisticComparisonTimeToReadyDynamic.from_dict(
                _time_to_ready_dynamic
            )

        localization_percent_dynamic = d.pop("localizationPercentDynamic", UNSET)

        _wb_club_dynamic = d.pop("wbClubDynamic", UNSET)
        wb_club_dynamic: (
            SalesFunnelProductsResponseDataProductsItemStatisticComparisonWbClubDynamic
            | Unset
        )
        if isinstance(_wb_club_dynamic, Unset):
            wb_club_dynamic = UNSET
        else:
            wb_club_dynamic = SalesFunnelProductsResponseDataProductsItemStatisticComparisonWbClubDynamic.from_dict(
                _wb_club_dynamic
            )

        _conversions = d.pop("conversions", UNSET)
        conversions: (
            SalesFunnelProductsResponseDataProductsItemStatisticComparisonConversions
            | Unset
        )
        if isinstance(_conversions, Unset):
            conversions = UNSET
        else:
            conversions = SalesFunnelProductsResponseDataProductsItemStatisticComparisonConversions.from_dict(
                _conversions
            )

        sales_funnel_products_response_data_products_item_statistic_comparison = cls(
            open_count_dynamic=open_count_dynamic,
            cart_count_dynamic=cart_count_dynamic,
            order_count_dynamic=order_count_dynamic,
            order_sum_dynamic=order_sum_dynamic,
            buyout_count_dynamic=buyout_count_dynamic,
            buyout_sum_dynamic=buyout_sum_dynamic,
            cancel_count_dynamic=cancel_count_dynamic,
            cancel_sum_dynamic=cancel_sum_dynamic,
            avg_orders_count_per_day_dynamic=avg_orders_count_per_day_dynamic,
            avg_price_dynamic=avg_price_dynamic,
            share_order_percent_dynamic=share_order_percent_dynamic,
            add_to_wishlist_dynamic=add_to_wishlist_dynamic,
            time_to_ready_dynamic=time_to_ready_dynamic,
            localization_percent_dynamic=localization_percent_dynamic,
            wb_club_dynamic=wb_club_dynamic,
            conversions=conversions,
        )

        sales_funnel_products_response_data_products_item_statistic_comparison.additional_properties = d
        return sales_funnel_products_response_data_products_item_statistic_comparison

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
from ..models.sales_funnel_products_response_data_products_item_statistic_comparison_conversions import SalesFunnelProductsResponseDataProductsItemStatisticComparisonConversions
from ..models.sales_funnel_products_response_data_products_item_statistic_comparison_time_to_ready_dynamic import SalesFunnelProductsResponseDataProductsItemStatisticComparisonTimeToReadyDynamic
from ..models.sales_funnel_products_response_data_products_item_statistic_comparison_wb_club_dynamic import SalesFunnelProductsResponseDataProductsItemStatisticComparisonWbClubDynamic
