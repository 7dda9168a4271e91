from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvertConfigV1")


@_attrs_define
class AdvertConfigV1:
    """
    Attributes:
        currency (str | Unset): Currency of the seller's promotion account (ISO 4217).
        currency_code (int | Unset): Its numeric ISO 4217 code.
        cpm_step (int | Unset): The allowed step of a cpm search-cluster bid.
        cpc_step (int | Unset): The allowed step of a cpc search-cluster bid.
        min_top_up (int | Unset): The minimum top-up.
    """

    currency: str | Unset = UNSET
    currency_code: int | Unset = UNSET
    cpm_step: int | Unset = UNSET
    cpc_step: int | Unset = UNSET
    min_top_up: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        currency_code = self.currency_code

        cpm_step = self.cpm_step

        cpc_step = self.cpc_step

        min_top_up = self.min_top_up

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if cpm_step is not UNSET:
            field_dict["cpmStep"] = cpm_step
        if cpc_step is not UNSET:
            field_dict["cpcStep"] = cpc_step
        if min_top_up is not UNSET:
            field_dict["minTopUp"] = min_top_up

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        cpm_step = d.pop("cpmStep", UNSET)

        cpc_step = d.pop("cpcStep", UNSET)

        min_top_up = d.pop("minTopUp", UNSET)

        advert_config_v1 = cls(
            currency=currency,
            currency_code=currency_code,
            cpm_step=cpm_step,
            cpc_step=cpc_step,
            min_top_up=min_top_up,
        )

        advert_config_v1.additional_properties = d
        return advert_config_v1

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
