from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbw_orders_new_response_orders_item_address_type_0 import (
        DbwOrdersNewResponseOrdersItemAddressType0,
    )
    from ..models.dbw_orders_new_response_orders_item_options import (
        DbwOrdersNewResponseOrdersItemOptions,
    )


T = TypeVar("T", bound="DbwOrdersNewResponseOrdersItem")


@_attrs_define
class DbwOrdersNewResponseOrdersItem:
    """
    Attributes:
        address (DbwOrdersNewResponseOrdersItemAddressType0 | None | Unset):
        sale_price (int | None | Unset):  Example: 504658.
        required_meta (list[str] | None | Unset):
        comment (str | Unset):
        options (DbwOrdersNewResponseOrdersItemOptions | Unset):
        order_uid (str | Unset):
        group_id (str | Unset):  Example: 7a2c8810-1db2-4011-9682-5c7fa33afd83.
        article (str | Unset):  Example: one-ring-7548.
        color_code (str | Unset):
        rid (str | Unset):  Example: f884001e44e511edb8780242ac120002.
        created_at (str | Unset):  Example: 2022-05-04T07:56:29Z.
        skus (list[str] | Unset):
        id (int | Unset):  Example: 13833711.
        warehouse_id (int | Unset):  Example: 658434.
        nm_id (int | Unset):  Example: 123456789.
        chrt_id (int | Unset):  Example: 987654321.
        price (int | Unset):  Example: 1014.
        converted_price (int | Unset):  Example: 1014.
        currency_code (int | Unset):  Example: 933.
        converted_currency_code (int | Unset):  Example: 643.
        cargo_type (int | Unset):
        is_zero_order (bool | Unset):  Example: False.
    """

    address: DbwOrdersNewResponseOrdersItemAddressType0 | None | Unset = UNSET
    sale_price: int | None | Unset = UNSET
    required_meta: list[str] | None | Unset = UNSET
    comment: str | Unset = UNSET
    options: DbwOrdersNewResponseOrdersItemOptions | Unset = UNSET
    order_uid: str | Unset = UNSET
    group_id: str | Unset = UNSET
    article: str | Unset = UNSET
    color_code: str | Unset = UNSET
    rid: str | Unset = UNSET
    created_at: str | Unset = UNSET
    skus: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    chrt_id: int | Unset = UNSET
    price: int | Unset = UNSET
    converted_price: int | Unset = UNSET
    currency_code: int | Unset = UNSET
    converted_currency_code: int | Unset = UNSET
    cargo_type: int | Unset = UNSET
    is_zero_order: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, DbwOrdersNewResponseOrdersItemAddressType0):
            address = self.address.to_dict()
        else:
            address = self.address

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

        comment = self.comment

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        order_uid = self.order_uid

        group_id = self.group_id

        article = self.article

        color_code = self.color_code

        rid = self.rid

        created_at = self.created_at

        skus: list[str] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = self.skus

        id = self.id

        warehouse_id = self.warehouse_id

        nm_id = self.nm_id

        chrt_id = self.chrt_id

        price = self.price

        converted_price = self.converted_price

        currency_code = self.currency_code

        converted_currency_code = self.converted_currency_code

        cargo_type = self.cargo_type

        is_zero_order = self.is_zero_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if sale_price is not UNSET:
            field_dict["salePrice"] = sale_price
        if required_meta is not UNSET:
            field_dict["requiredMeta"] = required_meta
        if comment is not UNSET:
            field_dict["comment"] = comment
        if options is not UNSET:
            field_dict["options"] = options
        if order_uid is not UNSET:
            field_dict["orderUid"] = order_uid
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if article is not UNSET:
            field_dict["article"] = article
        if color_code is not UNSET:
            field_dict["colorCode"] = color_code
        if rid is not UNSET:
            field_dict["rid"] = rid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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
        if converted_price is not UNSET:
            field_dict["convertedPrice"] = converted_price
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if converted_currency_code is not UNSET:
            field_dict["convertedCurrencyCode"] = converted_currency_code
        if cargo_type is not UNSET:
            field_dict["cargoType"] = cargo_type
        if is_zero_order is not UNSET:
            field_dict["isZeroOrder"] = is_zero_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_address(
            data: object,
        ) -> DbwOrdersNewResponseOrdersItemAddressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = DbwOrdersNewResponseOrdersItemAddressType0.from_dict(
                    data
                )

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DbwOrdersNewResponseOrdersItemAddressType0 | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

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

        comment = d.pop("comment", UNSET)

        _options = d.pop("options", UNSET)
        options: DbwOrdersNewResponseOrdersItemOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = DbwOrdersNewResponseOrdersItemOptions.from_dict(_options)

        order_uid = d.pop("orderUid", UNSET)

        group_id = d.pop("groupId", UNSET)

        article = d.pop("article", UNSET)

        color_code = d.pop("colorCode", UNSET)

        rid = d.pop("rid", UNSET)

        created_at = d.pop("createdAt", UNSET)

        skus = cast(list[str], d.pop("skus", UNSET))

        id = d.pop("id", UNSET)

        warehouse_id = d.pop("warehouseId", UNSET)

        nm_id = d.pop("nmId", UNSET)

        chrt_id = d.pop("chrtId", UNSET)

        price = d.pop("price", UNSET)

        converted_price = d.pop("convertedPrice", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        converted_currency_code = d.pop("convertedCurrencyCode", UNSET)

        cargo_type = d.pop("cargoType", UNSET)

        is_zero_order = d.pop("isZeroOrder", UNSET)

        dbw_orders_new_response_orders_item = cls(
            address=address,
            sale_price=sale_price,
            required_meta=required_meta,
            comment=comment,
            options=options,
            order_uid=order_uid,
            group_id=group_id,
            article=article,
            color_code=color_code,
            rid=rid,
            created_at=created_at,
            skus=skus,
            id=id,
            warehouse_id=warehouse_id,
            nm_id=nm_id,
            chrt_id=chrt_id,
            price=price,
            converted_price=converted_price,
            currency_code=currency_code,
            converted_currency_code=converted_currency_code,
            cargo_type=cargo_type,
            is_zero_order=is_zero_order,
        )

        dbw_orders_new_response_orders_item.additional_properties = d
        return dbw_orders_new_response_orders_item

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
from ..models.dbw_orders_new_response_orders_item_address_type_0 import DbwOrdersNewResponseOrdersItemAddressType0
from ..models.dbw_orders_new_response_orders_item_options import DbwOrdersNewResponseOrdersItemOptions
