from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrandShareParentSubjectsResponseDataItem")


@_attrs_define
class BrandShareParentSubjectsResponseDataItem:
    """
    Attributes:
        parent_id (int | Unset):
        parent_name (str | Unset):
    """

    parent_id: int | Unset = UNSET
    parent_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_id = self.parent_id

        parent_name = self.parent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if parent_name is not UNSET:
            field_dict["parentName"] = parent_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        parent_id = d.pop("parentId", UNSET)

        parent_name = d.pop("parentName", UNSET)

        brand_share_parent_subjects_response_data_item = cls(
            parent_id=parent_id,
            parent_name=parent_name,
        )

        brand_share_parent_subjects_response_data_item.additional_properties = d
        return brand_share_parent_subjects_response_data_item

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
