from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MinusPhrasesItem")


@_attrs_define
class MinusPhrasesItem:
    """
    Attributes:
        advert_id (int | Unset):
        nm_id (int | Unset):
        norm_queries (list[str] | None | Unset):
    """

    advert_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    norm_queries: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_id = self.nm_id

        norm_queries: list[str] | None | Unset
        if isinstance(self.norm_queries, Unset):
            norm_queries = UNSET
        elif isinstance(self.norm_queries, list):
            norm_queries = self.norm_queries

        else:
            norm_queries = self.norm_queries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advert_id"] = advert_id
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id
        if norm_queries is not UNSET:
            field_dict["norm_queries"] = norm_queries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        advert_id = d.pop("advert_id", UNSET)

        nm_id = d.pop("nm_id", UNSET)

        def _parse_norm_queries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                norm_queries_type_0 = cast(list[str], data)

                return norm_queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        norm_queries = _parse_norm_queries(d.pop("norm_queries", UNSET))

        minus_phrases_item = cls(
            advert_id=advert_id,
            nm_id=nm_id,
            norm_queries=norm_queries,
        )

        minus_phrases_item.additional_properties = d
        return minus_phrases_item

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
