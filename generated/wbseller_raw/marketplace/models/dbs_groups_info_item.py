from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbsGroupsInfoItem")


@_attrs_define
class DbsGroupsInfoItem:
    """
    Attributes:
        group_id (str | Unset):  Example: 0596a30a-d11c-4210-a231-ee1c39d61fe4.
        delivery_cost (int | Unset):  Example: 1108.
        converted_delivery_cost (int | Unset):  Example: 29803.
        currency_code (int | Unset):  Example: 933.
        converted_currency_code (int | Unset):  Example: 643.
    """

    group_id: str | Unset = UNSET
    delivery_cost: int | Unset = UNSET
    converted_delivery_cost: int | Unset = UNSET
    currency_code: int | Unset = UNSET
    converted_currency_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        delivery_cost = self.delivery_cost

        converted_delivery_cost = self.converted_delivery_cost

        currency_code = self.currency_code

        converted_currency_code = self.converted_currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupID"] = group_id
        if delivery_cost is not UNSET:
            field_dict["deliveryCost"] = delivery_cost
        if converted_delivery_cost is not UNSET:
            field_dict["convertedDeliveryCost"] = converted_delivery_cost
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if converted_currency_code is not UNSET:
            field_dict["convertedCurrencyCode"] = converted_currency_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_id = d.pop("groupID", UNSET)

        delivery_cost = d.pop("deliveryCost", UNSET)

        converted_delivery_cost = d.pop("convertedDeliveryCost", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        converted_currency_code = d.pop("convertedCurrencyCode", UNSET)

        dbs_groups_info_item = cls(
            group_id=group_id,
            delivery_cost=delivery_cost,
            converted_delivery_cost=converted_delivery_cost,
            currency_code=currency_code,
            converted_currency_code=converted_currency_code,
        )

        dbs_groups_info_item.additional_properties = d
        return dbs_groups_info_item

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
