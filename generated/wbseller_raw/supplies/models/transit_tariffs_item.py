from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transit_tariffs_item_box_tariff_type_0_item import (
        TransitTariffsItemBoxTariffType0Item,
    )


T = TypeVar("T", bound="TransitTariffsItem")


@_attrs_define
class TransitTariffsItem:
    """
    Attributes:
        transit_warehouse_name (str | Unset):
        destination_warehouse_name (str | Unset):
        active_from (str | Unset):
        box_tariff (list[TransitTariffsItemBoxTariffType0Item] | None | Unset):
        pallet_tariff (int | Unset):
    """

    transit_warehouse_name: str | Unset = UNSET
    destination_warehouse_name: str | Unset = UNSET
    active_from: str | Unset = UNSET
    box_tariff: list[TransitTariffsItemBoxTariffType0Item] | None | Unset = UNSET
    pallet_tariff: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transit_warehouse_name = self.transit_warehouse_name

        destination_warehouse_name = self.destination_warehouse_name

        active_from = self.active_from

        box_tariff: list[dict[str, Any]] | None | Unset
        if isinstance(self.box_tariff, Unset):
            box_tariff = UNSET
        elif isinstance(self.box_tariff, list):
            box_tariff = []
            for box_tariff_type_0_item_data in self.box_tariff:
                box_tariff_type_0_item = box_tariff_type_0_item_data.to_dict()
                box_tariff.append(box_tariff_type_0_item)

        else:
            box_tariff = self.box_tariff

        pallet_tariff = self.pallet_tariff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transit_warehouse_name is not UNSET:
            field_dict["transitWarehouseName"] = transit_warehouse_name
        if destination_warehouse_name is not UNSET:
            field_dict["destinationWarehouseName"] = destination_warehouse_name
        if active_from is not UNSET:
            field_dict["activeFrom"] = active_from
        if box_tariff is not UNSET:
            field_dict["boxTariff"] = box_tariff
        if pallet_tariff is not UNSET:
            field_dict["palletTariff"] = pallet_tariff

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        transit_warehouse_name = d.pop("transitWarehouseName", UNSET)

        destination_warehouse_name = d.pop("destinationWarehouseName", UNSET)

        active_from = d.pop("activeFrom", UNSET)

        def _parse_box_tariff(
            data: object,
        ) -> list[TransitTariffsItemBoxTariffType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                box_tariff_type_0 = []
                _box_tariff_type_0 = data
                for box_tariff_type_0_item_data in _box_tariff_type_0:
                    box_tariff_type_0_item = (
                        TransitTariffsItemBoxTariffType0Item.from_dict(
                            box_tariff_type_0_item_data
                        )
                    )

                    box_tariff_type_0.append(box_tariff_type_0_item)

                return box_tariff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TransitTariffsItemBoxTariffType0Item] | None | Unset, data)

        box_tariff = _parse_box_tariff(d.pop("boxTariff", UNSET))

        pallet_tariff = d.pop("palletTariff", UNSET)

        transit_tariffs_item = cls(
            transit_warehouse_name=transit_warehouse_name,
            destination_warehouse_name=destination_warehouse_name,
            active_from=active_from,
            box_tariff=box_tariff,
            pallet_tariff=pallet_tariff,
        )

        transit_tariffs_item.additional_properties = d
        return transit_tariffs_item

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
from ..models.transit_tariffs_item_box_tariff_type_0_item import TransitTariffsItemBoxTariffType0Item
