from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reach_bid import ReachBid


T = TypeVar("T", bound="RecommendedClusterBids")


@_attrs_define
class RecommendedClusterBids:
    """
    Attributes:
        norm_query (str | Unset): The search cluster.
        reach_max (ReachBid | Unset):
        reach_medium (ReachBid | Unset):
        reach_min (ReachBid | Unset):
    """

    norm_query: str | Unset = UNSET
    reach_max: ReachBid | Unset = UNSET
    reach_medium: ReachBid | Unset = UNSET
    reach_min: ReachBid | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        norm_query = self.norm_query

        reach_max: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reach_max, Unset):
            reach_max = self.reach_max.to_dict()

        reach_medium: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reach_medium, Unset):
            reach_medium = self.reach_medium.to_dict()

        reach_min: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reach_min, Unset):
            reach_min = self.reach_min.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if norm_query is not UNSET:
            field_dict["normQuery"] = norm_query
        if reach_max is not UNSET:
            field_dict["reachMax"] = reach_max
        if reach_medium is not UNSET:
            field_dict["reachMedium"] = reach_medium
        if reach_min is not UNSET:
            field_dict["reachMin"] = reach_min

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        norm_query = d.pop("normQuery", UNSET)

        _reach_max = d.pop("reachMax", UNSET)
        reach_max: ReachBid | Unset
        if isinstance(_reach_max, Unset):
            reach_max = UNSET
        else:
            reach_max = ReachBid.from_dict(_reach_max)

        _reach_medium = d.pop("reachMedium", UNSET)
        reach_medium: ReachBid | Unset
        if isinstance(_reach_medium, Unset):
            reach_medium = UNSET
        else:
            reach_medium = ReachBid.from_dict(_reach_medium)

        _reach_min = d.pop("reachMin", UNSET)
        reach_min: ReachBid | Unset
        if isinstance(_reach_min, Unset):
            reach_min = UNSET
        else:
            reach_min = ReachBid.from_dict(_reach_min)

        recommended_cluster_bids = cls(
            norm_query=norm_query,
            reach_max=reach_max,
            reach_medium=reach_medium,
            reach_min=reach_min,
        )

        recommended_cluster_bids.additional_properties = d
        return recommended_cluster_bids

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
from ..models.reach_bid import ReachBid
