from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_file import ContentFile


T = TypeVar("T", bound="ContentInfo")


@_attrs_define
class ContentInfo:
    """A piece of content.

    Attributes:
        id (int | Unset): Content ID.
        author_id (int | Unset): Author (seller) ID.
        title (str | Unset): Content name.
        description (str | Unset): Content description.
        content_type (str | Unset): File type.
        uri (str | Unset): Content URI (for `Download content`).
        files (list[ContentFile] | None | Unset): Content files, objects {contentType, size, uri}; `uri` is for
            `Download content`.
        playlist (None | str | Unset): Streaming playlist URI (m3u8).
        meta (Any | Unset): Content metadata (null in the sample).
        category_id (int | Unset): Content category ID: 1 Video content, 2 Audio content, 4 Document.
        status (int | Unset): Content status: 0 Created, 1 Uploaded to server, 2 Published, 3 Error in processing or
            publication, 4 Processing, 5 Sent to server.
        created (str | Unset): Creation time.
        updated (str | Unset): Last update time.
    """

    id: int | Unset = UNSET
    author_id: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    content_type: str | Unset = UNSET
    uri: str | Unset = UNSET
    files: list[ContentFile] | None | Unset = UNSET
    playlist: None | str | Unset = UNSET
    meta: Any | Unset = UNSET
    category_id: int | Unset = UNSET
    status: int | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author_id = self.author_id

        title = self.title

        description = self.description

        content_type = self.content_type

        uri = self.uri

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

        playlist: None | str | Unset
        if isinstance(self.playlist, Unset):
            playlist = UNSET
        else:
            playlist = self.playlist

        meta = self.meta

        category_id = self.category_id

        status = self.status

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if uri is not UNSET:
            field_dict["uri"] = uri
        if files is not UNSET:
            field_dict["files"] = files
        if playlist is not UNSET:
            field_dict["playlist"] = playlist
        if meta is not UNSET:
            field_dict["meta"] = meta
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        author_id = d.pop("author_id", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        content_type = d.pop("content_type", UNSET)

        uri = d.pop("uri", UNSET)

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

        def _parse_playlist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        playlist = _parse_playlist(d.pop("playlist", UNSET))

        meta = d.pop("meta", UNSET)

        category_id = d.pop("category_id", UNSET)

        status = d.pop("status", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        content_info = cls(
            id=id,
            author_id=author_id,
            title=title,
            description=description,
            content_type=content_type,
            uri=uri,
            files=files,
            playlist=playlist,
            meta=meta,
            category_id=category_id,
            status=status,
            created=created,
            updated=updated,
        )

        content_info.additional_properties = d
        return content_info

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
