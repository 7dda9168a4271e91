from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsSize")


@_attrs_define
class GoodsSize:
    """A size of a product with its prices.

    Attributes:
        nm_id (int | Unset): WB article.
        size_id (int | Unset): Size ID.
        vendor_code (str | Unset): Seller's article.
        price (int | Unset): Price.
        currency_iso_code_4217 (str | Unset): Currency, ISO 4217 (e.g. RUB).
        discounted_price (float | Unset): Price with discount.
        club_discounted_price (float | Unset): Price with discount and WB Club discount.
        discount (int | Unset): Discount, %.
        club_discount (int | Unset): WB Club discount, %.
        tech_size_name (str | Unset): Size name.
        editable_size_price (bool | Unset): True when prices can be set per size.
        is_bad_turnover (bool | None | Unset): True for an illiquid product (low stock index); absent for a liquid one
            (specs/changes/2026-12-06-wb-contracts.yaml, prices-size-bad-turnover).
    """

    nm_id: int | Unset = UNSET
    size_id: int | Unset = UNSET
    vendor_code: str | Unset = UNSET
    price: int | Unset = UNSET
    currency_iso_code_4217: str | Unset = UNSET
    discounted_price: float | Unset = UNSET
    club_discounted_price: float | Unset = UNSET
    discount: int | Unset = UNSET
    club_discount: int | Unset = UNSET
    tech_size_name: str | Unset = UNSET
    editable_size_price: bool | Unset = UNSET
    is_bad_turnover: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        size_id = self.size_id

        vendor_code = self.vendor_code

        price = self.price

        currency_iso_code_4217 = self.currency_iso_code_4217

        discounted_price = self.discounted_price

        club_discounted_price = self.club_discounted_price

        discount = self.discount

        club_discount = self.club_discount

        tech_size_name = self.tech_size_name

        editable_size_price = self.editable_size_price

        is_bad_turnover: bool | None | Unset
        if isinstance(self.is_bad_turnover, Unset):
            is_bad_turnover = UNSET
        else:
            is_bad_turnover = self.is_bad_turnover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if size_id is not UNSET:
            field_dict["sizeID"] = size_id
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if price is not UNSET:
            field_dict["price"] = price
        if currency_iso_code_4217 is not UNSET:
            field_dict["currencyIsoCode4217"] = currency_iso_code_4217
        if discounted_price is not UNSET:
            field_dict["discountedPrice"] = discounted_price
        if club_discounted_price is not UNSET:
            field_dict["clubDiscountedPrice"] = club_discounted_price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if club_discount is not UNSET:
            field_dict["clubDiscount"] = club_discount
        if tech_size_name is not UNSET:
            field_dict["techSizeName"] = tech_size_name
        if editable_size_price is not UNSET:
            field_dict["editableSizePrice"] = editable_size_price
        if is_bad_turnover is not UNSET:
            field_dict["isBadTurnover"] = is_bad_turnover

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmID", UNSET)

        size_id = d.pop("sizeID", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        price = d.pop("price", UNSET)

        currency_iso_code_4217 = d.pop("currencyIsoCode4217", UNSET)

        discounted_price = d.pop("discountedPrice", UNSET)

        club_discounted_price = d.pop("clubDiscountedPrice", UNSET)

        discount = d.pop("discount", UNSET)

        club_discount = d.pop("clubDiscount", UNSET)

        tech_size_name = d.pop("techSizeName", UNSET)

        editable_size_price = d.pop("editableSizePrice", UNSET)

        def _parse_is_bad_turnover(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_bad_turnover = _parse_is_bad_turnover(d.pop("isBadTurnover", UNSET))

        goods_size = cls(
            nm_id=nm_id,
            size_id=size_id,
            vendor_code=vendor_code,
            price=price,
            currency_iso_code_4217=currency_iso_code_4217,
            discounted_price=discounted_price,
            club_discounted_price=club_discounted_price,
            discount=discount,
            club_discount=club_discount,
            tech_size_name=tech_size_name,
            editable_size_price=editable_size_price,
            is_bad_turnover=is_bad_turnover,
        )

        goods_size.additional_properties = d
        return goods_size

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
