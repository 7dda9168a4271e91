from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierOrdersItem")


@_attrs_define
class SupplierOrdersItem:
    """
    Attributes:
        date (str | Unset):
        last_change_date (str | Unset):
        warehouse_name (str | Unset):
        warehouse_type (str | Unset):
        country_name (str | Unset):
        oblast_okrug_name (str | Unset):
        region_name (str | Unset):
        supplier_article (str | Unset):
        nm_id (int | Unset):
        barcode (str | Unset):
        category (str | Unset):
        subject (str | Unset):
        brand (str | Unset):
        tech_size (str | Unset):
        income_id (int | Unset):
        is_supply (bool | Unset):
        is_realization (bool | Unset):
        total_price (float | Unset):
        discount_percent (int | Unset):
        spp (float | Unset):
        finished_price (float | Unset):
        price_with_disc (float | Unset):
        is_cancel (bool | Unset):
        cancel_date (str | Unset):
        sticker (str | Unset):
        g_number (str | Unset):
        srid (str | Unset):
    """

    date: str | Unset = UNSET
    last_change_date: str | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    warehouse_type: str | Unset = UNSET
    country_name: str | Unset = UNSET
    oblast_okrug_name: str | Unset = UNSET
    region_name: str | Unset = UNSET
    supplier_article: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    barcode: str | Unset = UNSET
    category: str | Unset = UNSET
    subject: str | Unset = UNSET
    brand: str | Unset = UNSET
    tech_size: str | Unset = UNSET
    income_id: int | Unset = UNSET
    is_supply: bool | Unset = UNSET
    is_realization: bool | Unset = UNSET
    total_price: float | Unset = UNSET
    discount_percent: int | Unset = UNSET
    spp: float | Unset = UNSET
    finished_price: float | Unset = UNSET
    price_with_disc: float | Unset = UNSET
    is_cancel: bool | Unset = UNSET
    cancel_date: str | Unset = UNSET
    sticker: str | Unset = UNSET
    g_number: str | Unset = UNSET
    srid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        last_change_date = self.last_change_date

        warehouse_name = self.warehouse_name

        warehouse_type = self.warehouse_type

        country_name = self.country_name

        oblast_okrug_name = self.oblast_okrug_name

        region_name = self.region_name

        supplier_article = self.supplier_article

        nm_id = self.nm_id

        barcode = self.barcode

        category = self.category

        subject = self.subject

        brand = self.brand

        tech_size = self.tech_size

        income_id = self.income_id

        is_supply = self.is_supply

        is_realization = self.is_realization

        total_price = self.total_price

        discount_percent = self.discount_percent

        spp = self.spp

        finished_price = self.finished_price

        price_with_disc = self.price_with_disc

        is_cancel = self.is_cancel

        cancel_date = self.cancel_date

        sticker = self.sticker

        g_number = self.g_number

        srid = self.srid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if last_change_date is not UNSET:
            field_dict["lastChangeDate"] = last_change_date
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name
        if warehouse_type is not UNSET:
            field_dict["warehouseType"] = warehouse_type
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if oblast_okrug_name is not UNSET:
            field_dict["oblastOkrugName"] = oblast_okrug_name
        if region_name is not UNSET:
            field_dict["regionName"] = region_name
        if supplier_article is not UNSET:
            field_dict["supplierArticle"] = supplier_article
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if category is not UNSET:
            field_dict["category"] = category
        if subject is not UNSET:
            field_dict["subject"] = subject
        if brand is not UNSET:
            field_dict["brand"] = brand
        if tech_size is not UNSET:
            field_dict["techSize"] = tech_size
        if income_id is not UNSET:
            field_dict["incomeID"] = income_id
        if is_supply is not UNSET:
            field_dict["isSupply"] = is_supply
        if is_realization is not UNSET:
            field_dict["isRealization"] = is_realization
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if spp is not UNSET:
            field_dict["spp"] = spp
        if finished_price is not UNSET:
            field_dict["finishedPrice"] = finished_price
        if price_with_disc is not UNSET:
            field_dict["priceWithDisc"] = price_with_disc
        if is_cancel is not UNSET:
            field_dict["isCancel"] = is_cancel
        if cancel_date is not UNSET:
            field_dict["cancelDate"] = cancel_date
        if sticker is not UNSET:
            field_dict["sticker"] = sticker
        if g_number is not UNSET:
            field_dict["gNumber"] = g_number
        if srid is not UNSET:
            field_dict["srid"] = srid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        last_change_date = d.pop("lastChangeDate", UNSET)

        warehouse_name = d.pop("warehouseName", UNSET)

        warehouse_type = d.pop("warehouseType", UNSET)

        country_name = d.pop("countryName", UNSET)

        oblast_okrug_name = d.pop("oblastOkrugName", UNSET)

        region_name = d.pop("regionName", UNSET)

        supplier_article = d.pop("supplierArticle", UNSET)

        nm_id = d.pop("nmId", UNSET)

        barcode = d.pop("barcode", UNSET)

        category = d.pop("category", UNSET)

        subject = d.pop("subject", UNSET)

        brand = d.pop("brand", UNSET)

        tech_size = d.pop("techSize", UNSET)

        income_id = d.pop("incomeID", UNSET)

        is_supply = d.pop("isSupply", UNSET)

        is_realization = d.pop("isRealization", UNSET)

        total_price = d.pop("totalPrice", UNSET)

        discount_percent = d.pop("discountPercent", UNSET)

        spp = d.pop("spp", UNSET)

        finished_price = d.pop("finishedPrice", UNSET)

        price_with_disc = d.pop("priceWithDisc", UNSET)

        is_cancel = d.pop("isCancel", UNSET)

        cancel_date = d.pop("cancelDate", UNSET)

        sticker = d.pop("sticker", UNSET)

        g_number = d.pop("gNumber", UNSET)

        srid = d.pop("srid", UNSET)

        supplier_orders_item = cls(
            date=date,
            last_change_date=last_change_date,
            warehouse_name=warehouse_name,
            warehouse_type=warehouse_type,
            country_name=country_name,
            oblast_okrug_name=oblast_okrug_name,
            region_name=region_name,
            supplier_article=supplier_article,
            nm_id=nm_id,
            barcode=barcode,
            category=category,
            subject=subject,
            brand=brand,
            tech_size=tech_size,
            income_id=income_id,
            is_supply=is_supply,
            is_realization=is_realization,
            total_price=total_price,
            discount_percent=discount_percent,
            spp=spp,
            finished_price=finished_price,
            price_with_disc=price_with_disc,
            is_cancel=is_cancel,
            cancel_date=cancel_date,
            sticker=sticker,
            g_number=g_number,
            srid=srid,
        )

        supplier_orders_item.additional_properties = d
        return supplier_orders_item

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
