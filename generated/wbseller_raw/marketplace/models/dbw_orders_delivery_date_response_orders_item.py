from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbwOrdersDeliveryDateResponseOrdersItem")


@_attrs_define
class DbwOrdersDeliveryDateResponseOrdersItem:
    """
    Attributes:
        d_time_from (None | str | Unset):  Example: 11:11.
        d_time_to (None | str | Unset):  Example: 22:22.
        d_time_from_old (None | str | Unset):  Example: 12:30.
        d_time_to_old (None | str | Unset):  Example: 22:30.
        d_date_old (None | str | Unset):  Example: 2025-01-28.
        d_date (str | Unset):  Example: 2025-02-20.
        id (int | Unset):  Example: 1234567890.
    """

    d_time_from: None | str | Unset = UNSET
    d_time_to: None | str | Unset = UNSET
    d_time_from_old: None | str | Unset = UNSET
    d_time_to_old: None | str | Unset = UNSET
    d_date_old: None | str | Unset = UNSET
    d_date: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d_time_from: None | str | Unset
        if isinstance(self.d_time_from, Unset):
            d_time_from = UNSET
        else:
            d_time_from = self.d_time_from

        d_time_to: None | str | Unset
        if isinstance(self.d_time_to, Unset):
            d_time_to = UNSET
        else:
            d_time_to = self.d_time_to

        d_time_from_old: None | str | Unset
        if isinstance(self.d_time_from_old, Unset):
            d_time_from_old = UNSET
        else:
            d_time_from_old = self.d_time_from_old

        d_time_to_old: None | str | Unset
        if isinstance(self.d_time_to_old, Unset):
            d_time_to_old = UNSET
        else:
            d_time_to_old = self.d_time_to_old

        d_date_old: None | str | Unset
        if isinstance(self.d_date_old, Unset):
            d_date_old = UNSET
        else:
            d_date_old = self.d_date_old

        d_date = self.d_date

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if d_time_from is not UNSET:
            field_dict["dTimeFrom"] = d_time_from
        if d_time_to is not UNSET:
            field_dict["dTimeTo"] = d_time_to
        if d_time_from_old is not UNSET:
            field_dict["dTimeFromOld"] = d_time_from_old
        if d_time_to_old is not UNSET:
            field_dict["dTimeToOld"] = d_time_to_old
        if d_date_old is not UNSET:
            field_dict["dDateOld"] = d_date_old
        if d_date is not UNSET:
            field_dict["dDate"] = d_date
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_d_time_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        d_time_from = _parse_d_time_from(d.pop("dTimeFrom", UNSET))

        def _parse_d_time_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        d_time_to = _parse_d_time_to(d.pop("dTimeTo", UNSET))

        def _parse_d_time_from_old(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        d_time_from_old = _parse_d_time_from_old(d.pop("dTimeFromOld", UNSET))

        def _parse_d_time_to_old(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        d_time_to_old = _parse_d_time_to_old(d.pop("dTimeToOld", UNSET))

        def _parse_d_date_old(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        d_date_old = _parse_d_date_old(d.pop("dDateOld", UNSET))

        d_date = d.pop("dDate", UNSET)

        id = d.pop("id", UNSET)

        dbw_orders_delivery_date_response_orders_item = cls(
            d_time_from=d_time_from,
            d_time_to=d_time_to,
            d_time_from_old=d_time_from_old,
            d_time_to_old=d_time_to_old,
            d_date_old=d_date_old,
            d_date=d_date,
            id=id,
        )

        dbw_orders_delivery_date_response_orders_item.additional_properties = d
        return dbw_orders_delivery_date_response_orders_item

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
