from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterBidV1Failed")


@_attrs_define
class ClusterBidV1Failed:
    """
    Attributes:
        advert_id (int | Unset):
        nm_id (int | Unset):
        norm_query (str | Unset):
        reason (str | Unset): Why WB refused it.
    """

    advert_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    norm_query: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_id = self.nm_id

        norm_query = self.norm_query

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advertId"] = advert_id
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if norm_query is not UNSET:
            field_dict["normQuery"] = norm_query
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        advert_id = d.pop("advertId", UNSET)

        nm_id = d.pop("nmId", UNSET)

        norm_query = d.pop("normQuery", UNSET)

        reason = d.pop("reason", UNSET)

        cluster_bid_v1_failed = cls(
            advert_id=advert_id,
            nm_id=nm_id,
            norm_query=norm_query,
            reason=reason,
        )

        cluster_bid_v1_failed.additional_properties = d
        return cluster_bid_v1_failed

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
