from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferTag")


@_attrs_define
class OfferTag:
    """A tag of an offer as WB answers it (WB's current reference, issue 11:
    specs/changes/2026-12-03-wb-current.yaml, wbd-offer-tags-objects).

        Attributes:
            id (int | Unset): Tag ID.
            value (str | Unset): The tag.
            value_translit (None | str | Unset): The tag transliterated.
            weight (float | None | Unset): Weight of the tag (ranking), a float (WB's reference, wbd-offer-rating-status).
    """

    id: int | Unset = UNSET
    value: str | Unset = UNSET
    value_translit: None | str | Unset = UNSET
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        value_translit: None | str | Unset
        if isinstance(self.value_translit, Unset):
            value_translit = UNSET
        else:
            value_translit = self.value_translit

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value
        if value_translit is not UNSET:
            field_dict["value_translit"] = value_translit
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        value = d.pop("value", UNSET)

        def _parse_value_translit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_translit = _parse_value_translit(d.pop("value_translit", UNSET))

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        offer_tag = cls(
            id=id,
            value=value,
            value_translit=value_translit,
            weight=weight,
        )

        offer_tag.additional_properties = d
        return offer_tag

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
