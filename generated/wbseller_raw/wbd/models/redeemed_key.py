from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeemedKey")


@_attrs_define
class RedeemedKey:
    """A redeemed key (WB's reference, wbd-keys-fields; all fields always sent).

    Attributes:
        id (int | Unset): Key ID.
        offer_id (int | Unset): ID of the offer the key was sold with.
        offer_title (str | Unset): The offer's name.
        offer_price (int | Unset): The offer's price, ₽.
        value (str | Unset): The key.
        created_at (str | Unset): When the key was uploaded.
        buyed_at (str | Unset): When the key was bought (WB's spelling).
    """

    id: int | Unset = UNSET
    offer_id: int | Unset = UNSET
    offer_title: str | Unset = UNSET
    offer_price: int | Unset = UNSET
    value: str | Unset = UNSET
    created_at: str | Unset = UNSET
    buyed_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        offer_id = self.offer_id

        offer_title = self.offer_title

        offer_price = self.offer_price

        value = self.value

        created_at = self.created_at

        buyed_at = self.buyed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if offer_id is not UNSET:
            field_dict["offer_id"] = offer_id
        if offer_title is not UNSET:
            field_dict["offer_title"] = offer_title
        if offer_price is not UNSET:
            field_dict["offer_price"] = offer_price
        if value is not UNSET:
            field_dict["value"] = value
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if buyed_at is not UNSET:
            field_dict["buyed_at"] = buyed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        offer_id = d.pop("offer_id", UNSET)

        offer_title = d.pop("offer_title", UNSET)

        offer_price = d.pop("offer_price", UNSET)

        value = d.pop("value", UNSET)

        created_at = d.pop("created_at", UNSET)

        buyed_at = d.pop("buyed_at", UNSET)

        redeemed_key = cls(
            id=id,
            offer_id=offer_id,
            offer_title=offer_title,
            offer_price=offer_price,
            value=value,
            created_at=created_at,
            buyed_at=buyed_at,
        )

        redeemed_key.additional_properties = d
        return redeemed_key

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
