from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_table_groups_response_data_groups_item_items_item_add_to_cart import (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemAddToCart,
    )
    from ..models.search_report_table_groups_response_data_groups_item_items_item_avg_position import (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemAvgPosition,
    )
    from ..models.search_report_table_groups_response_data_groups_item_items_item_cart_to_order import (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemCartToOrder,
    )
    from ..models.search_report_table_groups_response_data_groups_item_items_item_open_card import (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenCard,
    )
    from ..models.search_report_table_groups_response_data_groups_item_items_item_open_to_cart import (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenToCart,
    )
    from ..models.search_report_table_groups_response_data_groups_item_items_item_orders import (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemOrders,
    )
    from ..models.search_report_table_groups_response_data_groups_item_items_item_price import (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemPrice,
    )
    from ..models.search_report_table_groups_response_data_groups_item_items_item_visibility import (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemVisibility,
    )


T = TypeVar("T", bound="SearchReportTableGroupsResponseDataGroupsItemItemsItem")


@_attrs_define
class SearchReportTableGroupsResponseDataGroupsItemItemsItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 268913787.
        name (str | Unset):
        vendor_code (str | Unset):  Example: wb3ha2668w.
        subject_name (str | Unset):
        brand_name (str | Unset):  Example: Apple.
        main_photo (str | Unset):
        is_advertised (bool | Unset):  Example: False.
        is_substituted_sku (bool | Unset):  Example: True.
        is_card_rated (bool | Unset):  Example: True.
        rating (float | Unset):  Example: 6.
        feedback_rating (float | Unset):  Example: 1.
        price (SearchReportTableGroupsResponseDataGroupsItemItemsItemPrice | Unset):
        avg_position (SearchReportTableGroupsResponseDataGroupsItemItemsItemAvgPosition | Unset):
        open_card (SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenCard | Unset):
        add_to_cart (SearchReportTableGroupsResponseDataGroupsItemItemsItemAddToCart | Unset):
        open_to_cart (SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenToCart | Unset):
        orders (SearchReportTableGroupsResponseDataGroupsItemItemsItemOrders | Unset):
        cart_to_order (SearchReportTableGroupsResponseDataGroupsItemItemsItemCartToOrder | Unset):
        visibility (SearchReportTableGroupsResponseDataGroupsItemItemsItemVisibility | Unset):
    """

    nm_id: int | Unset = UNSET
    name: str | Unset = UNSET
    vendor_code: str | Unset = UNSET
    subject_name: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    main_photo: str | Unset = UNSET
    is_advertised: bool | Unset = UNSET
    is_substituted_sku: bool | Unset = UNSET
    is_card_rated: bool | Unset = UNSET
    rating: float | Unset = UNSET
    feedback_rating: float | Unset = UNSET
    price: SearchReportTableGroupsResponseDataGroupsItemItemsItemPrice | Unset = UNSET
    avg_position: (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemAvgPosition | Unset
    ) = UNSET
    open_card: (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenCard | Unset
    ) = UNSET
    add_to_cart: (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemAddToCart | Unset
    ) = UNSET
    open_to_cart: (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenToCart | Unset
    ) = UNSET
    orders: SearchReportTableGroupsResponseDataGroupsItemItemsItemOrders | Unset = UNSET
    cart_to_order: (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemCartToOrder | Unset
    ) = UNSET
    visibility: (
        SearchReportTableGroupsResponseDataGroupsItemItemsItemVisibility | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        name = self.name

        vendor_code = self.vendor_code

        subject_name = self.subject_name

        brand_name = self.brand_name

        main_photo = self.main_photo

        is_advertised = self.is_advertised

        is_substituted_sku = self.is_substituted_sku

        is_card_rated = self.is_card_rated

        rating = self.rating

        feedback_rating = self.feedback_rating

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

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
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if name is not UNSET:
            field_dict["name"] = name
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if main_photo is not UNSET:
            field_dict["mainPhoto"] = main_photo
        if is_advertised is not UNSET:
            field_dict["isAdvertised"] = is_advertised
        if is_substituted_sku is not UNSET:
            field_dict["isSubstitutedSKU"] = is_substituted_sku
        if is_card_rated is not UNSET:
            field_dict["isCardRated"] = is_card_rated
        if rating is not UNSET:
            field_dict["rating"] = rating
        if feedback_rating is not UNSET:
            field_dict["feedbackRating"] = feedback_rating
        if price is not UNSET:
            field_dict["price"] = price
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
        nm_id = d.pop("nmId", UNSET)

        name = d.pop("name", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        brand_name = d.pop("brandName", UNSET)

        main_photo = d.pop("mainPhoto", UNSET)

        is_advertised = d.pop("isAdvertised", UNSET)

        is_substituted_sku = d.pop("isSubstitutedSKU", UNSET)

        is_card_rated = d.pop("isCardRated", UNSET)

        rating = d.pop("rating", UNSET)

        feedback_rating = d.pop("feedbackRating", UNSET)

        _price = d.pop("price", UNSET)
        price: SearchReportTableGroupsResponseDataGroupsItemItemsItemPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = (
                SearchReportTableGroupsResponseDataGroupsItemItemsItemPrice.from_dict(
                    _price
                )
            )

        _avg_position = d.pop("avgPosition", UNSET)
        avg_position: (
            SearchReportTableGroupsResponseDataGroupsItemItemsItemAvgPosition | Unset
        )
        if isinstance(_avg_position, Unset):
            avg_position = UNSET
        else:
            avg_position = SearchReportTableGroupsResponseDataGroupsItemItemsItemAvgPosition.from_dict(
                _avg_position
            )

        _open_card = d.pop("openCard", UNSET)
        open_card: (
            SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenCard | Unset
        )
        if isinstance(_open_card, Unset):
            open_card = UNSET
        else:
            open_card = SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenCard.from_dict(
                _open_card
            )

        _add_to_cart = d.pop("addToCart", UNSET)
        add_to_cart: (
            SearchReportTableGroupsResponseDataGroupsItemItemsItemAddToCart | Unset
        )
        if isinstance(_add_to_cart, Unset):
            add_to_cart = UNSET
        else:
            add_to_cart = SearchReportTableGroupsResponseDataGroupsItemItemsItemAddToCart.from_dict(
                _add_to_cart
            )

        _open_to_cart = d.pop("openToCart", UNSET)
        open_to_cart: (
            SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenToCart | Unset
        )
        if isinstance(_open_to_cart, Unset):
            open_to_cart = UNSET
        else:
            open_to_cart = SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenToCart.from_dict(
                _open_to_cart
            )

        _orders = d.pop("orders", UNSET)
        orders: SearchReportTableGroupsResponseDataGroupsItemItemsItemOrders | Unset
        if isinstance(_orders, Unset):
            orders = UNSET
        else:
            orders = (
                SearchReportTableGroupsResponseDataGroupsItemItemsItemOrders.from_dict(
                    _orders
                )
            )

        _cart_to_order = d.pop("cartToOrder", UNSET)
        cart_to_order: (
            SearchReportTableGroupsResponseDataGroupsItemItemsItemCartToOrder | Unset
        )
        if isinstance(_cart_to_order, Unset):
            cart_to_order = UNSET
        else:
            cart_to_order = SearchReportTableGroupsResponseDataGroupsItemItemsItemCartToOrder.from_dict(
                _cart_to_order
            )

        _visibility = d.pop("visibility", UNSET)
        visibility: (
            SearchReportTableGroupsResponseDataGroupsItemItemsItemVisibility | Unset
        )
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = SearchReportTableGroupsResponseDataGroupsItemItemsItemVisibility.from_dict(
                _visibility
            )

        search_report_table_groups_response_data_groups_item_items_item = cls(
            nm_id=nm_id,
            name=name,
            vendor_code=vendor_code,
            subject_name=subject_name,
            brand_name=brand_name,
            main_photo=main_photo,
            is_advertised=is_advertised,
            is_substituted_sku=is_substituted_sku,
            is_card_rated=is_card_rated,
            rating=rating,
            feedback_rating=feedback_rating,
            price=price,
            avg_position=avg_position,
            open_card=open_card,
            add_to_cart=add_to_cart,
            open_to_cart=open_to_cart,
            orders=orders,
            cart_to_order=cart_to_order,
            visibility=visibility,
        )

        search_report_table_groups_response_data_groups_item_items_item.additional_properties = d
        return search_report_table_groups_response_data_groups_item_items_item

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
from ..models.search_report_table_groups_response_data_groups_item_items_item_add_to_cart import SearchReportTableGroupsResponseDataGroupsItemItemsItemAddToCart
from ..models.search_report_table_groups_response_data_groups_item_items_item_avg_position import SearchReportTableGroupsResponseDataGroupsItemItemsItemAvgPosition
from ..models.search_report_table_groups_response_data_groups_item_items_item_cart_to_order import SearchReportTableGroupsResponseDataGroupsItemItemsItemCartToOrder
from ..models.search_report_table_groups_response_data_groups_item_items_item_open_card import SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenCard
from ..models.search_report_table_groups_response_data_groups_item_items_item_open_to_cart import SearchReportTableGroupsResponseDataGroupsItemItemsItemOpenToCart
from ..models.search_report_table_groups_response_data_groups_item_items_item_orders import SearchReportTableGroupsResponseDataGroupsItemItemsItemOrders
from ..models.search_report_table_groups_response_data_groups_item_items_item_price import SearchReportTableGroupsResponseDataGroupsItemItemsItemPrice
from ..models.search_report_table_groups_response_data_groups_item_items_item_visibility import SearchReportTableGroupsResponseDataGroupsItemItemsItemVisibility
