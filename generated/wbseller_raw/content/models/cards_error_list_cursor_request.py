from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardsErrorListCursorRequest")


@_attrs_define
class CardsErrorListCursorRequest:
    """Pagination. The first request sends only `limit`; the next ones copy `updatedAt` and
    `batchUUID` from the previous answer's cursor.

        Attributes:
            limit (int | Unset): Number of batches per page, at most 100 (default 100). Default: 100.
            updated_at (str | Unset): From the previous answer's cursor (omit on the first request); RFC 3339.
            batch_uuid (str | Unset): From the previous answer's cursor (omit on the first request); a UUID.
    """

    limit: int | Unset = 100
    updated_at: str | Unset = UNSET
    batch_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        updated_at = self.updated_at

        batch_uuid = self.batch_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if batch_uuid is not UNSET:
            field_dict["batchUUID"] = batch_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        batch_uuid = d.pop("batchUUID", UNSET)

        cards_error_list_cursor_request = cls(
            limit=limit,
            updated_at=updated_at,
            batch_uuid=batch_uuid,
        )

        cards_error_list_cursor_request.additional_properties = d
        return cards_error_list_cursor_request

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
