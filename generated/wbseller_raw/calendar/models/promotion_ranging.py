from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionRanging")


@_attrs_define
class PromotionRanging:
    """A ranking boost the promotion gives for a participation rate.

    Attributes:
        condition (str | Unset): Which products the rate is counted over, e.g. productsInPromotion, calculateProducts,
            allProducts.
        participation_rate (int | Unset): Participation rate, percent.
        boost (int | Unset): Ranking boost.
    """

    condition: str | Unset = UNSET
    participation_rate: int | Unset = UNSET
    boost: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        participation_rate = self.participation_rate

        boost = self.boost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["condition"] = condition
        if participation_rate is not UNSET:
            field_dict["participationRate"] = participation_rate
        if boost is not UNSET:
            field_dict["boost"] = boost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        condition = d.pop("condition", UNSET)

        participation_rate = d.pop("participationRate", UNSET)

        boost = d.pop("boost", UNSET)

        promotion_ranging = cls(
            condition=condition,
            participation_rate=participation_rate,
            boost=boost,
        )

        promotion_ranging.additional_properties = d
        return promotion_ranging

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
