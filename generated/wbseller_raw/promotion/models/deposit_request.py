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
    """

    sum_: int | Unset = UNSET
    type_: int | Unset = UNSET
    return_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sum_ = self.sum_

        type_ = self.type_

        return_ = self.return_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if return_ is not UNSET:
            field_dict["return"] = return_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sum_ = d.pop("sum", UNSET)

        type_ = d.pop("type", UNSET)

        return_ = d.pop("return", UNSET)

        deposit_request = cls(
            sum_=sum_,
            type_=type_,
            return_=return_,
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
