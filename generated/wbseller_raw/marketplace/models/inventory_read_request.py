from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InventoryReadRequest")


@_attrs_define
class InventoryReadRequest:
    """Sizes (chrtIds) to read the stocks of: at most 1,000. WB's reference sets no minimum here
    (specs/changes/2026-12-06-wb-contracts.yaml, stocks-read-empty): an empty list reads nothing.

        Attributes:
            chrt_ids (list[int]): Size IDs (a card's `sizes[].chrtID`), at most 1,000.
    """

    chrt_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chrt_ids = self.chrt_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chrtIds": chrt_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chrt_ids = cast(list[int], d.pop("chrtIds"))

        inventory_read_request = cls(
            chrt_ids=chrt_ids,
        )

        inventory_read_request.additional_properties = d
        return inventory_read_request

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
