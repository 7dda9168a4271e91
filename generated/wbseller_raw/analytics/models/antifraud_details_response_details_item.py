from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AntifraudDetailsResponseDetailsItem")


@_attrs_define
class AntifraudDetailsResponseDetailsItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 123456789.
        sum_ (int | Unset):  Example: 3540.
        currency (str | Unset):  Example: RUB.
        date_from (str | Unset):  Example: 2023-08-23.
        date_to (str | Unset):  Example: 2023-08-29.
    """

    nm_id: int | Unset = UNSET
    sum_: int | Unset = UNSET
    currency: str | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        sum_ = self.sum_

        currency = self.currency

        date_from = self.date_from

        date_to = self.date_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if currency is not UNSET:
            field_dict["currency"] = currency
        if date_from is not UNSET:
            field_dict["dateFrom"] = date_from
        if date_to is not UNSET:
            field_dict["dateTo"] = date_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmID", UNSET)

        sum_ = d.pop("sum", UNSET)

        currency = d.pop("currency", UNSET)

        date_from = d.pop("dateFrom", UNSET)

        date_to = d.pop("dateTo", UNSET)

        antifraud_details_response_details_item = cls(
            nm_id=nm_id,
            sum_=sum_,
            currency=currency,
            date_from=date_from,
            date_to=date_to,
        )

        antifraud_details_response_details_item.additional_properties = d
        return antifraud_details_response_details_item

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
