from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcquiringReportsListItem")


@_attrs_define
class AcquiringReportsListItem:
    """
    Attributes:
        report_id (int | Unset):  Example: 307401554.
        seller_finance_name (str | Unset):
        date_from (str | Unset):  Example: 2026-03-16.
        date_to (str | Unset):  Example: 2026-03-22.
        create_date (str | Unset):  Example: 2026-03-31.
        currency (str | Unset):  Example: RUB.
        acquiring_fee_sum (str | Unset):  Example: 258.
        acquiring_fee_vat_sum (str | Unset):  Example: 83.79.
    """

    report_id: int | Unset = UNSET
    seller_finance_name: str | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    create_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    acquiring_fee_sum: str | Unset = UNSET
    acquiring_fee_vat_sum: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        seller_finance_name = self.seller_finance_name

        date_from = self.date_from

        date_to = self.date_to

        create_date = self.create_date

        currency = self.currency

        acquiring_fee_sum = self.acquiring_fee_sum

        acquiring_fee_vat_sum = self.acquiring_fee_vat_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_id is not UNSET:
            field_dict["reportId"] = report_id
        if seller_finance_name is not UNSET:
            field_dict["sellerFinanceName"] = seller_finance_name
        if date_from is not UNSET:
            field_dict["dateFrom"] = date_from
        if date_to is not UNSET:
            field_dict["dateTo"] = date_to
        if create_date is not UNSET:
            field_dict["createDate"] = create_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if acquiring_fee_sum is not UNSET:
            field_dict["acquiringFeeSum"] = acquiring_fee_sum
        if acquiring_fee_vat_sum is not UNSET:
            field_dict["acquiringFeeVatSum"] = acquiring_fee_vat_sum

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        report_id = d.pop("reportId", UNSET)

        seller_finance_name = d.pop("sellerFinanceName", UNSET)

        date_from = d.pop("dateFrom", UNSET)

        date_to = d.pop("dateTo", UNSET)

        create_date = d.pop("createDate", UNSET)

        currency = d.pop("currency", UNSET)

        acquiring_fee_sum = d.pop("acquiringFeeSum", UNSET)

        acquiring_fee_vat_sum = d.pop("acquiringFeeVatSum", UNSET)

        acquiring_reports_list_item = cls(
            report_id=report_id,
            seller_finance_name=seller_finance_name,
            date_from=date_from,
            date_to=date_to,
            create_date=create_date,
            currency=currency,
            acquiring_fee_sum=acquiring_fee_sum,
            acquiring_fee_vat_sum=acquiring_fee_vat_sum,
        )

        acquiring_reports_list_item.additional_properties = d
        return acquiring_reports_list_item

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
