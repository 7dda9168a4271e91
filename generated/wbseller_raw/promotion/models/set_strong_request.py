from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetStrongRequest")


@_attrs_define
class SetStrongRequest:
    """
    Attributes:
        strong (list[str] | Unset): Exact-match minus-phrases (at most 1000); an empty array removes all of them.
    """

    strong: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strong: list[str] | Unset = UNSET
        if not isinstance(self.strong, Unset):
            strong = self.strong

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strong is not UNSET:
            field_dict["strong"] = strong

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        strong = cast(list[str], d.pop("strong", UNSET))

        set_strong_request = cls(
            strong=strong,
        )

        set_strong_request.additional_properties = d
        return set_strong_request

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
