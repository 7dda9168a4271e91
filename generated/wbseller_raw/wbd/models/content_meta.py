from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_meta_rating import ContentMetaRating, check_content_meta_rating
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentMeta")


@_attrs_define
class ContentMeta:
    """Content metadata. Required for all content: `thumbnail`, `rating`; also `author` for audio
    content; `author` and `pages` for documents. The types, `rating`'s values, the 100-character
    bounds and the fields after `pages` are WB's reference's (wbd-content-init-meta); its schema
    does not mark `rating` required, but the method's own description does, so it stays required.

        Attributes:
            thumbnail (list[str]): Cover URIs returned by `Upload content cover`. Example:
                ['vol6/529/013cfs7f229183179aj53d2b3bbb839a/480.jpg', 'vol6/529/013cfs7f229183179aj53d2b3bbb839a/1280.jpg',
                'vol6/529/013cfs7f229183179aj53d2b3bbb839a/1920.jpg'].
            rating (ContentMetaRating): Age rating of the content. Example: 16+.
            author (str | Unset): Author, at most 100 characters (required for audio content and documents).
            pages (int | Unset): Number of pages (required for documents).
            bisac (str | Unset): BISAC subject code of a book.
            duration (str | Unset): Duration (audio and video).
            original_name (str | Unset): Original title (of a translated work), at most 100 characters.
            source_file_name (str | Unset): Name of the source file, at most 100 characters.
            translator (str | Unset): Translator, at most 100 characters.
            voice (str | Unset): Narrator (voice) of an audiobook, at most 100 characters.
    """

    thumbnail: list[str]
    rating: ContentMetaRating
    author: str | Unset = UNSET
    pages: int | Unset = UNSET
    bisac: str | Unset = UNSET
    duration: str | Unset = UNSET
    original_name: str | Unset = UNSET
    source_file_name: str | Unset = UNSET
    translator: str | Unset = UNSET
    voice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbnail = self.thumbnail

        rating: str = self.rating

        author = self.author

        pages = self.pages

        bisac = self.bisac

        duration = self.duration

        original_name = self.original_name

        source_file_name = self.source_file_name

        translator = self.translator

        voice = self.voice

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
        if bisac is not UNSET:
            field_dict["bisac"] = bisac
        if duration is not UNSET:
            field_dict["duration"] = duration
        if original_name is not UNSET:
            field_dict["original_name"] = original_name
        if source_file_name is not UNSET:
            field_dict["source_file_name"] = source_file_name
        if translator is not UNSET:
            field_dict["translator"] = translator
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thumbnail = cast(list[str], d.pop("thumbnail"))

        rating = check_content_meta_rating(d.pop("rating"))

        author = d.pop("author", UNSET)

        pages = d.pop("pages", UNSET)

        bisac = d.pop("bisac", UNSET)

        duration = d.pop("duration", UNSET)

        original_name = d.pop("original_name", UNSET)

        source_file_name = d.pop("source_file_name", UNSET)

        translator = d.pop("translator", UNSET)

        voice = d.pop("voice", UNSET)

        content_meta = cls(
            thumbnail=thumbnail,
            rating=rating,
            author=author,
            pages=pages,
            bisac=bisac,
            duration=duration,
            original_name=original_name,
            source_file_name=source_file_name,
            translator=translator,
            voice=voice,
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
