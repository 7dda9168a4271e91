from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChrtIdsRequest")


@_attrs_define
class ChrtIdsRequest:
    """Sizes (chrtIds) to delete the stocks of.

    Attributes:
        chrt_ids (list[int]): Size IDs (a card's `sizes[].chrtID`), 1 to 1,000.
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

        chrt_ids_request = cls(
            chrt_ids=chrt_ids,
        )

        chrt_ids_request.additional_properties = d
        return chrt_ids_request

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
