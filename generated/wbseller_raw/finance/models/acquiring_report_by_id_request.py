from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcquiringReportByIdRequest")


@_attrs_define
class AcquiringReportByIdRequest:
    """
    Attributes:
        limit (int | Unset):  Default: 100000. Example: 21100.
        rrd_id (int | Unset):  Default: 0.
        fields (list[str] | Unset):
    """

    limit: int | Unset = 100000
    rrd_id: int | Unset = 0
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        rrd_id = self.rrd_id

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if rrd_id is not UNSET:
            field_dict["rrdId"] = rrd_id
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        rrd_id = d.pop("rrdId", UNSET)

        fields = cast(list[str], d.pop("fields", UNSET))

        acquiring_report_by_id_request = cls(
            limit=limit,
            rrd_id=rrd_id,
            fields=fields,
        )

        acquiring_report_by_id_request.additional_properties = d
        return acquiring_report_by_id_request

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
