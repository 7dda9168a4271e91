from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recommendations_list_response_data_item import (
        RecommendationsListResponseDataItem,
    )


T = TypeVar("T", bound="RecommendationsListResponse")


@_attrs_define
class RecommendationsListResponse:
    """
    Attributes:
        data (list[RecommendationsListResponseDataItem] | Unset):
        next_ (int | Unset):  Example: 143.
    """

    data: list[RecommendationsListResponseDataItem] | Unset = UNSET
    next_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[RecommendationsListResponseDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = RecommendationsListResponseDataItem.from_dict(
                    data_item_data
                )

                data.append(data_item)

        next_ = d.pop("next", UNSET)

        recommendations_list_response = cls(
            data=data,
            next_=next_,
        )

        recommendations_list_response.additional_properties = d
        return recommendations_list_response

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
from ..models.recommendations_list_response_data_item import RecommendationsListResponseDataItem
