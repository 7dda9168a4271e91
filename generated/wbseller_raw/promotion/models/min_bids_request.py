from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.min_bids_request_payment_type import (
    MinBidsRequestPaymentType,
    check_min_bids_request_payment_type,
)
from ..models.min_bids_request_placement_types_item import (
    MinBidsRequestPlacementTypesItem,
    check_min_bids_request_placement_types_item,
)

T = TypeVar("T", bound="MinBidsRequest")


@_attrs_define
class MinBidsRequest:
    """
    Attributes:
        advert_id (int): Campaign ID.
        nm_ids (list[int]): WB articles (nmID), 1 to 100. (WB's schema writes the bounds as minLength/maxLength,
            string keywords, on this array: read as its item count.)
        payment_type (MinBidsRequestPaymentType):
        placement_types (list[MinBidsRequestPlacementTypesItem]):
    """

    advert_id: int
    nm_ids: list[int]
    payment_type: MinBidsRequestPaymentType
    placement_types: list[MinBidsRequestPlacementTypesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_ids = self.nm_ids

        payment_type: str = self.payment_type

        placement_types = []
        for placement_types_item_data in self.placement_types:
            placement_types_item: str = placement_types_item_data
            placement_types.append(placement_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advert_id": advert_id,
                "nm_ids": nm_ids,
                "payment_type": payment_type,
                "placement_types": placement_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        advert_id = d.pop("advert_id")

        nm_ids = cast(list[int], d.pop("nm_ids"))

        payment_type = check_min_bids_request_payment_type(d.pop("payment_type"))

        placement_types = []
        _placement_types = d.pop("placement_types")
        for placement_types_item_data in _placement_types:
            placement_types_item = check_min_bids_request_placement_types_item(
                placement_types_item_data
            )

            placement_types.append(placement_types_item)

        min_bids_request = cls(
            advert_id=advert_id,
            nm_ids=nm_ids,
            payment_type=payment_type,
            placement_types=placement_types,
        )

        min_bids_request.additional_properties = d
        return min_bids_request

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
