from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbsPassesListItem")


@_attrs_define
class FbsPassesListItem:
    """
    Attributes:
        first_name (str | Unset):
        date_end (str | Unset):
        last_name (str | Unset):
        car_model (str | Unset):  Example: Lamborghini.
        car_number (str | Unset):  Example: A456BC123.
        office_name (str | Unset):
        office_address (str | Unset):
        office_id (int | Unset):  Example: 15.
        id (int | Unset):  Example: 1.
    """

    first_name: str | Unset = UNSET
    date_end: str | Unset = UNSET
    last_name: str | Unset = UNSET
    car_model: str | Unset = UNSET
    car_number: str | Unset = UNSET
    office_name: str | Unset = UNSET
    office_address: str | Unset = UNSET
    office_id: int | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        date_end = self.date_end

        last_name = self.last_name

        car_model = self.car_model

        car_number = self.car_number

        office_name = self.office_name

        office_address = self.office_address

        office_id = self.office_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if date_end is not UNSET:
            field_dict["dateEnd"] = date_end
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if car_model is not UNSET:
            field_dict["carModel"] = car_model
        if car_number is not UNSET:
            field_dict["carNumber"] = car_number
        if office_name is not UNSET:
            field_dict["officeName"] = office_name
        if office_address is not UNSET:
            field_dict["officeAddress"] = office_address
        if office_id is not UNSET:
            field_dict["officeId"] = office_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        date_end = d.pop("dateEnd", UNSET)

        last_name = d.pop("lastName", UNSET)

        car_model = d.pop("carModel", UNSET)

        car_number = d.pop("carNumber", UNSET)

        office_name = d.pop("officeName", UNSET)

        office_address = d.pop("officeAddress", UNSET)

        office_id = d.pop("officeId", UNSET)

        id = d.pop("id", UNSET)

        fbs_passes_list_item = cls(
            first_name=first_name,
            date_end=date_end,
            last_name=last_name,
            car_model=car_model,
            car_number=car_number,
            office_name=office_name,
            office_address=office_address,
            office_id=office_id,
            id=id,
        )

        fbs_passes_list_item.additional_properties = d
        return fbs_passes_list_item

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
