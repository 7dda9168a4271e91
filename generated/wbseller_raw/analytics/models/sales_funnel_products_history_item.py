from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_funnel_products_history_item_history_item import (
        SalesFunnelProductsHistoryItemHistoryItem,
    )
    from ..models.sales_funnel_products_history_item_product import (
        SalesFunnelProductsHistoryItemProduct,
    )


T = TypeVar("T", bound="SalesFunnelProductsHistoryItem")


@_attrs_define
class SalesFunnelProductsHistoryItem:
    """
    Attributes:
        product (SalesFunnelProductsHistoryItemProduct | Unset):
        history (list[SalesFunnelProductsHistoryItemHistoryItem] | Unset):
        currency (str | Unset):  Example: RUB.
    """

    product: SalesFunnelProductsHistoryItemProduct | Unset = UNSET
    history: list[SalesFunnelProductsHistoryItemHistoryItem] | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if history is not UNSET:
            field_dict["history"] = history
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _product = d.pop("product", UNSET)
        product: SalesFunnelProductsHistoryItemProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = SalesFunnelProductsHistoryItemProduct.from_dict(_product)

        _history = d.pop("history", UNSET)
        history: list[SalesFunnelProductsHistoryItemHistoryItem] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = SalesFunnelProductsHistoryItemHistoryItem.from_dict(
                    history_item_data
                )

                history.append(history_item)

        currency = d.pop("currency", UNSET)

        sales_funnel_products_history_item = cls(
            product=product,
            history=history,
            currency=currency,
        )

        sales_funnel_products_history_item.additional_properties = d
        return sales_funnel_products_history_item

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
from ..models.sales_funnel_products_history_item_history_item import SalesFunnelProductsHistoryItemHistoryItem
from ..models.sales_funnel_products_history_item_product import SalesFunnelProductsHistoryItemProduct
