from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewFeedbacksQuestionsResponseData")


@_attrs_define
class NewFeedbacksQuestionsResponseData:
    """
    Attributes:
        has_new_questions (bool | Unset):  Example: True.
        has_new_feedbacks (bool | Unset):  Example: False.
    """

    has_new_questions: bool | Unset = UNSET
    has_new_feedbacks: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_new_questions = self.has_new_questions

        has_new_feedbacks = self.has_new_feedbacks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_new_questions is not UNSET:
            field_dict["hasNewQuestions"] = has_new_questions
        if has_new_feedbacks is not UNSET:
            field_dict["hasNewFeedbacks"] = has_new_feedbacks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_new_questions = d.pop("hasNewQuestions", UNSET)

        has_new_feedbacks = d.pop("hasNewFeedbacks", UNSET)

        new_feedbacks_questions_response_data = cls(
            has_new_questions=has_new_questions,
            has_new_feedbacks=has_new_feedbacks,
        )

        new_feedbacks_questions_response_data.additional_properties = d
        return new_feedbacks_questions_response_data

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
