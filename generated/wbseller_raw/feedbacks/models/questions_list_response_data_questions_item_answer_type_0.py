from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionsListResponseDataQuestionsItemAnswerType0")


@_attrs_define
class QuestionsListResponseDataQuestionsItemAnswerType0:
    """
    Attributes:
        text (str | Unset):
        editable (bool | Unset):
        create_date (str | Unset):
    """

    text: str | Unset = UNSET
    editable: bool | Unset = UNSET
    create_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        editable = self.editable

        create_date = self.create_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if editable is not UNSET:
            field_dict["editable"] = editable
        if create_date is not UNSET:
            field_dict["createDate"] = create_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        editable = d.pop("editable", UNSET)

        create_date = d.pop("createDate", UNSET)

        questions_list_response_data_questions_item_answer_type_0 = cls(
            text=text,
            editable=editable,
            create_date=create_date,
        )

        questions_list_response_data_questions_item_answer_type_0.additional_properties = d
        return questions_list_response_data_questions_item_answer_type_0

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
