from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bid_kopecks import BidKopecks


T = TypeVar("T", bound="RecommendedBase")


@_attrs_define
class RecommendedBase:
    """
    Attributes:
        competitive_bid (BidKopecks | Unset):
        leaders_bid (BidKopecks | Unset):
        top2 (BidKopecks | Unset):
    """

    competitive_bid: BidKopecks | Unset = UNSET
    leaders_bid: BidKopecks | Unset = UNSET
    top2: BidKopecks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        competitive_bid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.competitive_bid, Unset):
            competitive_bid = self.competitive_bid.to_dict()

        leaders_bid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.leaders_bid, Unset):
            leaders_bid = self.leaders_bid.to_dict()

        top2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.top2, Unset):
            top2 = self.top2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if competitive_bid is not UNSET:
            field_dict["competitiveBid"] = competitive_bid
        if leaders_bid is not UNSET:
            field_dict["leadersBid"] = leaders_bid
        if top2 is not UNSET:
            field_dict["top2"] = top2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _competitive_bid = d.pop("competitiveBid", UNSET)
        competitive_bid: BidKopecks | Unset
        if isinstance(_competitive_bid, Unset):
            competitive_bid = UNSET
        else:
            competitive_bid = BidKopecks.from_dict(_competitive_bid)

        _leaders_bid = d.pop("leadersBid", UNSET)
        leaders_bid: BidKopecks | Unset
        if isinstance(_leaders_bid, Unset):
            leaders_bid = UNSET
        else:
            leaders_bid = BidKopecks.from_dict(_leaders_bid)

        _top2 = d.pop("top2", UNSET)
        top2: BidKopecks | Unset
        if isinstance(_top2, Unset):
            top2 = UNSET
        else:
            top2 = BidKopecks.from_dict(_top2)

        recommended_base = cls(
            competitive_bid=competitive_bid,
            leaders_bid=leaders_bid,
            top2=top2,
        )

        recommended_base.additional_properties = d
        return recommended_base

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
from ..models.bid_kopecks import BidKopecks
