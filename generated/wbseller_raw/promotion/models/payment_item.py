from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentItem")


@_attrs_define
class PaymentItem:
    """
    Attributes:
        id (int | Unset): Payment ID.
        date (str | Unset): Payment date (with or without an offset).
        sum_ (int | Unset): Payment amount.
        type_ (int | Unset): Payment source type (the docs show 0 and 3; no value list).
        status_id (int | Unset): Payment status (the docs show 1; no value list).
        card_status (str | Unset): Card payment status, e.g. "succeeded"; empty for other payments.
        currency (None | str | Unset): Currency of the seller's promotion account (ISO 4217; finances-currency).
    """

    id: int | Unset = UNSET
    date: str | Unset = UNSET
    sum_: int | Unset = UNSET
    type_: int | Unset = UNSET
    status_id: int | Unset = UNSET
    card_status: str | Unset = UNSET
    currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date = self.date

        sum_ = self.sum_

        type_ = self.type_

        status_id = self.status_id

        card_status = self.card_status

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status_id is not UNSET:
            field_dict["statusId"] = status_id
        if card_status is not UNSET:
            field_dict["cardStatus"] = card_status
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        date = d.pop("date", UNSET)

        sum_ = d.pop("sum", UNSET)

        type_ = d.pop("type", UNSET)

        status_id = d.pop("statusId", UNSET)

        card_status = d.pop("cardStatus", UNSET)

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        payment_item = cls(
            id=id,
            date=date,
            sum_=sum_,
            type_=type_,
            status_id=status_id,
            card_status=card_status,
            currency=currency,
        )

        payment_item.additional_properties = d
        return payment_item

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
