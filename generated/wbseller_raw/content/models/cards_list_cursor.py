from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardsListCursor")


@_attrs_define
class CardsListCursor:
    """Pagination: copy `updatedAt` and `nmID` into the next request's cursor; stop when `total`
    is less than the requested `limit`.

        Attributes:
            updated_at (str | Unset): Update time of the last product card of the page.
            nm_id (int | Unset): nmID of the last product card of the page.
            total (int | Unset): Number of product cards returned.
    """

    updated_at: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_at = self.updated_at

        nm_id = self.nm_id

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        updated_at = d.pop("updatedAt", UNSET)

        nm_id = d.pop("nmID", UNSET)

        total = d.pop("total", UNSET)

        cards_list_cursor = cls(
            updated_at=updated_at,
            nm_id=nm_id,
            total=total,
        )

        cards_list_cursor.additional_properties = d
        return cards_list_cursor

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
