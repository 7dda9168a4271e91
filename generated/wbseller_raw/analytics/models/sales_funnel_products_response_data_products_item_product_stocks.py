from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesFunnelProductsResponseDataProductsItemProductStocks")


@_attrs_define
class SalesFunnelProductsResponseDataProductsItemProductStocks:
    """
    Attributes:
        wb (int | Unset):  Example: 0.
        mp (int | Unset):  Example: 0.
        balance_sum (int | Unset):  Example: 0.
    """

    wb: int | Unset = UNSET
    mp: int | Unset = UNSET
    balance_sum: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wb = self.wb

        mp = self.mp

        balance_sum = self.balance_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wb is not UNSET:
            field_dict["wb"] = wb
        if mp is not UNSET:
            field_dict["mp"] = mp
        if balance_sum is not UNSET:
            field_dict["balanceSum"] = balance_sum

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wb = d.pop("wb", UNSET)

        mp = d.pop("mp", UNSET)

        balance_sum = d.pop("balanceSum", UNSET)

        sales_funnel_products_response_data_products_item_product_stocks = cls(
            wb=wb,
            mp=mp,
            balance_sum=balance_sum,
        )

        sales_funnel_products_response_data_products_item_product_stocks.additional_properties = d
        return sales_funnel_products_response_data_products_item_product_stocks

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
