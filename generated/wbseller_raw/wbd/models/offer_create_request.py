from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.age_rating import AgeRating, check_age_rating
from ..models.offer_create_request_status import (
    OfferCreateRequestStatus,
    check_offer_create_request_status,
)
from ..models.offer_section import OfferSection, check_offer_section
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_create_content import OfferCreateContent
    from ..models.offer_meta_request import OfferMetaRequest


T = TypeVar("T", bound="OfferCreateRequest")


@_attrs_define
class OfferCreateRequest:
    """
    Attributes:
        title (str): Offer name, at most 500 characters.
        description (str): Offer description, at most 5000 characters.
        tags (list[str]): Tags (grouping, ranking, search), 1 to 5, each at most 45 characters.
        section (OfferSection): Offer category ID (section): 1 Video content, 2 Audio content, 3 Activation keys, 4
            E-books,
            5 Audiobooks, 6 Digital goods, 8 Services, 12 Coupons and entertainment, 13 Gift certificates
            (9 is in the documented enum without a name).
        catalog_path (list[int]): Subcategory IDs the offer is in (from `Get categories and their subcategories`).
        age_rating (AgeRating): Age rating, whether the offer suits an age group.
        price (int): Offer price, ₽.
        discount_price (int | Unset): Discounted price, ₽.
        gallery (list[str] | Unset): URIs of additional images and video previews (from `Upload media file for an
            offer`), up to 8;
            images JPG or PNG, videos MP4.
        keys (list[str] | Unset): Activation keys, up to 1000, each at most 200 characters. Required for sections 3
            (Activation
            keys), 12 (Coupons and entertainment) and 13 (Gift certificates).
        status (OfferCreateRequestStatus | Unset): Status to set: 0 add to draft, 1 publish. Default: 0.
        content (list[OfferCreateContent] | Unset): Content list; required for sections 1, 2, 4, 5, 6.
        meta (OfferMetaRequest | Unset): Offer metadata. For offers with unique keys (sections 3, 12, 13) it carries
            `key_instruction`;
            `addresses` is WB's reference's (wbd-offer-requests).
    """

    title: str
    description: str
    tags: list[str]
    section: OfferSection
    catalog_path: list[int]
    age_rating: AgeRating
    price: int
    discount_price: int | Unset = UNSET
    gallery: list[str] | Unset = UNSET
    keys: list[str] | Unset = UNSET
    status: OfferCreateRequestStatus | Unset = 0
    content: list[OfferCreateContent] | Unset = UNSET
    meta: OfferMetaRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        tags = self.tags

        section: int = self.section

        catalog_path = self.catalog_path

        age_rating: str = self.age_rating

        price = self.price

        discount_price = self.discount_price

        gallery: list[str] | Unset = UNSET
        if not isinstance(self.gallery, Unset):
            gallery = self.gallery

        keys: list[str] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "tags": tags,
                "section": section,
                "catalog_path": catalog_path,
                "age_rating": age_rating,
                "price": price,
            }
        )
        if discount_price is not UNSET:
            field_dict["discount_price"] = discount_price
        if gallery is not UNSET:
            field_dict["gallery"] = gallery
        if keys is not UNSET:
            field_dict["keys"] = keys
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        tags = cast(list[str], d.pop("tags"))

        section = check_offer_section(d.pop("section"))

        catalog_path = cast(list[int], d.pop("catalog_path"))

        age_rating = check_age_rating(d.pop("age_rating"))

        price = d.pop("price")

        discount_price = d.pop("discount_price", UNSET)

        gallery = cast(list[str], d.pop("gallery", UNSET))

        keys = cast(list[str], d.pop("keys", UNSET))

        _status = d.pop("status", UNSET)
        status: OfferCreateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_offer_create_request_status(_status)

        _content = d.pop("content", UNSET)
        content: list[OfferCreateContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = OfferCreateContent.from_dict(content_item_data)

                content.append(content_item)

        _meta = d.pop("meta", UNSET)
        meta: OfferMetaRequest | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = OfferMetaRequest.from_dict(_meta)

        offer_create_request = cls(
            title=title,
            description=description,
            tags=tags,
            section=section,
            catalog_path=catalog_path,
            age_rating=age_rating,
            price=price,
            discount_price=discount_price,
            gallery=gallery,
            keys=keys,
            status=status,
            content=content,
            meta=meta,
        )

        offer_create_request.additional_properties = d
        return offer_create_request

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
from ..models.offer_create_content import OfferCreateContent
from ..models.offer_meta_request import OfferMetaRequest
