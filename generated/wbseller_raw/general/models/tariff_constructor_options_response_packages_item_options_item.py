from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffConstructorOptionsResponsePackagesItemOptionsItem")


@_attrs_define
class TariffConstructorOptionsResponsePackagesItemOptionsItem:
    """
    Attributes:
        id (str | Unset):  Example: 4f134ae7-f768-481e-bac1-bf75d2fdc6f7.
        slug (str | Unset):  Example: pinReview.
        name (str | Unset):  Example: Закрепление отзывов и видео.
    """

    id: str | Unset = UNSET
    slug: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        slug = d.pop("slug", UNSET)

        name = d.pop("name", UNSET)

        tariff_constructor_options_response_packages_item_options_item = cls(
            id=id,
            slug=slug,
            name=name,
        )

        tariff_constructor_options_response_packages_item_options_item.additional_properties = d
        return tariff_constructor_options_response_packages_item_options_item

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
