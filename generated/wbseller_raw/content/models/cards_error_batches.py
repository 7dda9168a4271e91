from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cards_error_batch import CardsErrorBatch
    from ..models.cards_error_list_cursor import CardsErrorListCursor


T = TypeVar("T", bound="CardsErrorBatches")


@_attrs_define
class CardsErrorBatches:
    """A page of batches and the cursor for the next one.

    Attributes:
        items (list[CardsErrorBatch] | None | Unset): The batches of failed product cards.
        cursor (CardsErrorListCursor | None | Unset):
    """

    items: list[CardsErrorBatch] | None | Unset = UNSET
    cursor: CardsErrorListCursor | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        cursor: dict[str, Any] | None | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        elif isinstance(self.cursor, CardsErrorListCursor):
            cursor = self.cursor.to_dict()
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_items(data: object) -> list[CardsErrorBatch] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = CardsErrorBatch.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CardsErrorBatch] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_cursor(data: object) -> CardsErrorListCursor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cursor_type_1 = CardsErrorListCursor.from_dict(data)

                return cursor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardsErrorListCursor | None | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        cards_error_batches = cls(
            items=items,
            cursor=cursor,
        )

        cards_error_batches.additional_properties = d
        return cards_error_batches

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
from ..models.cards_error_batch import CardsErrorBatch
from ..models.cards_error_list_cursor import CardsErrorListCursor
