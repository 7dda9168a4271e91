from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questions_list_response_data_questions_item_answer_type_0 import (
        QuestionsListResponseDataQuestionsItemAnswerType0,
    )
    from ..models.questions_list_response_data_questions_item_product_details import (
        QuestionsListResponseDataQuestionsItemProductDetails,
    )


T = TypeVar("T", bound="QuestionsListResponseDataQuestionsItem")


@_attrs_define
class QuestionsListResponseDataQuestionsItem:
    """
    Attributes:
        id (str | Unset):
        text (str | Unset):
        created_date (str | Unset):
        state (str | Unset):
        answer (None | QuestionsListResponseDataQuestionsItemAnswerType0 | Unset):
        product_details (QuestionsListResponseDataQuestionsItemProductDetails | Unset):
        was_viewed (bool | Unset):
        is_warned (bool | Unset):
    """

    id: str | Unset = UNSET
    text: str | Unset = UNSET
    created_date: str | Unset = UNSET
    state: str | Unset = UNSET
    answer: None | QuestionsListResponseDataQuestionsItemAnswerType0 | Unset = UNSET
    product_details: QuestionsListResponseDataQuestionsItemProductDetails | Unset = (
        UNSET
    )
    was_viewed: bool | Unset = UNSET
    is_warned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        text = self.text

        created_date = self.created_date

        state = self.state

        answer: dict[str, Any] | None | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, QuestionsListResponseDataQuestionsItemAnswerType0):
            answer = self.answer.to_dict()
        else:
            answer = self.answer

        product_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_details, Unset):
            product_details = self.product_details.to_dict()

        was_viewed = self.was_viewed

        is_warned = self.is_warned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if state is not UNSET:
            field_dict["state"] = state
        if answer is not UNSET:
            field_dict["answer"] = answer
        if product_details is not UNSET:
            field_dict["productDetails"] = product_details
        if was_viewed is not UNSET:
            field_dict["wasViewed"] = was_viewed
        if is_warned is not UNSET:
            field_dict["isWarned"] = is_warned

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        text = d.pop("text", UNSET)

        created_date = d.pop("createdDate", UNSET)

        state = d.pop("state", UNSET)

        def _parse_answer(
            data: object,
        ) -> None | QuestionsListResponseDataQuestionsItemAnswerType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                answer_type_0 = (
                    QuestionsListResponseDataQuestionsItemAnswerType0.from_dict(data)
                )

                return answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | QuestionsListResponseDataQuestionsItemAnswerType0 | Unset, data
            )

        answer = _parse_answer(d.pop("answer", UNSET))

        _product_details = d.pop("productDetails", UNSET)
        product_details: QuestionsListResponseDataQuestionsItemProductDetails | Unset
        if isinstance(_product_details, Unset):
            product_details = UNSET
        else:
            product_details = (
                QuestionsListResponseDataQuestionsItemProductDetails.from_dict(
                    _product_details
                )
            )

        was_viewed = d.pop("wasViewed", UNSET)

        is_warned = d.pop("isWarned", UNSET)

        questions_list_response_data_questions_item = cls(
            id=id,
            text=text,
            created_date=created_date,
            state=state,
            answer=answer,
            product_details=product_details,
            was_viewed=was_viewed,
            is_warned=is_warned,
        )

        questions_list_response_data_questions_item.additional_properties = d
        return questions_list_response_data_questions_item

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
from ..models.questions_list_response_data_questions_item_answer_type_0 import QuestionsListResponseDataQuestionsItemAnswerType0
from ..models.questions_list_response_data_questions_item_product_details import QuestionsListResponseDataQuestionsItemProductDetails
