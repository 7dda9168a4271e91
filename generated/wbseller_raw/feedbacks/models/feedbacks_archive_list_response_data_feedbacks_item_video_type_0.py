from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbacksArchiveListResponseDataFeedbacksItemVideoType0")


@_attrs_define
class FeedbacksArchiveListResponseDataFeedbacksItemVideoType0:
    """
    Attributes:
        preview_image (str | Unset):
        link (str | Unset):
        duration_sec (int | Unset):
    """

    preview_image: str | Unset = UNSET
    link: str | Unset = UNSET
    duration_sec: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview_image = self.preview_image

        link = self.link

        duration_sec = self.duration_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preview_image is not UNSET:
            field_dict["previewImage"] = preview_image
        if link is not UNSET:
            field_dict["link"] = link
        if duration_sec is not UNSET:
            field_dict["durationSec"] = duration_sec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        preview_image = d.pop("previewImage", UNSET)

        link = d.pop("link", UNSET)

        duration_sec = d.pop("durationSec", UNSET)

        feedbacks_archive_list_response_data_feedbacks_item_video_type_0 = cls(
            preview_image=preview_image,
            link=link,
            duration_sec=duration_sec,
        )

        feedbacks_archive_list_response_data_feedbacks_item_video_type_0.additional_properties = d
        return feedbacks_archive_list_response_data_feedbacks_item_video_type_0

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
