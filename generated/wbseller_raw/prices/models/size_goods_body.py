from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SizeGoodsBody")


@_attrs_define
class SizeGoodsBody:
    """A size of a product (with editableSizePrice true) and its new price.

    Attributes:
        nm_id (int): WB article. Example: 123.
        size_id (int): Size ID (sizeID in Get product sizes with prices). Example: 3123515574.
        price (int): Price of the size. Example: 1000.
    """

    nm_id: int
    size_id: int
    price: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        size_id = self.size_id

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nmID": nm_id,
                "sizeID": size_id,
                "price": price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmID")

        size_id = d.pop("sizeID")

        price = d.pop("price")

        size_goods_body = cls(
            nm_id=nm_id,
            size_id=size_id,
            price=price,
        )

        size_goods_body.additional_properties = d
        return size_goods_body

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
