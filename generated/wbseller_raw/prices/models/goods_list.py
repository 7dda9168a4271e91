from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.size_good import SizeGood
    from ..models.wholesale_discount_threshold import WholesaleDiscountThreshold


T = TypeVar("T", bound="GoodsList")


@_attrs_define
class GoodsList:
    """A product with its prices and discounts.

    Attributes:
        nm_id (int | Unset): WB article.
        vendor_code (str | Unset): Seller's article.
        sizes (list[SizeGood] | None | Unset): Sizes of the product with their prices.
        currency_iso_code_4217 (str | Unset): Currency, ISO 4217 (e.g. RUB).
        discount (int | Unset): Discount, %.
        club_discount (int | Unset): WB Club discount, %.
        editable_size_price (bool | Unset): True when prices can be set per size (Sets size prices; Get product sizes
            with prices).
        is_bad_turnover (bool | None | Unset): True for an illiquid product (low stock index); absent for a liquid one
            (WB's reference
            of 2026-07-23; WB sends it today: prices-bad-turnover).
        wholesale_discount_threshold (list[WholesaleDiscountThreshold] | None | Unset): Wholesale (B2B) discounts by
            level, since 2026-05-29
            (specs/changes/2026-12-06-wb-contracts.yaml, prices-wholesale-discounts).
    """

    nm_id: int | Unset = UNSET
    vendor_code: str | Unset = UNSET
    sizes: list[SizeGood] | None | Unset = UNSET
    currency_iso_code_4217: str | Unset = UNSET
    discount: int | Unset = UNSET
    club_discount: int | Unset = UNSET
    editable_size_price: bool | Unset = UNSET
    is_bad_turnover: bool | None | Unset = UNSET
    wholesale_discount_threshold: list[WholesaleDiscountThreshold] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        vendor_code = self.vendor_code

        sizes: list[dict[str, Any]] | None | Unset
        if isinstance(self.sizes, Unset):
            sizes = UNSET
        elif isinstance(self.sizes, list):
            sizes = []
            for sizes_type_0_item_data in self.sizes:
                sizes_type_0_item = sizes_type_0_item_data.to_dict()
                sizes.append(sizes_type_0_item)

        else:
            sizes = self.sizes

        currency_iso_code_4217 = self.currency_iso_code_4217

        discount = self.discount

        club_discount = self.club_discount

        editable_size_price = self.editable_size_price

        is_bad_turnover: bool | None | Unset
        if isinstance(self.is_bad_turnover, Unset):
            is_bad_turnover = UNSET
        else:
            is_bad_turnover = self.is_bad_turnover

        wholesale_discount_threshold: list[dict[str, Any]] | None | Unset
        if isinstance(self.wholesale_discount_threshold, Unset):
            wholesale_discount_threshold = UNSET
        elif isinstance(self.wholesale_discount_threshold, list):
            wholesale_discount_threshold = []
            for (
                wholesale_discount_threshold_type_0_item_data
            ) in self.wholesale_discount_threshold:
                wholesale_discount_threshold_type_0_item = (
                    wholesale_discount_threshold_type_0_item_data.to_dict()
                )
                wholesale_discount_threshold.append(
                    wholesale_discount_threshold_type_0_item
                )

        else:
            wholesale_discount_threshold = self.wholesale_discount_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if sizes is not UNSET:
            field_dict["sizes"] = sizes
        if currency_iso_code_4217 is not UNSET:
            field_dict["currencyIsoCode4217"] = currency_iso_code_4217
        if discount is not UNSET:
            field_dict["discount"] = discount
        if club_discount is not UNSET:
            field_dict["clubDiscount"] = club_discount
        if editable_size_price is not UNSET:
            field_dict["editableSizePrice"] = editable_size_price
        if is_bad_turnover is not UNSET:
            field_dict["isBadTurnover"] = is_bad_turnover
        if wholesale_discount_threshold is not UNSET:
            field_dict["wholesaleDiscountThreshold"] = wholesale_discount_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmID", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        def _parse_sizes(data: object) -> list[SizeGood] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sizes_type_0 = []
                _sizes_type_0 = data
                for sizes_type_0_item_data in _sizes_type_0:
                    sizes_type_0_item = SizeGood.from_dict(sizes_type_0_item_data)

                    sizes_type_0.append(sizes_type_0_item)

                return sizes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SizeGood] | None | Unset, data)

        sizes = _parse_sizes(d.pop("sizes", UNSET))

        currency_iso_code_4217 = d.pop("currencyIsoCode4217", UNSET)

        discount = d.pop("discount", UNSET)

        club_discount = d.pop("clubDiscount", UNSET)

        editable_size_price = d.pop("editableSizePrice", UNSET)

        def _parse_is_bad_turnover(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_bad_turnover = _parse_is_bad_turnover(d.pop("isBadTurnover", UNSET))

        def _parse_wholesale_discount_threshold(
            data: object,
        ) -> list[WholesaleDiscountThreshold] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                wholesale_discount_threshold_type_0 = []
                _wholesale_discount_threshold_type_0 = data
                for (
                    wholesale_discount_threshold_type_0_item_data
                ) in _wholesale_discount_threshold_type_0:
                    wholesale_discount_threshold_type_0_item = (
                        WholesaleDiscountThreshold.from_dict(
                            wholesale_discount_threshold_type_0_item_data
                        )
                    )

                    wholesale_discount_threshold_type_0.append(
                        wholesale_discount_threshold_type_0_item
                    )

                return wholesale_discount_threshold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WholesaleDiscountThreshold] | None | Unset, data)

        wholesale_discount_threshold = _parse_wholesale_discount_threshold(
            d.pop("wholesaleDiscountThreshold", UNSET)
        )

        goods_list = cls(
            nm_id=nm_id,
            vendor_code=vendor_code,
            sizes=sizes,
            currency_iso_code_4217=currency_iso_code_4217,
            discount=discount,
            club_discount=club_discount,
            editable_size_price=editable_size_price,
            is_bad_turnover=is_bad_turnover,
            wholesale_discount_threshold=wholesale_discount_threshold,
        )

        goods_list.additional_properties = d
        return goods_list

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
from ..models.size_good import SizeGood
from ..models.wholesale_discount_threshold import WholesaleDiscountThreshold
