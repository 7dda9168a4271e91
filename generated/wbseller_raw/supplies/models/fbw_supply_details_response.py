from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbwSupplyDetailsResponse")


@_attrs_define
class FbwSupplyDetailsResponse:
    """
    Attributes:
        phone (str | Unset):
        status_id (int | Unset):
        virtual_type_id (int | Unset):
        box_type_id (int | Unset):
        create_date (str | Unset):
        supply_date (None | str | Unset):
        fact_date (None | str | Unset):
        updated_date (None | str | Unset):
        warehouse_id (int | Unset):
        warehouse_name (str | Unset):
        actual_warehouse_id (int | None | Unset):
        actual_warehouse_name (str | Unset):
        transit_warehouse_id (int | None | Unset):
        transit_warehouse_name (str | Unset):
        acceptance_cost (float | None | Unset):
        paid_acceptance_coefficient (float | None | Unset):
        reject_reason (None | str | Unset):
        supplier_assign_name (None | str | Unset):
        storage_coef (None | str | Unset):
        delivery_coef (None | str | Unset):
        quantity (int | Unset):
        ready_for_sale_quantity (int | Unset):
        accepted_quantity (int | Unset):
        unloading_quantity (int | Unset):
        depersonalized_quantity (int | None | Unset):
        is_box_on_pallet (bool | Unset):
    """

    phone: str | Unset = UNSET
    status_id: int | Unset = UNSET
    virtual_type_id: int | Unset = UNSET
    box_type_id: int | Unset = UNSET
    create_date: str | Unset = UNSET
    supply_date: None | str | Unset = UNSET
    fact_date: None | str | Unset = UNSET
    updated_date: None | str | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    actual_warehouse_id: int | None | Unset = UNSET
    actual_warehouse_name: str | Unset = UNSET
    transit_warehouse_id: int | None | Unset = UNSET
    transit_warehouse_name: str | Unset = UNSET
    acceptance_cost: float | None | Unset = UNSET
    paid_acceptance_coefficient: float | None | Unset = UNSET
    reject_reason: None | str | Unset = UNSET
    supplier_assign_name: None | str | Unset = UNSET
    storage_coef: None | str | Unset = UNSET
    delivery_coef: None | str | Unset = UNSET
    quantity: int | Unset = UNSET
    ready_for_sale_quantity: int | Unset = UNSET
    accepted_quantity: int | Unset = UNSET
    unloading_quantity: int | Unset = UNSET
    depersonalized_quantity: int | None | Unset = UNSET
    is_box_on_pallet: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        status_id = self.status_id

        virtual_type_id = self.virtual_type_id

        box_type_id = self.box_type_id

        create_date = self.create_date

        supply_date: None | str | Unset
        if isinstance(self.supply_date, Unset):
            supply_date = UNSET
        else:
            supply_date = self.supply_date

        fact_date: None | str | Unset
        if isinstance(self.fact_date, Unset):
            fact_date = UNSET
        else:
            fact_date = self.fact_date

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = self.updated_date

        warehouse_id = self.warehouse_id

        warehouse_name = self.warehouse_name

        actual_warehouse_id: int | None | Unset
        if isinstance(self.actual_warehouse_id, Unset):
            actual_warehouse_id = UNSET
        else:
            actual_warehouse_id = self.actual_warehouse_id

        actual_warehouse_name = self.actual_warehouse_name

        transit_warehouse_id: int | None | Unset
        if isinstance(self.transit_warehouse_id, Unset):
            transit_warehouse_id = UNSET
        else:
            transit_warehouse_id = self.transit_warehouse_id

        transit_warehouse_name = self.transit_warehouse_name

        acceptance_cost: float | None | Unset
        if isinstance(self.acceptance_cost, Unset):
            acceptance_cost = UNSET
        else:
            acceptance_cost = self.acceptance_cost

        paid_acceptance_coefficient: float | None | Unset
        if isinstance(self.paid_acceptance_coefficient, Unset):
            paid_acceptance_coefficient = UNSET
        else:
            paid_acceptance_coefficient = self.paid_acceptance_coefficient

        reject_reason: None | str | Unset
        if isinstance(self.reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = self.reject_reason

        supplier_assign_name: None | str | Unset
        if isinstance(self.supplier_assign_name, Unset):
            supplier_assign_name = UNSET
        else:
            supplier_assign_name = self.supplier_assign_name

        storage_coef: None | str | Unset
        if isinstance(self.storage_coef, Unset):
            storage_coef = UNSET
        else:
            storage_coef = self.storage_coef

        delivery_coef: None | str | Unset
        if isinstance(self.delivery_coef, Unset):
            delivery_coef = UNSET
        else:
            delivery_coef = self.delivery_coef

        quantity = self.quantity

        ready_for_sale_quantity = self.ready_for_sale_quantity

        accepted_quantity = self.accepted_quantity

        unloading_quantity = self.unloading_quantity

        depersonalized_quantity: int | None | Unset
        if isinstance(self.depersonalized_quantity, Unset):
            depersonalized_quantity = UNSET
        else:
            depersonalized_quantity = self.depersonalized_quantity

        is_box_on_pallet = self.is_box_on_pallet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if status_id is not UNSET:
            field_dict["statusID"] = status_id
        if virtual_type_id is not UNSET:
            field_dict["virtualTypeID"] = virtual_type_id
        if box_type_id is not UNSET:
            field_dict["boxTypeID"] = box_type_id
        if create_date is not UNSET:
            field_dict["createDate"] = create_date
        if supply_date is not UNSET:
            field_dict["supplyDate"] = supply_date
        if fact_date is not UNSET:
            field_dict["factDate"] = fact_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if warehouse_id is not UNSET:
            field_dict["warehouseID"] = warehouse_id
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name
        if actual_warehouse_id is not UNSET:
            field_dict["actualWarehouseID"] = actual_warehouse_id
        if actual_warehouse_name is not UNSET:
            field_dict["actualWarehouseName"] = actual_warehouse_name
        if transit_warehouse_id is not UNSET:
            field_dict["transitWarehouseID"] = transit_warehouse_id
        if transit_warehouse_name is not UNSET:
            field_dict["transitWarehouseName"] = transit_warehouse_name
        if acceptance_cost is not UNSET:
            field_dict["acceptanceCost"] = acceptance_cost
        if paid_acceptance_coefficient is not UNSET:
            field_dict["paidAcceptanceCoefficient"] = paid_acceptance_coefficient
        if reject_reason is not UNSET:
            field_dict["rejectReason"] = reject_reason
        if supplier_assign_name is not UNSET:
            field_dict["supplierAssignName"] = supplier_assign_name
        if storage_coef is not UNSET:
            field_dict["storageCoef"] = storage_coef
        if delivery_coef is not UNSET:
            field_dict["deliveryCoef"] = delivery_coef
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if ready_for_sale_quantity is not UNSET:
            field_dict["readyForSaleQuantity"] = ready_for_sale_quantity
        if accepted_quantity is not UNSET:
            field_dict["acceptedQuantity"] = accepted_quantity
        if unloading_quantity is not UNSET:
            field_dict["unloadingQuantity"] = unloading_quantity
        if depersonalized_quantity is not UNSET:
            field_dict["depersonalizedQuantity"] = depersonalized_quantity
        if is_box_on_pallet is not UNSET:
            field_dict["isBoxOnPallet"] = is_box_on_pallet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        status_id = d.pop("statusID", UNSET)

        virtual_type_id = d.pop("virtualTypeID", UNSET)

        box_type_id = d.pop("boxTypeID", UNSET)

        create_date = d.pop("createDate", UNSET)

        def _parse_supply_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supply_date = _parse_supply_date(d.pop("supplyDate", UNSET))

        def _parse_fact_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fact_date = _parse_fact_date(d.pop("factDate", UNSET))

        def _parse_updated_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_date = _parse_updated_date(d.pop("updatedDate", UNSET))

        warehouse_id = d.pop("warehouseID", UNSET)

        warehouse_name = d.pop("warehouseName", UNSET)

        def _parse_actual_warehouse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_warehouse_id = _parse_actual_warehouse_id(
            d.pop("actualWarehouseID", UNSET)
        )

        actual_warehouse_name = d.pop("actualWarehouseName", UNSET)

        def _parse_transit_warehouse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transit_warehouse_id = _parse_transit_warehouse_id(
            d.pop("transitWarehouseID", UNSET)
        )

        transit_warehouse_name = d.pop("transitWarehouseName", UNSET)

        def _parse_acceptance_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        acceptance_cost = _parse_acceptance_cost(d.pop("acceptanceCost", UNSET))

        def _parse_paid_acceptance_coefficient(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        paid_acceptance_coefficient = _parse_paid_acceptance_coefficient(
            d.pop("paidAcceptanceCoefficient", UNSET)
        )

        def _parse_reject_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reject_reason = _parse_reject_reason(d.pop("rejectReason", UNSET))

        def _parse_supplier_assign_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_assign_name = _parse_supplier_assign_name(
            d.pop("supplierAssignName", UNSET)
        )

        def _parse_storage_coef(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_coef = _parse_storage_coef(d.pop("storageCoef", UNSET))

        def _parse_delivery_coef(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_coef = _parse_delivery_coef(d.pop("deliveryCoef", UNSET))

        quantity = d.pop("quantity", UNSET)

        ready_for_sale_quantity = d.pop("readyForSaleQuantity", UNSET)

        accepted_quantity = d.pop("acceptedQuantity", UNSET)

        unloading_quantity = d.pop("unloadingQuantity", UNSET)

        def _parse_depersonalized_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        depersonalized_quantity = _parse_depersonalized_quantity(
            d.pop("depersonalizedQuantity", UNSET)
        )

        is_box_on_pallet = d.pop("isBoxOnPallet", UNSET)

        fbw_supply_details_response = cls(
            phone=phone,
            status_id=status_id,
            virtual_type_id=virtual_type_id,
            box_type_id=box_type_id,
            create_date=create_date,
            supply_date=supply_date,
            fact_date=fact_date,
            updated_date=updated_date,
            warehouse_id=warehouse_id,
            warehouse_name=warehouse_name,
            actual_warehouse_id=actual_warehouse_id,
            actual_warehouse_name=actual_warehouse_name,
            transit_warehouse_id=transit_warehouse_id,
            transit_warehouse_name=transit_warehouse_name,
            acceptance_cost=acceptance_cost,
            paid_acceptance_coefficient=paid_acceptance_coefficient,
            reject_reason=reject_reason,
            supplier_assign_name=supplier_assign_name,
            storage_coef=storage_coef,
            delivery_coef=delivery_coef,
            quantity=quantity,
            ready_for_sale_quantity=ready_for_sale_quantity,
            accepted_quantity=accepted_quantity,
            unloading_quantity=unloading_quantity,
            depersonalized_quantity=depersonalized_quantity,
            is_box_on_pallet=is_box_on_pallet,
        )

        fbw_supply_details_response.additional_properties = d
        return fbw_supply_details_response

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
