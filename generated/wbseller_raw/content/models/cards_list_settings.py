from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cards_list_cursor_request import CardsListCursorRequest
    from ..models.cards_list_filter import CardsListFilter
    from ..models.cards_sort import CardsSort


T = TypeVar("T", bound="CardsListSettings")


@_attrs_define
class CardsListSettings:
    """Settings: cursor, filter and sort, each optional (the docs' era required `cursor.limit`
    and `filter.withPhoto`; WB's current reference gives them defaults: cards-lists-2026-08).

        Attributes:
            cursor (CardsListCursorRequest | Unset): Pagination. The first request sends only `limit`; the next ones copy
                `updatedAt` and `nmID`
                from the previous response's cursor.
            filter_ (CardsListFilter | Unset): Filters of the product cards list.
            sort (CardsSort | Unset): Sorting (by update date). `sortColumn`, which only content-legacy.txt showed, is not
                in
                WB's current reference (cards-lists-2026-08).
    """

    cursor: CardsListCursorRequest | Unset = UNSET
    filter_: CardsListFilter | Unset = UNSET
    sort: CardsSort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursor, Unset):
            cursor = self.cursor.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        sort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _cursor = d.pop("cursor", UNSET)
        cursor: CardsListCursorRequest | Unset
        if isinstance(_cursor, Unset):
            cursor = UNSET
        else:
            cursor = CardsListCursorRequest.from_dict(_cursor)

        _filter_ = d.pop("filter", UNSET)
        filter_: CardsListFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = CardsListFilter.from_dict(_filter_)

        _sort = d.pop("sort", UNSET)
        sort: CardsSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = CardsSort.from_dict(_sort)

        cards_list_settings = cls(
            cursor=cursor,
            filter_=filter_,
            sort=sort,
        )

        cards_list_settings.additional_properties = d
        return cards_list_settings

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
from ..models.cards_list_cursor_request import CardsListCursorRequest
from ..models.cards_list_filter import CardsListFilter
from ..models.cards_sort import CardsSort
