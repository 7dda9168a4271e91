from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_main_response_data_common_info_advertised_products import (
        SearchReportMainResponseDataCommonInfoAdvertisedProducts,
    )
    from ..models.search_report_main_response_data_common_info_supplier_rating import (
        SearchReportMainResponseDataCommonInfoSupplierRating,
    )


T = TypeVar("T", bound="SearchReportMainResponseDataCommonInfo")


@_attrs_define
class SearchReportMainResponseDataCommonInfo:
    """
    Attributes:
        supplier_rating (SearchReportMainResponseDataCommonInfoSupplierRating | Unset):
        advertised_products (SearchReportMainResponseDataCommonInfoAdvertisedProducts | Unset):
        total_products (int | Unset):  Example: 150.
    """

    supplier_rating: SearchReportMainResponseDataCommonInfoSupplierRating | Unset = (
        UNSET
    )
    advertised_products: (
        SearchReportMainResponseDataCommonInfoAdvertisedProducts | Unset
    ) = UNSET
    total_products: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_rating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_rating, Unset):
            supplier_rating = self.supplier_rating.to_dict()

        advertised_products: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advertised_products, Unset):
            advertised_products = self.advertised_products.to_dict()

        total_products = self.total_products

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier_rating is not UNSET:
            field_dict["supplierRating"] = supplier_rating
        if advertised_products is not UNSET:
            field_dict["advertisedProducts"] = advertised_products
        if total_products is not UNSET:
            field_dict["totalProducts"] = total_products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _supplier_rating = d.pop("supplierRating", UNSET)
        supplier_rating: SearchReportMainResponseDataCommonInfoSupplierRating | Unset
        if isinstance(_supplier_rating, Unset):
            supplier_rating = UNSET
        else:
            supplier_rating = (
                SearchReportMainResponseDataCommonInfoSupplierRating.from_dict(
                    _supplier_rating
                )
            )

        _advertised_products = d.pop("advertisedProducts", UNSET)
        advertised_products: (
            SearchReportMainResponseDataCommonInfoAdvertisedProducts | Unset
        )
        if isinstance(_advertised_products, Unset):
            advertised_products = UNSET
        else:
            advertised_products = (
                SearchReportMainResponseDataCommonInfoAdvertisedProducts.from_dict(
                    _advertised_products
                )
            )

        total_products = d.pop("totalProducts", UNSET)

        search_report_main_response_data_common_info = cls(
            supplier_rating=supplier_rating,
            advertised_products=advertised_products,
            total_products=total_products,
        )

        search_report_main_response_data_common_info.additional_properties = d
        return search_report_main_response_data_common_info

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
from ..models.search_report_main_response_data_common_info_advertised_products import SearchReportMainResponseDataCommonInfoAdvertisedProducts
from ..models.search_report_main_response_data_common_info_supplier_rating import SearchReportMainResponseDataCommonInfoSupplierRating
