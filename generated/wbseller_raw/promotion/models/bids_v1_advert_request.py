from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bids_v1_nm_bid_request import BidsV1NmBidRequest


T = TypeVar("T", bound="BidsV1AdvertRequest")


@_attrs_define
class BidsV1AdvertRequest:
    """
    Attributes:
        advert_id (int): Campaign ID.
        nm_bids (list[BidsV1NmBidRequest]):
    """

    advert_id: int
    nm_bids: list[BidsV1NmBidRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_bids = []
        for nm_bids_item_data in self.nm_bids:
            nm_bids_item = nm_bids_item_data.to_dict()
            nm_bids.append(nm_bids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advert_id": advert_id,
                "nm_bids": nm_bids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advert_id")

        nm_bids = []
        _nm_bids = d.pop("nm_bids")
        for nm_bids_item_data in _nm_bids:
            nm_bids_item = BidsV1NmBidRequest.from_dict(nm_bids_item_data)

            nm_bids.append(nm_bids_item)

        bids_v1_advert_request = cls(
            advert_id=advert_id,
            nm_bids=nm_bids,
        )

        bids_v1_advert_request.additional_properties = d
        return bids_v1_advert_request

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
from ..models.bids_v1_nm_bid_request import BidsV1NmBidRequest
