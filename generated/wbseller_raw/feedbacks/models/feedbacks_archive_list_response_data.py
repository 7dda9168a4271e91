from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedbacks_archive_list_response_data_feedbacks_item import (
        FeedbacksArchiveListResponseDataFeedbacksItem,
    )


T = TypeVar("T", bound="FeedbacksArchiveListResponseData")


@_attrs_define
class FeedbacksArchiveListResponseData:
    """
    Attributes:
        feedbacks (list[FeedbacksArchiveListResponseDataFeedbacksItem] | Unset):
    """

    feedbacks: list[FeedbacksArchiveListResponseDataFeedbacksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedbacks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feedbacks, Unset):
            feedbacks = []
            for feedbacks_item_data in self.feedbacks:
                feedbacks_item = feedbacks_item_data.to_dict()
                feedbacks.append(feedbacks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feedbacks is not UNSET:
            field_dict["feedbacks"] = feedbacks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _feedbacks = d.pop("feedbacks", UNSET)
        feedbacks: list[FeedbacksArchiveListResponseDataFeedbacksItem] | Unset = UNSET
        if _feedbacks is not UNSET:
            feedbacks = []
            for feedbacks_item_data in _feedbacks:
                feedbacks_item = (
                    FeedbacksArchiveListResponseDataFeedbacksItem.from_dict(
                        feedbacks_item_data
                    )
                )

                feedbacks.append(feedbacks_item)

        feedbacks_archive_list_response_data = cls(
            feedbacks=feedbacks,
        )

        feedbacks_archive_list_response_data.additional_properties = d
        return feedbacks_archive_list_response_data

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
from ..models.feedbacks_archive_list_response_data_feedbacks_item import FeedbacksArchiveListResponseDataFeedbacksItem
