from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardSizeUpdate")


@_attrs_define
class CardSizeUpdate:
    """A size of a product card to update: an existing size keeps its chrtID (from the cards
    list); barcodes can be added, not removed.

        Attributes:
            chrt_id (int | Unset): Size ID of an existing size (from the cards list).
            tech_size (str | Unset): Product size (e.g. XL, 45).
            wb_size (str | Unset): Russian size of the product.
            price (int | Unset): Price of the size.
            skus (list[str] | None | Unset): Barcodes of the size.
    """

    chrt_id: int | Unset = UNSET
    tech_size: str | Unset = UNSET
    wb_size: str | Unset = UNSET
    price: int | Unset = UNSET
    skus: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chrt_id = self.chrt_id

        tech_size = self.tech_size

        wb_size = self.wb_size

        price = self.price

        skus: list[str] | None | Unset
        if isinstance(self.skus, Unset):
            skus = UNSET
        elif isinstance(self.skus, list):
            skus = self.skus

        else:
            skus = self.skus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chrt_id is not UNSET:
            field_dict["chrtID"] = chrt_id
        if tech_size is not UNSET:
            field_dict["techSize"] = tech_size
        if wb_size is not UNSET:
            field_dict["wbSize"] = wb_size
        if price is not UNSET:
            field_dict["price"] = price
        if skus is not UNSET:
            field_dict["skus"] = skus

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chrt_id = d.pop("chrtID", UNSET)

        tech_size = d.pop("techSize", UNSET)

        wb_size = d.pop("wbSize", UNSET)

        price = d.pop("price", UNSET)

        def _parse_skus(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skus_type_0 = cast(list[str], data)

                return skus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        skus = _parse_skus(d.pop("skus", UNSET))

        card_size_update = cls(
            chrt_id=chrt_id,
            tech_size=tech_size,
            wb_size=wb_size,
            price=price,
            skus=skus,
        )

        card_size_update.additional_properties = d
        return card_size_update

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
