from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_product_search_texts_response_data_items_item_add_to_cart import (
        SearchReportProductSearchTextsResponseDataItemsItemAddToCart,
    )
    from ..models.search_report_product_search_texts_response_data_items_item_avg_position import (
        SearchReportProductSearchTextsResponseDataItemsItemAvgPosition,
    )
    from ..models.search_report_product_search_texts_response_data_items_item_cart_to_order import (
        SearchReportProductSearchTextsResponseDataItemsItemCartToOrder,
    )
    from ..models.search_report_product_search_texts_response_data_items_item_frequency import (
        SearchReportProductSearchTextsResponseDataItemsItemFrequency,
    )
    from ..models.search_report_product_search_texts_response_data_items_item_median_position import (
        SearchReportProductSearchTextsResponseDataItemsItemMedianPosition,
    )
    from ..models.search_report_product_search_texts_response_data_items_item_open_card import (
        SearchReportProductSearchTextsResponseDataItemsItemOpenCard,
    )
    from ..models.search_report_product_search_texts_response_data_items_item_open_to_cart import (
        SearchReportProductSearchTextsResponseDataItemsItemOpenToCart,
    )
    from ..models.search_report_product_search_texts_response_data_items_item_orders import (
        SearchReportProductSearchTextsResponseDataItemsItemOrders,
    )
    from ..models.search_report_product_search_texts_response_data_items_item_price import (
        SearchReportProductSearchTextsResponseDataItemsItemPrice,
    )
    from ..models.search_report_product_search_texts_response_data_items_item_visibility import (
        SearchReportProductSearchTextsResponseDataItemsItemVisibility,
    )


T = TypeVar("T", bound="SearchReportProductSearchTextsResponseDataItemsItem")


