from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trash_card import TrashCard
    from ..models.trash_list_cursor import TrashListCursor


T = TypeVar("T", bound="TrashListResponse")


@_attrs_define
class TrashListResponse:
    """A page of product cards in the trash and the cursor for the next page.

    Attributes:
        cards (list[TrashCard] | Unset): The product cards in the trash.
        cursor (TrashListCursor | Unset): Pagination: copy `trashedAt` and `nmID` into the next request's cursor; stop
            when `total`
            is less than the requested `limit`.
    """

    cards: list[TrashCard] | Unset = UNSET
    cursor: TrashListCursor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cards, Unset):
            cards = []
            for cards_item_data in self.cards:
                cards_item = cards_item_data.to_dict()
                cards.append(cards_item)

        cursor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursor, Unset):
            cursor = self.cursor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cards is not UNSET:
            field_dict["cards"] = cards
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _cards = d.pop("cards", UNSET)
        cards: list[TrashCard] | Unset = UNSET
        if _cards is not UNSET:
            cards = []
            for cards_item_data in _cards:
                cards_item = TrashCard.from_dict(cards_item_data)

                cards.append(cards_item)

        _cursor = d.pop("cursor", UNSET)
        cursor: TrashListCursor | Unset
        if isinstance(_cursor, Unset):
            cursor = UNSET
        else:
            cursor = TrashListCursor.from_dict(_cursor)

        trash_list_response = cls(
            cards=cards,
            cursor=cursor,
        )

        trash_list_response.additional_properties = d
        return trash_list_response

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
from ..models.trash_card import TrashCard
from ..models.trash_list_cursor import TrashListCursor
