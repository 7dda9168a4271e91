from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bids_v1_nm_bid import BidsV1NmBid


T = TypeVar("T", bound="BidsV1Advert")


@_attrs_define
class BidsV1Advert:
    """
    Attributes:
        advert_id (int | Unset):
        nm_bids (list[BidsV1NmBid] | None | Unset):
    """

    advert_id: int | Unset = UNSET
    nm_bids: list[BidsV1NmBid] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_bids: list[dict[str, Any]] | None | Unset
        if isinstance(self.nm_bids, Unset):
            nm_bids = UNSET
        elif isinstance(self.nm_bids, list):
            nm_bids = []
            for nm_bids_type_0_item_data in self.nm_bids:
                nm_bids_type_0_item = nm_bids_type_0_item_data.to_dict()
                nm_bids.append(nm_bids_type_0_item)

        else:
            nm_bids = self.nm_bids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advert_id"] = advert_id
        if nm_bids is not UNSET:
            field_dict["nm_bids"] = nm_bids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advert_id", UNSET)

        def _parse_nm_bids(data: object) -> list[BidsV1NmBid] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nm_bids_type_0 = []
                _nm_bids_type_0 = data
                for nm_bids_type_0_item_data in _nm_bids_type_0:
                    nm_bids_type_0_item = BidsV1NmBid.from_dict(
                        nm_bids_type_0_item_data
                    )

                    nm_bids_type_0.append(nm_bids_type_0_item)

                return nm_bids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BidsV1NmBid] | None | Unset, data)

        nm_bids = _parse_nm_bids(d.pop("nm_bids", UNSET))

        bids_v1_advert = cls(
            advert_id=advert_id,
            nm_bids=nm_bids,
        )

        bids_v1_advert.additional_properties = d
        return bids_v1_advert

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
from ..models.bids_v1_nm_bid import BidsV1NmBid
