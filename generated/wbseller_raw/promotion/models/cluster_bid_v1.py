from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClusterBidV1")


@_attrs_define
class ClusterBidV1:
    """
    Attributes:
        advert_id (int):
        nm_id (int):
        norm_query (str):
        bid_minor_units (int): The bid in minor units of the account's currency (kopecks).
    """

    advert_id: int
    nm_id: int
    norm_query: str
    bid_minor_units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_id = self.nm_id

        norm_query = self.norm_query

        bid_minor_units = self.bid_minor_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advertId": advert_id,
                "nmId": nm_id,
                "normQuery": norm_query,
                "bidMinorUnits": bid_minor_units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        advert_id = d.pop("advertId")

        nm_id = d.pop("nmId")

        norm_query = d.pop("normQuery")

        bid_minor_units = d.pop("bidMinorUnits")

        cluster_bid_v1 = cls(
            advert_id=advert_id,
            nm_id=nm_id,
            norm_query=norm_query,
            bid_minor_units=bid_minor_units,
        )

        cluster_bid_v1.additional_properties = d
        return cluster_bid_v1

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
