from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbsOrdersB2BInfoResponseResultsItemData")


@_attrs_define
class DbsOrdersB2BInfoResponseResultsItemData:
    """
    Attributes:
        inn (str | Unset):
        kpp (str | Unset):
        org_name (str | Unset):
    """

    inn: str | Unset = UNSET
    kpp: str | Unset = UNSET
    org_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inn = self.inn

        kpp = self.kpp

        org_name = self.org_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inn is not UNSET:
            field_dict["inn"] = inn
        if kpp is not UNSET:
            field_dict["kpp"] = kpp
        if org_name is not UNSET:
            field_dict["orgName"] = org_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inn = d.pop("inn", UNSET)

        kpp = d.pop("kpp", UNSET)

        org_name = d.pop("orgName", UNSET)

        dbs_orders_b2b_info_response_results_item_data = cls(
            inn=inn,
            kpp=kpp,
            org_name=org_name,
        )

        dbs_orders_b2b_info_response_results_item_data.additional_properties = d
        return dbs_orders_b2b_info_response_results_item_data

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
