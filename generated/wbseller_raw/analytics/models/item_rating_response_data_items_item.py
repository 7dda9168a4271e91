from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_rating_response_data_items_item_feedback_count import (
        ItemRatingResponseDataItemsItemFeedbackCount,
    )
    from ..models.item_rating_response_data_items_item_feedback_rating import (
        ItemRatingResponseDataItemsItemFeedbackRating,
    )
    from ..models.item_rating_response_data_items_item_five_star import (
        ItemRatingResponseDataItemsItemFiveStar,
    )
    from ..models.item_rating_response_data_items_item_four_star import (
        ItemRatingResponseDataItemsItemFourStar,
    )
    from ..models.item_rating_response_data_items_item_one_star import (
        ItemRatingResponseDataItemsItemOneStar,
    )
    from ..models.item_rating_response_data_items_item_three_star import (
        ItemRatingResponseDataItemsItemThreeStar,
    )
    from ..models.item_rating_response_data_items_item_two_star import (
        ItemRatingResponseDataItemsItemTwoStar,
    )


T = TypeVar("T", bound="ItemRatingResponseDataItemsItem")


@_attrs_define
class ItemRatingResponseDataItemsItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 123456789.
        title (str | Unset):
        vendor_code (str | Unset):  Example: wb3ha2668w.
        subject_id (int | Unset):  Example: 50.
        subject_name (str | Unset):  Example: Phones.
        brand_name (str | Unset):  Example: Attlee.
        tag_name (str | Unset):  Example: Phones.
        tag_id (int | Unset):  Example: 65.
        pinned_feedback (bool | Unset):  Example: True.
        rating (float | Unset):  Example: 10.
        feedback_rating (ItemRatingResponseDataItemsItemFeedbackRating | Unset):
        feedback_count (ItemRatingResponseDataItemsItemFeedbackCount | Unset):
        five_star (ItemRatingResponseDataItemsItemFiveStar | Unset):
        four_star (ItemRatingResponseDataItemsItemFourStar | Unset):
        three_star (ItemRatingResponseDataItemsItemThreeStar | Unset):
        two_star (ItemRatingResponseDataItemsItemTwoStar | Unset):
        one_star (ItemRatingResponseDataItemsItemOneStar | Unset):
        disqualified (int | Unset):  Example: 7.
        is_shadowed (bool | Unset):  Example: True.
    """

    nm_id: int | Unset = UNSET
    title: str | Unset = UNSET
    vendor_code: str | Unset = UNSET
    subject_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    tag_name: str | Unset = UNSET
    tag_id: int | Unset = UNSET
    pinned_feedback: bool | Unset = UNSET
    rating: float | Unset = UNSET
    feedback_rating: ItemRatingResponseDataItemsItemFeedbackRating | Unset = UNSET
    feedback_count: ItemRatingResponseDataItemsItemFeedbackCount | Unset = UNSET
    five_star: ItemRatingResponseDataItemsItemFiveStar | Unset = UNSET
    four_star: ItemRatingResponseDataItemsItemFourStar | Unset = UNSET
    three_star: ItemRatingResponseDataItemsItemThreeStar | Unset = UNSET
    two_star: ItemRatingResponseDataItemsItemTwoStar | Unset = UNSET
    one_star: ItemRatingResponseDataItemsItemOneStar | Unset = UNSET
    disqualified: int | Unset = UNSET
    is_shadowed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        title = self.title

        vendor_code = self.vendor_code

        subject_id = self.subject_id

        subject_name = self.subject_name

        brand_name = self.brand_name

        tag_name = self.tag_name

        tag_id = self.tag_id

        pinned_feedback = self.pinned_feedback

        rating = self.rating

        feedback_rating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback_rating, Unset):
            feedback_rating = self.feedback_rating.to_dict()

        feedback_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback_count, Unset):
            feedback_count = self.feedback_count.to_dict()

        five_star: dict[str, Any] | Unset = UNSET
        if not isinstance(self.five_star, Unset):
            five_star = self.five_star.to_dict()

        four_star: dict[str, Any] | Unset = UNSET
        if not isinstance(self.four_star, Unset):
            four_star = self.four_star.to_dict()

        three_star: dict[str, Any] | Unset = UNSET
        if not isinstance(self.three_star, Unset):
            three_star = self.three_star.to_dict()

        two_star: dict[str, Any] | Unset = UNSET
        if not isinstance(self.two_star, Unset):
            two_star = self.two_star.to_dict()

        one_star: dict[str, Any] | Unset = UNSET
        if not isinstance(self.one_star, Unset):
            one_star = self.one_star.to_dict()

        disqualified = self.disqualified

        is_shadowed = self.is_shadowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if title is not UNSET:
            field_dict["title"] = title
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if tag_name is not UNSET:
            field_dict["tagName"] = tag_name
        if tag_id is not UNSET:
            field_dict["tagId"] = tag_id
        if pinned_feedback is not UNSET:
            field_dict["pinnedFeedback"] = pinned_feedback
        if rating is not UNSET:
            field_dict["rating"] = rating
        if feedback_rating is not UNSET:
            field_dict["feedbackRating"] = feedback_rating
        if feedback_count is not UNSET:
            field_dict["feedbackCount"] = feedback_count
        if five_star is not UNSET:
            field_dict["fiveStar"] = five_star
        if four_star is not UNSET:
            field_dict["fourStar"] = four_star
        if three_star is not UNSET:
            field_dict["threeStar"] = three_star
        if two_star is not UNSET:
            field_dict["twoStar"] = two_star
        if one_star is not UNSET:
            field_dict["oneStar"] = one_star
        if disqualified is not UNSET:
            field_dict["disqualified"] = disqualified
        if is_shadowed is not UNSET:
            field_dict["isShadowed"] = is_shadowed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        title = d.pop("title", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        subject_id = d.pop("subjectId", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        brand_name = d.pop("brandName", UNSET)

        tag_name = d.pop("tagName", UNSET)

        tag_id = d.pop("tagId", UNSET)

        pinned_feedback = d.pop("pinnedFeedback", UNSET)

        rating = d.pop("rating", UNSET)

        _feedback_rating = d.pop("feedbackRating", UNSET)
        feedback_rating: ItemRatingResponseDataItemsItemFeedbackRating | Unset
        if isinstance(_feedback_rating, Unset):
            feedback_rating = UNSET
        else:
            feedback_rating = ItemRatingResponseDataItemsItemFeedbackRating.from_dict(
                _feedback_rating
            )

        _feedback_count = d.pop("feedbackCount", UNSET)
        feedback_count: ItemRatingResponseDataItemsItemFeedbackCount | Unset
        if isinstance(_feedback_count, Unset):
            feedback_count = UNSET
        else:
            feedback_count = ItemRatingResponseDataItemsItemFeedbackCount.from_dict(
                _feedback_count
            )

        _five_star = d.pop("fiveStar", UNSET)
        five_star: ItemRatingResponseDataItemsItemFiveStar | Unset
        if isinstance(_five_star, Unset):
            five_star = UNSET
        else:
            five_star = ItemRatingResponseDataItemsItemFiveStar.from_dict(_five_star)

        _four_star = d.pop("fourStar", UNSET)
        four_star: ItemRatingResponseDataItemsItemFourStar | Unset
        if isinstance(_four_star, Unset):
            four_star = UNSET
        else:
            four_star = ItemRatingResponseDataItemsItemFourStar.from_dict(_four_star)

        _three_star = d.pop("threeStar", UNSET)
        three_star: ItemRatingResponseDataItemsItemThreeStar | Unset
        if isinstance(_three_star, Unset):
            three_star = UNSET
        else:
            three_star = ItemRatingResponseDataItemsItemThreeStar.from_dict(_three_star)

        _two_star = d.pop("twoStar", UNSET)
        two_star: ItemRatingResponseDataItemsItemTwoStar | Unset
        if isinstance(_two_star, Unset):
            two_star = UNSET
        else:
            two_star = ItemRatingResponseDataItemsItemTwoStar.from_dict(_two_star)

        _one_star = d.pop("oneStar", UNSET)
        one_star: ItemRatingResponseDataItemsItemOneStar | Unset
        if isinstance(_one_star, Unset):
            one_star = UNSET
        else:
            one_star = ItemRatingResponseDataItemsItemOneStar.from_dict(_one_star)

        disqualified = d.pop("disqualified", UNSET)

        is_shadowed = d.pop("isShadowed", UNSET)

        item_rating_response_data_items_item = cls(
            nm_id=nm_id,
            title=title,
            vendor_code=vendor_code,
            subject_id=subject_id,
            subject_name=subject_name,
            brand_name=brand_name,
            tag_name=tag_name,
            tag_id=tag_id,
            pinned_feedback=pinned_feedback,
            rating=rating,
            feedback_rating=feedback_rating,
            feedback_count=feedback_count,
            five_star=five_star,
            four_star=four_star,
            three_star=three_star,
            two_star=two_star,
            one_star=one_star,
            disqualified=disqualified,
            is_shadowed=is_shadowed,
        )

        item_rating_response_data_items_item.additional_properties = d
        return item_rating_response_data_items_item

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
from ..models.item_rating_response_data_items_item_feedback_count import ItemRatingResponseDataItemsItemFeedbackCount
from ..models.item_rating_response_data_items_item_feedback_rating import ItemRatingResponseDataItemsItemFeedbackRating
from ..models.item_rating_response_data_items_item_five_star import ItemRatingResponseDataItemsItemFiveStar
from ..models.item_rating_response_data_items_item_four_star import ItemRatingResponseDataItemsItemFourStar
from ..models.item_rating_response_data_items_item_one_star import ItemRatingResponseDataItemsItemOneStar
from ..models.item_rating_response_data_items_item_three_star import ItemRatingResponseDataItemsItemThreeStar
from ..models.item_rating_response_data_items_item_two_star import ItemRatingResponseDataItemsItemTwoStar
