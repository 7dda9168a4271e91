from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderFeedRequestPagination")


@_attrs_define
class OrderFeedRequestPagination:
    """
    Attributes:
        limit (int | Unset):  Default: 50. Example: 4030.
        offset (int | Unset):  Default: 0. Example: 211.
        snapshot_time (str | Unset):  Example: 2026-07-28T15:04:05Z.
    """

    limit: int | Unset = 50
    offset: int | Unset = 0
    snapshot_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        snapshot_time = self.snapshot_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if snapshot_time is not UNSET:
            field_dict["snapshotTime"] = snapshot_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        snapshot_time = d.pop("snapshotTime", UNSET)

        order_feed_request_pagination = cls(
            limit=limit,
            offset=offset,
            snapshot_time=snapshot_time,
        )

        order_feed_request_pagination.additional_properties = d
        return order_feed_request_pagination

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
