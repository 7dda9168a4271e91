from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffsAcceptanceCoefficientsItem")


@_attrs_define
class TariffsAcceptanceCoefficientsItem:
    """
    Attributes:
        date (str | Unset):
        coefficient (float | Unset):
        warehouse_id (int | Unset):
        warehouse_name (str | Unset):
        allow_unload (bool | Unset):
        box_type_id (int | Unset):
        storage_coef (None | str | Unset):
        delivery_coef (None | str | Unset):
        delivery_base_liter (None | str | Unset):
        delivery_additional_liter (None | str | Unset):
        storage_base_liter (None | str | Unset):
        storage_additional_liter (None | str | Unset):
        is_sorting_center (bool | Unset):
    """

    date: str | Unset = UNSET
    coefficient: float | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    allow_unload: bool | Unset = UNSET
    box_type_id: int | Unset = UNSET
    storage_coef: None | str | Unset = UNSET
    delivery_coef: None | str | Unset = UNSET
    delivery_base_liter: None | str | Unset = UNSET
    delivery_additional_liter: None | str | Unset = UNSET
    storage_base_liter: None | str | Unset = UNSET
    storage_additional_liter: None | str | Unset = UNSET
    is_sorting_center: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        coefficient = self.coefficient

        warehouse_id = self.warehouse_id

        warehouse_name = self.warehouse_name

        allow_unload = self.allow_unload

        box_type_id = self.box_type_id

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

        delivery_base_liter: None | str | Unset
        if isinstance(self.delivery_base_liter, Unset):
            delivery_base_liter = UNSET
        else:
            delivery_base_liter = self.delivery_base_liter

        delivery_additional_liter: None | str | Unset
        if isinstance(self.delivery_additional_liter, Unset):
            delivery_additional_liter = UNSET
        else:
            delivery_additional_liter = self.delivery_additional_liter

        storage_base_liter: None | str | Unset
        if isinstance(self.storage_base_liter, Unset):
            storage_base_liter = UNSET
        else:
            storage_base_liter = self.storage_base_liter

        storage_additional_liter: None | str | Unset
        if isinstance(self.storage_additional_liter, Unset):
            storage_additional_liter = UNSET
        else:
            storage_additional_liter = self.storage_additional_liter

        is_sorting_center = self.is_sorting_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if coefficient is not UNSET:
            field_dict["coefficient"] = coefficient
        if warehouse_id is not UNSET:
            field_dict["warehouseID"] = warehouse_id
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name
        if allow_unload is not UNSET:
            field_dict["allowUnload"] = allow_unload
        if box_type_id is not UNSET:
            field_dict["boxTypeID"] = box_type_id
        if storage_coef is not UNSET:
            field_dict["storageCoef"] = storage_coef
        if delivery_coef is not UNSET:
            field_dict["deliveryCoef"] = delivery_coef
        if delivery_base_liter is not UNSET:
            field_dict["deliveryBaseLiter"] = delivery_base_liter
        if delivery_additional_liter is not UNSET:
            field_dict["deliveryAdditionalLiter"] = delivery_additional_liter
        if storage_base_liter is not UNSET:
            field_dict["storageBaseLiter"] = storage_base_liter
        if storage_additional_liter is not UNSET:
            field_dict["storageAdditionalLiter"] = storage_additional_liter
        if is_sorting_center is not UNSET:
            field_dict["isSortingCenter"] = is_sorting_center

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        coefficient = d.pop("coefficient", UNSET)

        warehouse_id = d.pop("warehouseID", UNSET)

        warehouse_name = d.pop("warehouseName", UNSET)

        allow_unload = d.pop("allowUnload", UNSET)

        box_type_id = d.pop("boxTypeID", UNSET)

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

        def _parse_delivery_base_liter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_base_liter = _parse_delivery_base_liter(
            d.pop("deliveryBaseLiter", UNSET)
        )

        def _parse_delivery_additional_liter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_additional_liter = _parse_delivery_additional_liter(
            d.pop("deliveryAdditionalLiter", UNSET)
        )

        def _parse_storage_base_liter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_base_liter = _parse_storage_base_liter(d.pop("storageBaseLiter", UNSET))

        def _parse_storage_additional_liter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_additional_liter = _parse_storage_additional_liter(
            d.pop("storageAdditionalLiter", UNSET)
        )

        is_sorting_center = d.pop("isSortingCenter", UNSET)

        tariffs_acceptance_coefficients_item = cls(
            date=date,
            coefficient=coefficient,
            warehouse_id=warehouse_id,
            warehouse_name=warehouse_name,
            allow_unload=allow_unload,
            box_type_id=box_type_id,
            storage_coef=storage_coef,
            delivery_coef=delivery_coef,
            delivery_base_liter=delivery_base_liter,
            delivery_additional_liter=delivery_additional_liter,
            storage_base_liter=storage_base_liter,
            storage_additional_liter=storage_additional_liter,
            is_sorting_center=is_sorting_center,
        )

        tariffs_acceptance_coefficients_item.additional_properties = d
        return tariffs_acceptance_coefficients_item

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
