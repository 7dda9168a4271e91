from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.age_rating import AgeRating, check_age_rating
from ..models.offer_edit_status import OfferEditStatus, check_offer_edit_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_meta_request import OfferMetaRequest


T = TypeVar("T", bound="OfferEditRequest")


@_attrs_define
class OfferEditRequest:
    """
    Attributes:
        title (str | Unset): Offer name, at most 500 characters.
        description (str | Unset): Offer description, at most 5000 characters.
        price (int | Unset): Offer price, ₽.
        discount_price (int | None | Unset): Discounted price, ₽.
        gallery (list[str] | None | Unset): URIs of additional images and video previews (from `Upload media file for an
            offer`), up to 8;
            images JPG or PNG, videos MP4.
        age_rating (AgeRating | Unset): Age rating, whether the offer suits an age group.
        tags (list[str] | Unset): Tags (grouping, ranking, search), 1 to 5, each at most 45 characters.
        status (None | OfferEditStatus | Unset):
        catalog_path (list[int] | Unset): Subcategory IDs the offer is in (from `Get categories and their
            subcategories`).
        meta (OfferMetaRequest | Unset): Offer metadata. For offers with unique keys (sections 3, 12, 13) it carries
            `key_instruction`;
            `addresses` is WB's reference's (wbd-offer-requests).
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    price: int | Unset = UNSET
    discount_price: int | None | Unset = UNSET
    gallery: list[str] | None | Unset = UNSET
    age_rating: AgeRating | Unset = UNSET
    tags: list[str] | Unset = UNSET
    status: None | OfferEditStatus | Unset = UNSET
    catalog_path: list[int] | Unset = UNSET
    meta: OfferMetaRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        price = self.price

        discount_price: int | None | Unset
        if isinstance(self.discount_price, Unset):
            discount_price = UNSET
        else:
            discount_price = self.discount_price

        gallery: list[str] | None | Unset
        if isinstance(self.gallery, Unset):
            gallery = UNSET
        elif isinstance(self.gallery, list):
            gallery = self.gallery

        else:
            gallery = self.gallery

        age_rating: str | Unset = UNSET
        if not isinstance(self.age_rating, Unset):
            age_rating = self.age_rating

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        catalog_path: list[int] | Unset = UNSET
        if not isinstance(self.catalog_path, Unset):
            catalog_path = self.catalog_path

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if discount_price is not UNSET:
            field_dict["discount_price"] = discount_price
        if gallery is not UNSET:
            field_dict["gallery"] = gallery
        if age_rating is not UNSET:
            field_dict["age_rating"] = age_rating
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if catalog_path is not UNSET:
            field_dict["catalog_path"] = catalog_path
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        price = d.pop("price", UNSET)

        def _parse_discount_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        discount_price = _parse_discount_price(d.pop("discount_price", UNSET))

        def _parse_gallery(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                gallery_type_0 = cast(list[str], data)

                return gallery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        gallery = _parse_gallery(d.pop("gallery", UNSET))

        _age_rating = d.pop("age_rating", UNSET)
        age_rating: AgeRating | Unset
        if isinstance(_age_rating, Unset):
            age_rating = UNSET
        else:
            age_rating = check_age_rating(_age_rating)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_status(data: object) -> None | OfferEditStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_1 = check_offer_edit_status(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferEditStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        catalog_path = cast(list[int], d.pop("catalog_path", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: OfferMetaRequest | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = OfferMetaRequest.from_dict(_meta)

        offer_edit_request = cls(
            title=title,
            description=description,
            price=price,
            discount_price=discount_price,
            gallery=gallery,
            age_rating=age_rating,
            tags=tags,
            status=status,
            catalog_path=catalog_path,
            meta=meta,
        )

        offer_edit_request.additional_properties = d
        return offer_edit_request

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
from ..models.offer_meta_request import OfferMetaRequest
