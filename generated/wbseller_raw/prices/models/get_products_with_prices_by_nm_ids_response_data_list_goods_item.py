from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_products_with_prices_by_nm_ids_response_data_list_goods_item_sizes_item import (
        GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem,
    )
    from ..models.get_products_with_prices_by_nm_ids_response_data_list_goods_item_wholesale_discount_threshold_item import (
        GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem,
    )


T = TypeVar("T", bound="GetProductsWithPricesByNmIdsResponseDataListGoodsItem")


@_attrs_define
class GetProductsWithPricesByNmIdsResponseDataListGoodsItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 98486.
        vendor_code (str | Unset):  Example: 07326060.
        sizes (list[GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem] | Unset):
        currency_iso_code_4217 (str | Unset):  Example: RUB.
        discount (int | Unset):  Example: 30.
        club_discount (int | Unset):  Example: 5.
        editable_size_price (bool | Unset):  Example: True.
        wholesale_discount_threshold
            (list[GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem] | Unset):
        is_bad_turnover (bool | Unset):  Example: True.
    """

    nm_id: int | Unset = UNSET
    vendor_code: str | Unset = UNSET
    sizes: (
        list[GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem] | Unset
    ) = UNSET
    currency_iso_code_4217: str | Unset = UNSET
    discount: int | Unset = UNSET
    club_discount: int | Unset = UNSET
    editable_size_price: bool | Unset = UNSET
    wholesale_discount_threshold: (
        list[
            GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem
        ]
        | Unset
    ) = UNSET
    is_bad_turnover: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        vendor_code = self.vendor_code

        sizes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sizes, Unset):
            sizes = []
            for sizes_item_data in self.sizes:
                sizes_item = sizes_item_data.to_dict()
                sizes.append(sizes_item)

        currency_iso_code_4217 = self.currency_iso_code_4217

        discount = self.discount

        club_discount = self.club_discount

        editable_size_price = self.editable_size_price

        wholesale_discount_threshold: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wholesale_discount_threshold, Unset):
            wholesale_discount_threshold = []
            for (
                wholesale_discount_threshold_item_data
            ) in self.wholesale_discount_threshold:
                wholesale_discount_threshold_item = (
                    wholesale_discount_threshold_item_data.to_dict()
                )
                wholesale_discount_threshold.append(wholesale_discount_threshold_item)

        is_bad_turnover = self.is_bad_turnover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if sizes is not UNSET:
            field_dict["sizes"] = sizes
        if currency_iso_code_4217 is not UNSET:
            field_dict["currencyIsoCode4217"] = currency_iso_code_4217
        if discount is not UNSET:
            field_dict["discount"] = discount
        if club_discount is not UNSET:
            field_dict["clubDiscount"] = club_discount
        if editable_size_price is not UNSET:
            field_dict["editableSizePrice"] = editable_size_price
        if wholesale_discount_threshold is not UNSET:
            field_dict["wholesaleDiscountThreshold"] = wholesale_discount_threshold
        if is_bad_turnover is not UNSET:
            field_dict["isBadTurnover"] = is_bad_turnover

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmID", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        _sizes = d.pop("sizes", UNSET)
        sizes: (
            list[GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem] | Unset
        ) = UNSET
        if _sizes is not UNSET:
            sizes = []
            for sizes_item_data in _sizes:
                sizes_item = GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem.from_dict(
                    sizes_item_data
                )

                sizes.append(sizes_item)

        currency_iso_code_4217 = d.pop("currencyIsoCode4217", UNSET)

        discount = d.pop("discount", UNSET)

        club_discount = d.pop("clubDiscount", UNSET)

        editable_size_price = d.pop("editableSizePrice", UNSET)

        _wholesale_discount_threshold = d.pop("wholesaleDiscountThreshold", UNSET)
        wholesale_discount_threshold: (
            list[
                GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem
            ]
            | Unset
        ) = UNSET
        if _wholesale_discount_threshold is not UNSET:
            wholesale_discount_threshold = []
            for wholesale_discount_threshold_item_data in _wholesale_discount_threshold:
                wholesale_discount_threshold_item = GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem.from_dict(
                    wholesale_discount_threshold_item_data
                )

                wholesale_discount_threshold.append(wholesale_discount_threshold_item)

        is_bad_turnover = d.pop("isBadTurnover", UNSET)

        get_products_with_prices_by_nm_ids_response_data_list_goods_item = cls(
            nm_id=nm_id,
            vendor_code=vendor_code,
            sizes=sizes,
            currency_iso_code_4217=currency_iso_code_4217,
            discount=discount,
            club_discount=club_discount,
            editable_size_price=editable_size_price,
            wholesale_discount_threshold=wholesale_discount_threshold,
            is_bad_turnover=is_bad_turnover,
        )

        get_products_with_prices_by_nm_ids_response_data_list_goods_item.additional_properties = d
        return get_products_with_prices_by_nm_ids_response_data_list_goods_item

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
from ..models.get_products_with_prices_by_nm_ids_response_data_list_goods_item_sizes_item import GetProductsWithPricesByNmIdsResponseDataListGoodsItemSizesItem
from ..models.get_products_with_prices_by_nm_ids_response_data_list_goods_item_wholesale_discount_threshold_item import GetProductsWithPricesByNmIdsResponseDataListGoodsItemWholesaleDiscountThresholdItem
