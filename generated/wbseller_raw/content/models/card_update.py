from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_characteristic_request import CardCharacteristicRequest
    from ..models.card_dimensions_request import CardDimensionsRequest
    from ..models.card_size_update import CardSizeUpdate


T = TypeVar("T", bound="CardUpdate")


@_attrs_define
class CardUpdate:
    """A product card (nmID) to update. The card is overwritten: send all its parameters, as read
    with the product cards list. Dimensions only in centimeters; the weight of the packed
    product in kilograms. Barcodes cannot be edited or deleted, only added; photos, video and
    tags are not sent here; `dimensions.isValid`, which the cards list shows, is not a field
    of this request (cards-write-fields-2026-08).

        Attributes:
            nm_id (int): WB article.
            vendor_code (str): Seller's article.
            sizes (list[CardSizeUpdate]): Product sizes. If the product has no sizes, send only barcodes. An existing size
                is
                named by its chrtID (from the cards list).
            brand (str | Unset): Brand.
            title (str | Unset): Product title, at most 60 characters.
            description (str | Unset): Product description. The maximum number of characters depends on the subject:
                standard
                2000, minimum 1000, maximum 5000 (see the product card filling rules in the seller portal).
            dimensions (CardDimensionsRequest | Unset): Dimensions and weight of the packed product in a create or update
                request: whole
                centimeters, weight in kilograms. `isValid` (answers only) is not a field here
                (cards-write-fields-2026-08).
            characteristics (list[CardCharacteristicRequest] | Unset): Product characteristics, each with its ID and value.
            kiz_marked (bool | Unset): Whether the product is marked with marking codes (KIZ); WB's default false. Default:
                False.
    """

    nm_id: int
    vendor_code: str
    sizes: list[CardSizeUpdate]
    brand: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    dimensions: CardDimensionsRequest | Unset = UNSET
    characteristics: list[CardCharacteristicRequest] | Unset = UNSET
    kiz_marked: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        vendor_code = self.vendor_code

        sizes = []
        for sizes_item_data in self.sizes:
            sizes_item = sizes_item_data.to_dict()
            sizes.append(sizes_item)

        brand = self.brand

        title = self.title

        description = self.description

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        characteristics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.characteristics, Unset):
            characteristics = []
            for characteristics_item_data in self.characteristics:
                characteristics_item = characteristics_item_data.to_dict()
                characteristics.append(characteristics_item)

        kiz_marked = self.kiz_marked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nmID": nm_id,
                "vendorCode": vendor_code,
                "sizes": sizes,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if characteristics is not UNSET:
            field_dict["characteristics"] = characteristics
        if kiz_marked is not UNSET:
            field_dict["kizMarked"] = kiz_marked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmID")

        vendor_code = d.pop("vendorCode")

        sizes = []
        _sizes = d.pop("sizes")
        for sizes_item_data in _sizes:
            sizes_item = CardSizeUpdate.from_dict(sizes_item_data)

            sizes.append(sizes_item)

        brand = d.pop("brand", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: CardDimensionsRequest | Unset
        if isinstance(_dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = CardDimensionsRequest.from_dict(_dimensions)

        _characteristics = d.pop("characteristics", UNSET)
        characteristics: list[CardCharacteristicRequest] | Unset = UNSET
        if _characteristics is not UNSET:
            characteristics = []
            for characteristics_item_data in _characteristics:
                characteristics_item = CardCharacteristicRequest.from_dict(
                    characteristics_item_data
                )

                characteristics.append(characteristics_item)

        kiz_marked = d.pop("kizMarked", UNSET)

        card_update = cls(
            nm_id=nm_id,
            vendor_code=vendor_code,
            sizes=sizes,
            brand=brand,
            title=title,
            description=description,
            dimensions=dimensions,
            characteristics=characteristics,
            kiz_marked=kiz_marked,
        )

        card_update.additional_properties = d
        return card_update

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
from ..models.card_characteristic_request import CardCharacteristicRequest
from ..models.card_dimensions_request import CardDimensionsRequest
from ..models.card_size_update import CardSizeUpdate
