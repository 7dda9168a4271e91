from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferKey")


@_attrs_define
class OfferKey:
    """An uploaded key (WB's reference, wbd-keys-fields).

    Attributes:
        id (int | Unset): Key ID (for `Delete activation keys`).
        value (str | Unset): The key.
        created_at (str | Unset): When the key was uploaded.
        buyed_at (None | str | Unset): When the key was bought (WB's spelling); null while not sold.
        deleted_at (None | str | Unset): When the key was deleted; null while not deleted.
    """

    id: int | Unset = UNSET
    value: str | Unset = UNSET
    created_at: str | Unset = UNSET
    buyed_at: None | str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        created_at = self.created_at

        buyed_at: None | str | Unset
        if isinstance(self.buyed_at, Unset):
            buyed_at = UNSET
        else:
            buyed_at = self.buyed_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if buyed_at is not UNSET:
            field_dict["buyed_at"] = buyed_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        value = d.pop("value", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_buyed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyed_at = _parse_buyed_at(d.pop("buyed_at", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        offer_key = cls(
            id=id,
            value=value,
            created_at=created_at,
            buyed_at=buyed_at,
            deleted_at=deleted_at,
        )

        offer_key.additional_properties = d
        return offer_key

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
