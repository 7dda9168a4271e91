from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffConstructorOptionsResponseOptionsItemPromotion")


@_attrs_define
class TariffConstructorOptionsResponseOptionsItemPromotion:
    """
    Attributes:
        commission_rate (float | Unset):  Example: 0.3.
        expires_at (str | Unset):  Example: 2006-01-02T15:04:05.999+03:00.
    """

    commission_rate: float | Unset = UNSET
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commission_rate = self.commission_rate

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commission_rate is not UNSET:
            field_dict["commissionRate"] = commission_rate
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        commission_rate = d.pop("commissionRate", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        tariff_constructor_options_response_options_item_promotion = cls(
            commission_rate=commission_rate,
            expires_at=expires_at,
        )

        tariff_constructor_options_response_options_item_promotion.additional_properties = d
        return tariff_constructor_options_response_options_item_promotion

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
