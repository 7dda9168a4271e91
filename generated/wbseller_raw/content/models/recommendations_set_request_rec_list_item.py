from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recommendations_set_request_rec_list_item_recommendations_item import (
        RecommendationsSetRequestRecListItemRecommendationsItem,
    )


T = TypeVar("T", bound="RecommendationsSetRequestRecListItem")


@_attrs_define
class RecommendationsSetRequestRecListItem:
    """
    Attributes:
        nm_id (int | Unset):  Default: 0. Example: 5870243.
        recommendations (list[RecommendationsSetRequestRecListItemRecommendationsItem] | Unset):
    """

    nm_id: int | Unset = 0
    recommendations: (
        list[RecommendationsSetRequestRecListItemRecommendationsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        recommendations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recommendations, Unset):
            recommendations = []
            for recommendations_item_data in self.recommendations:
                recommendations_item = recommendations_item_data.to_dict()
                recommendations.append(recommendations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if recommendations is not UNSET:
            field_dict["recommendations"] = recommendations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        _recommendations = d.pop("recommendations", UNSET)
        recommendations: (
            list[RecommendationsSetRequestRecListItemRecommendationsItem] | Unset
        ) = UNSET
        if _recommendations is not UNSET:
            recommendations = []
            for recommendations_item_data in _recommendations:
                recommendations_item = (
                    RecommendationsSetRequestRecListItemRecommendationsItem.from_dict(
                        recommendations_item_data
                    )
                )

                recommendations.append(recommendations_item)

        recommendations_set_request_rec_list_item = cls(
            nm_id=nm_id,
            recommendations=recommendations,
        )

        recommendations_set_request_rec_list_item.additional_properties = d
        return recommendations_set_request_rec_list_item

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
from ..models.recommendations_set_request_rec_list_item_recommendations_item import RecommendationsSetRequestRecListItemRecommendationsItem
