from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SellerInfoResponse")


@_attrs_define
class SellerInfoResponse:
    """
    Attributes:
        name (str | Unset):
        sid (str | Unset):
        tin (str | Unset):
        trade_mark (str | Unset):
    """

    name: str | Unset = UNSET
    sid: str | Unset = UNSET
    tin: str | Unset = UNSET
    trade_mark: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sid = self.sid

        tin = self.tin

        trade_mark = self.trade_mark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sid is not UNSET:
            field_dict["sid"] = sid
        if tin is not UNSET:
            field_dict["tin"] = tin
        if trade_mark is not UNSET:
            field_dict["tradeMark"] = trade_mark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        sid = d.pop("sid", UNSET)

        tin = d.pop("tin", UNSET)

        trade_mark = d.pop("tradeMark", UNSET)

        seller_info_response = cls(
            name=name,
            sid=sid,
            tin=tin,
            trade_mark=trade_mark,
        )

        seller_info_response.additional_properties = d
        return seller_info_response

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
