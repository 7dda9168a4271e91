from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardsErrorListCursor")


@_attrs_define
class CardsErrorListCursor:
    """Pagination: copy `updatedAt` and `batchUUID` into the next request's cursor; `next` false
    means every batch has been received.

        Attributes:
            updated_at (str | Unset): Update time of the last batch of the page.
            batch_uuid (str | Unset): ID of the last batch of the page (a UUID).
            next_ (bool | Unset): Whether there are more batches after this page.
    """

    updated_at: str | Unset = UNSET
    batch_uuid: str | Unset = UNSET
    next_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_at = self.updated_at

        batch_uuid = self.batch_uuid

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if batch_uuid is not UNSET:
            field_dict["batchUUID"] = batch_uuid
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        updated_at = d.pop("updatedAt", UNSET)

        batch_uuid = d.pop("batchUUID", UNSET)

        next_ = d.pop("next", UNSET)

        cards_error_list_cursor = cls(
            updated_at=updated_at,
            batch_uuid=batch_uuid,
            next_=next_,
        )

        cards_error_list_cursor.additional_properties = d
        return cards_error_list_cursor

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
