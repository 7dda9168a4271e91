from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionNomenclature")


@_attrs_define
class PromotionNomenclature:
    """A product that can take part in the promotion.

    Attributes:
        id (int | Unset): WB article (nmID).
        in_action (bool | Unset): Whether the product takes part in the promotion.
        price (float | Unset): Current price.
        currency_code (str | Unset): Currency code (ISO 4217 letters), e.g. RUB.
        plan_price (float | Unset): Price required to take part in the promotion.
        discount (int | Unset): Current discount, percent.
        plan_discount (int | Unset): Discount required to take part in the promotion, percent.
    """

    id: int | Unset = UNSET
    in_action: bool | Unset = UNSET
    price: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    plan_price: float | Unset = UNSET
    discount: int | Unset = UNSET
    plan_discount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        in_action = self.in_action

        price = self.price

        currency_code = self.currency_code

        plan_price = self.plan_price

        discount = self.discount

        plan_discount = self.plan_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if in_action is not UNSET:
            field_dict["inAction"] = in_action
        if price is not UNSET:
            field_dict["price"] = price
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if plan_price is not UNSET:
            field_dict["planPrice"] = plan_price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if plan_discount is not UNSET:
            field_dict["planDiscount"] = plan_discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        in_action = d.pop("inAction", UNSET)

        price = d.pop("price", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        plan_price = d.pop("planPrice", UNSET)

        discount = d.pop("discount", UNSET)

        plan_discount = d.pop("planDiscount", UNSET)

        promotion_nomenclature = cls(
            id=id,
            in_action=in_action,
            price=price,
            currency_code=currency_code,
            plan_price=plan_price,
            discount=discount,
            plan_discount=plan_discount,
        )

        promotion_nomenclature.additional_properties = d
        return promotion_nomenclature

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
