from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auction_nms_change import AuctionNmsChange


T = TypeVar("T", bound="AuctionAdvertNmsChange")


@_attrs_define
class AuctionAdvertNmsChange:
    """
    Attributes:
        advert_id (int): Campaign ID. Example: 12345.
        nms (AuctionNmsChange):
    """

    advert_id: int
    nms: AuctionNmsChange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nms = self.nms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advert_id": advert_id,
                "nms": nms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advert_id")

        nms = AuctionNmsChange.from_dict(d.pop("nms"))

        auction_advert_nms_change = cls(
            advert_id=advert_id,
            nms=nms,
        )

        auction_advert_nms_change.additional_properties = d
        return auction_advert_nms_change

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
from ..models.auction_nms_change import AuctionNmsChange
