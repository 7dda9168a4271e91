from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fbs_orders_new_response_orders_item_address_type_0 import (
        FbsOrdersNewResponseOrdersItemAddressType0,
    )
    from ..models.fbs_orders_new_response_orders_item_options import (
        FbsOrdersNewResponseOrdersItemOptions,
    )


T = TypeVar("T", bound="FbsOrdersNewResponseOrdersItem")


@_attrs_define
class FbsOrdersNewResponseOrdersItem:
    """
    Attributes:
        address (FbsOrdersNewResponseOrdersItemAddressType0 | None | Unset):
        ddate (str | Unset):  Example: 17.05.2024.
        seller_date (None | str | Unset):  Example: 02.06.2025.
        sale_price (int | None | Unset):  Example: 504600.
        required_meta (list[str] | None | Unset):
        optional_meta (list[str] | None | Unset):
        delivery_type (str | Unset):
        comment (str | Unset):
        scan_price (float | None | Unset):
        order_uid (str | Unset):
        article (str | Unset):  Example: one-ring-7548.
        color_code (str | Unset):
        rid (str | Unset):  Example: f884001e44e511edb8780242ac120002.
        created_at (str | Unset):  Example: 2022-05-04T07:56:29Z.
        offices (list[str] | None | Unset):
        skus (list[str] | Unset):
        id (int | Unset):  Example: 13833711.
        warehouse_id (int | Unset):  Example: 658434.
        office_id (int | Unset):  Example: 123.
        nm_id (int | Unset):  Example: 123456789.
        chrt_id (int | Unset):  Example: 987654321.
        price (int | Unset):  Example: 1014.
        final_price (int | Unset):  Example: 1014.
        converted_price (int | Unset):  Example: 28322.
        converted_final_price (int | Unset):  Example: 1014.
        currency_code (int | Unset):  Example: 933.
        converted_currency_code (int | Unset):  Example: 643.
        cargo_type (int | Unset):
        cross_border_type (int | Unset):  Example: 1.
        is_zero_order (bool | Unset):  Example: False.
        is_pickup_point_shipment_allowed (bool | Unset):  Example: True.
        options (FbsOrdersNewResponseOrdersItemOptions | Unset):
    """

    address: FbsOrdersNewResponseOrdersItemAddressType0 | None | Unset = UNSET
    ddate: str | Unset = UNSET
    seller_date: None | str | Unset = UNSET
    sale_price: int | None | Unset = UNSET
    required_meta: list[str] | None | Unset = UNSET
    optional_meta: list[str] | None | Unset = UNSET
    delivery_type: str | Unset = UNSET
    comment: str | Unset = UNSET
    scan_price: float | None | Unset = UNSET
    order_uid: str | Unset = UNSET
    article: str | Unset = UNSET
    color_code: str | Unset = UNSET
    rid: str | Unset = UNSET
    created_at: str | Unset = UNSET
    offices: list[str] | None | Unset = UNSET
    skus: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    office_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    chrt_id: int | Unset = UNSET
    price: int | Unset = UNSET
    final_price: int | Unset = UNSET
    converted_price: int | Unset = UNSET
    converted_final_price: int | Unset = UNSET
    currency_code: int | Unset = UNSET
    converted_currency_code: int | Unset = UNSET
    cargo_type: int | Unset = UNSET
    cross_border_type: int | Unset = UNSET
    is_zero_order: bool | Unset = UNSET
    is_pickup_point_shipment_allowed: bool | Unset = UNSET
    options: FbsOrdersNewResponseOrdersItemOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, FbsOrdersNewResponseOrdersItemAddressType0):
            address = self.address.to_dict()
        else:
            address = self.address

        ddate = self.ddate

        seller_date: None | str | Unset
        if isinstance(self.seller_date, Unset):
            seller_date = UNSET
        else:
            seller_date = self.seller_date

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

        optional_meta: list[str] | None | Unset
        if isinstance(self.optional_meta, Unset):
            optional_meta = UNSET
        elif isinstance(self.optional_meta, list):
            optional_meta = self.optional_meta

        else:
            optional_meta = self.optional_meta

        delivery_type = self.delivery_type

        comment = self.comment

        scan_price: float | None | Unset
        if isinstance(self.scan_price, Unset):
            scan_price = UNSET
        else:
            scan_price = self.scan_price

        order_uid = self.order_uid

        article = self.article

        color_code = self.color_code

        rid = self.rid

        created_at = self.created_at

        offices: list[str] | None | Unset
        if isinstance(self.offices, Unset):
            offices = UNSET
        elif isinstance(self.offices, list):
            offices = self.offices

        else:
            offices = self.offices

        skus: list[str] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = self.skus

        id = self.id

        warehouse_id = self.warehouse_id

        office_id = self.office_id

        nm_id = self.nm_id

        chrt_id = self.chrt_id

        price = self.price

        final_price = self.final_price

        converted_price = self.converted_price

        converted_final_price = self.converted_final_price

        currency_code = self.currency_code

        converted_currency_code = self.converted_currency_code

        cargo_type = self.cargo_type

        cross_border_type = self.cross_border_type

        is_zero_order = self.is_zero_order

        is_pickup_point_shipment_allowed = self.is_pickup_point_shipment_allowed

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if ddate is not UNSET:
            field_dict["ddate"] = ddate
        if seller_date is not UNSET:
            field_dict["sellerDate"] = seller_date
        if sale_price is not UNSET:
            field_dict["salePrice"] = sale_price
        if required_meta is not UNSET:
            field_dict["requiredMeta"] = required_meta
        if optional_meta is not UNSET:
            field_dict["optionalMeta"] = optional_meta
        if delivery_type is not UNSET:
            field_dict["deliveryType"] = delivery_type
        if comment is not UNSET:
            field_dict["comment"] = comment
        if scan_price is not UNSET:
            field_dict["scanPrice"] = scan_price
        if order_uid is not UNSET:
            field_dict["orderUid"] = order_uid
        if article is not UNSET:
            field_dict["article"] = article
        if color_code is not UNSET:
            field_dict["colorCode"] = color_code
        if rid is not UNSET:
            field_dict["rid"] = rid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if offices is not UNSET:
            field_dict["offices"] = offices
        if skus is not UNSET:
            field_dict["skus"] = skus
        if id is not UNSET:
            field_dict["id"] = id
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id
        if office_id is not UNSET:
            field_dict["officeId"] = office_id
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
        if cross_border_type is not UNSET:
            field_dict["crossBorderType"] = cross_border_type
        if is_zero_order is not UNSET:
            field_dict["isZeroOrder"] = is_zero_order
        if is_pickup_point_shipment_allowed is not UNSET:
            field_dict["isPickupPointShipmentAllowed"] = (
                is_pickup_point_shipment_allowed
            )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_address(
            data: object,
        ) -> FbsOrdersNewResponseOrdersItemAddressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = FbsOrdersNewResponseOrdersItemAddressType0.from_dict(
                    data
                )

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FbsOrdersNewResponseOrdersItemAddressType0 | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        ddate = d.pop("ddate", UNSET)

        def _parse_seller_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seller_date = _parse_seller_date(d.pop("sellerDate", UNSET))

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

        def _parse_optional_meta(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                optional_meta_type_0 = cast(list[str], data)

                return optional_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        optional_meta = _parse_optional_meta(d.pop("optionalMeta", UNSET))

        delivery_type = d.pop("deliveryType", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_scan_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        scan_price = _parse_scan_price(d.pop("scanPrice", UNSET))

        order_uid = d.pop("orderUid", UNSET)

        article = d.pop("article", UNSET)

        color_code = d.pop("colorCode", UNSET)

        rid = d.pop("rid", UNSET)

        created_at = d.pop("createdAt", UNSET)

        def _parse_offices(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                offices_type_0 = cast(list[str], data)

                return offices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        offices = _parse_offices(d.pop("offices", UNSET))

        skus = cast(list[str], d.pop("skus", UNSET))

        id = d.pop("id", UNSET)

        warehouse_id = d.pop("warehouseId", UNSET)

        office_id = d.pop("officeId", UNSET)

        nm_id = d.pop("nmId", UNSET)

        chrt_id = d.pop("chrtId", UNSET)

        price = d.pop("price", UNSET)

        final_price = d.pop("finalPrice", UNSET)

        converted_price = d.pop("convertedPrice", UNSET)

        converted_final_price = d.pop("convertedFinalPrice", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        converted_currency_code = d.pop("convertedCurrencyCode", UNSET)

        cargo_type = d.pop("cargoType", UNSET)

        cross_border_type = d.pop("crossBorderType", UNSET)

        is_zero_order = d.pop("isZeroOrder", UNSET)

        is_pickup_point_shipment_allowed = d.pop("isPickupPointShipmentAllowed", UNSET)

        _options = d.pop("options", UNSET)
        options: FbsOrdersNewResponseOrdersItemOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = FbsOrdersNewResponseOrdersItemOptions.from_dict(_options)

        fbs_orders_new_response_orders_item = cls(
            address=address,
            ddate=ddate,
            seller_date=seller_date,
            sale_price=sale_price,
            required_meta=required_meta,
            optional_meta=optional_meta,
            delivery_type=delivery_type,
            comment=comment,
            scan_price=scan_price,
            order_uid=order_uid,
            article=article,
            color_code=color_code,
            rid=rid,
            created_at=created_at,
            offices=offices,
            skus=skus,
            id=id,
            warehouse_id=warehouse_id,
            office_id=office_id,
            nm_id=nm_id,
            chrt_id=chrt_id,
            price=price,
            final_price=final_price,
            converted_price=converted_price,
            converted_final_price=converted_final_price,
            currency_code=currency_code,
            converted_currency_code=converted_currency_code,
            cargo_type=cargo_type,
            cross_border_type=cross_border_type,
            is_zero_order=is_zero_order,
            is_pickup_point_shipment_allowed=is_pickup_point_shipment_allowed,
            options=options,
        )

        fbs_orders_new_response_orders_item.additional_properties = d
        return fbs_orders_new_response_orders_item

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
from ..models.fbs_orders_new_response_orders_item_address_type_0 import FbsOrdersNewResponseOrdersItemAddressType0
from ..models.fbs_orders_new_response_orders_item_options import FbsOrdersNewResponseOrdersItemOptions
