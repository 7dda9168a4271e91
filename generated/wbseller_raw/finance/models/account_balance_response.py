from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalanceResponse")


@_attrs_define
class AccountBalanceResponse:
    """
    Attributes:
        currency (str | Unset):  Example: RUB.
        current (float | Unset):  Example: 10196.21.
        for_withdraw (float | Unset):  Example: 6395.8.
    """

    currency: str | Unset = UNSET
    current: float | Unset = UNSET
    for_withdraw: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        current = self.current

        for_withdraw = self.for_withdraw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if current is not UNSET:
            field_dict["current"] = current
        if for_withdraw is not UNSET:
            field_dict["for_withdraw"] = for_withdraw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        current = d.pop("current", UNSET)

        for_withdraw = d.pop("for_withdraw", UNSET)

        account_balance_response = cls(
            currency=currency,
            current=current,
            for_withdraw=for_withdraw,
        )

        account_balance_response.additional_properties = d
        return account_balance_response

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
