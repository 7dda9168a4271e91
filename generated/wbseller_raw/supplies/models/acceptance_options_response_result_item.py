from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acceptance_options_response_result_item_error import (
        AcceptanceOptionsResponseResultItemError,
    )
    from ..models.acceptance_options_response_result_item_warehouses_type_0_item import (
        AcceptanceOptionsResponseResultItemWarehousesType0Item,
    )


T = TypeVar("T", bound="AcceptanceOptionsResponseResultItem")


@_attrs_define
class AcceptanceOptionsResponseResultItem:
    """
    Attributes:
        barcode (str | Unset):
        error (AcceptanceOptionsResponseResultItemError | Unset):
        is_error (bool | Unset):
        warehouses (list[AcceptanceOptionsResponseResultItemWarehousesType0Item] | None | Unset):
    """

    barcode: str | Unset = UNSET
    error: AcceptanceOptionsResponseResultItemError | Unset = UNSET
    is_error: bool | Unset = UNSET
    warehouses: (
        list[AcceptanceOptionsResponseResultItemWarehousesType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcode = self.barcode

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        is_error = self.is_error

        warehouses: list[dict[str, Any]] | None | Unset
        if isinstance(self.warehouses, Unset):
            warehouses = UNSET
        elif isinstance(self.warehouses, list):
            warehouses = []
            for warehouses_type_0_item_data in self.warehouses:
                warehouses_type_0_item = warehouses_type_0_item_data.to_dict()
                warehouses.append(warehouses_type_0_item)

        else:
            warehouses = self.warehouses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if error is not UNSET:
            field_dict["error"] = error
        if is_error is not UNSET:
            field_dict["isError"] = is_error
        if warehouses is not UNSET:
            field_dict["warehouses"] = warehouses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        barcode = d.pop("barcode", UNSET)

        _error = d.pop("error", UNSET)
        error: AcceptanceOptionsResponseResultItemError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AcceptanceOptionsResponseResultItemError.from_dict(_error)

        is_error = d.pop("isError", UNSET)

        def _parse_warehouses(
            data: object,
        ) -> (
            list[AcceptanceOptionsResponseResultItemWarehousesType0Item] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                warehouses_type_0 = []
                _warehouses_type_0 = data
                for warehouses_type_0_item_data in _warehouses_type_0:
                    warehouses_type_0_item = AcceptanceOptionsResponseResultItemWarehousesType0Item.from_dict(
                        warehouses_type_0_item_data
                    )

                    warehouses_type_0.append(warehouses_type_0_item)

                return warehouses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AcceptanceOptionsResponseResultItemWarehousesType0Item]
                | None
                | Unset,
                data,
            )

        warehouses = _parse_warehouses(d.pop("warehouses", UNSET))

        acceptance_options_response_result_item = cls(
            barcode=barcode,
            error=error,
            is_error=is_error,
            warehouses=warehouses,
        )

        acceptance_options_response_result_item.additional_properties = d
        return acceptance_options_response_result_item

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
from ..models.acceptance_options_response_result_item_error import AcceptanceOptionsResponseResultItemError
from ..models.acceptance_options_response_result_item_warehouses_type_0_item import AcceptanceOptionsResponseResultItemWarehousesType0Item
