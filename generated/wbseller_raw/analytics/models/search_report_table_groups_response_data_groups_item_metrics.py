from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_table_groups_response_data_groups_item_metrics_add_to_cart import (
        SearchReportTableGroupsResponseDataGroupsItemMetricsAddToCart,
    )
    from ..models.search_report_table_groups_response_data_groups_item_metrics_avg_position import (
        SearchReportTableGroupsResponseDataGroupsItemMetricsAvgPosition,
    )
    from ..models.search_report_table_groups_response_data_groups_item_metrics_cart_to_order import (
        SearchReportTableGroupsResponseDataGroupsItemMetricsCartToOrder,
    )
    from ..models.search_report_table_groups_response_data_groups_item_metrics_open_card import (
        SearchReportTableGroupsResponseDataGroupsItemMetricsOpenCard,
    )
    from ..models.search_report_table_groups_response_data_groups_item_metrics_open_to_cart import (
        SearchReportTableGroupsResponseDataGroupsItemMetricsOpenToCart,
    )
    from ..models.search_report_table_groups_response_data_groups_item_metrics_orders import (
        SearchReportTableGroupsResponseDataGroupsItemMetricsOrders,
    )
    from ..models.search_report_table_groups_response_data_groups_item_metrics_visibility import (
        SearchReportTableGroupsResponseDataGroupsItemMetricsVisibility,
    )


T = TypeVar("T", bound="SearchReportTableGroupsResponseDataGroupsItemMetrics")


@_attrs_define
class SearchReportTableGroupsResponseDataGroupsItemMetrics:
    """
    Attributes:
        avg_position (SearchReportTableGroupsResponseDataGroupsItemMetricsAvgPosition | Unset):
        open_card (SearchReportTableGroupsResponseDataGroupsItemMetricsOpenCard | Unset):
        add_to_cart (SearchReportTableGroupsResponseDataGroupsItemMetricsAddToCart | Unset):
        open_to_cart (SearchReportTableGroupsResponseDataGroupsItemMetricsOpenToCart | Unset):
        orders (SearchReportTableGroupsResponseDataGroupsItemMetricsOrders | Unset):
        cart_to_order (SearchReportTableGroupsResponseDataGroupsItemMetricsCartToOrder | Unset):
        visibility (SearchReportTableGroupsResponseDataGroupsItemMetricsVisibility | Unset):
    """

    avg_position: (
        SearchReportTableGroupsResponseDataGroupsItemMetricsAvgPosition | Unset
    ) = UNSET
    open_card: SearchReportTableGroupsResponseDataGroupsItemMetricsOpenCard | Unset = (
        UNSET
    )
    add_to_cart: (
        SearchReportTableGroupsResponseDataGroupsItemMetricsAddToCart | Unset
    ) = UNSET
    open_to_cart: (
        SearchReportTableGroupsResponseDataGroupsItemMetricsOpenToCart | Unset
    ) = UNSET
    orders: SearchReportTableGroupsResponseDataGroupsItemMetricsOrders | Unset = UNSET
    cart_to_order: (
        SearchReportTableGroupsResponseDataGroupsItemMetricsCartToOrder | Unset
    ) = UNSET
    visibility: (
        SearchReportTableGroupsResponseDataGroupsItemMetricsVisibility | Unset
    ) = UNSET
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
        avg_position: (
            SearchReportTableGroupsResponseDataGroupsItemMetricsAvgPosition | Unset
        )
        if isinstance(_avg_position, Unset):
            avg_position = UNSET
        else:
            avg_position = SearchReportTableGroupsResponseDataGroupsItemMetricsAvgPosition.from_dict(
                _avg_position
            )

        _open_card = d.pop("openCard", UNSET)
        open_card: SearchReportTableGroupsResponseDataGroupsItemMetricsOpenCard | Unset
        if isinstance(_open_card, Unset):
            open_card = UNSET
        else:
            open_card = (
                SearchReportTableGroupsResponseDataGroupsItemMetricsOpenCard.from_dict(
                    _open_card
                )
            )

        _add_to_cart = d.pop("addToCart", UNSET)
        add_to_cart: (
            SearchReportTableGroupsResponseDataGroupsItemMetricsAddToCart | Unset
        )
        if isinstance(_add_to_cart, Unset):
            add_to_cart = UNSET
        else:
            add_to_cart = (
                SearchReportTableGroupsResponseDataGroupsItemMetricsAddToCart.from_dict(
                    _add_to_cart
                )
            )

        _open_to_cart = d.pop("openToCart", UNSET)
        open_to_cart: (
            SearchReportTableGroupsResponseDataGroupsItemMetricsOpenToCart | Unset
        )
        if isinstance(_open_to_cart, Unset):
            open_to_cart = UNSET
        else:
            open_to_cart = SearchReportTableGroupsResponseDataGroupsItemMetricsOpenToCart.from_dict(
                _open_to_cart
            )

        _orders = d.pop("orders", UNSET)
        orders: SearchReportTableGroupsResponseDataGroupsItemMetricsOrders | Unset
        if isinstance(_orders, Unset):
            orders = UNSET
        else:
            orders = (
                SearchReportTableGroupsResponseDataGroupsItemMetricsOrders.from_dict(
                    _orders
                )
            )

        _cart_to_order = d.pop("cartToOrder", UNSET)
        cart_to_order: (
            SearchReportTableGroupsResponseDataGroupsItemMetricsCartToOrder | Unset
        )
        if isinstance(_cart_to_order, Unset):
            cart_to_order = UNSET
        else:
            cart_to_order = SearchReportTableGroupsResponseDataGroupsItemMetricsCartToOrder.from_dict(
                _cart_to_order
            )

        _visibility = d.pop("visibility", UNSET)
        visibility: (
            SearchReportTableGroupsResponseDataGroupsItemMetricsVisibility | Unset
        )
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = SearchReportTableGroupsResponseDataGroupsItemMetricsVisibility.from_dict(
                _visibility
            )

        search_report_table_groups_response_data_groups_item_metrics = cls(
            avg_position=avg_position,
            open_card=open_card,
            add_to_cart=add_to_cart,
            open_to_cart=open_to_cart,
            orders=orders,
            cart_to_order=cart_to_order,
            visibility=visibility,
        )

        search_report_table_groups_response_data_groups_item_metrics.additional_properties = d
        return search_report_table_groups_response_data_groups_item_metrics

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
from ..models.search_report_table_groups_response_data_groups_item_metrics_add_to_cart import SearchReportTableGroupsResponseDataGroupsItemMetricsAddToCart
from ..models.search_report_table_groups_response_data_groups_item_metrics_avg_position import SearchReportTableGroupsResponseDataGroupsItemMetricsAvgPosition
from ..models.search_report_table_groups_response_data_groups_item_metrics_cart_to_order import SearchReportTableGroupsResponseDataGroupsItemMetricsCartToOrder
from ..models.search_report_table_groups_response_data_groups_item_metrics_open_card import SearchReportTableGroupsResponseDataGroupsItemMetricsOpenCard
from ..models.search_report_table_groups_response_data_groups_item_metrics_open_to_cart import SearchReportTableGroupsResponseDataGroupsItemMetricsOpenToCart
from ..models.search_report_table_groups_response_data_groups_item_metrics_orders import SearchReportTableGroupsResponseDataGroupsItemMetricsOrders
from ..models.search_report_table_groups_response_data_groups_item_metrics_visibility import SearchReportTableGroupsResponseDataGroupsItemMetricsVisibility
