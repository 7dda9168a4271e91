from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.question_update_request_variant_2_answer import (
        QuestionUpdateRequestVariant2Answer,
    )


T = TypeVar("T", bound="QuestionUpdateRequestVariant2")


@_attrs_define
class QuestionUpdateRequestVariant2:
    """One of WB's body variants: required id, answer, state.

    Attributes:
        id (str):  Example: n5um6IUBQOOSTxXoo0gV.
        answer (QuestionUpdateRequestVariant2Answer):
        state (str):
    """

    id: str
    answer: QuestionUpdateRequestVariant2Answer
    state: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        answer = self.answer.to_dict()

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "answer": answer,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id")

        answer = QuestionUpdateRequestVariant2Answer.from_dict(d.pop("answer"))

        state = d.pop("state")

        question_update_request_variant_2 = cls(
            id=id,
            answer=answer,
            state=state,
        )

        question_update_request_variant_2.additional_properties = d
        return question_update_request_variant_2

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
from ..models.question_update_request_variant_2_answer import QuestionUpdateRequestVariant2Answer
