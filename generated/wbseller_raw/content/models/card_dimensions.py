from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardDimensions")


@_attrs_define
class CardDimensions:
    """Dimensions and weight of the packed product as the cards list and the trash answer them:
    dimensions in centimeters, weight in kilograms (requests: CardDimensionsRequest).

        Attributes:
            length (float | Unset): Length of the packed product, cm.
            width (float | Unset): Width of the packed product, cm.
            height (float | Unset): Height of the packed product, cm.
            weight_brutto (float | Unset): Weight of the packed product, kg.
            is_valid (bool | Unset): Whether WB considers the dimensions valid (not a request field).
    """

    length: float | Unset = UNSET
    width: float | Unset = UNSET
    height: float | Unset = UNSET
    weight_brutto: float | Unset = UNSET
    is_valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        width = self.width

        height = self.height

        weight_brutto = self.weight_brutto

        is_valid = self.is_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if weight_brutto is not UNSET:
            field_dict["weightBrutto"] = weight_brutto
        if is_valid is not UNSET:
            field_dict["isValid"] = is_valid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        length = d.pop("length", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        weight_brutto = d.pop("weightBrutto", UNSET)

        is_valid = d.pop("isValid", UNSET)

        card_dimensions = cls(
            length=length,
            width=width,
            height=height,
            weight_brutto=weight_brutto,
            is_valid=is_valid,
        )

        card_dimensions.additional_properties = d
        return card_dimensions

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
