from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemRatingResponseDataItemsItemFeedbackRating")


@_attrs_define
class ItemRatingResponseDataItemsItemFeedbackRating:
    """
    Attributes:
        current (float | Unset):  Example: 3.87.
        dynamics (float | Unset):  Example: 0.31.
        percentile (float | None | Unset):  Example: 1.7.
    """

    current: float | Unset = UNSET
    dynamics: float | Unset = UNSET
    percentile: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        dynamics = self.dynamics

        percentile: float | None | Unset
        if isinstance(self.percentile, Unset):
            percentile = UNSET
        else:
            percentile = self.percentile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if dynamics is not UNSET:
            field_dict["dynamics"] = dynamics
        if percentile is not UNSET:
            field_dict["percentile"] = percentile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current = d.pop("current", UNSET)

        dynamics = d.pop("dynamics", UNSET)

        def _parse_percentile(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentile = _parse_percentile(d.pop("percentile", UNSET))

        item_rating_response_data_items_item_feedback_rating = cls(
            current=current,
            dynamics=dynamics,
            percentile=percentile,
        )

        item_rating_response_data_items_item_feedback_rating.additional_properties = d
        return item_rating_response_data_items_item_feedback_rating

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
