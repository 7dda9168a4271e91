from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetB2BWholesaleDiscounts208Response")


@_attrs_define
class SetB2BWholesaleDiscounts208Response:
    """
    Attributes:
        status (int | Unset):  Example: 208.
        title (str | Unset):  Example: Already Reported.
        detail (str | Unset):  Example: This task already exists.
        request_id (str | Unset):  Example: 4b387d2e-13b0-4be7-a34c-be01fb35fd2d.
        origin (str | Unset):  Example: discounts-prices.
    """

    status: int | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    request_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        detail = self.detail

        request_id = self.request_id

        origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        request_id = d.pop("requestId", UNSET)

        origin = d.pop("origin", UNSET)

        set_b2b_wholesale_discounts_208_response = cls(
            status=status,
            title=title,
            detail=detail,
            request_id=request_id,
            origin=origin,
        )

        set_b2b_wholesale_discounts_208_response.additional_properties = d
        return set_b2b_wholesale_discounts_208_response

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
