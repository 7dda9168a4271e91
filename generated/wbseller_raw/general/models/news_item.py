from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.news_tag import NewsTag


T = TypeVar("T", bound="NewsItem")


@_attrs_define
class NewsItem:
    """A news item (fields from WB's reference of 2026-07-23: specs/changes/2026-12-06-wb-contracts.yaml,
    news-items; other fields are kept as they come).

        Attributes:
            id (int | Unset): News ID (what `fromID` takes).
            date (str | Unset): Publication date and time (RFC 3339).
            header (str | Unset): Headline.
            content (str | Unset): The news text (plain text).
            types (list[NewsTag] | None | Unset): Tags of the news.
    """

    id: int | Unset = UNSET
    date: str | Unset = UNSET
    header: str | Unset = UNSET
    content: str | Unset = UNSET
    types: list[NewsTag] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date = self.date

        header = self.header

        content = self.content

        types: list[dict[str, Any]] | None | Unset
        if isinstance(self.types, Unset):
            types = UNSET
        elif isinstance(self.types, list):
            types = []
            for types_type_0_item_data in self.types:
                types_type_0_item = types_type_0_item_data.to_dict()
                types.append(types_type_0_item)

        else:
            types = self.types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if header is not UNSET:
            field_dict["header"] = header
        if content is not UNSET:
            field_dict["content"] = content
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        date = d.pop("date", UNSET)

        header = d.pop("header", UNSET)

        content = d.pop("content", UNSET)

        def _parse_types(data: object) -> list[NewsTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                types_type_0 = []
                _types_type_0 = data
                for types_type_0_item_data in _types_type_0:
                    types_type_0_item = NewsTag.from_dict(types_type_0_item_data)

                    types_type_0.append(types_type_0_item)

                return types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NewsTag] | None | Unset, data)

        types = _parse_types(d.pop("types", UNSET))

        news_item = cls(
            id=id,
            date=date,
            header=header,
            content=content,
            types=types,
        )

        news_item.additional_properties = d
        return news_item

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
from ..models.news_tag import NewsTag
