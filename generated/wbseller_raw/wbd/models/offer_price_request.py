from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferPriceRequest")


@_attrs_define
class OfferPriceRequest:
    """
    Attributes:
        regular_price (int | Unset): Price, ₽.
        discount_price (int | Unset): Discounted price, ₽; omit it or send 0 for no discount.
    """

    regular_price: int | Unset = UNSET
    discount_price: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regular_price = self.regular_price

        discount_price = self.discount_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if regular_price is not UNSET:
            field_dict["regular_price"] = regular_price
        if discount_price is not UNSET:
            field_dict["discount_price"] = discount_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        regular_price = d.pop("regular_price", UNSET)

        discount_price = d.pop("discount_price", UNSET)

        offer_price_request = cls(
            regular_price=regular_price,
            discount_price=discount_price,
        )

        offer_price_request.additional_properties = d
        return offer_price_request

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
