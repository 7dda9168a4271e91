from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackByIdResponseDataPhotoLinksType0Item")


@_attrs_define
class FeedbackByIdResponseDataPhotoLinksType0Item:
    """
    Attributes:
        full_size (str | Unset):
        mini_size (str | Unset):
    """

    full_size: str | Unset = UNSET
    mini_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_size = self.full_size

        mini_size = self.mini_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_size is not UNSET:
            field_dict["fullSize"] = full_size
        if mini_size is not UNSET:
            field_dict["miniSize"] = mini_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        full_size = d.pop("fullSize", UNSET)

        mini_size = d.pop("miniSize", UNSET)

        feedback_by_id_response_data_photo_links_type_0_item = cls(
            full_size=full_size,
            mini_size=mini_size,
        )

        feedback_by_id_response_data_photo_links_type_0_item.additional_properties = d
        return feedback_by_id_response_data_photo_links_type_0_item

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
