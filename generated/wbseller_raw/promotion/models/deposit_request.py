from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositRequest")


@_attrs_define
class DepositRequest:
    """
    Attributes:
        sum_ (int | Unset): Top-up amount. Example: 5000.
        type_ (int | Unset): Top-up source type. The docs' value list for this field is lost in the rendering; the
            sample sends 1.
             Example: 1.
        return_ (bool | Unset): Response return flag: with true the answer carries the new campaign budget (the docs'
            sentence is cut off after "flag (").
             Example: True.
        cashback_sum (int | Unset): The part of `sum` paid with promo bonuses (cashback), at most the balance's cashback
            `percent` of it; only for sources 0 (account) and 1 (balance). With it,
            `cashback_percent` is needed too (deposit-cashback-request).
             Example: 1000.
        cashback_percent (int | Unset): The balance's cashback `percent` (deposit-cashback-request). Example: 50.
    """

    sum_: int | Unset = UNSET
    type_: int | Unset = UNSET
    return_: bool | Unset = UNSET
    cashback_sum: int | Unset = UNSET
    cashback_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sum_ = self.sum_

        type_ = self.type_

        return_ = self.return_

        cashback_sum = self.cashback_sum

        cashback_percent = self.cashback_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if return_ is not UNSET:
            field_dict["return"] = return_
        if cashback_sum is not UNSET:
            field_dict["cashback_sum"] = cashback_sum
        if cashback_percent is not UNSET:
            field_dict["cashback_percent"] = cashback_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sum_ = d.pop("sum", UNSET)

        type_ = d.pop("type", UNSET)

        return_ = d.pop("return", UNSET)

        cashback_sum = d.pop("cashback_sum", UNSET)

        cashback_percent = d.pop("cashback_percent", UNSET)

        deposit_request = cls(
            sum_=sum_,
            type_=type_,
            return_=return_,
            cashback_sum=cashback_sum,
            cashback_percent=cashback_percent,
        )

        deposit_request.additional_properties = d
        return deposit_request

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
