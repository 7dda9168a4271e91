from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_characteristic_request import CardCharacteristicRequest
    from ..models.card_dimensions_request import CardDimensionsRequest
    from ..models.card_size_request import CardSizeRequest
    from ..models.card_wholesale_request import CardWholesaleRequest


T = TypeVar("T", bound="CardVariant")


@_attrs_define
class CardVariant:
    """A product card (nmID) to create: in a new card (variants) or in an existing one (cardsToAdd).
    Dimensions only in centimeters; the weight of the packed product in kilograms.

        Attributes:
            vendor_code (str): Seller's article, at most 72 characters.
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
            sizes (list[CardSizeRequest] | Unset): Product sizes. If the product has no sizes, send only barcodes. A new
                size has no
                chrtID (WB gives it one): `sizes[].chrtID` is not a field of this request.
            kiz_marked (bool | Unset): Whether the product is marked with marking codes (KIZ); WB's default false. Default:
                False.
            wholesale (CardWholesaleRequest | Unset): Wholesale sale settings of a new product card (create, create with
                merge;
                cards-write-fields-2026-08).
    """

    vendor_code: str
    brand: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    dimensions: CardDimensionsRequest | Unset = UNSET
    characteristics: list[CardCharacteristicRequest] | Unset = UNSET
    sizes: list[CardSizeRequest] | Unset = UNSET
    kiz_marked: bool | Unset = False
    wholesale: CardWholesaleRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor_code = self.vendor_code

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

        sizes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sizes, Unset):
            sizes = []
            for sizes_item_data in self.sizes:
                sizes_item = sizes_item_data.to_dict()
                sizes.append(sizes_item)

        kiz_marked = self.kiz_marked

        wholesale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wholesale, Unset):
            wholesale = self.wholesale.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendorCode": vendor_code,
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
        if sizes is not UNSET:
            field_dict["sizes"] = sizes
        if kiz_marked is not UNSET:
            field_dict["kizMarked"] = kiz_marked
        if wholesale is not UNSET:
            field_dict["wholesale"] = wholesale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        vendor_code = d.pop("vendorCode")

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

        _sizes = d.pop("sizes", UNSET)
        sizes: list[CardSizeRequest] | Unset = UNSET
        if _sizes is not UNSET:
            sizes = []
            for sizes_item_data in _sizes:
                sizes_item = CardSizeRequest.from_dict(sizes_item_data)

                sizes.append(sizes_item)

        kiz_marked = d.pop("kizMarked", UNSET)

        _wholesale = d.pop("wholesale", UNSET)
        wholesale: CardWholesaleRequest | Unset
        if isinstance(_wholesale, Unset):
            wholesale = UNSET
        else:
            wholesale = CardWholesaleRequest.from_dict(_wholesale)

        card_variant = cls(
            vendor_code=vendor_code,
            brand=brand,
            title=title,
            description=description,
            dimensions=dimensions,
            characteristics=characteristics,
            sizes=sizes,
            kiz_marked=kiz_marked,
            wholesale=wholesale,
        )

        card_variant.additional_properties = d
        return card_variant

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
from ..models.card_size_request import CardSizeRequest
from ..models.card_wholesale_request import CardWholesaleRequest
