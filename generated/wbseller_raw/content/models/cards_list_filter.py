from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cards_list_filter_with_photo import (
    CardsListFilterWithPhoto,
    check_cards_list_filter_with_photo,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardsListFilter")


@_attrs_define
class CardsListFilter:
    """Filters of the product cards list.

    Attributes:
        with_photo (CardsListFilterWithPhoto | Unset): 0 — all product cards (WB's default); 1 — with photos; 2 —
            without photos; -1 — the
            docs' "all", still in WB's enum with no stated meaning (cards-with-photo-values: 0 meant
            "without photos" in the docs' era).
             Default: 0.
        text_search (str | Unset): Search by nmID, vendor code or barcode.
        tag_i_ds (list[int] | Unset): Tag IDs.
        allowed_categories_only (bool | Unset): Only product cards of the subjects allowed for sale.
        object_i_ds (list[int] | Unset): Subject IDs.
        brands (list[str] | Unset): Brands.
        imt_id (int | Unset): Card ID (imtID).
    """

    with_photo: CardsListFilterWithPhoto | Unset = 0
    text_search: str | Unset = UNSET
    tag_i_ds: list[int] | Unset = UNSET
    allowed_categories_only: bool | Unset = UNSET
    object_i_ds: list[int] | Unset = UNSET
    brands: list[str] | Unset = UNSET
    imt_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        with_photo: int | Unset = UNSET
        if not isinstance(self.with_photo, Unset):
            with_photo = self.with_photo

        text_search = self.text_search

        tag_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.tag_i_ds, Unset):
            tag_i_ds = self.tag_i_ds

        allowed_categories_only = self.allowed_categories_only

        object_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.object_i_ds, Unset):
            object_i_ds = self.object_i_ds

        brands: list[str] | Unset = UNSET
        if not isinstance(self.brands, Unset):
            brands = self.brands

        imt_id = self.imt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if with_photo is not UNSET:
            field_dict["withPhoto"] = with_photo
        if text_search is not UNSET:
            field_dict["textSearch"] = text_search
        if tag_i_ds is not UNSET:
            field_dict["tagIDs"] = tag_i_ds
        if allowed_categories_only is not UNSET:
            field_dict["allowedCategoriesOnly"] = allowed_categories_only
        if object_i_ds is not UNSET:
            field_dict["objectIDs"] = object_i_ds
        if brands is not UNSET:
            field_dict["brands"] = brands
        if imt_id is not UNSET:
            field_dict["imtID"] = imt_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _with_photo = d.pop("withPhoto", UNSET)
        with_photo: CardsListFilterWithPhoto | Unset
        if isinstance(_with_photo, Unset):
            with_photo = UNSET
        else:
            with_photo = check_cards_list_filter_with_photo(_with_photo)

        text_search = d.pop("textSearch", UNSET)

        tag_i_ds = cast(list[int], d.pop("tagIDs", UNSET))

        allowed_categories_only = d.pop("allowedCategoriesOnly", UNSET)

        object_i_ds = cast(list[int], d.pop("objectIDs", UNSET))

        brands = cast(list[str], d.pop("brands", UNSET))

        imt_id = d.pop("imtID", UNSET)

        cards_list_filter = cls(
            with_photo=with_photo,
            text_search=text_search,
            tag_i_ds=tag_i_ds,
            allowed_categories_only=allowed_categories_only,
            object_i_ds=object_i_ds,
            brands=brands,
            imt_id=imt_id,
        )

        cards_list_filter.additional_properties = d
        return cards_list_filter

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
