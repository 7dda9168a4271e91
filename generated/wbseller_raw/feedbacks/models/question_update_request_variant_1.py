from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QuestionUpdateRequestVariant1")


@_attrs_define
class QuestionUpdateRequestVariant1:
    """One of WB's body variants: required id, wasViewed.

    Attributes:
        id (str):  Example: n5um6IUBQOOSTxXoo0gV.
        was_viewed (bool):  Example: True.
    """

    id: str
    was_viewed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        was_viewed = self.was_viewed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "wasViewed": was_viewed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        was_viewed = d.pop("wasViewed")

        question_update_request_variant_1 = cls(
            id=id,
            was_viewed=was_viewed,
        )

        question_update_request_variant_1.additional_properties = d
        return question_update_request_variant_1

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
