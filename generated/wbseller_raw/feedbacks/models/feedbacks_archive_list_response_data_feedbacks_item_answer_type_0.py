from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbacksArchiveListResponseDataFeedbacksItemAnswerType0")


@_attrs_define
class FeedbacksArchiveListResponseDataFeedbacksItemAnswerType0:
    """
    Attributes:
        text (str | Unset):
        state (str | Unset):
        editable (bool | Unset):
    """

    text: str | Unset = UNSET
    state: str | Unset = UNSET
    editable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        state = self.state

        editable = self.editable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if state is not UNSET:
            field_dict["state"] = state
        if editable is not UNSET:
            field_dict["editable"] = editable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        state = d.pop("state", UNSET)

        editable = d.pop("editable", UNSET)

        feedbacks_archive_list_response_data_feedbacks_item_answer_type_0 = cls(
            text=text,
            state=state,
            editable=editable,
        )

        feedbacks_archive_list_response_data_feedbacks_item_answer_type_0.additional_properties = d
        return feedbacks_archive_list_response_data_feedbacks_item_answer_type_0

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
