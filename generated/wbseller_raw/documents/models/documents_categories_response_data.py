from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.documents_categories_response_data_categories_item import (
        DocumentsCategoriesResponseDataCategoriesItem,
    )


T = TypeVar("T", bound="DocumentsCategoriesResponseData")


@_attrs_define
class DocumentsCategoriesResponseData:
    """
    Attributes:
        categories (list[DocumentsCategoriesResponseDataCategoriesItem] | Unset):
    """

    categories: list[DocumentsCategoriesResponseDataCategoriesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _categories = d.pop("categories", UNSET)
        categories: list[DocumentsCategoriesResponseDataCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = (
                    DocumentsCategoriesResponseDataCategoriesItem.from_dict(
                        categories_item_data
                    )
                )

                categories.append(categories_item)

        documents_categories_response_data = cls(
            categories=categories,
        )

        documents_categories_response_data.additional_properties = d
        return documents_categories_response_data

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
from ..models.documents_categories_response_data_categories_item import DocumentsCategoriesResponseDataCategoriesItem
