from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auction_advert_nms_change import AuctionAdvertNmsChange


T = TypeVar("T", bound="AuctionNmsRequest")


@_attrs_define
class AuctionNmsRequest:
    """
    Attributes:
        nms (list[AuctionAdvertNmsChange]): Product card changes per campaign (at most 20 campaigns).
    """

    nms: list[AuctionAdvertNmsChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nms = []
        for nms_item_data in self.nms:
            nms_item = nms_item_data.to_dict()
            nms.append(nms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nms": nms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nms = []
        _nms = d.pop("nms")
        for nms_item_data in _nms:
            nms_item = AuctionAdvertNmsChange.from_dict(nms_item_data)

            nms.append(nms_item)

        auction_nms_request = cls(
            nms=nms,
        )

        auction_nms_request.additional_properties = d
        return auction_nms_request

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
from ..models.auction_advert_nms_change import AuctionAdvertNmsChange
