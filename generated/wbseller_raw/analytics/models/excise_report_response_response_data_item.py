from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExciseReportResponseResponseDataItem")


@_attrs_define
class ExciseReportResponseResponseDataItem:
    """
    Attributes:
        name (str | Unset):
        price (float | Unset):  Example: 100.
        currency_name_short (str | Unset):
        excise_short (str | Unset):  Example: 0102900254680370215_Re/=lSbNiGD.
        barcode (str | Unset):  Example: 2038893425820.
        nm_id (int | Unset):  Example: 169085355.
        operation_type_id (int | Unset):  Example: 1.
        fiscal_doc_number (int | Unset):  Example: 12345678.
        fiscal_dt (str | Unset):  Example: 2024-01-01.
        fiscal_drive_number (str | Unset):
        rid (int | Unset):  Example: 606217433440.
        srid (str | Unset):  Example: 7513432034713632943.1.0.
    """

    name: str | Unset = UNSET
    price: float | Unset = UNSET
    currency_name_short: str | Unset = UNSET
    excise_short: str | Unset = UNSET
    barcode: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    operation_type_id: int | Unset = UNSET
    fiscal_doc_number: int | Unset = UNSET
    fiscal_dt: str | Unset = UNSET
    fiscal_drive_number: str | Unset = UNSET
    rid: int | Unset = UNSET
    srid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        currency_name_short = self.currency_name_short

        excise_short = self.excise_short

        barcode = self.barcode

        nm_id = self.nm_id

        operation_type_id = self.operation_type_id

        fiscal_doc_number = self.fiscal_doc_number

        fiscal_dt = self.fiscal_dt

        fiscal_drive_number = self.fiscal_drive_number

        rid = self.rid

        srid = self.srid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if currency_name_short is not UNSET:
            field_dict["currency_name_short"] = currency_name_short
        if excise_short is not UNSET:
            field_dict["excise_short"] = excise_short
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id
        if operation_type_id is not UNSET:
            field_dict["operation_type_id"] = operation_type_id
        if fiscal_doc_number is not UNSET:
            field_dict["fiscal_doc_number"] = fiscal_doc_number
        if fiscal_dt is not UNSET:
            field_dict["fiscal_dt"] = fiscal_dt
        if fiscal_drive_number is not UNSET:
            field_dict["fiscal_drive_number"] = fiscal_drive_number
        if rid is not UNSET:
            field_dict["rid"] = rid
        if srid is not UNSET:
            field_dict["srid"] = srid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        price = d.pop("price", UNSET)

        currency_name_short = d.pop("currency_name_short", UNSET)

        excise_short = d.pop("excise_short", UNSET)

        barcode = d.pop("barcode", UNSET)

        nm_id = d.pop("nm_id", UNSET)

        operation_type_id = d.pop("operation_type_id", UNSET)

        fiscal_doc_number = d.pop("fiscal_doc_number", UNSET)

        fiscal_dt = d.pop("fiscal_dt", UNSET)

        fiscal_drive_number = d.pop("fiscal_drive_number", UNSET)

        rid = d.pop("rid", UNSET)

        srid = d.pop("srid", UNSET)

        excise_report_response_response_data_item = cls(
            name=name,
            price=price,
            currency_name_short=currency_name_short,
            excise_short=excise_short,
            barcode=barcode,
            nm_id=nm_id,
            operation_type_id=operation_type_id,
            fiscal_doc_number=fiscal_doc_number,
            fiscal_dt=fiscal_dt,
            fiscal_drive_number=fiscal_drive_number,
            rid=rid,
            srid=srid,
        )

        excise_report_response_response_data_item.additional_properties = d
        return excise_report_response_response_data_item

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
