from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.card_variant import CardVariant


T = TypeVar("T", bound="CardUpload")


@_attrs_define
class CardUpload:
    """A card (imtID) to create, with its product cards (variants).

    Attributes:
        subject_id (int): Subject ID.
        variants (list[CardVariant]): Product variants (product cards, nmID), 1 to 30 in one card.
    """

    subject_id: int
    variants: list[CardVariant]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_id = self.subject_id

        variants = []
        for variants_item_data in self.variants:
            variants_item = variants_item_data.to_dict()
            variants.append(variants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectID": subject_id,
                "variants": variants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        subject_id = d.pop("subjectID")

        variants = []
        _variants = d.pop("variants")
        for variants_item_data in _variants:
            variants_item = CardVariant.from_dict(variants_item_data)

            variants.append(variants_item)

        card_upload = cls(
            subject_id=subject_id,
            variants=variants,
        )

        card_upload.additional_properties = d
        return card_upload

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
from ..models.card_variant import CardVariant
