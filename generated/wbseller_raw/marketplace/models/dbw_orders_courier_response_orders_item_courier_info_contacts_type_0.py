from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0")


@_attrs_define
class DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0:
    """
    Attributes:
        car_number (str | Unset):
        full_name (str | Unset):
        phone (str | Unset):  Example: 71230971931.
        p_time_from (None | str | Unset):  Example: 2025-09-06T08:00:00Z.
        p_time_to (None | str | Unset):  Example: 2025-09-06T11:00:00Z.
    """

    car_number: str | Unset = UNSET
    full_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    p_time_from: None | str | Unset = UNSET
    p_time_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        car_number = self.car_number

        full_name = self.full_name

        phone = self.phone

        p_time_from: None | str | Unset
        if isinstance(self.p_time_from, Unset):
            p_time_from = UNSET
        else:
            p_time_from = self.p_time_from

        p_time_to: None | str | Unset
        if isinstance(self.p_time_to, Unset):
            p_time_to = UNSET
        else:
            p_time_to = self.p_time_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if car_number is not UNSET:
            field_dict["carNumber"] = car_number
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if p_time_from is not UNSET:
            field_dict["pTimeFrom"] = p_time_from
        if p_time_to is not UNSET:
            field_dict["pTimeTo"] = p_time_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        car_number = d.pop("carNumber", UNSET)

        full_name = d.pop("fullName", UNSET)

        phone = d.pop("phone", UNSET)

        def _parse_p_time_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        p_time_from = _parse_p_time_from(d.pop("pTimeFrom", UNSET))

        def _parse_p_time_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        p_time_to = _parse_p_time_to(d.pop("pTimeTo", UNSET))

        dbw_orders_courier_response_orders_item_courier_info_contacts_type_0 = cls(
            car_number=car_number,
            full_name=full_name,
            phone=phone,
            p_time_from=p_time_from,
            p_time_to=p_time_to,
        )

        dbw_orders_courier_response_orders_item_courier_info_contacts_type_0.additional_properties = d
        return dbw_orders_courier_response_orders_item_courier_info_contacts_type_0

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
