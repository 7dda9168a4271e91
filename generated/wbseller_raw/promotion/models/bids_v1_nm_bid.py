from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BidsV1NmBid")


@_attrs_define
class BidsV1NmBid:
    """
    Attributes:
        nm_id (int | Unset):
        bid_kopecks (int | Unset):
        placement (str | Unset):
    """

    nm_id: int | Unset = UNSET
    bid_kopecks: int | Unset = UNSET
    placement: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        bid_kopecks = self.bid_kopecks

        placement = self.placement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id
        if bid_kopecks is not UNSET:
            field_dict["bid_kopecks"] = bid_kopecks
        if placement is not UNSET:
            field_dict["placement"] = placement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nm_id", UNSET)

        bid_kopecks = d.pop("bid_kopecks", UNSET)

        placement = d.pop("placement", UNSET)

        bids_v1_nm_bid = cls(
            nm_id=nm_id,
            bid_kopecks=bid_kopecks,
            placement=placement,
        )

        bids_v1_nm_bid.additional_properties = d
        return bids_v1_nm_bid

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
