from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrashListCursor")


@_attrs_define
class TrashListCursor:
    """Pagination: copy `trashedAt` and `nmID` into the next request's cursor; stop when `total`
    is less than the requested `limit`.

        Attributes:
            trashed_at (str | Unset): Time the last product card of the page was moved to the trash.
            nm_id (int | Unset): nmID of the last product card of the page.
            total (int | Unset): Number of product cards returned.
    """

    trashed_at: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trashed_at = self.trashed_at

        nm_id = self.nm_id

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trashed_at is not UNSET:
            field_dict["trashedAt"] = trashed_at
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        trashed_at = d.pop("trashedAt", UNSET)

        nm_id = d.pop("nmID", UNSET)

        total = d.pop("total", UNSET)

        trash_list_cursor = cls(
            trashed_at=trashed_at,
            nm_id=nm_id,
            total=total,
        )

        trash_list_cursor.additional_properties = d
        return trash_list_cursor

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
