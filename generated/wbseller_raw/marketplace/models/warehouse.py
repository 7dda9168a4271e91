from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Warehouse")


@_attrs_define
class Warehouse:
    """A seller's warehouse.

    Attributes:
        name (str | Unset): The seller's warehouse name.
        office_id (int | Unset): ID of the linked office.
        id (int | Unset): The seller's warehouse ID.
        cargo_type (int | Unset): Cargo type; 1 — small-sized, 2 — oversized (SGT), 3 — large-sized (KGT+).
        delivery_type (int | Unset): Delivery type; 1 — to a WB warehouse (FBS), 2 — by the seller (DBS), 3 — by WB
            courier (DBW), 5 — pick-up (C&C), 6 — express by the seller (EDBS).
        is_deleting (bool | Unset): The warehouse is being deleted.
        is_processing (bool | Unset): The warehouse is being processed (changes not yet applied).
    """

    name: str | Unset = UNSET
    office_id: int | Unset = UNSET
    id: int | Unset = UNSET
    cargo_type: int | Unset = UNSET
    delivery_type: int | Unset = UNSET
    is_deleting: bool | Unset = UNSET
    is_processing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        office_id = self.office_id

        id = self.id

        cargo_type = self.cargo_type

        delivery_type = self.delivery_type

        is_deleting = self.is_deleting

        is_processing = self.is_processing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if office_id is not UNSET:
            field_dict["officeId"] = office_id
        if id is not UNSET:
            field_dict["id"] = id
        if cargo_type is not UNSET:
            field_dict["cargoType"] = cargo_type
        if delivery_type is not UNSET:
            field_dict["deliveryType"] = delivery_type
        if is_deleting is not UNSET:
            field_dict["isDeleting"] = is_deleting
        if is_processing is not UNSET:
            field_dict["isProcessing"] = is_processing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        office_id = d.pop("officeId", UNSET)

        id = d.pop("id", UNSET)

        cargo_type = d.pop("cargoType", UNSET)

        delivery_type = d.pop("deliveryType", UNSET)

        is_deleting = d.pop("isDeleting", UNSET)

        is_processing = d.pop("isProcessing", UNSET)

        warehouse = cls(
            name=name,
            office_id=office_id,
            id=id,
            cargo_type=cargo_type,
            delivery_type=delivery_type,
            is_deleting=is_deleting,
            is_processing=is_processing,
        )

        warehouse.additional_properties = d
        return warehouse

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
