from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StocksErrorItem")


@_attrs_define
class StocksErrorItem:
    """A stock row named by an error.

    Attributes:
        sku (str | Unset): Barcode (empty since stocks are kept per chrtId).
        chrt_id (int | Unset): Size ID.
        amount (int | Unset): Stock amount.
    """

    sku: str | Unset = UNSET
    chrt_id: int | Unset = UNSET
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        chrt_id = self.chrt_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku is not UNSET:
            field_dict["sku"] = sku
        if chrt_id is not UNSET:
            field_dict["chrtId"] = chrt_id
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku = d.pop("sku", UNSET)

        chrt_id = d.pop("chrtId", UNSET)

        amount = d.pop("amount", UNSET)

        stocks_error_item = cls(
            sku=sku,
            chrt_id=chrt_id,
            amount=amount,
        )

        stocks_error_item.additional_properties = d
        return stocks_error_item

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
