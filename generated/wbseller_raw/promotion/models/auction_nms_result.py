from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuctionNmsResult")


@_attrs_define
class AuctionNmsResult:
    """
    Attributes:
        added (list[int] | Unset): Product cards (WB articles) added.
        deleted (list[int] | Unset): Product cards (WB articles) deleted.
    """

    added: list[int] | Unset = UNSET
    deleted: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[int] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = self.added

        deleted: list[int] | Unset = UNSET
        if not isinstance(self.deleted, Unset):
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added is not UNSET:
            field_dict["added"] = added
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        added = cast(list[int], d.pop("added", UNSET))

        deleted = cast(list[int], d.pop("deleted", UNSET))

        auction_nms_result = cls(
            added=added,
            deleted=deleted,
        )

        auction_nms_result.additional_properties = d
        return auction_nms_result

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
