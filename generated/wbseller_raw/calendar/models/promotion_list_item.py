from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionListItem")


@_attrs_define
class PromotionListItem:
    """A promotion in the list.

    Attributes:
        id (int | Unset): Promotion ID.
        name (str | Unset): Promotion name.
        start_date_time (str | Unset): Promotion start (RFC 3339).
        end_date_time (str | Unset): Promotion end (RFC 3339).
        type_ (str | Unset): Promotion type, e.g. "regular" or "auto" (the values the samples show).
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    start_date_time: str | Unset = UNSET
    end_date_time: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        start_date_time = d.pop("startDateTime", UNSET)

        end_date_time = d.pop("endDateTime", UNSET)

        type_ = d.pop("type", UNSET)

        promotion_list_item = cls(
            id=id,
            name=name,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            type_=type_,
        )

        promotion_list_item.additional_properties = d
        return promotion_list_item

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
