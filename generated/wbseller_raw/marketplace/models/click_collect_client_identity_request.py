from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickCollectClientIdentityRequest")


@_attrs_define
class ClickCollectClientIdentityRequest:
    """
    Attributes:
        order_code (str | Unset):
        passcode (str | Unset):
    """

    order_code: str | Unset = UNSET
    passcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_code = self.order_code

        passcode = self.passcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_code is not UNSET:
            field_dict["orderCode"] = order_code
        if passcode is not UNSET:
            field_dict["passcode"] = passcode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_code = d.pop("orderCode", UNSET)

        passcode = d.pop("passcode", UNSET)

        click_collect_client_identity_request = cls(
            order_code=order_code,
            passcode=passcode,
        )

        click_collect_client_identity_request.additional_properties = d
        return click_collect_client_identity_request

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
