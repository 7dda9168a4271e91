from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuctionTimestamps")


@_attrs_define
class AuctionTimestamps:
    """Campaign timestamps.

    Attributes:
        created (str | Unset): Creation time.
        deleted (str | Unset): Deletion time.
        started (str | Unset): Last start time.
        updated (str | Unset): Last update time.
    """

    created: str | Unset = UNSET
    deleted: str | Unset = UNSET
    started: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        deleted = self.deleted

        started = self.started

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if started is not UNSET:
            field_dict["started"] = started
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created = d.pop("created", UNSET)

        deleted = d.pop("deleted", UNSET)

        started = d.pop("started", UNSET)

        updated = d.pop("updated", UNSET)

        auction_timestamps = cls(
            created=created,
            deleted=deleted,
            started=started,
            updated=updated,
        )

        auction_timestamps.additional_properties = d
        return auction_timestamps

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
