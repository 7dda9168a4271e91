from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_rating_response_data_feedback_increase_five_star import (
        ItemRatingResponseDataFeedbackIncreaseFiveStar,
    )
    from ..models.item_rating_response_data_feedback_increase_four_star import (
        ItemRatingResponseDataFeedbackIncreaseFourStar,
    )
    from ..models.item_rating_response_data_feedback_increase_one_star import (
        ItemRatingResponseDataFeedbackIncreaseOneStar,
    )
    from ..models.item_rating_response_data_feedback_increase_three_star import (
        ItemRatingResponseDataFeedbackIncreaseThreeStar,
    )
    from ..models.item_rating_response_data_feedback_increase_two_star import (
        ItemRatingResponseDataFeedbackIncreaseTwoStar,
    )


T = TypeVar("T", bound="ItemRatingResponseDataFeedbackIncrease")


@_attrs_define
class ItemRatingResponseDataFeedbackIncrease:
    """
    Attributes:
        current (int | Unset):  Example: 26.
        total (int | Unset):  Example: 116.
        dynamics (int | Unset):  Example: 23.
        five_star (ItemRatingResponseDataFeedbackIncreaseFiveStar | Unset):
        four_star (ItemRatingResponseDataFeedbackIncreaseFourStar | Unset):
        three_star (ItemRatingResponseDataFeedbackIncreaseThreeStar | Unset):
        two_star (ItemRatingResponseDataFeedbackIncreaseTwoStar | Unset):
        one_star (ItemRatingResponseDataFeedbackIncreaseOneStar | Unset):
    """

    current: int | Unset = UNSET
    total: int | Unset = UNSET
    dynamics: int | Unset = UNSET
    five_star: ItemRatingResponseDataFeedbackIncreaseFiveStar | Unset = UNSET
    four_star: ItemRatingResponseDataFeedbackIncreaseFourStar | Unset = UNSET
    three_star: ItemRatingResponseDataFeedbackIncreaseThreeStar | Unset = UNSET
    two_star: ItemRatingResponseDataFeedbackIncreaseTwoStar | Unset = UNSET
    one_star: ItemRatingResponseDataFeedbackIncreaseOneStar | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        total = self.total

        dynamics = self.dynamics

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if total is not UNSET:
            field_dict["total"] = total
        if dynamics is not UNSET:
            field_dict["dynamics"] = dynamics
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        current = d.pop("current", UNSET)

        total = d.pop("total", UNSET)

        dynamics = d.pop("dynamics", UNSET)

        _five_star = d.pop("fiveStar", UNSET)
        five_star: ItemRatingResponseDataFeedbackIncreaseFiveStar | Unset
        if isinstance(_five_star, Unset):
            five_star = UNSET
        else:
            five_star = ItemRatingResponseDataFeedbackIncreaseFiveStar.from_dict(
                _five_star
            )

        _four_star = d.pop("fourStar", UNSET)
        four_star: ItemRatingResponseDataFeedbackIncreaseFourStar | Unset
        if isinstance(_four_star, Unset):
            four_star = UNSET
        else:
            four_star = ItemRatingResponseDataFeedbackIncreaseFourStar.from_dict(
                _four_star
            )

        _three_star = d.pop("threeStar", UNSET)
        three_star: ItemRatingResponseDataFeedbackIncreaseThreeStar | Unset
        if isinstance(_three_star, Unset):
            three_star = UNSET
        else:
            three_star = ItemRatingResponseDataFeedbackIncreaseThreeStar.from_dict(
                _three_star
            )

        _two_star = d.pop("twoStar", UNSET)
        two_star: ItemRatingResponseDataFeedbackIncreaseTwoStar | Unset
        if isinstance(_two_star, Unset):
            two_star = UNSET
        else:
            two_star = ItemRatingResponseDataFeedbackIncreaseTwoStar.from_dict(
                _two_star
            )

        _one_star = d.pop("oneStar", UNSET)
        one_star: ItemRatingResponseDataFeedbackIncreaseOneStar | Unset
        if isinstance(_one_star, Unset):
            one_star = UNSET
        else:
            one_star = ItemRatingResponseDataFeedbackIncreaseOneStar.from_dict(
                _one_star
            )

        item_rating_response_data_feedback_increase = cls(
            current=current,
            total=total,
            dynamics=dynamics,
            five_star=five_star,
            four_star=four_star,
            three_star=three_star,
            two_star=two_star,
            one_star=one_star,
        )

        item_rating_response_data_feedback_increase.additional_properties = d
        return item_rating_response_data_feedback_increase

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
from ..models.item_rating_response_data_feedback_increase_five_star import ItemRatingResponseDataFeedbackIncreaseFiveStar
from ..models.item_rating_response_data_feedback_increase_four_star import ItemRatingResponseDataFeedbackIncreaseFourStar
from ..models.item_rating_response_data_feedback_increase_one_star import ItemRatingResponseDataFeedbackIncreaseOneStar
from ..models.item_rating_response_data_feedback_increase_three_star import ItemRatingResponseDataFeedbackIncreaseThreeStar
from ..models.item_rating_response_data_feedback_increase_two_star import ItemRatingResponseDataFeedbackIncreaseTwoStar
