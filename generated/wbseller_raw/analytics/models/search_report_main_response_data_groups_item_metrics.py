from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_main_response_data_groups_item_metrics_add_to_cart import (
        SearchReportMainResponseDataGroupsItemMetricsAddToCart,
    )
    from ..models.search_report_main_response_data_groups_item_metrics_avg_position import (
        SearchReportMainResponseDataGroupsItemMetricsAvgPosition,
    )
    from ..models.search_report_main_response_data_groups_item_metrics_cart_to_order import (
        SearchReportMainResponseDataGroupsItemMetricsCartToOrder,
    )
    from ..models.search_report_main_response_data_groups_item_metrics_open_card import (
        SearchReportMainResponseDataGroupsItemMetricsOpenCard,
    )
    from ..models.search_report_main_response_data_groups_item_metrics_open_to_cart import (
        SearchReportMainResponseDataGroupsItemMetricsOpenToCart,
    )
    from ..models.search_report_main_response_data_groups_item_metrics_orders import (
        SearchReportMainResponseDataGroupsItemMetricsOrders,
    )
    from ..models.search_report_main_response_data_groups_item_metrics_visibility import (
        SearchReportMainResponseDataGroupsItemMetricsVisibility,
    )


T = TypeVar("T", bound="SearchReportMainResponseDataGroupsItemMetrics")


