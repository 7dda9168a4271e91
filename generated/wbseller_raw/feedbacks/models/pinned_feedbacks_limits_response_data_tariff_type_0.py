from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PinnedFeedbacksLimitsResponseDataTariffType0")


@_attrs_define
class PinnedFeedbacksLimitsResponseDataTariffType0:
    """
    Attributes:
        per_unit_limit (int | Unset):  Example: 2.
        remaining (int | Unset):  Example: 5.
        total_limit (int | Unset):  Example: 15.
        unlimited (bool | Unset):  Example: False.
        used (int | Unset):  Example: 10.
    """

    per_unit_limit: int | Unset = UNSET
    remaining: int | Unset = UNSET
    total_limit: int | Unset = UNSET
    unlimited: bool | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_unit_limit = self.per_unit_limit

        remaining = self.remaining

        total_limit = self.total_limit

        unlimited = self.unlimited

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_unit_limit is not UNSET:
            field_dict["perUnitLimit"] = per_unit_limit
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if total_limit is not UNSET:
            field_dict["totalLimit"] = total_limit
        if unlimited is not UNSET:
            field_dict["unlimited"] = unlimited
        if used is not UNSET:
            field_dict["used"] = used

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        per_unit_limit = d.pop("perUnitLimit", UNSET)

        remaining = d.pop("remaining", UNSET)

        total_limit = d.pop("totalLimit", UNSET)

        unlimited = d.pop("unlimited", UNSET)

        used = d.pop("used", UNSET)

        pinned_feedbacks_limits_response_data_tariff_type_0 = cls(
            per_unit_limit=per_unit_limit,
            remaining=remaining,
            total_limit=total_limit,
            unlimited=unlimited,
            used=used,
        )

        pinned_feedbacks_limits_response_data_tariff_type_0.additional_properties = d
        return pinned_feedbacks_limits_response_data_tariff_type_0

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
