from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbsOrdersNewResponseOrdersItemAddress")


@_attrs_define
class DbsOrdersNewResponseOrdersItemAddress:
    """
    Attributes:
        full_address (str | Unset):
        longitude (float | Unset):  Example: 44.519068.
        latitude (float | Unset):  Example: 40.20192.
    """

    full_address: str | Unset = UNSET
    longitude: float | Unset = UNSET
    latitude: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_address = self.full_address

        longitude = self.longitude

        latitude = self.latitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_address is not UNSET:
            field_dict["fullAddress"] = full_address
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if latitude is not UNSET:
            field_dict["latitude"] = latitude

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        full_address = d.pop("fullAddress", UNSET)

        longitude = d.pop("longitude", UNSET)

        latitude = d.pop("latitude", UNSET)

        dbs_orders_new_response_orders_item_address = cls(
            full_address=full_address,
            longitude=longitude,
            latitude=latitude,
        )

        dbs_orders_new_response_orders_item_address.additional_properties = d
        return dbs_orders_new_response_orders_item_address

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
