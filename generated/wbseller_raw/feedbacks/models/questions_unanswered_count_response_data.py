from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionsUnansweredCountResponseData")


@_attrs_define
class QuestionsUnansweredCountResponseData:
    """
    Attributes:
        count_unanswered (int | Unset):  Example: 24.
        count_unanswered_today (int | Unset):  Example: 0.
    """

    count_unanswered: int | Unset = UNSET
    count_unanswered_today: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count_unanswered = self.count_unanswered

        count_unanswered_today = self.count_unanswered_today

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count_unanswered is not UNSET:
            field_dict["countUnanswered"] = count_unanswered
        if count_unanswered_today is not UNSET:
            field_dict["countUnansweredToday"] = count_unanswered_today

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count_unanswered = d.pop("countUnanswered", UNSET)

        count_unanswered_today = d.pop("countUnansweredToday", UNSET)

        questions_unanswered_count_response_data = cls(
            count_unanswered=count_unanswered,
            count_unanswered_today=count_unanswered_today,
        )

        questions_unanswered_count_response_data.additional_properties = d
        return questions_unanswered_count_response_data

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
