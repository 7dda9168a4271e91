from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pin_feedbacks_response_data_item_errors_item import (
        PinFeedbacksResponseDataItemErrorsItem,
    )


T = TypeVar("T", bound="PinFeedbacksResponseDataItem")


@_attrs_define
class PinFeedbacksResponseDataItem:
    """
    Attributes:
        feedback_id (str | Unset):
        pin_id (int | Unset):
        pin_method (str | Unset):
        pin_on (str | Unset):
        is_errors (bool | Unset):
        errors (list[PinFeedbacksResponseDataItemErrorsItem] | Unset):
    """

    feedback_id: str | Unset = UNSET
    pin_id: int | Unset = UNSET
    pin_method: str | Unset = UNSET
    pin_on: str | Unset = UNSET
    is_errors: bool | Unset = UNSET
    errors: list[PinFeedbacksResponseDataItemErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_id = self.feedback_id

        pin_id = self.pin_id

        pin_method = self.pin_method

        pin_on = self.pin_on

        is_errors = self.is_errors

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feedback_id is not UNSET:
            field_dict["feedbackId"] = feedback_id
        if pin_id is not UNSET:
            field_dict["pinId"] = pin_id
        if pin_method is not UNSET:
            field_dict["pinMethod"] = pin_method
        if pin_on is not UNSET:
            field_dict["pinOn"] = pin_on
        if is_errors is not UNSET:
            field_dict["isErrors"] = is_errors
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        feedback_id = d.pop("feedbackId", UNSET)

        pin_id = d.pop("pinId", UNSET)

        pin_method = d.pop("pinMethod", UNSET)

        pin_on = d.pop("pinOn", UNSET)

        is_errors = d.pop("isErrors", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[PinFeedbacksResponseDataItemErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = PinFeedbacksResponseDataItemErrorsItem.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        pin_feedbacks_response_data_item = cls(
            feedback_id=feedback_id,
            pin_id=pin_id,
            pin_method=pin_method,
            pin_on=pin_on,
            is_errors=is_errors,
            errors=errors,
        )

        pin_feedbacks_response_data_item.additional_properties = d
        return pin_feedbacks_response_data_item

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
from ..models.pin_feedbacks_response_data_item_errors_item import PinFeedbacksResponseDataItemErrorsItem
