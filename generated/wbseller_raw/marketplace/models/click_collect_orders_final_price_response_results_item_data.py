from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickCollectOrdersFinalPriceResponseResultsItemData")


@_attrs_define
class ClickCollectOrdersFinalPriceResponseResultsItemData:
    """
    Attributes:
        converted_currency_code (int | Unset):
        converted_original_final_price (int | Unset):
        converted_original_price (int | Unset):
        currency_code (int | Unset):
        original_final_price (int | Unset):
        original_price (int | Unset):
    """

    converted_currency_code: int | Unset = UNSET
    converted_original_final_price: int | Unset = UNSET
    converted_original_price: int | Unset = UNSET
    currency_code: int | Unset = UNSET
    original_final_price: int | Unset = UNSET
    original_price: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        converted_currency_code = self.converted_currency_code

        converted_original_final_price = self.converted_original_final_price

        converted_original_price = self.converted_original_price

        currency_code = self.currency_code

        original_final_price = self.original_final_price

        original_price = self.original_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if converted_currency_code is not UNSET:
            field_dict["convertedCurrencyCode"] = converted_currency_code
        if converted_original_final_price is not UNSET:
            field_dict["convertedOriginalFinalPrice"] = converted_original_final_price
        if converted_original_price is not UNSET:
            field_dict["convertedOriginalPrice"] = converted_original_price
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if original_final_price is not UNSET:
            field_dict["originalFinalPrice"] = original_final_price
        if original_price is not UNSET:
            field_dict["originalPrice"] = original_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        converted_currency_code = d.pop("convertedCurrencyCode", UNSET)

        converted_original_final_price = d.pop("convertedOriginalFinalPrice", UNSET)

        converted_original_price = d.pop("convertedOriginalPrice", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        original_final_price = d.pop("originalFinalPrice", UNSET)

        original_price = d.pop("originalPrice", UNSET)

        click_collect_orders_final_price_response_results_item_data = cls(
            converted_currency_code=converted_currency_code,
            converted_original_final_price=converted_original_final_price,
            converted_original_price=converted_original_price,
            currency_code=currency_code,
            original_final_price=original_final_price,
            original_price=original_price,
        )

        click_collect_orders_final_price_response_results_item_data.additional_properties = d
        return click_collect_orders_final_price_response_results_item_data

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
