from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositResponse")


@_attrs_define
class DepositResponse:
    """The answer when `return` is true.

    Attributes:
        total (int | Unset): Campaign budget after the top-up.
        cashback_sum (float | None | Unset): Part of the top-up paid with cashback; WB sends it today (deposit-
            cashback).
        cashback_percent (float | None | Unset): Cashback percent applied to the top-up; WB sends it today (deposit-
            cashback).
    """

    total: int | Unset = UNSET
    cashback_sum: float | None | Unset = UNSET
    cashback_percent: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        cashback_sum: float | None | Unset
        if isinstance(self.cashback_sum, Unset):
            cashback_sum = UNSET
        else:
            cashback_sum = self.cashback_sum

        cashback_percent: float | None | Unset
        if isinstance(self.cashback_percent, Unset):
            cashback_percent = UNSET
        else:
            cashback_percent = self.cashback_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if cashback_sum is not UNSET:
            field_dict["cashback_sum"] = cashback_sum
        if cashback_percent is not UNSET:
            field_dict["cashback_percent"] = cashback_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        def _parse_cashback_sum(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cashback_sum = _parse_cashback_sum(d.pop("cashback_sum", UNSET))

        def _parse_cashback_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cashback_percent = _parse_cashback_percent(d.pop("cashback_percent", UNSET))

        deposit_response = cls(
            total=total,
            cashback_sum=cashback_sum,
            cashback_percent=cashback_percent,
        )

        deposit_response.additional_properties = d
        return deposit_response

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
