from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_rating_response_data_feedback_increase import (
        ItemRatingResponseDataFeedbackIncrease,
    )
    from ..models.item_rating_response_data_items_item import (
        ItemRatingResponseDataItemsItem,
    )
    from ..models.item_rating_response_data_seller_rating import (
        ItemRatingResponseDataSellerRating,
    )


T = TypeVar("T", bound="ItemRatingResponseData")


@_attrs_define
class ItemRatingResponseData:
    """
    Attributes:
        seller_rating (ItemRatingResponseDataSellerRating | Unset):
        feedback_increase (ItemRatingResponseDataFeedbackIncrease | Unset):
        items (list[ItemRatingResponseDataItemsItem] | Unset):
    """

    seller_rating: ItemRatingResponseDataSellerRating | Unset = UNSET
    feedback_increase: ItemRatingResponseDataFeedbackIncrease | Unset = UNSET
    items: list[ItemRatingResponseDataItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_rating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller_rating, Unset):
            seller_rating = self.seller_rating.to_dict()

        feedback_increase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback_increase, Unset):
            feedback_increase = self.feedback_increase.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seller_rating is not UNSET:
            field_dict["sellerRating"] = seller_rating
        if feedback_increase is not UNSET:
            field_dict["feedbackIncrease"] = feedback_increase
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _seller_rating = d.pop("sellerRating", UNSET)
        seller_rating: ItemRatingResponseDataSellerRating | Unset
        if isinstance(_seller_rating, Unset):
            seller_rating = UNSET
        else:
            seller_rating = ItemRatingResponseDataSellerRating.from_dict(_seller_rating)

        _feedback_increase = d.pop("feedbackIncrease", UNSET)
        feedback_increase: ItemRatingResponseDataFeedbackIncrease | Unset
        if isinstance(_feedback_increase, Unset):
            feedback_increase = UNSET
        else:
            feedback_increase = ItemRatingResponseDataFeedbackIncrease.from_dict(
                _feedback_increase
            )

        _items = d.pop("items", UNSET)
        items: list[ItemRatingResponseDataItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ItemRatingResponseDataItemsItem.from_dict(items_item_data)

                items.append(items_item)

        item_rating_response_data = cls(
            seller_rating=seller_rating,
            feedback_increase=feedback_increase,
            items=items,
        )

        item_rating_response_data.additional_properties = d
        return item_rating_response_data

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
from ..models.item_rating_response_data_feedback_increase import ItemRatingResponseDataFeedbackIncrease
from ..models.item_rating_response_data_items_item import ItemRatingResponseDataItemsItem
from ..models.item_rating_response_data_seller_rating import ItemRatingResponseDataSellerRating
