from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StocksReportWbWarehousesRequest")


@_attrs_define
class StocksReportWbWarehousesRequest:
    """
    Attributes:
        nm_ids (list[int] | Unset):
        chrt_ids (list[int] | Unset):
        limit (int | Unset):  Default: 250000. Example: 250000.
        offset (int | Unset):  Default: 0. Example: 500000.
    """

    nm_ids: list[int] | Unset = UNSET
    chrt_ids: list[int] | Unset = UNSET
    limit: int | Unset = 250000
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_ids: list[int] | Unset = UNSET
        if not isinstance(self.nm_ids, Unset):
            nm_ids = self.nm_ids

        chrt_ids: list[int] | Unset = UNSET
        if not isinstance(self.chrt_ids, Unset):
            chrt_ids = self.chrt_ids

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_ids is not UNSET:
            field_dict["nmIds"] = nm_ids
        if chrt_ids is not UNSET:
            field_dict["chrtIds"] = chrt_ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_ids = cast(list[int], d.pop("nmIds", UNSET))

        chrt_ids = cast(list[int], d.pop("chrtIds", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        stocks_report_wb_warehouses_request = cls(
            nm_ids=nm_ids,
            chrt_ids=chrt_ids,
            limit=limit,
            offset=offset,
        )

        stocks_report_wb_warehouses_request.additional_properties = d
        return stocks_report_wb_warehouses_request

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
