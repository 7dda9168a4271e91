from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questions_list_response_data_questions_item import (
        QuestionsListResponseDataQuestionsItem,
    )


T = TypeVar("T", bound="QuestionsListResponseData")


@_attrs_define
class QuestionsListResponseData:
    """
    Attributes:
        count_unanswered (int | Unset):
        count_archive (int | Unset):
        questions (list[QuestionsListResponseDataQuestionsItem] | Unset):
    """

    count_unanswered: int | Unset = UNSET
    count_archive: int | Unset = UNSET
    questions: list[QuestionsListResponseDataQuestionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count_unanswered = self.count_unanswered

        count_archive = self.count_archive

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count_unanswered is not UNSET:
            field_dict["countUnanswered"] = count_unanswered
        if count_archive is not UNSET:
            field_dict["countArchive"] = count_archive
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        count_unanswered = d.pop("countUnanswered", UNSET)

        count_archive = d.pop("countArchive", UNSET)

        _questions = d.pop("questions", UNSET)
        questions: list[QuestionsListResponseDataQuestionsItem] | Unset = UNSET
        if _questions is not UNSET:
            questions = []
            for questions_item_data in _questions:
                questions_item = QuestionsListResponseDataQuestionsItem.from_dict(
                    questions_item_data
                )

                questions.append(questions_item)

        questions_list_response_data = cls(
            count_unanswered=count_unanswered,
            count_archive=count_archive,
            questions=questions,
        )

        questions_list_response_data.additional_properties = d
        return questions_list_response_data

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

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.questions_list_response_data_questions_item import QuestionsListResponseDataQuestionsItem
