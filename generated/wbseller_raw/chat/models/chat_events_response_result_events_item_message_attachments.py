from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_events_response_result_events_item_message_attachments_files_item import (
        ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem,
    )
    from ..models.chat_events_response_result_events_item_message_attachments_good_card import (
        ChatEventsResponseResultEventsItemMessageAttachmentsGoodCard,
    )
    from ..models.chat_events_response_result_events_item_message_attachments_images_item import (
        ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem,
    )


T = TypeVar("T", bound="ChatEventsResponseResultEventsItemMessageAttachments")


@_attrs_define
class ChatEventsResponseResultEventsItemMessageAttachments:
    """
    Attributes:
        good_card (ChatEventsResponseResultEventsItemMessageAttachmentsGoodCard | Unset):
        files (list[ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem] | Unset):
        images (list[ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem] | Unset):
    """

    good_card: ChatEventsResponseResultEventsItemMessageAttachmentsGoodCard | Unset = (
        UNSET
    )
    files: (
        list[ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem] | Unset
    ) = UNSET
    images: (
        list[ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        good_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good_card, Unset):
            good_card = self.good_card.to_dict()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if good_card is not UNSET:
            field_dict["goodCard"] = good_card
        if files is not UNSET:
            field_dict["files"] = files
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _good_card = d.pop("goodCard", UNSET)
        good_card: ChatEventsResponseResultEventsItemMessageAttachmentsGoodCard | Unset
        if isinstance(_good_card, Unset):
            good_card = UNSET
        else:
            good_card = (
                ChatEventsResponseResultEventsItemMessageAttachmentsGoodCard.from_dict(
                    _good_card
                )
            )

        _files = d.pop("files", UNSET)
        files: (
            list[ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem] | Unset
        ) = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem.from_dict(
                    files_item_data
                )

                files.append(files_item)

        _images = d.pop("images", UNSET)
        images: (
            list[ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem] | Unset
        ) = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem.from_dict(
                    images_item_data
                )

                images.append(images_item)

        chat_events_response_result_events_item_message_attachments = cls(
            good_card=good_card,
            files=files,
            images=images,
        )

        chat_events_response_result_events_item_message_attachments.additional_properties = d
        return chat_events_response_result_events_item_message_attachments

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
from ..models.chat_events_response_result_events_item_message_attachments_files_item import ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem
from ..models.chat_events_response_result_events_item_message_attachments_good_card import ChatEventsResponseResultEventsItemMessageAttachmentsGoodCard
from ..models.chat_events_response_result_events_item_message_attachments_images_item import ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem
