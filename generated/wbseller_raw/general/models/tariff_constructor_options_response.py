from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tariff_constructor_options_response_options_item import (
        TariffConstructorOptionsResponseOptionsItem,
    )
    from ..models.tariff_constructor_options_response_packages_item import (
        TariffConstructorOptionsResponsePackagesItem,
    )


T = TypeVar("T", bound="TariffConstructorOptionsResponse")


@_attrs_define
class TariffConstructorOptionsResponse:
    """
    Attributes:
        active_option_count (float | Unset):  Example: 5.
        active_package_count (float | Unset):  Example: 2.
        total_commission_rate (float | Unset):  Example: 4.6.
        packages (list[TariffConstructorOptionsResponsePackagesItem] | Unset):
        options (list[TariffConstructorOptionsResponseOptionsItem] | Unset):
    """

    active_option_count: float | Unset = UNSET
    active_package_count: float | Unset = UNSET
    total_commission_rate: float | Unset = UNSET
    packages: list[TariffConstructorOptionsResponsePackagesItem] | Unset = UNSET
    options: list[TariffConstructorOptionsResponseOptionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_option_count = self.active_option_count

        active_package_count = self.active_package_count

        total_commission_rate = self.total_commission_rate

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_option_count is not UNSET:
            field_dict["activeOptionCount"] = active_option_count
        if active_package_count is not UNSET:
            field_dict["activePackageCount"] = active_package_count
        if total_commission_rate is not UNSET:
            field_dict["totalCommissionRate"] = total_commission_rate
        if packages is not UNSET:
            field_dict["packages"] = packages
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        active_option_count = d.pop("activeOptionCount", UNSET)

        active_package_count = d.pop("activePackageCount", UNSET)

        total_commission_rate = d.pop("totalCommissionRate", UNSET)

        _packages = d.pop("packages", UNSET)
        packages: list[TariffConstructorOptionsResponsePackagesItem] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = TariffConstructorOptionsResponsePackagesItem.from_dict(
                    packages_item_data
                )

                packages.append(packages_item)

        _options = d.pop("options", UNSET)
        options: list[TariffConstructorOptionsResponseOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = TariffConstructorOptionsResponseOptionsItem.from_dict(
                    options_item_data
                )

                options.append(options_item)

        tariff_constructor_options_response = cls(
            active_option_count=active_option_count,
            active_package_count=active_package_count,
            total_commission_rate=total_commission_rate,
            packages=packages,
            options=options,
        )

        tariff_constructor_options_response.additional_properties = d
        return tariff_constructor_options_response

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
from ..models.tariff_constructor_options_response_options_item import TariffConstructorOptionsResponseOptionsItem
from ..models.tariff_constructor_options_response_packages_item import TariffConstructorOptionsResponsePackagesItem
