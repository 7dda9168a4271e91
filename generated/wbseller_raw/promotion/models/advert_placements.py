from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auction_placements_request import AuctionPlacementsRequest


T = TypeVar("T", bound="AdvertPlacements")


@_attrs_define
class AdvertPlacements:
    """
    Attributes:
        advert_id (int): Campaign ID. Example: 12345.
        placements (AuctionPlacementsRequest): Placements of the campaign, both required (WB's reference: placements-
            required; the
            campaigns' answers keep the lenient AuctionPlacements).
    """

    advert_id: int
    placements: AuctionPlacementsRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        placements = self.placements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advert_id": advert_id,
                "placements": placements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advert_id")

        placements = AuctionPlacementsRequest.from_dict(d.pop("placements"))

        advert_placements = cls(
            advert_id=advert_id,
            placements=placements,
        )

        advert_placements.additional_properties = d
        return advert_placements

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
from ..models.auction_placements_request import AuctionPlacementsRequest
