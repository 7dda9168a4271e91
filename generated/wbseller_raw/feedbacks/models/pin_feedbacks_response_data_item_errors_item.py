from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PinFeedbacksResponseDataItemErrorsItem")


@_attrs_define
class PinFeedbacksResponseDataItemErrorsItem:
    """
    Attributes:
        origin (str | Unset):
        detail (str | Unset):
        request_id (str | Unset):  Example: req-12345.
        status (str | Unset):  Example: feedbackNotFound.
        title (str | Unset):  Example: feedbackNotFound.
    """

    origin: str | Unset = UNSET
    detail: str | Unset = UNSET
    request_id: str | Unset = UNSET
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin = self.origin

        detail = self.detail

        request_id = self.request_id

        status = self.status

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if origin is not UNSET:
            field_dict["origin"] = origin
        if detail is not UNSET:
            field_dict["detail"] = detail
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        origin = d.pop("origin", UNSET)

        detail = d.pop("detail", UNSET)

        request_id = d.pop("requestId", UNSET)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        pin_feedbacks_response_data_item_errors_item = cls(
            origin=origin,
            detail=detail,
            request_id=request_id,
            status=status,
            title=title,
        )

        pin_feedbacks_response_data_item_errors_item.additional_properties = d
        return pin_feedbacks_response_data_item_errors_item

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
