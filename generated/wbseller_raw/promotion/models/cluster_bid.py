from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterBid")


@_attrs_define
class ClusterBid:
    """
    Attributes:
        advert_id (int | Unset):
        nm_id (int | Unset):
        norm_query (str | Unset):
        bid (int | Unset): The bid in base currency units per thousand views.
        bid_kopecks (int | Unset): The bid in kopecks per thousand views.
        currency (str | Unset):
    """

    advert_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    norm_query: str | Unset = UNSET
    bid: int | Unset = UNSET
    bid_kopecks: int | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_id = self.nm_id

        norm_query = self.norm_query

        bid = self.bid

        bid_kopecks = self.bid_kopecks

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advert_id"] = advert_id
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id
        if norm_query is not UNSET:
            field_dict["norm_query"] = norm_query
        if bid is not UNSET:
            field_dict["bid"] = bid
        if bid_kopecks is not UNSET:
            field_dict["bid_kopecks"] = bid_kopecks
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        advert_id = d.pop("advert_id", UNSET)

        nm_id = d.pop("nm_id", UNSET)

        norm_query = d.pop("norm_query", UNSET)

        bid = d.pop("bid", UNSET)

        bid_kopecks = d.pop("bid_kopecks", UNSET)

        currency = d.pop("currency", UNSET)

        cluster_bid = cls(
            advert_id=advert_id,
            nm_id=nm_id,
            norm_query=norm_query,
            bid=bid,
            bid_kopecks=bid_kopecks,
            currency=currency,
        )

        cluster_bid.additional_properties = d
        return cluster_bid

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
