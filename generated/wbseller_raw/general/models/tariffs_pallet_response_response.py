from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tariffs_pallet_response_response_data import (
        TariffsPalletResponseResponseData,
    )


T = TypeVar("T", bound="TariffsPalletResponseResponse")


@_attrs_define
class TariffsPalletResponseResponse:
    """
    Attributes:
        data (TariffsPalletResponseResponseData | Unset):
    """

    data: TariffsPalletResponseResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: TariffsPalletResponseResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TariffsPalletResponseResponseData.from_dict(_data)

        tariffs_pallet_response_response = cls(
            data=data,
        )

        tariffs_pallet_response_response.additional_properties = d
        return tariffs_pallet_response_response

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
from ..models.tariffs_pallet_response_response_data import TariffsPalletResponseResponseData
