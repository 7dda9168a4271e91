from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentMeta")


@_attrs_define
class ContentMeta:
    """Content metadata. Required for all content: `thumbnail`, `rating`; also `author` for audio
    content; `author` and `pages` for documents.

        Attributes:
            thumbnail (list[str]): Cover URIs returned by `Upload content cover`. Example:
                ['vol6/529/013cfs7f229183179aj53d2b3bbb839a/480.jpg', 'vol6/529/013cfs7f229183179aj53d2b3bbb839a/1280.jpg',
                'vol6/529/013cfs7f229183179aj53d2b3bbb839a/1920.jpg'].
            rating (Any): Rating of the content (type not documented).
            author (str | Unset): Author (required for audio content and documents).
            pages (int | Unset): Number of pages (required for documents).
    """

    thumbnail: list[str]
    rating: Any
    author: str | Unset = UNSET
    pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbnail = self.thumbnail

        rating = self.rating

        author = self.author

        pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thumbnail": thumbnail,
                "rating": rating,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thumbnail = cast(list[str], d.pop("thumbnail"))

        rating = d.pop("rating")

        author = d.pop("author", UNSET)

        pages = d.pop("pages", UNSET)

        content_meta = cls(
            thumbnail=thumbnail,
            rating=rating,
            author=author,
            pages=pages,
        )

        content_meta.additional_properties = d
        return content_meta

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
