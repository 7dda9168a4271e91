from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffsCommissionResponseReportItem")


@_attrs_define
class TariffsCommissionResponseReportItem:
    """
    Attributes:
        kgvp_booking (float | Unset):
        kgvp_marketplace (float | Unset):
        kgvp_pickup (float | Unset):
        kgvp_supplier (float | Unset):
        kgvp_supplier_express (float | Unset):
        paid_storage_kgvp (float | Unset):
        parent_id (int | Unset):
        parent_name (str | Unset):
        subject_id (int | Unset):
        subject_name (str | Unset):
        kgvp_china (float | Unset):
        kgvp_turkey (float | Unset):
        kgvp_marketplace_uz (float | Unset):
        kgvp_paid_storage_uz (float | Unset):
        kgvp_supplier_uz (float | Unset):
        kgvp_uae (float | Unset):
    """

    kgvp_booking: float | Unset = UNSET
    kgvp_marketplace: float | Unset = UNSET
    kgvp_pickup: float | Unset = UNSET
    kgvp_supplier: float | Unset = UNSET
    kgvp_supplier_express: float | Unset = UNSET
    paid_storage_kgvp: float | Unset = UNSET
    parent_id: int | Unset = UNSET
    parent_name: str | Unset = UNSET
    subject_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    kgvp_china: float | Unset = UNSET
    kgvp_turkey: float | Unset = UNSET
    kgvp_marketplace_uz: float | Unset = UNSET
    kgvp_paid_storage_uz: float | Unset = UNSET
    kgvp_supplier_uz: float | Unset = UNSET
    kgvp_uae: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kgvp_booking = self.kgvp_booking

        kgvp_marketplace = self.kgvp_marketplace

        kgvp_pickup = self.kgvp_pickup

        kgvp_supplier = self.kgvp_supplier

        kgvp_supplier_express = self.kgvp_supplier_express

        paid_storage_kgvp = self.paid_storage_kgvp

        parent_id = self.parent_id

        parent_name = self.parent_name

        subject_id = self.subject_id

        subject_name = self.subject_name

        kgvp_china = self.kgvp_china

        kgvp_turkey = self.kgvp_turkey

        kgvp_marketplace_uz = self.kgvp_marketplace_uz

        kgvp_paid_storage_uz = self.kgvp_paid_storage_uz

        kgvp_supplier_uz = self.kgvp_supplier_uz

        kgvp_uae = self.kgvp_uae

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kgvp_booking is not UNSET:
            field_dict["kgvpBooking"] = kgvp_booking
        if kgvp_marketplace is not UNSET:
            field_dict["kgvpMarketplace"] = kgvp_marketplace
        if kgvp_pickup is not UNSET:
            field_dict["kgvpPickup"] = kgvp_pickup
        if kgvp_supplier is not UNSET:
            field_dict["kgvpSupplier"] = kgvp_supplier
        if kgvp_supplier_express is not UNSET:
            field_dict["kgvpSupplierExpress"] = kgvp_supplier_express
        if paid_storage_kgvp is not UNSET:
            field_dict["paidStorageKgvp"] = paid_storage_kgvp
        if parent_id is not UNSET:
            field_dict["parentID"] = parent_id
        if parent_name is not UNSET:
            field_dict["parentName"] = parent_name
        if subject_id is not UNSET:
            field_dict["subjectID"] = subject_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if kgvp_china is not UNSET:
            field_dict["kgvpChina"] = kgvp_china
        if kgvp_turkey is not UNSET:
            field_dict["kgvpTurkey"] = kgvp_turkey
        if kgvp_marketplace_uz is not UNSET:
            field_dict["kgvpMarketplaceUz"] = kgvp_marketplace_uz
        if kgvp_paid_storage_uz is not UNSET:
            field_dict["kgvpPaidStorageUz"] = kgvp_paid_storage_uz
        if kgvp_supplier_uz is not UNSET:
            field_dict["kgvpSupplierUz"] = kgvp_supplier_uz
        if kgvp_uae is not UNSET:
            field_dict["kgvpUAE"] = kgvp_uae

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kgvp_booking = d.pop("kgvpBooking", UNSET)

        kgvp_marketplace = d.pop("kgvpMarketplace", UNSET)

        kgvp_pickup = d.pop("kgvpPickup", UNSET)

        kgvp_supplier = d.pop("kgvpSupplier", UNSET)

        kgvp_supplier_express = d.pop("kgvpSupplierExpress", UNSET)

        paid_storage_kgvp = d.pop("paidStorageKgvp", UNSET)

        parent_id = d.pop("parentID", UNSET)

        parent_name = d.pop("parentName", UNSET)

        subject_id = d.pop("subjectID", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        kgvp_china = d.pop("kgvpChina", UNSET)

        kgvp_turkey = d.pop("kgvpTurkey", UNSET)

        kgvp_marketplace_uz = d.pop("kgvpMarketplaceUz", UNSET)

        kgvp_paid_storage_uz = d.pop("kgvpPaidStorageUz", UNSET)

        kgvp_supplier_uz = d.pop("kgvpSupplierUz", UNSET)

        kgvp_uae = d.pop("kgvpUAE", UNSET)

        tariffs_commission_response_report_item = cls(
            kgvp_booking=kgvp_booking,
            kgvp_marketplace=kgvp_marketplace,
            kgvp_pickup=kgvp_pickup,
            kgvp_supplier=kgvp_supplier,
            kgvp_supplier_express=kgvp_supplier_express,
            paid_storage_kgvp=paid_storage_kgvp,
            parent_id=parent_id,
            parent_name=parent_name,
            subject_id=subject_id,
            subject_name=subject_name,
            kgvp_china=kgvp_china,
            kgvp_turkey=kgvp_turkey,
            kgvp_marketplace_uz=kgvp_marketplace_uz,
            kgvp_paid_storage_uz=kgvp_paid_storage_uz,
            kgvp_supplier_uz=kgvp_supplier_uz,
            kgvp_uae=kgvp_uae,
        )

        tariffs_commission_response_report_item.additional_properties = d
        return tariffs_commission_response_report_item

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
