from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_content_item import OfferContentItem
    from ..models.offer_tag import OfferTag


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """An offer.

    Attributes:
        id (int | Unset): Offer ID.
        title (str | Unset): Offer name.
        description (str | Unset): Offer description.
        section (int | Unset): Offer category ID: 1 Video content, 2 Audio content, 3 Activation keys, 4 E-books,
            5 Audiobooks, 6 Digital goods, 8 Services, 12 Coupons and entertainment, 13 Gift certificates
            (WB's reference also lists 9 and 10, unnamed; offers cannot be created in 10).
        catalog_path (list[int] | None | Unset): Subcategory IDs the offer is in.
        price (int | Unset): Offer price, ₽.
        discount_price (int | None | Unset): Discounted price, ₽.
        gallery (list[str] | None | Unset): URIs of additional images and video previews.
        meta (None | str | Unset): Offer metadata: a string here (the docs' sample and WB's reference), the metadata
            JSON as
            text; the request side takes an object.
        tags (list[OfferTag] | None | Unset): Tags, objects {id, value, value_translit, weight} (create and edit send
            the tag strings).
        thumbnail (list[str] | None | Unset): Cover image URIs (strings in WB's reference).
        content (list[OfferContentItem] | None | Unset): The content attached to the offer, with its title, description,
            files, meta and playlist.
        created (str | Unset): Creation time.
        updated (str | Unset): Last update time.
        deleted (None | str | Unset): Deletion time.
        status (int | None | Unset): Offer status: 0 Draft, 1 Published, 2 Suspended, 3 Deleted; WB may send null
            (wbd-offer-rating-status). WB's reference lists only 0 and 1, but its own status and edit
            operations set 2 and 3, so they stay here.
        view_count (int | Unset): Number of views.
        purchase_count (int | Unset): Number of purchases.
        adult (bool | Unset): Adult content flag.
        age_rating (str | Unset): Age rating.
        rating (float | Unset): Offer rating, fractional (e.g. 4.7) (wbd-offer-rating-status).
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    section: int | Unset = UNSET
    catalog_path: list[int] | None | Unset = UNSET
    price: int | Unset = UNSET
    discount_price: int | None | Unset = UNSET
    gallery: list[str] | None | Unset = UNSET
    meta: None | str | Unset = UNSET
    tags: list[OfferTag] | None | Unset = UNSET
    thumbnail: list[str] | None | Unset = UNSET
    content: list[OfferContentItem] | None | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    deleted: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    view_count: int | Unset = UNSET
    purchase_count: int | Unset = UNSET
    adult: bool | Unset = UNSET
    age_rating: str | Unset = UNSET
    rating: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        section = self.section

        catalog_path: list[int] | None | Unset
        if isinstance(self.catalog_path, Unset):
            catalog_path = UNSET
        elif isinstance(self.catalog_path, list):
            catalog_path = self.catalog_path

        else:
            catalog_path = self.catalog_path

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

        meta: None | str | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        else:
            meta = self.meta

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        thumbnail: list[str] | None | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        elif isinstance(self.thumbnail, list):
            thumbnail = self.thumbnail

        else:
            thumbnail = self.thumbnail

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content

        created = self.created

        updated = self.updated

        deleted: None | str | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        view_count = self.view_count

        purchase_count = self.purchase_count

        adult = self.adult

        age_rating = self.age_rating

        rating = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if section is not UNSET:
            field_dict["section"] = section
        if catalog_path is not UNSET:
            field_dict["catalog_path"] = catalog_path
        if price is not UNSET:
            field_dict["price"] = price
        if discount_price is not UNSET:
            field_dict["discount_price"] = discount_price
        if gallery is not UNSET:
            field_dict["gallery"] = gallery
        if meta is not UNSET:
            field_dict["meta"] = meta
        if tags is not UNSET:
            field_dict["tags"] = tags
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if content is not UNSET:
            field_dict["content"] = content
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if status is not UNSET:
            field_dict["status"] = status
        if view_count is not UNSET:
            field_dict["view_count"] = view_count
        if purchase_count is not UNSET:
            field_dict["purchase_count"] = purchase_count
        if adult is not UNSET:
            field_dict["adult"] = adult
        if age_rating is not UNSET:
            field_dict["age_rating"] = age_rating
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        section = d.pop("section", UNSET)

        def _parse_catalog_path(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                catalog_path_type_0 = cast(list[int], data)

                return catalog_path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        catalog_path = _parse_catalog_path(d.pop("catalog_path", UNSET))

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

        def _parse_meta(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_tags(data: object) -> list[OfferTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = OfferTag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OfferTag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_thumbnail(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                thumbnail_type_0 = cast(list[str], data)

                return thumbnail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        def _parse_content(data: object) -> list[OfferContentItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:
                    content_type_0_item = OfferContentItem.from_dict(
                        content_type_0_item_data
                    )

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OfferContentItem] | None | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        def _parse_deleted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        view_count = d.pop("view_count", UNSET)

        purchase_count = d.pop("purchase_count", UNSET)

        adult = d.pop("adult", UNSET)

        age_rating = d.pop("age_rating", UNSET)

        rating = d.pop("rating", UNSET)

        offer = cls(
            id=id,
            title=title,
            description=description,
            section=section,
            catalog_path=catalog_path,
            price=price,
            discount_price=discount_price,
            gallery=gallery,
            meta=meta,
            tags=tags,
            thumbnail=thumbnail,
            content=content,
            created=created,
            updated=updated,
            deleted=deleted,
            status=status,
            view_count=view_count,
            purchase_count=purchase_count,
            adult=adult,
            age_rating=age_rating,
            rating=rating,
        )

        offer.additional_properties = d
        return offer

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
from ..models.offer_content_item import OfferContentItem
from ..models.offer_tag import OfferTag
