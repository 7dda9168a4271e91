from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.min_bid import MinBid


T = TypeVar("T", bound="MinBidsNm")


@_attrs_define
class MinBidsNm:
    """
    Attributes:
        nm_id (int | Unset):
        bids (list[MinBid] | None | Unset):
    """

    nm_id: int | Unset = UNSET
    bids: list[MinBid] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        bids: list[dict[str, Any]] | None | Unset
        if isinstance(self.bids, Unset):
            bids = UNSET
        elif isinstance(self.bids, list):
            bids = []
            for bids_type_0_item_data in self.bids:
                bids_type_0_item = bids_type_0_item_data.to_dict()
                bids.append(bids_type_0_item)

        else:
            bids = self.bids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id
        if bids is not UNSET:
            field_dict["bids"] = bids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nm_id", UNSET)

        def _parse_bids(data: object) -> list[MinBid] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bids_type_0 = []
                _bids_type_0 = data
                for bids_type_0_item_data in _bids_type_0:
                    bids_type_0_item = MinBid.from_dict(bids_type_0_item_data)

                    bids_type_0.append(bids_type_0_item)

                return bids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MinBid] | None | Unset, data)

        bids = _parse_bids(d.pop("bids", UNSET))

        min_bids_nm = cls(
            nm_id=nm_id,
            bids=bids,
        )

        min_bids_nm.additional_properties = d
        return min_bids_nm

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
from ..models.min_bid import MinBid
