from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seacat_save_ad_request_bid_type import (
    SeacatSaveAdRequestBidType,
    check_seacat_save_ad_request_bid_type,
)
from ..models.seacat_save_ad_request_payment_type import (
    SeacatSaveAdRequestPaymentType,
    check_seacat_save_ad_request_payment_type,
)
from ..models.seacat_save_ad_request_placement_types_item import (
    SeacatSaveAdRequestPlacementTypesItem,
    check_seacat_save_ad_request_placement_types_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeacatSaveAdRequest")


@_attrs_define
class SeacatSaveAdRequest:
    """
    Attributes:
        name (str): Campaign name (required). Example: Телефоны.
        bid_type (SeacatSaveAdRequestBidType | Unset): Bid type, `manual` (a bid per placement, the default) or
            `unified` (one bid for all placements). Default: 'manual'. Example: manual.
        payment_type (SeacatSaveAdRequestPaymentType | Unset): Payment type, `cpm` (per thousand views, the default) or
            `cpc` (per click; WB then sets
            the minimum bid).
             Default: 'cpm'. Example: cpm.
        placement_types (list[SeacatSaveAdRequestPlacementTypesItem] | Unset): Placements of a campaign with manual bid,
            `search` and/or `recommendations` (default:
            search only).
             Example: ['search', 'recommendations'].
        nms (list[int] | Unset): Product cards (WB articles) of the campaign, at most 50; the available cards come from
            `product_cards_for_campaigns`.
    """

    name: str
    bid_type: SeacatSaveAdRequestBidType | Unset = "manual"
    payment_type: SeacatSaveAdRequestPaymentType | Unset = "cpm"
    placement_types: list[SeacatSaveAdRequestPlacementTypesItem] | Unset = UNSET
    nms: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        bid_type: str | Unset = UNSET
        if not isinstance(self.bid_type, Unset):
            bid_type = self.bid_type

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type

        placement_types: list[str] | Unset = UNSET
        if not isinstance(self.placement_types, Unset):
            placement_types = []
            for placement_types_item_data in self.placement_types:
                placement_types_item: str = placement_types_item_data
                placement_types.append(placement_types_item)

        nms: list[int] | Unset = UNSET
        if not isinstance(self.nms, Unset):
            nms = self.nms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if bid_type is not UNSET:
            field_dict["bid_type"] = bid_type
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if placement_types is not UNSET:
            field_dict["placement_types"] = placement_types
        if nms is not UNSET:
            field_dict["nms"] = nms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        _bid_type = d.pop("bid_type", UNSET)
        bid_type: SeacatSaveAdRequestBidType | Unset
        if isinstance(_bid_type, Unset):
            bid_type = UNSET
        else:
            bid_type = check_seacat_save_ad_request_bid_type(_bid_type)

        _payment_type = d.pop("payment_type", UNSET)
        payment_type: SeacatSaveAdRequestPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = check_seacat_save_ad_request_payment_type(_payment_type)

        _placement_types = d.pop("placement_types", UNSET)
        placement_types: list[SeacatSaveAdRequestPlacementTypesItem] | Unset = UNSET
        if _placement_types is not UNSET:
            placement_types = []
            for placement_types_item_data in _placement_types:
                placement_types_item = (
                    check_seacat_save_ad_request_placement_types_item(
                        placement_types_item_data
                    )
                )

                placement_types.append(placement_types_item)

        nms = cast(list[int], d.pop("nms", UNSET))

        seacat_save_ad_request = cls(
            name=name,
            bid_type=bid_type,
            payment_type=payment_type,
            placement_types=placement_types,
            nms=nms,
        )

        seacat_save_ad_request.additional_properties = d
        return seacat_save_ad_request

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
