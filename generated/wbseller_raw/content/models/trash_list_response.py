from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        cards (list[TrashCard] | None | Unset): The product cards in the trash.
        cursor (None | TrashListCursor | Unset):
    """

    cards: list[TrashCard] | None | Unset = UNSET
    cursor: None | TrashListCursor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        cards: list[dict[str, Any]] | None | Unset
        if isinstance(self.cards, Unset):
            cards = UNSET
        elif isinstance(self.cards, list):
            cards = []
            for cards_type_0_item_data in self.cards:
                cards_type_0_item = cards_type_0_item_data.to_dict()
                cards.append(cards_type_0_item)

        else:
            cards = self.cards

        cursor: dict[str, Any] | None | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        elif isinstance(self.cursor, TrashListCursor):
            cursor = self.cursor.to_dict()
        else:
            cursor = self.cursor

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

        def _parse_cards(data: object) -> list[TrashCard] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cards_type_0 = []
                _cards_type_0 = data
                for cards_type_0_item_data in _cards_type_0:
                    cards_type_0_item = TrashCard.from_dict(cards_type_0_item_data)

                    cards_type_0.append(cards_type_0_item)

                return cards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrashCard] | None | Unset, data)

        cards = _parse_cards(d.pop("cards", UNSET))

        def _parse_cursor(data: object) -> None | TrashListCursor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cursor_type_1 = TrashListCursor.from_dict(data)

                return cursor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrashListCursor | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

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
