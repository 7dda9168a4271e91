from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_collect_orders_list_response_orders_item_options import (
        ClickCollectOrdersListResponseOrdersItemOptions,
    )


T = TypeVar("T", bound="ClickCollectOrdersListResponseOrdersItem")


@_attrs_define
class ClickCollectOrdersListResponseOrdersItem:
    """
    Attributes:
        article (str | Unset):  Example: wb6scpbwvp.
        cargo_type (int | Unset):  Example: 1.
        chrt_id (int | Unset):  Example: 12345676.
        created_at (str | Unset):  Example: 2025-03-21T09:53:31Z.
        price (int | Unset):  Example: 5000.
        final_price (int | Unset):  Example: 5000.
        converted_price (int | Unset):  Example: 5000.
        converted_final_price (int | Unset):  Example: 5000.
        currency_code (int | Unset):  Example: 643.
        converted_currency_code (int | Unset):  Example: 643.
        id (int | Unset):  Example: 123456789.
        is_zero_order (bool | Unset):  Example: False.
        nm_id (int | Unset):  Example: 1234567898765.
        order_code (str | Unset):  Example: 21117866-0006.
        pay_mode (str | Unset):  Example: prepaid.
        rid (str | Unset):  Example: 5044304527347733263.0.0.
        skus (list[str] | Unset):
        warehouse_address (str | Unset):
        warehouse_id (int | Unset):  Example: 1162157.
        options (ClickCollectOrdersListResponseOrdersItemOptions | Unset):
    """

    article: str | Unset = UNSET
    cargo_type: int | Unset = UNSET
    chrt_id: int | Unset = UNSET
    created_at: str | Unset = UNSET
    price: int | Unset = UNSET
    final_price: int | Unset = UNSET
    converted_price: int | Unset = UNSET
    converted_final_price: int | Unset = UNSET
    currency_code: int | Unset = UNSET
    converted_currency_code: int | Unset = UNSET
    id: int | Unset = UNSET
    is_zero_order: bool | Unset = UNSET
    nm_id: int | Unset = UNSET
    order_code: str | Unset = UNSET
    pay_mode: str | Unset = UNSET
    rid: str | Unset = UNSET
    skus: list[str] | Unset = UNSET
    warehouse_address: str | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    options: ClickCollectOrdersListResponseOrdersItemOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article

        cargo_type = self.cargo_type

        chrt_id = self.chrt_id

        created_at = self.created_at

        price = self.price

        final_price = self.final_price

        converted_price = self.converted_price

        converted_final_price = self.converted_final_price

        currency_code = self.currency_code

        converted_currency_code = self.converted_currency_code

        id = self.id

        is_zero_order = self.is_zero_order

        nm_id = self.nm_id

        order_code = self.order_code

        pay_mode = self.pay_mode

        rid = self.rid

        skus: list[str] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = self.skus

        warehouse_address = self.warehouse_address

        warehouse_id = self.warehouse_id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article is not UNSET:
            field_dict["article"] = article
        if cargo_type is not UNSET:
            field_dict["cargoType"] = cargo_type
        if chrt_id is not UNSET:
            field_dict["chrtId"] = chrt_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if price is not UNSET:
            field_dict["price"] = price
        if final_price is not UNSET:
            field_dict["finalPrice"] = final_price
        if converted_price is not UNSET:
            field_dict["convertedPrice"] = converted_price
        if converted_final_price is not UNSET:
            field_dict["convertedFinalPrice"] = converted_final_price
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if converted_currency_code is not UNSET:
            field_dict["convertedCurrencyCode"] = converted_currency_code
        if id is not UNSET:
            field_dict["id"] = id
        if is_zero_order is not UNSET:
            field_dict["isZeroOrder"] = is_zero_order
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if order_code is not UNSET:
            field_dict["orderCode"] = order_code
        if pay_mode is not UNSET:
            field_dict["payMode"] = pay_mode
        if rid is not UNSET:
            field_dict["rid"] = rid
        if skus is not UNSET:
            field_dict["skus"] = skus
        if warehouse_address is not UNSET:
            field_dict["warehouseAddress"] = warehouse_address
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        article = d.pop("article", UNSET)

        cargo_type = d.pop("cargoType", UNSET)

        chrt_id = d.pop("chrtId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        price = d.pop("price", UNSET)

        final_price = d.pop("finalPrice", UNSET)

        converted_price = d.pop("convertedPrice", UNSET)

        converted_final_price = d.pop("convertedFinalPrice", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        converted_currency_code = d.pop("convertedCurrencyCode", UNSET)

        id = d.pop("id", UNSET)

        is_zero_order = d.pop("isZeroOrder", UNSET)

        nm_id = d.pop("nmId", UNSET)

        order_code = d.pop("orderCode", UNSET)

        pay_mode = d.pop("payMode", UNSET)

        rid = d.pop("rid", UNSET)

        skus = cast(list[str], d.pop("skus", UNSET))

        warehouse_address = d.pop("warehouseAddress", UNSET)

        warehouse_id = d.pop("warehouseId", UNSET)

        _options = d.pop("options", UNSET)
        options: ClickCollectOrdersListResponseOrdersItemOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ClickCollectOrdersListResponseOrdersItemOptions.from_dict(
                _options
            )

        click_collect_orders_list_response_orders_item = cls(
            article=article,
            cargo_type=cargo_type,
            chrt_id=chrt_id,
            created_at=created_at,
            price=price,
            final_price=final_price,
            converted_price=converted_price,
            converted_final_price=converted_final_price,
            currency_code=currency_code,
            converted_currency_code=converted_currency_code,
            id=id,
            is_zero_order=is_zero_order,
            nm_id=nm_id,
            order_code=order_code,
            pay_mode=pay_mode,
            rid=rid,
            skus=skus,
            warehouse_address=warehouse_address,
            warehouse_id=warehouse_id,
            options=options,
        )

        click_collect_orders_list_response_orders_item.additional_properties = d
        return click_collect_orders_list_response_orders_item

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
from ..models.click_collect_orders_list_response_orders_item_options import ClickCollectOrdersListResponseOrdersItemOptions
