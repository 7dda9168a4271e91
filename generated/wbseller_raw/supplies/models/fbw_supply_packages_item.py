from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fbw_supply_packages_item_barcodes_item import (
        FbwSupplyPackagesItemBarcodesItem,
    )


T = TypeVar("T", bound="FbwSupplyPackagesItem")


@_attrs_define
class FbwSupplyPackagesItem:
    """
    Attributes:
        package_code (str | Unset):
        quantity (int | Unset):
        barcodes (list[FbwSupplyPackagesItemBarcodesItem] | Unset):
    """

    package_code: str | Unset = UNSET
    quantity: int | Unset = UNSET
    barcodes: list[FbwSupplyPackagesItemBarcodesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_code = self.package_code

        quantity = self.quantity

        barcodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.barcodes, Unset):
            barcodes = []
            for barcodes_item_data in self.barcodes:
                barcodes_item = barcodes_item_data.to_dict()
                barcodes.append(barcodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_code is not UNSET:
            field_dict["packageCode"] = package_code
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if barcodes is not UNSET:
            field_dict["barcodes"] = barcodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        package_code = d.pop("packageCode", UNSET)

        quantity = d.pop("quantity", UNSET)

        _barcodes = d.pop("barcodes", UNSET)
        barcodes: list[FbwSupplyPackagesItemBarcodesItem] | Unset = UNSET
        if _barcodes is not UNSET:
            barcodes = []
            for barcodes_item_data in _barcodes:
                barcodes_item = FbwSupplyPackagesItemBarcodesItem.from_dict(
                    barcodes_item_data
                )

                barcodes.append(barcodes_item)

        fbw_supply_packages_item = cls(
            package_code=package_code,
            quantity=quantity,
            barcodes=barcodes,
        )

        fbw_supply_packages_item.additional_properties = d
        return fbw_supply_packages_item

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
from ..models.fbw_supply_packages_item_barcodes_item import FbwSupplyPackagesItemBarcodesItem
