from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_collect_orders_new_response_orders_item_options import (
        ClickCollectOrdersNewResponseOrdersItemOptions,
    )


T = TypeVar("T", bound="ClickCollectOrdersNewResponseOrdersItem")


@_attrs_define
class ClickCollectOrdersNewResponseOrdersItem:
    """
    Attributes:
        ddate (str | Unset):
        sale_price (int | None | Unset):  Example: 504600.
        required_meta (list[str] | None | Unset):
        article (str | Unset):
        rid (str | Unset):
        created_at (str | Unset):
        warehouse_address (str | Unset):
        order_code (str | Unset):
        pay_mode (str | Unset):  Example: prepaid.
        skus (list[str] | Unset):
        id (int | Unset):
        warehouse_id (int | Unset):
        nm_id (int | Unset):
        chrt_id (int | Unset):
        price (int | Unset):
        final_price (int | Unset):  Example: 5000.
        converted_price (int | Unset):  Example: 5000.
        converted_final_price (int | Unset):  Example: 5000.
        currency_code (int | Unset):  Example: 643.
        converted_currency_code (int | Unset):  Example: 643.
        cargo_type (int | Unset):
        is_zero_order (bool | Unset):
        options (ClickCollectOrdersNewResponseOrdersItemOptions | Unset):
    """

    ddate: str | Unset = UNSET
    sale_price: int | None | Unset = UNSET
    required_meta: list[str] | None | Unset = UNSET
    article: str | Unset = UNSET
    rid: str | Unset = UNSET
    created_at: str | Unset = UNSET
    warehouse_address: str | Unset = UNSET
    order_code: str | Unset = UNSET
    pay_mode: str | Unset = UNSET
    skus: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    chrt_id: int | Unset = UNSET
    price: int | Unset = UNSET
    final_price: int | Unset = UNSET
    converted_price: int | Unset = UNSET
    converted_final_price: int | Unset = UNSET
    currency_code: int | Unset = UNSET
    converted_currency_code: int | Unset = UNSET
    cargo_type: int | Unset = UNSET
    is_zero_order: bool | Unset = UNSET
    options: ClickCollectOrdersNewResponseOrdersItemOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ddate = self.ddate

        sale_price: int | None | Unset
        if isinstance(self.sale_price, Unset):
            sale_price = UNSET
        else:
            sale_price = self.sale_price

        required_meta: list[str] | None | Unset
        if isinstance(self.required_meta, Unset):
            required_meta = UNSET
        elif isinstance(self.required_meta, list):
            required_meta = self.required_meta

        else:
            required_meta = self.required_meta

        article = self.article

        rid = self.rid

        created_at = self.created_at

        warehouse_address = self.warehouse_address

        order_code = self.order_code

        pay_mode = self.pay_mode

        skus: list[str] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = self.skus

        id = self.id

        warehouse_id = self.warehouse_id

        nm_id = self.nm_id

        chrt_id = self.chrt_id

        price = self.price

        final_price = self.final_price

        converted_price = self.converted_price

        converted_final_price = self.converted_final_price

        currency_code = self.currency_code

        converted_currency_code = self.converted_currency_code

        cargo_type = self.cargo_type

        is_zero_order = self.is_zero_order

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ddate is not UNSET:
            field_dict["ddate"] = ddate
        if sale_price is not UNSET:
            field_dict["salePrice"] = sale_price
        if required_meta is not UNSET:
            field_dict["requiredMeta"] = required_meta
        if article is not UNSET:
            field_dict["article"] = article
        if rid is not UNSET:
            field_dict["rid"] = rid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if warehouse_address is not UNSET:
            field_dict["warehouseAddress"] = warehouse_address
        if order_code is not UNSET:
            field_dict["orderCode"] = order_code
        if pay_mode is not UNSET:
            field_dict["payMode"] = pay_mode
        if skus is not UNSET:
            field_dict["skus"] = skus
        if id is not UNSET:
            field_dict["id"] = id
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if chrt_id is not UNSET:
            field_dict["chrtId"] = chrt_id
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
        if cargo_type is not UNSET:
            field_dict["cargoType"] = cargo_type
        if is_zero_order is not UNSET:
            field_dict["isZeroOrder"] = is_zero_order
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        ddate = d.pop("ddate", UNSET)

        def _parse_sale_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sale_price = _parse_sale_price(d.pop("salePrice", UNSET))

        def _parse_required_meta(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                required_meta_type_0 = cast(list[str], data)

                return required_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        required_meta = _parse_required_meta(d.pop("requiredMeta", UNSET))

        article = d.pop("article", UNSET)

        rid = d.pop("rid", UNSET)

        created_at = d.pop("createdAt", UNSET)

        warehouse_address = d.pop("warehouseAddress", UNSET)

        order_code = d.pop("orderCode", UNSET)

        pay_mode = d.pop("payMode", UNSET)

        skus = cast(list[str], d.pop("skus", UNSET))

        id = d.pop("id", UNSET)

        warehouse_id = d.pop("warehouseId", UNSET)

        nm_id = d.pop("nmId", UNSET)

        chrt_id = d.pop("chrtId", UNSET)

        price = d.pop("price", UNSET)

        final_price = d.pop("finalPrice", UNSET)

        converted_price = d.pop("convertedPrice", UNSET)

        converted_final_price = d.pop("convertedFinalPrice", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        converted_currency_code = d.pop("convertedCurrencyCode", UNSET)

        cargo_type = d.pop("cargoType", UNSET)

        is_zero_order = d.pop("isZeroOrder", UNSET)

        _options = d.pop("options", UNSET)
        options: ClickCollectOrdersNewResponseOrdersItemOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ClickCollectOrdersNewResponseOrdersItemOptions.from_dict(_options)

        click_collect_orders_new_response_orders_item = cls(
            ddate=ddate,
            sale_price=sale_price,
            required_meta=required_meta,
            article=article,
            rid=rid,
            created_at=created_at,
            warehouse_address=warehouse_address,
            order_code=order_code,
            pay_mode=pay_mode,
            skus=skus,
            id=id,
            warehouse_id=warehouse_id,
            nm_id=nm_id,
            chrt_id=chrt_id,
            price=price,
            final_price=final_price,
            converted_price=converted_price,
            converted_final_price=converted_final_price,
            currency_code=currency_code,
            converted_currency_code=converted_currency_code,
            cargo_type=cargo_type,
            is_zero_order=is_zero_order,
            options=options,
        )

        click_collect_orders_new_response_orders_item.additional_properties = d
        return click_collect_orders_new_response_orders_item

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
from ..models.click_collect_orders_new_response_orders_item_options import ClickCollectOrdersNewResponseOrdersItemOptions
