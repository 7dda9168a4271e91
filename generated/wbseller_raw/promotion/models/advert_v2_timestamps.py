from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvertV2Timestamps")


@_attrs_define
class AdvertV2Timestamps:
    """
    Attributes:
        created (str | Unset): Creation time.
        updated (str | Unset): Last change.
        started (None | str | Unset): Last launch (null when never launched).
        deleted (str | Unset): Deletion time (in the future for a campaign not deleted).
    """

    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    started: None | str | Unset = UNSET
    deleted: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        updated = self.updated

        started: None | str | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        else:
            started = self.started

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if started is not UNSET:
            field_dict["started"] = started
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        def _parse_started(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started = _parse_started(d.pop("started", UNSET))

        deleted = d.pop("deleted", UNSET)

        advert_v2_timestamps = cls(
            created=created,
            updated=updated,
            started=started,
            deleted=deleted,
        )

        advert_v2_timestamps.additional_properties = d
        return advert_v2_timestamps

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
