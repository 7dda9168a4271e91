from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbsOrdersStatusResponseOrdersItem")


@_attrs_define
class FbsOrdersStatusResponseOrdersItem:
    """
    Attributes:
        id (int | Unset):  Example: 5632423.
        is_cancellable (bool | Unset):  Example: False.
        supplier_status (str | Unset):  Example: new.
        wb_status (str | Unset):
    """

    id: int | Unset = UNSET
    is_cancellable: bool | Unset = UNSET
    supplier_status: str | Unset = UNSET
    wb_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_cancellable = self.is_cancellable

        supplier_status = self.supplier_status

        wb_status = self.wb_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_cancellable is not UNSET:
            field_dict["isCancellable"] = is_cancellable
        if supplier_status is not UNSET:
            field_dict["supplierStatus"] = supplier_status
        if wb_status is not UNSET:
            field_dict["wbStatus"] = wb_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        is_cancellable = d.pop("isCancellable", UNSET)

        supplier_status = d.pop("supplierStatus", UNSET)

        wb_status = d.pop("wbStatus", UNSET)

        fbs_orders_status_response_orders_item = cls(
            id=id,
            is_cancellable=is_cancellable,
            supplier_status=supplier_status,
            wb_status=wb_status,
        )

        fbs_orders_status_response_orders_item.additional_properties = d
        return fbs_orders_status_response_orders_item

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
