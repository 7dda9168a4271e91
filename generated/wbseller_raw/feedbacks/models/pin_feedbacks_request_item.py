from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pin_feedbacks_request_item_pin_method import (
    PinFeedbacksRequestItemPinMethod,
    check_pin_feedbacks_request_item_pin_method,
)
from ..models.pin_feedbacks_request_item_pin_on import (
    PinFeedbacksRequestItemPinOn,
    check_pin_feedbacks_request_item_pin_on,
)

T = TypeVar("T", bound="PinFeedbacksRequestItem")


@_attrs_define
class PinFeedbacksRequestItem:
    """
    Attributes:
        pin_method (PinFeedbacksRequestItemPinMethod):  Example: subscription.
        pin_on (PinFeedbacksRequestItemPinOn):  Example: imt.
        feedback_id (str):  Example: DibuRAImknLyiqgzvGcU.
    """

    pin_method: PinFeedbacksRequestItemPinMethod
    pin_on: PinFeedbacksRequestItemPinOn
    feedback_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pin_method: str = self.pin_method

        pin_on: str = self.pin_on

        feedback_id = self.feedback_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pinMethod": pin_method,
                "pinOn": pin_on,
                "feedbackId": feedback_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pin_method = check_pin_feedbacks_request_item_pin_method(d.pop("pinMethod"))

        pin_on = check_pin_feedbacks_request_item_pin_on(d.pop("pinOn"))

        feedback_id = d.pop("feedbackId")

        pin_feedbacks_request_item = cls(
            pin_method=pin_method,
            pin_on=pin_on,
            feedback_id=feedback_id,
        )

        pin_feedbacks_request_item.additional_properties = d
        return pin_feedbacks_request_item

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
