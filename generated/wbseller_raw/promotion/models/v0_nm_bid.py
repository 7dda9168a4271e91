from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="V0NmBid")


@_attrs_define
class V0NmBid:
    """
    Attributes:
        nm (int): WB article. Example: 3462354.
        bid (int): New bid (not below the minimum of the configuration values). Example: 500.
    """

    nm: int
    bid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm = self.nm

        bid = self.bid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nm": nm,
                "bid": bid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm = d.pop("nm")

        bid = d.pop("bid")

        v0_nm_bid = cls(
            nm=nm,
            bid=bid,
        )

        v0_nm_bid.additional_properties = d
        return v0_nm_bid

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
