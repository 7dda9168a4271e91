from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrandShareResponseReportItem")


@_attrs_define
class BrandShareResponseReportItem:
    """
    Attributes:
        apply_date (str | Unset):
        brand_rating (int | Unset):
        price_percent (float | Unset):
        qty_percent (float | Unset):
    """

    apply_date: str | Unset = UNSET
    brand_rating: int | Unset = UNSET
    price_percent: float | Unset = UNSET
    qty_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_date = self.apply_date

        brand_rating = self.brand_rating

        price_percent = self.price_percent

        qty_percent = self.qty_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_date is not UNSET:
            field_dict["applyDate"] = apply_date
        if brand_rating is not UNSET:
            field_dict["brandRating"] = brand_rating
        if price_percent is not UNSET:
            field_dict["pricePercent"] = price_percent
        if qty_percent is not UNSET:
            field_dict["qtyPercent"] = qty_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        apply_date = d.pop("applyDate", UNSET)

        brand_rating = d.pop("brandRating", UNSET)

        price_percent = d.pop("pricePercent", UNSET)

        qty_percent = d.pop("qtyPercent", UNSET)

        brand_share_response_report_item = cls(
            apply_date=apply_date,
            brand_rating=brand_rating,
            price_percent=price_percent,
            qty_percent=qty_percent,
        )

        brand_share_response_report_item.additional_properties = d
        return brand_share_response_report_item

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
