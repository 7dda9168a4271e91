from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PinnedFeedbacksListResponseDataItem")


@_attrs_define
class PinnedFeedbacksListResponseDataItem:
    """
    Attributes:
        change_state_at (str | Unset):  Example: 2020-01-01T15:04:05Z.
        imt_id (int | Unset):  Example: 256971531.
        nm_id (int | Unset):  Example: 177974151.
        pin_id (int | Unset):  Example: 1857762.
        pin_method (str | Unset):  Example: subscription.
        pin_on (str | Unset):  Example: imt.
        feedback_id (str | Unset):  Example: DibuRAImknLyiqgzvGcU.
        state (str | Unset):  Example: unpinned.
        unpinned_cause (str | Unset):  Example: sysTariffUnpinned.
    """

    change_state_at: str | Unset = UNSET
    imt_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    pin_id: int | Unset = UNSET
    pin_method: str | Unset = UNSET
    pin_on: str | Unset = UNSET
    feedback_id: str | Unset = UNSET
    state: str | Unset = UNSET
    unpinned_cause: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_state_at = self.change_state_at

        imt_id = self.imt_id

        nm_id = self.nm_id

        pin_id = self.pin_id

        pin_method = self.pin_method

        pin_on = self.pin_on

        feedback_id = self.feedback_id

        state = self.state

        unpinned_cause = self.unpinned_cause

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change_state_at is not UNSET:
            field_dict["changeStateAt"] = change_state_at
        if imt_id is not UNSET:
            field_dict["imtId"] = imt_id
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if pin_id is not UNSET:
            field_dict["pinId"] = pin_id
        if pin_method is not UNSET:
            field_dict["pinMethod"] = pin_method
        if pin_on is not UNSET:
            field_dict["pinOn"] = pin_on
        if feedback_id is not UNSET:
            field_dict["feedbackId"] = feedback_id
        if state is not UNSET:
            field_dict["state"] = state
        if unpinned_cause is not UNSET:
            field_dict["unpinnedCause"] = unpinned_cause

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        change_state_at = d.pop("changeStateAt", UNSET)

        imt_id = d.pop("imtId", UNSET)

        nm_id = d.pop("nmId", UNSET)

        pin_id = d.pop("pinId", UNSET)

        pin_method = d.pop("pinMethod", UNSET)

        pin_on = d.pop("pinOn", UNSET)

        feedback_id = d.pop("feedbackId", UNSET)

        state = d.pop("state", UNSET)

        unpinned_cause = d.pop("unpinnedCause", UNSET)

        pinned_feedbacks_list_response_data_item = cls(
            change_state_at=change_state_at,
            imt_id=imt_id,
            nm_id=nm_id,
            pin_id=pin_id,
            pin_method=pin_method,
            pin_on=pin_on,
            feedback_id=feedback_id,
            state=state,
            unpinned_cause=unpinned_cause,
        )

        pinned_feedbacks_list_response_data_item.additional_properties = d
        return pinned_feedbacks_list_response_data_item

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
