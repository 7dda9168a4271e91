from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StockUpdate")


@_attrs_define
class StockUpdate:
    """The new stock of one size. WB's reference requires neither field: WB does not validate
    the names in a row, so a row missing `chrtId` or `amount` is answered 204 and changes
    nothing (products.txt; specs/changes/2026-12-06-wb-contracts.yaml, stocks-update-rows-lenient).

        Attributes:
            chrt_id (int | Unset): Size ID (a card's `sizes[].chrtID`). Example: 12345678.
            amount (int | Unset): Stock amount. Example: 10.
    """

    chrt_id: int | Unset = UNSET
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chrt_id = self.chrt_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chrt_id is not UNSET:
            field_dict["chrtId"] = chrt_id
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chrt_id = d.pop("chrtId", UNSET)

        amount = d.pop("amount", UNSET)

        stock_update = cls(
            chrt_id=chrt_id,
            amount=amount,
        )

        stock_update.additional_properties = d
        return stock_update

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
