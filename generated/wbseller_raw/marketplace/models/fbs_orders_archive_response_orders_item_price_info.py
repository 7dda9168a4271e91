from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbsOrdersArchiveResponseOrdersItemPriceInfo")


@_attrs_define
class FbsOrdersArchiveResponseOrdersItemPriceInfo:
    """
    Attributes:
        converted_currency_code (int | Unset):  Example: 643.
        converted_price (int | Unset):  Example: 1020.
        currency_code (int | Unset):  Example: 643.
        price (int | Unset):  Example: 1020.
    """

    converted_currency_code: int | Unset = UNSET
    converted_price: int | Unset = UNSET
    currency_code: int | Unset = UNSET
    price: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        converted_currency_code = self.converted_currency_code

        converted_price = self.converted_price

        currency_code = self.currency_code

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if converted_currency_code is not UNSET:
            field_dict["convertedCurrencyCode"] = converted_currency_code
        if converted_price is not UNSET:
            field_dict["convertedPrice"] = converted_price
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        converted_currency_code = d.pop("convertedCurrencyCode", UNSET)

        converted_price = d.pop("convertedPrice", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        price = d.pop("price", UNSET)

        fbs_orders_archive_response_orders_item_price_info = cls(
            converted_currency_code=converted_currency_code,
            converted_price=converted_price,
            currency_code=currency_code,
            price=price,
        )

        fbs_orders_archive_response_orders_item_price_info.additional_properties = d
        return fbs_orders_archive_response_orders_item_price_info

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
