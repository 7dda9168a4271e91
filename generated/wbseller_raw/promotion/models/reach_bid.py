from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReachBid")


@_attrs_define
class ReachBid:
    """
    Attributes:
        bid_kopecks (int | Unset): The recommended bid in kopecks.
        bid_kopecks_min (int | Unset): The minimum bid in kopecks.
    """

    bid_kopecks: int | Unset = UNSET
    bid_kopecks_min: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bid_kopecks = self.bid_kopecks

        bid_kopecks_min = self.bid_kopecks_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bid_kopecks is not UNSET:
            field_dict["bidKopecks"] = bid_kopecks
        if bid_kopecks_min is not UNSET:
            field_dict["bidKopecksMin"] = bid_kopecks_min

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bid_kopecks = d.pop("bidKopecks", UNSET)

        bid_kopecks_min = d.pop("bidKopecksMin", UNSET)

        reach_bid = cls(
            bid_kopecks=bid_kopecks,
            bid_kopecks_min=bid_kopecks_min,
        )

        reach_bid.additional_properties = d
        return reach_bid

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
