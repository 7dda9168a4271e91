from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tariff_constructor_options_response_packages_item_options_item import (
        TariffConstructorOptionsResponsePackagesItemOptionsItem,
    )


T = TypeVar("T", bound="TariffConstructorOptionsResponsePackagesItem")


@_attrs_define
class TariffConstructorOptionsResponsePackagesItem:
    """
    Attributes:
        id (str | Unset):  Example: 79861ed4-ccfd-4998-96a9-c90f8bf98bb9.
        slug (str | Unset):  Example: superSeller.
        name (str | Unset):  Example: Суперпродавец.
        status (str | Unset):  Example: active.
        activated_at (str | Unset):  Example: 2006-01-02T15:04:05.999+03:00.
        expires_at (str | Unset):  Example: 2006-01-02T15:04:05.999+03:00.
        commission_rate (float | Unset):  Example: 2.5.
        period_duration (float | Unset):  Example: 90.
        options (list[TariffConstructorOptionsResponsePackagesItemOptionsItem] | Unset):
    """

    id: str | Unset = UNSET
    slug: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    activated_at: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    commission_rate: float | Unset = UNSET
    period_duration: float | Unset = UNSET
    options: list[TariffConstructorOptionsResponsePackagesItemOptionsItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        name = self.name

        status = self.status

        activated_at = self.activated_at

        expires_at = self.expires_at

        commission_rate = self.commission_rate

        period_duration = self.period_duration

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if activated_at is not UNSET:
            field_dict["activatedAt"] = activated_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if commission_rate is not UNSET:
            field_dict["commissionRate"] = commission_rate
        if period_duration is not UNSET:
            field_dict["periodDuration"] = period_duration
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        slug = d.pop("slug", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        activated_at = d.pop("activatedAt", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        commission_rate = d.pop("commissionRate", UNSET)

        period_duration = d.pop("periodDuration", UNSET)

        _options = d.pop("options", UNSET)
        options: (
            list[TariffConstructorOptionsResponsePackagesItemOptionsItem] | Unset
        ) = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = (
                    TariffConstructorOptionsResponsePackagesItemOptionsItem.from_dict(
                        options_item_data
                    )
                )

                options.append(options_item)

        tariff_constructor_options_response_packages_item = cls(
            id=id,
            slug=slug,
            name=name,
            status=status,
            activated_at=activated_at,
            expires_at=expires_at,
            commission_rate=commission_rate,
            period_duration=period_duration,
            options=options,
        )

        tariff_constructor_options_response_packages_item.additional_properties = d
        return tariff_constructor_options_response_packages_item

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
from ..models.tariff_constructor_options_response_packages_item_options_item import TariffConstructorOptionsResponsePackagesItemOptionsItem
