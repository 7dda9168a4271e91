from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcquiringReportDetailedItem")


@_attrs_define
class AcquiringReportDetailedItem:
    """
    Attributes:
        rrd_id (int | Unset):  Example: 1232610467.
        report_id (int | Unset):  Example: 1234567.
        acq_date (str | Unset):  Example: 2026-03-21.
        acquiring_bank (str | Unset):
        tin (str | Unset):  Example: 010101010101.
        tax_registration_reason_code (str | Unset):  Example: 7701123301.
        sale_date (str | Unset):  Example: 2026-03-21.
        srid (str | Unset):  Example: D0.r3f80c3eec6f845c6840128b4c19986f9.0.0.
        doc_type_name (str | Unset):
        nm_id (int | Unset):  Example: 1234567.
        retail_amount (str | Unset):  Example: 367.
        acquiring_fee (str | Unset):  Example: 14.89.
        acquiring_fee_vat (str | Unset):  Example: 4.06.
        invoice_number (str | Unset):
        invoice_date (str | Unset):  Example: 2026-03-20.
        shk_id (int | Unset):  Example: 1239159661.
        currency (str | Unset):  Example: RUB.
    """

    rrd_id: int | Unset = UNSET
    report_id: int | Unset = UNSET
    acq_date: str | Unset = UNSET
    acquiring_bank: str | Unset = UNSET
    tin: str | Unset = UNSET
    tax_registration_reason_code: str | Unset = UNSET
    sale_date: str | Unset = UNSET
    srid: str | Unset = UNSET
    doc_type_name: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    retail_amount: str | Unset = UNSET
    acquiring_fee: str | Unset = UNSET
    acquiring_fee_vat: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    shk_id: int | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rrd_id = self.rrd_id

        report_id = self.report_id

        acq_date = self.acq_date

        acquiring_bank = self.acquiring_bank

        tin = self.tin

        tax_registration_reason_code = self.tax_registration_reason_code

        sale_date = self.sale_date

        srid = self.srid

        doc_type_name = self.doc_type_name

        nm_id = self.nm_id

        retail_amount = self.retail_amount

        acquiring_fee = self.acquiring_fee

        acquiring_fee_vat = self.acquiring_fee_vat

        invoice_number = self.invoice_number

        invoice_date = self.invoice_date

        shk_id = self.shk_id

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rrd_id is not UNSET:
            field_dict["rrdId"] = rrd_id
        if report_id is not UNSET:
            field_dict["reportId"] = report_id
        if acq_date is not UNSET:
            field_dict["acqDate"] = acq_date
        if acquiring_bank is not UNSET:
            field_dict["acquiringBank"] = acquiring_bank
        if tin is not UNSET:
            field_dict["tin"] = tin
        if tax_registration_reason_code is not UNSET:
            field_dict["taxRegistrationReasonCode"] = tax_registration_reason_code
        if sale_date is not UNSET:
            field_dict["saleDate"] = sale_date
        if srid is not UNSET:
            field_dict["srid"] = srid
        if doc_type_name is not UNSET:
            field_dict["docTypeName"] = doc_type_name
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if retail_amount is not UNSET:
            field_dict["retailAmount"] = retail_amount
        if acquiring_fee is not UNSET:
            field_dict["acquiringFee"] = acquiring_fee
        if acquiring_fee_vat is not UNSET:
            field_dict["acquiringFeeVat"] = acquiring_fee_vat
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if shk_id is not UNSET:
            field_dict["shkId"] = shk_id
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rrd_id = d.pop("rrdId", UNSET)

        report_id = d.pop("reportId", UNSET)

        acq_date = d.pop("acqDate", UNSET)

        acquiring_bank = d.pop("acquiringBank", UNSET)

        tin = d.pop("tin", UNSET)

        tax_registration_reason_code = d.pop("taxRegistrationReasonCode", UNSET)

        sale_date = d.pop("saleDate", UNSET)

        srid = d.pop("srid", UNSET)

        doc_type_name = d.pop("docTypeName", UNSET)

        nm_id = d.pop("nmId", UNSET)

        retail_amount = d.pop("retailAmount", UNSET)

        acquiring_fee = d.pop("acquiringFee", UNSET)

        acquiring_fee_vat = d.pop("acquiringFeeVat", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        invoice_date = d.pop("invoiceDate", UNSET)

        shk_id = d.pop("shkId", UNSET)

        currency = d.pop("currency", UNSET)

        acquiring_report_detailed_item = cls(
            rrd_id=rrd_id,
            report_id=report_id,
            acq_date=acq_date,
            acquiring_bank=acquiring_bank,
            tin=tin,
            tax_registration_reason_code=tax_registration_reason_code,
            sale_date=sale_date,
            srid=srid,
            doc_type_name=doc_type_name,
            nm_id=nm_id,
            retail_amount=retail_amount,
            acquiring_fee=acquiring_fee,
            acquiring_fee_vat=acquiring_fee_vat,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            shk_id=shk_id,
            currency=currency,
        )

        acquiring_report_detailed_item.additional_properties = d
        return acquiring_report_detailed_item

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
