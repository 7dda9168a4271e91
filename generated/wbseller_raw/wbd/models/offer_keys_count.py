from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferKeysCount")


@_attrs_define
class OfferKeysCount:
    """
    Attributes:
        total (int | Unset): Total number of keys.
        available (int | Unset): Available keys.
        reserved (int | Unset): Reserved keys.
        deleted (int | Unset): Deleted keys.
    """

    total: int | Unset = UNSET
    available: int | Unset = UNSET
    reserved: int | Unset = UNSET
    deleted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        available = self.available

        reserved = self.reserved

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if available is not UNSET:
            field_dict["available"] = available
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        available = d.pop("available", UNSET)

        reserved = d.pop("reserved", UNSET)

        deleted = d.pop("deleted", UNSET)

        offer_keys_count = cls(
            total=total,
            available=available,
            reserved=reserved,
            deleted=deleted,
        )

        offer_keys_count.additional_properties = d
        return offer_keys_count

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
