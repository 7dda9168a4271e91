from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StocksReportWbWarehousesResponseDataItemsItem")


@_attrs_define
class StocksReportWbWarehousesResponseDataItemsItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 47254354.
        chrt_id (int | Unset):  Example: 91663228.
        warehouse_id (int | Unset):  Example: 507.
        warehouse_name (str | Unset):
        region_name (str | Unset):
        quantity (int | Unset):  Example: 43.
        in_way_to_client (int | Unset):  Example: 14.
        in_way_from_client (int | Unset):  Example: 11.
    """

    nm_id: int | Unset = UNSET
    chrt_id: int | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    region_name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    in_way_to_client: int | Unset = UNSET
    in_way_from_client: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        chrt_id = self.chrt_id

        warehouse_id = self.warehouse_id

        warehouse_name = self.warehouse_name

        region_name = self.region_name

        quantity = self.quantity

        in_way_to_client = self.in_way_to_client

        in_way_from_client = self.in_way_from_client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if chrt_id is not UNSET:
            field_dict["chrtId"] = chrt_id
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name
        if region_name is not UNSET:
            field_dict["regionName"] = region_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if in_way_to_client is not UNSET:
            field_dict["inWayToClient"] = in_way_to_client
        if in_way_from_client is not UNSET:
            field_dict["inWayFromClient"] = in_way_from_client

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        chrt_id = d.pop("chrtId", UNSET)

        warehouse_id = d.pop("warehouseId", UNSET)

        warehouse_name = d.pop("warehouseName", UNSET)

        region_name = d.pop("regionName", UNSET)

        quantity = d.pop("quantity", UNSET)

        in_way_to_client = d.pop("inWayToClient", UNSET)

        in_way_from_client = d.pop("inWayFromClient", UNSET)

        stocks_report_wb_warehouses_response_data_items_item = cls(
            nm_id=nm_id,
            chrt_id=chrt_id,
            warehouse_id=warehouse_id,
            warehouse_name=warehouse_name,
            region_name=region_name,
            quantity=quantity,
            in_way_to_client=in_way_to_client,
            in_way_from_client=in_way_from_client,
        )

        stocks_report_wb_warehouses_response_data_items_item.additional_properties = d
        return stocks_report_wb_warehouses_response_data_items_item

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