@_attrs_define
class SearchReportMainResponseDataGroupsItemMetrics:
    """
    Attributes:
        avg_position (SearchReportMainResponseDataGroupsItemMetricsAvgPosition | Unset):
        open_card (SearchReportMainResponseDataGroupsItemMetricsOpenCard | Unset):
        add_to_cart (SearchReportMainResponseDataGroupsItemMetricsAddToCart | Unset):
        open_to_cart (SearchReportMainResponseDataGroupsItemMetricsOpenToCart | Unset):
        orders (SearchReportMainResponseDataGroupsItemMetricsOrders | Unset):
        cart_to_order (SearchReportMainResponseDataGroupsItemMetricsCartToOrder | Unset):
        visibility (SearchReportMainResponseDataGroupsItemMetricsVisibility | Unset):
    """

    avg_position: SearchReportMainResponseDataGroupsItemMetricsAvgPosition | Unset = (
        UNSET
    )
    open_card: SearchReportMainResponseDataGroupsItemMetricsOpenCard | Unset = UNSET
    add_to_cart: SearchReportMainResponseDataGroupsItemMetricsAddToCart | Unset = UNSET
    open_to_cart: SearchReportMainResponseDataGroupsItemMetricsOpenToCart | Unset = (
        UNSET
    )
    orders: SearchReportMainResponseDataGroupsItemMetricsOrders | Unset = UNSET
    cart_to_order: SearchReportMainResponseDataGroupsItemMetricsCartToOrder | Unset = (
        UNSET
    )
    visibility: SearchReportMainResponseDataGroupsItemMetricsVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avg_position, Unset):
            avg_position = self.avg_position.to_dict()

        open_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_card, Unset):
            open_card = self.open_card.to_dict()

        add_to_cart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.add_to_cart, Unset):
            add_to_cart = self.add_to_cart.to_dict()

        open_to_cart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_to_cart, Unset):
            open_to_cart = self.open_to_cart.to_dict()

        orders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = self.orders.to_dict()

        cart_to_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_to_order, Unset):
            cart_to_order = self.cart_to_order.to_dict()

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_position is not UNSET:
            field_dict["avgPosition"] = avg_position
        if open_card is not UNSET:
            field_dict["openCard"] = open_card
        if add_to_cart is not UNSET:
            field_dict["addToCart"] = add_to_cart
        if open_to_cart is not UNSET:
            field_dict["openToCart"] = open_to_cart
        if orders is not UNSET:
            field_dict["orders"] = orders
        if cart_to_order is not UNSET:
            field_dict["cartToOrder"] = cart_to_order
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _avg_position = d.pop("avgPosition", UNSET)
        avg_position: SearchReportMainResponseDataGroupsItemMetricsAvgPosition | Unset
        if isinstance(_avg_position, Unset):
            avg_position = UNSET
        else:
            avg_position = (
                SearchReportMainResponseDataGroupsItemMetricsAvgPosition.from_dict(
                    _avg_position
                )
            )

        _open_card = d.pop("openCard", UNSET)
        open_card: SearchReportMainResponseDataGroupsItemMetricsOpenCard | Unset
        if isinstance(_open_card, Unset):
            open_card = UNSET
        else:
            open_card = SearchReportMainResponseDataGroupsItemMetricsOpenCard.from_dict(
                _open_card
            )

        _add_to_cart = d.pop("addToCart", UNSET)
        add_to_cart: SearchReportMainResponseDataGroupsItemMetricsAddToCart | Unset
        if isinstance(_add_to_cart, Unset):
            add_to_cart = UNSET
        else:
            add_to_cart = (
                SearchReportMainResponseDataGroupsItemMetricsAddToCart.from_dict(
                    _add_to_cart
                )
            )

        _open_to_cart = d.pop("openToCart", UNSET)
        open_to_cart: SearchReportMainResponseDataGroupsItemMetricsOpenToCart | Unset
        if isinstance(_open_to_cart, Unset):
            open_to_cart = UNSET
        else:
            open_to_cart = (
                SearchReportMainResponseDataGroupsItemMetricsOpenToCart.from_dict(
                    _open_to_cart
                )
            )

        _orders = d.pop("orders", UNSET)
        orders: SearchReportMainResponseDataGroupsItemMetricsOrders | Unset
        if isinstance(_orders, Unset):
            orders = UNSET
        else:
            orders = SearchReportMainResponseDataGroupsItemMetricsOrders.from_dict(
                _orders
            )

        _cart_to_order = d.pop("cartToOrder", UNSET)
        cart_to_order: SearchReportMainResponseDataGroupsItemMetricsCartToOrder | Unset
        if isinstance(_cart_to_order, Unset):
            cart_to_order = UNSET
        else:
            cart_to_order = (
                SearchReportMainResponseDataGroupsItemMetricsCartToOrder.from_dict(
                    _cart_to_order
                )
            )

        _visibility = d.pop("visibility", UNSET)
        visibility: SearchReportMainResponseDataGroupsItemMetricsVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = (
                SearchReportMainResponseDataGroupsItemMetricsVisibility.from_dict(
                    _visibility
                )
            )

        search_report_main_response_data_groups_item_metrics = cls(
            avg_position=avg_position,
            open_card=open_card,
            add_to_cart=add_to_cart,
            open_to_cart=open_to_cart,
            orders=orders,
            cart_to_order=cart_to_order,
            visibility=visibility,
        )

        search_report_main_response_data_groups_item_metrics.additional_properties = d
        return search_report_main_response_data_groups_item_metrics

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
from ..models.search_report_main_response_data_groups_item_metrics_add_to_cart import SearchReportMainResponseDataGroupsItemMetricsAddToCart
from ..models.search_report_main_response_data_groups_item_metrics_avg_position import SearchReportMainResponseDataGroupsItemMetricsAvgPosition
from ..models.search_report_main_response_data_groups_item_metrics_cart_to_order import SearchReportMainResponseDataGroupsItemMetricsCartToOrder
from ..models.search_report_main_response_data_groups_item_metrics_open_card import SearchReportMainResponseDataGroupsItemMetricsOpenCard
from ..models.search_report_main_response_data_groups_item_metrics_open_to_cart import SearchReportMainResponseDataGroupsItemMetricsOpenToCart
from ..models.search_report_main_response_data_groups_item_metrics_orders import SearchReportMainResponseDataGroupsItemMetricsOrders
from ..models.search_report_main_response_data_groups_item_metrics_visibility import SearchReportMainResponseDataGroupsItemMetricsVisibility
