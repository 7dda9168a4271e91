from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brands_list_response_brands_item import BrandsListResponseBrandsItem


T = TypeVar("T", bound="BrandsListResponse")


@_attrs_define
class BrandsListResponse:
    """
    Attributes:
        brands (list[BrandsListResponseBrandsItem] | Unset):
        next_ (int | Unset):  Example: 1212.
        total (int | Unset):  Example: 344534.
    """

    brands: list[BrandsListResponseBrandsItem] | Unset = UNSET
    next_: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.brands, Unset):
            brands = []
            for brands_item_data in self.brands:
                brands_item = brands_item_data.to_dict()
                brands.append(brands_item)

        next_ = self.next_

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brands is not UNSET:
            field_dict["brands"] = brands
        if next_ is not UNSET:
            field_dict["next"] = next_
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _brands = d.pop("brands", UNSET)
        brands: list[BrandsListResponseBrandsItem] | Unset = UNSET
        if _brands is not UNSET:
            brands = []
            for brands_item_data in _brands:
                brands_item = BrandsListResponseBrandsItem.from_dict(brands_item_data)

                brands.append(brands_item)

        next_ = d.pop("next", UNSET)

        total = d.pop("total", UNSET)

        brands_list_response = cls(
            brands=brands,
            next_=next_,
            total=total,
        )

        brands_list_response.additional_properties = d
        return brands_list_response

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
from ..models.brands_list_response_brands_item import BrandsListResponseBrandsItem
