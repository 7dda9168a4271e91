from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_table_details_response_data_products_item import (
        SearchReportTableDetailsResponseDataProductsItem,
    )


T = TypeVar("T", bound="SearchReportTableDetailsResponseData")


@_attrs_define
class SearchReportTableDetailsResponseData:
    """
    Attributes:
        products (list[SearchReportTableDetailsResponseDataProductsItem] | Unset):
        currency (str | Unset):  Example: RUB.
    """

    products: list[SearchReportTableDetailsResponseDataProductsItem] | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if products is not UNSET:
            field_dict["products"] = products
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _products = d.pop("products", UNSET)
        products: list[SearchReportTableDetailsResponseDataProductsItem] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = (
                    SearchReportTableDetailsResponseDataProductsItem.from_dict(
                        products_item_data
                    )
                )

                products.append(products_item)

        currency = d.pop("currency", UNSET)

        search_report_table_details_response_data = cls(
            products=products,
            currency=currency,
        )

        search_report_table_details_response_data.additional_properties = d
        return search_report_table_details_response_data

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
from ..models.search_report_table_details_response_data_products_item import SearchReportTableDetailsResponseDataProductsItem
