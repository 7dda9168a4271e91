from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tariffs_box_response_response_data_warehouse_list_type_0_item import (
        TariffsBoxResponseResponseDataWarehouseListType0Item,
    )


T = TypeVar("T", bound="TariffsBoxResponseResponseData")


@_attrs_define
class TariffsBoxResponseResponseData:
    """
    Attributes:
        currency (str | Unset):  Example: RUB.
        dt_next_box (str | Unset):  Example: 2024-02-01.
        dt_till_max (str | Unset):  Example: 2024-03-31.
        warehouse_list (list[TariffsBoxResponseResponseDataWarehouseListType0Item] | None | Unset):
    """

    currency: str | Unset = UNSET
    dt_next_box: str | Unset = UNSET
    dt_till_max: str | Unset = UNSET
    warehouse_list: (
        list[TariffsBoxResponseResponseDataWarehouseListType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        dt_next_box = self.dt_next_box

        dt_till_max = self.dt_till_max

        warehouse_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.warehouse_list, Unset):
            warehouse_list = UNSET
        elif isinstance(self.warehouse_list, list):
            warehouse_list = []
            for warehouse_list_type_0_item_data in self.warehouse_list:
                warehouse_list_type_0_item = warehouse_list_type_0_item_data.to_dict()
                warehouse_list.append(warehouse_list_type_0_item)

        else:
            warehouse_list = self.warehouse_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if dt_next_box is not UNSET:
            field_dict["dtNextBox"] = dt_next_box
        if dt_till_max is not UNSET:
            field_dict["dtTillMax"] = dt_till_max
        if warehouse_list is not UNSET:
            field_dict["warehouseList"] = warehouse_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        dt_next_box = d.pop("dtNextBox", UNSET)

        dt_till_max = d.pop("dtTillMax", UNSET)

        def _parse_warehouse_list(
            data: object,
        ) -> list[TariffsBoxResponseResponseDataWarehouseListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                warehouse_list_type_0 = []
                _warehouse_list_type_0 = data
                for warehouse_list_type_0_item_data in _warehouse_list_type_0:
                    warehouse_list_type_0_item = (
                        TariffsBoxResponseResponseDataWarehouseListType0Item.from_dict(
                            warehouse_list_type_0_item_data
                        )
                    )

                    warehouse_list_type_0.append(warehouse_list_type_0_item)

                return warehouse_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[TariffsBoxResponseResponseDataWarehouseListType0Item]
                | None
                | Unset,
                data,
            )

        warehouse_list = _parse_warehouse_list(d.pop("warehouseList", UNSET))

        tariffs_box_response_response_data = cls(
            currency=currency,
            dt_next_box=dt_next_box,
            dt_till_max=dt_till_max,
            warehouse_list=warehouse_list,
        )

        tariffs_box_response_response_data.additional_properties = d
        return tariffs_box_response_response_data

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
from ..models.tariffs_box_response_response_data_warehouse_list_type_0_item import TariffsBoxResponseResponseDataWarehouseListType0Item
