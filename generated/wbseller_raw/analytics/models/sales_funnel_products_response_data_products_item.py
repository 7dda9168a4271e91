from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_funnel_products_response_data_products_item_product import (
        SalesFunnelProductsResponseDataProductsItemProduct,
    )
    from ..models.sales_funnel_products_response_data_products_item_statistic import (
        SalesFunnelProductsResponseDataProductsItemStatistic,
    )


T = TypeVar("T", bound="SalesFunnelProductsResponseDataProductsItem")


@_attrs_define
class SalesFunnelProductsResponseDataProductsItem:
    """
    Attributes:
        product (SalesFunnelProductsResponseDataProductsItemProduct | Unset):
        statistic (SalesFunnelProductsResponseDataProductsItemStatistic | Unset):
    """

    product: SalesFunnelProductsResponseDataProductsItemProduct | Unset = UNSET
    statistic: SalesFunnelProductsResponseDataProductsItemStatistic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        statistic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistic, Unset):
            statistic = self.statistic.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if statistic is not UNSET:
            field_dict["statistic"] = statistic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _product = d.pop("product", UNSET)
        product: SalesFunnelProductsResponseDataProductsItemProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = SalesFunnelProductsResponseDataProductsItemProduct.from_dict(
                _product
            )

        _statistic = d.pop("statistic", UNSET)
        statistic: SalesFunnelProductsResponseDataProductsItemStatistic | Unset
        if isinstance(_statistic, Unset):
            statistic = UNSET
        else:
            statistic = SalesFunnelProductsResponseDataProductsItemStatistic.from_dict(
                _statistic
            )

        sales_funnel_products_response_data_products_item = cls(
            product=product,
            statistic=statistic,
        )

        sales_funnel_products_response_data_products_item.additional_properties = d
        return sales_funnel_products_response_data_products_item

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
from ..models.sales_funnel_products_response_data_products_item_product import SalesFunnelProductsResponseDataProductsItemProduct
from ..models.sales_funnel_products_response_data_products_item_statistic import SalesFunnelProductsResponseDataProductsItemStatistic
