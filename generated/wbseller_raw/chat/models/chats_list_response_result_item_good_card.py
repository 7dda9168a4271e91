from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatsListResponseResultItemGoodCard")


@_attrs_define
class ChatsListResponseResultItemGoodCard:
    """
    Attributes:
        nm_id (int | Unset):
        price (int | Unset):
        price_currency (str | Unset):
        rid (str | Unset):
        size (str | Unset):
    """

    nm_id: int | Unset = UNSET
    price: int | Unset = UNSET
    price_currency: str | Unset = UNSET
    rid: str | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        price = self.price

        price_currency = self.price_currency

        rid = self.rid

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if price is not UNSET:
            field_dict["price"] = price
        if price_currency is not UNSET:
            field_dict["priceCurrency"] = price_currency
        if rid is not UNSET:
            field_dict["rid"] = rid
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmID", UNSET)

        price = d.pop("price", UNSET)

        price_currency = d.pop("priceCurrency", UNSET)

        rid = d.pop("rid", UNSET)

        size = d.pop("size", UNSET)

        chats_list_response_result_item_good_card = cls(
            nm_id=nm_id,
            price=price,
            price_currency=price_currency,
            rid=rid,
            size=size,
        )

        chats_list_response_result_item_good_card.additional_properties = d
        return chats_list_response_result_item_good_card

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
