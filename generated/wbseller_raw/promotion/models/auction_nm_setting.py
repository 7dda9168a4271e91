from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auction_nm_placement_bids import AuctionNmPlacementBids
    from ..models.auction_subject import AuctionSubject


T = TypeVar("T", bound="AuctionNmSetting")


@_attrs_define
class AuctionNmSetting:
    """
    Attributes:
        bids (AuctionNmPlacementBids | Unset): Bids of the product card per placement.
        subject (AuctionSubject | Unset): Subject of the product card.
        nm_id (int | Unset): WB article.
    """

    bids: AuctionNmPlacementBids | Unset = UNSET
    subject: AuctionSubject | Unset = UNSET
    nm_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bids, Unset):
            bids = self.bids.to_dict()

        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        nm_id = self.nm_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bids is not UNSET:
            field_dict["bids"] = bids
        if subject is not UNSET:
            field_dict["subject"] = subject
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _bids = d.pop("bids", UNSET)
        bids: AuctionNmPlacementBids | Unset
        if isinstance(_bids, Unset):
            bids = UNSET
        else:
            bids = AuctionNmPlacementBids.from_dict(_bids)

        _subject = d.pop("subject", UNSET)
        subject: AuctionSubject | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = AuctionSubject.from_dict(_subject)

        nm_id = d.pop("nm_id", UNSET)

        auction_nm_setting = cls(
            bids=bids,
            subject=subject,
            nm_id=nm_id,
        )

        auction_nm_setting.additional_properties = d
        return auction_nm_setting

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
from ..models.auction_nm_placement_bids import AuctionNmPlacementBids
from ..models.auction_subject import AuctionSubject
