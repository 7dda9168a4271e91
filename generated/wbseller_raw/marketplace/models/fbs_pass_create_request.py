from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FbsPassCreateRequest")


@_attrs_define
class FbsPassCreateRequest:
    """
    Attributes:
        first_name (str):
        last_name (str):
        car_model (str):  Example: Lamborghini.
        car_number (str):  Example: A456BC123.
        office_id (int):  Example: 15.
    """

    first_name: str
    last_name: str
    car_model: str
    car_number: str
    office_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        car_model = self.car_model

        car_number = self.car_number

        office_id = self.office_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "carModel": car_model,
                "carNumber": car_number,
                "officeId": office_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        car_model = d.pop("carModel")

        car_number = d.pop("carNumber")

        office_id = d.pop("officeId")

        fbs_pass_create_request = cls(
            first_name=first_name,
            last_name=last_name,
            car_model=car_model,
            car_number=car_number,
            office_id=office_id,
        )

        fbs_pass_create_request.additional_properties = d
        return fbs_pass_create_request

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