@_attrs_define
class SearchReportProductSearchTextsResponseDataItemsItem:
    """
    Attributes:
        text (str | Unset):
        nm_id (int | Unset):  Example: 211131895.
        subject_name (str | Unset):  Example: Phones.
        brand_name (str | Unset):  Example: Apple.
        vendor_code (str | Unset):  Example: wb3ha2668w.
        name (str | Unset):
        is_card_rated (bool | Unset):  Example: True.
        rating (float | Unset):  Example: 6.
        feedback_rating (float | Unset):  Example: 1.
        price (SearchReportProductSearchTextsResponseDataItemsItemPrice | Unset):
        frequency (SearchReportProductSearchTextsResponseDataItemsItemFrequency | Unset):
        week_frequency (int | Unset):  Example: 140.
        median_position (SearchReportProductSearchTextsResponseDataItemsItemMedianPosition | Unset):
        avg_position (SearchReportProductSearchTextsResponseDataItemsItemAvgPosition | Unset):
        open_card (SearchReportProductSearchTextsResponseDataItemsItemOpenCard | Unset):
        add_to_cart (SearchReportProductSearchTextsResponseDataItemsItemAddToCart | Unset):
        open_to_cart (SearchReportProductSearchTextsResponseDataItemsItemOpenToCart | Unset):
        orders (SearchReportProductSearchTextsResponseDataItemsItemOrders | Unset):
        cart_to_order (SearchReportProductSearchTextsResponseDataItemsItemCartToOrder | Unset):
        visibility (SearchReportProductSearchTextsResponseDataItemsItemVisibility | Unset):
    """

    text: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    vendor_code: str | Unset = UNSET
    name: str | Unset = UNSET
    is_card_rated: bool | Unset = UNSET
    rating: float | Unset = UNSET
    feedback_rating: float | Unset = UNSET
    price: SearchReportProductSearchTextsResponseDataItemsItemPrice | Unset = UNSET
    frequency: SearchReportProductSearchTextsResponseDataItemsItemFrequency | Unset = (
        UNSET
    )
    week_frequency: int | Unset = UNSET
    median_position: (
        SearchReportProductSearchTextsResponseDataItemsItemMedianPosition | Unset
    ) = UNSET
    avg_position: (
        SearchReportProductSearchTextsResponseDataItemsItemAvgPosition | Unset
    ) = UNSET
    open_card: SearchReportProductSearchTextsResponseDataItemsItemOpenCard | Unset = (
        UNSET
    )
    add_to_cart: (
        SearchReportProductSearchTextsResponseDataItemsItemAddToCart | Unset
    ) = UNSET
    open_to_cart: (
        SearchReportProductSearchTextsResponseDataItemsItemOpenToCart | Unset
    ) = UNSET
    orders: SearchReportProductSearchTextsResponseDataItemsItemOrders | Unset = UNSET
    cart_to_order: (
        SearchReportProductSearchTextsResponseDataItemsItemCartToOrder | Unset
    ) = UNSET
    visibility: (
        SearchReportProductSearchTextsResponseDataItemsItemVisibility | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        nm_id = self.nm_id

        subject_name = self.subject_name

        brand_name = self.brand_name

        vendor_code = self.vendor_code

        name = self.name

        is_card_rated = self.is_card_rated

        rating = self.rating

        feedback_rating = self.feedback_rating

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.to_dict()

        week_frequency = self.week_frequency

        median_position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.median_position, Unset):
            median_position = self.median_position.to_dict()

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
        if text is not UNSET:
            field_dict["text"] = text
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if name is not UNSET:
            field_dict["name"] = name
        if is_card_rated is not UNSET:
            field_dict["isCardRated"] = is_card_rated
        if rating is not UNSET:
            field_dict["rating"] = rating
        if feedback_rating is not UNSET:
            field_dict["feedbackRating"] = feedback_rating
        if price is not UNSET:
            field_dict["price"] = price
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if week_frequency is not UNSET:
            field_dict["weekFrequency"] = week_frequency
        if median_position is not UNSET:
            field_dict["medianPosition"] = median_position
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
        text = d.pop("text", UNSET)

        nm_id = d.pop("nmId", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        brand_name = d.pop("brandName", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        name = d.pop("name", UNSET)

        is_card_rated = d.pop("isCardRated", UNSET)

        rating = d.pop("rating", UNSET)

        feedback_rating = d.pop("feedbackRating", UNSET)

        _price = d.pop("price", UNSET)
        price: SearchReportProductSearchTextsResponseDataItemsItemPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = SearchReportProductSearchTextsResponseDataItemsItemPrice.from_dict(
                _price
            )

        _frequency = d.pop("frequency", UNSET)
        frequency: SearchReportProductSearchTextsResponseDataItemsItemFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = (
                SearchReportProductSearchTextsResponseDataItemsItemFrequency.from_dict(
                    _frequency
                )
            )

        week_frequency = d.pop("weekFrequency", UNSET)

        _median_position = d.pop("medianPosition", UNSET)
        median_position: (
            SearchReportProductSearchTextsResponseDataItemsItemMedianPosition | Unset
        )
        if isinstance(_median_position, Unset):
            median_position = UNSET
        else:
            median_position = SearchReportProductSearchTextsResponseDataItemsItemMedianPosition.from_dict(
                _median_position
            )

        _avg_position = d.pop("avgPosition", UNSET)
        avg_position: (
            SearchReportProductSearchTextsResponseDataItemsItemAvgPosition | Unset
        )
        if isinstance(_avg_position, Unset):
            avg_position = UNSET
        else:
            avg_position = SearchReportProductSearchTextsResponseDataItemsItemAvgPosition.from_dict(
                _avg_position
            )

        _open_card = d.pop("openCard", UNSET)
        open_card: SearchReportProductSearchTextsResponseDataItemsItemOpenCard | Unset
        if isinstance(_open_card, Unset):
            open_card = UNSET
        else:
            open_card = (
                SearchReportProductSearchTextsResponseDataItemsItemOpenCard.from_dict(
                    _open_card
                )
            )

        _add_to_cart = d.pop("addToCart", UNSET)
        add_to_cart: (
            SearchReportProductSearchTextsResponseDataItemsItemAddToCart | Unset
        )
        if isinstance(_add_to_cart, Unset):
            add_to_cart = UNSET
        else:
            add_to_cart = (
                SearchReportProductSearchTextsResponseDataItemsItemAddToCart.from_dict(
                    _add_to_cart
                )
            )

        _open_to_cart = d.pop("openToCart", UNSET)
        open_to_cart: (
            SearchReportProductSearchTextsResponseDataItemsItemOpenToCart | Unset
        )
        if isinstance(_open_to_cart, Unset):
            open_to_cart = UNSET
        else:
            open_to_cart = (
                SearchReportProductSearchTextsResponseDataItemsItemOpenToCart.from_dict(
                    _open_to_cart
                )
            )

        _orders = d.pop("orders", UNSET)
        orders: SearchReportProductSearchTextsResponseDataItemsItemOrders | Unset
        if isinstance(_orders, Unset):
            orders = UNSET
        else:
            orders = (
                SearchReportProductSearchTextsResponseDataItemsItemOrders.from_dict(
                    _orders
                )
            )

        _cart_to_order = d.pop("cartToOrder", UNSET)
        cart_to_order: (
            SearchReportProductSearchTextsResponseDataItemsItemCartToOrder | Unset
        )
        if isinstance(_cart_to_order, Unset):
            cart_to_order = UNSET
        else:
            cart_to_order = SearchReportProductSearchTextsResponseDataItemsItemCartToOrder.from_dict(
                _cart_to_order
            )

        _visibility = d.pop("visibility", UNSET)
        visibility: (
            SearchReportProductSearchTextsResponseDataItemsItemVisibility | Unset
        )
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = (
                SearchReportProductSearchTextsResponseDataItemsItemVisibility.from_dict(
                    _visibility
                )
            )

        search_report_product_search_texts_response_data_items_item = cls(
            text=text,
            nm_id=nm_id,
            subject_name=subject_name,
            brand_name=brand_name,
            vendor_code=vendor_code,
            name=name,
            is_card_rated=is_card_rated,
            rating=rating,
            feedback_rating=feedback_rating,
            price=price,
            frequency=frequency,
            week_frequency=week_frequency,
            median_position=median_position,
            avg_position=avg_position,
            open_card=open_card,
            add_to_cart=add_to_cart,
            open_to_cart=open_to_cart,
            orders=orders,
            cart_to_order=cart_to_order,
            visibility=visibility,
        )

        search_report_product_search_texts_response_data_items_item.additional_properties = d
        return search_report_product_search_texts_response_data_items_item

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
from ..models.search_report_product_search_texts_response_data_items_item_add_to_cart import SearchReportProductSearchTextsResponseDataItemsItemAddToCart
from ..models.search_report_product_search_texts_response_data_items_item_avg_position import SearchReportProductSearchTextsResponseDataItemsItemAvgPosition
from ..models.search_report_product_search_texts_response_data_items_item_cart_to_order import SearchReportProductSearchTextsResponseDataItemsItemCartToOrder
from ..models.search_report_product_search_texts_response_data_items_item_frequency import SearchReportProductSearchTextsResponseDataItemsItemFrequency
from ..models.search_report_product_search_texts_response_data_items_item_median_position import SearchReportProductSearchTextsResponseDataItemsItemMedianPosition
from ..models.search_report_product_search_texts_response_data_items_item_open_card import SearchReportProductSearchTextsResponseDataItemsItemOpenCard
from ..models.search_report_product_search_texts_response_data_items_item_open_to_cart import SearchReportProductSearchTextsResponseDataItemsItemOpenToCart
from ..models.search_report_product_search_texts_response_data_items_item_orders import SearchReportProductSearchTextsResponseDataItemsItemOrders
from ..models.search_report_product_search_texts_response_data_items_item_price import SearchReportProductSearchTextsResponseDataItemsItemPrice
from ..models.search_report_product_search_texts_response_data_items_item_visibility import SearchReportProductSearchTextsResponseDataItemsItemVisibility
