from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_bid import ClusterBid


T = TypeVar("T", bound="ClusterBidsResponse")


@_attrs_define
class ClusterBidsResponse:
    """
    Attributes:
        bids (list[ClusterBid] | None | Unset):
    """

    bids: list[ClusterBid] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if bids is not UNSET:
            field_dict["bids"] = bids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_bids(data: object) -> list[ClusterBid] | None | Unset:
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
                    bids_type_0_item = ClusterBid.from_dict(bids_type_0_item_data)

                    bids_type_0.append(bids_type_0_item)

                return bids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClusterBid] | None | Unset, data)

        bids = _parse_bids(d.pop("bids", UNSET))

        cluster_bids_response = cls(
            bids=bids,
        )

        cluster_bids_response.additional_properties = d
        return cluster_bids_response

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
from ..models.cluster_bid import ClusterBid
