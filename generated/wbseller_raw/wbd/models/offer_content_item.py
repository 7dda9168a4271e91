from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_file import ContentFile


T = TypeVar("T", bound="OfferContentItem")


@_attrs_define
class OfferContentItem:
    """A piece of content attached to an offer (response side). WB sends its title, description,
    files, meta and playlist today (wbd-offer-content-fields), as in the content information.

        Attributes:
            category_id (int | Unset): Content category ID: 1 Video content, 2 Audio content, 4 Document.
            content (int | Unset): Content ID.
            title (None | str | Unset): Content name.
            description (None | str | Unset): Content description.
            files (list[ContentFile] | None | Unset): Content files, objects {contentType, size, uri}.
            meta (None | str | Unset): Content metadata, a JSON text (WB's reference types it a string; wbd-offer-rating-
                status).
            playlist (None | str | Unset): Streaming playlist URI (m3u8).
    """

    category_id: int | Unset = UNSET
    content: int | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    files: list[ContentFile] | None | Unset = UNSET
    meta: None | str | Unset = UNSET
    playlist: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        content = self.content

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_dict()
                files.append(files_type_0_item)

        else:
            files = self.files

        meta: None | str | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        else:
            meta = self.meta

        playlist: None | str | Unset
        if isinstance(self.playlist, Unset):
            playlist = UNSET
        else:
            playlist = self.playlist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if content is not UNSET:
            field_dict["content"] = content
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if files is not UNSET:
            field_dict["files"] = files
        if meta is not UNSET:
            field_dict["meta"] = meta
        if playlist is not UNSET:
            field_dict["playlist"] = playlist

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        category_id = d.pop("category_id", UNSET)

        content = d.pop("content", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_files(data: object) -> list[ContentFile] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                for files_type_0_item_data in _files_type_0:
                    files_type_0_item = ContentFile.from_dict(files_type_0_item_data)

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContentFile] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        def _parse_meta(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_playlist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        playlist = _parse_playlist(d.pop("playlist", UNSET))

        offer_content_item = cls(
            category_id=category_id,
            content=content,
            title=title,
            description=description,
            files=files,
            meta=meta,
            playlist=playlist,
        )

        offer_content_item.additional_properties = d
        return offer_content_item

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
from ..models.content_file import ContentFile
