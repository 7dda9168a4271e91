from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SellerRatingResponse")


@_attrs_define
class SellerRatingResponse:
    """
    Attributes:
        feedback_count (int | Unset):  Example: 12355.
        valuation (float | Unset):  Example: 4.55.
    """

    feedback_count: int | Unset = UNSET
    valuation: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_count = self.feedback_count

        valuation = self.valuation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feedback_count is not UNSET:
            field_dict["feedbackCount"] = feedback_count
        if valuation is not UNSET:
            field_dict["valuation"] = valuation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        feedback_count = d.pop("feedbackCount", UNSET)

        valuation = d.pop("valuation", UNSET)

        seller_rating_response = cls(
            feedback_count=feedback_count,
            valuation=valuation,
        )

        seller_rating_response.additional_properties = d
        return seller_rating_response

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
