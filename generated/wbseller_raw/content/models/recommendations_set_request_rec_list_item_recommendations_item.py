from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecommendationsSetRequestRecListItemRecommendationsItem")


@_attrs_define
class RecommendationsSetRequestRecListItemRecommendationsItem:
    """
    Attributes:
        recom_nm (int | Unset):  Default: 0. Example: 5870244.
        sort (int | Unset):  Default: 20. Example: 1.
    """

    recom_nm: int | Unset = 0
    sort: int | Unset = 20
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recom_nm = self.recom_nm

        sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recom_nm is not UNSET:
            field_dict["recomNm"] = recom_nm
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recom_nm = d.pop("recomNm", UNSET)

        sort = d.pop("sort", UNSET)

        recommendations_set_request_rec_list_item_recommendations_item = cls(
            recom_nm=recom_nm,
            sort=sort,
        )

        recommendations_set_request_rec_list_item_recommendations_item.additional_properties = d
        return recommendations_set_request_rec_list_item_recommendations_item

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
