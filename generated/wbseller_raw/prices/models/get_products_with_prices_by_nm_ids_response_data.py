from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_products_with_prices_by_nm_ids_response_data_list_goods_item import (
        GetProductsWithPricesByNmIdsResponseDataListGoodsItem,
    )


T = TypeVar("T", bound="GetProductsWithPricesByNmIdsResponseData")


@_attrs_define
class GetProductsWithPricesByNmIdsResponseData:
    """
    Attributes:
        list_goods (list[GetProductsWithPricesByNmIdsResponseDataListGoodsItem] | Unset):
    """

    list_goods: list[GetProductsWithPricesByNmIdsResponseDataListGoodsItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_goods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_goods, Unset):
            list_goods = []
            for list_goods_item_data in self.list_goods:
                list_goods_item = list_goods_item_data.to_dict()
                list_goods.append(list_goods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_goods is not UNSET:
            field_dict["listGoods"] = list_goods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _list_goods = d.pop("listGoods", UNSET)
        list_goods: (
            list[GetProductsWithPricesByNmIdsResponseDataListGoodsItem] | Unset
        ) = UNSET
        if _list_goods is not UNSET:
            list_goods = []
            for list_goods_item_data in _list_goods:
                list_goods_item = (
                    GetProductsWithPricesByNmIdsResponseDataListGoodsItem.from_dict(
                        list_goods_item_data
                    )
                )

                list_goods.append(list_goods_item)

        get_products_with_prices_by_nm_ids_response_data = cls(
            list_goods=list_goods,
        )

        get_products_with_prices_by_nm_ids_response_data.additional_properties = d
        return get_products_with_prices_by_nm_ids_response_data

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
from ..models.get_products_with_prices_by_nm_ids_response_data_list_goods_item import GetProductsWithPricesByNmIdsResponseDataListGoodsItem
