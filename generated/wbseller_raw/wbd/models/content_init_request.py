from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_init_request_catalog_id import (
    ContentInitRequestCatalogId,
    check_content_init_request_catalog_id,
)
from ..models.content_init_request_content_type import (
    ContentInitRequestContentType,
    check_content_init_request_content_type,
)

if TYPE_CHECKING:
    from ..models.chunk_part import ChunkPart
    from ..models.content_meta import ContentMeta


T = TypeVar("T", bound="ContentInitRequest")


@_attrs_define
class ContentInitRequest:
    """
    Attributes:
        title (str): Content name, at most 500 characters.
        description (str): Content description, at most 1000 characters.
        catalog_id (ContentInitRequestCatalogId): Content category ID: 1 Video content, 2 Audio content, 4 Document.
        content_type (ContentInitRequestContentType): File type: video/mp4 (video content); audio/mpeg (audio content);
            application/pdf,
            application/epub+zip, text/plain (documents).
        parts (list[ChunkPart]): The file's parts (chunks of at most 2 MB) with their index and size.
        meta (ContentMeta | None): Metadata, additional content information.
    """

    title: str
    description: str
    catalog_id: ContentInitRequestCatalogId
    content_type: ContentInitRequestContentType
    parts: list[ChunkPart]
    meta: ContentMeta | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        title = self.title

        description = self.description

        catalog_id: int = self.catalog_id

        content_type: str = self.content_type

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        meta: dict[str, Any] | None
        if isinstance(self.meta, ContentMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "catalog_id": catalog_id,
                "content_type": content_type,
                "parts": parts,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        catalog_id = check_content_init_request_catalog_id(d.pop("catalog_id"))

        content_type = check_content_init_request_content_type(d.pop("content_type"))

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = ChunkPart.from_dict(parts_item_data)

            parts.append(parts_item)

        def _parse_meta(data: object) -> ContentMeta | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_1 = ContentMeta.from_dict(data)

                return meta_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContentMeta | None, data)

        meta = _parse_meta(d.pop("meta"))

        content_init_request = cls(
            title=title,
            description=description,
            catalog_id=catalog_id,
            content_type=content_type,
            parts=parts,
            meta=meta,
        )

        content_init_request.additional_properties = d
        return content_init_request

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
from ..models.chunk_part import ChunkPart
from ..models.content_meta import ContentMeta
