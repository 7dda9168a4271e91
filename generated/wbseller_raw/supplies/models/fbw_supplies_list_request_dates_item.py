from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fbw_supplies_list_request_dates_item_type import (
    FbwSuppliesListRequestDatesItemType,
    check_fbw_supplies_list_request_dates_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FbwSuppliesListRequestDatesItem")


@_attrs_define
class FbwSuppliesListRequestDatesItem:
    """
    Attributes:
        type_ (FbwSuppliesListRequestDatesItemType):
        from_ (str | Unset):
        till (str | Unset):
    """

    type_: FbwSuppliesListRequestDatesItemType
    from_: str | Unset = UNSET
    till: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        from_ = self.from_

        till = self.till

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_fbw_supplies_list_request_dates_item_type(d.pop("type"))

        from_ = d.pop("from", UNSET)

        till = d.pop("till", UNSET)

        fbw_supplies_list_request_dates_item = cls(
            type_=type_,
            from_=from_,
            till=till,
        )

        fbw_supplies_list_request_dates_item.additional_properties = d
        return fbw_supplies_list_request_dates_item

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
