from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OfferCreateContent")


@_attrs_define
class OfferCreateContent:
    """A piece of content attached to the offer; both fields required (WB's reference, wbd-offer-requests).

    Attributes:
        category_id (int): Content category ID (`catalog_id`: 1 Video content, 2 Audio content, 4 Document). Example: 1.
        content (int): Content ID (from `Get a list of your content`). Example: 8942.
    """

    category_id: int
    content: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_id": category_id,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category_id = d.pop("category_id")

        content = d.pop("content")

        offer_create_content = cls(
            category_id=category_id,
            content=content,
        )

        offer_create_content.additional_properties = d
        return offer_create_content

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
