from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcquiringReportsListRequest")


@_attrs_define
class AcquiringReportsListRequest:
    """
    Attributes:
        date_from (str):  Example: 2026-03-17.
        date_to (str):  Example: 2026-03-20.
        limit (int | Unset):  Default: 1000. Example: 211.
        offset (int | Unset):  Default: 0. Example: 345.
    """

    date_from: str
    date_to: str
    limit: int | Unset = 1000
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from

        date_to = self.date_to

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dateFrom": date_from,
                "dateTo": date_to,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date_from = d.pop("dateFrom")

        date_to = d.pop("dateTo")

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        acquiring_reports_list_request = cls(
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
        )

        acquiring_reports_list_request.additional_properties = d
        return acquiring_reports_list_request

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
