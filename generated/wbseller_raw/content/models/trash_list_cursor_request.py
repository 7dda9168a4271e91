from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrashListCursorRequest")


@_attrs_define
class TrashListCursorRequest:
    """Pagination. The first request sends only `limit`; the next ones copy `trashedAt` and `nmID`
    from the previous response's cursor.

        Attributes:
            limit (int | Unset): Number of product cards per page, at most 100 (WB's default 10). Default: 10.
            trashed_at (str | Unset): From the previous response's cursor (omit on the first request).
            nm_id (int | Unset): From the previous response's cursor (omit on the first request).
    """

    limit: int | Unset = 10
    trashed_at: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        trashed_at = self.trashed_at

        nm_id = self.nm_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if trashed_at is not UNSET:
            field_dict["trashedAt"] = trashed_at
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        trashed_at = d.pop("trashedAt", UNSET)

        nm_id = d.pop("nmID", UNSET)

        trash_list_cursor_request = cls(
            limit=limit,
            trashed_at=trashed_at,
            nm_id=nm_id,
        )

        trash_list_cursor_request.additional_properties = d
        return trash_list_cursor_request

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
