from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auction_placements import AuctionPlacements


T = TypeVar("T", bound="AuctionSettings")


@_attrs_define
class AuctionSettings:
    """Campaign settings.

    Attributes:
        name (str | Unset): Campaign name.
        payment_type (str | Unset): Payment type, "cpm" (per thousand views) or "cpc" (per click).
        placements (AuctionPlacements | Unset): Placements of the campaign.
    """

    name: str | Unset = UNSET
    payment_type: str | Unset = UNSET
    placements: AuctionPlacements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        payment_type = self.payment_type

        placements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.placements, Unset):
            placements = self.placements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if placements is not UNSET:
            field_dict["placements"] = placements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        payment_type = d.pop("payment_type", UNSET)

        _placements = d.pop("placements", UNSET)
        placements: AuctionPlacements | Unset
        if isinstance(_placements, Unset):
            placements = UNSET
        else:
            placements = AuctionPlacements.from_dict(_placements)

        auction_settings = cls(
            name=name,
            payment_type=payment_type,
            placements=placements,
        )

        auction_settings.additional_properties = d
        return auction_settings

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
from ..models.auction_placements import AuctionPlacements
