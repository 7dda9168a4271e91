from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesReportsListItem")


@_attrs_define
class SalesReportsListItem:
    """
    Attributes:
        report_id (int | Unset):  Example: 307401554.
        seller_finance_name (str | Unset):
        date_from (str | Unset):  Example: 2026-03-16.
        date_to (str | Unset):  Example: 2026-03-22.
        create_date (str | Unset):  Example: 2026-03-23.
        currency (str | Unset):  Example: RUB.
        report_type (int | Unset):  Example: 1.
        retail_amount_sum (str | Unset):  Example: 258.
        for_pay_sum (str | Unset):  Example: 183.79.
        avg_sale_percent (float | Unset):  Example: 0.
        delivery_service_sum (str | Unset):  Example: 2558.47.
        paid_storage_sum (str | Unset):  Example: 626.84.
        paid_acceptance_sum (str | Unset):  Example: 243.81.
        deduction_sum (str | Unset):  Example: 150.
        penalty_sum (str | Unset):  Example: 1457.61.
        additional_payment_sum (str | Unset):  Example: 9509.71.
        cashback_amount_sum (str | Unset):  Example: 2.
        cashback_discount_sum (str | Unset):  Example: 19.
        cashback_commission_change_sum (str | Unset):  Example: 0.2.
        payment_schedule (str | Unset):  Example: -1.
        bank_payment_sum (str | Unset):  Example: 5172.94.
    """

    report_id: int | Unset = UNSET
    seller_finance_name: str | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    create_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    report_type: int | Unset = UNSET
    retail_amount_sum: str | Unset = UNSET
    for_pay_sum: str | Unset = UNSET
    avg_sale_percent: float | Unset = UNSET
    delivery_service_sum: str | Unset = UNSET
    paid_storage_sum: str | Unset = UNSET
    paid_acceptance_sum: str | Unset = UNSET
    deduction_sum: str | Unset = UNSET
    penalty_sum: str | Unset = UNSET
    additional_payment_sum: str | Unset = UNSET
    cashback_amount_sum: str | Unset = UNSET
    cashback_discount_sum: str | Unset = UNSET
    cashback_commission_change_sum: str | Unset = UNSET
    payment_schedule: str | Unset = UNSET
    bank_payment_sum: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        seller_finance_name = self.seller_finance_name

        date_from = self.date_from

        date_to = self.date_to

        create_date = self.create_date

        currency = self.currency

        report_type = self.report_type

        retail_amount_sum = self.retail_amount_sum

        for_pay_sum = self.for_pay_sum

        avg_sale_percent = self.avg_sale_percent

        delivery_service_sum = self.delivery_service_sum

        paid_storage_sum = self.paid_storage_sum

        paid_acceptance_sum = self.paid_acceptance_sum

        deduction_sum = self.deduction_sum

        penalty_sum = self.penalty_sum

        additional_payment_sum = self.additional_payment_sum

        cashback_amount_sum = self.cashback_amount_sum

        cashback_discount_sum = self.cashback_discount_sum

        cashback_commission_change_sum = self.cashback_commission_change_sum

        payment_schedule = self.payment_schedule

        bank_payment_sum = self.bank_payment_sum

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
        if report_type is not UNSET:
            field_dict["reportType"] = report_type
        if retail_amount_sum is not UNSET:
            field_dict["retailAmountSum"] = retail_amount_sum
        if for_pay_sum is not UNSET:
            field_dict["forPaySum"] = for_pay_sum
        if avg_sale_percent is not UNSET:
            field_dict["avgSalePercent"] = avg_sale_percent
        if delivery_service_sum is not UNSET:
            field_dict["deliveryServiceSum"] = delivery_service_sum
        if paid_storage_sum is not UNSET:
            field_dict["paidStorageSum"] = paid_storage_sum
        if paid_acceptance_sum is not UNSET:
            field_dict["paidAcceptanceSum"] = paid_acceptance_sum
        if deduction_sum is not UNSET:
            field_dict["deductionSum"] = deduction_sum
        if penalty_sum is not UNSET:
            field_dict["penaltySum"] = penalty_sum
        if additional_payment_sum is not UNSET:
            field_dict["additionalPaymentSum"] = additional_payment_sum
        if cashback_amount_sum is not UNSET:
            field_dict["cashbackAmountSum"] = cashback_amount_sum
        if cashback_discount_sum is not UNSET:
            field_dict["cashbackDiscountSum"] = cashback_discount_sum
        if cashback_commission_change_sum is not UNSET:
            field_dict["cashbackCommissionChangeSum"] = cashback_commission_change_sum
        if payment_schedule is not UNSET:
            field_dict["paymentSchedule"] = payment_schedule
        if bank_payment_sum is not UNSET:
            field_dict["bankPaymentSum"] = bank_payment_sum

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

        report_type = d.pop("reportType", UNSET)

        retail_amount_sum = d.pop("retailAmountSum", UNSET)

        for_pay_sum = d.pop("forPaySum", UNSET)

        avg_sale_percent = d.pop("avgSalePercent", UNSET)

        delivery_service_sum = d.pop("deliveryServiceSum", UNSET)

        paid_storage_sum = d.pop("paidStorageSum", UNSET)

        paid_acceptance_sum = d.pop("paidAcceptanceSum", UNSET)

        deduction_sum = d.pop("deductionSum", UNSET)

        penalty_sum = d.pop("penaltySum", UNSET)

        additional_payment_sum = d.pop("additionalPaymentSum", UNSET)

        cashback_amount_sum = d.pop("cashbackAmountSum", UNSET)

        cashback_discount_sum = d.pop("cashbackDiscountSum", UNSET)

        cashback_commission_change_sum = d.pop("cashbackCommissionChangeSum", UNSET)

        payment_schedule = d.pop("paymentSchedule", UNSET)

        bank_payment_sum = d.pop("bankPaymentSum", UNSET)

        sales_reports_list_item = cls(
            report_id=report_id,
            seller_finance_name=seller_finance_name,
            date_from=date_from,
            date_to=date_to,
            create_date=create_date,
            currency=currency,
            report_type=report_type,
            retail_amount_sum=retail_amount_sum,
            for_pay_sum=for_pay_sum,
            avg_sale_percent=avg_sale_percent,
            delivery_service_sum=delivery_service_sum,
            paid_storage_sum=paid_storage_sum,
            paid_acceptance_sum=paid_acceptance_sum,
            deduction_sum=deduction_sum,
            penalty_sum=penalty_sum,
            additional_payment_sum=additional_payment_sum,
            cashback_amount_sum=cashback_amount_sum,
            cashback_discount_sum=cashback_discount_sum,
            cashback_commission_change_sum=cashback_commission_change_sum,
            payment_schedule=payment_schedule,
            bank_payment_sum=bank_payment_sum,
        )

        sales_reports_list_item.additional_properties = d
        return sales_reports_list_item

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
