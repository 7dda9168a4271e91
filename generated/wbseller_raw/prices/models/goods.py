from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Goods")


@_attrs_define
class Goods:
    """A product with its new price and/or discount. Price and discount cannot both be empty.
    If the new price with discount is at least 3 times lower than the previous one, the price
    goes into quarantine and does not change.

        Attributes:
            nm_id (int): WB article. Example: 123.
            price (int | Unset): Price (in the product's currency, see currencyIsoCode4217 in Get products with prices).
                Example: 999.
            discount (int | Unset): Discount, %. Example: 30.
    """

    nm_id: int
    price: int | Unset = UNSET
    discount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        price = self.price

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nmID": nm_id,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmID")

        price = d.pop("price", UNSET)

        discount = d.pop("discount", UNSET)

        goods = cls(
            nm_id=nm_id,
            price=price,
            discount=discount,
        )

        goods.additional_properties = d
        return goods

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
