from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Office")


@_attrs_define
class Office:
    """A WB office a seller warehouse can be linked to.

    Attributes:
        address (str | Unset): Address.
        name (str | Unset): Name.
        city (str | Unset): City.
        id (int | Unset): Office ID (the officeId of a warehouse).
        longitude (float | Unset): Longitude.
        latitude (float | Unset): Latitude.
        cargo_type (int | None | Unset): Cargo type the office accepts; 1 — small-sized, 2 — oversized (SGT), 3 — large-
            sized (KGT+).
        delivery_type (int | None | Unset): Delivery type the office accepts; 1 — to a WB warehouse (FBS), 2 — by the
            seller (DBS), 3 — by WB courier (DBW), 5 — pick-up (C&C), 6 — express by the seller (EDBS).
        federal_district (None | str | Unset): Federal district.
        selected (bool | Unset): True when the office is already linked to one of the seller's warehouses.
    """

    address: str | Unset = UNSET
    name: str | Unset = UNSET
    city: str | Unset = UNSET
    id: int | Unset = UNSET
    longitude: float | Unset = UNSET
    latitude: float | Unset = UNSET
    cargo_type: int | None | Unset = UNSET
    delivery_type: int | None | Unset = UNSET
    federal_district: None | str | Unset = UNSET
    selected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        name = self.name

        city = self.city

        id = self.id

        longitude = self.longitude

        latitude = self.latitude

        cargo_type: int | None | Unset
        if isinstance(self.cargo_type, Unset):
            cargo_type = UNSET
        else:
            cargo_type = self.cargo_type

        delivery_type: int | None | Unset
        if isinstance(self.delivery_type, Unset):
            delivery_type = UNSET
        else:
            delivery_type = self.delivery_type

        federal_district: None | str | Unset
        if isinstance(self.federal_district, Unset):
            federal_district = UNSET
        else:
            federal_district = self.federal_district

        selected = self.selected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if name is not UNSET:
            field_dict["name"] = name
        if city is not UNSET:
            field_dict["city"] = city
        if id is not UNSET:
            field_dict["id"] = id
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if cargo_type is not UNSET:
            field_dict["cargoType"] = cargo_type
        if delivery_type is not UNSET:
            field_dict["deliveryType"] = delivery_type
        if federal_district is not UNSET:
            field_dict["federalDistrict"] = federal_district
        if selected is not UNSET:
            field_dict["selected"] = selected

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        name = d.pop("name", UNSET)

        city = d.pop("city", UNSET)

        id = d.pop("id", UNSET)

        longitude = d.pop("longitude", UNSET)

        latitude = d.pop("latitude", UNSET)

        def _parse_cargo_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cargo_type = _parse_cargo_type(d.pop("cargoType", UNSET))

        def _parse_delivery_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivery_type = _parse_delivery_type(d.pop("deliveryType", UNSET))

        def _parse_federal_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        federal_district = _parse_federal_district(d.pop("federalDistrict", UNSET))

        selected = d.pop("selected", UNSET)

        office = cls(
            address=address,
            name=name,
            city=city,
            id=id,
            longitude=longitude,
            latitude=latitude,
            cargo_type=cargo_type,
            delivery_type=delivery_type,
            federal_district=federal_district,
            selected=selected,
        )

        office.additional_properties = d
        return office

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
